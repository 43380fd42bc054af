#!/usr/bin/env bash
# Lighthouse (12.2.3, pinned in tests/a11y) on the web app's welcome page, served the way the demo
# and `scripts/run.sh web` serve it (scripts/serve-hosted.sh: Caddy, brotli, the security headers). Prints the accessibility and
# performance scores and the page's timings, as Lighthouse measures them on its default simulated
# slow-4G mobile link with a 4x slower CPU; the whole report goes to OUT.json.
#
# Usage: scripts/lighthouse.sh [DIST_DIR] [OUT.json]
#   DIST_DIR  a built web app (default: a release build made now into <target>/lighthouse-dist)
#   OUT.json  where the report goes (default: <target>/artifacts/lighthouse.json)
# A measurement, not a test: it fails only when Lighthouse cannot run.
set -euo pipefail

die() { echo "lighthouse: $*" >&2; exit 1; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
dist=${1:-}
out=${2:-$target_dir/artifacts/lighthouse.json}
if [[ -z $dist ]]; then
    dist=$target_dir/lighthouse-dist
    DIST_DIR="$dist" scripts/build-web.sh --release >&2
fi
[[ -f $dist/index.html ]] || die "$dist has no index.html"
tests/a11y/install.sh
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[[ -n $browser ]] || die "no chromium (scripts/install-deps.sh installs it)"
mkdir -p "$(dirname "$out")"

profile=$(mktemp -d -t tektite-lighthouse.XXXXXX)
# The server's first line says its address once it accepts connections (see serve-hosted.sh).
exec {served}< <(exec scripts/serve-hosted.sh "$dist" http://127.0.0.1:0)
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; rm -rf "$profile"' EXIT
read -r _ url _ <&"$served" || die "the web server did not start"

CHROME_PATH=$browser tests/a11y/node_modules/.bin/lighthouse "$url" \
    --only-categories=accessibility,performance --output=json --output-path="$out" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --user-data-dir=$profile" \
    || die "lighthouse failed"

node -e '
const r = require(process.argv[1]);
const score = (c) => Math.round(r.categories[c].score * 100);
const shown = (a) => r.audits[a].displayValue;
console.log(`lighthouse: accessibility ${score("accessibility")}, performance ${score("performance")}`);
console.log(`lighthouse: first paint ${shown("first-contentful-paint")}, largest paint ${shown("largest-contentful-paint")}, ` +
  `blocking ${shown("total-blocking-time")}, layout shift ${shown("cumulative-layout-shift")}, ` +
  `speed index ${shown("speed-index")}, interactive ${shown("interactive")}`);
const failed = Object.values(r.categories.accessibility.auditRefs)
  .map((ref) => r.audits[ref.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
for (const a of failed) console.log(`lighthouse: accessibility audit failed: ${a.id} (${a.title})`);
console.log(`lighthouse: report ${process.argv[1]}`);
' "$(realpath "$out")"
