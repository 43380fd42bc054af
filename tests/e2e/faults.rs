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
        let message = failures[&bad]["message"].as_str().unwrap();
        assert!(message.contains("not uploaded"), "{message}");
        // Damaged every time: downloaded a bounded number of times, then called damaged at the source.
        assert!(message.contains("all 3 downloads"), "{message}");
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

/// Issue 12, item 2: a 429 closes the gate for every upload to that host until the reset, across
/// all blobs in flight: after the uploads already on their way, no upload reaches the server again
/// before the reset (each one would spend a request against a daily limit).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_holds_back_every_upload_to_that_host_until_it_resets() {
    let lab = Lab::shared();
    for strategy in ["streaming", "storage"] {
        let account = lab.seed(&format!("gate-{strategy}"), "16x256k");
        let reset_in = Duration::from_secs(3);
        // A slow old PDS, so that when the limit hits, other blobs are still downloading and would
        // send their uploads later, inside the window, if nothing held them back.
        let source = FaultProxy::start(
            lab.old_url(),
            Faults { download_delay: Some(Duration::from_millis(400)), ..Default::default() },
        );
        let target = FaultProxy::start(
            lab.new_url(),
            Faults {
                rate_limit_uploads: Some(RateLimitFault { after_uploads: 5, reset_in, with_headers: true }),
                ..Default::default()
            },
        );
        let work = dirs();
        let args = ["--strategy", strategy, "--concurrency", "4"];
        let r = run(cli(&account, &source.url(), &target.url(), work.path(), &args));
        assert_eq!(r.code, 0, "{strategy}: {}", r.stderr);
        assert_eq!(r.num("blobs_migrated"), 16, "{strategy}");
        let stats = target.stats();
        assert!(!stats.rate_limit_windows.is_empty(), "{strategy}: the fault never fired");
        // Uploads already sent when the first 429 came back may meet the limit too (at most one per
        // blob in flight); nothing after that until the reset.
        let early = stats.uploads_during_rate_limits(Duration::from_millis(300));
        assert!(early.is_empty(), "{strategy}: uploads sent while the host was rate-limiting, at {early:?}");
        assert!(
            stats.rate_limited <= 4 * stats.rate_limit_windows.len(),
            "{strategy}: {} 429s in {} windows",
            stats.rate_limited,
            stats.rate_limit_windows.len()
        );
        assert!(missing_on_target(lab, &account).await.is_empty());
    }
}

/// Issue 12, item 3: one damaged download (a flipped byte in transit, caught by the CID check) is
/// downloaded again within the run, and the blob arrives intact; nothing damaged is uploaded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blob_damaged_in_transit_is_downloaded_again_within_the_run() {
    let lab = Lab::shared();
    for strategy in ["streaming", "storage"] {
        let account = lab.seed(&format!("damaged-once-{strategy}"), "3x256k,1x6m");
        let big = account.blobs.iter().find(|b| b.size > 4 << 20).unwrap().cid.clone();
        let source =
            FaultProxy::start(lab.old_url(), Faults { corrupt_blob_once: vec![big.clone()], ..Default::default() });
        let r = run(cli(&account, &source.url(), lab.new_url(), dirs().path(), &["--strategy", strategy]));
        assert_eq!(r.code, 0, "{strategy}: {}", r.stderr);
        assert_eq!(r.num("blobs_migrated"), 4, "{strategy}");
        assert_eq!(r.num("blobs_failed"), 0, "{strategy}");
        let stats = source.stats();
        assert!(stats.corrupted >= 1, "{strategy}: the fault never fired");
        let retried = r.events_named("retrying");
        assert!(
            retried.iter().any(|e| e["cid"] == big.as_str() && e["reason"].as_str().unwrap().contains("hash to")),
            "{strategy}: the damaged download was not announced as retried: {retried:?}"
        );
        assert!(missing_on_target(lab, &account).await.is_empty(), "{strategy}");
        assert_blobs_identical(lab, &account).await;
    }
}

/// Issue 12, items 1 and 4: a state or cache folder that cannot be written is found before anything
/// is sent, with the folder and the flag that moves it named, and exit 2.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_that_cannot_be_written_stops_the_run_before_anything_moves() {
    let lab = Lab::shared();
    let account = lab.seed("unwritable", "3x64k");
    let source = FaultProxy::start(lab.old_url(), Faults::default());
    let target = FaultProxy::start(lab.new_url(), Faults::default());
    let work = dirs();
    // As root, permission bits do not stop writes; a folder below a plain file cannot exist at all.
    let file = work.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    for flag in ["--state-dir", "--cache-dir"] {
        let bad = file.join("sub");
        let good = work.path().join(format!("good{flag}"));
        let (state, cache) = if flag == "--state-dir" { (&bad, &good) } else { (&good, &bad) };
        let mut cmd = std::process::Command::new(crate::common::CLI);
        cmd.args(["blobs", "--from", &source.url(), "--from-id", &account.old_handle])
            .args(["--to", &target.url(), "--to-id", &account.new_handle, "--json"])
            .arg("--state-dir")
            .arg(state)
            .arg("--cache-dir")
            .arg(cache)
            .env("TEKTITE_FROM_PASSWORD", &account.password)
            .env("TEKTITE_TO_PASSWORD", &account.password)
            .stdin(std::process::Stdio::null());
        let r = run(cmd);
        assert_eq!(r.code, 2, "{flag}: {}", r.summary);
        let message = r.summary["error"].as_str().unwrap_or_default().to_owned() + &r.stderr;
        assert!(message.contains(flag), "{flag}: the fix is not named: {message}");
        assert!(message.contains(&bad.display().to_string()), "{flag}: the folder is not named: {message}");
    }
    assert_eq!(source.stats().get_blob_by_cid.values().sum::<usize>(), 0, "a blob was downloaded");
    assert_eq!(target.stats().upload_blob_requests, 0, "a blob was uploaded");
    assert_eq!(missing_on_target(lab, &account).await.len(), 3);
}

/// Issue 12, item 4: the state and cache a run leaves are private to the user.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn state_and_cache_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let lab = Lab::shared();
    let account = lab.seed("private-files", "3x64k");
    let work = dirs();
    let r = run(cli(&account, lab.old_url(), lab.new_url(), work.path(), &["--strategy", "storage"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut seen = 0;
    let mut stack = vec![work.path().join("state"), work.path().join("cache")];
    while let Some(dir) = stack.pop() {
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700, "{}", dir.display());
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                seen += 1;
                assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{}", entry.path().display());
            }
        }
    }
    assert!(seen >= 3, "no state files were written ({seen})");
}

/// Issue 25: a wait into another day (the new PDS's own upload limit reached: the lab with the
/// PDS's rate limits on, 2 uploads a day) is said with the day, a rounded duration and that
/// stopping now loses nothing; the run then stops at Ctrl-C as promised.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wait_until_tomorrow_says_the_day_and_that_the_run_may_stop() {
    use std::io::{BufRead, BufReader};
    // A day: whatever the time now, the window ends tomorrow (25 hours, as this test had, ends the
    // day after tomorrow when it runs after 23:00).
    let lab = Lab::start_with(crate::lab::LabOptions { upload_limit: Some((2, 24 * 3600)), ..Default::default() });
    let account = lab.seed("tomorrow", "5x64k");
    // Only to count what reaches the PDS; the limit is the PDS's own.
    let target = FaultProxy::start(lab.new_url(), Faults::default());
    let work = dirs();
    let cmd = cli(&account, lab.old_url(), &target.url(), work.path(), &["--concurrency", "1"]);
    // Words, not JSON: what a person reads.
    let args: Vec<_> = cmd.get_args().filter(|a| *a != "--json").map(|a| a.to_owned()).collect();
    let mut words = std::process::Command::new(crate::common::CLI);
    words.args(args).envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?)))).stdin(std::process::Stdio::null());
    let mut child = words.stderr(std::process::Stdio::piped()).stdout(std::process::Stdio::null()).spawn().unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let line =
        tokio::task::block_in_place(|| stderr.by_ref().map_while(Result::ok).find(|l| l.contains("is rate limiting")))
            .expect("the run says it waits");
    // Whatever else it says is read, so that it never writes into a closed pipe.
    let rest = std::thread::spawn(move || stderr.map_while(Result::ok).collect::<Vec<_>>());
    // Ctrl-C, as the line suggests: the run ends, keeping what it did.
    let _ = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let status = child.wait().unwrap();
    let rest = rest.join().unwrap();
    eprintln!("{line}\n{}", rest.join("\n"));
    assert!(line.contains("waiting until tomorrow, "), "{line}");
    assert!(line.contains("(in about 24 hours)"), "{line}");
    assert!(line.contains("You may stop now (Ctrl-C) and run the same command after then"), "{line}");
    // The PDS states its pace (`RateLimit-Policy: 2;w=86400`): the 3 blobs left take two windows.
    assert!(
        line.contains("at this server's pace (2 requests a day), the 3 blobs still to go take about 2 days"),
        "{line}"
    );
    assert_eq!(status.code(), Some(130), "interrupted");
    assert_eq!(target.stats().uploads_succeeded, 2, "the uploads before the limit are kept");
}

/// Issue 25: a move stopped while it waits on a server's limit leaves `status` saying who limits
/// it and until when (in words too), so the person knows when to run it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_says_until_when_a_stopped_move_waits() {
    use std::io::{BufRead, BufReader};
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "status-wait", "3x64k").await;
    // A day: it ends tomorrow whatever the time now.
    let reset_in = Duration::from_secs(24 * 3600);
    let target = FaultProxy::start(
        lab.new_url(),
        Faults {
            rate_limit_uploads: Some(RateLimitFault { after_uploads: 1, reset_in, with_headers: true }),
            ..Default::default()
        },
    );
    let work = dirs();
    let mut cmd = crate::account_migration::migrate_cmd_via(
        lab,
        (lab.old_url(), &target.url()),
        &account,
        work.path(),
        None,
        true,
    );
    let mut child = cmd.stderr(std::process::Stdio::null()).spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let wait: serde_json::Value = tokio::task::block_in_place(|| {
        lines
            .by_ref()
            .map_while(Result::ok)
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
            .find(|v| v["event"] == "rate_limited")
    })
    .expect("the move waits on the limit");
    let rest = std::thread::spawn(move || lines.count());
    // Give the saved state a moment to take the wait, then stop the run as a person would.
    std::thread::sleep(Duration::from_millis(500));
    let _ = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert_eq!(child.wait().unwrap().code(), Some(130));
    rest.join().unwrap();

    let state = work.path().join("state");
    let out = std::process::Command::new(crate::common::CLI)
        .args(["status", "--json", "--state-dir"])
        .arg(&state)
        .output()
        .unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let waiting = &status["migrations"][0]["waiting"];
    assert_eq!(waiting["until_unix"], wait["resume_at_unix"], "{status}");
    assert!(waiting["host"].as_str().is_some_and(|h| !h.is_empty()), "{status}");
    let words =
        std::process::Command::new(crate::common::CLI).args(["status", "--state-dir"]).arg(&state).output().unwrap();
    let words = String::from_utf8_lossy(&words.stdout).to_string();
    assert!(words.contains("waiting: ") && words.contains("until tomorrow, "), "{words}");
}
