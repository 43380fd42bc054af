//! Errors raised by platform services, typed so the engine can tell a full disk from a broken one.

/// A failure of a platform service (storage, probes).
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlatformError {
    /// The storage has no room left (disk full, browser quota exhausted). Retrying will not help
    /// until space is freed; another backend or a streaming strategy may.
    #[error("not enough storage space: {0}")]
    QuotaExceeded(String),
    /// Reading or writing storage failed for another reason.
    #[error("storage error: {0}")]
    Io(String),
    /// Something stored earlier cannot be understood any more (e.g. a truncated state file).
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    /// The entry was abandoned while a reader was following it (the download failed or was cancelled).
    #[error("cache entry {0} was abandoned before it was complete")]
    Abandoned(String),
}

impl PlatformError {
    /// Whether trying the same operation again could succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, PlatformError::Io(_) | PlatformError::Abandoned(_))
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn from_io(context: &str, err: std::io::Error) -> Self {
        // ENOSPC / EDQUOT are "disk full": tell the user about space, not about a generic I/O error.
        match err.raw_os_error() {
            Some(28) | Some(122) => PlatformError::QuotaExceeded(format!("{context}: {err}")),
            _ => PlatformError::Io(format!("{context}: {err}")),
        }
    }
}
