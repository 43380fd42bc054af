//! A file read in place at any offset: a backup archive (`.tar`) the person holds, read entry by
//! entry where it lies, never copied whole into memory or into other storage. Natively a file on
//! disk ([`crate::desktop::ArchiveFile`]); the engine reads the archive's layout through this
//! (`tektite_engine::backup::archive_read`).

use async_trait::async_trait;
use bytes::Bytes;

use crate::{ByteStream, PlatformError};

/// Bytes of one file, read where they lie.
#[async_trait(?Send)]
pub trait RandomAccess {
    /// The file's length in bytes.
    fn size(&self) -> u64;
    /// Up to `len` bytes at `offset` (fewer only at the end of the file).
    async fn read_at(&self, offset: u64, len: usize) -> Result<Bytes, PlatformError>;
    /// The `len` bytes from `offset`, as a stream of chunks.
    fn stream(&self, offset: u64, len: u64) -> ByteStream;
    /// In a browser: those bytes as a `Blob` the browser reads itself (an upload body that never
    /// passes through wasm memory), when the file is one.
    #[cfg(target_arch = "wasm32")]
    fn slice(&self, _offset: u64, _len: u64) -> Option<web_sys::Blob> {
        None
    }
}
