//! What a run has achieved, kept in the platform's key-value store so the next run (after a crash,
//! a reload, or the next day when a rate limit is over) does not repeat it.
//!
//! Per blob: `cached` (a complete copy whose hash matched is in the local cache: never download it
//! again) or `uploaded` (the new PDS accepted it). A blob is recorded only after the fact is true,
//! never before. Also a count of transient network failures, which tells the next plan whether the
//! network has been unreliable. Tokens and passwords are never stored.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tektite_platform::{KvStore, PlatformError};

use crate::progress::{ProgressEvent, ProgressSink};
use crate::runtime::unix_now;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlobPhase {
    Cached,
    Uploaded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobRecord {
    pub phase: BlobPhase,
    pub size: u64,
    /// The source's content type, needed to upload from the cache later.
    pub content_type: String,
    pub updated_unix: u64,
}

/// Resume state of one account's blob migration. Keyed by the DID only: cached copies are
/// content-addressed and stay valid whatever address the new PDS is reached under (a proxy, another
/// port), and the new PDS's missing list, not this record, decides what still has to be sent.
#[derive(Clone)]
pub struct ResumeState {
    kv: Arc<dyn KvStore>,
    prefix: String,
    /// A failure to record was told already (once per run is enough).
    warned: Arc<AtomicBool>,
}

impl ResumeState {
    pub fn new(kv: Arc<dyn KvStore>, did: &str) -> Self {
        ResumeState { kv, prefix: format!("blobs/{did}/"), warned: Arc::new(AtomicBool::new(false)) }
    }

    fn key(&self, cid: &str) -> String {
        format!("{}blob/{cid}", self.prefix)
    }

    pub async fn get(&self, cid: &str) -> Result<Option<BlobRecord>, PlatformError> {
        match self.kv.get(&self.key(cid)).await? {
            None => Ok(None),
            // A damaged record only costs a re-download: forget it rather than fail the run.
            Some(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
        }
    }

    async fn set(&self, cid: &str, phase: BlobPhase, size: u64, content_type: &str) -> Result<(), PlatformError> {
        let rec = BlobRecord { phase, size, content_type: content_type.to_owned(), updated_unix: unix_now() };
        let bytes = serde_json::to_vec(&rec).map_err(|e| PlatformError::Io(e.to_string()))?;
        self.kv.put(&self.key(cid), &bytes).await
    }

    /// Records that `cid` reached `phase`, as a transfer does right after the fact. A record that
    /// cannot be written never fails or repeats the transfer (the bytes are where they are, and the
    /// new PDS's missing list decides what is done): it costs a later run some repeated work, so the
    /// first such failure of a run is told through `progress`, with the platform's words (which name
    /// the folder or database).
    pub async fn record(
        &self,
        cid: &str,
        phase: BlobPhase,
        size: u64,
        content_type: &str,
        progress: &dyn ProgressSink,
    ) {
        if let Err(e) = self.set(cid, phase, size, content_type).await {
            tracing::warn!("could not record {cid} as {phase:?}: {e}");
            if !self.warned.swap(true, Ordering::Relaxed) {
                progress.emit(ProgressEvent::StateNotSaved { detail: e.to_string() });
            }
        }
    }

    /// The blob's verified bytes are committed to the cache.
    pub async fn mark_cached(&self, cid: &str, size: u64, content_type: &str) -> Result<(), PlatformError> {
        self.set(cid, BlobPhase::Cached, size, content_type).await
    }

    /// The new PDS accepted the blob.
    pub async fn mark_uploaded(&self, cid: &str, size: u64, content_type: &str) -> Result<(), PlatformError> {
        self.set(cid, BlobPhase::Uploaded, size, content_type).await
    }

    pub async fn forget(&self, cid: &str) -> Result<(), PlatformError> {
        self.kv.delete(&self.key(cid)).await
    }

    /// Every blob record of this migration.
    pub async fn all(&self) -> Result<HashMap<String, BlobRecord>, PlatformError> {
        let blob_prefix = format!("{}blob/", self.prefix);
        let mut out = HashMap::new();
        for key in self.kv.list(&blob_prefix).await? {
            let cid = key[blob_prefix.len()..].to_owned();
            if let Some(rec) = self.get(&cid).await? {
                out.insert(cid, rec);
            }
        }
        Ok(out)
    }

    /// Transient network failures seen by earlier runs.
    pub async fn network_failures(&self) -> Result<u64, PlatformError> {
        let raw = self.kv.get(&format!("{}network_failures", self.prefix)).await?;
        Ok(raw.and_then(|b| String::from_utf8(b).ok()).and_then(|s| s.trim().parse().ok()).unwrap_or(0))
    }

    pub async fn add_network_failures(&self, n: u64) -> Result<(), PlatformError> {
        if n == 0 {
            return Ok(());
        }
        let total = self.network_failures().await? + n;
        self.kv.put(&format!("{}network_failures", self.prefix), total.to_string().as_bytes()).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tektite_platform::memory::MemoryKv;

    #[tokio::test]
    async fn records_are_scoped_per_migration() {
        let kv: Arc<dyn KvStore> = Arc::new(MemoryKv::default());
        let a = ResumeState::new(kv.clone(), "did:plc:a");
        let b = ResumeState::new(kv.clone(), "did:plc:b");
        a.mark_cached("bafk1", 10, "image/png").await.unwrap();
        a.mark_uploaded("bafk2", 20, "image/jpeg").await.unwrap();
        assert_eq!(a.get("bafk1").await.unwrap().unwrap().phase, BlobPhase::Cached);
        assert!(b.get("bafk1").await.unwrap().is_none());
        let all = a.all().await.unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all["bafk2"].content_type, "image/jpeg");
        a.forget("bafk1").await.unwrap();
        assert!(a.get("bafk1").await.unwrap().is_none());
        a.add_network_failures(2).await.unwrap();
        a.add_network_failures(1).await.unwrap();
        assert_eq!(a.network_failures().await.unwrap(), 3);
        assert_eq!(b.network_failures().await.unwrap(), 0);
    }
}
