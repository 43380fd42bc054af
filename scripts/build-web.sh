#!/usr/bin/env bash
# Build the web app without dx: cargo for wasm32, wasm-bindgen --target web, a static
# index.html, and (with --release) wasm-opt and precompressed .gz/.br copies. The result in dist/ is
# plain static files; the headers to host them with (a strict Content-Security-Policy and more) go
# into dist/_headers and, for Caddy, nginx and Vercel, into dist-hosting/ (scripts/hosting.py).
# `scripts/run.sh web` serves it with Caddy and that Caddyfile.
#
# dx does the same with hot reload and asset hashing; this path needs only wasm-bindgen (and
# wasm-opt for --release), so it works on machines where dx is not installed.
#
# Usage: scripts/build-web.sh [--release] [--public-url URL] [--screenshot OUT.png] [--window WxH]
#   --release      optimised build; runs wasm-opt if available, prints bundle sizes
#   --public-url   the https:// address the bundle will be hosted at: writes its OAuth
#                  client-metadata.json ("Sign in with your server"; on 127.0.0.1 none is needed)
#   --screenshot   afterwards serve dist/ on 127.0.0.1 and screenshot it in headless Chromium
#   --window       browser window size for --screenshot (default 1280x800; a phone: 390x844)
# Env: DIST_DIR (default ./dist), HOSTING_DIR (default: DIST_DIR-hosting), HOSTING_ROOT (the site's
#      folder as the web server sees it, written into the hosting files; default DIST_DIR), CARGO_TARGET_DIR
#      (honoured, as by cargo), TEKTITE_PRERENDER=0 to leave the welcome screen out of index.html (it
#      is rendered by the app in headless Chromium), TEKTITE_DOH_URL: the DNS-over-HTTPS service
#      the page asks for a handle's TXT record (default https://dns.google/resolve).
set -euo pipefail

die() { echo "build-web: $*" >&2; exit 1; }

release=0 shot= window=1280x800 public_url=
while [[ $# -gt 0 ]]; do
    case $1 in
        --release) release=1 ;;
        --screenshot) shot=${2:?--screenshot needs a file}; shift ;;
        --public-url) public_url=${2:?--public-url needs an https:// address}; shift ;;
        --window) window=${2:?--window needs WxH}; shift ;;
        -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
    shift
done
[[ $window =~ ^[0-9]+x[0-9]+$ ]] || die "--window wants WxH, e.g. 390x844"

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
dist=${DIST_DIR:-$root/dist}
hosting=${HOSTING_DIR:-$dist-hosting}
# The prerender and the screenshot serve the folder with these hosting files (scripts/serve-hosted.sh).
export HOSTING_DIR=$hosting
profile=debug cargo_flags=()
if ((release)); then profile=release cargo_flags=(--release); fi

# The CLI must match the wasm-bindgen crate exactly, or the generated glue does not fit the wasm.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[[ -n $want ]] || die "no wasm-bindgen in Cargo.lock"
command -v wasm-bindgen >/dev/null || die "wasm-bindgen not found; run scripts/install-deps.sh"
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
[[ $have == "$want" ]] || die "wasm-bindgen CLI is $have, Cargo.lock has $want; run scripts/install-deps.sh"

start=$SECONDS
cargo build --target wasm32-unknown-unknown --features web --bin tektite ${cargo_flags[@]+"${cargo_flags[@]}"} \
    || die "cargo build failed"
echo "build-web: cargo build ($profile) took $((SECONDS - start)) s"

rm -rf "$dist"
mkdir -p "$dist"
wasm-bindgen --target web --no-typescript --out-dir "$dist" --out-name tektite \
    "$target_dir/wasm32-unknown-unknown/$profile/tektite.wasm" || die "wasm-bindgen failed"

if ((release)); then
    wasm=$dist/tektite_bg.wasm
    # Debian's binaryen (108) cannot read what current rustc emits; the npm one (129) can.
    # The feature flags are the ones rustc enables by default for wasm32-unknown-unknown.
    if ! command -v wasm-opt >/dev/null; then
        echo "build-web: wasm-opt not found; shipping unoptimised wasm (scripts/install-deps.sh installs it)" >&2
    elif wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        "$wasm" -o "$wasm.opt" 2>"$dist/wasm-opt.log"; then
        mv "$wasm.opt" "$wasm"
        rm -f "$dist/wasm-opt.log"
    else
        rm -f "$wasm.opt"
        echo "build-web: wasm-opt ($(wasm-opt --version 2>/dev/null)) failed; shipping unoptimised wasm:" >&2
        head -n 5 "$dist/wasm-opt.log" >&2
        rm -f "$dist/wasm-opt.log"
    fi
fi

# Long cache lifetimes are safe only for names that change with the content: the wasm and its glue
# get a hash of their bytes in their names (scripts/hosting.py gives `-<16 hex>.js|wasm` a year).
hashed() { local h; h=$(sha256sum "$1" | cut -c1-16); mv "$1" "${1%.*}-$h.${1##*.}"; echo "$(basename "${1%.*}")-$h.${1##*.}"; }
wasm_name=$(hashed "$dist/tektite_bg.wasm")
js_name=$(hashed "$dist/tektite.js")

# The stylesheet and icon as files: the page's Content-Security-Policy allows no inline styles.
cp assets/main.css assets/icon.svg "$dist/"
# "Sign in with your server" comes back to this page (see src/app/server_sign_in/web.rs).
cp assets/oauth-callback.html assets/oauth-callback.js "$dist/"
if [[ -n $public_url ]]; then
    scripts/client-metadata.sh "$public_url" >"$dist/client-metadata.json" || die "bad --public-url"
fi
sed -e "s/__TEKTITE_JS__/$js_name/" -e "s/__TEKTITE_WASM__/$wasm_name/" assets/boot.js >"$dist/boot.js"
cat >"$dist/index.html" <<HTML
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <meta name="description" content="Move your Bluesky account to a new PDS: blobs included, verified, resumable.">
  <title>Tektite — move, back up and protect your Bluesky account</title>
  <link rel="icon" href="icon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="main.css">
  <link rel="modulepreload" href="$js_name">
  <link rel="preload" href="$wasm_name" as="fetch" type="application/wasm" crossorigin>
</head>
<body>
  <!--prerendered-->
  <div id="main"></div>
  <noscript>Tektite needs JavaScript and WebAssembly.</noscript>
  <script src="boot.js"></script>
</body>
</html>
HTML

# The security headers: a <meta> policy in the pages, _headers in the folder, server configs beside.
python3 scripts/hosting.py "$dist" "$hosting" ${HOSTING_ROOT:+--root "$HOSTING_ROOT"} || die "could not write the hosting files"

# The first paint shows the welcome screen, not a blank page, while the wasm arrives (rendered
# served as hosted, under the page's own policy).
if [[ ${TEKTITE_PRERENDER:-1} == 1 ]]; then
    python3 scripts/prerender-welcome.py "$dist" || die "could not prerender the welcome screen (TEKTITE_PRERENDER=0 skips it)"
fi

# Precompressed copies, which Caddy (`precompressed`), nginx (`gzip_static`) and most static hosts
# send as they are: brotli at its best level is too slow to do per request.
if ((release)); then
    command -v brotli >/dev/null || die "brotli not found; run scripts/install-deps.sh"
    find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.svg' -o -name '*.json' \) \
        -print0 | while IFS= read -r -d '' f; do
        gzip -9 -n -k -f "$f"
        brotli -q 11 -k -f "$f"
    done
fi

size() { stat -c %s "$1"; }
gz() { gzip -9c "$1" | wc -c; }
kib() { awk -v b="$1" 'BEGIN { printf "%.0f KiB", b / 1024 }'; }
wasm_raw=$(size "$dist/$wasm_name") wasm_gz=$(gz "$dist/$wasm_name")
js_raw=$(size "$dist/$js_name") js_gz=$(gz "$dist/$js_name")
echo "build-web: $dist ($profile)"
echo "  $wasm_name  $(kib "$wasm_raw") raw, $(kib "$wasm_gz") gzip"
echo "  $js_name        $(kib "$js_raw") raw, $(kib "$js_gz") gzip"
echo "  wasm + js        $(kib $((wasm_raw + js_raw))) raw, $(kib $((wasm_gz + js_gz))) gzip"

[[ -n $shot ]] || exit 0

# Screenshot: serve dist/ on a free loopback port and let headless Chromium render the page.
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[[ -n $browser ]] || die "no chromium for --screenshot"
profile_dir=$(mktemp -d)
# The server's first line says its address once it accepts connections (see serve-hosted.sh).
exec {served}< <(exec scripts/serve-hosted.sh "$dist" http://127.0.0.1:0)
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; rm -rf "$profile_dir"' EXIT
read -r _ url _ <&"$served" || die "the web server did not start"

# --virtual-time-budget lets the page's timers and the wasm start-up finish before the capture.
shot_abs=$(realpath -m "$shot")
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile_dir" --hide-scrollbars --virtual-time-budget=5000 \
    --window-size="${window/x/,}" --screenshot="$shot_abs" "$url" \
    >"$profile_dir/chromium.log" 2>&1 || { tail -n 20 "$profile_dir/chromium.log" >&2; die "chromium failed"; }
[[ -s $shot_abs ]] || die "chromium wrote no screenshot"
echo "build-web: screenshot $shot_abs (${window})"
