//! The CLI in the person's language, against the lab: `migrate` under `LANG=ja_JP.UTF-8` says its
//! steps, its progress lines, its wait for the emailed code, its summary and its checklist in
//! Japanese; with `--json` the same run stays English (scripts read it); `TEKTITE_LANG` outranks
//! the locale.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use crate::account_migration::migrate_cmd_for_people;
use crate::common::CLI;
use crate::lab::{Lab, SeededAccount};

/// `migrate` of `account` in the locale `lang` (`LANG`; the other locale variables cleared, so the
/// machine's own settings do not leak in), with `--json` when asked.
fn migrate(lab: &Lab, account: &SeededAccount, dirs: &Path, lang: &str, json: bool, token: Option<&str>) -> Output {
    let urls = (lab.old_url(), lab.new_url());
    let mut cmd = migrate_cmd_for_people(lab, urls, account, dirs, token, true);
    cmd.env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("TEKTITE_LANG");
    if json {
        cmd.arg("--json");
    }
    cmd.output().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_speaks_japanese_under_a_japanese_locale_and_json_stays_english() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "nihongo", "3x64k").await;
    let dirs = tempfile::tempdir().unwrap();

    // Up to the emailed code, in Japanese: each step, each blob's progress line, the wait.
    let first = tokio::task::block_in_place(|| migrate(lab, &account, dirs.path(), "ja_JP.UTF-8", false, None));
    let said = String::from_utf8_lossy(&first.stderr).into_owned();
    eprintln!("{said}");
    assert_eq!(first.status.code(), Some(3), "{said}");
    for words in [
        "[create_account] 新しい PDS にアカウントを作成する",
        "[import_repo] 完了",
        "をコピー · 3 個中 1 個の blob、",
        "3 個中 3 個の blob、100 %",
        "[request_plc_token] 完了",
        "古い PDS が確認コードをメールで送りました",
        "TEKTITE_PLC_TOKEN",
    ] {
        assert!(said.contains(words), "no {words:?} in:\n{said}");
    }
    for english in ["copied ", " blobs, ", "done\n", "emailed"] {
        assert!(!said.contains(english), "English {english:?} in the Japanese run:\n{said}");
    }

    // The same wait with --json: the message a script reads is English.
    let json = tokio::task::block_in_place(|| migrate(lab, &account, dirs.path(), "ja_JP.UTF-8", true, None));
    assert_eq!(json.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&json.stdout);
    let last: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(last["status"], "waiting_for_plc_token", "{last}");
    assert!(last["message"].as_str().unwrap().contains("has already emailed a confirmation code"), "{last}");

    // With the code: the end, its summary, the checklist and the look from outside, in Japanese.
    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let done = tokio::task::block_in_place(|| migrate(lab, &account, dirs.path(), "ja_JP.UTF-8", false, Some(&token)));
    let (out, err) = (String::from_utf8_lossy(&done.stdout), String::from_utf8_lossy(&done.stderr));
    eprintln!("{err}{out}");
    assert_eq!(done.status.code(), Some(0), "{err}");
    for words in [
        format!("{} のアカウント移行", account.did),
        format!("アカウント {} は現在", account.did),
        "次にすること：".to_owned(),
        format!("すべてのアプリからログアウトし、{} として再度サインインしてください", account.new_handle),
        "古いアカウントは無効化されただけで、削除されていません".to_owned(),
        "ほかの人から見た新しいアカウント：".to_owned(),
    ] {
        assert!(out.contains(&words) || err.contains(&words), "no {words:?} in:\n{err}{out}");
    }

    // TEKTITE_LANG outranks the locale.
    let empty = tempfile::tempdir().unwrap();
    let status = Command::new(CLI)
        .args(["status", "--state-dir"])
        .arg(empty.path())
        .env("LANG", "ja_JP.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .env("TEKTITE_LANG", "de")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&status.stdout);
    assert!(said.contains("Keine gespeicherten Umzüge"), "{said}");
}
