//! Choosing a strategy from real measurements.
//!
//! Storage (cache each blob locally) is chosen for at most 50 blobs when the cache can hold twice
//! their total (room for the copies plus headroom for everything else on that disk or quota), or when
//! the network has been unreliable and the cache can at least hold them once: then a verified local
//! copy saves re-downloading after every broken upload. Everything else streams.

use serde::Serialize;
use tektite_i18n::numbers::bytes;
use tektite_i18n::tr;

use super::context::MigrationStrategy;
use super::kind::StrategyKind;
use super::storage::StorageStrategy;
pub use super::storage::STORAGE_MAX_BLOBS;
use super::streaming::StreamingStrategy;

/// A decision and the reason for it, in words for the plan printout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StrategyChoice {
    pub kind: StrategyKind,
    pub reason: String,
}

/// `total_size`: bytes to move, `None` when unknown. `storage_quota`: bytes the cache may still
/// write, `None` when the platform could not measure it. `available_memory`: bytes, `None` unknown.
pub fn select_optimal_strategy(
    blob_count: usize,
    total_size: Option<u64>,
    available_memory: Option<u64>,
    storage_quota: Option<u64>,
    network_reliable: bool,
) -> StrategyChoice {
    // The fallback is the highest-priority strategy that takes this many blobs (streaming); the
    // storage strategy runs only where the measurements below argue for it.
    let (high, low): (&dyn MigrationStrategy, &dyn MigrationStrategy) =
        (&StreamingStrategy::new(), &StorageStrategy::new());
    debug_assert!(high.priority() > low.priority());
    let streaming = |reason: String| StrategyChoice { kind: high.kind(), reason };
    let storage = |reason: String| StrategyChoice { kind: low.kind(), reason };
    if blob_count == 0 {
        return streaming(tr!("why-nothing-missing"));
    }
    if !low.supports_blob_count(blob_count) {
        return streaming(tr!("why-too-many", count = blob_count, most = STORAGE_MAX_BLOBS));
    }
    let Some(total) = total_size else {
        return streaming(tr!("why-sizes-unknown"));
    };
    let Some(quota) = storage_quota else {
        return streaming(tr!("why-space-unknown"));
    };
    let (total_words, quota_words) = (bytes(total), bytes(quota));
    if quota >= total.saturating_mul(2) {
        return storage(match available_memory {
            Some(m) => tr!(
                "why-fits-twice-memory",
                count = blob_count,
                size = total_words,
                space = quota_words,
                memory = bytes(m)
            ),
            None => tr!("why-fits-twice", count = blob_count, size = total_words, space = quota_words),
        });
    }
    if !network_reliable && quota >= total {
        return storage(tr!("why-unreliable", space = quota_words, size = total_words));
    }
    streaming(tr!("why-too-little-space", space = quota_words, size = total_words))
}

/// `1.5 MiB`-style sizes for messages.
pub fn human_bytes(n: u64) -> String {
    tektite_i18n::numbers::bytes(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 1 << 20;

    #[test]
    fn streaming_outranks_storage_which_takes_at_most_50_blobs() {
        let (streaming, storage) = (StreamingStrategy::new(), StorageStrategy::new());
        assert_eq!((streaming.priority(), storage.priority()), (70, 60));
        assert!(storage.supports_blob_count(STORAGE_MAX_BLOBS) && !storage.supports_blob_count(STORAGE_MAX_BLOBS + 1));
        assert!(streaming.supports_blob_count(100_000));
        // Measurements that argue for neither: the higher priority wins.
        assert_eq!(select_optimal_strategy(3, None, None, None, true).kind, StrategyKind::Streaming);
        assert_eq!(select_optimal_strategy(51, Some(MB), None, Some(1 << 40), true).kind, StrategyKind::Streaming);
    }

    #[test]
    fn few_blobs_with_room_use_storage() {
        let c = select_optimal_strategy(10, Some(100 * MB), Some(1024 * MB), Some(200 * MB), true);
        assert_eq!(c.kind, StrategyKind::Storage);
        assert!(c.reason.contains("fit twice"));
    }

    #[test]
    fn just_under_twice_the_total_streams() {
        let c = select_optimal_strategy(10, Some(100 * MB), None, Some(200 * MB - 1), true);
        assert_eq!(c.kind, StrategyKind::Streaming);
    }

    #[test]
    fn unreliable_network_uses_storage_when_the_cache_holds_it_once() {
        let c = select_optimal_strategy(10, Some(100 * MB), None, Some(150 * MB), false);
        assert_eq!(c.kind, StrategyKind::Storage);
        let c = select_optimal_strategy(10, Some(100 * MB), None, Some(50 * MB), false);
        assert_eq!(c.kind, StrategyKind::Streaming);
    }

    #[test]
    fn more_than_fifty_blobs_always_stream() {
        let c = select_optimal_strategy(51, Some(MB), None, Some(u64::MAX), false);
        assert_eq!(c.kind, StrategyKind::Streaming);
        assert!(c.reason.contains("more than 50"));
        assert_eq!(select_optimal_strategy(50, Some(MB), None, Some(u64::MAX), true).kind, StrategyKind::Storage);
    }

    #[test]
    fn unknowns_stream() {
        assert_eq!(select_optimal_strategy(3, None, None, Some(u64::MAX), true).kind, StrategyKind::Streaming);
        assert_eq!(select_optimal_strategy(3, Some(MB), None, None, true).kind, StrategyKind::Streaming);
        assert_eq!(select_optimal_strategy(0, Some(0), None, Some(0), true).kind, StrategyKind::Streaming);
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(100 * MB), "100.0 MiB");
    }
}
