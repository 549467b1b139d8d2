// The page's panel, legend toggles, keyboard use, accessibility and looks.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const expected = JSON.parse(readFileSync(new URL("../../testdata/seed.expected.json", import.meta.url), "utf8"));
const axeSource = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

async function loadSeed(page) {
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  await page.getByRole("button", { name: "Try the sample" }).click();
  await expect(page.locator('#rendered [data-kind="quote"]').first()).toBeVisible();
}

test("exact highlight counts for the seed, and legend toggles hide and show", async ({ page }) => {
  await loadSeed(page);
  const count = (kind) => page.locator(`#rendered [data-kind="${kind}"]:not([data-cont])`).count();
  expect(await count("dateline")).toBe(1);
  const reported = expected.quotes.filter((q) => q.kind === "indirect").length;
  expect(reported).toBeGreaterThan(0);
  expect(await count("quote")).toBe(expected.quotes.length - reported);
  expect(await count("reported")).toBe(reported);
  expect(await count("speaker")).toBe(new Set(expected.quotes.map((q) => q.speaker.start)).size);
  expect(await count("cue")).toBe(new Set(expected.quotes.map((q) => q.cue.start)).size);
  await expect(page.locator('[data-count="reported"]')).toHaveText(String(reported));
  expect(await count("figure")).toBe(expected.figures.length);
  expect(await count("credit")).toBe(expected.credits.length);
  await expect(page.locator('[data-count="figure"]')).toHaveText(String(expected.figures.length));

  const figure = page.locator('#rendered [data-kind="figure"]').first();
  const background = () => figure.evaluate((e) => getComputedStyle(e).backgroundColor);
  const shown = await background();
  await page.locator('[data-toggle="figure"]').click();
  await expect(page.locator('[data-toggle="figure"]')).toHaveAttribute("aria-pressed", "false");
  expect(await background()).not.toBe(shown);
  await page.locator('[data-toggle="figure"]').click();
  expect(await background()).toBe(shown);
  // Reported speech has a style of its own (not colour alone: a dashed outline) and its toggle.
  const report = page.locator('#rendered [data-kind="reported"]').first();
  expect(await report.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe("dashed");
  await page.locator('[data-toggle="reported"]').click();
  expect(await report.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe("none");
  await page.locator('[data-toggle="reported"]').click();
});

test("keyboard only: from the panel to a highlight, and its details", async ({ page }) => {
  await loadSeed(page);
  // Tab to the second quote in the panel and press Enter: focus moves to its highlight.
  const target = page.locator('#quote-list button[data-target="q1"]');
  await target.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('#rendered [data-id="q1"]').first()).toBeFocused();
  await expect(page.locator("#details")).toContainText("a spokesman for US Forces in Afghanistan");
  // And back: from the highlight's details to its panel entry.
  await page.locator("#details button").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('#quote-list button[data-target="q1"]')).toBeFocused();
  // The figures table sorts by a column and its rows jump to their highlight too.
  await page.locator('[data-sort="value"]').focus();
  await page.keyboard.press("Enter");
  await page.locator('#figures tbody button').first().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#rendered [data-kind=figure]:focus")).toHaveCount(1);
});

test("the sourcing profile groups quotes by source", async ({ page }) => {
  await loadSeed(page);
  // One entry per source of the document, in its order, each with its type and number of
  // quotes; the profile counts the sources by type, in order of first appearance.
  await expect(page.locator("#quote-list h3")).toHaveCount(expected.sources.length);
  const labels = { person: "named person", role: "official or role", anonymous: "anonymous", organization: "organisation", document: "document", group: "group" };
  for (const [k, s] of expected.sources.entries()) {
    const head = page.locator("#quote-list h3").nth(k);
    await expect(head).toContainText(s.name);
    await expect(head.locator(".badge")).toHaveText(labels[s.type]);
    const n = expected.quotes.filter((q) => q.source_id === s.id).length;
    await expect(head).toContainText(`${n} quote${n > 1 ? "s" : ""}`);
  }
  const counts = new Map();
  for (const s of expected.sources) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  await expect(page.locator("#quote-list .profile")).toContainText([...counts].map(([t, n]) => `${n} ${labels[t]}`).join(" · "));
  await expect(page.locator("#quote-list")).toContainText("(reported speech)");
  // Hovering a source outlines its quotes' highlights.
  const q = expected.quotes.findIndex((x) => x.source_id === 0);
  await page.locator('#quote-list [data-source="0"] h3').hover();
  await expect(page.locator(`#rendered .linked[data-id="q${q}"]`).first()).toBeVisible();
  await expect(page.locator("#dateline-card")).toContainText("KABUL");
  await expect(page.locator("#credit-list")).toContainText("Gibran Peshimam");
});

test("samples and export", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  await page.locator("#samples").selectOption("samples/reuters-style.txt");
  await expect(page.locator('#rendered [data-kind="credit"]')).toHaveCount(4);
  await page.locator("#copy-json").click();
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(json.dateline.location).toBe("LISBON");
  await page.locator("#copy-md").click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain(`## Quotes (${json.quotes.filter((q) => q.kind !== "indirect").length})`);
  // (One report per cue: the pieces a cue splits are one line.)
  const reports = new Set(json.quotes.filter((q) => q.kind === "indirect").map((q) => q.cue.start));
  expect(summary).toContain(`## Reported speech (${reports.size})`);
  expect(summary).toContain("## Sources (");
  const download = page.waitForEvent("download");
  await page.locator("#download-json").click();
  expect((await download).suggestedFilename()).toBe("wirelens-analysis.json");
});

test("axe-core finds no serious or critical violations", async ({ page }) => {
  await loadSeed(page);
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test("screenshots: desktop, mobile width, dark mode", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadSeed(page);
  await page.screenshot({ path: "test-output/page-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-output/page-mobile.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-output/page-dark.png", fullPage: true });
});

test("a large paste is analysed in a worker and the page stays responsive", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");
  const big = Array.from({ length: 250 }, () => seed).join("\n\n"); // about 520,000 characters
  await page.evaluate((text) => {
    const ta = document.getElementById("text");
    ta.value = text;
    ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, big);
  await expect(page.locator("#status")).toContainText("Analysing");
  // While the worker runs, the main thread still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await expect(page.locator("#status")).toContainText("Analysed", { timeout: 30_000 });
  expect(await page.locator('#rendered [data-kind="quote"]:not([data-cont])').count()).toBe(500);
});

test("a 10 MB paste works: analysed in the worker, drawn in slices, panels capped, text kept", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");
  const copies = Math.ceil(10_000_000 / (seed.length + 2));
  const big = Array.from({ length: copies }, () => seed).join("\n\n");
  await page.evaluate((text) => {
    const ta = document.getElementById("text");
    ta.value = text;
    ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, big);
  await expect(page.locator("#status")).toContainText("Analysed", { timeout: 100_000 });
  // Every quote of every copy is drawn (two per copy of the seed), in blocks the browser may
  // skip laying out while off screen.
  expect(await page.locator('#rendered [data-kind="quote"]:not([data-cont])').count()).toBe(2 * copies);
  expect(await page.locator("#rendered .wl-chunk").count()).toBeGreaterThan(100);
  await expect(page.locator('[data-count="quote"]')).toHaveText(String(2 * copies));
  // The panels list the first entries and offer the rest.
  await expect(page.locator("#quote-list")).toContainText(`Showing 500 of ${(expected.quotes.length * copies).toLocaleString("en-US")} quotes`);
  expect(await page.locator("#figures tbody tr").count()).toBe(500);
  expect(await page.evaluate(() => document.getElementById("text").value.length)).toBe(big.length);
});

test("hovering or focusing a highlight shows a floating tooltip; Escape hides it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
  await page.locator("#sample").click();
  await expect(page.locator("#status")).toContainText("Analysed");
  const second = page.locator('#rendered [data-kind="quote"]:not([data-cont])').nth(1);
  await second.hover();
  const tip = page.locator("#tip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("he → a spokesman for US Forces in Afghanistan");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  // And from the keyboard.
  await page.locator('#rendered [data-kind="figure"]').first().focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("value");
});
