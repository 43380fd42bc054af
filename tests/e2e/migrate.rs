//! Both strategies, one blob at a time and several at once, move a seeded account completely and
//! exactly: many small blobs, some of tens of MB, one over 100 MB.

use crate::common::{assert_blobs_identical, cli, dirs, missing_on_target, run};
use crate::lab::Lab;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_strategy_at_concurrency_one_and_n_migrates_everything_byte_identical() {
    let lab = Lab::shared();
    let account = lab.seed("every-strategy", "40x64k,2x24m,1x110m");
    assert_eq!(account.blobs.len(), 43);
    for (i, (strategy, concurrency)) in
        [("streaming", "1"), ("streaming", "4"), ("storage", "1"), ("storage", "4")].into_iter().enumerate()
    {
        if i > 0 {
            // The same account again, with every blob missing once more.
            lab.reset_target(&account);
            assert_eq!(missing_on_target(lab, &account).await.len(), 43);
        }
        let work = dirs();
        let r = run(cli(
            &account,
            lab.old_url(),
            lab.new_url(),
            work.path(),
            &["--strategy", strategy, "--concurrency", concurrency],
        ));
        assert_eq!(r.code, 0, "{strategy} ×{concurrency}: {}", r.stderr);
        assert_eq!(r.summary["strategy"], strategy);
        assert_eq!(r.num("blobs_migrated"), 43, "{strategy} ×{concurrency}");
        assert_eq!(r.num("blobs_failed"), 0);
        assert_eq!(r.num("blobs_missing_after"), 0);
        assert_eq!(r.num("concurrency"), concurrency.parse::<u64>().unwrap());
        let total: u64 = account.blobs.iter().map(|b| b.size).sum();
        assert_eq!(r.num("bytes"), total);
        assert!(missing_on_target(lab, &account).await.is_empty());
        assert_blobs_identical(lab, &account).await;
        if strategy == "storage" {
            // The guard removed every cached copy once its blob was safe on the new PDS.
            let left: Vec<_> = std::fs::read_dir(work.path().join("cache")).unwrap().collect();
            assert!(left.is_empty(), "cache not cleaned up: {left:?}");
        }
        // Download and upload bytes are reported separately and both add up to the blobs' size.
        let last_totals = r.events_named("totals").last().cloned().cloned().unwrap();
        assert_eq!(last_totals["bytes_uploaded"].as_u64().unwrap(), total);
        assert_eq!(last_totals["bytes_downloaded"].as_u64().unwrap(), total);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_run_finds_nothing_to_do_and_auto_plans_storage_for_few_blobs() {
    let lab = Lab::shared();
    let account = lab.seed("second-run", "5x64k,1x2m");
    let work = dirs();
    let mut plan = cli(&account, lab.old_url(), lab.new_url(), work.path(), &[]);
    // `plan` takes the same flags as `blobs`.
    let args: Vec<_> = plan.get_args().map(|a| a.to_owned()).collect();
    let mut plan_cmd = std::process::Command::new(crate::common::CLI);
    plan_cmd
        .arg("plan")
        .args(&args[1..])
        .envs(plan.get_envs().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))));
    let out = plan_cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let planned: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(planned["strategy"], "storage", "{planned}");
    assert_eq!(planned["blobs_missing"], 6);
    assert!(planned["probes"]["available_memory"].as_u64().unwrap() > 0);
    assert!(planned["probes"]["cache_available"].as_u64().unwrap() > 0);
    assert!(planned["reason"].as_str().unwrap().contains("fit twice"));
    // With gigabytes free, the default is several blobs at once.
    assert_eq!(planned["concurrency"], 4, "{planned}");
    let _ = &mut plan;

    let first = run(cli(&account, lab.old_url(), lab.new_url(), work.path(), &[]));
    assert_eq!(first.code, 0);
    assert_eq!(first.summary["strategy"], "storage");
    assert_eq!(first.num("blobs_migrated"), 6);
    let second = run(cli(&account, lab.old_url(), lab.new_url(), work.path(), &[]));
    assert_eq!(second.code, 0);
    assert_eq!(second.num("blobs_missing_before"), 0);
    assert_eq!(second.num("blobs_migrated"), 0);
    assert_eq!(second.num("blobs_skipped"), 6);
    assert_eq!(second.num("bytes_uploaded"), 0);
}
