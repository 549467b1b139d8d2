#!/usr/bin/env bash
# Compares the CLI's JSONL output on every text of ../shared/corpus between a base commit
# (default: HEAD) and the work tree, for restructures and speed changes that must not change
# what is found. Prints the number of texts whose analysis differs and writes the differing
# lines to target/same-output/diff.txt.
#   scripts/same-output.sh [BASE_REV]
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev="${1:-HEAD}"
corpus=../shared/corpus
out=target/same-output
if [[ ! -d $corpus ]]; then
  echo "SKIPPED: $corpus is not beside this checkout" >&2
  exit 0
fi
mkdir -p "$out"

# Every corpus text as one {"id","text"} line: the wire texts, both PolNeAR splits, and the
# Reuters-21578 stories (the train file holds dev's among its 12,710).
python3 - "$corpus" > "$out/input.jsonl" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
for p in sorted((root / "wire" / "texts").glob("*.txt")):
    print(json.dumps({"id": "wire/" + p.name, "text": p.read_text(encoding="utf-8")}))
for name in ["polnear/train.gold.jsonl", "polnear/dev.gold.jsonl", "wire/dev.gold.jsonl",
             "reuters21578/train.gold.jsonl"]:
    for line in open(root / name, encoding="utf-8"):
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "text": d["text"]}))
PY

# The base commit's CLI, built in its own work tree (kept between runs, one per commit).
base_sha="$(git rev-parse --verify "$base_rev^{commit}")"
base_dir="target/same-output/base-$base_sha"
if [[ ! -x $base_dir/target/release/wirelens ]]; then
  rm -rf "$base_dir"
  git worktree prune
  git worktree add --detach "$base_dir" "$base_sha" >/dev/null
  (cd "$base_dir" && cargo build --release -q -p wirelens-cli)
fi
cargo build --release -q -p wirelens-cli

"$base_dir/target/release/wirelens" --jsonl < "$out/input.jsonl" > "$out/base.jsonl" || true
target/release/wirelens --jsonl < "$out/input.jsonl" > "$out/new.jsonl" || true
texts=$(wc -l < "$out/input.jsonl")
diff <(cat "$out/base.jsonl") <(cat "$out/new.jsonl") > "$out/diff.txt" || true
changed=$(grep -c '^>' "$out/diff.txt" || true)
echo "$changed of $texts corpus texts differ from $base_rev (${base_sha:0:7}); lines in $out/diff.txt"
