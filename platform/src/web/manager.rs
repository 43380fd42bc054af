//! The web blob cache the engine gets: OPFS first, then IndexedDB, then LocalStorage, chosen per
//! blob by what the browser offers *and* by how much room is really left.
//!
//! Why a fallback chain: OPFS is the best store (files, streamed, the largest quota) but is missing
//! on older Safari and in some webviews; IndexedDB exists nearly everywhere; LocalStorage is tiny but
//! sometimes the only thing left (private modes). Why quota checks: browsers evict or refuse data
//! past the origin's quota, and a refusal half-way through a 500 MiB blob wastes the download.
//!
//! For each [`BlobCache::create`] with a known size, a backend is skipped when:
//! - it refused a write of that size (or less) earlier in this session (remembered by size: a
//!   smaller blob may still fit);
//! - OPFS / IndexedDB: `navigator.storage.estimate()` says the origin's free quota (minus what
//!   other writes in progress still need) cannot hold the blob plus a margin ([`quota_margin`]);
//!   the two share the origin's quota;
//! - LocalStorage: the blob is over its size cap, or the base64 text would not fit in what is left
//!   of the ~5 Mi characters.
//!
//! A `QuotaExceededError` while writing aborts the entry in that backend (each backend deletes what
//! it wrote), returns [`PlatformError::QuotaExceeded`] saying so, and marks the backend full for
//! blobs of that size, so the engine's retry of the same blob lands in the next backend. `open`,
//! `remove` and `list` look in every backend; a commit deletes older copies of the same key from the
//! other backends. None of the backends can read an entry while it is written, so the follower
//! ([`CacheWriter::follow`]) is a [`Relay`] of the chunks written; the engine asks for it only where
//! the browser can stream the upload it feeds (HTTP/2), else it uploads a committed entry's
//! [`CacheReader::file`].

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use async_trait::async_trait;
use bytes::Bytes;

use super::js::{estimate, human, Estimate};
use super::{IdbCache, LocalStorageCache, OpfsCache};
use crate::relay::Relay;
use crate::{BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, PlatformError, StorageBackend};

/// How a [`FallbackBlobManager`] is set up. `Default` is what the app uses.
#[derive(Debug, Clone)]
pub struct ManagerOptions {
    /// Backends to use, in order of preference; unavailable ones are skipped.
    pub backends: Vec<StorageBackend>,
    /// Name of the OPFS folder and of the IndexedDB database; LocalStorage keys start with it and `:`.
    pub namespace: String,
    /// Largest blob LocalStorage takes.
    pub local_storage_max_blob: u64,
    /// Free space to assume for a backend instead of measuring it (tests; a user-set cap).
    pub free_space_override: HashMap<StorageBackend, u64>,
}

impl Default for ManagerOptions {
    fn default() -> Self {
        ManagerOptions {
            backends: vec![StorageBackend::Opfs, StorageBackend::IndexedDb, StorageBackend::LocalStorage],
            namespace: OpfsCache::DEFAULT_FOLDER.to_owned(),
            local_storage_max_blob: LocalStorageCache::DEFAULT_MAX_BLOB,
            free_space_override: HashMap::new(),
        }
    }
}

impl ManagerOptions {
    /// The default chain without OPFS (as on a browser that lacks it).
    pub fn without_opfs(mut self) -> Self {
        self.backends.retain(|b| *b != StorageBackend::Opfs);
        self
    }

    /// Only these backends, in this order.
    pub fn backends(mut self, backends: &[StorageBackend]) -> Self {
        self.backends = backends.to_vec();
        self
    }

    /// Another OPFS folder / IndexedDB database / LocalStorage prefix (keeps tests apart).
    pub fn namespace(mut self, namespace: &str) -> Self {
        self.namespace = namespace.to_owned();
        self
    }

    /// Pretends `backend` has only `bytes` free, whatever the browser says.
    pub fn simulate_free_space(mut self, backend: StorageBackend, bytes: u64) -> Self {
        self.free_space_override.insert(backend, bytes);
        self
    }

    /// Sets the largest blob LocalStorage takes.
    pub fn local_storage_max_blob(mut self, bytes: u64) -> Self {
        self.local_storage_max_blob = bytes;
        self
    }
}

/// Extra room required beyond a blob's size before a quota-limited backend is chosen: a tenth of
/// the blob plus 1 MiB (OPFS writes into a swap file, IndexedDB stores metadata, and other tabs of
/// the site may write meanwhile).
pub fn quota_margin(size: u64) -> u64 {
    size / 10 + 1024 * 1024
}

#[derive(Clone)]
enum Backend {
    Opfs(OpfsCache),
    Idb(IdbCache),
    Local(LocalStorageCache),
}

impl Backend {
    fn cache(&self) -> &dyn BlobCache {
        match self {
            Backend::Opfs(c) => c,
            Backend::Idb(c) => c,
            Backend::Local(c) => c,
        }
    }

    fn kind(&self) -> StorageBackend {
        self.cache().backend()
    }

    fn location(&self) -> String {
        match self {
            Backend::Opfs(c) => format!("OPFS folder {}", c.folder()),
            Backend::Idb(c) => format!("IndexedDB database {}", c.database()),
            Backend::Local(c) => format!("LocalStorage keys {}*", c.prefix()),
        }
    }
}

/// OPFS and IndexedDB draw on one quota per origin; LocalStorage has its own.
fn shares_origin_quota(backend: StorageBackend) -> bool {
    matches!(backend, StorageBackend::Opfs | StorageBackend::IndexedDb)
}

/// A write in progress, for the room other writes must leave it.
struct Inflight {
    backend: StorageBackend,
    expected: u64,
    written: Cell<u64>,
}

struct Shared {
    backends: Vec<Backend>,
    unavailable: Vec<(StorageBackend, String)>,
    /// Per backend, the smallest blob size it refused in this session.
    full: RefCell<HashMap<StorageBackend, u64>>,
    inflight: RefCell<Vec<Weak<Inflight>>>,
    overrides: HashMap<StorageBackend, u64>,
}

impl Shared {
    fn mark_full(&self, backend: StorageBackend, at: u64) {
        let mut full = self.full.borrow_mut();
        let limit = full.entry(backend).or_insert(u64::MAX);
        *limit = (*limit).min(at.max(1));
        tracing::warn!("{backend} is full for blobs of {} or more for the rest of this session", human(*limit));
    }

    /// Bytes still to come for writes in progress that draw on the same space as `backend`.
    fn reserved(&self, backend: StorageBackend) -> u64 {
        let mut inflight = self.inflight.borrow_mut();
        inflight.retain(|w| w.strong_count() > 0);
        inflight
            .iter()
            .filter_map(Weak::upgrade)
            .filter(|w| w.backend == backend || (shares_origin_quota(w.backend) && shares_origin_quota(backend)))
            .map(|w| w.expected.saturating_sub(w.written.get()))
            .sum()
    }

    async fn remove_everywhere(&self, key: &str, except: Option<StorageBackend>) -> Result<(), PlatformError> {
        let mut first_error = None;
        for b in self.backends.iter().filter(|b| Some(b.kind()) != except) {
            if let Err(e) = b.cache().remove(key).await {
                first_error.get_or_insert(e);
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}

/// The web [`BlobCache`]: OPFS → IndexedDB → LocalStorage by availability and real quota.
#[derive(Clone)]
pub struct FallbackBlobManager {
    shared: Rc<Shared>,
}

impl FallbackBlobManager {
    /// Every backend this browser offers, in the default order and places.
    pub async fn open() -> Result<Self, PlatformError> {
        Self::with_options(ManagerOptions::default()).await
    }

    /// The backends named in `options` that this browser offers. Fails only when none is usable.
    pub async fn with_options(options: ManagerOptions) -> Result<Self, PlatformError> {
        let mut backends = Vec::new();
        let mut unavailable = Vec::new();
        for kind in &options.backends {
            let opened = match kind {
                StorageBackend::Opfs => OpfsCache::open(&options.namespace).await.map(Backend::Opfs),
                StorageBackend::IndexedDb => IdbCache::open(&options.namespace).await.map(Backend::Idb),
                StorageBackend::LocalStorage => {
                    LocalStorageCache::open(&format!("{}:", options.namespace), options.local_storage_max_blob)
                        .map(Backend::Local)
                }
                other => Err(PlatformError::Io(format!("{other} storage does not exist in a browser"))),
            };
            match opened {
                Ok(b) => backends.push(b),
                Err(e) => {
                    tracing::info!("{kind} is not available for the blob cache: {e}");
                    unavailable.push((*kind, e.to_string()));
                }
            }
        }
        if backends.is_empty() {
            let why: Vec<String> = unavailable.iter().map(|(b, e)| format!("{b}: {e}")).collect();
            return Err(PlatformError::Io(format!(
                "no browser storage is usable for the blob cache ({})",
                why.join("; ")
            )));
        }
        Ok(FallbackBlobManager {
            shared: Rc::new(Shared {
                backends,
                unavailable,
                full: RefCell::new(HashMap::new()),
                inflight: RefCell::new(Vec::new()),
                overrides: options.free_space_override,
            }),
        })
    }

    /// The usable backends, in order of preference.
    pub fn backends(&self) -> Vec<StorageBackend> {
        self.shared.backends.iter().map(Backend::kind).collect()
    }

    /// Backends that were asked for but are not usable here, with the reason.
    pub fn unavailable(&self) -> &[(StorageBackend, String)] {
        &self.shared.unavailable
    }

    /// Whether `backend` refused a write in this session (for any size).
    pub fn is_full(&self, backend: StorageBackend) -> bool {
        self.shared.full.borrow().contains_key(&backend)
    }

    /// Where the preferred backend keeps blobs, for the plan printout.
    pub fn location(&self) -> String {
        self.preferred().location()
    }

    /// The LocalStorage backend, if it is in use.
    pub(crate) fn local_storage(&self) -> Option<&LocalStorageCache> {
        self.shared.backends.iter().find_map(|b| match b {
            Backend::Local(c) => Some(c),
            _ => None,
        })
    }

    fn preferred(&self) -> &Backend {
        let full = self.shared.full.borrow();
        self.shared.backends.iter().find(|b| !full.contains_key(&b.kind())).unwrap_or(&self.shared.backends[0])
    }

    /// `Ok` when `backend` can take a blob of `size`, else why not.
    async fn room(
        &self,
        backend: &Backend,
        size: Option<u64>,
        origin: &mut Option<Option<Estimate>>,
    ) -> Result<(), String> {
        let kind = backend.kind();
        if let Some(&limit) = self.shared.full.borrow().get(&kind) {
            if size.is_none_or(|s| s >= limit) {
                return Err(format!("it refused {} earlier in this session", human(limit)));
            }
        }
        let Some(size) = size else { return Ok(()) };
        let reserved = self.shared.reserved(kind);
        let overridden = self.shared.overrides.get(&kind).copied();
        match backend {
            Backend::Opfs(_) | Backend::Idb(_) => {
                let free = match overridden {
                    Some(free) => Some((free, " (simulated)".to_owned())),
                    None => {
                        if origin.is_none() {
                            *origin = Some(estimate().await.unwrap_or_else(|e| {
                                tracing::warn!("{e}");
                                None
                            }));
                        }
                        origin.flatten().map(|e| (e.free(), format!(" of the site's {} quota", human(e.quota))))
                    }
                };
                // No estimate (old browser): try, and let a refusal move on to the next backend.
                let Some((free, of)) = free else { return Ok(()) };
                let needed = size + quota_margin(size) + reserved;
                if free < needed {
                    return Err(format!(
                        "{} free{of}, {} needed{}",
                        human(free),
                        human(needed),
                        if reserved > 0 {
                            format!(" (with {} for writes in progress)", human(reserved))
                        } else {
                            String::new()
                        }
                    ));
                }
                Ok(())
            }
            Backend::Local(cache) => {
                if size > cache.max_blob() {
                    return Err(format!("only for blobs up to {}", human(cache.max_blob())));
                }
                let free = match overridden {
                    Some(free) => free,
                    None => cache.free_bytes().map_err(|e| e.to_string())?,
                };
                if free < size + reserved {
                    return Err(format!("{} free, {} needed", human(free), human(size + reserved)));
                }
                Ok(())
            }
        }
    }
}

#[async_trait(?Send)]
impl BlobCache for FallbackBlobManager {
    /// The preferred backend that has not refused a write in this session.
    fn backend(&self) -> StorageBackend {
        self.preferred().kind()
    }

    async fn create(&self, key: &str, expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        let mut reasons = Vec::new();
        let mut all_for_space = true;
        let mut origin = None;
        for backend in &self.shared.backends {
            let kind = backend.kind();
            if let Err(why) = self.room(backend, expected_size, &mut origin).await {
                reasons.push(format!("{kind}: {why}"));
                continue;
            }
            match backend.cache().create(key, expected_size).await {
                Ok(inner) => {
                    let inflight = Rc::new(Inflight {
                        backend: kind,
                        expected: expected_size.unwrap_or(0),
                        written: Cell::new(0),
                    });
                    self.shared.inflight.borrow_mut().push(Rc::downgrade(&inflight));
                    return Ok(Box::new(ManagedWriter {
                        inner: Some(inner),
                        backend: kind,
                        key: key.to_owned(),
                        shared: self.shared.clone(),
                        inflight,
                        relay: RefCell::new(None),
                    }));
                }
                Err(e) => {
                    if let PlatformError::QuotaExceeded(_) = e {
                        self.shared.mark_full(kind, expected_size.unwrap_or(1));
                    } else {
                        all_for_space = false;
                    }
                    reasons.push(format!("{kind}: {e}"));
                }
            }
        }
        let what = match expected_size {
            Some(size) => format!("blob {key} ({})", human(size)),
            None => format!("blob {key}"),
        };
        let message = format!("no browser storage can take {what}: {}", reasons.join("; "));
        Err(if all_for_space { PlatformError::QuotaExceeded(message) } else { PlatformError::Io(message) })
    }

    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let mut first_error = None;
        for b in &self.shared.backends {
            match b.cache().open(key).await {
                Ok(Some(reader)) => return Ok(Some(reader)),
                Ok(None) => {}
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        first_error.map_or(Ok(None), Err)
    }

    async fn remove(&self, key: &str) -> Result<(), PlatformError> {
        self.shared.remove_everywhere(key, None).await
    }

    fn remove_soon(&self, key: &str) {
        let shared = self.shared.clone();
        let key = key.to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = shared.remove_everywhere(&key, None).await {
                tracing::warn!("could not delete cached blob {key}: {e}");
            }
        });
    }

    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError> {
        let mut seen = HashMap::new();
        for b in &self.shared.backends {
            for entry in b.cache().list().await? {
                seen.entry(entry.key.clone()).or_insert(entry);
            }
        }
        let mut entries: Vec<CacheEntry> = seen.into_values().collect();
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(entries)
    }
}

/// A backend's writer plus the bookkeeping of the chain: remembers refusals, frees the room it
/// reserved, and removes stale copies in other backends on commit.
struct ManagedWriter {
    inner: Option<Box<dyn CacheWriter>>,
    backend: StorageBackend,
    key: String,
    shared: Rc<Shared>,
    inflight: Rc<Inflight>,
    /// The follower's feed, once one was asked for.
    relay: RefCell<Option<Relay>>,
}

impl ManagedWriter {
    async fn relay_abandoned(&mut self) {
        if let Some(relay) = self.relay.get_mut() {
            relay.abandoned().await;
        }
    }

    fn refused(&self, message: String, at: u64) -> PlatformError {
        self.shared.mark_full(self.backend, at);
        let next = self
            .shared
            .backends
            .iter()
            .map(Backend::kind)
            .skip_while(|b| *b != self.backend)
            .nth(1)
            .map_or_else(|| "no other storage is left".to_owned(), |b| format!("a retry will use {b}"));
        PlatformError::QuotaExceeded(format!(
            "{message}. Nothing of blob {} was kept in {}; {next}",
            self.key, self.backend
        ))
    }
}

#[async_trait(?Send)]
impl CacheWriter for ManagedWriter {
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError> {
        let inner =
            self.inner.as_mut().ok_or_else(|| PlatformError::Io(format!("blob {} was already discarded", self.key)))?;
        let attempted = inner.written() + chunk.len() as u64;
        match inner.write(chunk.clone()).await {
            Ok(()) => {
                self.inflight.written.set(inner.written());
                if let Some(relay) = self.relay.get_mut() {
                    relay.written(chunk).await;
                }
                Ok(())
            }
            Err(PlatformError::QuotaExceeded(message)) => {
                if let Some(inner) = self.inner.take() {
                    inner.abort().await;
                }
                self.relay_abandoned().await;
                Err(self.refused(message, attempted))
            }
            Err(e) => {
                self.relay_abandoned().await;
                Err(e)
            }
        }
    }

    fn written(&self) -> u64 {
        self.inner.as_ref().map_or(0, |w| w.written())
    }

    fn follow(&self) -> Option<ByteStream> {
        let (relay, follower) = Relay::new(&self.key);
        *self.relay.borrow_mut() = Some(relay);
        Some(follower)
    }

    async fn commit(mut self: Box<Self>) -> Result<(), PlatformError> {
        let inner =
            self.inner.take().ok_or_else(|| PlatformError::Io(format!("blob {} was already discarded", self.key)))?;
        let size = inner.written();
        let committed = inner.commit().await;
        match &committed {
            Ok(()) => {
                if let Some(relay) = self.relay.get_mut() {
                    relay.committed().await;
                }
            }
            Err(_) => self.relay_abandoned().await,
        }
        match committed {
            Ok(()) => {
                // An older copy elsewhere (say, in IndexedDB before OPFS had room) must not linger.
                if let Err(e) = self.shared.remove_everywhere(&self.key, Some(self.backend)).await {
                    tracing::warn!("could not delete older copies of {}: {e}", self.key);
                }
                Ok(())
            }
            Err(PlatformError::QuotaExceeded(message)) => Err(self.refused(message, size)),
            Err(e) => Err(e),
        }
    }

    async fn abort(mut self: Box<Self>) {
        if let Some(inner) = self.inner.take() {
            inner.abort().await;
        }
        self.relay_abandoned().await;
    }
}
