import type { AnalysisWithRules as Analysis } from "./index.js";
/** <wire-lens>: see the README's attribute table. */
export class WireLensElement extends HTMLElement {
  static observedAttributes: string[];
  /** Categories highlighted: dateline, quotes, reported (speech), figures, credits, rules (house rules). */
  readonly show: Array<"dateline" | "quotes" | "reported" | "figures" | "credits" | "rules">;
  readonly panel: "none" | "side" | "below";
  readonly theme: "light" | "dark" | "auto";
  /** The analysed text; setting it overrides the light DOM and `for`. */
  text: string;
  /** The last contract document, or null before the first analysis. */
  readonly analysis: Analysis | null;
  /** Analyses `text` and returns the contract document (does not render). */
  analyze(text: string): Promise<Analysis>;
}
declare global {
  interface HTMLElementTagNameMap { "wire-lens": WireLensElement; }
  interface HTMLElementEventMap { "wirelens-analyzed": CustomEvent<Analysis>; }
}
