// The page: paste or type, the analysis re-runs (debounced), highlights and a list of
// who said what. Everything runs here; nothing is sent anywhere. This module wires the
// page together; the panels, the details and tooltip, the summary and where a text is
// analysed are modules of their own.
import { version, maxInputBytes } from "./pkg/index.js";
import { annotations, render, renderInSlices, KINDS } from "./pkg/render.js";
import { analyzer, analyzeHere, analyzeInWorker, RESTARTED, WORKER_THRESHOLD } from "./analysis.js";
import { $, el } from "./dom.js";
import { showPanels, clearPanels, sortFigures } from "./panels.js";
import { hideTip, followHighlights } from "./details.js";
import { markdown } from "./summary.js";
import { setupHouseRules, currentRules, showRuleMatches } from "./house-rules.js";

const textArea = $("text");
const status = $("status");
const rendered = $("rendered");
const details = $("details");

let ready = false;
let timer = 0;
let current = null; // { text, doc, anns, byId }
// Texts longer than this (in UTF-16 units) are drawn in slices, so typing never waits.
const SLICED_RENDER_THRESHOLD = 100_000;
let renderRun = 0; // bumps on every run: a stale sliced render stops

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("error", isError);
}
const showError = (message) => setStatus(message, true);

analyzer.addEventListener("restart", () => showError(RESTARTED));

/** UTF-8 length without encoding short texts (3 bytes per UTF-16 unit is the most). */
function utf8Length(text) {
  return text.length * 3 <= maxInputBytes() ? text.length : new TextEncoder().encode(text).length;
}

/** Shows the text without highlights, e.g. after an error. */
function showPlain(text) {
  current = null;
  renderRun++;
  hideTip();
  render(rendered, text, []);
  updateCounts([]);
  clearPanels();
  $("rule-matches").replaceChildren();
}

async function run() {
  if (!ready) return;
  const text = textArea.value;
  const bytes = utf8Length(text);
  if (bytes > maxInputBytes()) {
    showPlain(text);
    showError(`This text is ${(bytes / 1e6).toFixed(1)} MB; wirelens analyses texts up to ${(maxInputBytes() / 1048576).toFixed(0)} MiB. Split it into parts.`);
    return;
  }
  const t0 = performance.now();
  const rules = currentRules();
  let result;
  if (text.length > WORKER_THRESHOLD) {
    setStatus(`Analysing ${(text.length / 1e6).toFixed(1)} million characters…`);
    result = await analyzeInWorker(text, (t) => textArea.value === t, showError, rules?.list);
    if (result.stale) return; // the text changed meanwhile; a newer run is on its way
  } else {
    result = await analyzeHere(text, showError, rules?.set);
  }
  if (!result.ok) {
    showPlain(text);
    return;
  }
  const doc = result.value;
  const ms = performance.now() - t0;
  const anns = annotations(doc, rules?.labels);
  current = { text, doc, anns, byId: new Map(anns.map((a) => [a.id, a])), labels: rules?.labels ?? new Map() };
  const run = ++renderRun;
  hideTip();
  updateCounts(anns);
  showPanels(doc);
  showRuleMatches(doc);
  details.replaceChildren();
  const done = text ? `Analysed ${text.length.toLocaleString()} characters in ${ms.toFixed(1)} ms.` : "Paste an article, or try the sample.";
  if (text.length <= SLICED_RENDER_THRESHOLD) {
    render(rendered, text, anns, decorate);
    setStatus(done);
    return;
  }
  // A long text: the start is drawn at once, the rest in slices between frames.
  const finished = await renderInSlices(rendered, text, anns, decorate, {
    isCurrent: () => run === renderRun,
    onProgress: (f) => run === renderRun && setStatus(`Drawing ${anns.length.toLocaleString()} highlights… ${Math.round(f * 100)}%`),
  });
  if (finished) setStatus(done);
}

/** Gives each highlight its accessible description and keyboard focus. */
function decorate(el, ann, cont) {
  el.setAttribute("aria-describedby", `desc-${ann.kind}`);
  if (ann.kind === "rule") el.title = ann.label;
  if (!cont && ann.kind !== "cue") {
    el.tabIndex = 0;
  }
}

function updateCounts(anns) {
  for (const kind of KINDS) {
    const n = anns.filter((a) => a.kind === kind).length;
    document.querySelector(`[data-count="${kind}"]`).textContent = String(n);
  }
}

followHighlights(() => current);

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

$("samples").addEventListener("change", async (e) => {
  if (!e.target.value) return;
  textArea.value = await (await fetch(e.target.value)).text();
  run();
});

// Legend buttons show and hide a category (the counts stay).
for (const button of document.querySelectorAll("[data-toggle]")) {
  button.addEventListener("click", () => {
    const on = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(on));
    rendered.classList.toggle(`hide-${button.dataset.toggle}`, !on);
  });
}

for (const button of document.querySelectorAll("[data-sort]")) {
  button.addEventListener("click", () => {
    if (current) sortFigures(current.doc, button.dataset.sort);
  });
}

const currentJson = () => JSON.stringify(current?.doc ?? null, null, 2);
$("copy-json").addEventListener("click", async () => {
  await navigator.clipboard.writeText(currentJson());
  setStatus("The analysis JSON is on the clipboard.");
});
$("copy-md").addEventListener("click", async () => {
  if (!current) return;
  await navigator.clipboard.writeText(markdown(current.doc, current.labels));
  setStatus("A Markdown summary is on the clipboard.");
});
$("download-json").addEventListener("click", () => {
  const url = URL.createObjectURL(new Blob([currentJson()], { type: "application/json" }));
  const a = el("a", { href: url, download: "wirelens-analysis.json" });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
});

$("clear").addEventListener("click", () => {
  textArea.value = "";
  run();
  textArea.focus();
});

await setupHouseRules({ onChange: run, onMessage: setStatus });

try {
  await analyzer.ready();
  ready = true;
  setStatus(`wirelens ${version()} ready. Paste an article, or try the sample.`);
  if (textArea.value) run();
} catch (err) {
  showError(`The analyzer could not start: ${err.message || err}. This page needs WebAssembly.`);
}
