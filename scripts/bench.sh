#!/usr/bin/env bash
# Runs every benchmark and prints the figures BENCHMARKS.md reports (nothing is asserted):
# the native core per extractor and on pathological inputs (criterion), the wasm package in
# Node against compromise, the page in headless Chromium, the native batch CLI, and house
# rules natively and in wasm.
# Needs ../shared/corpus for the real-text rows. Takes about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

scripts/setup.sh
(cd bench/js && npm ci --no-audit --no-fund >/dev/null)
cargo build --release
scripts/build-wasm.sh

say "native core (criterion; full reports in bench/target/criterion)"
(cd bench && cargo bench --bench analyze 2>&1 | grep -E "^(real|growth)|thrpt:" | grep -B1 thrpt | grep -oE "^[A-Za-z0-9/+-]+|thrpt: +\[[0-9.]+ [KMG]iB/s [0-9.]+ [KMG]iB/s" | paste - -)

say "native batch CLI over the wire corpus (10 copies)"
if [[ -d ../shared/corpus/wire/texts ]]; then
  python3 - <<'PY'
import json, glob
texts = [open(f).read() for f in sorted(glob.glob('../shared/corpus/wire/texts/*.txt'))]
with open('target/bench.jsonl', 'w') as f:
    for rep in range(10):
        for i, t in enumerate(texts):
            f.write(json.dumps({'id': f'{rep}-{i}', 'text': t}) + '\n')
PY
  bytes=$(python3 -c "import json;print(sum(len(json.loads(l)['text'].encode()) for l in open('target/bench.jsonl')))")
  # Per core (--jobs 1, the target's measure), then on every core (the default).
  for jobs in 1 "$(nproc)"; do
    start=$(date +%s.%N)
    target/release/wirelens --jsonl --jobs "$jobs" < target/bench.jsonl > /dev/null
    end=$(date +%s.%N)
    awk -v b="$bytes" -v s="$start" -v e="$end" -v j="$jobs" 'BEGIN { printf "--jobs %d: %.1f MB in %.2f s: %.1f MB/s (JSON in and out included)\n", j, b/1e6, e-s, b/1e6/(e-s) }'
  done
else
  echo "SKIPPED: ../shared/corpus is not here"
fi

say "wasm in Node against compromise"
node bench/js/bench.mjs

say "the page in headless Chromium"
node bench/page.bench.mjs

say "house rules: 50 literal and 10 regex rules over 1 MB, native and wasm (Node); hostile patterns beside RegExp"
(cd bench && cargo run --release --quiet --bin rules)
node bench/js/rules.bench.mjs
