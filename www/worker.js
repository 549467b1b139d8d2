// Analyses large texts off the main thread, so typing never waits for them. The page sends
// { id, text } and gets { id, doc } or { id, error, crashed }. A wasm trap (a panic) ends this
// worker; the page starts a new one.
import init, { analyze } from "./pkg/index.js";

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  try {
    self.postMessage({ id: data.id, doc: analyze(data.text) });
  } catch (err) {
    self.postMessage({ id: data.id, error: String(err?.message || err), crashed: err instanceof WebAssembly.RuntimeError });
  }
};
