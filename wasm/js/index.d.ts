export * from "./wirelens.js";
export { default } from "./wirelens.js";
export { loadRules, rulesLoaded, compileRules, CompiledRules } from "./rules.js";
import type { Analysis } from "./wirelens.js";
import type { Rule, RuleHit, CompiledRules } from "./rules.js";
export type { Rule, RuleHit, RuleError } from "./rules.js";
/** What `analyze` may be asked for besides the analysis. */
export interface AnalyzeOptions {
  /** House rules: a list (compiled once per list object) or a `compileRules` result. Needs `await loadRules()` first. */
  rules?: Rule[] | CompiledRules;
}
/** The contract document with the house rules' matches, when rules were given. */
export type AnalysisWithRules = Analysis & { rules?: RuleHit[] };
/** Analyses `text`; returns the contract document (UTF-16 offsets). Throws over the size limit. */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisWithRules;
/** An `analyze` function over one instance of the raw module (`wirelens/raw`). */
export function makeAnalyze(rawModule: { analyze(text: string): Analysis; analyzePacked(utf8: Uint8Array): unknown }): (text: string) => Analysis;
/** Adds the `rules` option to an analyze function. */
export function withRules(analyzeText: (text: string) => Analysis): (text: string, options?: AnalyzeOptions) => AnalysisWithRules;
/** A fresh, separately initialised analyzer (after a panic trapped the current one). */
export function freshAnalyzer(generation: number): Promise<{ analyze: (text: string, options?: AnalyzeOptions) => AnalysisWithRules; module: unknown }>;
