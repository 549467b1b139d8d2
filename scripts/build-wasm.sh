#!/usr/bin/env bash
# Builds pkg/: cargo (wasm32) → wasm-bindgen --target web → wasm-opt (npm binaryen@132).
# Prints the size of the .wasm, raw and gzipped.
#   scripts/build-wasm.sh             the shipped build
#   scripts/build-wasm.sh --test --out target/pkg-test
#                                     adds the test-only panic trigger (for recovery tests)
set -euo pipefail
cd "$(dirname "$0")/.."

features=()
out=pkg
while [[ $# -gt 0 ]]; do
  case "$1" in
    --test) features=(--features test-panic) ;;
    --out) out="$2"; shift ;;
    *) echo "usage: scripts/build-wasm.sh [--test] [--out DIR]" >&2; exit 2 ;;
  esac
  shift
done

# LLVM's inline threshold at 50 rather than opt-level 3's 250: about 10 KB less gzipped for
# about 5% more time per call in Chromium (BENCHMARKS.md).
# The checkout's and the registry's paths are remapped: panic locations name source files,
# so the module would otherwise differ in size with the directory it is built in.
RUSTFLAGS="${RUSTFLAGS:-} -C llvm-args=-inline-threshold=50 --remap-path-prefix=$PWD=. --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=crates" \
  cargo build --profile wasm --target wasm32-unknown-unknown -p wirelens-wasm "${features[@]}"
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name wirelens \
  target/wasm32-unknown-unknown/wasm/wirelens_wasm.wasm

# Debian's binaryen 108 corrupts wasm-bindgen's externref table; the npm package is current.
# -Oz with binaryen's own inlining turned off (-aimfs/-ocimfs/-fimfs 0), to a fixed point
# (--converge): smaller than -O1 at the same speed (BENCHMARKS.md). Binaryen's inlining is
# what had made -O2 and above slower than -O1; LLVM has inlined already.
# The producers and target-features sections say how the module was built; no engine reads
# them (234 bytes every reader would download).
# --low-memory-unused lets binaryen fold a constant added to an address into the load's
# offset (about 700 B gzipped): the two differ only when the addition wraps past 2^32, which
# no pointer of a Rust program does (binaryen's assumption is that such a wrapped address,
# below 1 KB, would be invalid anyway).
node_modules/binaryen/bin/wasm-opt -Oz --converge -aimfs 0 -ocimfs 0 -fimfs 0 --low-memory-unused \
  --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/wirelens_bg.wasm" -o "$out/wirelens_bg.wasm"

# The house-rules module (rules/wasm): a second module, fetched only when a desk has rules.
# -Oz: its speed is the regex crate's automata, not inlining (BENCHMARKS.md).
cargo build --profile wasm-rules --target wasm32-unknown-unknown -p wirelens-rules-wasm
wasm-bindgen --target web --out-dir "$out" --out-name wirelens_rules \
  target/wasm32-unknown-unknown/wasm-rules/wirelens_rules_wasm.wasm
node_modules/binaryen/bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/wirelens_rules_bg.wasm" -o "$out/wirelens_rules_bg.wasm"

cp wasm/js/rules.js wasm/js/rules.d.ts wasm/js/index.js wasm/js/index.d.ts wasm/js/analyzer.js wasm/js/analyzer.d.ts wasm/js/packed.js wasm/js/render.js wasm/js/wire-lens.js wasm/js/wire-lens.d.ts wasm/js/wire-lens-define.js "$out/"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cat > "$out/package.json" <<JSON
{
  "name": "wirelens",
  "version": "$version",
  "description": "Annotates wire stories in the browser: dateline, quotes and who said them, figures, credits.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "index.js",
  "module": "index.js",
  "types": "index.d.ts",
  "exports": {
    ".": { "types": "./index.d.ts", "default": "./index.js" },
    "./raw": { "types": "./wirelens.d.ts", "default": "./wirelens.js" },
    "./analyzer": { "types": "./analyzer.d.ts", "default": "./analyzer.js" },
    "./rules": { "types": "./rules.d.ts", "default": "./rules.js" },
    "./element": { "types": "./wire-lens.d.ts", "default": "./wire-lens.js" },
    "./define": { "types": "./wire-lens.d.ts", "default": "./wire-lens-define.js" },
    "./wirelens_bg.wasm": "./wirelens_bg.wasm",
    "./wirelens_rules_bg.wasm": "./wirelens_rules_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["index.js", "index.d.ts", "analyzer.js", "analyzer.d.ts", "packed.js", "render.js", "wire-lens.js", "wire-lens.d.ts", "wire-lens-define.js", "wirelens.js", "wirelens.d.ts", "wirelens_bg.wasm", "wirelens_bg.wasm.d.ts", "rules.js", "rules.d.ts", "wirelens_rules.js", "wirelens_rules.d.ts", "wirelens_rules_bg.wasm", "wirelens_rules_bg.wasm.d.ts", "README.md"],
  "sideEffects": ["./wire-lens-define.js"]
}
JSON
cat > "$out/README.md" <<'MD'
# wirelens (WebAssembly)

```js
import init, { analyze } from "wirelens";
await init();                       // fetches wirelens_bg.wasm next to this module
const doc = analyze(articleText);   // { version, dateline, quotes, figures, credits }
```

Offsets are UTF-16 code units: `articleText.slice(q.start, q.end) === q.text`.

House rules (a desk's watch-list) live in a second module, fetched only when asked for:

```js
import init, { analyze, loadRules } from "wirelens";
await init();
await loadRules();                  // fetches wirelens_rules_bg.wasm
const doc = analyze(articleText, { rules: [{ id: "a1", pattern: "allegedly" }] });
doc.rules;                          // [{ rule: "a1", start, end, text }]
```
MD

for module in wirelens_bg wirelens_rules_bg; do
  raw=$(stat -c %s "$out/$module.wasm")
  gz=$(gzip -9 -c "$out/$module.wasm" | wc -c)
  awk -v r="$raw" -v g="$gz" 'BEGIN { printf "'"$out/$module"'.wasm: %d bytes raw (%.1f KB), %d bytes gzipped (%.1f KB)\n", r, r/1024, g, g/1024 }'
done
