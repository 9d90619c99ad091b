#!/usr/bin/env bash
# ctest entry for the dashboard's browser test: checks what it needs, then runs
# dashboard.test.mjs. Exit 77 (ctest: skipped) only when Chromium is absent,
# which scripts/install-deps.sh installs; anything else missing is a failure.
# Usage: tests/browser/run.sh PATH/TO/dyad
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dyad="${1:?usage: run.sh PATH/TO/dyad}"
chromium="${DYAD_CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
  if [ -n "${DYAD_REQUIRE_BROWSER:-}" ]; then
    echo "FAIL: $chromium not installed and DYAD_REQUIRE_BROWSER is set (CI)"
    exit 1
  fi
  echo "SKIP: $chromium not installed (apt-get install -y chromium; scripts/install-deps.sh does it)"
  exit 77
fi
if ! command -v node >/dev/null; then
  echo "FAIL: node not found; the browser test needs Node 20 and npm"
  exit 1
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "tests/browser: installing playwright-core (npm ci)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || {
    echo "FAIL: npm ci in tests/browser failed (no npm registry?)"
    exit 1
  }
fi
exec node "$here/dashboard.test.mjs" --dyad "$dyad" --root "$root"
