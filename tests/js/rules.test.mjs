// House rules in the built pkg/ (Node): the second module loads on demand, agrees with the
// CLI on the seed, agrees with JavaScript's own RegExp (an independent engine) on the corpus
// for patterns both syntaxes read alike, refuses bad rules one by one, folds Unicode case,
// keeps word boundaries next to curly quotes, and finishes the hostile patterns on 1 MB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import init, { analyze, loadRules, compileRules, rulesLoaded } from "../../pkg/index.js";
import { compiled } from "../../pkg/rules.js";

const root = new URL("../../", import.meta.url);
await init({ module_or_path: await readFile(new URL("pkg/wirelens_bg.wasm", root)) });

test("the rules module loads only when asked for", async () => {
  assert.equal(rulesLoaded(), false);
  assert.throws(() => analyze("text", { rules: [{ id: "a", pattern: "text" }] }), /loadRules/);
  await loadRules(await readFile(new URL("pkg/wirelens_rules_bg.wasm", root)));
  assert.equal(rulesLoaded(), true);
  assert.equal(analyze("No rules, no key.").rules, undefined);
});

test("the seed's rules equal the CLI's", async () => {
  const seed = await readFile(new URL("www/samples/seed.txt", root), "utf8");
  const rules = JSON.parse(await readFile(new URL("www/samples/house-rules.json", root), "utf8"));
  const doc = analyze(seed, { rules });
  const cli = new URL("target/release/wirelens", root);
  if (!existsSync(cli)) return console.log("SKIPPED: the CLI comparison (target/release/wirelens is not built)");
  const out = JSON.parse(execFileSync(fileURLToPath(cli), ["--rules", fileURLToPath(new URL("www/samples/house-rules.json", root)), "-"], { input: seed }));
  assert.deepEqual(doc, out);
  assert.deepEqual(doc.rules.map((h) => h.rule), ["prisoners", "reuters-tv"]);
});

test("a list is compiled once and reused", () => {
  const list = [{ id: "a", pattern: "said" }];
  assert.equal(compiled(list), compiled(list));
  const set = compileRules(list);
  assert.equal(compiled(set), set);
  assert.deepEqual(analyze("He said, she said.", { rules: set }).rules.map((h) => h.start), [3, 13]);
});

/** Texts of the shared corpus, or none in a plain clone. */
async function corpusTexts() {
  const dir = new URL("../shared/corpus/", root);
  if (!existsSync(dir)) return [];
  const texts = [];
  for (const name of (await readdir(new URL("wire/texts/", dir))).sort()) texts.push(await readFile(new URL(`wire/texts/${name}`, dir), "utf8"));
  for (const line of (await readFile(new URL("polnear/dev.gold.jsonl", dir), "utf8")).split("\n")) if (line) texts.push(JSON.parse(line).text);
  return texts;
}

// Patterns both engines read alike: no `.`, `\w`, `\b` (ASCII in RegExp, Unicode in Rust).
const SHARED_SYNTAX = [
  ["[0-9]+(\\.[0-9]+)? ?(percent|per cent|%)", false],
  ["(said|told|says) [A-Z][a-z]+", true],
  ["[A-Z]{2,}", true],
  ["(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", false],
  ["according to (a |the )?[a-z]+", false],
  ["\\$[0-9][0-9,]*(\\.[0-9]+)?( (million|billion))?", true],
  ["(senior|top) (U\\.S\\. |US )?officials?", false],
  ["[“\"][^”\"]{1,40}[”\"]", true],
  ["(19|20)[0-9]{2}", true],
  ["Mr\\.? [A-Z][a-z]+", true],
];

test("regex rules agree with RegExp on the corpus", async (t) => {
  const texts = await corpusTexts();
  if (!texts.length) return t.skip("../shared/corpus is not beside this checkout");
  const list = SHARED_SYNTAX.map(([pattern, cs], i) => ({ id: `r${i}`, pattern, regex: true, case_sensitive: cs, whole_word: false }));
  const set = compileRules(list);
  assert.deepEqual(set.errors, []);
  let matches = 0;
  for (const text of texts) {
    const ours = set.find(text);
    const theirs = [];
    list.forEach(({ id, pattern, case_sensitive }) => {
      for (const m of text.matchAll(new RegExp(pattern, case_sensitive ? "gu" : "giu"))) {
        theirs.push({ rule: id, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    });
    const order = (a, b) => a.start - b.start || a.end - b.end || Number(a.rule.slice(1)) - Number(b.rule.slice(1));
    assert.deepEqual(ours, theirs.sort(order));
    matches += ours.length;
  }
  console.log(`${texts.length} corpus texts, ${matches} matches, the same in both engines`);
  assert.ok(matches > 5_000);
});

test("bad rules are refused one by one, with the rule named", () => {
  const set = compileRules([
    { id: "open", pattern: "slam(med", regex: true },
    { id: "empty", pattern: "" },
    { id: "star", pattern: "x*", regex: true },
    { id: "big", pattern: "\\w{500}{500}", regex: true },
    { pattern: "no id" },
    "not an object",
    { id: "ok", pattern: "door" },
  ]);
  assert.deepEqual(set.rules, [{ id: "ok", label: "door" }]);
  const why = Object.fromEntries(set.errors.map((e) => [e.id ?? `#${e.index}`, e.message]));
  assert.match(why.open, /rule "open".*\n.*\n\s+slam\(med\n\s+\^\nerror: unclosed group/);
  assert.match(why.empty, /the pattern is empty/);
  assert.match(why.star, /empty string/);
  assert.match(why.big, /limit/);
  assert.match(why["#4"], /number 5.*missing field `id`/);
  assert.match(why["#5"], /number 6/);
  assert.deepEqual(set.find("He slammed the door.").map((h) => h.text), ["door"]);
  assert.throws(() => compileRules({ id: "x", pattern: "y" }), /must be a list/);
});

test("Unicode: case folding and word boundaries next to curly quotes", () => {
  const set = compileRules([{ id: "a", pattern: "Ärger" }, { id: "s", pattern: "slammed" }]);
  const text = "„ÄRGER“ und ärger; he “slammed” it — unslammed, slammed’s. 😀 Ärger";
  assert.deepEqual(set.find(text).map((h) => [h.rule, h.text, text.slice(h.start, h.end)]), [
    ["a", "ÄRGER", "ÄRGER"],
    ["a", "ärger", "ärger"],
    ["s", "slammed", "slammed"],
    ["s", "slammed", "slammed"],
    ["a", "Ärger", "Ärger"],
  ]);
});

test("hostile patterns finish on 1 MB", () => {
  const cases = [
    ["(a+)+$", `${"a".repeat(2 ** 20 - 1)}!`, 0],
    ["(x+x+)+y", "x".repeat(2 ** 20), 0],
    ["(.*a){20}", `${"a".repeat(19)}${"x".repeat(2 ** 20 - 19)}`, 0],
  ];
  for (const [pattern, text, n] of cases) {
    const set = compileRules([{ id: "h", pattern, regex: true, whole_word: false }]);
    assert.equal(set.find(text).length, n, pattern);
  }
});
