//! Not only the reference PDS (issue 32): the whole move and a blob repair through the fault proxy's
//! `strict` mode, which behaves as rsky-pds (the PDS Blacksky runs) does where the reference PDS is
//! lenient: bodies without a `Content-Length` refused, lookups of deactivated accounts failing with
//! 500, upload bodies cut at a size of its own. (The restore's test in `backup.rs` restores through
//! a strict new PDS too.)

use std::time::Duration;

use crate::account_migration::{assert_migrated, before_the_move, migrate_cmd_via, run_migrate_with};
use crate::common::{assert_blobs_identical, cli, dirs, missing_on_target, run};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::Lab;

fn strict() -> Faults {
    Faults { strict: true, ..Default::default() }
}

/// The old PDS states no length for the repository (neither the reference PDS nor rsky-pds does:
/// Tektite spools it and sends it with one); the new PDS takes nothing without a length, fails
/// every lookup of the (deactivated) new account and names `record_uri` as rsky-pds does: the move
/// completes all the same, checked on the servers. Both sides' calls go through the proxies.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_account_moves_between_strict_servers() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "strict-move", "3x64k,1x1m").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    // The old PDS's sessions carry the account's document naming the proxy, so its data calls go
    // through the strict proxy too.
    let source = FaultProxy::start(
        lab.old_url(),
        Faults { repo_without_length: true, session_did_doc_from: Some(lab.plc_api().to_owned()), ..strict() },
    );
    let target = FaultProxy::start(lab.new_url(), strict());
    let work = dirs();
    let (from, to) = (source.url(), target.url());
    let migrate = |token: Option<&str>| {
        let cmd = migrate_cmd_via(lab, (&from, &to), &account, work.path(), token, true);
        tokio::task::block_in_place(|| run_migrate_with(cmd, None))
    };

    let first = migrate(None);
    assert_eq!(first.code, Some(3), "waits for the emailed code: {:?}", first.lines.last());
    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let done = migrate(Some(&token));
    assert_eq!(done.code, Some(0), "{:?}", done.lines.last());
    assert_eq!(done.lines.last().unwrap()["status"], "complete");
    assert_migrated(lab, &account, &old_records, &prefs).await;

    let old_side = source.stats();
    assert!(old_side.get_blob_by_cid.len() >= account.blobs.len(), "the old side's data went around the proxy");
    let stats = target.stats();
    eprintln!("strict new PDS saw: {stats:?}");
    assert_eq!(stats.refused_without_length, 0, "a body went without its length");
    assert_eq!(stats.refused_without_type, 0, "an upload went without its content type");
    assert!(stats.import_requests >= 1, "no import reached the new PDS");
    assert_eq!(stats.imports_with_length, stats.import_requests, "every import states its length");
    assert_eq!(stats.uploads_succeeded, account.blobs.len(), "each blob uploaded once");
}

/// A repair (`blobs`) to an account that exists, deactivated, on a strict new PDS, named by its
/// handle: the sign-in needs neither `resolveHandle` nor `describeRepo` there; a blob the server
/// cuts short is stored under another CID, which Tektite catches and explains.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blobs_reach_a_deactivated_account_on_a_strict_server() {
    let lab = Lab::shared();
    let account = lab.seed("strict-repair", "6x128k,1x3m");
    let big = account.blobs.iter().find(|b| b.size > 2 << 20).unwrap().cid.clone();
    let target = FaultProxy::start(lab.new_url(), Faults { cut_uploads_after: Some(2 << 20), ..strict() });
    let source = FaultProxy::start(lab.old_url(), strict());

    for strategy in ["streaming", "storage"] {
        let r = run(cli(&account, &source.url(), &target.url(), dirs().path(), &["--strategy", strategy]));
        assert_eq!(r.code, 1, "{strategy}: the cut blob fails, the rest arrive");
        let failures = r.failures();
        assert_eq!(failures.keys().collect::<Vec<_>>(), vec![&big], "{strategy}: {failures:?}");
        let message = failures[&big]["message"].as_str().unwrap();
        assert!(message.contains("size limit of its own"), "{message}");
        assert_eq!(missing_on_target(lab, &account).await, vec![big.clone()], "{strategy}");
    }
    let stats = target.stats();
    assert_eq!(stats.refused_without_length, 0, "{stats:?}");
    assert!(stats.uploads_cut >= 2, "{stats:?}");

    // The server's limit lifted: the same command completes the repair.
    target.set_faults(strict());
    let r = run(cli(&account, &source.url(), &target.url(), dirs().path(), &[]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.num("blobs_migrated"), 1);
    assert_blobs_identical(lab, &account).await;
    assert_eq!(target.stats().refused_without_length, 0);
}

/// A repository of about 50 MB from an old PDS that states no length for it: the import reaches
/// the strict new PDS with a `Content-Length`, spooled on disk, so the CLI's memory stays well
/// below the repository's size (its peak RSS is printed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_repository_without_a_stated_length_is_imported_with_one_in_bounded_memory() {
    use futures::StreamExt;
    use sha2::{Digest, Sha256};

    const RECORDS: usize = 360;
    const RECORD_TEXT: usize = 140 * 1024;
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "big-repo", "1x64k").await;
    let token = crate::common::login(lab.api(crate::lab::Side::Old), &account.did, &account.password).await;
    let started = std::time::Instant::now();
    // Text that does not repeat (a hash chain), so the repository is as large as its records.
    let text = |i: usize| {
        let mut out = String::with_capacity(RECORD_TEXT);
        let mut h = Sha256::digest(format!("{}-{i}", account.did).as_bytes());
        while out.len() < RECORD_TEXT {
            out.push_str(&format!("{h:x}"));
            h = Sha256::digest(h);
        }
        out
    };
    let url = format!("{}/xrpc/com.atproto.repo.createRecord", lab.api(crate::lab::Side::Old));
    futures::stream::iter(0..RECORDS)
        .map(|i| {
            let body = serde_json::json!({
                "repo": account.did,
                "collection": "com.example.tektite.note",
                "record": { "$type": "com.example.tektite.note", "text": text(i) },
            });
            crate::pds::xrpc(reqwest::Method::POST, url.clone(), &token, Some(body))
        })
        .buffer_unordered(4)
        .collect::<Vec<_>>()
        .await;
    eprintln!("{RECORDS} records of {} KiB written in {:.1}s", RECORD_TEXT / 1024, started.elapsed().as_secs_f64());

    let source = FaultProxy::start(lab.old_url(), Faults { repo_without_length: true, ..Default::default() });
    let target = FaultProxy::start(lab.new_url(), strict());
    let work = dirs();
    // Without --yes: everything up to the irreversible steps, then it stops (exit 2).
    let cmd = migrate_cmd_via(lab, (&source.url(), &target.url()), &account, work.path(), None, false);
    let run = tokio::task::block_in_place(|| run_migrate_with(cmd, None));
    let last = run.lines.iter().find(|l| l["status"] == "needs_confirmation").expect("the move stops for confirmation");
    assert_eq!(run.code, Some(2));
    let records = last["summary"]["records"].as_u64().unwrap();
    assert!(records as usize > RECORDS, "the new PDS has {records} records");
    let stats = target.stats();
    assert_eq!(stats.imports_with_length, stats.import_requests, "{stats:?}");
    assert_eq!(stats.refused_without_length, 0);
    let repo_bytes = (RECORDS * RECORD_TEXT) as u64;
    let rss = last["peak_rss_bytes"].as_u64().expect("the CLI reports its peak RSS");
    eprintln!(
        "a repository of {:.1} MB imported through a spool: the CLI's peak RSS {:.1} MB",
        repo_bytes as f64 / 1e6,
        rss as f64 / 1e6
    );
    assert!(rss < repo_bytes, "the CLI held the repository in memory: peak RSS {rss} bytes");
}
