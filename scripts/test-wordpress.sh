#!/usr/bin/env bash
# The WordPress plugin against a real WordPress: lints its PHP, builds the plugin zip from
# pkg/, starts Debian's WordPress 6.1 with MariaDB and Apache/PHP from a clean slate
# (scripts/wordpress-env.sh, which installs them if missing), and runs the Playwright test
# (tests/wordpress/) in Chromium: about 1.5 minutes, plus about 40 s of apt on a fresh machine.
# Run by scripts/test.sh; needs root or sudo for the packages and services.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/wordpress-env.sh
for f in $(find wordpress -name '*.php'); do php -l "$f" >/dev/null; done
scripts/build-wordpress.sh
mkdir -p test-output
npx playwright test -c playwright.wordpress.config.js
