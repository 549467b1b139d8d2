#!/usr/bin/env bash
# Installs whatever is missing to build and test wirelens; idempotent, and quick when
# everything is there. Works as root on a fresh Debian machine with only the package
# registries reachable (no prebuilt-binary downloads: wasm-bindgen-cli is built by cargo,
# wasm-opt comes from the npm package binaryen, the browser is Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_BINDGEN_VERSION=0.2.130 # must equal the `wasm-bindgen = "=…"` pin in wasm/Cargo.toml

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

# Debian packages: Chromium and its driver for the browser tests; Node.js and npm; python3
# for the scorer.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v python3 >/dev/null || missing+=(python3)
command -v gzip >/dev/null || missing+=(gzip)
if ((${#missing[@]})); then
  say "apt-get install ${missing[*]}"
  sudo=""
  [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is missing; install Rust with rustup (https://rustup.rs) and run this again" >&2
  exit 1
fi

# rustfmt and clippy for the style checks of scripts/test.sh.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "rustup component add $component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # No --locked: the registry mirror lacks some of the CLI's pinned dependency versions.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [[ ! -x node_modules/binaryen/bin/wasm-opt || ! -d node_modules/@playwright/test || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm ci (binaryen for wasm-opt, Playwright)"
  npm ci --no-audit --no-fund
fi
