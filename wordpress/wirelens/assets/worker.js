// Analyses long posts off the editor's main thread, so typing never waits. Receives
// { id, text }; answers { id, doc } or { id, error }. A wasm trap ends this worker; the
// sidebar starts a new one.
import init, { analyze } from "../pkg/index.js";

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    self.postMessage({ id: data.id, doc: analyze(data.text) });
  } catch (err) {
    self.postMessage({ id: data.id, error: String(err?.message || err), crashed: err instanceof WebAssembly.RuntimeError });
  }
};
