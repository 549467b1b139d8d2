// wirelens (pkg/, wasm) against compromise, on the same documents in the same Node process.
// Prints MB/s and ratios; reported, never asserted. Run from the repo: scripts/bench.sh
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import init, { analyze } from "../../pkg/index.js";
import * as raw from "../../pkg/wirelens.js";
import { unpack } from "../../pkg/packed.js";
import nlp from "compromise";
import { corpusText } from "./corpus.mjs";

const root = new URL("../../", import.meta.url);
await init({ module_or_path: await readFile(new URL("pkg/wirelens_bg.wasm", root)) });

const mb = (s) => Buffer.byteLength(s) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median seconds of `fn` over runs taking about `budget` seconds (at least `min` runs). */
function time(fn, budget = 2, min = 3) {
  fn(); // warm-up (lexicons, JIT)
  const times = [];
  const end = performance.now() + budget * 1000;
  while (times.length < min || performance.now() < end) {
    const t0 = performance.now();
    fn();
    times.push((performance.now() - t0) / 1000);
    if (times.length > 10_000) break;
  }
  return median(times);
}

// What compromise is asked for is what wirelens returns: quotes and numbers in one parse.
const compromiseAnalyze = (text) => {
  const doc = nlp(text);
  return [doc.quotations().json(), doc.numbers().json(), doc.match("#Date").json()];
};

const seed = await readFile(new URL("www/samples/seed.txt", root), "utf8");
const real = await corpusText(1_000_000);
const rows = [];
const row = (name, size, secs, extra = "") => {
  rows.push({ name, size, secs, mbps: size / secs });
  console.log(`${name.padEnd(36)} ${(size).toFixed(3).padStart(8)} MB  ${(secs * 1000).toFixed(3).padStart(10)} ms  ${(size / secs).toFixed(2).padStart(9)} MB/s ${extra}`);
};

console.log(`node ${process.version}; wasm ${(await readFile(new URL("pkg/wirelens_bg.wasm", root))).length} bytes, ${gzipSync(await readFile(new URL("pkg/wirelens_bg.wasm", root)), { level: 9 }).length} gzipped`);
const w2 = time(() => analyze(seed), 2, 50);
row("wirelens seed (2 KB)", mb(seed), w2);
const c2 = time(() => compromiseAnalyze(seed), 3, 5);
row("compromise seed (2 KB)", mb(seed), c2, `→ wirelens ${(c2 / w2).toFixed(0)}× faster`);
if (real) {
  const w1 = time(() => analyze(real), 4, 5);
  row("wirelens real 1 MB", mb(real), w1);
  const c1 = time(() => compromiseAnalyze(real), 1, 1);
  row("compromise real 1 MB", mb(real), c1, `→ wirelens ${(c1 / w1).toFixed(0)}× faster`);
  // Linearity: 100 KB versus 10 MB of the same real text.
  const small = real.slice(0, 100_000);
  const big = (await corpusText(10_000_000)) ?? real;
  const ws = time(() => analyze(small), 2, 5);
  const wb = time(() => analyze(big), 4, 2);
  row("wirelens real 100 KB", mb(small), ws);
  row("wirelens real 10 MB", mb(big), wb, `→ ${(100 * (mb(big) / wb) / (mb(small) / ws)).toFixed(0)}% of the 100 KB rate`);
} else {
  console.log("SKIPPED: real-text rows (../shared/corpus is not beside this checkout)");
}
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length));
for (const [name, unit] of [["quote marks", "“\"‘ ”'’"], ["digits", "1234567890 "], ["capitalised words", "Miller General Reuters KABUL "], ["no spaces", "abcdefghij"], ["open quotes", "“a "]]) {
  const s = fill(unit, 100_000);
  const b = fill(unit, 10_000_000);
  const ts = time(() => analyze(s), 1, 3);
  const tb = time(() => analyze(b), 3, 3); // three runs at least: one slow GC must not decide the median
  row(`wirelens ${name} 10 MB`, mb(b), tb, `→ ${(100 * (mb(b) / tb) / (mb(s) / ts)).toFixed(0)}% of the 100 KB rate`);
}

// Where a 10 MB row's time goes: the wasm call (analysis and packing) apart from building
// the contract's JS objects from the packed form. For digits the objects are the miss:
// 909,091 figures of three heap objects each (object, text, value) all live at once, which
// V8's garbage collector copies and marks, where at 100 KB they die young.
const encoder = new TextEncoder();
const parts = (text) => {
  const bytes = encoder.encode(text);
  let packed;
  const wasm = time(() => (packed = raw.analyzePacked(bytes)), 1, 3);
  const objects = time(() => unpack(packed, text), 1, 3);
  return [wasm, objects];
};
const [digitsSmall, digitsBig] = [fill("1234567890 ", 100_000), fill("1234567890 ", 10_000_000)];
const [ws, os] = parts(digitsSmall);
const [wb, ob] = parts(digitsBig);
const pct = (small, big) => (100 * (mb(digitsBig) / big) / (mb(digitsSmall) / small)).toFixed(0);
console.log(`  digits 10 MB: the wasm call ${(wb * 1000).toFixed(1)} ms (${pct(ws, wb)}% of its 100 KB rate), the JS objects ${(ob * 1000).toFixed(1)} ms (${pct(os, ob)}%)`);
