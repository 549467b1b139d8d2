// The page: paste or type, the analysis re-runs (debounced), highlights and a list of
// who said what. Everything runs here; nothing is sent anywhere.
import init, { analyze as firstAnalyze, version, maxInputBytes, freshAnalyzer } from "./pkg/index.js";
import { annotations, render, KINDS } from "./pkg/render.js";

const $ = (id) => document.getElementById(id);
const textArea = $("text");
const status = $("status");
const rendered = $("rendered");
const details = $("details");
const quoteList = $("quote-list");

let ready = false;
let timer = 0;
let current = null; // { text, doc, anns }
// The analyzer in use; replaced by a fresh instance if a panic ever traps this one.
let analyzer = { analyze: firstAnalyze, module: null };
let generation = 0;

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

/** UTF-8 length without encoding short texts (3 bytes per UTF-16 unit is the most). */
function utf8Length(text) {
  return text.length * 3 <= maxInputBytes() ? text.length : new TextEncoder().encode(text).length;
}

/** Shows the text without highlights, e.g. after an error. */
function showPlain(text) {
  current = null;
  render(rendered, text, []);
  updateCounts([]);
  quoteList.replaceChildren();
}

/**
 * Runs `fn` against the analyzer. A wasm trap (a panic) leaves that instance unusable: it is
 * replaced by a fresh one, the user's text stays where it is, and the page says what happened.
 */
async function guarded(fn) {
  try {
    return { ok: true, value: fn(analyzer) };
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) {
      generation += 1;
      analyzer = await freshAnalyzer(generation);
      setStatus("The analyzer hit an internal error on this text and was restarted. Your text is kept; edit it to try again, and please report the text that caused it.", true);
      return { ok: false, crashed: true };
    }
    setStatus(`Could not analyse this text: ${err.message || err}`, true);
    return { ok: false };
  }
}

async function run() {
  if (!ready) return;
  const text = textArea.value;
  const bytes = utf8Length(text);
  if (bytes > maxInputBytes()) {
    showPlain(text);
    setStatus(`This text is ${(bytes / 1e6).toFixed(1)} MB; wirelens analyses texts up to ${(maxInputBytes() / 1048576).toFixed(0)} MiB. Split it into parts.`, true);
    return;
  }
  const t0 = performance.now();
  const result = await guarded((a) => a.analyze(text));
  if (!result.ok) {
    showPlain(text);
    return;
  }
  const doc = result.value;
  const ms = performance.now() - t0;
  const anns = annotations(doc);
  current = { text, doc, anns };
  render(rendered, text, anns, decorate);
  updateCounts(anns);
  listQuotes(doc);
  details.replaceChildren();
  setStatus(text ? `Analysed ${text.length.toLocaleString()} characters in ${ms.toFixed(1)} ms.` : "Paste an article, or try the sample.");
}

/** Gives each highlight its accessible description and keyboard focus. */
function decorate(el, ann, cont) {
  el.setAttribute("aria-describedby", `desc-${ann.kind}`);
  if (!cont && (ann.kind === "quote" || ann.kind === "figure" || ann.kind === "speaker" || ann.kind === "dateline" || ann.kind === "credit")) {
    el.tabIndex = 0;
  }
}

function updateCounts(anns) {
  for (const kind of KINDS) {
    const n = anns.filter((a) => a.kind === kind).length;
    document.querySelector(`[data-count="${kind}"]`).textContent = String(n);
  }
}

function listQuotes(doc) {
  const items = doc.quotes.map((q, i) => {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = q.source ?? "unattributed";
    const what = document.createElement("button");
    what.type = "button";
    what.className = "linkish";
    what.textContent = q.text.length > 140 ? `${q.text.slice(0, 139)}…` : q.text;
    what.addEventListener("click", () => focusHighlight(`q${i}`));
    li.append(who, document.createTextNode(` (${q.kind}) `), what);
    return li;
  });
  quoteList.replaceChildren(...items);
}

function focusHighlight(id) {
  const el = rendered.querySelector(`[data-id="${id}"]:not([data-cont])`);
  if (el) {
    el.scrollIntoView({ block: "center" });
    el.focus();
  }
}

/** Shows what a highlight means: for a quote its speaker, cue and source. */
function showDetails(id) {
  if (!current) return;
  const ann = current.anns.find((a) => a.id === id);
  if (!ann) return;
  const rows = [];
  const add = (k, v) => rows.push([k, v === null || v === undefined ? "—" : String(v)]);
  const item = ann.item;
  if (ann.kind === "quote" || ann.kind === "speaker" || ann.kind === "cue") {
    add("kind", item.kind);
    add("speaker", item.speaker?.text);
    add("source", item.source);
    add("cue", item.cue?.text);
  } else if (ann.kind === "figure") {
    for (const k of ["kind", "value", "unit", "qualifier"]) add(k, item[k]);
  } else if (ann.kind === "dateline") {
    for (const k of ["location", "agency", "date"]) add(k, item[k]);
  } else if (ann.kind === "credit") {
    add("role", item.role);
    add("names", item.names.join(", "));
    add("agency", item.agency);
  }
  const dl = document.createElement("dl");
  for (const [k, v] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v;
    dl.append(dt, dd);
  }
  const h = document.createElement("p");
  h.className = "details-title";
  h.textContent = `${ann.kind}: ${current.text.slice(ann.start, ann.end)}`;
  details.replaceChildren(h, dl);
  rendered.querySelectorAll(".linked").forEach((e) => e.classList.remove("linked"));
  if (ann.kind === "quote") {
    const i = id.slice(1);
    rendered.querySelectorAll(`[data-id="s${i}"], [data-id="c${i}"]`).forEach((e) => e.classList.add("linked"));
  }
}

for (const type of ["mouseover", "focusin"]) {
  rendered.addEventListener(type, (e) => {
    const el = e.target.closest?.("[data-id]");
    if (el) showDetails(el.dataset.id);
  });
}

// A paste is analysed at once; typing waits for a pause so keystrokes never queue up.
textArea.addEventListener("input", (e) => {
  clearTimeout(timer);
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") run();
  else timer = setTimeout(run, 120);
});

$("sample").addEventListener("click", async () => {
  const res = await fetch("samples/seed.txt");
  textArea.value = await res.text();
  run();
});

$("clear").addEventListener("click", () => {
  textArea.value = "";
  run();
  textArea.focus();
});

try {
  await init();
  ready = true;
  // Test builds of the package export a panic trigger; the recovery tests drive it here.
  const raw = await import("./pkg/wirelens.js");
  if (typeof raw.__panicForTests === "function") {
    window.__wirelensTest = { panic: () => guarded(() => raw.__panicForTests()), generation: () => generation };
  }
  setStatus(`wirelens ${version()} ready. Paste an article, or try the sample.`);
  if (textArea.value) run();
} catch (err) {
  setStatus(`The analyzer could not start: ${err.message || err}. This page needs WebAssembly.`, true);
}
