//! The local blob cache used by the storage strategy: download → cache → upload → cleanup.
//!
//! An entry becomes visible to [`BlobCache::open`] only after [`CacheWriter::commit`], which the
//! engine calls once the bytes are verified against the blob's CID. So a crash can leave a partial
//! write behind, but never a readable half-blob.
//!
//! A writer may also offer [`CacheWriter::follow`]: a stream of the bytes written so far that keeps
//! going as more arrive. The engine uses it to upload from the cache while the download is still
//! filling it (a pipelined cache). The follower never sees the last [`HELD_BACK`] bytes written
//! until the entry is committed, so an upload fed by it cannot complete before the blob is
//! verified: if the hash does not match, the entry is aborted and the follower fails instead.
//! Only a tail is held back, not a whole write: a blob smaller than the writes would otherwise
//! travel store-and-forward (downloaded whole before its upload starts).

use std::fmt;
use std::pin::Pin;

use async_trait::async_trait;
use bytes::Bytes;
use futures::Stream;
use serde::{Deserialize, Serialize};

use crate::PlatformError;

/// Bytes a follower does not see before the commit (see the module docs). Any number would do: an
/// upload declares its length (or, streamed over HTTP/2, ends only with its last frame), so a body
/// missing even its last byte never completes, and the aborted request is all the server sees.
/// Small, because the upload's end waits for these bytes after the download's end: 4 KiB cost
/// 1.6 ms per blob at 20 Mbit/s, which showed when blobs go one at a time; 64 bytes cost 26 µs.
/// The engine's verifier holds back the same.
pub const HELD_BACK: usize = 64;

/// A stream of blob bytes. `Send` on native targets because HTTP bodies are driven by another task.
#[cfg(not(target_arch = "wasm32"))]
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, PlatformError>> + Send + 'static>>;
/// A stream of blob bytes (single-threaded on the web).
#[cfg(target_arch = "wasm32")]
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, PlatformError>> + 'static>>;

/// Where cached blobs physically live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StorageBackend {
    /// Files on a local disk (desktop, CLI).
    Filesystem,
    /// The browser's Origin Private File System.
    Opfs,
    /// The browser's IndexedDB.
    IndexedDb,
    /// The browser's LocalStorage (small blobs only).
    LocalStorage,
    /// Process memory (tests only).
    Memory,
    /// A backup archive read in place (read-only).
    Archive,
}

impl fmt::Display for StorageBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StorageBackend::Filesystem => "filesystem",
            StorageBackend::Opfs => "OPFS",
            StorageBackend::IndexedDb => "IndexedDB",
            StorageBackend::LocalStorage => "LocalStorage",
            StorageBackend::Memory => "memory",
            StorageBackend::Archive => "archive",
        })
    }
}

/// A complete, committed cache entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheEntry {
    pub key: String,
    pub size: u64,
}

/// A committed entry opened for reading.
pub struct CacheReader {
    pub size: u64,
    /// The bytes, in chunks (the engine re-hashes cached copies through this).
    pub stream: ByteStream,
    /// On the web: the entry as a browser-managed `Blob` (an OPFS `File`, a `Blob` over IndexedDB
    /// parts, ...), for uploading as a `fetch` body without the bytes passing through wasm memory.
    /// `None` when the backend has none (the in-memory test cache).
    #[cfg(target_arch = "wasm32")]
    pub file: Option<web_sys::Blob>,
}

/// Storage for whole blobs, keyed by CID.
#[async_trait(?Send)]
pub trait BlobCache {
    fn backend(&self) -> StorageBackend;
    /// Starts a new entry for `key`, replacing any unfinished one. Invisible until committed.
    async fn create(&self, key: &str, expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError>;
    /// Opens a committed entry, or `None` when there is none.
    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError>;
    /// Deletes an entry; deleting a missing entry is not an error.
    async fn remove(&self, key: &str) -> Result<(), PlatformError>;
    /// Deletes an entry without waiting (used from `Drop`); failures are logged, not raised.
    fn remove_soon(&self, key: &str);
    /// Every committed entry.
    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError>;
}

/// An entry being written. Dropping it without `commit` discards what was written.
#[async_trait(?Send)]
pub trait CacheWriter {
    /// Appends a chunk.
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError>;
    /// Bytes written so far.
    fn written(&self) -> u64;
    /// A stream that follows the entry as it is written (see the module docs), if the backend can.
    fn follow(&self) -> Option<ByteStream>;
    /// Makes the entry durable and visible under its key, atomically.
    async fn commit(self: Box<Self>) -> Result<(), PlatformError>;
    /// Discards the entry; a follower fails with [`PlatformError::Abandoned`].
    async fn abort(self: Box<Self>);
}
