//! Real measurements of the machine the migration runs on, which drive strategy selection.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::{PlatformError, StorageBackend};

/// What a platform could measure. `None` means "this platform cannot tell", never "zero".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Probes {
    /// Memory the process could still use, in bytes.
    pub available_memory: Option<u64>,
    /// Bytes the blob cache may still write (free space on its volume, or quota minus usage).
    pub cache_available: Option<u64>,
    /// Total quota of the cache storage where the platform has one (browsers).
    pub cache_quota: Option<u64>,
    /// Bytes already used in that quota.
    pub cache_usage: Option<u64>,
    /// The backend the cache writes to.
    pub cache_backend: Option<StorageBackend>,
    /// Where the cache lives, for the plan printout (a directory, "OPFS", ...).
    pub cache_location: Option<String>,
    /// Human-readable notes on how the numbers were obtained.
    pub notes: Vec<String>,
}

/// Measures memory and storage. Implementations must measure, not guess.
#[async_trait(?Send)]
pub trait SystemProbe {
    async fn probe(&self) -> Result<Probes, PlatformError>;
}
