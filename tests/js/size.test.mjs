// The shipped size budget (deterministic, so a test may assert it): the wasm at most
// 120 KB gzipped; the module the page and widget load (wasm + JS glue + page JS + CSS) at
// most 150 KB gzipped. Sizes are printed for the build report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

const root = new URL("../../", import.meta.url);
const gz = async (path) => gzipSync(await readFile(new URL(path, root)), { level: 9 }).length;

test("the wasm is at most 120 KB gzipped", async () => {
  const size = await gz("pkg/wirelens_bg.wasm");
  console.log(`pkg/wirelens_bg.wasm: ${(size / 1024).toFixed(1)} KB gzipped`);
  assert.ok(size <= 120 * 1024, `${size} bytes gzipped`);
});

test("wasm, glue, renderer, widget and styles together are at most 150 KB gzipped", async () => {
  const files = ["pkg/wirelens_bg.wasm", "pkg/wirelens.js", "pkg/index.js", "pkg/rules.js", "pkg/packed.js", "pkg/render.js", "pkg/wire-lens.js", "pkg/wire-lens-define.js", "www/style.css"];
  let total = 0;
  for (const f of files) {
    const size = await gz(f);
    total += size;
    console.log(`${f}: ${(size / 1024).toFixed(1)} KB gzipped`);
  }
  console.log(`total: ${(total / 1024).toFixed(1)} KB gzipped`);
  assert.ok(total <= 150 * 1024, `${total} bytes gzipped`);
});

test("the house-rules module, fetched only when a desk has rules, is at most 256 KB gzipped", async () => {
  const size = await gz("pkg/wirelens_rules_bg.wasm");
  const glue = await gz("pkg/wirelens_rules.js");
  console.log(`pkg/wirelens_rules_bg.wasm: ${(size / 1024).toFixed(1)} KB gzipped, its glue ${(glue / 1024).toFixed(1)} KB`);
  assert.ok(size <= 256 * 1024, `${size} bytes gzipped`);
});
