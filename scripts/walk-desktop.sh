#!/usr/bin/env bash
# The whole account move in the desktop window, with the keyboard alone: under Xvfb, the demo
# (scripts/demo.sh desktop: the lab, a seeded account, the app with the form filled in) is walked
# with xdotool — Tab, Shift-Tab, Space and Return, the passwords and the emailed code typed — and
# each screen is recognised by the window's title ("Plan — Move your account — Tektite"), then
# screenshotted. A mistyped code comes first (it must stay in its field, selected, so typing the
# right one replaces it). At the end the PLC directory must name the new PDS.
#
# The key presses follow the form's order: a change to the form that moves its fields changes the
# Tab counts here too, and the walk then stops on the screen where it lost its way, saying which
# title it waited for and where its screenshots are.
#
# Usage: scripts/walk-desktop.sh [OUT_DIR]     (screenshots: OUT_DIR/desktop-keyboard-*.png,
#                                               default <target>/artifacts)
# Needs: Xvfb, xdotool, ImageMagick's import (scripts/install-deps.sh), the npm lab.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
out=${1:-$target_dir/artifacts}
mkdir -p "$out"
die() { echo "walk-desktop: $*" >&2; exit 1; }
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || die "$tool not found (run scripts/install-deps.sh)"
done

cargo build --quiet --features desktop --bin tektite || die "desktop build failed"

work=$(mktemp -d -t tektite-walk.XXXXXX)
xvfb_pid= demo_pid=
cleanup() {
    # The demo stops the app and the lab it started when it gets TERM.
    if [[ -n $demo_pid ]]; then kill "$demo_pid" 2>/dev/null || true; wait "$demo_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

n=99
while [[ -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
export DISPLAY=:$n
Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

DEMO_DIR=$work/lab DEMO_BLOBS=6x128k scripts/demo.sh desktop >"$work/demo.out" 2>&1 &
demo_pid=$!

window() { xdotool search --onlyvisible --name ' — Tektite$' 2>/dev/null | head -n 1; }
title() { local w; w=$(window); [[ -n $w ]] && xdotool getwindowname "$w" 2>/dev/null || true; }
shot=0
# screen TITLE_START NAME [SECS]: waits until the window's title starts with TITLE_START, then
# screenshots it as desktop-keyboard-N-NAME.png.
screen() {
    local want=$1 name=$2 secs=${3:-60} deadline=$((SECONDS + ${3:-60}))
    until [[ $(title) == "$want"* ]]; do
        if ((SECONDS > deadline)); then
            import -window root "$out/desktop-keyboard-failure.png" 2>/dev/null || true
            tail -n 30 "$work/demo.out" >&2
            die "waited ${secs}s for the screen \"$want …\"; the window says \"$(title)\" (see $out/desktop-keyboard-failure.png)"
        fi
        kill -0 "$demo_pid" 2>/dev/null || { cat "$work/demo.out" >&2; die "the demo stopped"; }
        sleep 0.5
    done
    sleep 2 # the webview paints, and focus moves to the new heading, after the title changes
    shot=$((shot + 1))
    import -window "$(window)" "$out/desktop-keyboard-$shot-$name.png"
    echo "walk-desktop: $(title) → desktop-keyboard-$shot-$name.png"
}
# Each key after the last one's effect is on screen: a person does not type faster than the
# window answers, and a debug build under Xvfb answers slowly.
keys() { for k in "$@"; do xdotool key "$k"; sleep 0.4; done; }
typed() { xdotool type --delay 25 "$1"; }

screen "Accounts — Move your account" form 600 # the first build of the demo may take a while
xdotool windowfocus --sync "$(window)"
password=$(awk '$1 == "Password" { print $2; exit }' "$work/demo.out")
plc=$(awk '$1 == "PLC" { print $2; exit }' "$work/demo.out")
did=$(grep -o 'did:plc:[a-z0-9]*' "$work/demo.out" | head -n 1)
[[ -n $password && -n $plc && -n $did ]] || die "the demo printed no account"

# Focus is on the card's heading. Handle (filled in) → "Use your password instead" → its field.
keys Tab Tab space
sleep 2 # the password field replaces the button and takes focus
typed "$password"
# → "Sign in on your server's page instead", new PDS, "Check this PDS", invite code, new handle,
# email, new password.
keys Tab Tab Tab Tab Tab Tab Tab
typed "$password"
# Return in a field sends the form.
keys Return
screen "Plan — Move your account" plan
keys Tab Return # "Start copying"
screen "Confirm — Move your account" confirm 240
keys Tab Return # "Yes, move my identity"
screen "Code from your email — Move your account" code
code=$(ls -t "$work/lab/mail/old/"*plcOperation*.json 2>/dev/null | head -n 1)
[[ -n $code ]] || die "no code in the lab's mail"
token=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["token"])' "$code")
keys Tab
typed "WRONG-CODE"
keys Return
sleep 5
shot=$((shot + 1))
import -window "$(window)" "$out/desktop-keyboard-$shot-code-refused.png"
echo "walk-desktop: a mistyped code → desktop-keyboard-$shot-code-refused.png"
# The refused code is still in its field, selected: typing replaces it.
typed "$token"
keys Return
screen "Done — Move your account" done 120

doc=$(curl -fsS "$plc/$did") || die "the PLC directory does not answer for $did"
new_url=$(awk '$1 == "New" && $2 == "PDS" { print $3; exit }' "$work/demo.out")
[[ $doc == *"$new_url"* ]] || die "the DID document does not name the new PDS $new_url: $doc"
echo "walk-desktop: the whole move by keyboard: done; $did now lives on $new_url"
