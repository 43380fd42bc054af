//! The engine used as a library (as the UI will use it), with the in-memory platform: its cache
//! cannot follow a growing entry, so the storage strategy takes its download-then-upload path.

use std::sync::{Arc, Mutex};

use tektite_engine::account::sign_in;
use tektite_engine::plan::{make_plan, PlanOptions};
use tektite_engine::resume::BlobPhase;
use tektite_engine::{
    worklist, MigrationContext, MigrationStrategy, ProgressEvent, StorageStrategy, StrategyKind, XrpcClient,
};
use tektite_platform::{memory, Probes};

use crate::common::{assert_blobs_identical, missing_on_target};
use crate::lab::Lab;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_engine_migrates_with_an_in_memory_platform_and_reports_events() {
    let lab = Lab::shared();
    let account = lab.seed("engine-api", "4x64k,1x2m");
    let events: Arc<Mutex<Vec<ProgressEvent>>> = Arc::default();
    let sink = {
        let events = events.clone();
        Arc::new(move |e: ProgressEvent| events.lock().unwrap().push(e))
    };
    let source = XrpcClient::new(lab.old_url(), sink.clone()).unwrap();
    let target = XrpcClient::new(lab.new_url(), sink.clone()).unwrap();
    sign_in(&source, &account.old_handle, &account.password, None).await.unwrap();
    let session = sign_in(&target, &account.new_handle, &account.password, None).await.unwrap();
    assert_eq!(session.did, account.did);

    // A cache too small for twice the blobs: the plan must stream, and say why.
    let probes = Probes { available_memory: Some(1 << 30), cache_available: Some(1024), ..Default::default() };
    let platform = memory::platform(probes);
    let ctx = MigrationContext::new(Arc::new(source), Arc::new(target), &account.did, platform, sink);
    let resume = ctx.resume.clone();
    let work = worklist::build(&ctx.source, &ctx.target, &account.did).await.unwrap();
    assert_eq!(work.missing.len(), 5);
    assert_eq!(work.inventory.len(), 5);
    let plan = make_plan(&ctx, &work, &PlanOptions::default()).await;
    assert_eq!(plan.strategy, StrategyKind::Streaming);
    assert!(plan.reason.contains("less than twice"), "{}", plan.reason);
    assert_eq!(plan.total_size, Some(account.blobs.iter().map(|b| b.size).sum()));
    assert!(plan.to_string().contains("strategy        streaming"));

    let report = StorageStrategy::new().with_concurrency(2).migrate(&ctx, &work.missing).await;
    assert_eq!(report.migrated(), 5, "{report:?}");
    assert!(ctx.platform.cache.list().await.unwrap().is_empty(), "the guard left cached copies");
    for blob in &account.blobs {
        assert_eq!(resume.get(&blob.cid).await.unwrap().unwrap().phase, BlobPhase::Uploaded);
    }
    let events = events.lock().unwrap().clone();
    let started = events.iter().filter(|e| matches!(e, ProgressEvent::BlobStarted { .. })).count();
    let finished = events.iter().filter(|e| matches!(e, ProgressEvent::BlobFinished { .. })).count();
    assert_eq!((started, finished), (5, 5));
    let big = account.blobs.iter().find(|b| b.size == 2 << 20).unwrap();
    let bytes_for_big: Vec<(u64, u64)> = events
        .iter()
        .filter_map(|e| match e {
            ProgressEvent::BlobBytes { cid, downloaded, uploaded, .. } if *cid == big.cid => {
                Some((*downloaded, *uploaded))
            }
            _ => None,
        })
        .collect();
    assert_eq!(bytes_for_big.last(), Some(&(big.size, big.size)), "download and upload are both counted");
    assert!(missing_on_target(lab, &account).await.is_empty());
    assert_blobs_identical(lab, &account).await;
}
