// Paste-to-painted-highlights latency in headless Chromium (median of many pastes of the
// seed), and input-to-paint for a 5 MB paste. Reported, never asserted.
// Run (after scripts/build-wasm.sh): node bench/page.bench.mjs
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";

const root = new URL("../", import.meta.url);
const port = 8193;
const server = spawn("node", ["scripts/serve.mjs", "--port", String(port)], { cwd: root, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("ready"));
  const seed = await readFile(new URL("www/samples/seed.txt", root), "utf8");
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
  let big = "";
  while (big.length < 5_000_000) big += seed + "\n\n";
  // A 5 MB paste goes to the worker: time until highlights are painted, and the longest the
  // main thread was unavailable meanwhile (a probe every 16 ms measures the gaps).
  const r = await page.evaluate(async (text) => {
    const ta = document.getElementById("text");
    const status = document.getElementById("status");
    let last = performance.now();
    let worst = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 16);
    const t0 = performance.now();
    ta.value = text;
    ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    while (!status.textContent.startsWith("Analysed")) await new Promise((res) => setTimeout(res, 20));
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    clearInterval(probe);
    return { ms: performance.now() - t0, worst, marks: document.querySelectorAll("#rendered [data-kind]").length };
  }, big);
  console.log(`5 MB paste → painted highlights: ${r.ms.toFixed(0)} ms, ${r.marks} highlight elements; longest main-thread stall ${r.worst.toFixed(0)} ms (rendering)`);
} finally {
  await browser.close();
  server.kill();
}
