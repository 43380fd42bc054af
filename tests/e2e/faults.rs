//! Real faults between the CLI and a real PDS: corrupted bytes, a size limit, an expired token, rate
//! limits with and without headers, transient gateway errors.

use std::time::{Duration, Instant};

use crate::common::{assert_blobs_identical, cli, dirs, missing_on_target, run};
use crate::fault_proxy::{FaultProxy, Faults, RateLimitFault};
use crate::lab::Lab;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blob_whose_bytes_do_not_match_its_cid_is_rejected_and_reported() {
    let lab = Lab::shared();
    let account = lab.seed("corrupt", "6x256k,1x3m");
    let bad = account.blobs.iter().find(|b| b.size > 1 << 20).unwrap().cid.clone();
    let source =
        FaultProxy::start(lab.old_url(), Faults { corrupt_blob_cids: vec![bad.clone()], ..Default::default() });
    for strategy in ["streaming", "storage"] {
        let work = dirs();
        let r = run(cli(&account, &source.url(), lab.new_url(), work.path(), &["--strategy", strategy]));
        assert_eq!(r.code, 1, "{strategy}: some blobs failed");
        let failures = r.failures();
        assert_eq!(failures.len(), 1, "{strategy}: {failures:?}");
        assert_eq!(failures[&bad]["kind"], "integrity");
        assert_eq!(failures[&bad]["retryable"], false);
        assert!(failures[&bad]["message"].as_str().unwrap().contains("not uploaded"));
        // The corrupted blob never reached the new PDS; everything else did.
        assert_eq!(missing_on_target(lab, &account).await, vec![bad.clone()]);
        if strategy == "storage" {
            assert!(!work.path().join("cache").join(&bad).exists(), "a corrupt copy was kept in the cache");
        }
    }
    // With the fault gone, the same command repairs the migration.
    let r = run(cli(&account, lab.old_url(), lab.new_url(), dirs().path(), &[]));
    assert_eq!(r.code, 0);
    assert_eq!(r.num("blobs_migrated"), 1);
    assert_blobs_identical(lab, &account).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blob_over_the_targets_limit_is_reported_while_the_rest_complete() {
    let lab = Lab::shared();
    let account = lab.seed("too-large", "8x128k,1x3m");
    let big = account.blobs.iter().find(|b| b.size > 2 << 20).unwrap().cid.clone();
    let target = FaultProxy::start(lab.new_url(), Faults { reject_upload_over: Some(2 << 20), ..Default::default() });
    let r = run(cli(&account, lab.old_url(), &target.url(), dirs().path(), &["--strategy", "streaming"]));
    assert_eq!(r.code, 1);
    let failures = r.failures();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[&big]["kind"], "too-large");
    assert!(failures[&big]["message"].as_str().unwrap().contains("larger than the new PDS accepts"));
    assert_eq!(r.num("blobs_migrated"), 8);
    // A permanent failure is not retried: one upload attempt for the big blob.
    assert_eq!(target.stats().too_large, 1);
    assert_eq!(missing_on_target(lab, &account).await, vec![big]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_access_token_is_refreshed_and_the_run_goes_on() {
    let lab = Lab::shared();
    let account = lab.seed("expired", "10x128k");
    let target = FaultProxy::start(lab.new_url(), Faults { expire_token_after: Some(4), ..Default::default() });
    let r = run(cli(&account, lab.old_url(), &target.url(), dirs().path(), &["--concurrency", "2"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.num("blobs_migrated"), 10);
    assert!(target.stats().expired_token_responses >= 1, "the fault never fired");
    let refreshed = r.events_named("session_refreshed");
    assert!(!refreshed.is_empty(), "no session refresh reported");
    assert!(missing_on_target(lab, &account).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_with_ratelimit_reset_is_waited_out() {
    let lab = Lab::shared();
    let account = lab.seed("rate-limited", "8x64k");
    let reset_in = Duration::from_secs(3);
    let target = FaultProxy::start(
        lab.new_url(),
        Faults {
            rate_limit_uploads: Some(RateLimitFault { after_uploads: 3, reset_in, with_headers: true }),
            ..Default::default()
        },
    );
    let started = Instant::now();
    let r = run(cli(&account, lab.old_url(), &target.url(), dirs().path(), &["--concurrency", "1"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.num("blobs_migrated"), 8);
    assert!(target.stats().rate_limited >= 1, "the fault never fired");
    let waits = r.events_named("rate_limited");
    assert!(!waits.is_empty());
    assert_eq!(waits[0]["stated_by_server"], true);
    // The reset is in whole seconds, and we add one second of margin.
    assert!(waits[0]["wait_secs"].as_u64().unwrap() <= reset_in.as_secs() + 2, "{}", waits[0]);
    assert!(started.elapsed() >= reset_in, "finished before the rate limit reset");
    assert!(missing_on_target(lab, &account).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transient_gateway_errors_are_retried() {
    let lab = Lab::shared();
    let account = lab.seed("gateway", "5x64k");
    let target = FaultProxy::start(lab.new_url(), Faults { fail_first_uploads_with_502: 2, ..Default::default() });
    let r = run(cli(&account, lab.old_url(), &target.url(), dirs().path(), &["--concurrency", "1"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.num("blobs_migrated"), 5);
    assert_eq!(r.num("retries"), 2);
    assert_eq!(r.events_named("retrying").len(), 2);
    assert!(missing_on_target(lab, &account).await.is_empty());
}
