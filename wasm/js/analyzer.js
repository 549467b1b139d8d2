// The recovering analyzer that the page and the <wire-lens> element share. A wasm trap (a
// Rust panic) leaves its instance unusable, so the analyzer replaces it with a freshly
// initialised one, once, and tells its caller and its listeners:
//
//   const analyzer = sharedAnalyzer();
//   analyzer.addEventListener("restart", () => showMessage("…restarted…"));
//   await analyzer.ready();
//   try { doc = analyzer.analyze(text); } catch (err) { if (err instanceof AnalyzerRestarted) … }
//
// One instance per page (`sharedAnalyzer`): every element and the page use the same wasm
// initialisation, and a restart serves all of them.
import init, { analyze as firstAnalyze, freshAnalyzer } from "./index.js";
import * as raw from "./wirelens.js";

/** Thrown by `analyze` when the text made the instance trap; a fresh one is on its way. */
export class AnalyzerRestarted extends Error {
  constructor() {
    super("the analyzer hit an internal error on this text and was restarted; the text is kept");
    this.name = "AnalyzerRestarted";
  }
}

export class Analyzer extends EventTarget {
  #instance = { analyze: firstAnalyze, module: raw };
  #generation = 0;
  #started = null;
  #replacing = null;

  /** Resolves once the module is initialised and no restart is under way. */
  async ready() {
    this.#started ??= init();
    await this.#started;
    await this.#replacing;
  }

  /** How many times the instance was replaced. */
  get generation() {
    return this.#generation;
  }

  /** The contract document of `text` (with `options.rules`: and the house rules' matches);
   * throws `AnalyzerRestarted` after a trap of the analyzer's module. */
  analyze(text, options) {
    return this.#guard((instance) => instance.analyze(text, options));
  }

  /** Test builds only: panics inside wasm through the same guard as an analysis. */
  panicForTests() {
    const module = this.#instance.module;
    if (typeof module.__panicForTests !== "function") throw new Error("not a test build");
    return this.#guard(() => module.__panicForTests());
  }

  #guard(call) {
    try {
      return call(this.#instance);
    } catch (err) {
      if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      this.#restart();
      throw new AnalyzerRestarted();
    }
  }

  #restart() {
    this.#generation += 1;
    this.#replacing = freshAnalyzer(this.#generation).then((instance) => {
      this.#instance = instance;
      this.#replacing = null;
    });
    this.dispatchEvent(new Event("restart"));
  }
}

/** A new analyzer with an instance of its own after its first restart. */
export function createAnalyzer() {
  return new Analyzer();
}

let shared = null;

/** The page's one analyzer. */
export function sharedAnalyzer() {
  shared ??= createAnalyzer();
  return shared;
}
