// Two builds of the package side by side in one headless Chromium page: the analysis of
// 1 MB of real articles, calls interleaved A, B, A, B…, median of each. The machine's speed
// drifts by more than most changes move it, so a change is judged by this, not by two runs
// of page.bench.mjs minutes apart. Reported, never asserted.
// Run: node bench/ab.page.mjs PKG_A PKG_B [ROUNDS]   (each a directory built like pkg/)
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { startBrowser } from "./chromium.mjs";
import { corpusText } from "./js/corpus.mjs";

const [a, b, rounds = "40"] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node bench/ab.page.mjs PKG_A PKG_B [ROUNDS]");
  process.exit(2);
}
const text = await corpusText(1_000_000);
if (!text) {
  console.log("SKIPPED: needs ../shared/corpus beside this checkout");
  process.exit(0);
}
const root = new URL("../", import.meta.url);
const site = resolve(new URL("target/ab-page", root).pathname);
await rm(site, { recursive: true, force: true });
await mkdir(site, { recursive: true });
await cp(resolve(a), `${site}/a`, { recursive: true });
await cp(resolve(b), `${site}/b`, { recursive: true });
await writeFile(`${site}/index.html`, "<!doctype html><title>A/B</title>");

const { browser, url, close } = await startBrowser(8197, ["--dir", site]);
try {
  const page = await browser.newPage();
  await page.goto(url);
  const ms = await page.evaluate(async ({ text, rounds }) => {
    const builds = { A: await import("/a/index.js"), B: await import("/b/index.js") };
    for (const m of Object.values(builds)) await m.default();
    const times = { A: [], B: [] };
    for (let i = 0; i < 3; i++) for (const m of Object.values(builds)) m.analyze(text); // warm-up
    for (let i = 0; i < rounds; i++) {
      for (const [k, m] of Object.entries(builds)) {
        const t0 = performance.now();
        m.analyze(text);
        times[k].push(performance.now() - t0);
      }
    }
    const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
    return { A: median(times.A), B: median(times.B) };
  }, { text, rounds: Number(rounds) });
  console.log(`1 MB of real articles in Chromium, medians of ${rounds} interleaved calls: A ${ms.A.toFixed(2)} ms, B ${ms.B.toFixed(2)} ms (B/A ${(ms.B / ms.A).toFixed(3)})`);
} finally {
  await close();
}
