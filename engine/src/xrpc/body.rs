//! A blob (or repo) download as the XRPC layer hands it out: a stream, so no blob is ever held whole
//! in memory. Upload bodies are [`crate::transport::UploadBody`].

use bytes::Bytes;

use super::error::XrpcError;
use crate::transport::BodyStream;

/// A blob download's bytes (`Send` where the target has threads).
pub type DownloadStream = BodyStream<Result<Bytes, XrpcError>>;

/// An open `getBlob` response.
pub struct BlobDownload {
    /// The stored content type, forwarded to `uploadBlob` (the new PDS keeps whatever we declare).
    pub content_type: Option<String>,
    pub content_length: Option<u64>,
    pub stream: DownloadStream,
}
