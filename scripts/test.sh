#!/usr/bin/env bash
# Sets up whatever is missing and runs every test: formatting, lints and docs; native unit,
# golden, invariant and corpus tests; the CLI; the Python package (pytest, Spark); the wasm package in Node; wasm-bindgen-test in headless Chromium;
# Playwright end-to-end tests of the page (screenshots in test-output/); the WordPress plugin
# in a real WordPress (scripts/test-wordpress.sh). Then prints the
# scores on the dev gold when ../shared is there (reported, not asserted).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

scripts/setup.sh

say "style: cargo fmt --check, clippy -D warnings, cargo doc without warnings"
cargo fmt --all --check
(cd bench && cargo fmt --check) && (cd fuzz && cargo fmt --check)
cargo clippy --workspace --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --lib --document-private-items

say "native tests (core, CLI)"
cargo test --release
# The integration tests once more in a debug build: arithmetic overflow panics there (the fuzzer
# builds the same way), where a release build would wrap silently.
cargo test --test integration

say "the Python package: the binding against the CLI, Spark local and Spark Connect"
scripts/test-python.sh

say "build pkg/ (wasm), the static site, the single-file build, the test build"
scripts/build-wasm.sh
scripts/build-site.sh
scripts/build-single.sh
scripts/build-wasm.sh --test --out target/pkg-test

say "pkg/ in Node"
node --test tests/js/

say "wasm-bindgen-test in headless Chromium"
(cd wasm && CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" cargo test --target wasm32-unknown-unknown)

say "Playwright end-to-end (Chromium)"
mkdir -p test-output
npx playwright test

say "the WordPress plugin in a real WordPress (Debian's WordPress, MariaDB, Apache/PHP)"
scripts/test-wordpress.sh

if [[ -f ../shared/eval/score.py ]]; then
  say "scores on the dev gold (report only)"
  for gold in ../shared/corpus/wire/dev.gold.jsonl ../shared/corpus/polnear/dev.gold.jsonl ../shared/corpus/reuters21578/dev.gold.jsonl; do
    python3 ../shared/eval/score.py --gold "$gold" --predict 'target/release/wirelens --jsonl' \
      | grep -E '^(gold|OFFSET|quotes|  direct\+partial|  speaker|  source grouping|attributions|  any kind|  indirect|dateline|  exact|figures|  detection|  kind|credits|  pairs)' || true
  done
else
  echo "SKIPPED: scores (../shared/eval is not beside this checkout)"
fi
say "all tests passed"
