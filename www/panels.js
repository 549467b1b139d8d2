// The panels beside the text: who said what (grouped by source), the dateline, the figures
// table and the credits. Each is rebuilt from the contract document.
import { $, el, short, jumpButton, kindLabel } from "./dom.js";
import { quotesBySource, sourcingProfile, sourceTypeLabel, piecesByCue } from "./pkg/render.js";

// Panel lists show this many entries at first; a button shows the rest.
const PANEL_LIMIT = 500;
const showAll = { quotes: false, figures: false };
let figureSort = { key: null, dir: 1 };

/** Shows every panel for `doc`, each list cut at its first entries again. */
export function showPanels(doc) {
  showAll.quotes = showAll.figures = false;
  listQuotes(doc);
  showDateline(doc);
  showFigures(doc);
  showCredits(doc);
}

/** Empties every panel (after an error: the text is shown plain). */
export function clearPanels() {
  $("quote-list").replaceChildren();
  $("figures").tBodies[0].replaceChildren();
  $("credit-list").replaceChildren();
  $("dateline-card").replaceChildren();
}

/** Sorts the figures table by `key` (again: the other way round) and redraws it. */
export function sortFigures(doc, key) {
  figureSort = { key, dir: figureSort.key === key ? -figureSort.dir : 1 };
  showFigures(doc);
}

/** "Showing 500 of 12,345" and a button that shows them all (slow for huge texts). */
function moreButton(shown, total, what, showAll) {
  const b = el("button", { type: "button", textContent: `Show all ${total.toLocaleString()} ${what}` });
  b.addEventListener("click", showAll);
  return el("p", { className: "muted more" }, `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} ${what}. `, b);
}

function listQuotes(doc) {
  // One entry per source (the document's `sources`), its quotes grouped by kind; then the
  // unattributed quotes. A huge text lists its first PANEL_LIMIT quotes (the counts stay
  // exact) until the user asks for all.
  const limit = showAll.quotes ? Infinity : PANEL_LIMIT;
  let budget = limit;
  const sections = [el("p", { className: "muted profile", textContent: doc.sources.length ? `Sources: ${sourcingProfile(doc)}` : "No sources found." })];
  for (const { source, items } of quotesBySource(doc)) {
    if (budget <= 0) break;
    const count = `${items.length} quote${items.length > 1 ? "s" : ""}`;
    const head = source
      ? el(
          "h3",
          {},
          `${source.name} `,
          el("span", { className: "badge", textContent: sourceTypeLabel(source.type) }),
          el("span", { className: "muted", textContent: ` ${source.description ? `${source.description}, ` : ""}${count}` }),
        )
      : el("h3", {}, "unattributed ", el("span", { className: "muted", textContent: count }));
    const lists = [];
    for (const kind of ["direct", "partial", "indirect"]) {
      const shown = items.filter(([q]) => q.kind === kind).slice(0, Math.max(0, budget));
      if (!shown.length) continue;
      budget -= shown.length;
      lists.push(el("p", { className: "kind-label muted", textContent: kindLabel(kind) }));
      // (The pieces of one report, split by its cue, are one entry: `Trump … to deliver …`.)
      const entry = (run) => el("li", {}, ...run.flatMap(([q, i], k) => [k ? " … " : "", jumpButton(short(q.text), `q${i}`)]), ` (${kindLabel(kind)})`);
      lists.push(el("ol", {}, ...piecesByCue(shown).map(entry)));
    }
    const section = el("section", { className: "source" }, head, ...lists);
    if (source) {
      // Hovering a source outlines every highlight of its quotes' speakers and cues.
      section.dataset.source = String(source.id);
      const ids = items.flatMap(([, i]) => [`s${i}`, `q${i}`]);
      const mark = (on) =>
        ids.forEach((id) => document.querySelectorAll(`#rendered [data-id="${id}"]`).forEach((e) => e.classList.toggle("linked", on)));
      section.addEventListener("mouseenter", () => mark(true));
      section.addEventListener("mouseleave", () => mark(false));
    }
    sections.push(section);
  }
  if (doc.quotes.length > limit) {
    sections.push(moreButton(limit, doc.quotes.length, "quotes", () => {
      showAll.quotes = true;
      listQuotes(doc);
    }));
  }
  $("quote-list").replaceChildren(...sections);
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
