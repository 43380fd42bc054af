//! Blob migration strategies behind one trait.
//!
//! - [`StreamingStrategy`] (priority 70): old PDS → bounded channel → new PDS, memory O(chunk).
//! - [`StorageStrategy`] (priority 60, ≤ 50 blobs): old PDS → local cache → new PDS → cleanup, so a
//!   verified copy survives crashes and failed uploads.
//!
//! Both share the per-blob machinery: [`verify`] (hash while streaming, hold the last chunk back until
//! the CID matches), [`driver`] (N blobs at once, retries by error kind, events) and [`meter`]
//! (download and upload bytes counted separately). [`selection`] picks one from real probes.

mod driver;
mod guard;
mod meter;
pub mod selection;
pub mod sizing;
mod storage;
mod streaming;
mod transfer;
mod verify;

use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use tektite_platform::{Platform, StorageBackend};

pub use guard::StorageGuard;
pub use selection::{select_optimal_strategy, StrategyChoice, STORAGE_MAX_BLOBS};
pub use sizing::BufferOptimization;
pub use storage::StorageStrategy;
pub use streaming::StreamingStrategy;
pub use transfer::{browser_upload_path, BlobError, BlobFailureKind};

use crate::progress::ProgressSink;
use crate::resume::ResumeState;
use crate::xrpc::api::RecordBlob;
use crate::xrpc::XrpcClient;

/// Which strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StrategyKind {
    Streaming,
    Storage,
}

impl std::fmt::Display for StrategyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StrategyKind::Streaming => "streaming",
            StrategyKind::Storage => "storage",
        })
    }
}

/// Everything a strategy needs for one migration.
pub struct MigrationContext {
    /// Signed in to the old PDS as the account (deactivated accounts serve blobs only to themselves).
    pub source: Arc<XrpcClient>,
    /// Signed in to the new PDS as the account.
    pub target: Arc<XrpcClient>,
    pub did: String,
    pub platform: Platform,
    pub resume: ResumeState,
    pub progress: Arc<dyn ProgressSink>,
}

impl MigrationContext {
    /// The context for moving `did`'s blobs, with the account's resume state from `platform`.
    pub fn new(
        source: Arc<XrpcClient>,
        target: Arc<XrpcClient>,
        did: &str,
        platform: Platform,
        progress: Arc<dyn ProgressSink>,
    ) -> Self {
        let resume = ResumeState::new(platform.kv.clone(), did);
        MigrationContext { source, target, did: did.to_owned(), platform, resume, progress }
    }
}

/// The result for one blob.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlobOutcome {
    pub cid: String,
    #[serde(flatten)]
    pub status: BlobStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum BlobStatus {
    /// Now on the new PDS, verified. `from_cache`: uploaded from a verified local copy, not downloaded.
    Migrated { size: u64, from_cache: bool, attempts: u32 },
    /// Not moved because the new PDS does not miss it.
    Skipped { reason: String },
    /// Not moved. `retryable`: a later run may succeed (network, rate limit); otherwise it needs a
    /// person (too large, corrupt at the source, gone from the source).
    Failed { kind: BlobFailureKind, message: String, retryable: bool, attempts: u32 },
}

/// What one run of a strategy did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MigrationReport {
    pub strategy: String,
    pub outcomes: Vec<BlobOutcome>,
    pub bytes_downloaded: u64,
    pub bytes_uploaded: u64,
    pub elapsed_secs: f64,
    /// Transient failures that were retried.
    pub retries: u64,
}

impl MigrationReport {
    pub fn migrated(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o.status, BlobStatus::Migrated { .. })).count()
    }
    pub fn failed(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o.status, BlobStatus::Failed { .. })).count()
    }
    pub fn skipped(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o.status, BlobStatus::Skipped { .. })).count()
    }
    pub fn from_cache(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o.status, BlobStatus::Migrated { from_cache: true, .. })).count()
    }
    /// Bytes of the blobs that reached the new PDS in this run.
    pub fn bytes_migrated(&self) -> u64 {
        self.outcomes
            .iter()
            .map(|o| match o.status {
                BlobStatus::Migrated { size, .. } => size,
                _ => 0,
            })
            .sum()
    }
}

/// A way of moving blobs.
#[async_trait(?Send)]
pub trait MigrationStrategy {
    fn name(&self) -> &'static str;
    fn kind(&self) -> StrategyKind;
    /// Whether this strategy is suited to `count` blobs.
    fn supports_blob_count(&self, count: usize) -> bool;
    /// Whether this strategy can work with this platform's cache backend.
    fn supports_storage_backend(&self, backend: StorageBackend) -> bool;
    /// Higher is preferred when several strategies fit.
    fn priority(&self) -> u8;
    /// Peak memory this strategy's buffers need for such a migration, in bytes.
    fn estimate_memory_usage(&self, blob_count: usize, total_size: u64) -> u64;
    /// Moves `blobs` (the new PDS's missing list); one outcome per blob. Cancel-safe: dropping the
    /// future loses no finished work and leaves no partial cache entry.
    async fn migrate(&self, ctx: &MigrationContext, blobs: &[RecordBlob]) -> MigrationReport;
}
