// What a highlight means: the details under the text (with a way back to the panel) and a
// floating tooltip next to the highlight under the pointer or with the focus.
import { $, el, definitionList, kindLabel } from "./dom.js";

const rendered = $("rendered");
const details = $("details");
const tip = $("tip");

/** The fields shown for a figure and a dateline, in the details and the tooltip. */
const FIELDS = { figure: ["kind", "value", "unit", "qualifier"], dateline: ["location", "agency", "date"] };

/** Shows what a highlight means: for a quote its speaker, cue and source. */
export function showDetails(current, id) {
  if (!current) return;
  const ann = current.byId.get(id);
  if (!ann) return;
  const rows = [];
  const add = (k, v) => rows.push([k, v === null || v === undefined ? "—" : String(v)]);
  const item = ann.item;
  if (ann.kind === "quote" || ann.kind === "reported" || ann.kind === "speaker" || ann.kind === "cue") {
    add("kind", kindLabel(item.kind));
    add("speaker", item.speaker?.text);
    add("source", item.source);
    add("cue", item.cue?.text);
  } else if (FIELDS[ann.kind]) {
    for (const k of FIELDS[ann.kind]) add(k, item[k]);
  } else if (ann.kind === "rule") {
    add("house rule", ann.label);
    add("rule id", item.rule);
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
  if (ann.kind === "quote" || ann.kind === "reported") {
    const i = id.slice(1);
    rendered.querySelectorAll(`[data-id="s${i}"], [data-id="c${i}"]`).forEach((e) => e.classList.add("linked"));
  }
}

function tipLines(ann) {
  const item = ann.item;
  if (ann.kind === "quote" || ann.kind === "reported" || ann.kind === "speaker" || ann.kind === "cue") {
    const who = item.speaker ? item.speaker.text : "no speaker found";
    const resolved = item.source && item.source !== item.speaker?.text ? ` → ${item.source}` : "";
    return [["said by", who + resolved], ["cue", item.cue?.text ?? "—"], ["kind", kindLabel(item.kind)]];
  }
  if (FIELDS[ann.kind]) return FIELDS[ann.kind].map((k) => [k, item[k] ?? "—"]);
  if (ann.kind === "rule") return [["house rule", ann.label], ["rule id", item.rule]];
  return [["role", item.role.replace("_", " ")], ["names", item.names.join(", ") || "—"], ["agency", item.agency ?? "—"]];
}

function showTip(ann, target) {
  tip.replaceChildren(el("p", { className: "tip-title", textContent: ann.kind === "rule" ? "house rule" : ann.kind }), definitionList(tipLines(ann)));
  tip.hidden = false;
  // Under the first line box of the highlight, kept inside the viewport.
  const box = target.getClientRects()[0] ?? target.getBoundingClientRect();
  const maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
  tip.style.left = `${Math.max(window.scrollX + 4, Math.min(box.left + window.scrollX, maxLeft))}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

export function hideTip() {
  tip.hidden = true;
}

/** Shows the details and the tooltip of the highlight under the pointer or with the focus. */
export function followHighlights(getCurrent) {
  for (const type of ["mouseover", "focusin"]) {
    rendered.addEventListener(type, (e) => {
      const target = e.target.closest?.("[data-id]");
      if (!target) return;
      const current = getCurrent();
      showDetails(current, target.dataset.id);
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
}
