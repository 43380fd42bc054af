#!/usr/bin/env python3
"""The HTTP headers the web app is hosted with, written once here for every kind of host.

The web app asks for passwords and signs identity operations, so the page it runs in must load code
only from its own origin and must not be framed by another site. This script holds that policy and
writes it out for each way of hosting the built folder (`scripts/build-web.sh` runs it):

  SITE/index.html, SITE/oauth-callback.html   a <meta> Content-Security-Policy, for hosts that cannot
                                              set headers (GitHub Pages); `frame-ancestors` cannot be
                                              set this way, so such a host can still be framed
  SITE/_headers                               Netlify and Cloudflare Pages read it from the folder
  HOSTING/Caddyfile                           a Caddy site (what `scripts/run.sh web` and the browser
                                              tests serve with), with the snippet `tektite_headers`
  HOSTING/nginx.conf                          an nginx `server` block
  HOSTING/vercel.json                         Vercel's headers

`connect-src` is what the app really connects to: the account's PDSes are whatever servers the person
names, and every public one speaks HTTPS, so `https:` (which also covers the PLC directory, the
handle resolver and the DNS-over-HTTPS service); plus plain HTTP on this machine's loopback, for a
PDS run on one's own computer. Long cache lifetimes go only to file names that carry a hash of their
content (the wasm and its JavaScript glue); everything else is revalidated on each visit.

Usage: scripts/hosting.py SITE_DIR HOSTING_DIR [--root PATH_IN_CADDYFILE] [--listen ADDRESS]
"""
import argparse
import json
import os
import re
import sys

CSP = [
    ("default-src", "'self'"),
    # The app's own scripts, and compiling its WebAssembly (no `unsafe-eval`: no code from strings).
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    # Only the stylesheet file: no inline <style> or style="" attributes.
    ("style-src", "'self'"),
    ("img-src", "'self'"),
    ("font-src", "'self'"),
    ("connect-src", "'self' https: http://127.0.0.1:* http://localhost:*"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("frame-src", "'none'"),
    ("object-src", "'none'"),
    ("base-uri", "'none'"),
    ("form-action", "'none'"),
    # Only as a header (browsers ignore it in <meta>): no other page may frame the app, so none can
    # overlay its buttons (clickjacking) or read what is typed into it.
    ("frame-ancestors", "'none'"),
]

# What the app never uses; a page that cannot ask for them cannot be tricked into asking.
PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), browsing-topics=()"

# Every response.
HEADERS = [
    ("Content-Security-Policy", "; ".join(f"{k} {v}" for k, v in CSP)),
    ("X-Frame-Options", "DENY"),  # frame-ancestors for browsers that predate it
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Permissions-Policy", PERMISSIONS),
]

# File names that carry their content's hash (scripts/build-web.sh names them): cached for a year.
HASHED = r"-[0-9a-f]{16}\.(js|wasm)$"
CACHE_HASHED = "public, max-age=31536000, immutable"
CACHE_OTHER = "no-cache"


def meta_csp():
    """The policy as a <meta> element: everything but frame-ancestors."""
    policy = "; ".join(f"{k} {v}" for k, v in CSP if k != "frame-ancestors")
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


def add_meta(page):
    with open(page, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    # First in <head>, so it governs everything after it.
    text = text.replace("<head>", "<head>\n  " + meta_csp(), 1)
    write(page, text)


def netlify_headers(hashed_names):
    # No Cache-Control for the rest: Netlify and Cloudflare Pages already make every file
    # revalidate (`max-age=0, must-revalidate`), and both add up the headers of every rule that
    # matches, so a value set for /* could not be replaced for the hashed names.
    lines = ["/*"] + [f"  {k}: {v}" for k, v in HEADERS] + [""]
    for name in hashed_names:
        lines += [f"/{name}", f"  Cache-Control: {CACHE_HASHED}", ""]
    return "\n".join(lines)


def caddyfile(root, listen):
    host, port = listen.removeprefix("http://").rsplit(":", 1)
    headers = "\n".join(f'\t\t{k} "{v}"' for k, v in HEADERS)
    return f"""# Tektite's web app on Caddy (2.4 or later). `scripts/run.sh web` serves it this way
# (scripts/serve-hosted.sh, which sets TEKTITE_BIND, TEKTITE_PORT and TEKTITE_SITE).
# For a public host, write its name as the site address (`tektite.example {{`) and drop the `bind`
# line: Caddy then gets a certificate and redirects HTTP to HTTPS by itself; add
# `Strict-Transport-Security "max-age=31536000"` to the headers there.
{{
\tadmin off
\tauto_https off
\t# Only what needs attention on the terminal.
\tlog {{
\t\tlevel WARN
\t}}
}}

(tektite_headers) {{
\theader {{
{headers}
\t\t# Only where the rule for hashed names below set none ("?" = default).
\t\t?Cache-Control "{CACHE_OTHER}"
\t\t-Server
\t}}
\t@hashed path_regexp {HASHED}
\theader @hashed Cache-Control "{CACHE_HASHED}"
}}

# Any host name (a TLS front in front of it may pass its own), on this address only.
http://:{{$TEKTITE_PORT:{port}}} {{
\tbind {{$TEKTITE_BIND:{host}}}
\troot * {{$TEKTITE_SITE:{root}}}
\timport tektite_headers
\t# The .br and .gz files beside each file are sent to browsers that accept them.
\tfile_server {{
\t\tprecompressed br gzip
\t}}
}}
"""


def nginx_conf(root):
    headers = "\n".join(f"    add_header {k} \"{v}\" always;" for k, v in HEADERS)
    return f"""# Tektite's web app on nginx: a `server` block for /etc/nginx/sites-enabled/. Checked with
# Debian's nginx-light. For HTTPS add `listen 443 ssl http2;`, the certificate, and
# `add_header Strict-Transport-Security "max-age=31536000" always;` beside the headers below.
server {{
    listen 8080;
    root {root};
    index index.html;
    # The .gz files beside each file (ngx_http_gzip_static_module, in Debian's nginx packages);
    # with the ngx_brotli module loaded, `brotli_static on;` sends the .br files as well.
    gzip_static on;
    types {{ application/wasm wasm; }}

    # add_header in a location replaces the server's, so each location repeats the set.
    location / {{
{headers}
        add_header Cache-Control "{CACHE_OTHER}" always;
        try_files $uri $uri/ =404;
    }}
    location ~ "{HASHED}" {{
{headers}
        add_header Cache-Control "{CACHE_HASHED}" always;
    }}
}}
"""


def vercel_json():
    rules = [
        {"source": "/(.*)", "headers": [{"key": k, "value": v} for k, v in HEADERS] + [{"key": "Cache-Control", "value": CACHE_OTHER}]},
        # Only the hashed files' names start with "tektite" (tektite-<hash>.js, tektite_bg-<hash>.wasm);
        # a later rule's header replaces an earlier one's on Vercel.
        {"source": "/tektite(.*)", "headers": [{"key": "Cache-Control", "value": CACHE_HASHED}]},
    ]
    return json.dumps({"headers": rules}, indent=2) + "\n"


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("hosting")
    parser.add_argument("--root", help="the site's folder as the server sees it (default: SITE's absolute path)")
    parser.add_argument("--listen", default="http://127.0.0.1:8080", help="the address Caddy serves on by default")
    args = parser.parse_args()

    site = args.site
    for page in ("index.html", "oauth-callback.html"):
        if os.path.exists(os.path.join(site, page)):
            add_meta(os.path.join(site, page))
    hashed = sorted(n for n in os.listdir(site) if re.search(HASHED, n))
    write(os.path.join(site, "_headers"), netlify_headers(hashed))

    root = args.root or os.path.abspath(site)
    os.makedirs(args.hosting, exist_ok=True)
    write(os.path.join(args.hosting, "Caddyfile"), caddyfile(root, args.listen))
    write(os.path.join(args.hosting, "nginx.conf"), nginx_conf(root))
    write(os.path.join(args.hosting, "vercel.json"), vercel_json())


if __name__ == "__main__":
    sys.exit(main())
