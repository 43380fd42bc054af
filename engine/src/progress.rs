//! Progress as events. The engine emits; the CLI prints them, the UI turns them into signals, tests
//! collect them. Nobody is required to listen ([`NoProgress`]).

use std::time::Duration;

use serde::Serialize;

use crate::outcome::BlobOutcome;

/// Something worth telling the user about.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ProgressEvent {
    /// The work list is known.
    WorkListed { missing: usize, inventory: usize },
    /// A blob transfer begins (`from_cache`: it is uploaded from a verified local copy).
    BlobStarted { cid: String, size: Option<u64>, from_cache: bool },
    /// Bytes moved for one blob so far; download and upload are counted separately.
    BlobBytes { cid: String, downloaded: u64, uploaded: u64, size: Option<u64> },
    /// A blob is finished, one way or the other.
    BlobFinished { outcome: BlobOutcome },
    /// How many blobs move at once now, and why (the number adapts to the throughput).
    Concurrency { blobs_at_once: usize, reason: String },
    /// Running totals for the whole migration.
    Totals(Totals),
    /// A transient failure; the work is tried again after `delay`.
    Retrying { cid: Option<String>, attempt: u32, delay_secs: f64, reason: String },
    /// A server asked us to slow down; nothing happens until `wait_secs` have passed. `quota`: its
    /// stated pace, where it says one (`RateLimit-Policy`).
    RateLimited {
        host: String,
        wait_secs: u64,
        resume_at_unix: u64,
        stated_by_server: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        quota: Option<crate::xrpc::rate_limit::Quota>,
    },
    /// An access token was renewed (proactively or after `ExpiredToken`).
    SessionRefreshed { host: String },
    /// Progress could not be recorded in the resume state (told once per run): the transfer goes
    /// on, but a later run may repeat work this one did.
    StateNotSaved { detail: String },
    /// The local cache had no room for this blob (storage strategy): it goes straight from the old
    /// PDS to the new one instead, and later blobs try the cache again.
    CacheFull { cid: String, detail: String },
}

/// Totals across all blobs of a run.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Totals {
    pub blobs_total: usize,
    pub blobs_done: usize,
    pub blobs_failed: usize,
    pub bytes_downloaded: u64,
    pub bytes_uploaded: u64,
    pub elapsed_secs: f64,
    /// Upload rate so far, bytes per second.
    pub rate_bytes_per_sec: f64,
}

impl Totals {
    pub fn elapsed(&self) -> Duration {
        Duration::from_secs_f64(self.elapsed_secs)
    }
}

/// Receives progress events. Must be cheap and must not block: it is called from the transfer path.
pub trait ProgressSink: Send + Sync {
    fn emit(&self, event: ProgressEvent);
}

/// Ignores every event.
pub struct NoProgress;

impl ProgressSink for NoProgress {
    fn emit(&self, _event: ProgressEvent) {}
}

impl<F: Fn(ProgressEvent) + Send + Sync> ProgressSink for F {
    fn emit(&self, event: ProgressEvent) {
        self(event)
    }
}
