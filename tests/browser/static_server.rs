//! The web build, and a small static file server for it on 127.0.0.1 (std only, a thread per
//! connection, `Connection: close`), with the MIME types a browser insists on (`application/wasm`
//! for streaming compilation, `text/javascript` for modules).
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

/// Serves `dir` on a free 127.0.0.1 port until the process ends.
pub fn serve(dir: PathBuf) -> Site {
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
    Site { port, public: None }
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
