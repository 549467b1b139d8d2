#!/usr/bin/env bash
# Sets up whatever is missing, builds the wasm package and serves the page at
# http://127.0.0.1:8080 (PORT=… to change it). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-wasm.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
