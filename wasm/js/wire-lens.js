// <wire-lens>: the analyzer as a framework-free custom element. This module defines the
// class and has no side effects; `wire-lens-define.js` registers the tag.
//
//   <wire-lens>KABUL (Reuters) – …</wire-lens>          analyses its own text
//   <wire-lens for="article-body"></wire-lens>            analyses another element's text
//
// Attributes (whitelisted; anything else falls back to the default):
//   for     id of the element whose text to analyse (a textarea or input: its value)  —
//   show    categories to highlight: "all" or a list of dateline quotes reported figures
//           credits rules (`reported`: reported speech, quotes of kind indirect;
//           `rules`: the house rules' matches)                                        all
//   rules   URL of the desk's house rules, a JSON list of {id, label, pattern, regex,
//           case_sensitive, whole_word}; fetched once per URL for the whole page, with
//           the rules module (loaded only then)                                       —
//   panel   none | side | below: the list of who said what                            below
//   theme   light | dark | auto                                                        auto
// Properties: `text` (read/write), `analysis` (the last contract document, read-only).
// Method: `analyze(text)` returns the contract document (with the element's house rules)
// without rendering.
// Events: `wirelens-analyzed` (bubbles, composed; detail = the document, with `rules`
// when the element has rules), `error`.
// Styling: CSS custom properties (--wirelens-quote, --wirelens-figure, …) and ::part(text),
// ::part(panel), ::part(badge), ::part(error), ::part(highlight).
import { sharedAnalyzer } from "./analyzer.js";
import { annotations, render, quotesBySource, sourcingProfile, sourceTypeLabel, hitsByRule, piecesByCue, runText } from "./render.js";
import { loadRules, compileRules } from "./rules.js";

const CATEGORIES = ["dateline", "quotes", "reported", "figures", "credits", "rules"];
const KIND_OF = {
  dateline: ["dateline"],
  quotes: ["quote", "speaker", "cue"],
  reported: ["reported", "speaker", "cue"],
  figures: ["figure"],
  credits: ["credit"],
  rules: ["rule"],
};
const PANELS = ["none", "side", "below"];
const THEMES = ["light", "dark", "auto"];

// Every element on the page uses the page's one analyzer (one wasm initialisation; a panic
// replaces the instance once, for all of them).
const analyzer = sharedAnalyzer();

// A desk list per URL, fetched and compiled once for every element of the page:
// Promise<{ set, labels, problem }>, `problem` saying what went wrong (the analysis still shows).
const desks = new Map();

function deskAt(url) {
  if (!desks.has(url)) desks.set(url, fetchDesk(url));
  return desks.get(url);
}

async function fetchDesk(url) {
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const list = await res.json();
    await loadRules();
    const set = compileRules(list);
    const labels = new Map(set.rules.map((r) => [r.id, r.label]));
    const problem = set.errors.length ? `${set.errors.length} house rule(s) refused: ${set.errors.map((e) => e.message).join("; ")}` : null;
    return { set, labels, problem };
  } catch (err) {
    desks.delete(url); // a later element or update may try again
    return { set: null, labels: new Map(), problem: `the house rules at ${url} could not load: ${err?.message || err}` };
  }
}

const STYLE = `
:host { display: block; --wirelens-dateline: #cfe3ff; --wirelens-quote: #fff0b3; --wirelens-reported: #e6f0d8; --wirelens-speaker: #d8f5d0;
  --wirelens-cue: #f4d7ff; --wirelens-figure: #ffd9c7; --wirelens-credit: #dcdcdc; --wirelens-rule: #ffd6e7; --wirelens-fg: inherit; color: var(--wirelens-fg); }
:host([hidden]) { display: none; }
.wrap { display: grid; gap: 0.75rem; }
:host([panel="side"]) .wrap { grid-template-columns: minmax(0, 2fr) minmax(10rem, 1fr); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.55; }
.wl-chunk { content-visibility: auto; contain-intrinsic-size: auto 30em; }
mark { color: #111; border-radius: 2px; padding: 0 1px; text-underline-offset: 3px; }
mark[data-kind="dateline"] { background: var(--wirelens-dateline); text-decoration: underline dashed #2453a5; }
mark[data-kind="quote"] { background: var(--wirelens-quote); text-decoration: underline solid #a88a00; }
mark[data-kind="reported"] { background: var(--wirelens-reported); outline: 1px dashed #5f7f2f; outline-offset: -1px; font-style: italic; }
mark[data-kind="speaker"] { background: var(--wirelens-speaker); text-decoration: underline double #2f7a25; font-weight: 600; }
mark[data-kind="cue"] { background: var(--wirelens-cue); text-decoration: underline dotted #7b2b99; font-style: italic; }
mark[data-kind="figure"] { background: var(--wirelens-figure); text-decoration: underline wavy #b4501e; text-decoration-thickness: 1px; }
mark[data-kind="credit"] { background: var(--wirelens-credit); text-decoration: underline dashed #555; }
mark[data-kind="rule"] { background: var(--wirelens-rule); text-decoration: underline solid #b0185a; text-decoration-thickness: 2px; }
.panel .rules { margin: 0.5rem 0 0; }
.panel { font-size: 0.9em; }
.panel ol { margin: 0; padding-left: 1.25rem; }
.panel .profile { margin: 0 0 0.4rem; opacity: 0.8; }
.badge { font-size: 0.8em; padding: 0 0.35em; border-radius: 0.6em; border: 1px solid currentColor; opacity: 0.8; white-space: nowrap; }
mark.linked { outline: 2px solid #2453a5; outline-offset: 1px; }
.error { color: #b3261e; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { --wirelens-fg: #ecebe8; } }
:host([theme="dark"]) { --wirelens-fg: #ecebe8; background: #1b1c1e; }
:host([theme="light"]) { --wirelens-fg: #1d1d1b; background: #fff; }
`;

export class WireLensElement extends HTMLElement {
  static observedAttributes = ["for", "show", "panel", "theme", "rules"];

  #root;
  #textEl;
  #panelEl;
  #errorEl;
  #analysis = null;
  #text = null; // set through the property; otherwise read from the light DOM or `for`
  #observer = null;
  #source = null;
  #onInput = () => this.#update();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    const wrap = document.createElement("div");
    wrap.className = "wrap";
    this.#textEl = document.createElement("div");
    this.#textEl.className = "text";
    this.#textEl.part = "text";
    this.#panelEl = document.createElement("section");
    this.#panelEl.className = "panel";
    this.#panelEl.part = "panel";
    this.#panelEl.setAttribute("aria-label", "Who said what");
    this.#errorEl = document.createElement("p");
    this.#errorEl.className = "error";
    this.#errorEl.part = "error";
    this.#errorEl.setAttribute("role", "alert");
    this.#errorEl.hidden = true;
    wrap.append(this.#textEl, this.#panelEl);
    this.#root.append(style, this.#errorEl, wrap);
  }

  /** `show`: which categories are highlighted. */
  get show() {
    const v = (this.getAttribute("show") || "all").split(/[\s,]+/).filter((c) => CATEGORIES.includes(c));
    return v.length ? v : CATEGORIES;
  }

  get panel() {
    const v = this.getAttribute("panel");
    return PANELS.includes(v) ? v : "below";
  }

  get theme() {
    const v = this.getAttribute("theme");
    return THEMES.includes(v) ? v : "auto";
  }

  /** The text being analysed. Setting it overrides the light DOM and `for`. */
  get text() {
    if (this.#text !== null) return this.#text;
    const src = this.#sourceElement();
    if (src) return "value" in src && typeof src.value === "string" ? src.value : src.textContent ?? "";
    return this.textContent ?? "";
  }

  set text(value) {
    this.#text = String(value ?? "");
    this.#update();
  }

  /** The last contract document, or null before the first analysis. */
  get analysis() {
    return this.#analysis;
  }

  /** Analyses `text` and returns the contract document (does not render). */
  async analyze(text) {
    await analyzer.ready();
    const desk = await this.#desk();
    return analyzer.analyze(String(text), desk?.set ? { rules: desk.set } : undefined);
  }

  connectedCallback() {
    this.#watch();
    this.#update();
  }

  disconnectedCallback() {
    this.#unwatch();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "for") this.#watch();
    this.#update();
  }

  #sourceElement() {
    const id = this.getAttribute("for");
    return id ? this.ownerDocument.getElementById(id) : null;
  }

  /** Re-analyses when the analysed text changes: the light DOM, or the `for` element. */
  #watch() {
    this.#unwatch();
    const src = this.#sourceElement();
    const target = src ?? this;
    this.#source = target;
    this.#observer = new MutationObserver(() => this.#update());
    this.#observer.observe(target, { childList: true, characterData: true, subtree: true });
    if (src) src.addEventListener("input", this.#onInput);
  }

  #unwatch() {
    this.#observer?.disconnect();
    this.#source?.removeEventListener?.("input", this.#onInput);
    this.#observer = null;
    this.#source = null;
  }

  /** The element's desk list, or null without a `rules` attribute. */
  #desk() {
    const url = this.getAttribute("rules");
    return url ? deskAt(new URL(url, this.ownerDocument.baseURI).href) : null;
  }

  async #update() {
    const text = this.text;
    try {
      await analyzer.ready();
      const desk = await this.#desk();
      if (text !== this.text) return; // a newer update is on its way
      const doc = analyzer.analyze(text, desk?.set ? { rules: desk.set } : undefined);
      this.#analysis = doc;
      this.#errorEl.hidden = !desk?.problem;
      if (desk?.problem) this.#errorEl.textContent = `wirelens: ${desk.problem}`;
      this.#render(text, doc, desk?.labels);
      this.dispatchEvent(new CustomEvent("wirelens-analyzed", { bubbles: true, composed: true, detail: doc }));
    } catch (err) {
      this.#errorEl.textContent = `wirelens could not analyse this text: ${err?.message || err}`;
      this.#errorEl.hidden = false;
      this.#textEl.textContent = text; // never a blank: the text stays readable
      this.dispatchEvent(new ErrorEvent("error", { error: err, message: String(err?.message || err) }));
    }
  }

  #render(text, doc, labels = new Map()) {
    const kinds = new Set(this.show.flatMap((c) => KIND_OF[c]));
    const anns = annotations(doc, labels).filter((a) => kinds.has(a.kind));
    render(this.#textEl, text, anns, (el, ann) => {
      el.setAttribute("part", "highlight");
      if (ann.kind === "rule") el.title = ann.label;
    });
    const rulesShown = kinds.has("rule") && doc.rules?.length > 0;
    this.#panelEl.hidden = this.panel === "none" || !(kinds.has("quote") || kinds.has("reported") || rulesShown);
    // The sourcing profile, then one entry per source (name, type badge, description) with
    // its quotes of the shown kinds grouped by kind; then the unattributed ones.
    const shown = (q) => kinds.has(q.kind === "indirect" ? "reported" : "quote");
    const list = document.createElement("ol");
    for (const { source, items } of quotesBySource(doc, shown)) list.append(this.#sourceEntry(source, items));
    const profile = document.createElement("p");
    profile.className = "profile";
    profile.textContent = doc.sources.length ? `Sources: ${sourcingProfile(doc)}` : "No sources found.";
    this.#panelEl.replaceChildren(profile, list, ...(rulesShown ? [this.#rulesList(doc, labels)] : []));
  }

  /** The house rules that matched: each label with its count and matched words. */
  #rulesList(doc, labels) {
    const section = document.createElement("section");
    section.className = "rules";
    section.setAttribute("aria-label", "House rules");
    const head = document.createElement("strong");
    head.textContent = `House rules: ${doc.rules.length} match${doc.rules.length === 1 ? "" : "es"}`;
    const list = document.createElement("ul");
    for (const { rule, label, hits, texts } of hitsByRule(doc, labels)) {
      const li = document.createElement("li");
      li.dataset.rule = rule;
      li.textContent = `${label} (${hits.length}): ${texts.slice(0, 5).join(", ")}`;
      list.append(li);
    }
    section.append(head, list);
    return section;
  }

  /** A source's entry in the panel; hovering it outlines its speakers' and quotes' highlights. */
  #sourceEntry(source, items) {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = source ? source.name : "unattributed";
    li.append(who);
    if (source) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.part = "badge";
      badge.textContent = sourceTypeLabel(source.type);
      li.append(" ", badge);
      if (source.description) li.append(` ${source.description}`);
      li.dataset.source = String(source.id);
      const ids = items.flatMap(([, i]) => [`s${i}`, `q${i}`]);
      const mark = (on) => {
        for (const id of ids) this.#textEl.querySelectorAll(`[data-id="${id}"]`).forEach((e) => e.classList.toggle("linked", on));
      };
      li.addEventListener("mouseenter", () => mark(true));
      li.addEventListener("mouseleave", () => mark(false));
    }
    for (const [kind, label] of [["direct", "quoted"], ["partial", "partly quoted"], ["indirect", "reported"]]) {
      const ofKind = items.filter(([q]) => q.kind === kind);
      if (!ofKind.length) continue;
      const inner = document.createElement("ul");
      inner.dataset.kind = kind;
      // (The pieces of one report, split by its cue, are one entry.)
      for (const run of piecesByCue(ofKind)) {
        const item = document.createElement("li");
        const text = runText(run);
        item.textContent = `${label}: ${text.length > 120 ? text.slice(0, 119) + "…" : text}`;
        inner.append(item);
      }
      li.append(inner);
    }
    return li;
  }
}
