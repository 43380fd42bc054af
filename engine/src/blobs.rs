//! The blob step, the one way every face moves blobs: the whole move ([`crate::migration`]), the
//! CLI's `blobs` and `plan`, and the app's repair mode all call it.
//!
//! ```text
//! prepare: listMissingBlobs (new PDS: the work) + listBlobs (old PDS: the inventory)
//!          → probes + sizes → MigrationPlan (strategy, buffers, why)
//! run:     the planned strategy moves the missing blobs (verified, resumable)
//!          → listMissingBlobs again: the new PDS, not our bookkeeping, says what is still missing
//! ```
//!
//! [`estimate`] is the look before anything changes (the whole move's plan screen): the old PDS's
//! inventory and sizes, and which strategy the engine's own selection would likely pick.

use futures::StreamExt;
use serde::Serialize;
use tektite_platform::Probes;

use crate::plan::{make_plan, MigrationPlan, PlanOptions};
use crate::runtime::Instant;
use crate::strategy::selection::{select_optimal_strategy, StrategyChoice};
use crate::strategy::{BlobFailureKind, BlobStatus, MigrationContext, MigrationReport, StrategyKind};
use crate::worklist::{self, WorkList};
use crate::xrpc::api::RecordBlob;
use crate::xrpc::{XrpcClient, XrpcError};

/// A blob step ready to run: the work list and the decided plan. Nothing has moved yet.
pub struct BlobStep {
    pub ctx: MigrationContext,
    pub work: WorkList,
    pub plan: MigrationPlan,
}

/// One blob that did not make it, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FailedBlob {
    pub cid: String,
    pub kind: BlobFailureKind,
    pub message: String,
    /// A later run may succeed (network, rate limit); otherwise it needs a person.
    pub retryable: bool,
}

/// What a blob step did, and the new PDS's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct BlobReport {
    pub did: String,
    pub strategy: StrategyKind,
    /// Blobs the new PDS missed when the step started.
    pub missing_before: usize,
    /// Blobs of the old PDS the new one did not miss.
    pub already_present: usize,
    pub transfer: MigrationReport,
    /// Seconds from the first blob to the verdict.
    pub seconds: f64,
    /// What the new PDS still misses after the step (`listMissingBlobs`): the verdict, kept whole
    /// so that callers who need the blobs do not ask again. An error when it could not be asked
    /// (the step is then not known to be complete). Serialised as the count.
    #[serde(rename = "still_missing", serialize_with = "verdict")]
    pub still_missing_blobs: Result<Vec<RecordBlob>, XrpcError>,
}

fn verdict<S: serde::Serializer>(v: &Result<Vec<RecordBlob>, XrpcError>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Ok(blobs) => s.serialize_some(&blobs.len()),
        Err(_) => s.serialize_none(),
    }
}

impl BlobReport {
    /// How many blobs the new PDS still misses, or why it could not be asked.
    pub fn still_missing(&self) -> Result<usize, &XrpcError> {
        self.still_missing_blobs.as_ref().map(Vec::len)
    }

    /// The new PDS misses nothing.
    pub fn complete(&self) -> bool {
        matches!(self.still_missing(), Ok(0))
    }

    /// The blobs that failed in this step, each with its reason.
    pub fn failures(&self) -> Vec<FailedBlob> {
        self.transfer
            .outcomes
            .iter()
            .filter_map(|o| match &o.status {
                BlobStatus::Failed { kind, message, retryable, .. } => Some(FailedBlob {
                    cid: o.cid.clone(),
                    kind: *kind,
                    message: message.clone(),
                    retryable: *retryable,
                }),
                _ => None,
            })
            .collect()
    }
}

impl BlobStep {
    /// Lists what the new PDS misses and what the old PDS holds, measures, and decides the plan.
    pub async fn prepare(ctx: MigrationContext, options: &PlanOptions) -> Result<BlobStep, XrpcError> {
        Self::prepare_without(ctx, options, &[]).await
    }

    /// [`BlobStep::prepare`], leaving out the blobs `skip` names (ones the user accepted to lose).
    pub async fn prepare_without(
        ctx: MigrationContext,
        options: &PlanOptions,
        skip: &[String],
    ) -> Result<BlobStep, XrpcError> {
        let mut work = worklist::build(&ctx.source, &ctx.target, &ctx.did).await?;
        work.missing.retain(|b| !skip.contains(&b.cid));
        let plan = make_plan(&ctx, &work, options).await;
        Ok(BlobStep { ctx, work, plan })
    }

    /// Moves the missing blobs as planned, then asks the new PDS what it still misses.
    pub async fn run(&self) -> BlobReport {
        let started = Instant::now();
        let transfer = self.transfer().await;
        self.verdict(transfer, started).await
    }

    /// The transfer alone: the planned strategy over the work list. Each blob is verified and its
    /// progress recorded, so stopping here loses nothing.
    pub async fn transfer(&self) -> MigrationReport {
        self.plan.strategy().migrate(&self.ctx, &self.work.missing).await
    }

    /// The new PDS's verdict on a `transfer` that began at `started`: it, not our own bookkeeping,
    /// is the judge of "done".
    pub async fn verdict(&self, transfer: MigrationReport, started: Instant) -> BlobReport {
        let still_missing_blobs = worklist::missing_blobs(&self.ctx.target).await;
        BlobReport {
            did: self.ctx.did.clone(),
            strategy: self.plan.strategy,
            missing_before: self.work.missing.len(),
            already_present: self.work.present().len(),
            transfer,
            seconds: started.elapsed().as_secs_f64(),
            still_missing_blobs,
        }
    }
}

/// Blobs measured when the old PDS holds more than this many: the total is extrapolated.
pub const ESTIMATE_SAMPLE: usize = 50;
/// Size probes of the estimate in flight at once (each costs a round trip, and little else).
const ESTIMATE_PROBES_AT_ONCE: usize = 6;

/// What the blob step will likely face, measured before anything changes: the old PDS's
/// inventory, their sizes (all of them, or a sample when there are many), this device's room, and
/// the strategy [`select_optimal_strategy`] would pick for that. An upper bound: a resumed move
/// copies only what the new PDS misses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobEstimate {
    pub blobs: usize,
    /// Total size, extrapolated from `sampled` blobs when not all were measured.
    pub bytes: Option<u64>,
    pub sampled: usize,
    pub cache_available: Option<u64>,
    pub memory: Option<u64>,
}

impl BlobEstimate {
    /// The engine's own selection for these numbers, or the user's pick.
    pub fn likely_strategy(&self, forced: Option<StrategyKind>) -> StrategyChoice {
        if let Some(kind) = forced {
            return StrategyChoice { kind, reason: "your choice".into() };
        }
        select_optimal_strategy(self.blobs, self.bytes, self.memory, self.cache_available, true)
    }

    /// Local space the step may use at most: the storage strategy keeps a verified copy of each
    /// blob until the new PDS has it; streaming none.
    pub fn space_needed(&self, forced: Option<StrategyKind>) -> Option<u64> {
        match self.likely_strategy(forced).kind {
            StrategyKind::Storage => self.bytes,
            StrategyKind::Streaming => Some(0),
        }
    }
}

/// Measures the old PDS's blobs for `did` through `source` (signed in as the account: a
/// deactivated account serves blobs only to itself). Read-only.
pub async fn estimate(source: &XrpcClient, did: &str, probes: &Probes) -> Result<BlobEstimate, XrpcError> {
    let cids = worklist::source_inventory(source, did).await?;
    // A few at a time: each probe waits a round trip for its headers, and they are independent.
    let sizes: Vec<u64> = futures::stream::iter(cids.iter().take(ESTIMATE_SAMPLE))
        .map(|cid| async move { source.blob_size(did, cid).await.ok().flatten() })
        .buffer_unordered(ESTIMATE_PROBES_AT_ONCE)
        .filter_map(|size| async move { size })
        .collect()
        .await;
    let (measured, bytes) = (sizes.len(), sizes.iter().sum::<u64>());
    let total = match measured {
        0 if cids.is_empty() => Some(0),
        0 => None,
        n => Some(bytes.saturating_mul(cids.len() as u64) / n as u64),
    };
    Ok(BlobEstimate {
        blobs: cids.len(),
        bytes: total,
        sampled: measured,
        cache_available: probes.cache_available,
        memory: probes.available_memory,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_asks_the_engines_own_selection() {
        let mut e =
            BlobEstimate { blobs: 5, bytes: Some(100 << 20), sampled: 5, cache_available: Some(1 << 30), memory: None };
        assert_eq!(e.likely_strategy(None).kind, StrategyKind::Storage);
        assert_eq!(e.space_needed(None), Some(100 << 20));
        assert_eq!(e.likely_strategy(Some(StrategyKind::Streaming)).kind, StrategyKind::Streaming);
        e.cache_available = Some(150 << 20);
        assert_eq!(e.likely_strategy(None).kind, StrategyKind::Streaming);
        assert_eq!(e.space_needed(None), Some(0));
        e.blobs = 51;
        let choice = e.likely_strategy(None);
        assert_eq!(choice, select_optimal_strategy(51, e.bytes, None, e.cache_available, true));
        assert!(choice.reason.contains("more than 50"), "{}", choice.reason);
    }
}
