#!/usr/bin/env bash
# Builds dist/wirelens.single.js: one classic script with the wasm inlined (base64) that
# registers <wire-lens> and exposes window.wirelens.analyze. For pages opened from file://
# (where module scripts and fetch() of the .wasm are blocked) and for CMSs that refuse .wasm
# uploads. Uses the wasm-bindgen `no-modules` glue; the element and renderer sources are the
# package's own, with their import/export lines removed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
out=target/single
rm -rf "$out" && mkdir -p "$out" dist
cargo build --profile wasm --target wasm32-unknown-unknown -p wirelens-wasm
wasm-bindgen --target no-modules --out-dir "$out" --out-name wirelens \
  target/wasm32-unknown-unknown/wasm/wirelens_wasm.wasm
# -O1 as in scripts/build-wasm.sh (which says why).
node_modules/binaryen/bin/wasm-opt -O1 \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/wirelens_bg.wasm" -o "$out/wirelens_bg.wasm"

strip_modules() { grep -v '^import ' "$1" | sed -E 's/^export (class|function|const|let|async function) /\1 /'; }

{
  echo "// wirelens single-file build: <wire-lens> and window.wirelens, wasm inlined. Generated."
  echo "(() => {"
  cat "$out/wirelens.js"
  printf 'const WASM = "%s";\n' "$(base64 -w0 "$out/wirelens_bg.wasm")"
  cat <<'JS'
const bytes = Uint8Array.from(atob(WASM), (c) => c.charCodeAt(0));
wasm_bindgen.initSync({ module: bytes });
// What the element's module imports, provided here instead.
const init = async () => {};
JS
  strip_modules wasm/js/packed.js
  cat <<'JS'
const firstAnalyze = makeAnalyze(wasm_bindgen);
const freshAnalyzer = async () => {
  throw new Error("the single-file build cannot restart its analyzer; reload the page");
};
const raw = {};
// House rules need their own module, which this build does not inline: an element with a
// `rules` attribute says so and shows its analysis without them.
const loadRules = async () => {
  throw new Error("the single-file build has no house rules; use the package (pkg/)");
};
const compileRules = loadRules;
JS
  strip_modules wasm/js/analyzer.js
  strip_modules wasm/js/render.js
  strip_modules wasm/js/wire-lens.js
  cat <<'JS'
if (!customElements.get("wire-lens")) customElements.define("wire-lens", WireLensElement);
window.wirelens = Object.freeze({ analyze: firstAnalyze, version: () => wasm_bindgen.version() });
})();
JS
} > dist/wirelens.single.js

cat > dist/single.html <<'HTML'
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>wirelens single-file build (works from file://)</title>
  <script src="wirelens.single.js"></script>
</head>
<body>
  <wire-lens id="single">KABUL (Reuters) – “We met,” a spokesman told Reuters on Friday.</wire-lens>
</body>
</html>
HTML
raw=$(stat -c %s dist/wirelens.single.js)
gz=$(gzip -9 -c dist/wirelens.single.js | wc -c)
echo "dist/wirelens.single.js: $raw bytes, $gz gzipped"
