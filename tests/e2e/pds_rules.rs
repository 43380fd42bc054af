//! A new PDS with the rules real ones have: invite codes required, and the PDS's own rate limits on
//! (`uploadBlob` lowered from 1000 a day to a few per window, so the test reaches the limit and
//! gets the PDS's real 429 and `RateLimit-Reset`). Whole moves, checked on the servers.

use std::sync::OnceLock;

use serde_json::{json, Value};

use crate::account_migration::{assert_migrated, before_the_move};
use crate::common::dirs;
use crate::identity::{go, migrate, move_to_the_end};
use crate::lab::{Lab, LabOptions, Side};

/// Uploads the new PDS accepts per window, and the window in seconds.
const UPLOADS: u32 = 3;
const WINDOW_SECS: u32 = 8;

fn strict_lab() -> &'static Lab {
    static LAB: OnceLock<Lab> = OnceLock::new();
    LAB.get_or_init(|| {
        Lab::start_with(LabOptions { invites: true, upload_limit: Some((UPLOADS, WINDOW_SECS)), ..Default::default() })
    })
}

/// A single-use invite code from the new PDS's admin API.
async fn invite_code(lab: &Lab) -> String {
    let answer: Value = reqwest::Client::new()
        .post(format!("{}/xrpc/com.atproto.server.createInviteCode", lab.api(Side::New)))
        .basic_auth("admin", Some(lab.admin_password(Side::New)))
        .json(&json!({ "useCount": 1 }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    answer["code"].as_str().unwrap_or_else(|| panic!("no invite code: {answer}")).to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_to_a_pds_with_invites_and_rate_limits_asks_for_the_code_and_waits_out_the_limit() {
    let lab = strict_lab();
    // More blobs than the new PDS accepts in one window.
    let account = crate::pds::old_only_account(lab, "strict", "7x64k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let work = dirs();

    // No code: stopped before anything changed, saying what is missing.
    let refused = go(migrate(lab, &account, work.path(), None, &[]));
    assert_eq!(refused.code, Some(2), "{:?}", refused.lines.last());
    let message = refused.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(message.contains("invite code"), "{message}");

    let code = invite_code(lab).await;
    let runs = move_to_the_end(lab, &account, None, |token| {
        let env: Vec<(&str, &str)> = token.map(|t| ("TEKTITE_PLC_TOKEN", t)).into_iter().collect();
        let mut cmd = migrate(lab, &account, work.path(), None, &env);
        cmd.args(["--invite-code", &code]);
        cmd
    });
    // The PDS's own limit was reached: the run said until when, waited, and went on.
    let waits: Vec<&Value> =
        runs.iter().flat_map(|r| r.lines.iter()).filter(|l| l["event"] == "rate_limited").collect();
    assert!(!waits.is_empty(), "the upload limit was never reached");
    assert!(
        waits.iter().all(|w| w["stated_by_server"] == true && w["resume_at_unix"].as_u64().unwrap_or(0) > 0),
        "{waits:?}"
    );
    assert!(waits.iter().all(|w| w["wait_secs"].as_u64().unwrap_or(99) <= u64::from(WINDOW_SECS) + 1), "{waits:?}");
    assert_migrated(lab, &account, &old_records, &prefs).await;
}
