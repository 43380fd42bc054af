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

/// The old PDS states no length for the repository (so Tektite spools it and sends it with one);
/// the new PDS takes nothing without a length and fails every lookup of the (deactivated) new
/// account: the move completes all the same, checked on the servers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_account_moves_between_strict_servers() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "strict-move", "3x64k,1x1m").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let source = FaultProxy::start(lab.old_url(), Faults { repo_without_length: true, ..strict() });
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
