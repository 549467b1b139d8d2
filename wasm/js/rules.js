// House rules: a desk's watch-list matched in its own wasm module (the `regex` crate: time
// linear in the text whatever the pattern), fetched only when a page has rules, so the
// analyzer's module stays small.
//
//   await loadRules();                       // once; fetches wirelens_rules_bg.wasm
//   const desk = compileRules(list);         // once per list: { errors, find(text) }
//   analyze(text, { rules: desk });          // or { rules: list }: compiled once per list
//
// A rule: { id, label?, pattern, regex = false, case_sensitive = false, whole_word = true,
// enabled = true }. A bad rule is refused on its own (`errors` names it and says why); the
// others run.

let loading = null;
let glue = null;

/**
 * Fetches and initialises the house-rules module (once); resolves when it is ready.
 * `moduleOrPath` is what wasm-bindgen's init takes (bytes in Node, say); by default the
 * `.wasm` beside this file.
 */
export function loadRules(moduleOrPath) {
  loading ??= import("./wirelens_rules.js")
    .then(async (module) => {
      await module.default(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
      glue = module;
    })
    .catch((err) => {
      loading = null; // a failed fetch may be retried
      throw new Error(`wirelens: the house-rules module could not load: ${err?.message || err}`);
    });
  return loading;
}

/** Whether `loadRules()` has finished, so `compileRules` can run. */
export const rulesLoaded = () => glue !== null;

const encoder = new TextEncoder();

/** A compiled list of rules; `find(text)` gives the contract's `rules` entries. */
export class CompiledRules {
  #set;
  #ids;
  /** The refused rules: [{ index, id, message }], in list order. */
  errors;
  /** The compiled rules: [{ id, label }], in list order. */
  rules;

  constructor(list) {
    if (!glue) throw new Error("wirelens: call `await loadRules()` before compiling rules");
    if (!Array.isArray(list)) throw new TypeError("wirelens: the rules must be a list of { id, pattern, … } objects");
    this.#set = new glue.RuleSet(list);
    this.errors = this.#set.errors.map(([index, id, message]) => ({ index, id, message }));
    this.#ids = this.#set.ids;
    const labels = this.#set.labels;
    this.rules = this.#ids.map((id, i) => ({ id, label: labels[i] }));
  }

  /** Every match in `text`: [{ rule, start, end, text }], UTF-16 offsets, sorted. */
  find(text) {
    const s = String(text);
    let packed;
    try {
      packed = this.#set.findPacked(encoder.encode(s));
    } catch (err) {
      // Never a trap the analyzer would take for its own (it would restart itself for
      // nothing): a failure of this module is an ordinary error.
      if (err instanceof WebAssembly.RuntimeError) throw new Error(`wirelens: the house-rules module failed: ${err.message}`);
      throw err;
    }
    const out = new Array(packed.length / 3);
    for (let i = 0, k = 0; i < packed.length; i += 3, k++) {
      const start = packed[i + 1];
      const end = packed[i + 2];
      out[k] = { rule: this.#ids[packed[i]], start, end, text: s.slice(start, end) };
    }
    return out;
  }

  /** Frees the compiled automata now rather than at garbage collection. */
  free() {
    this.#set.free();
  }
}

/** Compiles a list of rules (after `loadRules()`). */
export function compileRules(list) {
  return new CompiledRules(list);
}

const compiledLists = new WeakMap();

/**
 * The compiled form of `rules` — a `CompiledRules`, or a list compiled once and kept for as
 * long as the list itself lives (so `analyze(text, { rules: list })` in a loop compiles once).
 */
export function compiled(rules) {
  if (rules instanceof CompiledRules) return rules;
  let set = compiledLists.get(rules);
  if (!set) {
    set = compileRules(rules);
    compiledLists.set(rules, set);
  }
  return set;
}
