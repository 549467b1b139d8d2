// Analyses large texts off the main thread, so typing never waits for them. The page sends
// { id, text, rules } (`rules`: the house rules' list, or null; compiled once per list). The document comes back in parts — { id, head } (the document with empty
// lists), then { id, list, items } chunks, then { id, end } — because one message with tens
// of thousands of objects takes the main thread a second or more to receive, and small
// messages let it handle input in between. On failure: { id, error, crashed }. A wasm trap
// (a panic) ends this worker; the page starts a new one.
import init, { analyze, loadRules, compileRules } from "./pkg/index.js";

const ready = init();
const CHUNK = 2000;
let desk = { key: null, set: null };

/** The compiled form of the page's rules list, compiled again only when the list changed. */
async function rulesFor(list) {
  if (!list) return null;
  const key = JSON.stringify(list);
  if (key !== desk.key) {
    await loadRules();
    desk.set?.free();
    desk = { key, set: compileRules(list) };
  }
  return desk.set;
}

self.onmessage = async ({ data }) => {
  await ready;
  let doc;
  try {
    const rules = await rulesFor(data.rules);
    doc = analyze(data.text, rules ? { rules } : undefined);
  } catch (err) {
    self.postMessage({ id: data.id, error: String(err?.message || err), crashed: err instanceof WebAssembly.RuntimeError });
    return;
  }
  const lists = ["quotes", "figures", "credits", ...(doc.rules ? ["rules"] : [])];
  self.postMessage({ id: data.id, head: { ...doc, ...Object.fromEntries(lists.map((l) => [l, []])) } });
  for (const list of lists) {
    for (let i = 0; i < doc[list].length; i += CHUNK) {
      self.postMessage({ id: data.id, list, items: doc[list].slice(i, i + CHUNK) });
    }
  }
  self.postMessage({ id: data.id, end: true });
};
