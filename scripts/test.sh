#!/usr/bin/env bash
# Runs every Tektite test, on this machine or a fresh Debian one: installs what is missing first
# (Debian packages, the wasm target, wasm-bindgen-cli, the npm test lab), then
#   1. formatting;
#   2. `cargo test --workspace`: unit tests beside the code; the end-to-end tests against a real
#      PLC directory and two real PDSes on loopback (tests/e2e, through the real tektite-cli); and
#      the web app end to end in headless Chromium over WebDriver (tests/browser: blobs moved with
#      each strategy, a reload mid-way resumed without re-sending, sign-in errors explained);
#   3. the desktop app: its unit tests, a real window under Xvfb, screenshotted, and the whole
#      move in that window with the keyboard alone (xdotool), a screenshot per screen;
#   4. the web platform in headless Chromium: OPFS, IndexedDB and LocalStorage caches, the quota
#      probe, the fallback between them (wasm-bindgen-test);
#   5. the engine in headless Chromium against the lab: a 200 MB blob with each strategy, measuring
#      wasm linear memory;
#   6. the web app: a wasm build, rendered in headless Chromium, screenshotted;
#   7. the release packages (scripts/package.sh): checksums, the .debs installed with apt and used
#      (a blobs move with the installed CLI and one with the tarball's, the desktop window under
#      Xvfb), the web bundle's nginx server block serving its headers; then removed again.
# Screenshots go to $TEKTITE_ARTIFACTS (default: target/artifacts).
#
# Usage: scripts/test.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
artifacts=${TEKTITE_ARTIFACTS:-$target_dir/artifacts}
mkdir -p "$artifacts"

step() { printf '\n==> %s\n' "$*"; }

step "installing what is missing"
scripts/install-deps.sh
tests/lab/install.sh
tests/a11y/install.sh

step "formatting"
cargo fmt --all -- --check

step "unit and end-to-end tests (real PLC + two PDSes; the web app in headless Chromium)"
cargo test --workspace --locked

step "desktop app: unit tests, a real window under Xvfb, the whole move walked by keyboard"
cargo test --locked --features desktop --bin tektite
scripts/screenshot-desktop.sh "$artifacts/desktop.png"
scripts/walk-desktop.sh "$artifacts"

step "web platform in headless Chromium (OPFS, IndexedDB, LocalStorage, quota probe)"
scripts/test-web-platform.sh

step "engine in headless Chromium: 200 MB per strategy, wasm memory measured"
scripts/test-web-engine.sh

step "web app: wasm build rendered in headless Chromium"
DIST_DIR="$target_dir/dist-test" scripts/build-web.sh --screenshot "$artifacts/web.png"

step "release packages: built, installed, used, removed"
scripts/test-packages.sh "$artifacts"

step "all tests passed; screenshots in $artifacts"
