//! Web platform (wasm32 in a browser): the blob cache, resume state and probes on real browser
//! storage.
//!
//! | service                             | type                      | backed by                                                  |
//! |-------------------------------------|---------------------------|------------------------------------------------------------|
//! | [`BlobCache`](crate::BlobCache)     | [`FallbackBlobManager`]   | OPFS → IndexedDB → LocalStorage, by availability and quota |
//! | [`KvStore`](crate::KvStore)         | [`IdbKv`]                 | IndexedDB database `tektite-state`                         |
//! | [`SystemProbe`](crate::SystemProbe) | [`WebProbe`]              | `navigator.storage.estimate()`, `deviceMemory`, wasm memory|
//! | [`AccountLocks`](crate::AccountLocks) | [`WebLocks`]            | the Web Locks API (`navigator.locks`), one lock per DID    |
//!
//! Each cache backend is also usable on its own ([`OpfsCache`], [`IdbCache`],
//! [`LocalStorageCache`]). Everything runs on the page's main thread (OPFS through
//! `createWritable`, not the worker-only sync handles). No backend holds a whole blob in wasm memory:
//! writes copy each chunk into a fresh JS buffer and hand it to the browser, reads come back in
//! 256 KiB pieces, and a committed entry is offered to the engine as a browser `Blob`
//! ([`CacheReader::file`](crate::CacheReader)) that `fetch` can upload without touching wasm.
//!
//! Not for the desktop webview, which has IndexedDB but no `navigator.storage` (no estimate, no
//! OPFS): the desktop app uses the native `desktop` platform.

mod archive_file;
mod handover;
mod indexed_db;
pub(crate) mod js;
mod kv;
mod local_storage;
mod lock;
mod manager;
mod opfs;
mod probe;

use std::sync::Arc;

pub use archive_file::ArchiveFile;
pub use handover::{hand_over, offer_download};
pub use indexed_db::IdbCache;
pub use kv::IdbKv;
pub use local_storage::LocalStorageCache;
pub use lock::WebLocks;
pub use manager::{quota_margin, FallbackBlobManager, ManagerOptions};
pub use opfs::OpfsCache;
pub use probe::{
    expose_memory_gauge, request_persistence, wasm_memory_bytes, wasm_memory_headroom, WebProbe, WASM32_MEMORY_LIMIT,
};

use crate::{Platform, PlatformError};

/// The web platform with its default places: every cache backend this browser offers, the resume
/// state database, and probes describing the cache's preferred backend.
// `Platform` holds `Arc`s so native code can share it across threads; on the web everything lives on
// one thread and these values are not `Send`, which is fine there.
#[allow(clippy::arc_with_non_send_sync)]
pub async fn platform() -> Result<Platform, PlatformError> {
    // Before the caches clean up: from now on other tabs see this page's writes as running.
    js::hold_page_lock();
    let cache = FallbackBlobManager::open().await?;
    let probe = WebProbe::for_cache(&cache);
    let kv = IdbKv::open().await?;
    Ok(Platform { kv: Arc::new(kv), cache: Arc::new(cache), probe: Arc::new(probe), locks: Arc::new(WebLocks) })
}
