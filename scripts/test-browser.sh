#!/usr/bin/env bash
# Browser end-to-end tests of the web app: builds it (scripts/build-web.sh) into
# $CARGO_TARGET_DIR/browser-dist, then runs tests/browser (one test binary) against it: headless
# Chromium through chromedriver, the test lab's PLC directory and two PDSes on loopback.
# Screenshots of every state land in $TEKTITE_ARTIFACTS (default: <target>/artifacts/browser-*.png).
#
# Usage: scripts/test-browser.sh [--release] [TEST FILTER…]
#   --release   test the optimised build (slower to build, closer to what users get)
# Assumes scripts/install-deps.sh ran (Chromium, chromedriver, wasm target, wasm-bindgen-cli);
# installs the npm test lab when missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
build_flags=()
if [[ ${1:-} == --release ]]; then
    build_flags=(--release)
    shift
fi

tests/lab/install.sh

start=$SECONDS
DIST_DIR="$target_dir/browser-dist" scripts/build-web.sh ${build_flags[@]+"${build_flags[@]}"}
echo "test-browser: web build took $((SECONDS - start)) s"

start=$SECONDS
TEKTITE_WEB_DIST="$target_dir/browser-dist" cargo test --locked --test browser -- --nocapture "$@"
echo "test-browser: browser tests took $((SECONDS - start)) s; screenshots in ${TEKTITE_ARTIFACTS:-$target_dir/artifacts}"
