import type { AnalyzeOptions, AnalysisWithRules } from "./index.js";
/** Thrown by `Analyzer.analyze` when the text made the instance trap; a fresh one is on its way. */
export class AnalyzerRestarted extends Error {}
/** A recovering analyzer: a panic replaces its wasm instance and fires a "restart" event. */
export class Analyzer extends EventTarget {
  /** Resolves once the module is initialised and no restart is under way. */
  ready(): Promise<void>;
  /** How many times the instance was replaced. */
  readonly generation: number;
  /** The contract document of `text`; throws `AnalyzerRestarted` after a trap. */
  analyze(text: string, options?: AnalyzeOptions): AnalysisWithRules;
  /** Test builds only: panics inside wasm through the same guard as an analysis. */
  panicForTests(): void;
}
/** A new analyzer with an instance of its own after its first restart. */
export function createAnalyzer(): Analyzer;
/** The page's one analyzer, shared by the page and every <wire-lens> element. */
export function sharedAnalyzer(): Analyzer;
