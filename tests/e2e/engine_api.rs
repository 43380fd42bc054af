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

use tektite_engine::blobs::BlobStep;

use crate::common::{assert_blobs_identical, missing_on_target};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::{Lab, SeededAccount};

type Events = Arc<Mutex<Vec<ProgressEvent>>>;

/// Both sides of `account` signed in (the new one at `target_url`, e.g. a proxy), with every
/// event the engine emits recorded in `Events` by the returned sink.
async fn signed_in(
    lab: &Lab,
    account: &SeededAccount,
    target_url: &str,
) -> (XrpcClient, XrpcClient, Events, Arc<dyn tektite_engine::ProgressSink>) {
    let events: Events = Arc::default();
    let sink: Arc<dyn tektite_engine::ProgressSink> = {
        let events = events.clone();
        Arc::new(move |e: ProgressEvent| events.lock().unwrap().push(e))
    };
    let source = XrpcClient::new(lab.old_url(), sink.clone()).unwrap();
    let target = XrpcClient::new(target_url, sink.clone()).unwrap();
    sign_in(&source, &account.old_handle, &account.password, None).await.unwrap();
    let session = sign_in(&target, &account.new_handle, &account.password, None).await.unwrap();
    assert_eq!(session.did, account.did);
    (source, target, events, sink)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_engine_migrates_with_an_in_memory_platform_and_reports_events() {
    let lab = Lab::shared();
    let account = lab.seed("engine-api", "4x64k,1x2m");
    let (source, target, events, sink) = signed_in(lab, &account, lab.new_url()).await;

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

/// A resume state whose blob records cannot be written (a full or read-only disk under the state
/// folder), the rest as usual.
struct RefusesBlobRecords(Arc<dyn tektite_platform::KvStore>);

#[async_trait::async_trait(?Send)]
impl tektite_platform::KvStore for RefusesBlobRecords {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, tektite_platform::PlatformError> {
        self.0.get(key).await
    }
    async fn put(&self, key: &str, value: &[u8]) -> Result<(), tektite_platform::PlatformError> {
        if key.contains("/blob/") {
            return Err(tektite_platform::PlatformError::Io("writing /lab/state/blob: read-only file system".into()));
        }
        self.0.put(key, value).await
    }
    async fn delete(&self, key: &str) -> Result<(), tektite_platform::PlatformError> {
        self.0.delete(key).await
    }
    async fn list(&self, prefix: &str) -> Result<Vec<String>, tektite_platform::PlatformError> {
        self.0.list(prefix).await
    }
}

/// Issue 12, item 1: progress that cannot be recorded after a successful upload never sends the
/// blob again and never turns it into a failure: each blob is uploaded once (counted at the proxy),
/// reported as moved, and the user is told once that progress was not saved.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn progress_that_cannot_be_saved_never_repeats_or_fails_an_upload() {
    let lab = Lab::shared();
    for kind in [StrategyKind::Streaming, StrategyKind::Storage] {
        let account = lab.seed(&format!("no-state-{kind}"), "5x128k");
        let target = FaultProxy::start(lab.new_url(), Faults::default());
        let (source, target_client, events, sink) = signed_in(lab, &account, &target.url()).await;
        let mut platform = memory::platform(Probes::default());
        #[allow(clippy::arc_with_non_send_sync)] // the platform's traits are not Send (wasm)
        let kv = Arc::new(RefusesBlobRecords(platform.kv.clone()));
        platform.kv = kv;
        let ctx = MigrationContext::new(Arc::new(source), Arc::new(target_client), &account.did, platform, sink);
        let options = PlanOptions { strategy: Some(kind), concurrency: Some(2), chunk_size: None };
        let step = BlobStep::prepare(ctx, &options).await.unwrap();
        let report = step.run().await;
        assert_eq!(report.transfer.migrated(), 5, "{kind}: {:?}", report.transfer.outcomes);
        assert_eq!(report.transfer.failed(), 0, "{kind}");
        assert_eq!(report.still_missing().ok(), Some(0), "{kind}");
        let stats = target.stats();
        assert_eq!(stats.upload_blob_requests, 5, "{kind}: a blob was uploaded more than once");
        let told: Vec<String> = events
            .lock()
            .unwrap()
            .iter()
            .filter_map(|e| match e {
                ProgressEvent::StateNotSaved { detail } => Some(detail.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(told.len(), 1, "{kind}: told {told:?}");
        assert!(told[0].contains("/lab/state"), "{kind}: the folder is not named: {}", told[0]);
    }
}

/// A cache with no room: every new entry is refused as over quota (a full disk or browser quota).
struct FullCache(Arc<dyn tektite_platform::BlobCache>);

#[async_trait::async_trait(?Send)]
impl tektite_platform::BlobCache for FullCache {
    fn backend(&self) -> tektite_platform::StorageBackend {
        self.0.backend()
    }
    async fn create(
        &self,
        _key: &str,
        _expected_size: Option<u64>,
    ) -> Result<Box<dyn tektite_platform::CacheWriter>, tektite_platform::PlatformError> {
        Err(tektite_platform::PlatformError::QuotaExceeded("/lab/cache: no space left on device".into()))
    }
    async fn open(&self, key: &str) -> Result<Option<tektite_platform::CacheReader>, tektite_platform::PlatformError> {
        self.0.open(key).await
    }
    async fn remove(&self, key: &str) -> Result<(), tektite_platform::PlatformError> {
        self.0.remove(key).await
    }
    fn remove_soon(&self, key: &str) {
        self.0.remove_soon(key)
    }
    async fn list(&self) -> Result<Vec<tektite_platform::CacheEntry>, tektite_platform::PlatformError> {
        self.0.list().await
    }
}

/// Issue 12, item 4: with the cache full, the storage strategy moves each blob straight from PDS to
/// PDS and says so, once per blob, instead of failing or keeping quiet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_cache_sends_blobs_directly_and_says_so() {
    let lab = Lab::shared();
    let account = lab.seed("full-cache", "4x128k");
    let (source, target, events, sink) = signed_in(lab, &account, lab.new_url()).await;
    let mut platform = memory::platform(Probes::default());
    #[allow(clippy::arc_with_non_send_sync)] // the platform's traits are not Send (wasm)
    let cache = Arc::new(FullCache(platform.cache.clone()));
    platform.cache = cache;
    let ctx = MigrationContext::new(Arc::new(source), Arc::new(target), &account.did, platform, sink);
    let options = PlanOptions { strategy: Some(StrategyKind::Storage), concurrency: Some(2), chunk_size: None };
    let report = BlobStep::prepare(ctx, &options).await.unwrap().run().await;
    assert_eq!(report.transfer.migrated(), 4, "{:?}", report.transfer.outcomes);
    assert_eq!(report.still_missing().ok(), Some(0));
    let told: Vec<String> = events
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            ProgressEvent::CacheFull { cid, detail } => Some(format!("{cid}: {detail}")),
            _ => None,
        })
        .collect();
    assert_eq!(told.len(), 4, "{told:?}");
    assert!(told[0].contains("no space left"), "{}", told[0]);
    assert_blobs_identical(lab, &account).await;
}
