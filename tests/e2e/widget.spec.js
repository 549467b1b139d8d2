// <wire-lens> on a host page: the event carries the contract document, attributes change
// what is shown, `for=` follows its source, and all widgets share one wasm initialisation.
import { test, expect } from "@playwright/test";
import { panicSharedAnalyzer } from "./analyzer-helper.js";
import { readFileSync } from "node:fs";

const expected = JSON.parse(readFileSync(new URL("../../testdata/seed.expected.json", import.meta.url), "utf8"));
const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");

test.beforeEach(async ({ page }) => {
  // Count wasm instantiations, whichever API the glue uses.
  await page.addInitScript(() => {
    window.__wasmInits = 0;
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const orig = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        window.__wasmInits += 1;
        return orig.apply(this, args);
      };
    }
  });
});

test("three widgets on one page share one wasm initialisation and annotate", async ({ page }) => {
  await page.goto("/embed.html");
  for (const id of ["inline", "linked", "draft-lens"]) {
    await expect(page.locator(`#${id} mark[data-kind="quote"]`).first()).toBeVisible();
  }
  expect(await page.evaluate(() => window.__wasmInits)).toBe(1);
  // show="quotes figures": no dateline highlight in the linked widget, figures present.
  expect(await page.locator('#linked mark[data-kind="dateline"]').count()).toBe(0);
  expect(await page.locator('#linked mark[data-kind="figure"]').count()).toBeGreaterThan(0);
  await page.screenshot({ path: "test-output/embed.png", fullPage: true });
});

test("the event carries the contract document for the seed, and attributes re-render", async ({ page }) => {
  await page.goto("/embed.html");
  await expect(page.locator('#inline mark[data-kind="quote"]').first()).toBeVisible();
  const detail = await page.evaluate(async (text) => {
    const el = document.getElementById("inline");
    const got = new Promise((resolve) => document.addEventListener("wirelens-analyzed", (e) => e.target === el && resolve(e.detail), { once: true }));
    el.text = text;
    return got;
  }, seed);
  expect(detail).toEqual(expected);
  expect(await page.evaluate(() => document.getElementById("inline").analysis.version)).toBe(1);
  // show="figures" leaves only figure highlights; an unknown value falls back to all.
  await page.evaluate(() => document.getElementById("inline").setAttribute("show", "figures"));
  await expect(page.locator('#inline mark[data-kind="quote"]')).toHaveCount(0);
  await expect(page.locator('#inline mark[data-kind="figure"]')).toHaveCount(expected.figures.length);
  // show="reported" leaves reported speech with its speakers and cues, and no quotation.
  await page.evaluate(() => document.getElementById("inline").setAttribute("show", "reported"));
  await expect(page.locator('#inline mark[data-kind="quote"]')).toHaveCount(0);
  await expect(page.locator('#inline mark[data-kind="reported"]')).toHaveCount(expected.quotes.filter((q) => q.kind === "indirect").length);
  await page.evaluate(() => document.getElementById("inline").setAttribute("show", "bogus"));
  await expect(page.locator('#inline mark[data-kind="quote"]')).toHaveCount(2);
  // analyze() returns the document without rendering.
  const doc = await page.evaluate((t) => document.getElementById("inline").analyze(t), seed);
  expect(doc).toEqual(expected);
});

test("the panel lists one entry per source, with its type badge, its quotes by kind and hover outlines", async ({ page }) => {
  await page.goto("/embed.html");
  await expect(page.locator('#inline mark[data-kind="quote"]').first()).toBeVisible();
  await page.evaluate((text) => {
    const el = document.getElementById("inline");
    el.setAttribute("show", "all");
    el.text = text;
  }, seed);
  const panel = page.locator("#inline .panel");
  await expect(panel.locator(".profile")).toContainText("Sources:");
  const entries = panel.locator("li[data-source]");
  await expect(entries).toHaveCount(expected.sources.length);
  const labels = { person: "named person", role: "official or role", anonymous: "anonymous", organization: "organisation", document: "document", group: "group" };
  for (const s of expected.sources) {
    const entry = panel.locator(`li[data-source="${s.id}"]`);
    await expect(entry.locator("strong")).toHaveText(s.name);
    await expect(entry.locator(".badge")).toHaveText(labels[s.type]);
    const kinds = [...new Set(expected.quotes.filter((q) => q.source_id === s.id).map((q) => q.kind))];
    await expect(entry.locator("ul[data-kind]")).toHaveCount(kinds.length);
  }
  // Hovering a source outlines the highlights of its quotes.
  const first = expected.sources[0];
  const quoteIndex = expected.quotes.findIndex((q) => q.source_id === first.id);
  await panel.locator(`li[data-source="${first.id}"] strong`).hover();
  await expect(page.locator(`#inline mark[data-id="q${quoteIndex}"]`).first()).toHaveClass(/linked/);
});

test("a for= textarea re-analyses as the editor types", async ({ page }) => {
  await page.goto("/embed.html");
  await expect(page.locator('#draft-lens mark[data-kind="quote"]')).toHaveCount(1);
  await page.locator("#draft").press("End");
  await page.locator("#draft").type(' “And it will not be,” she said.');
  await expect(page.locator('#draft-lens mark[data-kind="quote"]')).toHaveCount(2);
});

test("defining twice is harmless", async ({ page }) => {
  await page.goto("/embed.html");
  const ok = await page.evaluate(async () => {
    await import("./pkg/wire-lens-define.js?again");
    return customElements.get("wire-lens") !== undefined;
  });
  expect(ok).toBe(true);
});

test("after a panic the widgets use a fresh instance and keep working", async ({ page }) => {
  await page.goto("/embed.html");
  await expect(page.locator('#inline mark[data-kind="quote"]').first()).toBeVisible();
  // The elements' analyzer is the module's shared one; the test build can make it panic.
  const generation = await panicSharedAnalyzer(page);
  expect(generation).toBe(1);
  // Every widget re-analyses with the new instance.
  await page.evaluate(() => { document.getElementById("inline").text = "“Still here,” she said on Monday."; });
  await expect(page.locator('#inline mark[data-kind="speaker"]')).toHaveText("she");
  await page.locator("#draft").press("End");
  await page.locator("#draft").type(" “Yes,” he said.");
  await expect(page.locator('#draft-lens mark[data-kind="quote"]')).toHaveCount(2);
  expect(await page.evaluate(() => window.__wasmInits)).toBe(2);
});
