#!/usr/bin/env python3
"""Rewrites the `lexicon::class` constants in src/lexicon/mod.rs from the class names of
src/lexicon/word_classes.txt, in the file's order. Run it after adding or renaming a class;
a unit test fails while the two disagree."""
import pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
data = (root / "src/lexicon/word_classes.txt").read_text(encoding="utf-8")
names = []
for line in data.splitlines():
    if line and not line.startswith("#") and ":" in line:
        name = line.split(":", 1)[0].strip()
        if name not in names:
            names.append(name)
mod = root / "src/lexicon/mod.rs"
src = mod.read_text(encoding="utf-8")
consts = "".join(f"    pub const {n.upper()}: Class = Class({i});\n" for i, n in enumerate(names))
src = re.sub(r"(    pub struct Class\(pub\(super\) u8\);\n)(?:    pub const \w+: Class = Class\(\d+\);\n)+",
             lambda m: m.group(1) + consts, src)
listed = "".join(f'        "{n}",\n' for n in names)
src = re.sub(r"    pub\(super\) const NAMES: \[&str; \d+\] = \[\n(?:        \"\w+\",\n)+",
             f"    pub(super) const NAMES: [&str; {len(names)}] = [\n{listed}", src)
mod.write_text(src, encoding="utf-8")
print(f"{len(names)} classes")
