// The package entry: the wasm-bindgen API, with `analyze` building the contract document
// in JavaScript from the packed form (`packed.js`), which is faster than having the raw
// module build it field by field.
//
// A JS string may hold lone surrogates; Rust strings cannot, so wasm-bindgen hands Rust
// U+FFFD in their place. Offsets still match (one UTF-16 unit for one), and every string of
// the document is sliced from the caller's own string, so `input.slice(start, end) === text`
// holds for such inputs too.
//
// House rules (`rules.js`) are a second module: `analyze(text, { rules })` adds the
// document's `rules` list once `loadRules()` has fetched it.
import init, * as raw from "./wirelens.js";
import { makeAnalyze } from "./packed.js";
import { compiled } from "./rules.js";

export default init;
export { init, makeAnalyze };
export { loadRules, rulesLoaded, compileRules, CompiledRules } from "./rules.js";
export const version = raw.version;
export const maxInputBytes = raw.maxInputBytes;

/** An `analyze(text, { rules })` over one analyze function of the analyzer's module. */
export function withRules(analyzeText) {
  return function analyze(text, options) {
    const doc = analyzeText(text);
    if (options?.rules) doc.rules = compiled(options.rules).find(text);
    return doc;
  };
}

/** Analyses `text`; returns the contract document (UTF-16 offsets), with `rules` if given. */
export const analyze = withRules(makeAnalyze(raw));

/**
 * A new, separately initialised analyzer, for recovery: after a panic the wasm instance
 * has trapped and must not be reused. Importing the glue under a fresh URL gives a fresh
 * module and so a fresh instance. Resolves to { analyze, module }.
 */
export async function freshAnalyzer(generation) {
  const module = await import(new URL(`./wirelens.js?instance=${generation}`, import.meta.url).href);
  await module.default();
  return { analyze: withRules(makeAnalyze(module)), module };
}
