//! Backups that stay current by themselves (issue 29), through the real CLI on the lab: a backup
//! with no secret anywhere (what an active account shows anyone), incremental; a timer written for
//! systemd whose command, run as the scheduler runs it (no terminal, nothing in the environment),
//! brings the folder up to date; `status` showing its last run; runs against a PDS that is down,
//! and one whose blob cannot be saved, that fail and leave the previous backup whole; and
//! `--unschedule` leaving nothing behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::common::{dirs, login, run, Run, CLI};
use crate::did_web_host::{did_web_account, DidWebHost};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::{Lab, Side};

/// `tektite-cli ARGS` with no secret in its environment and no terminal, its timers under `config`.
fn cli(lab: &Lab, config: &Path, args: &[&str]) -> Run {
    let mut cmd = Command::new(CLI);
    cmd.args(args)
        .env_remove("TEKTITE_FROM_PASSWORD")
        .env_remove("TEKTITE_FROM_2FA")
        .env("XDG_CONFIG_HOME", config)
        .stdin(Stdio::null());
    for (k, v) in lab.client_env() {
        cmd.env(k, v);
    }
    tokio::task::block_in_place(|| run(cmd))
}

/// The words of a unit's `ExecStart=` line, as systemd splits them (our units quote with `"`).
fn exec_start(service: &str) -> Vec<String> {
    let line = service.lines().find_map(|l| l.strip_prefix("ExecStart=")).expect("an ExecStart line");
    let (mut words, mut word, mut quoted, mut chars) = (Vec::new(), String::new(), false, line.chars());
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if quoted => word.extend(chars.next()),
            ' ' if !quoted => words.extend((!word.is_empty()).then(|| std::mem::take(&mut word))),
            c => word.push(c),
        }
    }
    words.extend((!word.is_empty()).then_some(word));
    words.into_iter().map(|w| w.replace("%%", "%").replace("$$", "$")).collect()
}

/// Runs a unit's command the way systemd does: a clean environment (no secret, no terminal).
fn run_as_scheduled(lab: &Lab, command: &[String], home: &Path) -> Run {
    let mut cmd = Command::new(&command[0]);
    cmd.args(&command[1..]).env_clear().env("HOME", home).env("PATH", "/usr/bin:/bin").stdin(Stdio::null());
    for (k, v) in lab.client_env() {
        cmd.env(k, v);
    }
    tokio::task::block_in_place(|| run(cmd))
}

fn json_file(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

fn sha256_hex(path: &Path) -> String {
    Sha256::digest(std::fs::read(path).unwrap()).iter().map(|b| format!("{b:02x}")).collect()
}

fn units(config: &Path) -> Vec<PathBuf> {
    let dir = config.join("systemd/user");
    let mut found: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    found.sort();
    found
}

/// The DID document `host` serves, with its PDS endpoint replaced by `pds`.
fn moved_to(host: &DidWebHost, pds: &str) -> Value {
    let mut doc = host.published();
    for service in doc["service"].as_array_mut().unwrap() {
        if service["id"].as_str().is_some_and(|id| id.ends_with("#atproto_pds")) {
            service["serviceEndpoint"] = Value::String(pds.to_owned());
        }
    }
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_kept_current_by_a_timer_needs_no_secret_and_a_failed_run_keeps_the_last_one() {
    let lab = Lab::shared();
    let host = DidWebHost::start();
    let account = did_web_account(lab, &host, "unattended", 3).await;
    let (work, config) = (dirs(), dirs());
    let dir = work.path().join("kept current");
    let out = dir.display().to_string();
    let lookup = ["--plc", lab.plc_url(), "--handle-resolver", lab.old_url()];

    // No password, no terminal: what is public, complete, and it verifies.
    let mut args = vec!["backup", "--from-id", &account.did, "--out", &out, "--json"];
    args.extend(lookup);
    let first = cli(lab, config.path(), &args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(first.summary["signed_in"], false);
    assert_eq!(first.summary["downloaded"].as_array().unwrap().len(), account.blobs.len());
    assert!(first.summary["left_out"].to_string().contains("preferences"), "{}", first.summary);
    let manifest = json_file(&dir.join("manifest.json"));
    assert_eq!(manifest["signed_in"], false);
    assert_eq!(manifest["preferences"], false);
    assert!(!dir.join("preferences.json").exists(), "preferences without a sign-in");
    assert_eq!(json_file(&dir.join("last-run.json"))["complete"], true);
    let verified = cli(lab, config.path(), &["backup", "--verify", &out, "--json"]);
    assert_eq!(verified.code, 0, "{}", verified.stderr);

    // A new post with a new picture: the next run, without a secret either, fetches that blob only.
    let token = login(lab.api(Side::Old), &account.did, &account.password).await;
    let (_, new_cid) = crate::nothing_lost::post_picture(lab.api(Side::Old), &token, &account.did, 50_000).await;
    let second = cli(lab, config.path(), &args);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.summary["incremental"], true);
    assert_eq!(second.summary["downloaded"], serde_json::json!([new_cid]));

    // Kept current: the timer and its service, with no secret in them.
    let mut schedule = vec!["backup", "--from-id", &account.did, "--out", &out, "--schedule", "daily"];
    schedule.extend(lookup);
    let scheduled = cli(lab, config.path(), &schedule);
    assert_eq!(scheduled.code, 0, "{}", scheduled.stderr);
    let files = units(config.path());
    assert_eq!(files.len(), 2, "{files:?}");
    let service_file = files.iter().find(|f| f.extension().is_some_and(|e| e == "service")).unwrap();
    let timer_file = files.iter().find(|f| f.extension().is_some_and(|e| e == "timer")).unwrap();
    let service = std::fs::read_to_string(service_file).unwrap();
    let timer = std::fs::read_to_string(timer_file).unwrap();
    assert!(timer.contains("OnCalendar=daily") && timer.contains("Persistent=true"), "{timer}");
    assert!(!service.contains(&account.password) && !service.to_lowercase().contains("password"), "{service}");
    let command = exec_start(&service);
    assert!(command.contains(&"--public".to_owned()) && command.contains(&out), "{command:?}");
    // systemd's own reading of the files, where this machine has it: no warning at all.
    if let Ok(checked) = Command::new("systemd-analyze").arg("verify").args([service_file, timer_file]).output() {
        let said = String::from_utf8_lossy(&checked.stderr);
        assert!(checked.status.success() && said.trim().is_empty(), "systemd-analyze verify: {said}");
    }

    // Its command, as the scheduler runs it: an incremental backup.
    let (_, newer_cid) = crate::nothing_lost::post_picture(lab.api(Side::Old), &token, &account.did, 40_000).await;
    let timed = run_as_scheduled(lab, &command, work.path());
    assert_eq!(timed.code, 0, "{}", timed.stderr);
    let manifest = json_file(&dir.join("manifest.json"));
    assert!(manifest["blobs"].to_string().contains(&newer_cid), "the timed run missed the new blob");
    assert_eq!(manifest["earlier"].as_array().unwrap().len(), 2);
    let status = cli(lab, config.path(), &["status", "--json"]);
    let listed = &status.summary["scheduled_backups"][0];
    assert_eq!(listed["account"], account.did.as_str(), "{}", status.summary);
    assert_eq!(listed["every"], "daily");
    assert_eq!(listed["last_run"]["complete"], true, "{listed}");

    // The PDS down (the DID document names an address where nothing answers): the run fails, says
    // so in the folder, and the last backup is whole.
    let before = (sha256_hex(&dir.join("manifest.json")), sha256_hex(&dir.join("repo.car")));
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let nowhere = format!("http://127.0.0.1:{}", closed.local_addr().unwrap().port());
    drop(closed);
    host.publish(moved_to(&host, &nowhere));
    let down = run_as_scheduled(lab, &command, work.path());
    assert_eq!(down.code, 1, "{}", down.stderr);
    let last = json_file(&dir.join("last-run.json"));
    assert_eq!(last["complete"], false, "{last}");
    assert_eq!((sha256_hex(&dir.join("manifest.json")), sha256_hex(&dir.join("repo.car"))), before);
    assert_eq!(cli(lab, config.path(), &["backup", "--verify", &out]).code, 0, "the last backup is damaged");

    // Half-way: the repository changed and one new blob can never be saved (damaged on every
    // download). No manifest for the failed run; the repository file is still the last backup's.
    let (_, doomed) = crate::nothing_lost::post_picture(lab.api(Side::Old), &token, &account.did, 30_000).await;
    let damaging =
        FaultProxy::start(lab.old_url(), Faults { corrupt_blob_cids: vec![doomed.clone()], ..Default::default() });
    host.publish(moved_to(&host, &damaging.url()));
    let half = run_as_scheduled(lab, &command, work.path());
    assert_eq!(half.code, 1, "{}", half.stderr);
    assert!(half.stderr.contains(&doomed), "{}", half.stderr);
    assert_eq!((sha256_hex(&dir.join("manifest.json")), sha256_hex(&dir.join("repo.car"))), before);
    assert_eq!(cli(lab, config.path(), &["backup", "--verify", &out]).code, 0, "the last backup is damaged");
    let status = cli(lab, config.path(), &["status", "--json"]);
    assert_eq!(status.summary["scheduled_backups"][0]["last_run"]["complete"], false, "{}", status.summary);

    // The document names the PDS again (a run follows it wherever it points): whole again.
    host.publish(moved_to(&host, lab.old_url()));
    drop(damaging);
    let healed = run_as_scheduled(lab, &command, work.path());
    assert_eq!(healed.code, 0, "{}", healed.stderr);
    assert!(json_file(&dir.join("manifest.json"))["blobs"].to_string().contains(&doomed));
    assert_eq!(cli(lab, config.path(), &["backup", "--verify", &out]).code, 0);

    // Unscheduled: nothing of it is left.
    let gone = cli(lab, config.path(), &["backup", "--out", &out, "--unschedule"]);
    assert_eq!(gone.code, 0, "{}", gone.stderr);
    assert!(units(config.path()).is_empty(), "{:?}", units(config.path()));
}
