// Analyses large texts off the main thread, so typing never waits for them. The page sends
// { id, text }. The document comes back in parts — { id, head } (the document with empty
// lists), then { id, list, items } chunks, then { id, end } — because one message with tens
// of thousands of objects takes the main thread a second or more to receive, and small
// messages let it handle input in between. On failure: { id, error, crashed }. A wasm trap
// (a panic) ends this worker; the page starts a new one.
import init, { analyze } from "./pkg/index.js";

const ready = init();
const CHUNK = 2000;

self.onmessage = async ({ data }) => {
  await ready;
  let doc;
  try {
    doc = analyze(data.text);
  } catch (err) {
    self.postMessage({ id: data.id, error: String(err?.message || err), crashed: err instanceof WebAssembly.RuntimeError });
    return;
  }
  const lists = ["quotes", "figures", "credits"];
  self.postMessage({ id: data.id, head: { ...doc, quotes: [], figures: [], credits: [] } });
  for (const list of lists) {
    for (let i = 0; i < doc[list].length; i += CHUNK) {
      self.postMessage({ id: data.id, list, items: doc[list].slice(i, i + CHUNK) });
    }
  }
  self.postMessage({ id: data.id, end: true });
};
