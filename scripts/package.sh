#!/usr/bin/env bash
# Makes Tektite's release packages from a release build, offline, into one folder:
#
#   tektite_VERSION_amd64.deb                the desktop app (.desktop entry, icon; depends on the
#                                            system's WebKitGTK and on tektite-cli)
#   tektite-cli_VERSION_amd64.deb            the command-line tool
#   tektite-cli-VERSION-x86_64-linux.tar.gz  the command-line tool, one binary, for any Linux x86_64
#   tektite-web-VERSION/                     the web app to host: site/ (the files, precompressed,
#                                            with _headers and a <meta> policy) and hosting/
#                                            (Caddyfile, nginx.conf, vercel.json)
#   tektite-web-VERSION.tar.gz               the same folder as one archive
#   SHA256SUMS                               `sha256sum -c SHA256SUMS` checks every file above
#
# The .debs are made by cargo-deb from [package.metadata.deb] in Cargo.toml; VERSION is Cargo.toml's.
#
# Usage: scripts/package.sh [--out DIR] [--public-url URL] [--web-root PATH]
#   --out         where the packages go (default: <target>/packages)
#   --public-url  the https:// address the web app will be hosted at: its OAuth
#                 client-metadata.json goes into the bundle ("Sign in with your server")
#   --web-root    the site's folder on the web server, written into hosting/ (default /var/www/tektite)
# Env: CARGO_TARGET_DIR (honoured), TEKTITE_DOH_URL (see scripts/build-web.sh).
set -euo pipefail

die() { echo "package: $*" >&2; exit 1; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
out= public_url= web_root=/var/www/tektite
while [[ $# -gt 0 ]]; do
    case $1 in
        --out) out=${2:?--out needs a folder}; shift ;;
        --public-url) public_url=${2:?--public-url needs an https:// address}; shift ;;
        --web-root) web_root=${2:?--web-root needs a path}; shift ;;
        -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
    shift
done
out=$(realpath -m "${out:-$target_dir/packages}")

command -v cargo-deb >/dev/null || die "cargo-deb not found; run scripts/install-deps.sh"
version=$(awk -F'"' '/^\[package\]/ { p = 1 } p && /^version = / { print $2; exit }' Cargo.toml)
[[ -n $version ]] || die "no version in Cargo.toml"
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
# Reproducible archives: every file dated at the last commit.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

rm -rf "$out"
mkdir -p "$out"
start=$SECONDS

# The CLI first and on its own: built together with the desktop feature it would link the webview.
echo "package: release build of tektite-cli"
cargo build --release --locked --bin tektite-cli || die "cargo build (tektite-cli) failed"
echo "package: release build of the desktop app"
cargo build --release --locked --features desktop --bin tektite || die "cargo build (desktop) failed"

echo "package: Debian packages (cargo-deb)"
cargo deb --no-build --locked --output "$out" >/dev/null || die "cargo deb (desktop) failed"
cargo deb --no-build --locked --variant cli --output "$out" >/dev/null || die "cargo deb (cli) failed"

echo "package: the CLI as a tarball"
name=tektite-cli-$version-x86_64-linux
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
install -m 755 "$target_dir/release/tektite-cli" "$stage/$name/"
strip "$stage/$name/tektite-cli"
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/$name/"
pack() { # pack ARCHIVE DIR NAME: a gzipped tar of DIR/NAME, owned by root, dated, sorted
    tar -C "$2" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -cf - "$3" \
        | gzip -9 -n >"$1"
}
pack "$out/$name.tar.gz" "$stage" "$name"

echo "package: the web app (release build, precompressed, hosting files)"
web=tektite-web-$version
web_args=(--release)
[[ -z $public_url ]] || web_args+=(--public-url "$public_url")
DIST_DIR="$out/$web/site" HOSTING_DIR="$out/$web/hosting" HOSTING_ROOT="$web_root" \
    scripts/build-web.sh "${web_args[@]}" >"$stage/web.log" 2>&1 || { tail -n 20 "$stage/web.log" >&2; die "web build failed"; }
grep -E '^(  |build-web: .*\(release\))' "$stage/web.log" | sed 's/^/package: /'
pack "$out/$web.tar.gz" "$out" "$web"

(cd "$out" && sha256sum -- *.deb *.tar.gz >SHA256SUMS)
echo "package: done in $((SECONDS - start)) s; $out:"
(cd "$out" && for f in *.deb *.tar.gz; do printf '  %-45s %6d KiB\n' "$f" $(($(stat -c %s "$f") / 1024)); done)
