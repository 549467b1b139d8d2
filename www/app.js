// The page: paste or type, the analysis re-runs (debounced), highlights and a list of
// who said what. Everything runs here; nothing is sent anywhere.
import init, { analyze, version } from "./pkg/index.js";
import { annotations, render, KINDS } from "./render.js";

const $ = (id) => document.getElementById(id);
const textArea = $("text");
const status = $("status");
const rendered = $("rendered");
const details = $("details");
const quoteList = $("quote-list");

let ready = false;
let timer = 0;
let current = null; // { text, doc, anns }

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function run() {
  if (!ready) return;
  const text = textArea.value;
  const t0 = performance.now();
  let doc;
  try {
    doc = analyze(text);
  } catch (err) {
    setStatus(`Could not analyse this text: ${err.message || err}`, true);
    return;
  }
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
  setStatus(`wirelens ${version()} ready. Paste an article, or try the sample.`);
  if (textArea.value) run();
} catch (err) {
  setStatus(`The analyzer could not start: ${err.message || err}. This page needs WebAssembly.`, true);
}
