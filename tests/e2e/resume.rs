//! A run killed mid-way is finished by a second run that re-sends nothing already on the new PDS and
//! re-downloads nothing already verified in the local cache.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{assert_blobs_identical, cli, dirs, missing_on_target, Run};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::Lab;

/// CIDs the resume state records as cached (verified copy on disk) but not uploaded.
fn cached_in_state(state_dir: &std::path::Path) -> HashSet<String> {
    let mut cached = HashSet::new();
    for entry in std::fs::read_dir(state_dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let value: serde_json::Value =
            match std::fs::read(entry.path()).ok().and_then(|b| serde_json::from_slice(&b).ok()) {
                Some(v) => v,
                None => continue,
            };
        if value["phase"] == "cached" {
            let cid = name.rsplit("%2F").next().unwrap().to_owned();
            cached.insert(cid);
        }
    }
    cached
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_run_is_finished_without_resending_or_redownloading() {
    let lab = Lab::shared();
    let account = lab.seed("resume", "12x1m,2x6m");
    let total = account.blobs.len();
    // Slow uploads make the downloads (into the cache) run ahead of them, so the kill finds blobs
    // that are uploaded, blobs that are verified in the cache only, and blobs in neither state.
    let source = FaultProxy::start(lab.old_url(), Faults::default());
    let target = FaultProxy::start(
        lab.new_url(),
        Faults { upload_delay: Some(Duration::from_millis(700)), ..Default::default() },
    );
    let work = dirs();

    let mut child =
        cli(&account, &source.url(), &target.url(), work.path(), &["--strategy", "storage", "--concurrency", "3"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
    // Read the CLI's events on a thread; kill (SIGKILL: no cleanup, like a crash) as soon as at least
    // three blobs are reported migrated and some other blob is verified in the cache but not yet
    // uploaded (its upload is held back by the slow target). Polling the state, rather than killing
    // at a fixed event, makes sure the kill finds all three kinds of blob.
    let migrated: Arc<Mutex<HashSet<String>>> = Arc::default();
    let stdout = child.stdout.take().unwrap();
    let reader = {
        let migrated = migrated.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let Ok(event) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
                if event["event"] == "blob_finished" && event["outcome"]["status"] == "migrated" {
                    migrated.lock().unwrap().insert(event["outcome"]["cid"].as_str().unwrap().to_owned());
                }
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut killed = false;
    while Instant::now() < deadline && child.try_wait().unwrap().is_none() {
        let done = migrated.lock().unwrap().clone();
        if done.len() >= 3 && cached_in_state(&work.path().join("state")).difference(&done).next().is_some() {
            child.kill().unwrap();
            killed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait().unwrap();
    reader.join().unwrap();
    assert!(killed, "the first run ended before it could be killed");
    let migrated_first = migrated.lock().unwrap().clone();

    let missing_now: HashSet<String> = missing_on_target(lab, &account).await.into_iter().collect();
    assert!(missing_now.len() < total && !missing_now.is_empty(), "{} of {total} missing", missing_now.len());
    for cid in &migrated_first {
        assert!(!missing_now.contains(cid), "{cid} was reported migrated but is missing");
    }
    let cached = cached_in_state(&work.path().join("state"));
    assert!(!cached.is_empty(), "no blob was cached-and-verified but not yet uploaded at the kill");
    for cid in &cached {
        assert!(work.path().join("cache").join(cid).is_file(), "{cid} recorded as cached without a cache file");
    }

    // The second run, with a fast target and fresh counters.
    let source2 = FaultProxy::start(lab.old_url(), Faults::default());
    let target2 = FaultProxy::start(lab.new_url(), Faults::default());
    let out = cli(&account, &source2.url(), &target2.url(), work.path(), &["--strategy", "storage"]).output().unwrap();
    let second = Run::from_output(out);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.num("blobs_missing_before") as usize, missing_now.len());
    assert_eq!(second.num("blobs_migrated") as usize, missing_now.len());
    // Nothing already on the target was sent again: one upload per blob still missing.
    assert_eq!(target2.stats().uploads_succeeded, missing_now.len());
    // Nothing verified in the cache was downloaded again, and those blobs came from the cache.
    let downloads = source2.stats().get_blob_by_cid;
    for cid in &cached {
        assert_eq!(downloads.get(cid).copied().unwrap_or(0), 0, "{cid} was downloaded again despite its verified copy");
    }
    // A blob can be recorded as cached yet already be on the new PDS (killed between the upload
    // and its record): only the cached blobs still missing come from the cache.
    let cached_and_missing = cached.intersection(&missing_now).count();
    assert!(cached_and_missing > 0, "no cached blob was still missing at the kill");
    assert_eq!(second.num("blobs_from_cache") as usize, cached_and_missing);
    for cid in &migrated_first {
        assert_eq!(downloads.get(cid).copied().unwrap_or(0), 0, "{cid} was already on the target");
    }
    assert!(missing_on_target(lab, &account).await.is_empty());
    assert_blobs_identical(lab, &account).await;
    // Every local copy is gone, including those of blobs the first run uploaded just before the kill.
    let left: Vec<_> = std::fs::read_dir(work.path().join("cache")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "cached copies left behind: {left:?}");
}
