//! Real accounts as a user knows them (issue 9): a handle and a password, no server address. The
//! handle is resolved to a DID and its document (the lab's PDS answers `resolveHandle`; its PLC
//! directory serves the documents), and the move follows the document to the account's PDS; or
//! the user signs in at an entryway that demands an emailed code and serves no data, as bsky.social.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::account_migration::{assert_migrated, before_the_move, run_migrate_with, MigrateRun};
use crate::common::{cli, dirs, missing_on_target, run, CLI};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::{Lab, SeededAccount};

/// `migrate` for `account`, signing in at `from` (or nowhere given: by handle alone).
pub(crate) fn migrate(
    lab: &Lab,
    account: &SeededAccount,
    dirs: &Path,
    from: Option<&str>,
    env: &[(&str, &str)],
) -> Command {
    let mut cmd = Command::new(CLI);
    cmd.args(["migrate", "--from-id", &account.old_handle, "--to", lab.new_url()])
        .args(["--new-handle", &account.new_handle, "--new-email", &account.email, "--plc", lab.plc_url()])
        .args(["--handle-resolver", lab.old_url(), "--json", "--yes"])
        .arg("--cache-dir")
        .arg(dirs.join("cache"))
        .arg("--state-dir")
        .arg(dirs.join("state"))
        .env("TEKTITE_FROM_PASSWORD", &account.password)
        .env("TEKTITE_NEW_PASSWORD", &account.password)
        .env_remove("TEKTITE_PLC_TOKEN")
        .env_remove("TEKTITE_FROM_2FA")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(from) = from {
        cmd.args(["--from", from]);
    }
    // A TLS lab's test CA and names (nothing for the plain lab).
    for (k, v) in lab.client_env() {
        cmd.env(k, v);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

pub(crate) fn go(cmd: Command) -> MigrateRun {
    tokio::task::block_in_place(|| run_migrate_with(cmd, None))
}

/// Runs the move to its end: the first run stops for the emailed PLC code (exit 3), the second
/// finishes with it (a code other than `used`, one the test spent itself).
pub(crate) fn move_to_the_end(
    lab: &Lab,
    account: &SeededAccount,
    used: Option<&str>,
    make: impl Fn(Option<&str>) -> Command,
) -> Vec<MigrateRun> {
    let first = go(make(None));
    assert_eq!(first.code, Some(3), "{:?}", first.lines.last());
    let token = lab.wait_plc_token(account, used, Duration::from_secs(10)).expect("the PLC token mail");
    let second = go(make(Some(&token)));
    assert_eq!(second.code, Some(0), "{:?}", second.lines.last());
    vec![first, second]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handle_alone_finds_the_account_and_the_whole_move_completes() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "by-handle", "3x64k,1x512k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let work = dirs();
    let first = go(migrate(lab, &account, work.path(), None, &[]));
    assert_eq!(first.code, Some(3), "{:?}", first.lines.last());
    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    // A mistyped code: said so (exit 2), and the emailed code stays valid: no new email.
    let wrong = go(migrate(lab, &account, work.path(), None, &[("TEKTITE_PLC_TOKEN", "WRONG-CODE")]));
    assert_eq!(wrong.code, Some(2), "{:?}", wrong.lines.last());
    let said = wrong.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(said.contains("not right"), "{said}");
    let codes_sent = lab
        .mails(crate::lab::Side::Old)
        .iter()
        .filter(|m| m.template == "plcOperation" && m.to == account.email)
        .count();
    assert_eq!(codes_sent, 1, "a new code was emailed after a mistyped one");
    let done = go(migrate(lab, &account, work.path(), None, &[("TEKTITE_PLC_TOKEN", &token)]));
    assert_eq!(done.code, Some(0), "{:?}", done.lines.last());
    assert_migrated(lab, &account, &old_records, &prefs).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entryway_with_an_emailed_sign_in_code_is_followed_to_the_accounts_pds() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "entryway", "3x64k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let code = "CODE-12345";
    let entryway = FaultProxy::start(
        lab.old_url(),
        Faults { entryway: true, require_auth_factor: Some(code.into()), ..Default::default() },
    );
    let work = dirs();

    // Without the emailed code: exit 2, saying so, nothing changed.
    let refused = go(migrate(lab, &account, work.path(), Some(&entryway.url()), &[]));
    assert_eq!(refused.code, Some(2));
    let message = refused.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(message.contains("code"), "{message}");
    assert!(entryway.stats().auth_factor_demanded >= 1);

    // With it (TEKTITE_FROM_2FA): signed in at the entryway, everything else at the account's PDS.
    let runs = move_to_the_end(lab, &account, None, |token| {
        let mut env = vec![("TEKTITE_FROM_2FA", code)];
        env.extend(token.map(|t| ("TEKTITE_PLC_TOKEN", t)));
        migrate(lab, &account, work.path(), Some(&entryway.url()), &env)
    });
    let told = runs[0].lines.iter().any(|l| {
        l["event"] == "note"
            && l["text"].as_str().is_some_and(|t| t.contains("signed in at") && t.contains(lab.old_url()))
    });
    assert!(told, "the user is not told where the data is: {:?}", runs[0].lines);
    let stats = entryway.stats();
    assert_eq!(stats.entryway_refused, 0, "a PDS call was sent to the entryway");
    assert_migrated(lab, &account, &old_records, &prefs).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blob_commands_need_no_old_address() {
    let lab = Lab::shared();
    let account = lab.seed("blobs-by-handle", "4x64k");
    let work = dirs();
    let mut cmd = cli(&account, lab.old_url(), lab.new_url(), work.path(), &[]);
    // The same command without --from: the handle is resolved, and the document names the PDS.
    let args: Vec<String> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
    let from = args.iter().position(|a| a == "--from").unwrap();
    let mut args = args;
    args.drain(from..from + 2);
    cmd = Command::new(CLI);
    cmd.args(&args)
        .args(["--handle-resolver", lab.old_url(), "--plc", lab.plc_url()])
        .env("TEKTITE_FROM_PASSWORD", &account.password)
        .env("TEKTITE_TO_PASSWORD", &account.password)
        .stdin(Stdio::null());
    let r = run(cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.num("blobs_migrated"), 4);
    assert!(missing_on_target(lab, &account).await.is_empty());
}

/// A new handle that is neither under the new PDS's domains nor a domain already naming the
/// account: refused before anything changes, saying what DNS record to set or which domains to
/// pick from.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_handle_outside_the_pds_domains_is_explained_before_anything_changes() {
    let lab = Lab::shared();
    let mut account = crate::pds::old_only_account(lab, "elsewhere", "1x64k").await;
    account.new_handle = format!("{}.other.test", account.new_handle.split('.').next().unwrap());
    let work = dirs();
    let refused = go(migrate(lab, &account, work.path(), None, &[]));
    assert_eq!(refused.code, Some(2), "{:?}", refused.lines.last());
    let said = refused.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(said.contains(&format!("_atproto.{}", account.new_handle)), "{said}");
    assert!(said.contains(&format!("did={}", account.did)) && said.contains(".new.test"), "{said}");
    // Nothing was made on the new PDS.
    let answer = reqwest::get(format!(
        "{}/xrpc/com.atproto.repo.describeRepo?repo={}",
        lab.api(crate::lab::Side::New),
        account.did
    ))
    .await
    .unwrap();
    assert!(!answer.status().is_success(), "an account was created on the new PDS");
}
