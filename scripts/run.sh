#!/usr/bin/env bash
# Runs Tektite on this machine, installing what is missing first.
#
# Usage: scripts/run.sh            the desktop app (needs a display; see scripts/screenshot-desktop.sh)
#        scripts/run.sh web        builds the web app and serves it on http://127.0.0.1:8080/ as it is
#                                  meant to be hosted (Caddy, security headers, precompressed files)
#        scripts/run.sh cli ARGS   the command-line tool, e.g. `scripts/run.sh cli blobs --help`
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-desktop}
[[ $# -gt 0 ]] && shift

case $mode in
    desktop)
        scripts/install-deps.sh
        exec cargo run --release --features desktop --bin tektite
        ;;
    web)
        scripts/install-deps.sh
        scripts/build-web.sh --release
        echo "run: serving the web app on http://127.0.0.1:8080/ (Ctrl-C stops it)"
        exec scripts/serve-hosted.sh "${DIST_DIR:-$root/dist}" http://127.0.0.1:8080
        ;;
    cli)
        exec cargo run --release --quiet --bin tektite-cli -- "$@"
        ;;
    *)
        echo "usage: scripts/run.sh [desktop | web | cli ARGS]" >&2
        exit 2
        ;;
esac
