//! Bad input gets a clear message and exit code 2, and changes nothing on either server.

use crate::common::{cli, dirs, missing_on_target, run, CLI};
use crate::lab::Lab;

fn assert_usage_error(r: &crate::common::Run, needle: &str) {
    assert_eq!(r.code, 2, "expected exit 2, got {}: {}", r.code, r.summary);
    let message = r.summary["error"].as_str().unwrap_or_default();
    assert!(message.contains(needle), "message {message:?} should contain {needle:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_accounts_passwords_and_servers_exit_2_with_a_clear_message() {
    let lab = Lab::shared();
    let account = lab.seed("bad-input", "3x64k");
    let before = missing_on_target(lab, &account).await;
    assert_eq!(before.len(), 3);

    let mut unknown = account.clone();
    unknown.old_handle = "nobody-here.old.test".into();
    let r = run(cli(&unknown, lab.old_url(), lab.new_url(), dirs().path(), &[]));
    assert_usage_error(&r, "does not know the handle");

    let mut wrong = account.clone();
    wrong.password = "not-the-password".into();
    let r = run(cli(&wrong, lab.old_url(), lab.new_url(), dirs().path(), &[]));
    assert_usage_error(&r, "rejected the password");

    let r = run(cli(&account, "http://127.0.0.1:9", lab.new_url(), dirs().path(), &[]));
    assert_usage_error(&r, "could not connect");

    let mut absent = account.clone();
    absent.new_handle = "nobody-here.new.test".into();
    let r = run(cli(&absent, lab.old_url(), lab.new_url(), dirs().path(), &[]));
    assert_usage_error(&r, "new PDS");

    // Refused while reading the arguments (a bare host would be accepted as https://host).
    let r = run(cli(&account, "not a url", lab.new_url(), dirs().path(), &[]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("is not a server address"), "{}", r.stderr);

    // Nothing changed on the new PDS.
    assert_eq!(missing_on_target(lab, &account).await, before);
}

/// Issue 12, item 4: a server that accepts the connection and never answers is reported in seconds
/// (a short per-request timeout while signing in), not after minutes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_never_answers_is_reported_within_seconds() {
    let lab = Lab::shared();
    let account = lab.seed("silent-server", "1x64k");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent = format!("http://{}", listener.local_addr().unwrap());
    // Accepts every connection and holds it open without a word, until the test ends.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let started = std::time::Instant::now();
    let r = run(cli(&account, &silent, lab.new_url(), dirs().path(), &[]));
    let took = started.elapsed();
    assert_eq!(r.code, 2, "{}", r.summary);
    assert!(r.summary["error"].as_str().unwrap_or_default().contains("old PDS"), "{}", r.summary);
    assert!(took < std::time::Duration::from_secs(40), "took {took:?} to give up on a silent server");
}

#[test]
fn missing_password_and_bad_flags_exit_2() {
    let out = std::process::Command::new(CLI)
        .args([
            "blobs",
            "--from",
            "http://127.0.0.1:9",
            "--from-id",
            "a.test",
            "--to",
            "http://127.0.0.1:9",
            "--to-id",
            "a.test",
        ])
        .env_remove("TEKTITE_FROM_PASSWORD")
        .env_remove("TEKTITE_TO_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("TEKTITE_FROM_PASSWORD"));

    let out = std::process::Command::new(CLI).args(["blobs", "--from", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = std::process::Command::new(CLI)
        .args(["blobs", "--from", "x", "--from-id", "a", "--to", "y", "--to-id", "b", "--concurrency", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
