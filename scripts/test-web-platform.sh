#!/usr/bin/env bash
# Runs the web platform's tests (platform/tests/web_storage.rs) in real headless Chromium: OPFS,
# IndexedDB, LocalStorage, navigator.storage.estimate() and the fallback between them.
#
# cargo builds the tests for wasm32 and hands each test binary to wasm-bindgen-test-runner, which
# starts chromedriver and Chromium. Chromium gets a fresh profile per run (--user-data-dir in a
# temporary folder, deleted afterwards), so no storage survives from an earlier run; its other flags
# come from platform/webdriver.json (headless, no sandbox, no GPU, no background networking).
#
# Assumes scripts/install-deps.sh ran (wasm32 target, wasm-bindgen-cli at the Cargo.lock version,
# Chromium and chromedriver). Extra arguments go to `cargo test`, e.g. `-- --nocapture` to see the
# timings the tests print, or a test name filter after `--`.
#
# Usage: scripts/test-web-platform.sh [CARGO TEST ARGS...]
# Env: CHROMEDRIVER (default /usr/bin/chromedriver), CARGO_TARGET_DIR (honoured, as by cargo).
set -euo pipefail

die() { echo "test-web-platform: $*" >&2; exit 1; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

chromedriver=${CHROMEDRIVER:-/usr/bin/chromedriver}
[[ -x $chromedriver ]] || die "chromedriver not found at $chromedriver (run scripts/install-deps.sh)"
command -v wasm-bindgen-test-runner >/dev/null || die "wasm-bindgen-test-runner not found (run scripts/install-deps.sh)"
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{ print $2 }' || true)
[[ $have == "$want" ]] || die "wasm-bindgen-test-runner is ${have:-unknown}, Cargo.lock wants $want (run scripts/install-deps.sh)"

work=$(mktemp -d "${TMPDIR:-/tmp}/tektite-web-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

# platform/webdriver.json plus a fresh profile folder.
python3 - "$root/platform/webdriver.json" "$work/webdriver.json" "$work/profile" <<'PY'
import json, sys
source, target, profile = sys.argv[1:]
with open(source) as f:
    caps = json.load(f)
caps["goog:chromeOptions"]["args"].append(f"--user-data-dir={profile}")
with open(target, "w") as f:
    json.dump(caps, f, indent=2)
PY

export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$work/webdriver.json
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=$chromedriver
# Not `exec`: the EXIT trap must still delete the profile afterwards.
cargo test -p tektite-platform --target wasm32-unknown-unknown "$@"
