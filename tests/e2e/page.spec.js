// The page, end to end: paste (the sample button), highlights by data-kind, the XSS-safe
// rendering, and a screenshot for people to look at.
import { test, expect } from "@playwright/test";
import { panicSharedAnalyzer } from "./analyzer-helper.js";
import { readFileSync } from "node:fs";

const expected = JSON.parse(readFileSync(new URL("../../testdata/seed.expected.json", import.meta.url), "utf8"));
const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");

/** Texts of highlights of one kind, each highlight's pieces joined (split spans). */
async function highlightTexts(page, kind) {
  return page.$$eval(`#rendered [data-kind="${kind}"]`, (els) => {
    const byId = new Map();
    for (const el of els) byId.set(el.dataset.id, (byId.get(el.dataset.id) || "") + el.textContent);
    return [...byId.values()];
  });
}

function uniq(xs) {
  return [...new Set(xs)];
}

test("the sample comes out highlighted exactly as the contract says", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  await page.getByRole("button", { name: "Try the sample" }).click();
  await expect(page.locator('#rendered [data-kind="quote"]').first()).toBeVisible();

  expect(await highlightTexts(page, "dateline")).toEqual([expected.dateline.text]);
  const quoted = expected.quotes.filter((q) => q.kind !== "indirect");
  const reported = expected.quotes.filter((q) => q.kind === "indirect");
  expect(reported.length).toBeGreaterThan(0);
  expect(await highlightTexts(page, "quote")).toEqual(quoted.map((q) => q.text));
  expect(await highlightTexts(page, "reported")).toEqual(reported.map((q) => q.text));
  expect(await highlightTexts(page, "speaker")).toEqual(uniq(expected.quotes.map((q) => q.speaker.text)));
  expect(await highlightTexts(page, "cue")).toEqual(expected.quotes.map((q) => q.cue.text));
  expect(await highlightTexts(page, "figure")).toEqual(expected.figures.map((f) => f.text));
  expect(await highlightTexts(page, "credit")).toEqual(expected.credits.map((c) => c.text));
  // The rendered text is the input, character for character.
  expect(await page.locator("#rendered").textContent()).toBe(seed);

  // The page's own analysis equals the contract document.
  const doc = await page.evaluate(async (text) => (await import("./pkg/index.js")).analyze(text), seed);
  expect(doc).toEqual(expected);

  // Focusing the second quote shows its resolved source.
  await page.locator('#rendered [data-id="q1"]').first().focus();
  await expect(page.locator("#details")).toContainText("a spokesman for US Forces in Afghanistan");
  await page.screenshot({ path: "test-output/page-seed.png", fullPage: true });
});

test("pasted HTML is shown as text and runs nothing", async ({ page }) => {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  const payload = `<img src=x onerror=alert(1)> “<script>alert(2)</script>,” he said. <a href="javascript:alert(3)">x</a> <svg onload=alert(4)>`;
  const scriptsBefore = await page.locator("script").count();
  await page.locator("#text").fill(payload);
  await expect(page.locator("#rendered")).toHaveText(payload);
  expect(await page.locator("#rendered img, #rendered script, #rendered a, #rendered svg").count()).toBe(0);
  expect(await page.locator("script").count()).toBe(scriptsBefore);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test("a panic in wasm is recovered: fresh instance, text kept, clear message", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  await page.getByRole("button", { name: "Try the sample" }).click();
  await expect(page.locator('#rendered [data-kind="quote"]').first()).toBeVisible();
  // The page's analyzer is the module's shared one; the test build can make it panic.
  const generation = await panicSharedAnalyzer(page);
  await expect(page.locator("#status")).toContainText("restarted");
  expect(generation).toBe(1);
  expect(await page.locator("#text").inputValue()).toBe(seed);
  // The fresh instance analyses the next edit.
  await page.locator("#text").press("End");
  await page.locator("#text").type(" More.");
  await expect(page.locator("#status")).toContainText("Analysed", { timeout: 5000 });
  expect(await highlightTexts(page, "quote")).toEqual(expected.quotes.filter((q) => q.kind !== "indirect").map((q) => q.text));
  expect(errors).toEqual([]);
});

test("a text over the size limit gets a clear message, not a crash", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  await page.evaluate(() => {
    const ta = document.getElementById("text");
    ta.value = "x".repeat(23_000_000) + "€".repeat(15_000_000); // 68 MB of UTF-8
    ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  });
  await expect(page.locator("#status")).toContainText("up to 64 MiB", { timeout: 20_000 });
});
