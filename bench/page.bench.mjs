// The analysis of 1 MB of real articles in headless Chromium (MB/s, as bench/js/bench.mjs
// measures it in Node); paste-to-painted-highlights latency (median of many pastes of the
// seed); and for 5 MB and 10 MB pastes the time until every highlight is drawn and the
// longest the main thread was unavailable meanwhile. Reported, never asserted.
// Run (after scripts/build-wasm.sh): node bench/page.bench.mjs
import { readFile } from "node:fs/promises";
import { startBrowser } from "./chromium.mjs";
import { corpusText } from "./js/corpus.mjs";

const root = new URL("../", import.meta.url);
const { browser, url, close } = await startBrowser(8193);
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("ready"));
  const seed = await readFile(new URL("www/samples/seed.txt", root), "utf8");
  await analysisThroughput(page);
  /** Sets the text as a paste would and waits for the next painted frame. */
  const pasteToPaint = (text) =>
    page.evaluate(async (text) => {
      const ta = document.getElementById("text");
      const t0 = performance.now();
      ta.value = text;
      ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t0, marks: document.querySelectorAll("#rendered [data-kind]").length };
    }, text);
  const runs = [];
  for (let i = 0; i < 60; i++) runs.push((await pasteToPaint(i % 2 ? seed : seed + " ")).ms);
  runs.sort((a, b) => a - b);
  console.log(`seed (2 KB) paste → painted highlights: median ${runs[30].toFixed(2)} ms, p90 ${runs[54].toFixed(2)} ms (60 pastes)`);
  // Large pastes go to the worker and are drawn in slices. A probe timer every 16 ms records
  // every gap over 50 ms in the main thread's availability, with what the page was doing.
  // The textarea's own layout of the pasted text is Chromium's cost, not wirelens's: it is
  // measured alone first (the same text set with no analysis) and reported apart.
  const pasteBig = (text, analyse) =>
    page.evaluate(async ({ text, analyse }) => {
      const ta = document.getElementById("text");
      const status = document.getElementById("status");
      ta.value = "";
      await new Promise((res) => setTimeout(res, 300));
      const gaps = [];
      const t0 = performance.now();
      let last = t0;
      const probe = setInterval(() => {
        const now = performance.now();
        if (now - last > 50) gaps.push({ ms: Math.round(now - last), at: Math.round(now - t0), doing: status.textContent.slice(0, 24) });
        last = now;
      }, 16);
      ta.value = text;
      if (analyse) {
        ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
        while (!status.textContent.startsWith("Analysed")) await new Promise((res) => setTimeout(res, 20));
      }
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const ms = performance.now() - t0;
      await new Promise((res) => setTimeout(res, 500));
      clearInterval(probe);
      return { ms, gaps, marks: document.querySelectorAll("#rendered [data-kind]").length };
    }, { text, analyse });
  for (const size of [5_000_000, 10_000_000]) {
    let big = "";
    while (big.length < size) big += seed + "\n\n";
    const alone = await pasteBig(big, false);
    const textareaStall = Math.max(0, ...alone.gaps.map((g) => g.ms));
    const r = await pasteBig(big, true);
    // The textarea's layout is the first gap; wirelens's own are the others.
    const ours = r.gaps.slice(1).map((g) => g.ms);
    console.log(
      `${size / 1e6} MB paste → all highlights painted: ${r.ms.toFixed(0)} ms, ${r.marks} highlight elements; ` +
        `textarea layout alone (Chromium): ${textareaStall} ms; longest other main-thread gap: ${Math.max(0, ...ours)} ms ` +
        `(${ours.length} gaps over 50 ms)`,
    );
  }
  // Typing into the 5 MB text once it is drawn: keystroke round trips on the page, against
  // the same text in a bare textarea (Chromium's own editing cost).
  let big5 = "";
  while (big5.length < 5_000_000) big5 += seed + "\n\n";
  const keystrokes = async (p) => {
    await p.focus("#text");
    await p.evaluate(() => document.getElementById("text").setSelectionRange(100, 100));
    const per = [];
    for (let i = 0; i < 15; i++) {
      const t0 = Date.now();
      await p.keyboard.type("x");
      per.push(Date.now() - t0);
      await new Promise((r) => setTimeout(r, 60));
    }
    per.sort((a, b) => a - b);
    return `median ${per[7]} ms, worst ${per[14]} ms`;
  };
  await pasteBig(big5, true);
  const ours = await keystrokes(page);
  const bare = await browser.newPage();
  await bare.setContent('<textarea id="text" style="width:30rem;height:40rem"></textarea>');
  await bare.evaluate((text) => { document.getElementById("text").value = text; }, big5);
  console.log(`typing into the 5 MB text: the page ${ours}; a bare textarea with the same text ${await keystrokes(bare)}`);
} finally {
  await close();
}

/** `analyze` from the package on the page, on 1 MB of the wire corpus: median of 31 calls. */
async function analysisThroughput(page) {
  const text = await corpusText(1_000_000);
  if (!text) {
    console.log("SKIPPED: 1 MB of real articles in Chromium (../shared/corpus is not beside this checkout)");
    return;
  }
  const r = await page.evaluate(async (text) => {
    const { analyze } = await import("./pkg/index.js");
    analyze(text);
    analyze(text);
    const ms = [];
    for (let i = 0; i < 31; i++) {
      const t0 = performance.now();
      analyze(text);
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    return { ms: ms[15], bytes: new TextEncoder().encode(text).length };
  }, text);
  console.log(`analysis of 1 MB of real articles in Chromium: median ${r.ms.toFixed(1)} ms, ${(r.bytes / 1e6 / (r.ms / 1000)).toFixed(1)} MB/s (31 calls)`);
}
