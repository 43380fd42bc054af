//! Platform services for Tektite.
//!
//! The migration engine never touches a disk, a browser API or the OS directly: it talks to the three
//! traits defined here, and each target supplies implementations:
//!
//! | trait          | desktop / CLI (`desktop`)              | tests (`memory`)   | web (`web`)                  |
//! |----------------|----------------------------------------|--------------------|------------------------------|
//! | [`KvStore`]    | one file per key under the data dir    | a `BTreeMap`       | IndexedDB                    |
//! | [`BlobCache`]  | files under the `directories` cache dir| a `HashMap`        | OPFS → IndexedDB → LocalStorage |
//! | [`SystemProbe`]| free space (`fs4`), memory (`sysinfo`) | fixed numbers      | `navigator.storage.estimate` |
//! | [`AccountLocks`]| an OS file lock per DID (`lock.rs`)   | a set in memory    | Web Locks (`navigator.locks`) |
//!
//! [`Platform`] bundles one of each so the engine takes a single value.

pub mod archive;
pub mod backup;
pub mod cache;
pub mod error;
pub mod keys;
pub mod kv;
pub mod lock;
pub mod memory;
pub mod probe;
pub mod relay;

#[cfg(not(target_arch = "wasm32"))]
pub mod desktop;
#[cfg(target_arch = "wasm32")]
pub mod web;

use std::sync::Arc;

pub use archive::RandomAccess;
pub use cache::{BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, StorageBackend, HELD_BACK};
pub use error::PlatformError;
pub use kv::KvStore;
pub use lock::{AccountLock, AccountLocks, Holder, LockError};
pub use probe::{Probes, SystemProbe};

/// The platform services one migration runs with.
#[derive(Clone)]
pub struct Platform {
    pub kv: Arc<dyn KvStore>,
    pub cache: Arc<dyn BlobCache>,
    pub probe: Arc<dyn SystemProbe>,
    /// One run per account (see [`lock`]).
    pub locks: Arc<dyn AccountLocks>,
}

/// Gives the user a file to keep (`name`, holding `text`): a browser download on the web, a new
/// private file in the Downloads folder on the desktop. Returns where it went, in words.
pub fn hand_over_file(name: &str, text: &str) -> Result<String, PlatformError> {
    #[cfg(target_arch = "wasm32")]
    return web::hand_over(name, text).map(|()| tektite_i18n::tr!("key-whereabouts-downloads"));
    #[cfg(not(target_arch = "wasm32"))]
    return desktop::hand_over(name, text)
        .map(|p| tektite_i18n::tr!("key-whereabouts-file", path = p.display().to_string()));
}

/// This target's platform with its default locations: on the web the browser's storage, on the
/// desktop the user's cache and data folders (see `desktop`). The CLI picks its folders itself.
#[cfg(target_arch = "wasm32")]
pub async fn open_default() -> Result<Platform, PlatformError> {
    web::platform().await
}

/// This target's platform with its default locations: on the web the browser's storage, on the
/// desktop the user's cache and data folders (see `desktop`). The CLI picks its folders itself.
#[cfg(not(target_arch = "wasm32"))]
pub async fn open_default() -> Result<Platform, PlatformError> {
    let (cache_dir, state_dir) = desktop::default_dirs()?;
    desktop::platform(&cache_dir, &state_dir)
}
