//! Shared helpers: run the CLI, read its JSON, check blobs on both PDSes byte by byte.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use futures::StreamExt;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::lab::{Lab, SeededAccount, Side};
pub use crate::pds::login;

/// CIDs the account on the lab's new PDS still misses.
pub async fn missing_on_target(lab: &Lab, account: &SeededAccount) -> Vec<String> {
    crate::pds::missing_on_target(lab.api(Side::New), account).await
}

pub const CLI: &str = env!("CARGO_BIN_EXE_tektite-cli");

/// The CLI invocation for `account`, with `from`/`to` overridable (to put a proxy in between).
pub fn cli(account: &SeededAccount, from: &str, to: &str, dirs: &Path, extra: &[&str]) -> Command {
    let mut cmd = Command::new(CLI);
    cmd.args(["blobs", "--from", from, "--from-id", &account.old_handle, "--to", to, "--to-id", &account.new_handle])
        .arg("--cache-dir")
        .arg(dirs.join("cache"))
        .arg("--state-dir")
        .arg(dirs.join("state"))
        .arg("--json")
        .args(extra)
        .env("TEKTITE_FROM_PASSWORD", &account.password)
        .env("TEKTITE_TO_PASSWORD", &account.password)
        .stdin(Stdio::null());
    cmd
}

/// What one CLI run printed and returned.
pub struct Run {
    pub code: i32,
    pub events: Vec<Value>,
    pub summary: Value,
    pub stderr: String,
}

impl Run {
    pub fn from_output(out: Output) -> Run {
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let mut events: Vec<Value> = stdout.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
        let summary = events.pop().unwrap_or(Value::Null);
        Run {
            code: out.status.code().unwrap_or(-1),
            events,
            summary,
            stderr: String::from_utf8_lossy(&out.stderr).to_string(),
        }
    }

    pub fn events_named(&self, name: &str) -> Vec<&Value> {
        self.events.iter().filter(|e| e["event"] == name).collect()
    }

    pub fn num(&self, key: &str) -> u64 {
        self.summary[key].as_u64().unwrap_or_else(|| panic!("summary has no number {key}: {}", self.summary))
    }

    pub fn failures(&self) -> HashMap<String, Value> {
        self.summary["failures"]
            .as_array()
            .map(|a| a.iter().map(|f| (f["cid"].as_str().unwrap().to_owned(), f.clone())).collect())
            .unwrap_or_default()
    }
}

pub fn run(mut cmd: Command) -> Run {
    let out = cmd.output().expect("the CLI runs");
    let run = Run::from_output(out);
    eprintln!("cli exit {} summary {}\nstderr: {}", run.code, run.summary, run.stderr);
    run
}

/// sha-256 and length of a blob as `pds` serves it (streamed, never held whole).
pub async fn blob_digest(pds: &str, token: &str, did: &str, cid: &str) -> (Vec<u8>, u64, String) {
    let resp = reqwest::Client::new()
        .get(format!("{pds}/xrpc/com.atproto.sync.getBlob"))
        .bearer_auth(token)
        .query(&[("did", did), ("cid", cid)])
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{pds} getBlob {cid}: {}", resp.status());
    let content_type = resp.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let mut stream = resp.bytes_stream();
    let mut sha = Sha256::new();
    let mut len = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        len += chunk.len() as u64;
        sha.update(&chunk);
    }
    (sha.finalize().to_vec(), len, content_type)
}

/// Every seeded blob is on the new PDS, byte-identical to the old PDS's copy, with its content type.
pub async fn assert_blobs_identical(lab: &Lab, account: &SeededAccount) {
    let old_token = login(lab.api(Side::Old), &account.did, &account.password).await;
    let new_token = login(lab.api(Side::New), &account.did, &account.password).await;
    for blob in &account.blobs {
        let (old_hash, old_len, old_type) = blob_digest(lab.api(Side::Old), &old_token, &account.did, &blob.cid).await;
        let (new_hash, new_len, new_type) = blob_digest(lab.api(Side::New), &new_token, &account.did, &blob.cid).await;
        assert_eq!(old_len, blob.size, "{} size on the old PDS", blob.cid);
        assert_eq!((new_hash.clone(), new_len), (old_hash, old_len), "{} differs between the PDSes", blob.cid);
        assert_eq!(new_type, old_type, "{} content type", blob.cid);
    }
}

/// A fresh folder for one CLI's cache and state.
pub fn dirs() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}
