// The page: paste or type, the analysis re-runs (debounced), highlights and a list of
// who said what. Everything runs here; nothing is sent anywhere.
import { version, maxInputBytes } from "./pkg/index.js";
import { sharedAnalyzer, AnalyzerRestarted } from "./pkg/analyzer.js";
import { annotations, render, renderInSlices, KINDS } from "./pkg/render.js";

const $ = (id) => document.getElementById(id);
const textArea = $("text");
const status = $("status");
const rendered = $("rendered");
const details = $("details");
const quoteList = $("quote-list");

let ready = false;
let timer = 0;
let current = null; // { text, doc, anns, byId }
// Texts longer than this (in UTF-16 units) are drawn in slices, so typing never waits.
const SLICED_RENDER_THRESHOLD = 100_000;
// Panel lists show this many entries at first; a button shows the rest.
const PANEL_LIMIT = 500;
let renderRun = 0; // bumps on every run: a stale sliced render stops
// The page's analyzer: a panic replaces its instance (see analyzer.js), and the page says so.
const analyzer = sharedAnalyzer();
const RESTARTED =
  "The analyzer hit an internal error on this text and was restarted. Your text is kept; edit it to try again, and please report the text that caused it.";
analyzer.addEventListener("restart", () => setStatus(RESTARTED, true));

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
  renderRun++;
  hideTip();
  render(rendered, text, []);
  updateCounts([]);
  quoteList.replaceChildren();
  $("figures").tBodies[0].replaceChildren();
  $("credit-list").replaceChildren();
  $("dateline-card").replaceChildren();
}

/** Analyses `text` on the main thread; the user's text stays where it is whatever happens. */
async function analyzeHere(text) {
  try {
    return { ok: true, value: analyzer.analyze(text) };
  } catch (err) {
    if (err instanceof AnalyzerRestarted) {
      await analyzer.ready(); // the "restart" listener has said what happened
      return { ok: false, crashed: true };
    }
    setStatus(`Could not analyse this text: ${err.message || err}`, true);
    return { ok: false };
  }
}

// Texts longer than this (in UTF-16 units) are analysed in a Web Worker.
const WORKER_THRESHOLD = 200_000;
let worker = null;
let workerJob = 0;

/** Analyses in the worker; resolves like `analyzeHere`, or { stale } if the text changed. */
function analyzeInWorker(text) {
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
      if (textArea.value !== text) return resolve({ stale: true });
      if (data.end) return resolve({ ok: true, value: doc });
      if (data.crashed) {
        worker.terminate(); // a trapped instance is never reused
        worker = null;
        setStatus(RESTARTED, true);
      } else {
        setStatus(`Could not analyse this text: ${data.error}`, true);
      }
      resolve({ ok: false });
    };
    worker.addEventListener("message", onMessage);
    worker.postMessage({ id, text });
  });
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
  let result;
  if (text.length > WORKER_THRESHOLD) {
    setStatus(`Analysing ${(text.length / 1e6).toFixed(1)} million characters…`);
    result = await analyzeInWorker(text);
    if (result.stale) return; // the text changed meanwhile; a newer run is on its way
  } else {
    result = await analyzeHere(text);
  }
  if (!result.ok) {
    showPlain(text);
    return;
  }
  const doc = result.value;
  const ms = performance.now() - t0;
  const anns = annotations(doc);
  current = { text, doc, anns, byId: new Map(anns.map((a) => [a.id, a])) };
  showAll.quotes = showAll.figures = false;
  const run = ++renderRun;
  hideTip();
  updateCounts(anns);
  listQuotes(doc);
  showDateline(doc);
  showFigures(doc);
  showCredits(doc);
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

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const short = (text, n = 140) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** A button that takes the user to a highlight. */
function jumpButton(label, id) {
  const b = el("button", { type: "button", className: "linkish", textContent: label });
  b.dataset.target = id;
  b.addEventListener("click", () => focusHighlight(id));
  return b;
}

/** Who is quoted: a named person, an official by role, an anonymous source, an organisation. */
function sourceType(source) {
  if (!source) return "unattributed";
  if (/\b(source|sources|officials? who|people familiar|person familiar)\b/i.test(source)) return "anonymous source";
  if (/^(a|an|the|one|two|three|some|several)\b/i.test(source) || /\b(spokes(man|woman|person)|official|officials|analysts?|aide|adviser)\b/i.test(source)) return "official or role";
  if (/\b(Inc|Corp|Co|Ltd|Ministry|Department|Commission|Agency|Office|Party|Bank|Council|Government|Committee|Service|Authority)\b/.test(source)) return "organisation";
  return "named person";
}

/** "Showing 500 of 12,345" and a button that shows them all (slow for huge texts). */
function moreButton(shown, total, what, showAll) {
  const b = el("button", { type: "button", textContent: `Show all ${total.toLocaleString()} ${what}` });
  b.addEventListener("click", showAll);
  return el("p", { className: "muted more" }, `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} ${what}. `, b);
}

const showAll = { quotes: false, figures: false };

function listQuotes(doc) {
  // Quotes grouped by source, with counts: the story's sourcing profile. A huge text lists
  // its first PANEL_LIMIT quotes (the counts stay exact) until the user asks for all.
  const limit = showAll.quotes ? Infinity : PANEL_LIMIT;
  const groups = new Map();
  doc.quotes.forEach((q, i) => {
    const key = q.source ?? "unattributed";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push([q, i]);
  });
  const blocks = [...groups].map(([source, items]) => {
    const head = el("h3", {}, `${source} `, el("span", { className: "muted", textContent: `— ${sourceType(items[0][0].source)}, ${items.length} quote${items.length > 1 ? "s" : ""}` }));
    return { head, items };
  });
  let budget = limit;
  const sections = [];
  for (const { head, items } of blocks) {
    if (budget <= 0) break;
    const shown = items.slice(0, budget);
    budget -= shown.length;
    const list = el("ol", {}, ...shown.map(([q, i]) => el("li", {}, jumpButton(short(q.text), `q${i}`), ` (${q.kind})`)));
    sections.push(el("section", { className: "source" }, head, list));
  }
  if (doc.quotes.length > limit) {
    sections.push(moreButton(limit, doc.quotes.length, "quotes", () => {
      showAll.quotes = true;
      listQuotes(doc);
    }));
  }
  quoteList.replaceChildren(...sections);
}

function showDateline(doc) {
  const card = $("dateline-card");
  const d = doc.dateline;
  if (!d) {
    card.replaceChildren(el("dd", { textContent: "none found" }));
    return;
  }
  card.replaceChildren(
    ...[["place", d.location], ["agency", d.agency], ["date", d.date]].flatMap(([k, v]) => [el("dt", { textContent: k }), el("dd", { textContent: v ?? "—" })]),
    el("dt", { textContent: "text" }),
    el("dd", {}, jumpButton(d.text, "d0")),
  );
}

let figureSort = { key: null, dir: 1 };
function showFigures(doc) {
  const rows = doc.figures.map((f, i) => ({ ...f, i }));
  if (figureSort.key) {
    const k = figureSort.key;
    rows.sort((a, b) => {
      const x = a[k] ?? "";
      const y = b[k] ?? "";
      return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * figureSort.dir;
    });
  }
  const limit = showAll.figures ? Infinity : PANEL_LIMIT;
  $("figures-more").replaceChildren(...(rows.length > limit ? [moreButton(limit, rows.length, "figures", () => {
    showAll.figures = true;
    showFigures(doc);
  })] : []));
  $("figures").tBodies[0].replaceChildren(
    ...rows.slice(0, limit).map((f) =>
      el("tr", {}, el("td", {}, jumpButton(f.text, `f${f.i}`)), el("td", { textContent: f.kind }), el("td", { textContent: f.value ?? "—" }), el("td", { textContent: f.unit ?? "—" }), el("td", { textContent: f.qualifier ?? "—" })),
    ),
  );
}

function showCredits(doc) {
  const byRole = new Map();
  // As with the other panels, a huge text lists its first entries (the JSON has them all).
  doc.credits.slice(0, PANEL_LIMIT).forEach((c, i) => {
    if (!byRole.has(c.role)) byRole.set(c.role, []);
    byRole.get(c.role).push([c, i]);
  });
  $("credit-list").replaceChildren(
    ...[...byRole].flatMap(([role, items]) => [
      el("dt", { textContent: role.replace("_", " ") }),
      ...items.map(([c, i]) => el("dd", {}, jumpButton(c.names.length ? c.names.join(", ") : c.agency ?? c.text, `r${i}`), c.agency && c.names.length ? ` (${c.agency})` : "")),
    ]),
    ...(doc.credits.length > PANEL_LIMIT ? [el("dd", { className: "muted more", textContent: `…and ${(doc.credits.length - PANEL_LIMIT).toLocaleString()} more (see the JSON).` })] : []),
  );
}

/** A Markdown summary of the analysis, for notes and tickets. */
function markdown(doc) {
  const lines = ["# wirelens summary", ""];
  if (doc.dateline) lines.push(`**Dateline:** ${doc.dateline.text}`, "");
  lines.push(`## Quotes (${doc.quotes.length})`, "");
  for (const q of doc.quotes) lines.push(`- ${q.source ?? "unattributed"}: ${q.text}`);
  lines.push("", `## Figures (${doc.figures.length})`, "", "| text | kind | value | unit |", "|---|---|---|---|");
  for (const f of doc.figures) lines.push(`| ${f.text} | ${f.kind} | ${f.value ?? ""} | ${f.unit ?? ""} |`);
  lines.push("", `## Credits (${doc.credits.length})`, "");
  for (const c of doc.credits) lines.push(`- ${c.role}: ${c.names.join(", ") || c.agency || c.text}`);
  return lines.join("\n") + "\n";
}

function focusHighlight(id) {
  const el = rendered.querySelector(`[data-id="${id}"]:not([data-cont])`);
  if (el) {
    el.scrollIntoView({ block: "center" });
    el.focus();
  }
}

/** The fields shown for a figure and a dateline, in the details and the tooltip. */
const FIELDS = { figure: ["kind", "value", "unit", "qualifier"], dateline: ["location", "agency", "date"] };

/** A `<dl>` of [name, value] rows (values as text, never HTML). */
function definitionList(rows) {
  return el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", { textContent: k }), el("dd", { textContent: String(v) })]));
}

/** Shows what a highlight means: for a quote its speaker, cue and source. */
function showDetails(id) {
  if (!current) return;
  const ann = current.byId.get(id);
  if (!ann) return;
  const rows = [];
  const add = (k, v) => rows.push([k, v === null || v === undefined ? "—" : String(v)]);
  const item = ann.item;
  if (ann.kind === "quote" || ann.kind === "speaker" || ann.kind === "cue") {
    add("kind", item.kind);
    add("speaker", item.speaker?.text);
    add("source", item.source);
    add("cue", item.cue?.text);
  } else if (FIELDS[ann.kind]) {
    for (const k of FIELDS[ann.kind]) add(k, item[k]);
  } else if (ann.kind === "credit") {
    add("role", item.role);
    add("names", item.names.join(", "));
    add("agency", item.agency);
  }
  const dl = definitionList(rows);
  const h = document.createElement("p");
  h.className = "details-title";
  h.textContent = `${ann.kind}: ${current.text.slice(ann.start, ann.end)}`;
  // And back: from a highlight to its entry in the panel.
  const panelId = ann.kind === "speaker" || ann.kind === "cue" ? `q${ann.quote}` : id;
  const entry = document.querySelector(`.panel [data-target="${panelId}"]`);
  const back = entry ? [el("button", { type: "button", className: "linkish", textContent: "Show in the panel" })] : [];
  back.forEach((b) => b.addEventListener("click", () => {
    entry.scrollIntoView({ block: "center" });
    entry.focus();
  }));
  details.replaceChildren(h, dl, ...back);
  rendered.querySelectorAll(".linked").forEach((e) => e.classList.remove("linked"));
  if (ann.kind === "quote") {
    const i = id.slice(1);
    rendered.querySelectorAll(`[data-id="s${i}"], [data-id="c${i}"]`).forEach((e) => e.classList.add("linked"));
  }
}

// A floating tooltip next to the highlight under the pointer or with the focus: what it
// means at a glance (the full details, with a way back to the panel, are under the text).
const tip = $("tip");

function tipLines(ann) {
  const item = ann.item;
  if (ann.kind === "quote" || ann.kind === "speaker" || ann.kind === "cue") {
    const who = item.speaker ? item.speaker.text : "no speaker found";
    const resolved = item.source && item.source !== item.speaker?.text ? ` → ${item.source}` : "";
    return [["said by", who + resolved], ["cue", item.cue?.text ?? "—"], ["kind", item.kind]];
  }
  if (FIELDS[ann.kind]) return FIELDS[ann.kind].map((k) => [k, item[k] ?? "—"]);
  return [["role", item.role.replace("_", " ")], ["names", item.names.join(", ") || "—"], ["agency", item.agency ?? "—"]];
}

function showTip(ann, target) {
  tip.replaceChildren(el("p", { className: "tip-title", textContent: ann.kind }), definitionList(tipLines(ann)));
  tip.hidden = false;
  // Under the first line box of the highlight, kept inside the viewport.
  const box = target.getClientRects()[0] ?? target.getBoundingClientRect();
  const maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
  tip.style.left = `${Math.max(window.scrollX + 4, Math.min(box.left + window.scrollX, maxLeft))}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hideTip() {
  tip.hidden = true;
}

for (const type of ["mouseover", "focusin"]) {
  rendered.addEventListener(type, (e) => {
    const target = e.target.closest?.("[data-id]");
    if (!target) return;
    showDetails(target.dataset.id);
    const ann = current?.byId.get(target.dataset.id);
    if (ann) showTip(ann, target);
  });
}
rendered.addEventListener("mouseleave", hideTip);
rendered.addEventListener("focusout", (e) => {
  if (!rendered.contains(e.relatedTarget)) hideTip();
});
// Dismissible without moving the pointer or the focus (WCAG 1.4.13).
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") hideTip();
});

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
    const key = button.dataset.sort;
    figureSort = { key, dir: figureSort.key === key ? -figureSort.dir : 1 };
    if (current) showFigures(current.doc);
  });
}

const currentJson = () => JSON.stringify(current?.doc ?? null, null, 2);
$("copy-json").addEventListener("click", async () => {
  await navigator.clipboard.writeText(currentJson());
  setStatus("The analysis JSON is on the clipboard.");
});
$("copy-md").addEventListener("click", async () => {
  if (!current) return;
  await navigator.clipboard.writeText(markdown(current.doc));
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

try {
  await analyzer.ready();
  ready = true;
  setStatus(`wirelens ${version()} ready. Paste an article, or try the sample.`);
  if (textArea.value) run();
} catch (err) {
  setStatus(`The analyzer could not start: ${err.message || err}. This page needs WebAssembly.`, true);
}
