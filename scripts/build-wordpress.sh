#!/usr/bin/env bash
# Builds dist/wirelens-wordpress.zip: the WordPress plugin (wordpress/wirelens/) with the same
# pkg/ the page uses (built first if missing), ready for Plugins → Add New → Upload Plugin.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f pkg/wirelens_bg.wasm ]] || scripts/build-wasm.sh
out=target/wordpress/wirelens
rm -rf target/wordpress && mkdir -p "$out/pkg" dist
cp -r wordpress/wirelens/. "$out/"
# The analyzer only: the house-rules module is not used by the plugin.
for f in index.js wirelens.js wirelens_bg.wasm packed.js rules.js analyzer.js render.js wire-lens.js wire-lens-define.js; do
  cp "pkg/$f" "$out/pkg/"
done
# Apache with AllowOverride: the type browsers need to compile the module as it streams in
# (without it they fall back to a slower path; Debian's mime.types already has it).
printf 'AddType application/wasm .wasm\n' > "$out/pkg/.htaccess"
rm -f dist/wirelens-wordpress.zip
python3 - "$out" dist/wirelens-wordpress.zip <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
root = os.path.dirname(src)
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, _, files in sorted(os.walk(src)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            z.write(path, os.path.relpath(path, root))
PY
echo "dist/wirelens-wordpress.zip: $(stat -c %s dist/wirelens-wordpress.zip) bytes"
