#!/usr/bin/env bash
# Install what building, running and screenshotting Tektite needs on a Debian machine, skipping
# whatever is already there, so running it again is cheap:
#
#   - Debian packages: webview and GTK headers for the desktop build, Xvfb/xdotool/ImageMagick to
#     run and capture it headless, Chromium and chromedriver for web screenshots and browser tests,
#     nginx and openssl for the test lab's TLS/HTTP2 front, Caddy to serve the web app with its
#     security headers, brotli to precompress it, desktop-file-utils to check the desktop entry,
#     iproute2/iptables/ethtool for the WAN benchmark's kernel link;
#   - the wasm32-unknown-unknown Rust target;
#   - wasm-bindgen-cli at exactly the version in Cargo.lock (the glue must match the crate);
#   - cargo-deb, which makes the Debian packages;
#   - wasm-opt (npm `binaryen`; Debian's is too old for current rustc output) and esbuild (used
#     by dx), from npm, only when missing or too old.
#
# Prints a line per thing it installs and nothing when all is present; on failure, says what
# failed and shows the end of that step's log. Needs rustup and cargo already installed.
#
# Usage: scripts/install-deps.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

apt_packages=(
    build-essential pkg-config
    libwebkit2gtk-4.1-dev libgtk-3-dev libxdo-dev
    xvfb xdotool imagemagick
    chromium chromium-driver
    nginx-light openssl
    caddy brotli curl desktop-file-utils
    # The WAN benchmark's kernel link (tests/support/kernel_link.rs): namespaces, HTB, NFQUEUE.
    iproute2 iptables ethtool
)
# wasm-opt 129 (npm) is known to read what rustc 1.95 emits; Debian's 108 is known not to.
binaryen_version=129.0.0
esbuild_version=0.27.3

log=$(mktemp)
trap 'rm -f "$log"' EXIT
say() { echo "install-deps: $*"; }
die() { echo "install-deps: $*" >&2; exit 1; }
# Run a step with its output in the log; on failure show the log's end and stop.
run() {
    local what=$1
    shift
    if ! "$@" >"$log" 2>&1; then
        echo "install-deps: $what failed: $*" >&2
        tail -n 25 "$log" >&2
        exit 1
    fi
}

if [[ $EUID -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    sudo=(__need_root__)
fi

# --- Debian packages -----------------------------------------------------------------------

missing=()
for pkg in "${apt_packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
    [[ ${sudo[0]:-} != __need_root__ ]] || die "need root or sudo to install: ${missing[*]}"
    say "installing Debian packages: ${missing[*]}"
    # Wait for another apt run to release its lock rather than failing at once.
    apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q)
    run "apt-get update" "${sudo[@]}" "${apt[@]}" update
    run "apt-get install" "${sudo[@]}" "${apt[@]}" install -y "${missing[@]}"
fi

# --- Rust: wasm target and wasm-bindgen CLI ------------------------------------------------

command -v rustup >/dev/null || die "rustup not found; install Rust with rustup first"
command -v cargo >/dev/null || die "cargo not found; install Rust with rustup first"

# Run from the repository so a rust-toolchain file there, if any, picks the toolchain.
cd "$root"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding Rust target wasm32-unknown-unknown"
    run "rustup target add" rustup target add wasm32-unknown-unknown
fi

want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[[ -n $want ]] || die "no wasm-bindgen in $root/Cargo.lock"
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [[ $have != "$want" ]]; then
    say "installing wasm-bindgen-cli $want${have:+ (found $have)}; takes a few minutes"
    # Not --locked: the CLI's own lock file names a crate version the registry may not carry.
    run "cargo install wasm-bindgen-cli" cargo install wasm-bindgen-cli --version "$want"
fi

# cargo-deb makes the Debian packages (scripts/package.sh).
cargo_deb_version=3.8.0
have=$(cargo-deb --version 2>/dev/null | awk '{ print $NF }' || true)
if [[ $have != "$cargo_deb_version" ]]; then
    say "installing cargo-deb $cargo_deb_version${have:+ (found $have)}; takes a few minutes"
    run "cargo install cargo-deb" cargo install cargo-deb --version "$cargo_deb_version" --locked
fi

# --- npm tools: wasm-opt (binaryen) and esbuild ---------------------------------------------

npm_wanted=()
wasm_opt_major=$(wasm-opt --version 2>/dev/null | awk '{ print $3 }' || true)
if [[ ! $wasm_opt_major =~ ^[0-9]+$ ]] || ((wasm_opt_major < ${binaryen_version%%.*})); then
    npm_wanted+=("binaryen@$binaryen_version")
fi
command -v esbuild >/dev/null || npm_wanted+=("esbuild@$esbuild_version")

if ((${#npm_wanted[@]})); then
    command -v npm >/dev/null || die "npm not found, needed for ${npm_wanted[*]} (apt-get install nodejs npm)"
    if [[ " ${npm_wanted[*]} " == *" binaryen@"* && -n $wasm_opt_major ]] &&
        dpkg -S "$(command -v wasm-opt)" >/dev/null 2>&1; then
        die "wasm-opt $wasm_opt_major from Debian's binaryen is too old and shadows the npm one; remove it (apt-get remove binaryen) and run again"
    fi
    say "installing from npm: ${npm_wanted[*]}"
    prefix=$(npm config get prefix 2>/dev/null || true)
    if [[ -w $prefix ]]; then
        run "npm install -g" npm install -g --no-fund --no-audit "${npm_wanted[@]}"
    else
        [[ ${sudo[0]:-} != __need_root__ ]] || die "npm's global prefix $prefix is not writable"
        run "npm install -g" "${sudo[@]}" npm install -g --no-fund --no-audit "${npm_wanted[@]}"
    fi
    wasm-opt --version >/dev/null 2>&1 || die "wasm-opt still not runnable after npm install; is $prefix/bin on PATH?"
    esbuild --version >/dev/null 2>&1 || die "esbuild still not runnable after npm install; is $prefix/bin on PATH?"
fi
