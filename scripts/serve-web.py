#!/usr/bin/env python3
"""Serves a built web app (scripts/build-web.sh) on 127.0.0.1, gzip-compressed.

`python3 -m http.server` sends the 3.4 MB release wasm (12 MB in a debug build) uncompressed, which
makes the first visit the slowest page Tektite has. This server compresses what compresses well
once per file version (kept in memory, keyed by path, size and mtime) and answers with
`Content-Encoding: gzip` when the browser accepts it, with the MIME types browsers insist on
(`application/wasm` for streaming compilation, `text/javascript` for modules). Standard library
only, so it runs wherever the build scripts run.

Usage: scripts/serve-web.py DIST_DIR [--port 8080]
With --port 0 a free port is taken. The first line printed, once the server accepts connections,
is `serve-web: URL …`: scripts that start it read that line and need not wait or pick a port.
"""

import argparse
import email.utils
import gzip
import http.server
import io
import os
import sys
import threading

COMPRESSIBLE = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}


class GzipCache:
    """Compressed bodies per (path, size, mtime); a rebuilt file is compressed again."""

    def __init__(self):
        self._lock = threading.Lock()
        self._bodies = {}

    def get(self, path, stat):
        key = (path, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            body = self._bodies.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=9, mtime=0)
            with self._lock:
                self._bodies = {k: v for k, v in self._bodies.items() if k[0] != path}
                self._bodies[key] = body
        return body


def handler_for(root, cache):
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **COMPRESSIBLE}
        # Keep-alive: the page, its script, its wasm and its stylesheet over one connection.
        protocol_version = "HTTP/1.1"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=root, **kwargs)

        def end_headers(self):
            # No hashed file names: the browser must ask again (a cheap 304) after a rebuild.
            self.send_header("Cache-Control", "no-cache")
            super().end_headers()

        def send_head(self):
            path = self.translate_path(self.path)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            ext = os.path.splitext(path)[1]
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if ext not in COMPRESSIBLE or not accepts_gzip or not os.path.isfile(path):
                return super().send_head()
            stat = os.stat(path)
            last_modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
            if self.headers.get("If-Modified-Since") == last_modified:
                self.send_response(304)
                self.end_headers()
                return None
            body = cache.get(path, stat)
            self.send_response(200)
            self.send_header("Content-Type", COMPRESSIBLE[ext])
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return io.BytesIO(body)

        def log_message(self, format, *args):  # noqa: A002 - the base class's name
            if os.environ.get("TEKTITE_SERVE_LOG"):
                super().log_message(format, *args)

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", help="the folder scripts/build-web.sh wrote")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    root = os.path.abspath(args.dist)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"serve-web: {root} has no index.html; build it with scripts/build-web.sh")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler_for(root, GzipCache()))
    print(f"serve-web: http://127.0.0.1:{server.server_port}/ serves {root} (gzip)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
