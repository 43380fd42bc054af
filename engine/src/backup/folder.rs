//! Where a backup lives: a folder of named files (the manifest, the repo CAR, the DID document, …)
//! and a folder of blobs named by CID. Both are [`BlobCache`]s from the platform, so every write is
//! atomic (invisible until committed, a crash leaves no half file) and private to the user, and the
//! engine writes a backup the same way on every target: files on the desktop (`desktop::FileCache`
//! over the chosen folder), other backends on the web.

use std::sync::Arc;

use bytes::Bytes;
use futures::StreamExt;
use tektite_platform::{BlobCache, PlatformError};

/// The files of a backup, by name.
pub const MANIFEST: &str = "manifest.json";
pub const REPO: &str = "repo.car";
pub const DID_DOCUMENT: &str = "did.json";
pub const PLC_AUDIT_LOG: &str = "plc-audit-log.json";
pub const PREFERENCES: &str = "preferences.json";
/// What the last run did (see [`super::last_run`]); not part of the backup itself.
pub const LAST_RUN: &str = "last-run.json";
/// The blobs' sub-folder (desktop layout: `DIR/blobs/<cid>`).
pub const BLOBS: &str = "blobs";

/// A backup's storage: named files and blobs.
#[derive(Clone)]
pub struct BackupFolder {
    files: Arc<dyn BlobCache>,
    blobs: Arc<dyn BlobCache>,
    /// Where it is, in words ("/home/me/backup"), for messages.
    pub place: String,
}

impl BackupFolder {
    pub fn new(files: Arc<dyn BlobCache>, blobs: Arc<dyn BlobCache>, place: impl Into<String>) -> Self {
        BackupFolder { files, blobs, place: place.into() }
    }

    pub fn files(&self) -> &dyn BlobCache {
        &*self.files
    }

    pub fn blobs(&self) -> &dyn BlobCache {
        &*self.blobs
    }

    /// A small file (the manifest, JSON documents) read whole; `None` when it is not there.
    pub async fn read(&self, name: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        let Some(mut reader) = self.files.open(name).await? else { return Ok(None) };
        let mut bytes = Vec::with_capacity(reader.size as usize);
        while let Some(chunk) = reader.stream.next().await {
            bytes.extend_from_slice(&chunk?);
        }
        Ok(Some(bytes))
    }

    /// Writes a small file atomically, replacing the previous one.
    pub async fn write(&self, name: &str, bytes: Vec<u8>) -> Result<(), PlatformError> {
        let mut writer = self.files.create(name, Some(bytes.len() as u64)).await?;
        writer.write(Bytes::from(bytes)).await?;
        writer.commit().await
    }
}
