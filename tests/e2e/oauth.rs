//! Signing in through the old account's own server (OAuth) with the CLI, against the lab's real
//! PDS as its own authorization server: the test opens the address `tektite-cli … --oauth
//! --no-browser` prints in headless Chromium and answers the server's pages as a person would.
//! The shared lab gives OAuth access tokens 20 seconds and rotates DPoP nonces every 2 seconds, so
//! a run of any length renews its session and follows new nonces.
//!
//! - a backup that never sees the password, verified, preferences included; a refused consent
//!   ("Deny access") ends with words and nothing written;
//! - a whole move whose old side signs in by OAuth: the new PDS reached through a slow proxy so that
//!   the session is renewed mid-run; it waits (exit 5) for the old account to be deactivated on the
//!   old PDS's own account page, and the same command then finishes with no sign-in at all;
//! - a move that deactivates the old account with `TEKTITE_FROM_PASSWORD`, the one call OAuth
//!   cannot make;
//! - a deactivated account is not sent to its page (which would reactivate it): exit 2, in words;
//! - every run with `TEKTITE_LOG=trace`: no token, code or DPoP proof in its output, its state,
//!   its cache, the backup or its argv.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::account_migration::{assert_migrated, before_the_move};
use crate::common::CLI;
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::{Lab, SeededAccount, Side};
use crate::server_page::{Consent, ServerPage};

const SIGN_IN_LINE: &str = "Open this address to sign in: ";

/// One CLI run that may have signed in through the server's page.
struct OAuthRun {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// How many `Open this address to sign in:` lines it printed.
    sign_in_lines: usize,
    /// Its command line while it waited for the browser.
    argv: String,
    /// Where the server sent the browser back to.
    redirected_to: Option<String>,
}

impl OAuthRun {
    fn json_lines(&self) -> Vec<Value> {
        self.stdout.lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
    }

    fn last(&self) -> Value {
        self.json_lines().last().cloned().unwrap_or_default()
    }
}

/// Runs `cmd` and, when it prints the address to sign in, opens it in Chromium and answers
/// `consent` there as `account`.
async fn run_signing_in(mut cmd: Command, account: &SeededAccount, consent: Consent) -> OAuthRun {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let pid = child.id();
    let (tx, rx) = mpsc::channel::<String>();
    let stderr = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if let Some(url) = line.strip_prefix(SIGN_IN_LINE) {
                let _ = tx.send(url.to_owned());
            }
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let mut stdout = child.stdout.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut all = String::new();
        let _ = stdout.read_to_string(&mut all);
        all
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut argv = String::new();
    let mut redirected_to = None;
    loop {
        match rx.try_recv() {
            Ok(url) => {
                argv = std::fs::read(format!("/proc/{pid}/cmdline"))
                    .map(|b| String::from_utf8_lossy(&b).replace('\0', " "))
                    .unwrap_or_default();
                let page = ServerPage::start(Vec::new()).await;
                redirected_to = Some(page.sign_in(&url, &account.old_handle, &account.password, consent).await);
                page.close().await;
                break;
            }
            Err(mpsc::TryRecvError::Disconnected) => break, // it ended without asking
            Err(mpsc::TryRecvError::Empty) => {
                assert!(Instant::now() < deadline, "the CLI printed no sign-in address");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
    let status = tokio::task::spawn_blocking(move || child.wait().unwrap()).await.unwrap();
    let stderr = err_reader.join().unwrap();
    let stdout = out_reader.join().unwrap();
    let sign_in_lines = stderr.lines().filter(|l| l.starts_with(SIGN_IN_LINE)).count();
    eprintln!("exit {:?}; stderr (last 3000 bytes): {}", status.code(), tail(&stderr, 3000));
    OAuthRun { code: status.code(), stdout, stderr, sign_in_lines, argv, redirected_to }
}

fn tail(s: &str, n: usize) -> &str {
    let start = s.len().saturating_sub(n);
    let start = (start..s.len()).find(|i| s.is_char_boundary(*i)).unwrap_or(s.len());
    &s[start..]
}

/// Credentials that must never appear anywhere Tektite writes: JWTs (access tokens, DPoP proofs,
/// service-auth tokens), the reference PDS's refresh tokens and authorization codes, a private JWK.
fn secrets_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let token_char = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    for (i, _) in text.match_indices("eyJ") {
        let run = bytes[i..].iter().take_while(|c| token_char(**c) || **c == b'.').count();
        let piece = &text[i..i + run];
        if run > 40 && piece.matches('.').count() >= 2 {
            found.push(piece.chars().take(24).collect::<String>() + "…");
        }
    }
    for prefix in ["ref-", "cod-"] {
        for (i, _) in text.match_indices(prefix) {
            let run = bytes[i + prefix.len()..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
            if run >= 32 {
                found.push(format!("{prefix}{}…", &text[i + prefix.len()..i + prefix.len() + 8]));
            }
        }
    }
    if text.contains("\"d\":\"") || text.contains("DPoP ey") {
        found.push("a private key or DPoP header".into());
    }
    found
}

/// Every file under `dir`, as text where it is text.
fn files_text(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_text(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path.display().to_string(), String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    out
}

fn assert_no_secrets(runs: &[&OAuthRun], dirs: &[&Path]) {
    let mut places: Vec<(String, String)> = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        places.push((format!("run {i} stdout"), run.stdout.clone()));
        places.push((format!("run {i} stderr (TEKTITE_LOG=trace)"), run.stderr.clone()));
        places.push((format!("run {i} argv"), run.argv.clone()));
    }
    for dir in dirs {
        places.extend(files_text(dir));
    }
    assert!(runs.iter().any(|r| r.stderr.len() > 10_000), "trace logging was on: the scan must see the logs");
    for (place, text) in places {
        let found = secrets_in(&text);
        assert!(found.is_empty(), "{place} holds credentials: {found:?}");
    }
}

fn cli(lab: &Lab, account: &SeededAccount, args: &[&str]) -> Command {
    let mut cmd = Command::new(CLI);
    cmd.args(args)
        .args(["--plc", lab.plc_url(), "--handle-resolver", lab.old_url(), "--json", "--oauth", "--no-browser"])
        .env("TEKTITE_LOG", "trace")
        // Nothing to fall back on: a prompt or a password would show in the run.
        .env_remove("TEKTITE_FROM_PASSWORD")
        .env("TEKTITE_NEW_PASSWORD", &account.password)
        .env_remove("TEKTITE_PLC_TOKEN");
    cmd
}

/// `migrate --oauth` of `account` to `to`, its state and cache in `dirs`, confirmed (`--yes`), with
/// the emailed `token` when there is one.
fn migrate_cmd(lab: &Lab, account: &SeededAccount, to: &str, dirs: &Path, token: Option<&str>) -> Command {
    let mut cmd = cli(lab, account, &["migrate", "--from-id", &account.old_handle, "--to", to]);
    cmd.args(["--new-handle", &account.new_handle, "--new-email", &account.email, "--yes", "--state-dir"])
        .arg(dirs.join("state"))
        .arg("--cache-dir")
        .arg(dirs.join("cache"));
    if let Some(t) = token {
        cmd.env("TEKTITE_PLC_TOKEN", t);
    }
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_signs_in_through_the_server_page_and_keeps_no_secret() {
    let lab = Lab::shared();
    let account = tokio::task::block_in_place(|| lab.seed("oauthbackup", "5x128k"));
    let (_, prefs) = before_the_move(lab, &account).await;
    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().join("backup").display().to_string();

    // "Deny access" on the server's page: words, exit 2, nothing written.
    let denied = run_signing_in(
        cli(lab, &account, &["backup", "--from-id", &account.old_handle, "--out", &out_arg]),
        &account,
        Consent::Deny,
    )
    .await;
    assert_eq!(denied.code, Some(2), "a refused consent is the person's choice: exit 2");
    assert!(denied.last()["error"].as_str().unwrap_or_default().contains("not allowed"), "{}", denied.last());
    assert!(denied.redirected_to.as_deref().unwrap_or_default().contains("error=access_denied"));
    assert!(!out.path().join("backup/manifest.json").exists(), "nothing backed up after a refusal");

    let started = Instant::now();
    let run = run_signing_in(
        cli(lab, &account, &["backup", "--from-id", &account.old_handle, "--out", &out_arg]),
        &account,
        Consent::Allow,
    )
    .await;
    assert_eq!(run.code, Some(0), "{}", run.last());
    assert_eq!(run.sign_in_lines, 1, "exactly one line with the address");
    let report = run.last();
    assert_eq!(report["blobs_total"], 5, "{report}");
    eprintln!("OAuth backup (sign-in in Chromium included): {:.1}s", started.elapsed().as_secs_f64());
    let saved: Value =
        serde_json::from_slice(&std::fs::read(out.path().join("backup/preferences.json")).unwrap()).unwrap();
    assert_eq!(saved.get("preferences").unwrap_or(&saved), &prefs, "the preferences, read with the OAuth scope");
    let verify = Command::new(CLI).args(["backup", "--verify", &out_arg, "--json"]).output().unwrap();
    assert!(verify.status.success(), "{}", String::from_utf8_lossy(&verify.stderr));
    assert_no_secrets(&[&denied, &run], &[out.path()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_signs_in_through_the_server_page_and_waits_for_the_account_page() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "oauthmove", "8x256k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let dirs = tempfile::tempdir().unwrap();
    // The blob step through a slow proxy outlasts the old side's 20-second access token.
    let slow =
        FaultProxy::start(lab.new_url(), Faults { upload_delay: Some(Duration::from_secs(4)), ..Default::default() });
    let to = slow.url();
    let migrate = |token: Option<&str>| {
        let mut cmd = migrate_cmd(lab, &account, &to, dirs.path(), token);
        cmd.args(["--concurrency", "2"]);
        cmd
    };
    let started = Instant::now();
    let first = run_signing_in(migrate(None), &account, Consent::Allow).await;
    assert_eq!(first.code, Some(3), "waits for the emailed code: {}", first.last());
    assert_eq!(first.sign_in_lines, 1);
    let renewed = first
        .json_lines()
        .iter()
        .filter(|l| l["event"] == "session_refreshed" && lab.old_url().contains(l["host"].as_str().unwrap_or("-")))
        .count();
    assert!(renewed >= 1, "the old side's OAuth session was renewed during the run");
    assert!(
        first.stderr.contains("with its new nonce"),
        "the server's nonces rotated during the run, and were followed"
    );

    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let second = run_signing_in(migrate(Some(&token)), &account, Consent::Allow).await;
    assert_eq!(second.code, Some(5), "waits for the old account's deactivation: {}", second.last());
    let waiting = second.last();
    assert_eq!(waiting["status"], "waiting_for_deactivation", "{waiting}");
    let account_page = waiting["account_page"].as_str().unwrap().to_owned();
    assert_eq!(account_page, format!("{}/account", lab.old_url().trim_end_matches('/')));
    let old = crate::pds::session(lab.api(Side::Old), &account).await;
    assert_eq!(old["active"], true, "not deactivated without the person: {old}");

    // The person deactivates the old account on its own page; the same command then finishes
    // without signing in (that also ended the account's OAuth sessions).
    let page = ServerPage::start(Vec::new()).await;
    page.deactivate_account(&account_page, &account.old_handle, &account.password).await;
    page.close().await;
    let third = run_signing_in(migrate(Some(&token)), &account, Consent::Allow).await;
    assert_eq!(third.code, Some(0), "{}", third.last());
    assert_eq!(third.sign_in_lines, 0, "no sign-in needed to see the old account deactivated");
    let done = third.last();
    assert_eq!(done["status"], "complete", "{done}");
    assert_eq!(done["summary"]["old_deactivated_by"], "account_page", "{done}");
    eprintln!("whole move by OAuth (three runs, two sign-ins): {:.1}s", started.elapsed().as_secs_f64());
    assert_migrated(lab, &account, &old_records, &prefs).await;
    assert_no_secrets(&[&first, &second, &third], &[dirs.path()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_by_oauth_deactivates_with_the_password_when_given() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "oauthpw", "2x64k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let dirs = tempfile::tempdir().unwrap();
    // The password only with the code: the run that deactivates the old account.
    let migrate = |token: Option<&str>| {
        let mut cmd = migrate_cmd(lab, &account, lab.new_url(), dirs.path(), token);
        if token.is_some() {
            cmd.env("TEKTITE_FROM_PASSWORD", &account.password);
        }
        cmd
    };
    let first = run_signing_in(migrate(None), &account, Consent::Allow).await;
    assert_eq!(first.code, Some(3), "{}", first.last());
    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let second = run_signing_in(migrate(Some(&token)), &account, Consent::Allow).await;
    assert_eq!(second.code, Some(0), "{}", second.last());
    assert_eq!(second.last()["summary"]["old_deactivated_by"], "password", "{}", second.last());
    assert_migrated(lab, &account, &old_records, &prefs).await;
}

/// A deactivated account (moved away, say) is never sent to its server's page: that page would
/// reactivate it at sign-in. The run says so and points to the password, before any address is
/// printed; nothing changes on the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deactivated_account_is_not_sent_to_its_page_which_would_reactivate_it() {
    let lab = Lab::shared();
    let account = tokio::task::block_in_place(|| lab.seed("oauthdeact", "1x64k"));
    let token = crate::pds::login(lab.api(Side::Old), &account.did, &account.password).await;
    let url = format!("{}/xrpc/com.atproto.server.deactivateAccount", lab.api(Side::Old));
    crate::pds::xrpc(reqwest::Method::POST, url, &token, Some(serde_json::json!({}))).await;
    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().join("backup").display().to_string();
    let run = run_signing_in(
        cli(lab, &account, &["backup", "--from-id", &account.did, "--out", &out_arg]),
        &account,
        Consent::Allow,
    )
    .await;
    assert_eq!(run.code, Some(2), "{}", run.last());
    assert_eq!(run.sign_in_lines, 0, "the page of a deactivated account was offered");
    let said = run.last()["error"].as_str().unwrap_or_default().to_owned();
    assert!(said.contains("deactivated") && said.contains("reactivate") && said.contains("password"), "{said}");
    let status = crate::pds::session(lab.api(Side::Old), &account).await;
    assert_eq!(status["active"], false, "the account was reactivated: {status}");
}
