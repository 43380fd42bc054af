#!/usr/bin/env bash
# Screenshot the desktop app, headless or not: builds `tektite --features desktop` (debug),
# starts Xvfb when there is no display, starts the app, waits for its window, captures the window
# with ImageMagick's `import`, and stops what it started (by PID, nothing else).
#
# Usage: scripts/screenshot-desktop.sh OUT.png
# Env:   TEKTITE_BIN=path    use this binary instead of building one
#        SETTLE_SECS=3       wait after the window appears, for the webview to paint
#        SCREEN=1280x800     size of the virtual screen when Xvfb is started here
#        CARGO_TARGET_DIR    honoured, as by cargo
# Needs: xvfb, xdotool, imagemagick (scripts/install-deps.sh installs them).
set -euo pipefail

out=${1:?usage: $0 OUT.png}
root=$(cd "$(dirname "$0")/.." && pwd)
settle=${SETTLE_SECS:-3}
screen=${SCREEN:-1280x800}

die() { echo "screenshot-desktop: $*" >&2; exit 1; }
for tool in xdotool import; do
    command -v "$tool" >/dev/null || die "$tool not found (run scripts/install-deps.sh)"
done

if [[ -n ${TEKTITE_BIN:-} ]]; then
    bin=$TEKTITE_BIN
else
    (cd "$root" && cargo build --quiet --features desktop --bin tektite) || die "desktop build failed"
    bin=${CARGO_TARGET_DIR:-$root/target}/debug/tektite
fi
[[ -x $bin ]] || die "no executable at $bin"

xvfb_pid= app_pid= log=$(mktemp)
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -f "$log"
}
trap cleanup EXIT

if [[ -z ${DISPLAY:-} ]]; then
    command -v Xvfb >/dev/null || die "no DISPLAY and Xvfb not found"
    # First display number without a lock file, so a running X server is never disturbed.
    n=99
    while [[ -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
    export DISPLAY=:$n
    Xvfb "$DISPLAY" -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
        xdotool getdisplaygeometry >/dev/null 2>&1 && break
        kill -0 "$xvfb_pid" 2>/dev/null || die "Xvfb $DISPLAY exited"
        sleep 0.1
    done
    xdotool getdisplaygeometry >/dev/null 2>&1 || die "Xvfb $DISPLAY did not come up"
fi

"$bin" >"$log" 2>&1 &
app_pid=$!

# The window title names the app ("… Tektite …"); GTK maps it well before the webview paints.
for _ in $(seq 120); do
    xdotool search --name 'Tektite' >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; die "the app exited early"; }
    sleep 0.5
done
xdotool search --name 'Tektite' >/dev/null 2>&1 || { cat "$log" >&2; die "no Tektite window after 60 s"; }
sleep "$settle"
kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; die "the app exited after opening its window"; }

# Capture just the app window; fall back to the whole screen if it cannot be told apart.
wid=$(xdotool search --onlyvisible --name 'Tektite' 2>/dev/null | head -n 1 || true)
import -window "${wid:-root}" "$out" || die "import failed"
echo "$out"
