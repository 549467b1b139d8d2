// Where a text is analysed: on the main thread, or in a Web Worker for long texts so
// typing never waits. Both keep the user's text whatever happens, and say what went wrong.
import { sharedAnalyzer, AnalyzerRestarted } from "./pkg/analyzer.js";

// Texts longer than this (in UTF-16 units) are analysed in a Web Worker.
export const WORKER_THRESHOLD = 200_000;

export const RESTARTED =
  "The analyzer hit an internal error on this text and was restarted. Your text is kept; edit it to try again, and please report the text that caused it.";

// The page's analyzer: a panic replaces its instance (see analyzer.js).
export const analyzer = sharedAnalyzer();

/**
 * Analyses `text` on the main thread, with the house rules `rules` (a CompiledRules) if
 * any. Resolves to { ok, value } or { ok: false } after `onError(message)` was told why.
 */
export async function analyzeHere(text, onError, rules = null) {
  try {
    return { ok: true, value: analyzer.analyze(text, rules ? { rules } : undefined) };
  } catch (err) {
    if (err instanceof AnalyzerRestarted) {
      await analyzer.ready(); // the analyzer's "restart" event has said what happened
      return { ok: false, crashed: true };
    }
    onError(`Could not analyse this text: ${err.message || err}`);
    return { ok: false };
  }
}

let worker = null;
let workerJob = 0;

/**
 * Analyses in the worker, with the house rules' list `rules` if any (the worker compiles it
 * once); resolves like `analyzeHere`, or { stale } if `isCurrent(text)` no longer holds
 * when the answer comes.
 */
export function analyzeInWorker(text, isCurrent, onError, rules = null) {
  worker ??= new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const id = ++workerJob;
  return new Promise((resolve) => {
    let doc = null;
    const onMessage = ({ data }) => {
      if (data.id !== id) return;
      // The document arrives in parts (see worker.js): assemble them.
      if (data.head) {
        doc = data.head;
        return;
      }
      if (data.list) {
        for (const item of data.items) doc[data.list].push(item);
        return;
      }
      worker.removeEventListener("message", onMessage);
      if (!isCurrent(text)) return resolve({ stale: true });
      if (data.end) return resolve({ ok: true, value: doc });
      if (data.crashed) {
        worker.terminate(); // a trapped instance is never reused
        worker = null;
        onError(RESTARTED);
      } else {
        onError(`Could not analyse this text: ${data.error}`);
      }
      resolve({ ok: false });
    };
    worker.addEventListener("message", onMessage);
    worker.postMessage({ id, text, rules });
  });
}
