// Draws an analysis over its text with DOM nodes only (never HTML strings: a paste of
// `<img onerror=…>` must stay text). Highlights nest (a figure inside a quote); where two
// spans cross, the inner one is split and its later pieces carry `data-cont`.

/** The highlight kinds, in the order they nest when they start at the same place. */
export const KINDS = ["dateline", "credit", "quote", "speaker", "cue", "figure"];

/**
 * Flattens a contract document into highlight annotations:
 * { id, kind, start, end, info } where info is what a tooltip shows.
 */
export function annotations(doc) {
  const out = [];
  if (doc.dateline) out.push({ id: "d0", kind: "dateline", ...pos(doc.dateline), item: doc.dateline });
  doc.quotes.forEach((q, i) => {
    out.push({ id: `q${i}`, kind: "quote", ...pos(q), item: q });
    if (q.speaker) out.push({ id: `s${i}`, kind: "speaker", ...pos(q.speaker), item: q, quote: i });
    if (q.cue) out.push({ id: `c${i}`, kind: "cue", ...pos(q.cue), item: q, quote: i });
  });
  doc.figures.forEach((f, i) => out.push({ id: `f${i}`, kind: "figure", ...pos(f), item: f }));
  doc.credits.forEach((c, i) => out.push({ id: `r${i}`, kind: "credit", ...pos(c), item: c }));
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

function pos(s) {
  return { start: s.start, end: s.end };
}

/** Outer first: earlier start, then longer, then by kind order. */
function compare(a, b) {
  return a.start - b.start || b.end - a.end || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
}

/**
 * Renders `text` with `anns` into `container` (its children are replaced).
 * `decorate(el, ann, isContinuation)` may add attributes to each highlight element.
 * Cost is linear in text length plus annotations (times nesting depth).
 */
export function render(container, text, anns, decorate = () => {}) {
  const sorted = [...anns].filter((a) => a.end > a.start).sort(compare);
  // Boundary events: every start and end offset, visited in order.
  const cuts = new Set([0, text.length]);
  for (const a of sorted) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  /** Open highlights, outermost first: { ann, el }. */
  let stack = [];
  let next = 0; // next annotation (in sorted order) to open
  const started = new Set();
  const parent = () => (stack.length ? stack[stack.length - 1].el : frag);
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
    for (const ann of [...reopen, ...opening].sort(compare)) {
      const el = document.createElement("mark");
      el.dataset.kind = ann.kind;
      el.dataset.id = ann.id;
      el.className = `hl hl-${ann.kind}`;
      const cont = started.has(ann.id);
      if (cont) el.dataset.cont = "";
      started.add(ann.id);
      decorate(el, ann, cont);
      parent().appendChild(el);
      stack.push({ ann, el });
    }
    parent().appendChild(document.createTextNode(text.slice(at, to)));
  }
  container.replaceChildren(frag);
}
