//! The web build, served on 127.0.0.1 the way it is hosted: `scripts/serve-hosted.sh` (Caddy with the
//! Caddyfile `scripts/build-web.sh` wrote: the Content-Security-Policy, `frame-ancestors 'none'` and
//! the other headers), so every browser test runs the app under the policy people get. A small
//! std-only server without those headers is kept as the control of the framing test.
#![allow(dead_code)] // shared by the browser tests and the benchmarks; each uses part of it

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The folder holding the web build: `TEKTITE_WEB_DIST`, or `<target>/browser-dist`, (re)built with
/// `scripts/build-web.sh` on every run: a build left there by an earlier commit would test old code
/// (cargo makes the rebuild cheap when nothing changed).
pub fn web_dist() -> PathBuf {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| built_dist("TEKTITE_WEB_DIST", "browser-dist", &[])).clone()
}

/// A web build: the folder `env` names, else `scripts/build-web.sh args` into `<target>/folder`.
fn built_dist(env: &str, folder: &str, args: &[&str]) -> PathBuf {
    if let Some(dir) = std::env::var_os(env) {
        let dir = PathBuf::from(dir);
        assert!(dir.join("index.html").is_file(), "{env}={} has no index.html", dir.display());
        return dir;
    }
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().to_path_buf();
    let dist = target.join(folder);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    eprintln!("building the web app ({args:?}) into {} (set {env} to use another build)", dist.display());
    let status = Command::new("bash")
        .arg(root.join("scripts/build-web.sh"))
        .args(args)
        .current_dir(root)
        .env("DIST_DIR", &dist)
        .env("CARGO_TARGET_DIR", &target)
        .status()
        .expect("run scripts/build-web.sh");
    assert!(status.success(), "scripts/build-web.sh {args:?} failed");
    dist
}

/// A running static server.
pub struct Site {
    port: u16,
    /// Where the browser opens it, when not on 127.0.0.1 (a TLS front under a public name).
    public: Option<String>,
    /// Caddy, stopped when the site is dropped.
    _server: Option<Server>,
}

/// A server process of this test's, ended (by its PID) when dropped.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Site {
    pub fn url(&self) -> String {
        match &self.public {
            Some(url) => url.clone(),
            None => format!("http://127.0.0.1:{}/", self.port),
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The same site, opened at `url` (e.g. `https://app.tektite-lab.test:PORT/`, a TLS front).
    pub fn at(self, url: &str) -> Site {
        Site { public: Some(format!("{}/", url.trim_end_matches('/'))), ..self }
    }
}

/// The release web app (`scripts/build-web.sh --release`), built once per run into
/// `<target>/browser-dist-release` (`TEKTITE_WEB_DIST_RELEASE` names another build): what is hosted.
pub fn release_web_dist() -> PathBuf {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| built_dist("TEKTITE_WEB_DIST_RELEASE", "browser-dist-release", &["--release"])).clone()
}

/// Serves `dir` with `scripts/serve-hosted.sh` (Caddy, the hosting headers from `dir`'s sibling
/// `<dir>-hosting/`) on a free 127.0.0.1 port, until the returned site is dropped.
pub fn serve(dir: PathBuf) -> Site {
    let hosting = PathBuf::from(format!("{}-hosting", dir.display()));
    assert!(hosting.join("Caddyfile").is_file(), "no {}/Caddyfile (scripts/build-web.sh writes it)", hosting.display());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Caddy takes the address it is given; a port that another process takes in between is seen
    // below as a server that does not answer, and tried again.
    for _ in 0..5 {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        // The script ends by exec'ing Caddy, so this child's PID is Caddy's.
        let mut child = Command::new("bash")
            .arg(root.join("scripts/serve-hosted.sh"))
            .arg(&dir)
            .arg(format!("http://127.0.0.1:{port}"))
            .env("HOSTING_DIR", &hosting)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("run scripts/serve-hosted.sh");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        while std::time::Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            if answers(port) {
                return Site { port, public: None, _server: Some(Server(child)) };
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("scripts/serve-hosted.sh did not serve {}", dir.display());
}

/// Whether an HTTP server on `port` answers a GET of `/`.
fn answers(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else { return false };
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(2)));
    if stream.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").is_err() {
        return false;
    }
    let mut first = String::new();
    BufReader::new(stream).read_line(&mut first).is_ok() && first.starts_with("HTTP/1.1 200")
}

/// Serves `dir` on a free 127.0.0.1 port until the process ends, with no security headers: the
/// control of the framing test (the same app, framed by another origin, does render there).
pub fn serve_without_headers(dir: PathBuf) -> Site {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind the static server");
    let port = listener.local_addr().unwrap().port();
    std::thread::Builder::new()
        .name(format!("static-{port}"))
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let dir = dir.clone();
                std::thread::spawn(move || {
                    let _ = answer(stream, &dir);
                });
            }
        })
        .unwrap();
    Site { port, public: None, _server: None }
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn answer(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() };
    let file = Path::new(relative.trim_start_matches('/'));
    let safe = file.components().all(|c| matches!(c, Component::Normal(_)));
    let mut out = stream;
    let found = if safe { std::fs::read(dir.join(file)).ok() } else { None };
    match (method, found) {
        ("GET" | "HEAD", Some(body)) => {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                mime(file),
                body.len()
            )?;
            if method == "GET" {
                out.write_all(&body)?;
            }
        }
        _ => {
            let body = b"not found\n";
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            out.write_all(body)?;
        }
    }
    out.flush()
}

/// `http://127.0.0.1:PORT` of a server that accepts connections and never answers (until the
/// process ends): a PDS that hangs.
pub fn black_hole() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind the silent server");
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    format!("http://127.0.0.1:{port}")
}
