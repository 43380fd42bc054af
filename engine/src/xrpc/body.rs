//! Blob bodies in both directions, as streams, so no blob is ever held whole in memory.

use std::pin::Pin;

use bytes::Bytes;
use futures::Stream;

use super::XrpcError;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// An upload body that arrives piece by piece. `Send` on native targets: hyper drives the body from
/// its connection task.
#[cfg(not(target_arch = "wasm32"))]
pub type UploadStream = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send + 'static>>;
#[cfg(target_arch = "wasm32")]
pub type UploadStream = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + 'static>>;

/// A blob download's bytes.
#[cfg(not(target_arch = "wasm32"))]
pub type DownloadStream = Pin<Box<dyn Stream<Item = Result<Bytes, XrpcError>> + Send + 'static>>;
#[cfg(target_arch = "wasm32")]
pub type DownloadStream = Pin<Box<dyn Stream<Item = Result<Bytes, XrpcError>> + 'static>>;

/// What `uploadBlob` sends.
pub enum UploadBody {
    /// A small body already in memory.
    Bytes(Bytes),
    /// A streamed body. `length`, when known, is sent as `Content-Length` so the server can refuse an
    /// over-limit blob (413) before we send it.
    Stream { stream: UploadStream, length: Option<u64> },
    /// A browser-managed `Blob` or `File` (an OPFS file, chunks assembled by the browser): sent by
    /// `fetch` straight from browser storage, never copied into wasm memory.
    #[cfg(target_arch = "wasm32")]
    Blob(web_sys::Blob),
}

/// An open `getBlob` response.
pub struct BlobDownload {
    /// The stored content type, forwarded to `uploadBlob` (the new PDS keeps whatever we declare).
    pub content_type: Option<String>,
    pub content_length: Option<u64>,
    pub stream: DownloadStream,
}
