//! From raw measurements to a decided, printable plan (probes → choice → reason → buffer sizes), the
//! way a careful person would plan it: measure the machine, look at what is missing, then decide.

use std::fmt;
use tektite_i18n::tr;

use futures::StreamExt;
use serde::Serialize;
use tektite_platform::Probes;

use crate::strategy::selection::STORAGE_MAX_BLOBS;
use crate::strategy::sizing;
use crate::strategy::{
    select_optimal_strategy, MigrationContext, MigrationStrategy, StorageStrategy, StrategyKind, StreamingStrategy,
};
use crate::transport::{self, BodySource};
use crate::worklist::WorkList;

/// What the user asked for; `None` means "decide for me".
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    pub strategy: Option<StrategyKind>,
    pub concurrency: Option<usize>,
    pub chunk_size: Option<usize>,
}

/// Network failures in earlier runs from which on the network counts as unreliable.
const UNRELIABLE_AFTER_FAILURES: u64 = 3;

#[derive(Debug, Clone, Serialize)]
pub struct MigrationPlan {
    pub did: String,
    pub source: String,
    pub target: String,
    /// Blobs the new PDS misses: the work.
    pub blobs_missing: usize,
    /// Blobs the old PDS holds.
    pub blobs_inventory: usize,
    /// Inventory blobs the new PDS does not miss.
    pub blobs_present: usize,
    /// Missing blobs with a verified local copy from an earlier run.
    pub blobs_cached: usize,
    /// Total bytes to move, when every missing blob's size is known.
    pub total_size: Option<u64>,
    pub probes: Probes,
    pub network_reliable: bool,
    pub strategy: StrategyKind,
    /// Chosen by the user rather than by selection.
    pub forced: bool,
    pub reason: String,
    /// Blobs at once at the start.
    pub concurrency: usize,
    /// The most blobs at once: above `concurrency` the number adapts to the throughput (it grows
    /// while the throughput grows); equal when the user pinned it.
    pub concurrency_ceiling: usize,
    pub chunk_size: usize,
    /// Streaming only: channel slots per blob.
    pub channel_capacity: Option<usize>,
    pub estimated_memory: u64,
    /// How blob bytes reach the new PDS on this platform.
    pub upload_path: String,
}

impl MigrationPlan {
    /// The strategy this plan decided on, configured as planned.
    pub fn strategy(&self) -> Box<dyn MigrationStrategy> {
        match self.strategy {
            StrategyKind::Streaming => Box::new(self.streaming()),
            StrategyKind::Storage => Box::new(
                StorageStrategy::new()
                    .with_concurrency(self.concurrency)
                    .with_adaptive_ceiling(self.concurrency_ceiling)
                    .with_chunk_size(self.chunk_size),
            ),
        }
    }

    fn streaming(&self) -> StreamingStrategy {
        streaming_defaults(self.probes.available_memory)
            .with_chunk_size(self.chunk_size)
            .with_concurrency(self.concurrency)
            .with_adaptive_ceiling(self.concurrency_ceiling)
    }
}

/// The streaming strategy sized for the memory the probe found.
fn streaming_defaults(available_memory: Option<u64>) -> StreamingStrategy {
    match available_memory {
        Some(mem) => StreamingStrategy::for_memory_constraints(mem),
        None => StreamingStrategy::new(),
    }
}

/// Where the chosen strategy's upload bodies come from.
fn body_source(strategy: StrategyKind) -> BodySource {
    match strategy {
        StrategyKind::Streaming => BodySource::Channel,
        StrategyKind::Storage => BodySource::Cache,
    }
}

/// Probes the platform, measures the work and decides.
pub async fn make_plan(ctx: &MigrationContext, work: &WorkList, options: &PlanOptions) -> MigrationPlan {
    let probes = match ctx.platform.probe.probe().await {
        Ok(p) => p,
        Err(e) => Probes { notes: vec![format!("probing failed: {e}")], ..Default::default() },
    };
    let failures = ctx.resume.network_failures().await.unwrap_or(0);
    let network_reliable = failures < UNRELIABLE_AFTER_FAILURES;
    let records = ctx.resume.all().await.unwrap_or_default();
    let blobs_cached = work
        .missing
        .iter()
        .filter(|b| records.get(&b.cid).is_some_and(|r| r.phase == crate::resume::BlobPhase::Cached))
        .count();

    // Sizes matter only where the storage strategy is possible (≤ 50 blobs): a blob an earlier run
    // recorded has its size in the resume state (and a verified cached copy must not be fetched
    // again, not even in part); the others are asked of the old PDS, a few at a time. Above 50 blobs
    // streaming is chosen whatever the sizes.
    let total_size = if !work.missing.is_empty() && work.missing.len() <= STORAGE_MAX_BLOBS {
        let sizes: Vec<Option<u64>> = futures::stream::iter(&work.missing)
            .map(|b| {
                let known = records.get(&b.cid).map(|r| r.size);
                async move {
                    match known {
                        Some(size) => Some(size),
                        None => match ctx.source.blob_size(&ctx.did, &b.cid).await.ok().flatten() {
                            Some(size) => Some(size),
                            // A browser asks for compressed answers, and a compressed blob comes
                            // without its length: the record that uses the blob states its size.
                            None => crate::worklist::size_in_record(&ctx.source, &b.record_uri, &b.cid).await,
                        },
                    }
                }
            })
            .buffer_unordered(8)
            .collect()
            .await;
        sizes.into_iter().sum::<Option<u64>>()
    } else if work.missing.is_empty() {
        Some(0)
    } else {
        None
    };

    let choice = select_optimal_strategy(
        work.missing.len(),
        total_size,
        probes.available_memory,
        probes.cache_available,
        network_reliable,
    );
    let (strategy, forced, reason) = match options.strategy {
        Some(kind) if kind != choice.kind => {
            (kind, true, format!("chosen by you (automatic selection would use {}: {})", choice.kind, choice.reason))
        }
        Some(kind) => (kind, true, format!("chosen by you, and also the automatic choice: {}", choice.reason)),
        None => (choice.kind, false, choice.reason),
    };

    let mut plan = MigrationPlan {
        did: ctx.did.clone(),
        source: ctx.source.base_url().to_string(),
        target: ctx.target.base_url().to_string(),
        blobs_missing: work.missing.len(),
        blobs_inventory: work.inventory.len(),
        blobs_present: work.present().len(),
        blobs_cached,
        total_size,
        probes,
        network_reliable,
        strategy,
        forced,
        reason,
        concurrency: 0,
        concurrency_ceiling: 0,
        chunk_size: 0,
        channel_capacity: None,
        estimated_memory: 0,
        upload_path: transport::upload_path(body_source(strategy), ctx.target.base_url()).await.to_owned(),
    };
    let defaults = streaming_defaults(plan.probes.available_memory);
    plan.concurrency = options.concurrency.unwrap_or(defaults.concurrency()).max(1);
    plan.concurrency_ceiling = plan.concurrency;
    plan.chunk_size = options.chunk_size.unwrap_or(match strategy {
        StrategyKind::Streaming => defaults.chunk_size(),
        StrategyKind::Storage => StorageStrategy::new().chunk_size(),
    });
    // Unless pinned, the number of blobs at once adapts: up to what the memory budget holds.
    if options.concurrency.is_none() && plan.blobs_missing > plan.concurrency {
        let per_blob = match strategy {
            StrategyKind::Streaming => plan.streaming().per_blob_bytes(),
            StrategyKind::Storage => StorageStrategy::new().with_chunk_size(plan.chunk_size).per_blob_bytes(),
        };
        let per_server = crate::transport::parallel_per_server(&[ctx.source.base_url(), ctx.target.base_url()]).await;
        plan.concurrency_ceiling =
            sizing::adaptive_ceiling(plan.concurrency, per_blob, plan.probes.available_memory, per_server)
                .min(plan.blobs_missing);
    }
    if strategy == StrategyKind::Streaming {
        let streaming = plan.streaming();
        plan.channel_capacity = Some(streaming.channel_capacity());
        plan.chunk_size = streaming.chunk_size();
    }
    plan.estimated_memory = plan.strategy().estimate_memory_usage(plan.blobs_missing, total_size.unwrap_or(0));
    plan
}

impl fmt::Display for MigrationPlan {
    /// The plan as the CLI prints it, in the current language: a label column, then the value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = tektite_i18n::numbers::bytes;
        let opt = |v: Option<u64>| v.map(bytes).unwrap_or_else(|| tr!("plan-unknown"));
        let row = |f: &mut fmt::Formatter<'_>, label: String, value: String| {
            let pad = 16usize.saturating_sub(label.chars().count());
            writeln!(f, "  {label}{:pad$}{value}", "")
        };
        writeln!(f, "{}", tr!("plan-print-title", did = &self.did))?;
        row(f, tr!("plan-print-from"), self.source.clone())?;
        row(f, tr!("plan-print-to"), self.target.clone())?;
        let missing = tr!(
            "plan-print-missing-value",
            missing = self.blobs_missing,
            inventory = self.blobs_inventory,
            present = self.blobs_present
        );
        row(f, tr!("plan-print-missing"), missing)?;
        if self.blobs_cached > 0 {
            row(f, tr!("plan-print-cached"), tr!("plan-print-cached-value", count = self.blobs_cached))?;
        }
        row(f, tr!("plan-print-size"), opt(self.total_size))?;
        row(f, tr!("plan-print-time"), time_estimate(self.blobs_missing, self.total_size))?;
        row(f, tr!("plan-print-memory"), opt(self.probes.available_memory))?;
        let location = self.probes.cache_location.clone().unwrap_or_else(|| tr!("plan-print-unknown-location"));
        let backend = self.probes.cache_backend.map(|b| b.to_string()).unwrap_or_else(|| tr!("plan-cache"));
        let free = opt(self.probes.cache_available);
        row(
            f,
            tr!("plan-print-cache"),
            tr!("plan-cache-free-at", free = free, backend = backend, location = location),
        )?;
        if let (Some(q), Some(u)) = (self.probes.cache_quota, self.probes.cache_usage) {
            row(f, tr!("plan-print-quota"), tr!("plan-quota", used = bytes(u), quota = bytes(q)))?;
        }
        let network = if self.network_reliable { tr!("plan-network-reliable") } else { tr!("plan-network-unreliable") };
        row(f, tr!("plan-print-network"), network)?;
        let strategy = match self.forced {
            true => tr!("plan-print-strategy-forced", strategy = self.strategy.to_string()),
            false => self.strategy.to_string(),
        };
        row(f, tr!("plan-print-strategy"), strategy)?;
        row(f, tr!("plan-print-why"), self.reason.clone())?;
        let at_once = if self.concurrency_ceiling > self.concurrency {
            tr!("plan-at-once-growing", count = self.concurrency, most = self.concurrency_ceiling)
        } else {
            tr!("run-at-once", count = self.concurrency)
        };
        let chunks = bytes(self.chunk_size as u64);
        let buffers = match self.channel_capacity {
            Some(slots) => tr!("plan-buffers-channel", at_once = at_once, chunks = chunks, slots = slots),
            None => tr!("plan-buffers", at_once = at_once, chunks = chunks),
        };
        row(f, tr!("plan-print-buffers"), buffers)?;
        row(
            f,
            tr!("plan-print-memory-needed"),
            tr!("plan-print-memory-needed-value", size = bytes(self.estimated_memory)),
        )?;
        let pad = 16usize.saturating_sub(tr!("plan-print-uploads").chars().count());
        write!(f, "  {}{:pad$}{}", tr!("plan-print-uploads"), "", self.upload_path)
    }
}

/// Uploads a PDS usually accepts per day (and per IP): the reference PDS's `uploadBlob` limit.
pub const UPLOADS_PER_DAY: usize = 1000;

/// Throughput the time estimate assumes before anything is measured (a home connection between
/// two PDSes).
pub const ASSUMED_RATE: f64 = 10.0 * 1024.0 * 1024.0;

/// How long moving `blobs` blobs of `bytes` in all will likely take, in words. Past 1000 blobs the
/// new PDS's daily upload limit, not the link, decides: days, not minutes.
pub fn time_estimate(blobs: usize, bytes: Option<u64>) -> String {
    let transfer =
        bytes.map(|b| tr!("time-transfer", time = tektite_i18n::numbers::duration((b as f64 / ASSUMED_RATE).max(1.0))));
    if blobs > UPLOADS_PER_DAY {
        let days = blobs.div_ceil(UPLOADS_PER_DAY);
        return match transfer {
            Some(t) => tr!("time-days-transfer", days = days, per_day = UPLOADS_PER_DAY, transfer = t),
            None => tr!("time-days", days = days, per_day = UPLOADS_PER_DAY),
        };
    }
    transfer.unwrap_or_else(|| tr!("time-unknown"))
}

#[cfg(test)]
mod time_tests {
    use super::*;

    #[test]
    fn many_blobs_take_days_whatever_the_link() {
        assert_eq!(time_estimate(10, Some(42 * 1024 * 1024)), "about 4 s at 10 MiB/s");
        let big = time_estimate(2500, Some(600 * 1024 * 1024));
        assert!(big.starts_with("about 3 days") && big.contains("1,000 uploads a day"), "{big}");
        assert!(time_estimate(3, None).contains("unknown"));
    }
}
