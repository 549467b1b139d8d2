// The "wirelens" sidebar of the block editor: analyses the post as it is written (debounced;
// long posts in a Web Worker) and shows its dateline, who said what and its figures; a click
// selects the paragraph. A classic script over WordPress's `wp.*` globals (no build step);
// the analyzer is the wirelens package in ../pkg, loaded with a dynamic import.
(function () {
  "use strict";
  const { registerPlugin } = wp.plugins;
  const { PluginSidebar, PluginSidebarMoreMenuItem } = wp.editPost;
  const { createElement: h, Fragment, useEffect, useRef, useState } = wp.element;
  const { PanelBody, Notice, Button } = wp.components;
  const { useSelect, dispatch } = wp.data;
  const config = window.wirelensPlugin;

  const SIDEBAR = "wirelens-sidebar";
  const DEBOUNCE_MS = 400;
  // Posts longer than this (UTF-16 units) are analysed in a worker, as the wirelens page does.
  const WORKER_THRESHOLD = 200000;
  const LIST_LIMIT = 200;
  const KIND = { direct: "quoted", partial: "partly quoted", indirect: "reported" };
  const TYPE = { person: "named person", role: "official or role", anonymous: "anonymous", organization: "organisation", document: "document", group: "group" };

  // ---- the analyzer: loaded once, on the main thread and (for long posts) in a worker ----

  let loading = null;
  /** Resolves to the package's module, or rejects with an error a person can act on. */
  function analyzer() {
    loading ??= (async () => {
      if (!wasmAllowed()) throw new CspError();
      const pkg = await import(config.pkg + "index.js");
      await pkg.default();
      return pkg;
    })();
    return loading;
  }

  class CspError extends Error {
    constructor() {
      super("This site's Content-Security-Policy does not allow WebAssembly, which wirelens runs on. Add 'wasm-unsafe-eval' to its script-src.");
      this.name = "CspError";
    }
  }

  /** Whether this page may compile WebAssembly (a CSP without 'wasm-unsafe-eval' forbids it). */
  function wasmAllowed() {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return true;
    } catch {
      return false;
    }
  }

  let worker = null;
  let job = 0;
  /** Analyses in the worker; a trapped worker is replaced on the next call. */
  function analyzeInWorker(text) {
    worker ??= new Worker(config.worker, { type: "module" });
    const id = ++job;
    return new Promise((resolve, reject) => {
      const onMessage = ({ data }) => {
        if (data.id !== id) return;
        worker.removeEventListener("message", onMessage);
        if (data.crashed) {
          worker.terminate();
          worker = null;
        }
        if (data.error) reject(new Error(data.error));
        else resolve(data.doc);
      };
      worker.addEventListener("message", onMessage);
      worker.postMessage({ id, text });
    });
  }

  async function analyze(text) {
    if (text.length > WORKER_THRESHOLD) {
      await analyzer(); // the same checks (CSP) and a clear error before a worker is made
      return analyzeInWorker(text);
    }
    return (await analyzer()).analyze(text);
  }

  // ---- the post as one text, and where each block's text sits in it ----

  const parser = new DOMParser();
  /** The text of a fragment of block HTML: an inert parse, so nothing in it runs or loads. */
  function plain(html) {
    if (typeof html !== "string") html = html == null ? "" : String(html);
    if (!/[<&]/.test(html)) return html;
    return parser.parseFromString(`<body>${html.replace(/<br\s*\/?>/gi, "\n")}</body>`, "text/html").body.textContent || "";
  }

  /** A block's own text: its content, list values, citation or caption. */
  function blockText(block) {
    const a = block.attributes || {};
    return [a.content, a.values, a.value, a.citation, a.caption].filter((v) => v != null && v !== "").map(plain).join("\n");
  }

  /** The post's text, blocks joined by line breaks, and each block's [start, end). */
  function storyOf(blocks) {
    let text = "";
    const parts = [];
    const visit = (list) => {
      for (const block of list) {
        const t = blockText(block);
        if (t) {
          if (text) text += "\n";
          parts.push({ clientId: block.clientId, start: text.length, end: text.length + t.length });
          text += t;
        }
        if (block.innerBlocks?.length) visit(block.innerBlocks);
      }
    };
    visit(blocks);
    return { text, parts };
  }

  /** Selects the block holding offset `at` and brings it into view. */
  function goTo(parts, at) {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (parts[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    const part = parts[lo];
    if (!part) return;
    dispatch("core/block-editor").selectBlock(part.clientId);
    const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
    canvas.querySelector(`[data-block="${part.clientId}"]`)?.scrollIntoView({ block: "center" });
  }

  // ---- the sidebar ----

  function useAnalysis() {
    const blocks = useSelect((select) => select("core/block-editor").getBlocks(), []);
    const [state, setState] = useState({ status: "Loading the analyzer…", doc: null, story: null, error: null });
    const run = useRef(0);
    useEffect(() => {
      const id = ++run.current;
      const timer = setTimeout(async () => {
        const story = storyOf(blocks);
        const t0 = performance.now();
        if (story.text.length > WORKER_THRESHOLD) setState((s) => ({ ...s, status: `Analysing ${story.text.length.toLocaleString()} characters…` }));
        try {
          const doc = await analyze(story.text);
          if (id !== run.current) return; // a newer edit is on its way
          const ms = performance.now() - t0;
          setState({ status: story.text ? `Analysed ${story.text.length.toLocaleString()} characters in ${ms.toFixed(0)} ms.` : "Write or paste a story: its analysis appears here.", doc, story, error: null });
        } catch (err) {
          if (id !== run.current) return;
          setState({ status: "", doc: null, story, error: err });
        }
      }, DEBOUNCE_MS);
      return () => clearTimeout(timer);
    }, [blocks]);
    return state;
  }

  function jump(story, start, label, key) {
    return h(Button, { key, variant: "link", className: "wirelens-jump", onClick: () => goTo(story.parts, start) }, label);
  }

  const short = (t, n) => (t.length > n ? t.slice(0, n - 1) + "…" : t);

  function Dateline({ doc, story }) {
    const d = doc.dateline;
    if (!d) return h("p", { className: "wirelens-dateline wirelens-muted" }, "No dateline found.");
    return h(
      "dl",
      { className: "wirelens-dateline" },
      h("dt", null, "text"), h("dd", null, jump(story, d.start, d.text)),
      h("dt", null, "place"), h("dd", { className: "wirelens-dateline-place" }, d.location || "—"),
      h("dt", null, "agency"), h("dd", null, d.agency || "—"),
      h("dt", null, "date"), h("dd", null, d.date || "—"),
    );
  }

  function Sources({ doc, story }) {
    const groups = doc.sources.map((s) => ({ source: s, quotes: [] }));
    const unattributed = { source: null, quotes: [] };
    doc.quotes.forEach((q) => (q.source_id != null ? groups[q.source_id] : unattributed).quotes.push(q));
    const counts = {};
    doc.sources.forEach((s) => (counts[s.type] = (counts[s.type] || 0) + 1));
    const profile = Object.entries(counts).map(([t, n]) => `${n} ${TYPE[t] || t}`).join(" · ");
    const shown = [...groups, unattributed].filter((g) => g.quotes.length).slice(0, LIST_LIMIT);
    return h(
      Fragment,
      null,
      h("p", { className: "wirelens-profile wirelens-muted" }, doc.sources.length ? `Sources: ${profile}` : "No sources found."),
      ...shown.map((g, i) =>
        h(
          "div",
          { key: i, className: "wirelens-source" },
          h(
            "p",
            { className: "wirelens-source-name" },
            h("strong", null, g.source ? g.source.name : "unattributed"),
            g.source ? h("span", { className: "wirelens-badge" }, TYPE[g.source.type] || g.source.type) : null,
            g.source?.description ? h("span", { className: "wirelens-muted" }, ` ${g.source.description}`) : null,
          ),
          h("ul", null, ...g.quotes.slice(0, 50).map((q, k) => h("li", { key: k, "data-kind": q.kind }, h("span", { className: "wirelens-kind" }, KIND[q.kind] || q.kind), " ", jump(story, q.start, short(q.text, 90))))),
        ),
      ),
    );
  }

  function Figures({ doc, story }) {
    return h(
      Fragment,
      null,
      h("p", { className: "wirelens-figure-count wirelens-muted" }, `${doc.figures.length} figure${doc.figures.length === 1 ? "" : "s"}`),
      h(
        "ul",
        { className: "wirelens-figures" },
        ...doc.figures.slice(0, LIST_LIMIT).map((f, i) =>
          h("li", { key: i }, jump(story, f.start, f.text), h("span", { className: "wirelens-muted" }, ` ${f.kind}${f.value != null ? ` ${f.value}` : ""}${f.unit ? ` ${f.unit}` : ""}`)),
        ),
      ),
    );
  }

  function Sidebar() {
    const { status, doc, story, error } = useAnalysis();
    return h(
      "div",
      { className: "wirelens-sidebar" },
      error
        ? h(Notice, { status: "error", isDismissible: false, className: error instanceof CspError ? "wirelens-csp" : "wirelens-error" }, error instanceof CspError ? error.message : `wirelens could not analyse this post: ${error.message || error}. Your post is not affected.`)
        : null,
      h("p", { className: "wirelens-status", role: "status" }, status),
      doc ? h(PanelBody, { title: "Dateline", initialOpen: true }, h(Dateline, { doc, story })) : null,
      doc ? h(PanelBody, { title: `Who said what (${doc.quotes.length})`, initialOpen: true }, h(Sources, { doc, story })) : null,
      doc ? h(PanelBody, { title: `Figures (${doc.figures.length})`, initialOpen: true }, h(Figures, { doc, story })) : null,
    );
  }

  const icon = h("svg", { width: 20, height: 20, viewBox: "0 0 20 20", "aria-hidden": true }, h("path", { d: "M3 4h9v2H3zm0 4h14v2H3zm0 4h9v2H3zm11 0 3 3-1.4 1.4L12.6 13.4z", fill: "currentColor" }));

  registerPlugin("wirelens", {
    icon,
    render: () =>
      h(
        Fragment,
        null,
        h(PluginSidebarMoreMenuItem, { target: SIDEBAR, icon }, "wirelens"),
        h(PluginSidebar, { name: SIDEBAR, title: "wirelens", icon }, h(Sidebar)),
      ),
  });
})();
