#!/usr/bin/env bash
# The browser benchmark (benches/browser.rs): builds the release web app (scripts/build-web.sh
# --release) into $CARGO_TARGET_DIR/browser-dist-release, then moves seeded accounts through it in
# headless Chromium, over the WAN profiles' shaped link and on loopback (the seed's three cases).
#
# Usage: scripts/bench-browser.sh    (env: TEKTITE_BROWSER_CASES=a,b,seed-1m,seed-50m,seed-500m,
#                                     TEKTITE_BENCH_RUNS=N)
# Assumes scripts/install-deps.sh ran (Chromium, chromedriver, wasm target, wasm-bindgen-cli, wasm-opt).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
tests/lab/install.sh
DIST_DIR="$target_dir/browser-dist-release" scripts/build-web.sh --release
TEKTITE_WEB_DIST="$target_dir/browser-dist-release" cargo bench --locked --bench browser
