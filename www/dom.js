// Small DOM and wording helpers the page's modules share. Text goes in as text nodes,
// never as HTML.

export const $ = (id) => document.getElementById(id);

export const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

export const short = (text, n = 140) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** How a quote's kind reads for people: the contract's `indirect` is reported speech. */
const KIND_LABELS = { direct: "direct quote", partial: "partial quote", indirect: "reported speech" };
export const kindLabel = (kind) => KIND_LABELS[kind] ?? kind;

/** A `<dl>` of [name, value] rows (values as text, never HTML). */
export function definitionList(rows) {
  return el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", { textContent: k }), el("dd", { textContent: String(v) })]));
}

/** A button that takes the user to the highlight `id` (its `data-target` links it back). */
export function jumpButton(label, id) {
  const b = el("button", { type: "button", className: "linkish", textContent: label });
  b.dataset.target = id;
  b.addEventListener("click", () => focusHighlight(id));
  return b;
}

/** Scrolls to a highlight of the rendered text and gives it the focus. */
export function focusHighlight(id) {
  const target = $("rendered").querySelector(`[data-id="${id}"]:not([data-cont])`);
  if (target) {
    target.scrollIntoView({ block: "center" });
    target.focus();
  }
}
