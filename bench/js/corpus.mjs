// The real text the benchmarks read: the wire corpus beside this checkout, joined.
import { readFile, readdir } from "node:fs/promises";

const root = new URL("../../", import.meta.url);

/** The wire corpus's texts joined with blank lines, repeated until at least `bytes` long
 * (cut after the text that reaches it); null when ../shared/corpus is not here. */
export async function corpusText(bytes) {
  const dir = new URL("../shared/corpus/wire/texts/", root);
  let names;
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return null;
  }
  const texts = await Promise.all(names.map((n) => readFile(new URL(n, dir), "utf8")));
  let out = "";
  while (Buffer.byteLength(out) < bytes) for (const t of texts) { out += t + "\n\n"; if (out.length >= bytes) break; }
  return out;
}
