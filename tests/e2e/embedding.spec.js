// Hosting: a strict Content-Security-Policy with 'wasm-unsafe-eval' works; without it the
// element shows its error (never a blank); the npm package installs and imports.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

test("works under script-src 'self' 'wasm-unsafe-eval'", async ({ page }) => {
  await page.goto("/csp.html");
  await expect(page.locator('#csp mark[data-kind="quote"]')).toHaveCount(1);
});

test("without 'wasm-unsafe-eval' the element shows an error and keeps the text", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/csp-strict.html");
  await expect(page.locator("#csp").locator("css=[part=error]")).toBeVisible({ timeout: 10_000 });
  await expect(page.locator("#csp").locator("css=[part=error]")).toContainText("could not analyse");
  await expect(page.locator("#csp").locator("css=[part=text]")).toContainText("It cannot work here");
});

test("npm pack output installs into a scratch project and imports", async () => {
  const pkgDir = new URL("../../pkg/", import.meta.url).pathname;
  const scratch = mkdtempSync(join(tmpdir(), "wirelens-pack-"));
  execFileSync("npm", ["pack", "--pack-destination", scratch, pkgDir], { stdio: "pipe" });
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(scratch, tarball)], { cwd: scratch, stdio: "pipe" });
  writeFileSync(
    join(scratch, "check.mjs"),
    `import { readFile } from "node:fs/promises";
     import { createRequire } from "node:module";
     import init, { analyze, version } from "wirelens";
     const require = createRequire(import.meta.url);
     const wasm = await readFile(new URL("./node_modules/wirelens/wirelens_bg.wasm", import.meta.url));
     await init({ module_or_path: wasm });
     const doc = analyze("KABUL (Reuters) – “We met,” he said.");
     console.log(JSON.stringify({ version: version(), location: doc.dateline.location, quotes: doc.quotes.length }));`,
  );
  const out = JSON.parse(execFileSync("node", ["check.mjs"], { cwd: scratch }).toString());
  expect(out).toEqual({ version: expect.stringMatching(/contract 1/), location: "KABUL", quotes: 1 });
  // The element's entry points are exported too.
  const pkgJson = JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('./node_modules/wirelens/package.json'))"], { cwd: scratch }).toString());
  expect(Object.keys(pkgJson.exports)).toEqual(expect.arrayContaining([".", "./define", "./element", "./raw"]));
});
