#!/usr/bin/env bash
# Serves a built web app the way it is meant to be hosted: Caddy (from Debian) with the Caddyfile
# that scripts/build-web.sh wrote beside the folder (scripts/hosting.py): the Content-Security-Policy
# and the other security headers, precompressed files, long cache lifetimes only for hashed names.
# `scripts/run.sh web`, the demo, the build's own prerender and screenshot, Lighthouse and the
# browser tests all serve this way, so what is tested is what is hosted.
#
# Usage: scripts/serve-hosted.sh DIST_DIR [ADDRESS]     ADDRESS default http://127.0.0.1:8080
#   With port 0 (http://127.0.0.1:0) a free port is taken, and the first line printed, once the
#   server answers, is "serve-hosted: http://127.0.0.1:PORT/ serves DIST_DIR".
# Env: HOSTING_DIR (default DIST_DIR-hosting: where the Caddyfile is).
# Runs in the foreground until stopped (Caddy's admin endpoint is off).
set -euo pipefail
dist=$(realpath "${1:?usage: serve-hosted.sh DIST_DIR [ADDRESS]}")
listen=${2:-http://127.0.0.1:8080}
caddyfile=${HOSTING_DIR:-$dist-hosting}/Caddyfile
[[ -f $dist/index.html ]] || { echo "serve-hosted: $dist has no index.html (scripts/build-web.sh builds it)" >&2; exit 2; }
[[ -f $caddyfile ]] || { echo "serve-hosted: no $caddyfile (scripts/build-web.sh writes it)" >&2; exit 2; }
command -v caddy >/dev/null || { echo "serve-hosted: caddy not found; run scripts/install-deps.sh" >&2; exit 2; }
# Caddy wants a data and config folder even when it keeps nothing there (no certificates with
# auto_https off); one per user, outside $HOME, reused by every run.
state=${TMPDIR:-/tmp}/tektite-caddy-$(id -u)
mkdir -p -m 700 "$state"
export XDG_DATA_HOME=$state XDG_CONFIG_HOME=$state TEKTITE_SITE=$dist
[[ $listen =~ ^http://([^/]+):([0-9]+)/?$ ]] || { echo "serve-hosted: ADDRESS must be http://HOST:PORT, not $listen" >&2; exit 2; }
host=${BASH_REMATCH[1]} port=${BASH_REMATCH[2]}
export TEKTITE_BIND=$host

if [[ $port != 0 ]]; then
    export TEKTITE_PORT=$port
    # exec: the caller's PID is Caddy's, so stopping it stops the server.
    exec caddy run --adapter caddyfile --config "$caddyfile"
fi

port=$(python3 -c 'import socket, sys; s = socket.socket(); s.bind((sys.argv[1], 0)); print(s.getsockname()[1])' "$host")
export TEKTITE_PORT=$port
caddy run --adapter caddyfile --config "$caddyfile" >"$state/caddy-$port.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$state/caddy-$port.log"' EXIT
trap 'exit 0' INT TERM
for _ in $(seq 1 200); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
        echo "serve-hosted: http://$host:$port/ serves $dist"
        wait "$pid"
        exit $?
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
done
echo "serve-hosted: Caddy did not start:" >&2
tail -n 5 "$state/caddy-$port.log" >&2
exit 1
