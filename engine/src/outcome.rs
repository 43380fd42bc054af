//! What happened to each blob, and to a whole run: plain data, shared by the strategies that produce
//! it, the progress events that carry it and the CLI and UI that show it.
//!
//! A leaf on purpose: it depends on nothing else in the engine, so [`progress`](crate::progress) can
//! carry outcomes without depending on the strategies that make them.

use serde::Serialize;

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

/// Why a blob failed, coarsely, for reports and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlobFailureKind {
    Integrity,
    TooLarge,
    NotFound,
    RateLimited,
    Auth,
    Network,
    Server,
    Cache,
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
    /// The most blobs that were in flight at once (the number adapts unless pinned).
    pub peak_concurrency: usize,
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
