// House rules on the page and in the widget: the rules module is fetched only once there are
// rules; matches are highlighted with their label, counted in the legend, listed in the panel
// and the summary; bad rules are refused one by one; the list survives a reload and goes out
// and comes back in as JSON; long texts (the worker) and hostile patterns work too.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");
const desk = JSON.parse(readFileSync(new URL("../../www/samples/house-rules.json", import.meta.url), "utf8"));

/** Records whether the rules module was fetched. */
function watchRulesModule(page) {
  const seen = { fetched: false };
  page.on("request", (r) => {
    if (r.url().includes("wirelens_rules_bg.wasm")) seen.fetched = true;
  });
  return seen;
}

const ruleMarks = (page) => page.locator('#rendered mark[data-kind="rule"]:not([data-cont])');

async function ready(page) {
  await page.goto("/");
  await expect(page.locator("#status")).toContainText("ready");
}

test("the sample desk list: fetched on demand, highlighted, counted, listed, summarised", async ({ page, context }) => {
  const seen = watchRulesModule(page);
  await ready(page);
  await page.getByRole("button", { name: "Try the sample" }).click();
  await expect(page.locator('#rendered [data-kind="quote"]').first()).toBeVisible();
  expect(seen.fetched, "no rules, no rules module").toBe(false);
  await expect(page.locator('[data-count="rule"]')).toHaveText("0");

  await page.getByRole("button", { name: "Load a sample desk list" }).click();
  await expect(page.locator("#rule-rows > li")).toHaveCount(desk.length);
  await expect(ruleMarks(page)).toHaveCount(2);
  expect(seen.fetched).toBe(true);
  await expect(page.locator('[data-count="rule"]')).toHaveText("2");
  const texts = await ruleMarks(page).allTextContents();
  expect(texts).toEqual(["200 Taliban prisoners", "REUTERS TV"]);
  await expect(ruleMarks(page).first()).toHaveAttribute("title", "Check the count");
  await expect(page.locator("#rule-matches")).toContainText("Check the count");
  await expect(page.locator('#rule-rows > li[data-rule="prisoners"] .rule-count')).toHaveText("1×");

  // The tooltip names the rule; the legend hides the highlights.
  await ruleMarks(page).first().hover();
  await expect(page.locator("#tip")).toContainText("Check the count");
  await page.locator('[data-toggle="rule"]').click();
  const style = await ruleMarks(page).first().evaluate((e) => getComputedStyle(e).textDecorationLine);
  expect(style).toBe("none");
  await page.locator('[data-toggle="rule"]').click();

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator("#copy-md").click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain("## House rules (2)");
  expect(summary).toContain("- **Check the count** (`prisoners`), 1×: “200 Taliban prisoners”");
  await page.locator("#copy-json").click();
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(json.rules.map((h) => h.rule)).toEqual(["prisoners", "reuters-tv"]);
  expect(seed.slice(json.rules[0].start, json.rules[0].end)).toBe("200 Taliban prisoners");

  await page.locator("#rules-h").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-output/house-rules.png", fullPage: true });
  await page.locator(".house-rules").screenshot({ path: "test-output/house-rules-panel.png" });
});

test("editing: add, refuse a bad rule alone, disable, keep across a reload", async ({ page }) => {
  await ready(page);
  await page.locator("#text").fill("He slammed the door, allegedly. Sources said so.");
  await page.getByRole("button", { name: "Add rule" }).click();
  await page.locator("#rule-rows > li").last().locator("input[name=pattern]").fill("allegedly");
  await page.locator("#rule-rows > li").last().locator("input[name=pattern]").press("Enter");
  await expect(ruleMarks(page)).toHaveText(["allegedly"]);

  await page.getByRole("button", { name: "Add rule" }).click();
  const bad = page.locator("#rule-rows > li").last();
  await bad.getByTitle(/regular expression/).locator("input").check();
  await bad.locator("input[name=pattern]").fill("slam(med");
  await bad.locator("input[name=pattern]").press("Enter");
  await expect(page.locator("#rule-rows > li").last().locator(".rule-error")).toContainText("unclosed group");
  await expect(ruleMarks(page)).toHaveText(["allegedly"]);

  await page.locator("#rule-rows > li").last().locator("input[name=pattern]").fill("slam(med)?");
  await page.locator("#rule-rows > li").last().locator("input[name=pattern]").press("Enter");
  await expect(ruleMarks(page)).toHaveText(["slammed", "allegedly"]);
  await expect(page.locator(".rule-error")).toHaveCount(0);

  await page.locator("#rule-rows > li").first().locator("input[type=checkbox]").first().uncheck();
  await expect(ruleMarks(page)).toHaveText(["slammed"]);

  await page.reload();
  await expect(page.locator("#status")).toContainText("ready");
  await expect(page.locator("#rule-rows > li")).toHaveCount(2);
  await expect(page.locator("#rule-rows > li").first().locator("input[type=checkbox]").first()).not.toBeChecked();
});

test("export and import the desk list as JSON", async ({ page }) => {
  await ready(page);
  await page.getByRole("button", { name: "Load a sample desk list" }).click();
  await expect(page.locator("#rule-rows > li")).toHaveCount(desk.length);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.map((r) => r.pattern)).toEqual(desk.map((r) => r.pattern));

  await page.locator("#rule-import").setInputFiles({ name: "desk.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify([{ id: "x", pattern: "spokesman" }])) });
  await expect(page.locator("#rule-rows > li")).toHaveCount(1);
  await page.locator("#rule-import").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
  await expect(page.locator("#status")).toContainText("Could not import broken.json");
  await expect(page.locator("#rule-rows > li")).toHaveCount(1);
});

test("a long text goes through the worker with its rules; a hostile pattern does not freeze the page", async ({ page }) => {
  await ready(page);
  await page.getByRole("button", { name: "Load a sample desk list" }).click();
  await expect(page.locator("#rule-rows > li")).toHaveCount(desk.length);
  const copies = Math.ceil(250_000 / seed.length);
  // Joined by blank lines: the seed ends in "REUTERS TV", which must not run into the next "KABUL".
  await page.locator("#text").fill(Array(copies).fill(seed).join("\n\n"));
  await expect(page.locator("#status")).toContainText("Analysed", { timeout: 30_000 });
  await expect(page.locator('[data-count="rule"]')).toHaveText(String(2 * copies));

  await page.evaluate(() => localStorage.setItem("wirelens.houseRules", JSON.stringify([{ id: "h", pattern: "(a+)+$", regex: true, whole_word: false }])));
  await page.reload();
  await expect(page.locator("#status")).toContainText("ready");
  await page.locator("#text").fill(`${"a".repeat(100_000)}!`);
  await expect(page.locator("#status")).toContainText("Analysed", { timeout: 10_000 });
  await expect(page.locator('[data-count="rule"]')).toHaveText("0");
});

test("<wire-lens rules=…>: the widget fetches the desk list once and shows its matches", async ({ page }) => {
  const seen = watchRulesModule(page);
  await page.goto("/embed.html");
  await expect(page.locator('#inline mark[data-kind="quote"]').first()).toBeVisible();
  expect(seen.fetched, "widgets without rules do not fetch the rules module").toBe(false);
  const hits = await page.evaluate(async (text) => {
    const make = (attrs) => {
      const el = document.createElement("wire-lens");
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.textContent = text;
      document.body.append(el);
      return new Promise((resolve) => el.addEventListener("wirelens-analyzed", (e) => resolve([el, e.detail]), { once: true }));
    };
    const [a, doc] = await make({ rules: "samples/house-rules.json", id: "ruled" });
    await make({ rules: "samples/house-rules.json", show: "rules", id: "only-rules" });
    const [bad] = await make({ rules: "samples/missing.json", id: "bad-rules" });
    const marks = (el, kind) => el.shadowRoot.querySelectorAll(`mark[data-kind="${kind}"]`).length;
    return {
      rules: doc.rules.map((h) => h.text),
      marks: marks(a, "rule"),
      panel: a.shadowRoot.querySelector(".rules")?.textContent,
      onlyRules: [marks(document.getElementById("only-rules"), "rule"), marks(document.getElementById("only-rules"), "quote")],
      badError: bad.shadowRoot.querySelector(".error").textContent,
      badQuotes: marks(bad, "quote"),
      fetches: performance.getEntriesByType("resource").filter((r) => r.name.endsWith("house-rules.json")).length,
    };
  }, seed);
  expect(hits.rules).toEqual(["200 Taliban prisoners", "REUTERS TV"]);
  expect(hits.marks).toBe(2);
  expect(hits.panel).toContain("Check the count (1): 200 Taliban prisoners");
  expect(hits.onlyRules).toEqual([2, 0]);
  expect(hits.badError).toContain("could not load");
  expect(hits.badQuotes).toBeGreaterThan(0);
  expect(hits.fetches).toBe(1);
});
