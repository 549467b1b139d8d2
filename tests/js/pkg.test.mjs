// The built pkg/ in Node: the seed document equals the contract's expected document, every
// span slices to its text in UTF-16 (also past emoji and a lone surrogate), and the size
// limit gives a clear error. Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readdir, access } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import init, { analyze, version, maxInputBytes } from "../../pkg/index.js";
import * as raw from "../../pkg/wirelens.js";

const root = new URL("../../", import.meta.url);
await init({ module_or_path: await readFile(new URL("pkg/wirelens_bg.wasm", root)) });

/** Every span object in a document, with where it was found. */
function spans(doc) {
  const out = [];
  const visit = (v, path) => {
    if (v && typeof v === "object") {
      if (typeof v.start === "number" && typeof v.end === "number" && typeof v.text === "string") out.push([path, v]);
      for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
    }
  };
  visit(doc, "doc");
  return out;
}

test("seed comes out exactly as seed.expected.json", async () => {
  const seed = await readFile(new URL("www/samples/seed.txt", root), "utf8");
  const expected = JSON.parse(await readFile(new URL("testdata/seed.expected.json", root), "utf8"));
  assert.deepEqual(analyze(seed), expected);
});

test("documents are JSON-compatible: null, never undefined", async () => {
  const doc = analyze("No dateline here, and “no attribution” either.");
  assert.equal(doc.dateline, null);
  assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
});

test("spans slice to their text in UTF-16 after emoji, accents, CRLF and lone surrogates", () => {
  const prefixes = ["😀👍🏽 ", "Ångström café\r\n", "\uD800 lone ", "👨‍👩‍👧 “x” ", "中文　"];
  const body = "KABUL (Reuters) – “We met 200 Taliban prisoners on Friday night,” a spokesman told Reuters.\r\nWriting by Jane Doe; Editing by John Roe";
  for (const p of prefixes) {
    for (const text of [p + body, body.replace("We met", p + "We met")]) {
      const doc = analyze(text);
      const all = spans(doc);
      assert.ok(all.length > 3, `spans found for ${JSON.stringify(p)}`);
      for (const [path, s] of all) assert.equal(text.slice(s.start, s.end), s.text, `${path} in ${JSON.stringify(text.slice(0, 20))}`);
    }
  }
});

/** The corpus texts beside this checkout (wire stories and PolNeAR dev), or null. */
async function corpusTexts() {
  const corpus = new URL("../shared/corpus/", root);
  try {
    const dir = new URL("wire/texts/", corpus);
    const wire = await Promise.all((await readdir(dir)).sort().map((n) => readFile(new URL(n, dir), "utf8")));
    const polnear = (await readFile(new URL("polnear/dev.gold.jsonl", corpus), "utf8")).split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
    return [...wire, ...polnear];
  } catch {
    return null;
  }
}

// `analyze` builds the document in JavaScript from the packed form; the command line has
// serde_json write it from the same core. The two must never differ.
test("the packed path gives the command line's document, on every corpus text", async (t) => {
  const texts = await corpusTexts();
  if (!texts) return t.skip("../shared/corpus is not beside this checkout");
  const cli = new URL("target/release/wirelens", root);
  try {
    await access(cli);
  } catch {
    return t.skip("target/release/wirelens is not built (cargo build --release)");
  }
  const all = texts.join("\n\n");
  const inputs = [...texts, all, "", "“", "KABUL (Reuters) –"];
  const lines = inputs.map((text, id) => JSON.stringify({ id, text })).join("\n");
  const out = execFileSync(cli.pathname, ["--jsonl"], { input: lines, maxBuffer: 1 << 30 }).toString().split("\n").filter(Boolean);
  assert.equal(out.length, inputs.length);
  for (const line of out) {
    const { id, analysis } = JSON.parse(line);
    assert.equal(JSON.stringify(analyze(inputs[id])), JSON.stringify(analysis), inputs[id].slice(0, 80));
  }
});

test("anything but a string is refused with a TypeError", () => {
  for (const x of [undefined, null, 42, {}, ["x"]]) assert.throws(() => analyze(x), TypeError);
});

test("a text over the limit, and bytes that are not UTF-8, get clear errors", () => {
  assert.throws(() => analyze("x".repeat(maxInputBytes() + 1)), /the limit is 67 MB/);
  assert.throws(() => raw.analyzePacked(new Uint8Array([0x61, 0xff])), /not UTF-8/);
});

test("version and limit are exported", () => {
  assert.match(version(), /^\d+\.\d+\.\d+ \(contract 1\)$/);
  assert.equal(maxInputBytes(), 64 * 1024 * 1024);
});
