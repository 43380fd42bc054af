//! The contract between the engine and a strategy: what a strategy is given
//! ([`MigrationContext`]) and what it must do ([`MigrationStrategy`]).

use std::sync::Arc;

use async_trait::async_trait;
use tektite_platform::Platform;

use super::kind::StrategyKind;
use crate::outcome::MigrationReport;
use crate::progress::ProgressSink;
use crate::resume::ResumeState;
use crate::xrpc::api::RecordBlob;
use crate::xrpc::XrpcClient;

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

/// A way of moving blobs. Which one runs is decided by [`select_optimal_strategy`](super::select_optimal_strategy)
/// from measurements, or by the user.
#[async_trait(?Send)]
pub trait MigrationStrategy {
    fn kind(&self) -> StrategyKind;
    /// Rank when the measurements do not argue for one strategy (higher first): selection falls
    /// back to the highest-priority strategy that takes the blobs.
    fn priority(&self) -> u8;
    /// Whether it takes a migration of `count` blobs at all.
    fn supports_blob_count(&self, count: usize) -> bool;
    /// Peak memory this strategy's buffers need for such a migration, in bytes (printed by the plan).
    fn estimate_memory_usage(&self, blob_count: usize, total_size: u64) -> u64;
    /// Moves `blobs` (the new PDS's missing list); one outcome per blob. Cancel-safe: dropping the
    /// future loses no finished work and leaves no partial cache entry.
    async fn migrate(&self, ctx: &MigrationContext, blobs: &[RecordBlob]) -> MigrationReport;
}
