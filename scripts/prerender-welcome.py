#!/usr/bin/env python3
"""Puts the welcome screen, as the app itself renders it, into a built index.html.

Without it a first visit shows a blank page until the wasm (1.3 MB gzipped in a release build) has
arrived and started: on a slow mobile link that is seconds of nothing (Lighthouse measured the
largest paint at 8 s). With it the page shows what Tektite is and the ways in at once; the wasm then
mounts the live app and the inline script in index.html removes this copy in the same frame.

How: serve DIST_DIR with scripts/serve-hosted.sh (as hosted: under its Content-Security-Policy), let headless Chromium run the app from a fresh
profile (so no saved move or banner leaks in), take what it rendered into #main, and write it into
index.html in place of the `<!--prerendered-->` marker as an inert copy: no test ids or Dioxus ids,
buttons disabled (nothing would answer them before the app runs), `aria-busy` while it loads.

Usage: scripts/prerender-welcome.py DIST_DIR
"""

import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARKER = "<!--prerendered-->"
HERE = os.path.dirname(os.path.abspath(__file__))


def rendered_dom(dist):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        raise RuntimeError("no chromium to render the welcome screen with (scripts/install-deps.sh installs it)")
    server = subprocess.Popen(
        ["bash", os.path.join(HERE, "serve-hosted.sh"), dist, "http://127.0.0.1:0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    profile = tempfile.mkdtemp(prefix="tektite-prerender.")
    try:
        # Its first line says its address once it accepts connections (see serve-hosted.sh).
        said = server.stdout.readline().split()
        if len(said) < 2:
            raise RuntimeError("the web server did not start")
        url = said[1]
        # --virtual-time-budget lets the wasm start and the first render settle before the dump.
        out = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=15000", "--dump-dom", url],
            capture_output=True, text=True, timeout=180, check=False,
        )
        if out.returncode != 0:
            raise RuntimeError(f"chromium failed: {out.stderr[-2000:]}")
        return out.stdout
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(profile, ignore_errors=True)


class MainInner(html.parser.HTMLParser):
    """The markup inside `<div id="main">`, rewritten into an inert copy."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    DROPPED_ATTRS = {"data-dioxus-id", "data-testid"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.depth = 0  # >0 while inside #main
        self.out = []

    def handle_starttag(self, tag, attrs):
        if self.depth == 0:
            if tag == "div" and ("id", "main") in attrs:
                self.depth = 1
            return
        if tag not in self.VOID:
            self.depth += 1
        kept = [(k, v) for k, v in attrs if k not in self.DROPPED_ATTRS]
        if tag == "button":
            kept.append(("disabled", None))
        self.out.append("<" + tag + "".join(_attr(k, v) for k, v in kept) + ">")

    def handle_startendtag(self, tag, attrs):
        if self.depth:
            kept = [(k, v) for k, v in attrs if k not in self.DROPPED_ATTRS]
            self.out.append("<" + tag + "".join(_attr(k, v) for k, v in kept) + "/>")

    def handle_endtag(self, tag):
        if self.depth == 0 or tag in self.VOID:
            return
        self.depth -= 1
        if self.depth:
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.depth:
            self.out.append(data)

    def handle_entityref(self, name):
        if self.depth:
            self.out.append(f"&{name};")

    def handle_charref(self, name):
        if self.depth:
            self.out.append(f"&#{name};")


def _attr(key, value):
    if value is None:
        return f" {key}"
    return f' {key}="' + value.replace("&", "&amp;").replace('"', "&quot;") + '"'


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[-1])
    dist = os.path.abspath(sys.argv[1])
    index = os.path.join(dist, "index.html")
    page = open(index, encoding="utf-8").read()
    if MARKER not in page:
        sys.exit(f"prerender-welcome: {index} has no {MARKER} marker")
    parser = MainInner()
    parser.feed(rendered_dom(dist))
    inner = "".join(parser.out)
    if 'class="card welcome"' not in inner:
        raise RuntimeError("the rendered page has no welcome card; did the app start?")
    inner = re.sub(r"<!--placeholder-->", "", inner)
    copy = f'<div id="prerendered" aria-busy="true">{inner}</div>'
    tmp = index + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page.replace(MARKER, copy))
    os.replace(tmp, index)
    print(f"prerender-welcome: {len(copy)} bytes of welcome screen in {index}")


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as err:
        sys.exit(f"prerender-welcome: {err}")
