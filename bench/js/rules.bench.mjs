// House rules in wasm (pkg/, Node): 50 literal and 10 regex rules (bench/rules.json) over
// 1 MB of articles, MB/s; then the hostile patterns, the rules module on 1 MiB beside
// JavaScript's RegExp on growing inputs, each RegExp run in a worker stopped after a time
// limit (a backtracking search cannot be interrupted otherwise). Reported, never asserted.
// Run from the repo: node bench/js/rules.bench.mjs
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { loadRules, compileRules } from "../../pkg/rules.js";
import { corpusText } from "./corpus.mjs";

const root = new URL("../../", import.meta.url);
await loadRules(await readFile(new URL("pkg/wirelens_rules_bg.wasm", root)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const LIMIT_MS = 10_000;

const text = await corpusText(1 << 20);
if (text) {
  const list = JSON.parse(await readFile(new URL("bench/rules.json", root), "utf8"));
  let t0 = performance.now();
  const set = compileRules(list);
  console.log(`compile ${set.rules.length} rules: ${(performance.now() - t0).toFixed(1)} ms`);
  set.find(text);
  const times = [];
  let n = 0;
  for (let i = 0; i < 15; i++) {
    t0 = performance.now();
    n = set.find(text).length;
    times.push(performance.now() - t0);
  }
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(`find: ${mb.toFixed(2)} MB in ${median(times).toFixed(1)} ms (median of 15), ${(mb / (median(times) / 1000)).toFixed(1)} MB/s, ${n} matches`);
} else {
  console.log("SKIPPED: the corpus rows (../shared/corpus is not here)");
}

/** Runs `pattern` over `input` with RegExp in a worker; ms, or null past the limit. */
function regexpTime(pattern, input) {
  return new Promise((resolve) => {
    const worker = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       const t0 = performance.now();
       const n = [...workerData.input.matchAll(new RegExp(workerData.pattern, "gu"))].length;
       parentPort.postMessage({ ms: performance.now() - t0, n });`,
      { eval: true, workerData: { pattern, input } },
    );
    const timer = setTimeout(() => {
      worker.terminate();
      resolve(null);
    }, LIMIT_MS);
    worker.on("message", ({ ms }) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(ms);
    });
  });
}

const HOSTILE = [
  ["(a+)+$", (n) => `${"a".repeat(n - 1)}!`],
  ["(x+x+)+y", (n) => "x".repeat(n)],
  // Nineteen a's then n x's: one a short, so RegExp tries every way to place them.
  ["(.*a){20}", (n) => `${"a".repeat(19)}${"x".repeat(n)}`],
];
for (const [pattern, make] of HOSTILE) {
  const set = compileRules([{ id: "h", pattern, regex: true, whole_word: false }]);
  const big = make(1 << 20);
  const t0 = performance.now();
  const found = set.find(big).length;
  const ours = performance.now() - t0;
  const row = [];
  for (const n of [16, 20, 24, 28, 32, 100, 1000, 10_000, 1 << 20]) {
    const ms = await regexpTime(pattern, make(n));
    row.push(`n=${n}: ${ms === null ? `> ${LIMIT_MS / 1000} s (stopped)` : `${ms.toFixed(1)} ms`}`);
    if (ms === null) break;
  }
  console.log(`${pattern.padEnd(10)} wirelens rules on 1 MiB: ${ours.toFixed(1)} ms (${found} matches) | RegExp ${row.join(", ")}`);
}
