// The panel helpers of pkg/render.js on real analyses: a report split by its cue into
// pieces is one entry. Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import init, { analyze } from "../../pkg/index.js";
import { piecesByCue } from "../../pkg/render.js";

const root = new URL("../../", import.meta.url);
await init({ module_or_path: await readFile(new URL("pkg/wirelens_bg.wasm", root)) });

const runs = (text) =>
  piecesByCue(analyze(text).quotes.map((q, i) => [q, i]).filter(([q]) => q.kind === "indirect")).map((run) => run.map(([q]) => q.text));

test("the two pieces of an unsourced view are one report", () => {
  // PolNeAR train (AP live blog), a named case in testdata/cases.txt.
  assert.deepEqual(runs("Trump is expected to deliver a victory speech later tonight."), [["Trump", "to deliver a victory speech later tonight"]]);
});

test("the two sides of a parenthetical cue are one report, another report stays apart", () => {
  const text = "That is cause for celebration, he said, because Russians are now living longer. Officials said the talks had stalled.";
  assert.deepEqual(runs(text), [["That is cause for celebration", "because Russians are now living longer"], ["the talks had stalled"]]);
});
