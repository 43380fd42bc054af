//! How big the buffers are, and how many blobs move at once.
//!
//! The streaming channel holds `slots × chunk` bytes per blob in flight: enough slots that the upload
//! never waits for a download hiccup, few enough that memory stays O(chunk). Slots are 2–6: the
//! [`BufferOptimization`] asks for 2 / 4 / 6 and scarce memory lowers it (all in-flight buffers of all
//! concurrent blobs must stay within 1/64 of available memory).

use serde::{Deserialize, Serialize};
use tektite_platform::StorageBackend;

pub const MIN_SLOTS: usize = 2;
pub const MAX_SLOTS: usize = 6;
pub const MIN_CHUNK: usize = 16 * 1024;
pub const MAX_CHUNK: usize = 8 * 1024 * 1024;
pub const DEFAULT_CHUNK: usize = 256 * 1024;
pub const DEFAULT_CONCURRENCY: usize = 4;
pub const MAX_CONCURRENCY: usize = 32;
/// What the buffers of all blobs in flight may take when the number adapts (the memory budget of a
/// transfer: well under the 64 MiB the whole process is held to).
pub const ADAPTIVE_BUFFER_BUDGET: u64 = 32 << 20;

/// Memory versus smoothness of the streaming pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BufferOptimization {
    /// 2 slots: the least memory; upload may idle briefly when a download stalls.
    MinimalMemory,
    /// 4 slots.
    #[default]
    Balanced,
    /// 6 slots: rides out longer download hiccups.
    Throughput,
}

impl BufferOptimization {
    pub fn slots(self) -> usize {
        match self {
            BufferOptimization::MinimalMemory => 2,
            BufferOptimization::Balanced => 4,
            BufferOptimization::Throughput => 6,
        }
    }
}

pub fn clamp_chunk(chunk: usize) -> usize {
    chunk.clamp(MIN_CHUNK, MAX_CHUNK)
}

/// Channel slots for `chunk`-byte chunks with `concurrency` blobs in flight.
pub fn channel_capacity(
    chunk: usize,
    concurrency: usize,
    available_memory: Option<u64>,
    opt: BufferOptimization,
) -> usize {
    let wanted = opt.slots();
    let by_memory = match available_memory {
        Some(mem) => (mem / 64 / (chunk as u64 * concurrency.max(1) as u64)) as usize,
        None => wanted,
    };
    wanted.min(by_memory).clamp(MIN_SLOTS, MAX_SLOTS)
}

/// Blobs at once: the default (4) unless memory cannot hold their buffers within 1/32 of what is
/// available. More than a few does not help: the PDS processes uploads one CPU at a time.
pub fn default_concurrency(per_blob_bytes: u64, available_memory: Option<u64>) -> usize {
    match available_memory {
        Some(mem) => ((mem / 32) / per_blob_bytes.max(1)).clamp(1, DEFAULT_CONCURRENCY as u64) as usize,
        None => DEFAULT_CONCURRENCY,
    }
}

/// The most blobs an adaptive transfer may grow to: as many buffers of `per_blob_bytes` as the
/// budget holds (and 1/32 of free memory allows), at most what the transport runs at once per
/// server (`per_server`, see [`crate::transport::parallel_per_server`]) and [`MAX_CONCURRENCY`],
/// never below `start`.
pub fn adaptive_ceiling(start: usize, per_blob_bytes: u64, available_memory: Option<u64>, per_server: usize) -> usize {
    let budget = available_memory.map_or(ADAPTIVE_BUFFER_BUDGET, |m| (m / 32).min(ADAPTIVE_BUFFER_BUDGET));
    let by_memory = (budget / per_blob_bytes.max(1)) as usize;
    by_memory.min(MAX_CONCURRENCY).min(per_server).max(start)
}

/// A chunk size suited to where the bytes go: native disks and sockets like larger writes; browser
/// storage backends are slower per call but copy through JS, so moderate chunks; LocalStorage stores
/// base64 strings and gets small ones.
pub fn chunk_for_backend(backend: StorageBackend) -> usize {
    match backend {
        StorageBackend::Filesystem | StorageBackend::Memory | StorageBackend::Archive => 512 * 1024,
        StorageBackend::Opfs | StorageBackend::IndexedDb => 256 * 1024,
        StorageBackend::LocalStorage => 64 * 1024,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GIB: u64 = 1 << 30;

    #[test]
    fn capacity_stays_between_two_and_six() {
        for opt in [BufferOptimization::MinimalMemory, BufferOptimization::Balanced, BufferOptimization::Throughput] {
            for mem in [None, Some(1u64 << 20), Some(64 << 20), Some(16 * GIB)] {
                for chunk in [MIN_CHUNK, DEFAULT_CHUNK, MAX_CHUNK] {
                    let c = channel_capacity(chunk, 4, mem, opt);
                    assert!((MIN_SLOTS..=MAX_SLOTS).contains(&c), "{c} slots for {opt:?} {mem:?} {chunk}");
                }
            }
        }
    }

    #[test]
    fn capacity_follows_the_optimization_when_memory_is_plenty() {
        assert_eq!(channel_capacity(DEFAULT_CHUNK, 4, Some(16 * GIB), BufferOptimization::MinimalMemory), 2);
        assert_eq!(channel_capacity(DEFAULT_CHUNK, 4, Some(16 * GIB), BufferOptimization::Balanced), 4);
        assert_eq!(channel_capacity(DEFAULT_CHUNK, 4, Some(16 * GIB), BufferOptimization::Throughput), 6);
    }

    #[test]
    fn scarce_memory_shrinks_the_channel() {
        // 256 MiB available, 1 MiB chunks, 4 blobs: 256/64 = 4 MiB for 4 blobs → 1 slot → clamped to 2.
        assert_eq!(channel_capacity(1 << 20, 4, Some(256 << 20), BufferOptimization::Throughput), 2);
    }

    #[test]
    fn concurrency_respects_memory() {
        assert_eq!(default_concurrency(2 << 20, Some(16 * GIB)), DEFAULT_CONCURRENCY);
        assert_eq!(default_concurrency(2 << 20, Some(64 << 20)), 1);
        assert_eq!(default_concurrency(2 << 20, None), DEFAULT_CONCURRENCY);
    }
}
