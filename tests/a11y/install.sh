#!/usr/bin/env bash
# Installs axe-core and Lighthouse (pinned in package-lock.json) into tests/a11y/node_modules for
# the browser tests, which inject axe-core into every screen they reach and run Lighthouse on the
# welcome page (scripts/lighthouse.sh). Idempotent and silent on success: a stamp records the
# lock's hash.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
stamp=node_modules/.tektite-a11y-stamp
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [[ -f $stamp && -f node_modules/axe-core/axe.min.js && -x node_modules/.bin/lighthouse && $(cat "$stamp") == "$want" ]]; then
  exit 0
fi
log=$(mktemp)
if ! npm ci --ignore-scripts --no-audit --no-fund >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  rm -f "$log"
  echo "tests/a11y/install.sh: npm ci failed" >&2
  exit 1
fi
rm -f "$log"
echo "$want" >"$stamp"
