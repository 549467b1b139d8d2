#!/usr/bin/env bash
# The Python package's tests: makes a venv (target/py) with what python/requirements-test.txt
# pins, installs Java from Debian if it is missing (Spark runs on it), builds the wheel,
# installs it and runs pytest: the binding against the CLI on every corpus text, bad items,
# and wirelens.spark in Spark local mode and through Spark Connect. Needs the CLI built
# (target/release/wirelens; scripts/test.sh builds it first).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m== %s\033[0m\n' "$*"; }
venv=target/py

if ! command -v java >/dev/null && [[ -z ${JAVA_HOME:-} ]]; then
  say "apt-get install openjdk-17-jre-headless (Spark runs on Java)"
  sudo=""
  [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
fi

stamp="$venv/.requirements"
if [[ ! -x $venv/bin/python ]] || ! cmp -s python/requirements-test.txt "$stamp"; then
  say "python venv $venv: pip install -r python/requirements-test.txt"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r python/requirements-test.txt
  cp python/requirements-test.txt "$stamp"
fi

say "build the wheel (abi3, manylinux2014)"
wheel="$(scripts/build-wheel.sh --venv "$venv")"
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"

say "pytest python/tests"
# From the repository's root, so that python/wirelens (the sources) does not shadow the
# installed package with its compiled module.
"$venv/bin/pytest" -q -p no:cacheprovider python/tests
