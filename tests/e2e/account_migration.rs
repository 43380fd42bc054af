//! The whole account move through `tektite-cli migrate`, against the lab's real PLC directory and
//! PDSes: account, repo, blobs, preferences, the PLC operation with the token read from the old PDS's
//! captured mail, activation and deactivation. Then the same with the CLI killed (SIGKILL) right
//! after each step, each time finished by the next run.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{assert_blobs_identical, missing_on_target, CLI};
use crate::lab::{Lab, SeededAccount, Side};
use crate::pds::login;

const STEPS: [&str; 8] = [
    "create_account",
    "import_repo",
    "blobs",
    "preferences",
    "request_plc_token",
    "plc_operation",
    "activate_new",
    "deactivate_old",
];

async fn xrpc_get(pds: &str, nsid: &str, token: &str, params: &[(&str, &str)]) -> Value {
    let resp =
        reqwest::Client::new().get(format!("{pds}/xrpc/{nsid}")).bearer_auth(token).query(params).send().await.unwrap();
    let status = resp.status();
    let body: Value = resp.json().await.unwrap_or(Value::Null);
    assert!(status.is_success(), "{nsid} on {pds}: {status} {body}");
    body
}

async fn xrpc_post(pds: &str, nsid: &str, token: &str, input: Value) {
    let resp =
        reqwest::Client::new().post(format!("{pds}/xrpc/{nsid}")).bearer_auth(token).json(&input).send().await.unwrap();
    let status = resp.status();
    assert!(status.is_success(), "{nsid} on {pds}: {status} {}", resp.text().await.unwrap_or_default());
}

/// Every record of the account as (uri, cid), sorted.
pub(crate) async fn records(pds: &str, token: &str, did: &str) -> Vec<(String, String)> {
    let desc = xrpc_get(pds, "com.atproto.repo.describeRepo", token, &[("repo", did)]).await;
    let mut out = Vec::new();
    for collection in desc["collections"].as_array().cloned().unwrap_or_default() {
        let collection = collection.as_str().unwrap().to_owned();
        let mut cursor: Option<String> = None;
        loop {
            let mut params = vec![("repo", did), ("collection", collection.as_str()), ("limit", "100")];
            if let Some(c) = &cursor {
                params.push(("cursor", c.as_str()));
            }
            let page = xrpc_get(pds, "com.atproto.repo.listRecords", token, &params).await;
            let recs = page["records"].as_array().cloned().unwrap_or_default();
            out.extend(
                recs.iter().map(|r| (r["uri"].as_str().unwrap().to_owned(), r["cid"].as_str().unwrap().to_owned())),
            );
            match page["cursor"].as_str() {
                Some(c) if !recs.is_empty() => cursor = Some(c.to_owned()),
                _ => break,
            }
        }
    }
    out.sort();
    out
}

/// What the old account holds before a move: its records and (set here) its preferences, for
/// [`assert_migrated`] to compare with.
pub(crate) async fn before_the_move(lab: &Lab, account: &SeededAccount) -> (Vec<(String, String)>, Value) {
    let prefs = set_old_preferences(lab, account).await;
    let old_token = login(lab.api(Side::Old), &account.did, &account.password).await;
    let old_records = records(lab.api(Side::Old), &old_token, &account.did).await;
    assert!(!old_records.is_empty());
    (old_records, prefs)
}

/// Sets some preferences on the old account and returns what the old PDS then reports.
async fn set_old_preferences(lab: &Lab, account: &SeededAccount) -> Value {
    let token = login(lab.api(Side::Old), &account.did, &account.password).await;
    let prefs = json!([
        { "$type": "app.bsky.actor.defs#adultContentPref", "enabled": true },
        { "$type": "app.bsky.actor.defs#contentLabelPref", "label": "gore", "visibility": "warn" },
    ]);
    xrpc_post(lab.api(Side::Old), "app.bsky.actor.putPreferences", &token, json!({ "preferences": prefs })).await;
    let got = xrpc_get(lab.api(Side::Old), "app.bsky.actor.getPreferences", &token, &[]).await;
    assert_eq!(got["preferences"].as_array().map(Vec::len), Some(2), "{got}");
    got["preferences"].clone()
}

fn migrate_cmd(lab: &Lab, account: &SeededAccount, dirs: &Path, token: Option<&str>, yes: bool) -> Command {
    migrate_cmd_via(lab, (lab.old_url(), lab.new_url()), account, dirs, token, yes)
}

/// `migrate` of `account` from `urls.0` to `urls.1` (the lab's PDSes, or proxies in front of them).
pub(crate) fn migrate_cmd_via(
    lab: &Lab,
    urls: (&str, &str),
    account: &SeededAccount,
    dirs: &Path,
    token: Option<&str>,
    yes: bool,
) -> Command {
    let mut cmd = migrate_cmd_for_people(lab, urls, account, dirs, token, yes);
    cmd.arg("--json");
    cmd
}

/// `migrate` as [`migrate_cmd_via`] builds it, but printing for people (no `--json`).
pub(crate) fn migrate_cmd_for_people(
    lab: &Lab,
    urls: (&str, &str),
    account: &SeededAccount,
    dirs: &Path,
    token: Option<&str>,
    yes: bool,
) -> Command {
    let mut cmd = Command::new(CLI);
    cmd.args(["migrate", "--from", urls.0, "--from-id", &account.old_handle, "--to", urls.1])
        .args(["--new-handle", &account.new_handle, "--new-email", &account.email, "--plc", lab.plc_url()])
        .arg("--cache-dir")
        .arg(dirs.join("cache"))
        .arg("--state-dir")
        .arg(dirs.join("state"))
        .env("TEKTITE_FROM_PASSWORD", &account.password)
        .env("TEKTITE_NEW_PASSWORD", &account.password)
        .env_remove("TEKTITE_PLC_TOKEN")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(t) = token {
        cmd.env("TEKTITE_PLC_TOKEN", t);
    }
    if yes {
        cmd.arg("--yes");
    }
    cmd
}

/// One CLI run: its exit code (`None` when killed) and its JSON lines.
pub(crate) struct MigrateRun {
    pub code: Option<i32>,
    pub lines: Vec<Value>,
}

/// Runs `migrate`; with `kill_after`, SIGKILLs it as soon as it reports that step finished.
fn run_migrate(
    lab: &Lab,
    account: &SeededAccount,
    dirs: &Path,
    token: Option<&str>,
    kill_after: Option<&str>,
) -> MigrateRun {
    run_migrate_with(migrate_cmd(lab, account, dirs, token, true), kill_after)
}

pub(crate) fn run_migrate_with(mut cmd: Command, kill_after: Option<&str>) -> MigrateRun {
    let mut child = cmd.spawn().unwrap();
    let mut lines = Vec::new();
    let mut killed = false;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<Value>(&line) else { continue };
        let hit = v["event"] == "step_finished" && kill_after.is_some_and(|s| v["step"] == s);
        lines.push(v);
        if hit {
            child.kill().unwrap(); // SIGKILL: no cleanup, like a crash
            killed = true;
            break;
        }
    }
    let out = child.wait_with_output().unwrap();
    let code = if killed { None } else { out.status.code() };
    if !killed {
        eprintln!(
            "migrate exit {:?}, last line {}\nstderr: {}",
            code,
            lines.last().cloned().unwrap_or_default(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    MigrateRun { code, lines }
}

fn status_json(dirs: &Path) -> Value {
    let out = Command::new(CLI).args(["status", "--json", "--state-dir"]).arg(dirs.join("state")).output().unwrap();
    assert!(out.status.success(), "status: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Everything a finished migration must show.
pub(crate) async fn assert_migrated(
    lab: &Lab,
    account: &SeededAccount,
    old_records: &[(String, String)],
    prefs: &Value,
) {
    // The DID document (the PLC directory's, or a did:web's own) names the new PDS.
    let doc_url = match account.did.strip_prefix("did:web:") {
        Some(host) => format!("http://{}/.well-known/did.json", host.replace("%3A", ":").replace("%3a", ":")),
        None => format!("{}/{}", lab.plc_api(), account.did),
    };
    let doc: Value = reqwest::get(doc_url).await.unwrap().json().await.unwrap();
    let pds = doc["service"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["id"] == "#atproto_pds"))
        .and_then(|s| s["serviceEndpoint"].as_str())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(pds.trim_end_matches('/'), lab.new_url().trim_end_matches('/'), "DID document: {doc}");
    assert!(doc["alsoKnownAs"].to_string().contains(&account.new_handle), "handle in the DID document: {doc}");

    // The new account is active, with the same records, all blobs and the preferences.
    let new_token = login(lab.api(Side::New), &account.did, &account.password).await;
    let status = xrpc_get(lab.api(Side::New), "com.atproto.server.checkAccountStatus", &new_token, &[]).await;
    assert_eq!(status["activated"], true, "{status}");
    assert_eq!(status["validDid"], true, "{status}");
    let new_records = records(lab.api(Side::New), &new_token, &account.did).await;
    assert_eq!(new_records, old_records, "records on the new PDS");
    assert!(missing_on_target(lab, account).await.is_empty(), "the new PDS misses blobs");
    assert_blobs_identical(lab, account).await;
    let new_prefs = xrpc_get(lab.api(Side::New), "app.bsky.actor.getPreferences", &new_token, &[]).await;
    assert_eq!(&new_prefs["preferences"], prefs, "preferences");

    // The old account is deactivated.
    let session = crate::pds::session(lab.api(Side::Old), account).await;
    assert_eq!(session["active"], false, "old account: {session}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_account_moves_through_the_cli() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "whole", "4x64k,1x1m").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let dirs = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();

    // A wrong password: exit 2, nothing saved, nothing created.
    let mut wrong = migrate_cmd(lab, &account, dirs.path(), None, true);
    wrong.env("TEKTITE_FROM_PASSWORD", "not-the-password");
    let wrong = tokio::task::block_in_place(|| run_migrate_with(wrong, None));
    assert_eq!(wrong.code, Some(2));
    assert!(wrong.lines.last().unwrap()["error"].as_str().unwrap().contains("password"), "{:?}", wrong.lines);
    assert_eq!(status_json(dirs.path())["migrations"], json!([]));

    // Without --yes (and nobody to ask): data and blobs are moved, then it stops before anything
    // irreversible, shows the summary, and asks for no token yet.
    let unconfirmed =
        tokio::task::block_in_place(|| run_migrate_with(migrate_cmd(lab, &account, dirs.path(), None, false), None));
    assert_eq!(unconfirmed.code, Some(2));
    let summary = unconfirmed.lines.iter().find(|l| l["status"] == "needs_confirmation").expect("a summary");
    assert_eq!(summary["summary"]["did"], account.did.as_str());
    assert_eq!(summary["summary"]["new_handle"], account.new_handle.as_str());
    assert_eq!(summary["summary"]["blobs_missing"], 0);
    assert_eq!(summary["summary"]["records"], old_records.len());
    assert_eq!(summary["summary"]["irreversible"].as_array().map(Vec::len), Some(2), "{summary}");
    assert!(unconfirmed.lines.last().unwrap()["error"].as_str().unwrap().contains("--yes"));
    assert!(lab.latest_plc_token(&account).is_none(), "a PLC token was requested before confirmation");

    // Confirmed, without a token: the token is emailed, exit 3.
    let first = tokio::task::block_in_place(|| run_migrate(lab, &account, dirs.path(), None, None));
    assert_eq!(first.code, Some(3));
    let last = first.lines.last().unwrap();
    assert_eq!(last["status"], "waiting_for_plc_token", "{last}");
    assert_eq!(last["email_sent_now"], true, "{last}");
    assert!(last["message"].as_str().unwrap().contains("TEKTITE_PLC_TOKEN"), "{last}");
    let finished: Vec<&str> =
        first.lines.iter().filter(|l| l["event"] == "step_finished").map(|l| l["step"].as_str().unwrap()).collect();
    assert_eq!(finished, vec!["request_plc_token"]);
    let finished: Vec<&str> = unconfirmed
        .lines
        .iter()
        .filter(|l| l["event"] == "step_finished")
        .map(|l| l["step"].as_str().unwrap())
        .collect();
    assert_eq!(finished, STEPS[..4].to_vec());
    assert!(missing_on_target(lab, &account).await.is_empty());
    let st = status_json(dirs.path());
    assert_eq!(st["migrations"][0]["next_step"], "plc_operation", "{st}");

    // Run again without a token: no second email (the first is still valid), exit 3 again.
    let mails_before = lab.mails(Side::Old).len();
    let again = tokio::task::block_in_place(|| run_migrate(lab, &account, dirs.path(), None, None));
    assert_eq!(again.code, Some(3));
    assert_eq!(again.lines.last().unwrap()["email_sent_now"], false);
    assert_eq!(lab.mails(Side::Old).len(), mails_before, "a second email was requested");

    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let done = tokio::task::block_in_place(|| run_migrate(lab, &account, dirs.path(), Some(&token), None));
    assert_eq!(done.code, Some(0));
    assert_eq!(done.lines.last().unwrap()["status"], "complete");
    eprintln!("whole migration through the CLI: {:.1}s", started.elapsed().as_secs_f64());
    assert_migrated(lab, &account, &old_records, &prefs).await;
    let st = status_json(dirs.path());
    assert_eq!(st["migrations"][0]["complete"], true, "{st}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_migration_killed_after_each_step_is_finished_by_the_next_run() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "killed", "3x64k,1x512k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let dirs = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let mut token: Option<String> = None;

    for (i, step) in STEPS.iter().enumerate() {
        let mut runs = 0;
        loop {
            runs += 1;
            assert!(runs <= 3, "step {step} never finished");
            let run =
                tokio::task::block_in_place(|| run_migrate(lab, &account, dirs.path(), token.as_deref(), Some(step)));
            if run.code.is_none() {
                break; // killed right after the step
            }
            assert_eq!(run.code, Some(3), "run before {step} ended unexpectedly");
            let previous = token.clone();
            token = tokio::task::block_in_place(|| {
                lab.wait_plc_token(&account, previous.as_deref(), Duration::from_secs(10))
            });
            assert!(token.is_some(), "no PLC token mail");
        }
        let st = status_json(dirs.path());
        let done: Vec<String> = st["migrations"][0]["steps_done"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect();
        assert_eq!(done, STEPS[..=i].to_vec(), "saved steps after the kill at {step}");
        if *step == "create_account" {
            // Also lose the saved state: the next run finds the account on the new PDS and signs in.
            std::fs::remove_dir_all(dirs.path().join("state")).unwrap();
        }
    }
    let last = tokio::task::block_in_place(|| run_migrate(lab, &account, dirs.path(), token.as_deref(), None));
    assert_eq!(last.code, Some(0));
    eprintln!("migration killed after each of {} steps: {:.1}s", STEPS.len(), started.elapsed().as_secs_f64());
    assert_migrated(lab, &account, &old_records, &prefs).await;
}
