// Draws an analysis over its text with DOM nodes only (never HTML strings: a paste of
// `<img onerror=…>` must stay text). Highlights nest (a figure inside a quote); where two
// spans cross, the inner one is split and its later pieces carry `data-cont`.

/** The highlight kinds, in the order they nest when they start at the same place. */
export const KINDS = ["dateline", "credit", "quote", "reported", "speaker", "cue", "figure", "rule"];

/**
 * Flattens a contract document into highlight annotations:
 * { id, kind, start, end, item } where item is what a tooltip shows. House-rule matches
 * (`doc.rules`, present when rules were given) carry their rule's label from `labels`
 * (a Map from rule id to label) as `label`.
 */
export function annotations(doc, labels = new Map()) {
  const out = [];
  if (doc.dateline) out.push({ id: "d0", kind: "dateline", ...pos(doc.dateline), item: doc.dateline });
  doc.quotes.forEach((q, i) => {
    // Reported speech (kind `indirect`) has a highlight kind of its own: it is the writer's
    // paraphrase, not the speaker's words.
    out.push({ id: `q${i}`, kind: q.kind === "indirect" ? "reported" : "quote", ...pos(q), item: q });
    if (q.speaker) out.push({ id: `s${i}`, kind: "speaker", ...pos(q.speaker), item: q, quote: i });
    if (q.cue) out.push({ id: `c${i}`, kind: "cue", ...pos(q.cue), item: q, quote: i });
  });
  doc.figures.forEach((f, i) => out.push({ id: `f${i}`, kind: "figure", ...pos(f), item: f }));
  doc.credits.forEach((c, i) => out.push({ id: `r${i}`, kind: "credit", ...pos(c), item: c }));
  doc.rules?.forEach((h, i) => out.push({ id: `h${i}`, kind: "rule", ...pos(h), item: h, label: labels.get(h.rule) ?? h.rule }));
  // A speaker and cue shared by a split quote appear once.
  const seen = new Set();
  return out.filter((a) => {
    if (a.kind !== "speaker" && a.kind !== "cue") return true;
    const key = `${a.kind}:${a.start}:${a.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How each source type reads in a panel and a sourcing profile. */
export const SOURCE_TYPE_LABELS = {
  person: "named person",
  role: "official or role",
  anonymous: "anonymous",
  organization: "organisation",
  document: "document",
  group: "group",
};

/** The label of a source type (`person` → "named person"). */
export const sourceTypeLabel = (type) => SOURCE_TYPE_LABELS[type] ?? type;

/** The sourcing profile: how many sources of each type, as "2 named person · 1 anonymous". */
export function sourcingProfile(doc) {
  const counts = new Map();
  for (const s of doc.sources) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${sourceTypeLabel(type)}`).join(" · ");
}

/**
 * The quotes of `doc` that `keep(quote)` accepts, by source in one pass: a list of
 * { source, items } (source null for the unattributed, last), each item [quote, index],
 * sources without a kept quote left out.
 */
export function quotesBySource(doc, keep = () => true) {
  const lists = Array.from({ length: doc.sources.length + 1 }, () => []);
  doc.quotes.forEach((q, i) => {
    if (keep(q)) lists[q.source_id ?? doc.sources.length].push([q, i]);
  });
  return lists.map((items, id) => ({ source: doc.sources[id] ?? null, items })).filter((g) => g.items.length);
}

/**
 * Items [quote, index] in runs of one report each: the pieces a cue splits (`The golf
 * industry, he said, is doing better`; `Trump is expected to deliver a speech`) share the
 * cue and follow each other. A list of runs, in order.
 */
export function piecesByCue(items) {
  const runs = [];
  for (const item of items) {
    const cue = item[0].cue;
    const last = runs.at(-1)?.at(-1)?.[0].cue;
    if (cue && last && last.start === cue.start) runs.at(-1).push(item);
    else runs.push([item]);
  }
  return runs;
}

/** The text of a run of `piecesByCue`: its pieces joined by an ellipsis. */
export function runText(run) {
  return run.map(([q]) => q.text).join(" … ");
}

/**
 * The house-rule matches of `doc` by rule, in first-match order:
 * [{ rule, label, hits: [[hit, index]], texts }], `texts` the distinct matched words in order.
 */
export function hitsByRule(doc, labels = new Map()) {
  const groups = new Map();
  (doc.rules ?? []).forEach((h, i) => {
    if (!groups.has(h.rule)) groups.set(h.rule, { rule: h.rule, label: labels.get(h.rule) ?? h.rule, hits: [], texts: new Set() });
    const group = groups.get(h.rule);
    group.hits.push([h, i]);
    group.texts.add(h.text);
  });
  return [...groups.values()].map((g) => ({ ...g, texts: [...g.texts] }));
}

function pos(s) {
  return { start: s.start, end: s.end };
}

/** Outer first: earlier start, then longer, then by kind order. */
function compare(a, b) {
  return a.start - b.start || b.end - a.end || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
}

/**
 * Renders `text` with `anns` into `container` (its children are replaced), in one go.
 * `decorate(el, ann, isContinuation)` may add attributes to each highlight element.
 * Cost is linear in text length plus annotations (times nesting depth).
 */
export function render(container, text, anns, decorate = () => {}) {
  const frag = document.createDocumentFragment();
  for (const _ of steps(frag, text, anns, decorate)) {
    // drained synchronously
  }
  container.replaceChildren(frag);
}

/**
 * Renders like `render`, but in slices of about `budgetMs` of work with the browser free in
 * between, so a multi-megabyte text paints its start at once and typing never waits for
 * the rest. `onProgress(fraction)` reports after each slice. Resolves true when done, false
 * if `isCurrent()` turned false (a newer text replaced this one; the partial result stays
 * until that one renders).
 */
export async function renderInSlices(container, text, anns, decorate = () => {}, { budgetMs = 12, onProgress = () => {}, isCurrent = () => true } = {}) {
  container.replaceChildren();
  let t0 = performance.now();
  for (const done of steps(container, text, anns, decorate)) {
    if (performance.now() - t0 < budgetMs) continue;
    onProgress(done);
    await nextTask();
    if (!isCurrent()) return false;
    t0 = performance.now();
  }
  onProgress(1);
  return true;
}

/**
 * Lets the browser paint and run every other waiting task (input, timers) before the next
 * slice. `setTimeout` rather than `scheduler.yield()`: measured on a 5 MB paste, the longest
 * gap other tasks saw was about half as long, for a slower total.
 */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** About how many characters go in one block of the rendered text (cut at a line break). */
const CHUNK_CHARS = 16_000;

/**
 * The renderer as steps: appends highlights and text to `root` from sorted boundary events,
 * yielding the fraction done every few hundred boundaries. Long texts are cut into blocks
 * (`<div class="wl-chunk">`) at line breaks, highlights crossing a cut continuing in the next
 * block, so a page can let the browser skip laying out blocks that are off screen
 * (`content-visibility: auto`): a multi-megabyte text then costs little more than a short one.
 */
function* steps(root, text, anns, decorate) {
  const sorted = [...anns].filter((a) => a.end > a.start).sort(compare);
  // Boundary events: every start and end offset, visited in order.
  const cuts = new Set([0, text.length]);
  for (const a of sorted) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  /** Open highlights, outermost first: { ann, el }. */
  let stack = [];
  let next = 0; // next annotation (in sorted order) to open
  const started = new Set();
  let block = root;
  let blockChars = 0;
  const parent = () => (stack.length ? stack[stack.length - 1].el : block);
  const open = (ann) => {
    const el = document.createElement("mark");
    el.dataset.kind = ann.kind;
    el.dataset.id = ann.id;
    el.className = `hl hl-${ann.kind}`;
    if (ann.label !== undefined) el.dataset.label = ann.label;
    const cont = started.has(ann.id);
    if (cont) el.dataset.cont = "";
    started.add(ann.id);
    decorate(el, ann, cont);
    parent().appendChild(el);
    stack.push({ ann, el });
  };
  /** Starts a new block; highlights open at the cut continue in it. */
  const newBlock = () => {
    const carried = stack.map((s) => s.ann);
    stack = [];
    block = document.createElement("div");
    block.className = "wl-chunk";
    root.appendChild(block);
    blockChars = 0;
    for (const ann of carried) open(ann);
  };
  /** Appends text, starting a new block after a line break once this one is long enough. */
  const append = (piece) => {
    const cut = text.length > CHUNK_CHARS && blockChars + piece.length > CHUNK_CHARS ? piece.lastIndexOf("\n") : -1;
    if (cut < 0) {
      parent().appendChild(document.createTextNode(piece));
      blockChars += piece.length;
      return;
    }
    parent().appendChild(document.createTextNode(piece.slice(0, cut + 1)));
    newBlock();
    if (cut + 1 < piece.length) {
      parent().appendChild(document.createTextNode(piece.slice(cut + 1)));
      blockChars += piece.length - cut - 1;
    }
  };
  if (text.length > CHUNK_CHARS) newBlock();
  for (let p = 0; p + 1 < points.length; p++) {
    const at = points[p];
    const to = points[p + 1];
    // Close every highlight that ends here, and those opened inside it (they reopen).
    const endsAt = stack.findIndex((s) => s.ann.end <= at);
    let reopen = [];
    if (endsAt >= 0) {
      reopen = stack.slice(endsAt).filter((s) => s.ann.end > at).map((s) => s.ann);
      stack = stack.slice(0, endsAt);
    }
    const opening = [];
    while (next < sorted.length && sorted[next].start <= at) {
      if (sorted[next].end > at) opening.push(sorted[next]);
      next++;
    }
    for (const ann of [...reopen, ...opening].sort(compare)) open(ann);
    append(text.slice(at, to));
    if (p % 256 === 255) yield p / points.length;
  }
}
