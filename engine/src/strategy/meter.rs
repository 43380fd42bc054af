//! Byte counting for progress: per blob (download and upload separately) and for the whole run.
//!
//! Counters are atomics because upload bytes are counted inside the request body, which hyper polls
//! from its own task. Events go out at most once per [`EMIT_EVERY`] bytes per blob (and at the end),
//! so a listener sees smooth progress without an event per network packet.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use crate::progress::{ProgressEvent, ProgressSink, Totals};
use crate::runtime::Instant;

const EMIT_EVERY: u64 = 1024 * 1024;

/// Totals for a whole run.
pub(crate) struct RunMeter {
    sink: Arc<dyn ProgressSink>,
    started: Instant,
    blobs_total: usize,
    blobs_done: AtomicUsize,
    blobs_failed: AtomicUsize,
    downloaded: AtomicU64,
    uploaded: AtomicU64,
    /// Blobs in flight whose download has ended (their uploads finishing), and what tells the
    /// driver one more has: see `driver`'s overlap.
    downloads_ended: AtomicUsize,
    download_ended: tokio::sync::Notify,
}

impl RunMeter {
    pub fn new(sink: Arc<dyn ProgressSink>, blobs_total: usize) -> Arc<Self> {
        Arc::new(RunMeter {
            sink,
            started: Instant::now(),
            blobs_total,
            blobs_done: AtomicUsize::new(0),
            blobs_failed: AtomicUsize::new(0),
            downloaded: AtomicU64::new(0),
            uploaded: AtomicU64::new(0),
            downloads_ended: AtomicUsize::new(0),
            download_ended: tokio::sync::Notify::new(),
        })
    }

    /// Blobs in flight whose whole body has come from the old PDS.
    pub fn downloads_ended(&self) -> usize {
        self.downloads_ended.load(Ordering::Relaxed)
    }

    /// Resolves when a blob's download ends (or has ended since the last wait: the signal is kept
    /// until taken, so none is lost between two waits). Cancel-safe.
    pub async fn download_ends(&self) {
        self.download_ended.notified().await
    }

    pub fn sink(&self) -> &Arc<dyn ProgressSink> {
        &self.sink
    }

    pub fn blob(self: &Arc<Self>, cid: &str) -> Arc<BlobMeter> {
        Arc::new(BlobMeter {
            run: self.clone(),
            cid: cid.to_owned(),
            size: AtomicU64::new(u64::MAX),
            downloaded: AtomicU64::new(0),
            uploaded: AtomicU64::new(0),
            last_emit: AtomicU64::new(0),
            download_ended: AtomicBool::new(false),
        })
    }

    pub fn finished(&self, failed: bool) {
        self.blobs_done.fetch_add(1, Ordering::Relaxed);
        if failed {
            self.blobs_failed.fetch_add(1, Ordering::Relaxed);
        }
        self.sink.emit(ProgressEvent::Totals(self.totals()));
    }

    pub fn totals(&self) -> Totals {
        let elapsed = self.started.elapsed().as_secs_f64();
        let up = self.uploaded.load(Ordering::Relaxed);
        Totals {
            blobs_total: self.blobs_total,
            blobs_done: self.blobs_done.load(Ordering::Relaxed),
            blobs_failed: self.blobs_failed.load(Ordering::Relaxed),
            bytes_downloaded: self.downloaded.load(Ordering::Relaxed),
            bytes_uploaded: up,
            elapsed_secs: elapsed,
            rate_bytes_per_sec: if elapsed > 0.0 { up as f64 / elapsed } else { 0.0 },
        }
    }
}

/// One blob's transfer counters.
pub(crate) struct BlobMeter {
    run: Arc<RunMeter>,
    cid: String,
    size: AtomicU64,
    downloaded: AtomicU64,
    uploaded: AtomicU64,
    last_emit: AtomicU64,
    /// This attempt's download has ended (counted in the run's `downloads_ended`).
    download_ended: AtomicBool,
}

impl BlobMeter {
    pub fn size(&self) -> Option<u64> {
        match self.size.load(Ordering::Relaxed) {
            u64::MAX => None,
            s => Some(s),
        }
    }

    /// A new attempt begins: per-blob counters restart (run totals keep the bytes really moved).
    pub fn start(&self, size: Option<u64>, from_cache: bool) {
        self.size.store(size.unwrap_or(u64::MAX), Ordering::Relaxed);
        // A new attempt downloads again.
        self.settle();
        self.downloaded.store(0, Ordering::Relaxed);
        self.uploaded.store(0, Ordering::Relaxed);
        self.last_emit.store(0, Ordering::Relaxed);
        self.run.sink.emit(ProgressEvent::BlobStarted { cid: self.cid.clone(), size, from_cache });
    }

    pub fn add_downloaded(&self, n: u64) {
        self.run.downloaded.fetch_add(n, Ordering::Relaxed);
        let downloaded = self.downloaded.fetch_add(n, Ordering::Relaxed) + n;
        if self.size().is_some_and(|size| downloaded >= size) && !self.download_ended.swap(true, Ordering::Relaxed) {
            self.run.downloads_ended.fetch_add(1, Ordering::Relaxed);
            self.run.download_ended.notify_one();
        }
        self.maybe_emit();
    }

    /// The blob's attempt is over (or a new one begins): it no longer counts as a download that
    /// ended in flight.
    pub fn settle(&self) {
        if self.download_ended.swap(false, Ordering::Relaxed) {
            self.run.downloads_ended.fetch_sub(1, Ordering::Relaxed);
        }
    }

    pub fn add_uploaded(&self, n: u64) {
        self.run.uploaded.fetch_add(n, Ordering::Relaxed);
        self.uploaded.fetch_add(n, Ordering::Relaxed);
        self.maybe_emit();
    }

    fn maybe_emit(&self) {
        let moved = self.downloaded.load(Ordering::Relaxed) + self.uploaded.load(Ordering::Relaxed);
        let last = self.last_emit.load(Ordering::Relaxed);
        if moved >= last + EMIT_EVERY
            && self.last_emit.compare_exchange(last, moved, Ordering::Relaxed, Ordering::Relaxed).is_ok()
        {
            self.emit();
        }
    }

    pub fn emit(&self) {
        self.run.sink.emit(ProgressEvent::BlobBytes {
            cid: self.cid.clone(),
            downloaded: self.downloaded.load(Ordering::Relaxed),
            uploaded: self.uploaded.load(Ordering::Relaxed),
            size: self.size(),
        });
        self.run.sink.emit(ProgressEvent::Totals(self.run.totals()));
    }
}
