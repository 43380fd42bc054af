//! Why one blob could not be moved (this time), and what that means for retrying and reporting.
//!
//! Its own module so that the transfer code and the verifier that both produce these errors do not
//! import each other.

use tektite_platform::PlatformError;

use crate::cid::CidError;
use crate::outcome::BlobFailureKind;
use crate::retry::RetryAdvice;
use crate::xrpc::XrpcError;

/// Why one blob could not be moved (this time).
#[derive(Debug, Clone, thiserror::Error)]
pub enum BlobError {
    #[error("the bytes served for {expected} hash to {actual}: the old PDS's copy is damaged or was altered in transit; it was not uploaded")]
    IntegrityMismatch { expected: String, actual: String },
    #[error("the blob is larger than the new PDS accepts (HTTP 413{}); ask its operator to raise the upload limit, the other blobs are unaffected", size.map(|s| format!(", {s} bytes")).unwrap_or_default())]
    TooLarge { size: Option<u64> },
    #[error("the old PDS no longer has this blob ({0})")]
    NotOnSource(String),
    #[error("the new PDS stored the upload as {stored}, not {expected}: it kept other bytes than were sent, as a server does that cuts bodies over a size limit of its own (rsky-pds reads at most 100 MiB of an upload); ask its operator about that limit")]
    WrongCidStored { expected: String, stored: String },
    #[error("this CID cannot be verified: {0}")]
    BadCid(String),
    #[error("local cache: {0}")]
    Cache(#[from] PlatformError),
    #[error("{0}")]
    Xrpc(#[from] XrpcError),
}

impl From<CidError> for BlobError {
    fn from(e: CidError) -> Self {
        BlobError::BadCid(e.to_string())
    }
}

impl BlobError {
    pub fn advice(&self) -> RetryAdvice {
        match self {
            BlobError::Xrpc(e) => e.advice(),
            BlobError::Cache(e) if e.is_retryable() => RetryAdvice::Backoff,
            _ => RetryAdvice::Never,
        }
    }

    pub fn kind(&self) -> BlobFailureKind {
        match self {
            BlobError::IntegrityMismatch { .. } | BlobError::WrongCidStored { .. } | BlobError::BadCid(_) => {
                BlobFailureKind::Integrity
            }
            BlobError::TooLarge { .. } => BlobFailureKind::TooLarge,
            BlobError::NotOnSource(_) => BlobFailureKind::NotFound,
            BlobError::Cache(_) => BlobFailureKind::Cache,
            BlobError::Xrpc(e) => match e {
                XrpcError::RateLimited { .. } => BlobFailureKind::RateLimited,
                XrpcError::NotSignedIn { .. } | XrpcError::SessionRenewed { .. } | XrpcError::DpopNonce { .. } => {
                    BlobFailureKind::Auth
                }
                XrpcError::Status { status, .. } if *status < 500 => BlobFailureKind::Server,
                XrpcError::Status { .. } => BlobFailureKind::Server,
                _ => BlobFailureKind::Network,
            },
        }
    }

    /// Classifies a `getBlob` failure.
    pub(crate) fn from_download(e: XrpcError) -> Self {
        // The reference PDS says "Blob not found" with a 400 `InvalidRequest` when the blob's file
        // is gone from its store; other servers say 404 or `BlobNotFound`.
        let gone_message =
            matches!(&e, XrpcError::Status { status: 400, message: Some(m), .. } if m.contains("Blob not found"));
        match (e.status(), e.error_name()) {
            (Some(404), _) | (_, Some("BlobNotFound")) => BlobError::NotOnSource(e.to_string()),
            _ if gone_message => BlobError::NotOnSource(e.to_string()),
            _ => BlobError::Xrpc(e),
        }
    }

    /// Classifies an `uploadBlob` failure.
    pub(crate) fn from_upload(e: XrpcError, size: Option<u64>) -> Self {
        match e.status() {
            Some(413) => BlobError::TooLarge { size },
            _ => BlobError::Xrpc(e),
        }
    }
}
