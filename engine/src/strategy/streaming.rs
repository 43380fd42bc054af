//! The streaming strategy: each blob flows from the old PDS to the new one through a bounded channel,
//! never touching local storage. Memory is O(chunk × slots × concurrency), independent of blob size.

use async_trait::async_trait;
use tektite_platform::StorageBackend;

use super::concurrency::Concurrency;
use super::context::{MigrationContext, MigrationStrategy};
use super::driver::drive;
use super::kind::StrategyKind;
use super::sizing::{self, BufferOptimization};
use super::transfer::stream_blob;
use crate::outcome::MigrationReport;
use crate::xrpc::api::RecordBlob;

/// Fixed overhead of a transfer beyond its channel: the chunk being hashed and HTTP buffers.
const PER_TRANSFER_OVERHEAD: u64 = 512 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamingStrategy {
    chunk_size: usize,
    channel_capacity: usize,
    concurrency: usize,
    /// The most blobs in flight when the number adapts (equal to `concurrency` when pinned).
    ceiling: usize,
    optimization: BufferOptimization,
    available_memory: Option<u64>,
}

impl Default for StreamingStrategy {
    fn default() -> Self {
        Self::new()
    }
}

impl StreamingStrategy {
    /// 256 KiB chunks, 4 slots, 4 blobs at once.
    pub fn new() -> Self {
        let mut s = StreamingStrategy {
            chunk_size: sizing::DEFAULT_CHUNK,
            channel_capacity: 0,
            concurrency: sizing::DEFAULT_CONCURRENCY,
            ceiling: sizing::DEFAULT_CONCURRENCY,
            optimization: BufferOptimization::default(),
            available_memory: None,
        };
        s.resize();
        s
    }

    /// Chunk size in bytes (clamped to 16 KiB – 8 MiB).
    pub fn with_chunk_size(mut self, chunk_size: usize) -> Self {
        self.chunk_size = sizing::clamp_chunk(chunk_size);
        self.resize();
        self
    }

    pub fn with_buffer_optimization(mut self, optimization: BufferOptimization) -> Self {
        self.optimization = optimization;
        self.resize();
        self
    }

    /// Blobs moved at once (1–32), pinned.
    pub fn with_concurrency(mut self, concurrency: usize) -> Self {
        self.concurrency = concurrency.clamp(1, sizing::MAX_CONCURRENCY);
        self.ceiling = self.concurrency;
        self.resize();
        self
    }

    /// Lets the number of blobs at once grow from its start up to `ceiling` while the throughput
    /// grows (see [`super::concurrency`]); buffers are sized for the ceiling.
    pub fn with_adaptive_ceiling(mut self, ceiling: usize) -> Self {
        self.ceiling = ceiling.clamp(self.concurrency, sizing::MAX_CONCURRENCY);
        self.resize();
        self
    }

    /// Bytes of buffers one blob in flight holds: its channel and the rest of a transfer.
    pub fn per_blob_bytes(&self) -> u64 {
        (self.channel_capacity + 1) as u64 * self.chunk_size as u64 + PER_TRANSFER_OVERHEAD
    }

    /// Chunks suited to the platform whose storage backend this is (see [`sizing::chunk_for_backend`]).
    pub fn for_backend(backend: StorageBackend) -> Self {
        Self::new().with_chunk_size(sizing::chunk_for_backend(backend))
    }

    /// Sized for a machine with `available_memory` bytes free: fewer blobs at once and fewer slots
    /// when memory is scarce.
    pub fn for_memory_constraints(available_memory: u64) -> Self {
        let mut s = Self::new();
        s.available_memory = Some(available_memory);
        let per_blob = (BufferOptimization::Balanced.slots() * s.chunk_size) as u64 + PER_TRANSFER_OVERHEAD;
        s.concurrency = sizing::default_concurrency(per_blob, Some(available_memory));
        s.ceiling = s.concurrency;
        if available_memory < 256 << 20 {
            s.optimization = BufferOptimization::MinimalMemory;
            s.chunk_size = 64 * 1024;
        }
        s.resize();
        s
    }

    fn resize(&mut self) {
        self.channel_capacity =
            sizing::channel_capacity(self.chunk_size, self.ceiling, self.available_memory, self.optimization);
    }

    pub fn chunk_size(&self) -> usize {
        self.chunk_size
    }
    pub fn channel_capacity(&self) -> usize {
        self.channel_capacity
    }
    pub fn concurrency(&self) -> usize {
        self.concurrency
    }
    pub fn ceiling(&self) -> usize {
        self.ceiling
    }
}

#[async_trait(?Send)]
impl MigrationStrategy for StreamingStrategy {
    fn kind(&self) -> StrategyKind {
        StrategyKind::Streaming
    }
    /// The default: constant memory, no local space, any number of blobs.
    fn priority(&self) -> u8 {
        70
    }
    fn supports_blob_count(&self, _count: usize) -> bool {
        true
    }
    fn estimate_memory_usage(&self, blob_count: usize, _total_size: u64) -> u64 {
        let in_flight = self.ceiling.min(blob_count.max(1)) as u64;
        in_flight * self.per_blob_bytes()
    }

    async fn migrate(&self, ctx: &MigrationContext, blobs: &[RecordBlob]) -> MigrationReport {
        let (chunk, capacity) = (self.chunk_size, self.channel_capacity);
        let concurrency = Concurrency::adaptive(self.concurrency, self.ceiling);
        drive(ctx, self.kind(), blobs, concurrency, |blob, meter| stream_blob(ctx, blob, chunk, capacity, meter)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_keep_the_channel_bounded() {
        let s = StreamingStrategy::new();
        assert_eq!((s.chunk_size(), s.channel_capacity(), s.concurrency()), (256 * 1024, 4, 4));
        let s = StreamingStrategy::new().with_chunk_size(1).with_buffer_optimization(BufferOptimization::Throughput);
        assert_eq!((s.chunk_size(), s.channel_capacity()), (sizing::MIN_CHUNK, 6));
        let s = StreamingStrategy::for_backend(StorageBackend::LocalStorage);
        assert_eq!(s.chunk_size(), 64 * 1024);
        let small = StreamingStrategy::for_memory_constraints(128 << 20);
        assert_eq!(small.channel_capacity(), 2);
        assert!(small.estimate_memory_usage(100, 0) < 4 << 20);
        let big = StreamingStrategy::for_memory_constraints(16 << 30);
        assert_eq!(big.concurrency(), 4);
    }

    #[test]
    fn memory_estimate_does_not_grow_with_blob_size() {
        let s = StreamingStrategy::new();
        assert_eq!(s.estimate_memory_usage(1, 1 << 20), s.estimate_memory_usage(1, 500 << 20));
        assert!(s.estimate_memory_usage(1, 500 << 20) < 2 << 20);
    }
}
