//! One run per account (issue 25): two runs started at once on one account never work over each
//! other. The second exits 2 naming the first (command, since when, process id) and changes
//! nothing; the first completes. A killed run's lock goes with its process.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::account_migration::{assert_migrated, before_the_move, migrate_cmd_via, run_migrate_with};
use crate::common::{assert_blobs_identical, cli, dirs, missing_on_target, Run};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::Lab;

fn start(mut cmd: Command) -> Child {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("the CLI starts")
}

fn finish(child: Child) -> Run {
    let run = Run::from_output(child.wait_with_output().unwrap());
    eprintln!("cli exit {} summary {}\nstderr: {}", run.code, run.summary, run.stderr);
    run
}

/// The refused run's last line names the lock's holder.
fn assert_refused(run: &Run, command: &str) {
    assert_eq!(run.code, 2, "the second run is refused");
    let error = run.summary["error"].as_str().unwrap_or_default();
    assert!(error.contains("another run is working on this account"), "{error}");
    assert!(error.contains(&format!("tektite-cli {command}")), "{error}");
    assert!(error.contains("(process "), "{error}");
    assert!(error.contains("Nothing was changed"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_moves_of_one_account_at_once_one_refused_one_completes() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "twice", "6x256k,1x2m").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let target = FaultProxy::start(lab.new_url(), Faults::default());
    let (a, b) = (dirs(), dirs());
    let to = target.url();
    let cmd = |dir: &std::path::Path, token: Option<&str>| {
        migrate_cmd_via(lab, (lab.old_url(), &to), &account, dir, token, true)
    };
    // Two terminals, each with folders of its own: the lock is the machine's, not a folder's.
    let (first, second) = (start(cmd(a.path(), None)), start(cmd(b.path(), None)));
    let (first, second) = tokio::task::block_in_place(|| (finish(first), finish(second)));
    let (winner, loser, winner_dir) = match (first.code, second.code) {
        (3, 2) => (first, second, a.path()),
        (2, 3) => (second, first, b.path()),
        codes => panic!("expected one run waiting for the PLC code (3) and one refused (2), got {codes:?}"),
    };
    assert_refused(&loser, "migrate");
    assert_eq!(winner.summary["status"], "waiting_for_plc_token", "{}", winner.summary);
    assert_eq!(target.stats().uploads_by_cid.values().filter(|n| **n > 1).count(), 0, "a blob went twice");

    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let done = tokio::task::block_in_place(|| run_migrate_with(cmd(winner_dir, Some(&token)), None));
    assert_eq!(done.code, Some(0), "{:?}", done.lines.last());
    assert_migrated(lab, &account, &old_records, &prefs).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_repairs_at_once_upload_no_blob_twice_and_a_killed_runs_lock_goes_with_it() {
    let lab = Lab::shared();
    let account = lab.seed("twice-blobs", "24x128k,1x3m");
    let target = FaultProxy::start(
        lab.new_url(),
        Faults { upload_delay: Some(Duration::from_millis(50)), ..Default::default() },
    );
    let (a, b) = (dirs(), dirs());
    let run = |dir: &std::path::Path| cli(&account, lab.old_url(), &target.url(), dir, &["--strategy", "storage"]);
    let (first, second) = (start(run(a.path())), start(run(b.path())));
    let (first, second) = tokio::task::block_in_place(|| (finish(first), finish(second)));
    let (winner, loser) = if first.code == 0 { (first, second) } else { (second, first) };
    assert_eq!(winner.code, 0, "one repair completes");
    assert_refused(&loser, "blobs");
    let stats = target.stats();
    let twice: Vec<_> = stats.uploads_by_cid.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "uploaded more than once: {twice:?}");
    assert_eq!(stats.uploads_succeeded, account.blobs.len());
    assert_blobs_identical(lab, &account).await;

    // A run killed while it holds the lock (SIGKILL: no clean-up) does not block the next.
    lab.reset_target(&account);
    let mut killed = start(run(a.path()));
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while target.stats().uploads_succeeded == account.blobs.len() {
        assert!(std::time::Instant::now() < deadline, "the run never started uploading");
        std::thread::sleep(Duration::from_millis(20));
    }
    killed.kill().unwrap();
    killed.wait().unwrap();
    let next = tokio::task::block_in_place(|| finish(start(run(a.path()))));
    assert_eq!(next.code, 0, "{}", next.stderr);
    assert!(missing_on_target(lab, &account).await.is_empty());
}

/// Two moves on two machines (no shared lock): the reference PDS's failed second `createAccount`
/// destroys the repository of the account the first made. Every later run says so in words,
/// naming what the person can do, instead of failing at a step with "Repo not found".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_left_without_its_repository_is_explained() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "no-repo", "2x64k").await;
    let work = dirs();
    let cmd = || migrate_cmd_via(lab, (lab.old_url(), lab.new_url()), &account, work.path(), None, true);
    let killed = tokio::task::block_in_place(|| run_migrate_with(cmd(), Some("create_account")));
    assert_eq!(killed.code, None, "killed after the account was created");
    assert!(lab.destroy_new_repo(&account.did), "no repository of {} on the new PDS", account.did);

    let again = tokio::task::block_in_place(|| run_migrate_with(cmd(), None));
    assert_eq!(again.code, Some(1), "{:?}", again.lines.last());
    let error = again.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(error.contains("holds an account for") && error.contains("but no repository"), "{error}");
    assert!(error.contains("com.atproto.admin.deleteAccount"), "{error}");
    assert!(error.contains("the old account still holds everything"), "{error}");
}

/// Two accounts that share a blob (the same picture posted by both), moved at once through one
/// cache folder with the storage strategy: each run caches the blob in a file of its own, so
/// neither uploads bytes the other was writing, and both complete byte for byte.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_accounts_sharing_a_blob_moved_at_once_through_one_cache() {
    let lab = Lab::shared();
    let a = lab.seed("share-a", "2x64k,1x2m");
    let mut b = lab.seed("share-b", "2x64k");
    // B posts A's 2 MiB picture: the same bytes, so the same CID.
    let shared = a.blobs.iter().find(|x| x.size > 1 << 20).unwrap().clone();
    let old = lab.api(crate::lab::Side::Old);
    let a_token = crate::common::login(old, &a.did, &a.password).await;
    let bytes = reqwest::Client::new()
        .get(format!("{old}/xrpc/com.atproto.sync.getBlob"))
        .bearer_auth(&a_token)
        .query(&[("did", a.did.as_str()), ("cid", shared.cid.as_str())])
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let b_token = crate::common::login(old, &b.did, &b.password).await;
    let uploaded: serde_json::Value = reqwest::Client::new()
        .post(format!("{old}/xrpc/com.atproto.repo.uploadBlob"))
        .bearer_auth(&b_token)
        .header("content-type", shared.mime_type.as_str())
        .body(bytes)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(uploaded["blob"]["ref"]["$link"], shared.cid.as_str(), "the same bytes, the same CID");
    let record = serde_json::json!({
        "repo": b.did, "collection": "com.example.tektite.file", "validate": false,
        "record": { "$type": "com.example.tektite.file", "name": "shared", "file": uploaded["blob"] },
    });
    crate::pds::xrpc(
        reqwest::Method::POST,
        format!("{old}/xrpc/com.atproto.repo.createRecord"),
        &b_token,
        Some(record),
    )
    .await;
    b.blobs.push(shared.clone());
    // The new PDS's copy of B's repository (prepared by the seed) gets the new record too.
    tokio::task::block_in_place(|| lab.reset_target(&b));

    // A slow old PDS, so both runs cache the shared blob at the same time.
    let source = FaultProxy::start(
        lab.old_url(),
        Faults { download_delay: Some(Duration::from_millis(300)), ..Default::default() },
    );
    // One cache and state folder for both, as the defaults are for every account of a user.
    let shared_dirs = dirs();
    let run = |account: &crate::lab::SeededAccount| {
        cli(account, &source.url(), lab.new_url(), shared_dirs.path(), &["--strategy", "storage"])
    };
    let (ra, rb) = (start(run(&a)), start(run(&b)));
    let (ra, rb) = tokio::task::block_in_place(|| (finish(ra), finish(rb)));
    assert_eq!((ra.code, rb.code), (0, 0), "{} / {}", ra.stderr, rb.stderr);
    assert!(ra.failures().is_empty() && rb.failures().is_empty());
    // Each run downloaded it for itself (the plans' size probes count here too).
    assert!(source.stats().get_blob_by_cid.get(&shared.cid).copied().unwrap_or(0) >= 2, "{:?}", source.stats());
    assert_blobs_identical(lab, &a).await;
    assert_blobs_identical(lab, &b).await;
}
