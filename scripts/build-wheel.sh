#!/usr/bin/env bash
# Builds the Python package's wheel (python/): one abi3 wheel for CPython >= 3.9, linked
# against glibc 2.17 (manylinux2014, through zig) so that it installs on older cluster images.
#   scripts/build-wheel.sh [--venv DIR] [--out DIR]
# maturin and zig come from the venv (default target/py; scripts/test-python.sh makes it).
# Prints the wheel's path (maturin's own messages go to stderr).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
venv=target/py
out=target/wheels
while (($#)); do
  case "$1" in
    --venv) venv="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: scripts/build-wheel.sh [--venv DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done
if [[ ! -x $venv/bin/maturin ]]; then
  echo "build-wheel: no maturin in $venv; run scripts/test-python.sh once, or: python3 -m venv $venv && $venv/bin/pip install -r python/requirements-test.txt" >&2
  exit 1
fi
rm -f "$out"/wirelens-*.whl
# (maturin looks for `python-zig`, which the ziglang package puts beside it in the venv.)
PATH="$PWD/$venv/bin:$PATH" "$venv/bin/maturin" build --release --zig --compatibility manylinux2014 \
  -m python/Cargo.toml -o "$out" --quiet >&2
ls "$out"/wirelens-*.whl
