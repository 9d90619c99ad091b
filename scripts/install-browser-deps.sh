#!/usr/bin/env bash
# What the dashboard's browser test (tests/browser) needs beyond the build:
# Debian's chromium (apt) and playwright-core (npm ci in tests/browser).
# Called by scripts/test.sh (not by the quick start). Never fails the caller: when something cannot be
# installed it says so, and the browser test then skips (no chromium) or fails
# (no playwright-core) with the reason.
set -uo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

if [ ! -x /usr/bin/chromium ]; then
  echo "installing: chromium (for the dashboard browser test)" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { "${sudo_cmd[@]}" apt-get update -q && \
         "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium; }; then
    echo "warning: could not install chromium; the browser test will be skipped" >&2
  fi
fi

if ! command -v npm >/dev/null; then
  echo "installing: nodejs npm (for the dashboard browser test)" >&2
  export DEBIAN_FRONTEND=noninteractive
  { "${sudo_cmd[@]}" apt-get update -q && \
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends nodejs npm; } || \
    echo "warning: could not install nodejs/npm" >&2
fi

if command -v npm >/dev/null; then
  if [ ! -d tests/browser/node_modules/playwright-core ]; then
    echo "installing: playwright-core (npm ci in tests/browser)" >&2
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error) || \
      echo "warning: npm ci in tests/browser failed; the browser test will fail" >&2
  fi
else
  echo "warning: npm not found; the browser test needs Node 20 and npm" >&2
fi

# playwright-core (tests/browser/package.json) refuses to start on Node < 20,
# and Debian 12's own nodejs is 18: say so here rather than let the browser
# test fail later with Playwright's message.
if command -v node >/dev/null; then
  node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "${node_major:-0}" -lt 20 ] 2>/dev/null; then
    echo "warning: node $(node --version 2>/dev/null) is too old: playwright-core needs Node 20 or newer" >&2
    echo "         (Debian 12 ships 18); the browser test (ctest Browser.Dashboard) will fail until" >&2
    echo "         a Node 20 is first on PATH (e.g. NodeSource's nodejs 20 package)" >&2
  fi
fi
exit 0
