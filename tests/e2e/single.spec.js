// The single-file build (scripts/build-single.sh) analyses from file://, where module
// scripts and fetching the .wasm are blocked.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const expected = JSON.parse(readFileSync(new URL("../../testdata/seed.expected.json", import.meta.url), "utf8"));
const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");

test("opened from file://, the single-file build analyses the seed", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(new URL("../../dist/single.html", import.meta.url).href);
  await expect(page.locator('#single mark[data-kind="quote"]')).toHaveCount(1);
  const detail = await page.evaluate(async (text) => {
    const el = document.getElementById("single");
    const got = new Promise((resolve) => el.addEventListener("wirelens-analyzed", (e) => resolve(e.detail), { once: true }));
    el.text = text;
    return got;
  }, seed);
  expect(detail).toEqual(expected);
  expect(await page.evaluate((t) => window.wirelens.analyze(t), seed)).toEqual(expected);
  expect(errors).toEqual([]);
});
