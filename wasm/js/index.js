// The package entry: the wasm-bindgen API plus the one translation Rust cannot do.
//
// A JS string may hold lone surrogates; Rust strings cannot, so wasm-bindgen hands Rust
// U+FFFD in their place. Offsets still match (one UTF-16 unit for one), but the `text`
// of a span covering one would differ from `input.slice(start, end)`. For such inputs
// (rare: `isWellFormed()` is false) every span's text is re-sliced from the caller's string.
import init, * as raw from "./wirelens.js";

export default init;
export { init };
export const version = raw.version;
export const maxInputBytes = raw.maxInputBytes;

/** An `analyze` function over one instance of the raw wasm-bindgen module. */
export function makeAnalyze(rawModule) {
  return function analyze(text) {
    const doc = rawModule.analyze(text);
    if (typeof text === "string" && typeof text.isWellFormed === "function" && !text.isWellFormed()) {
      resliceSpans(doc, text);
    }
    return doc;
  };
}

/** Analyses `text`; returns the contract document (UTF-16 offsets). */
export const analyze = makeAnalyze(raw);

/**
 * A new, separately initialised analyzer, for recovery: after a panic the wasm instance
 * has trapped and must not be reused. Importing the glue under a fresh URL gives a fresh
 * module and so a fresh instance. Resolves to { analyze, module }.
 */
export async function freshAnalyzer(generation) {
  const module = await import(new URL(`./wirelens.js?instance=${generation}`, import.meta.url).href);
  await module.default();
  return { analyze: makeAnalyze(module), module };
}

function resliceSpans(value, text) {
  if (value === null || typeof value !== "object") return;
  if (typeof value.start === "number" && typeof value.end === "number" && typeof value.text === "string") {
    value.text = text.slice(value.start, value.end);
  }
  for (const key in value) resliceSpans(value[key], text);
}
