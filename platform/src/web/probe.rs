//! Web probes: what the browser says about storage (`navigator.storage.estimate()`) and memory
//! (`navigator.deviceMemory` and the wasm32 address-space ceiling), and asking it to keep our data.
//!
//! Memory on the web has two ceilings. The device: `navigator.deviceMemory` (Chromium only, total
//! RAM rounded down to a power of two and capped at 8 GiB, so an upper bound, not what is free). And
//! wasm32 itself: linear memory can grow to 4 GiB at most, so what this module can still allocate is
//! 4 GiB minus the current size of `wasm_bindgen::memory()`. The probe reports the smaller of the
//! two that are known. Storage numbers are the origin's quota and usage, shared by OPFS and
//! IndexedDB; LocalStorage has its own small limit, reported when it is the cache's backend.

use async_trait::async_trait;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::js::{estimate, has_method, human, js_error, storage_manager};
use super::{FallbackBlobManager, LocalStorageCache};
use crate::{BlobCache, PlatformError, Probes, StorageBackend, SystemProbe};

/// Largest linear memory a wasm32 module can have: 65 536 pages of 64 KiB.
pub const WASM32_MEMORY_LIMIT: u64 = 4 * 1024 * 1024 * 1024;

/// Measures the browser; reports the cache backend of the [`FallbackBlobManager`] it was given.
pub struct WebProbe {
    cache: Option<FallbackBlobManager>,
}

impl WebProbe {
    /// A probe that reports `cache`'s current backend and location.
    pub fn for_cache(cache: &FallbackBlobManager) -> Self {
        WebProbe { cache: Some(cache.clone()) }
    }

    /// A probe with no cache to describe (storage and memory numbers only).
    pub fn without_cache() -> Self {
        WebProbe { cache: None }
    }
}

/// Bytes wasm can still grow by: the wasm32 ceiling minus the current linear memory.
pub fn wasm_memory_headroom() -> u64 {
    WASM32_MEMORY_LIMIT.saturating_sub(wasm_memory_bytes())
}

/// The current size of this module's linear memory (it only ever grows: its value after a run is
/// the run's peak).
pub fn wasm_memory_bytes() -> u64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as u64
}

/// Offers `window.tektiteWasmMemory()` (bytes of wasm memory now) to whoever measures the page: the
/// browser tests, or a person checking that a large blob did not land in wasm memory.
pub fn expose_memory_gauge() {
    let gauge = wasm_bindgen::closure::Closure::<dyn Fn() -> f64>::new(|| wasm_memory_bytes() as f64);
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str("tektiteWasmMemory"), gauge.as_ref());
    // Lives as long as the page.
    gauge.forget();
}

/// `navigator.deviceMemory` in bytes, where the browser has it.
fn device_memory() -> Option<u64> {
    let navigator = Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).ok()?;
    let gib = Reflect::get(&navigator, &JsValue::from_str("deviceMemory")).ok()?.as_f64()?;
    (gib > 0.0).then_some((gib * 1024.0 * 1024.0 * 1024.0) as u64)
}

/// Asks the browser to keep this site's storage under pressure instead of evicting it
/// (`navigator.storage.persist()`); returns whether it agreed. Call it before a large cached
/// migration: Chromium decides by site engagement (installed, bookmarked, ...), Firefox asks the user.
pub async fn request_persistence() -> Result<bool, PlatformError> {
    let manager = storage_manager()
        .filter(|m| has_method(m, "persist"))
        .ok_or_else(|| PlatformError::Io("this browser cannot make storage persistent".into()))?;
    let promise = manager.persist().map_err(|e| js_error("asking the browser to keep this site's data", &e))?;
    let granted =
        JsFuture::from(promise).await.map_err(|e| js_error("asking the browser to keep this site's data", &e))?;
    Ok(granted.as_bool().unwrap_or(false))
}

/// Whether the browser already promised to keep this site's storage.
async fn persisted() -> Option<bool> {
    let manager = storage_manager().filter(|m| has_method(m, "persisted"))?;
    JsFuture::from(manager.persisted().ok()?).await.ok()?.as_bool()
}

#[async_trait(?Send)]
impl SystemProbe for WebProbe {
    async fn probe(&self) -> Result<Probes, PlatformError> {
        let mut p = Probes::default();

        match estimate().await? {
            Some(e) => {
                p.cache_quota = Some(e.quota);
                p.cache_usage = Some(e.usage);
                p.cache_available = Some(e.free());
                p.notes.push(format!(
                    "storage from navigator.storage.estimate(): {} used of the site's {} quota (shared by OPFS and IndexedDB)",
                    human(e.usage),
                    human(e.quota)
                ));
            }
            None => p.notes.push("this browser has no navigator.storage.estimate(): free storage unknown".into()),
        }
        match persisted().await {
            Some(true) => p.notes.push("storage is persistent: the browser will not evict it".into()),
            Some(false) => {
                p.notes.push("storage is not persistent: the browser may evict it when the disk is short".into())
            }
            None => {}
        }

        if let Some(cache) = &self.cache {
            let backend = cache.backend();
            p.cache_backend = Some(backend);
            p.cache_location = Some(cache.location());
            if backend == StorageBackend::LocalStorage {
                if let Some(local) = cache.local_storage() {
                    let free = local.free_bytes()?;
                    p.cache_available = Some(free);
                    p.notes.push(format!(
                        "cache in LocalStorage: {} left of about {} characters, blobs up to {}",
                        human(free),
                        LocalStorageCache::ASSUMED_CAPACITY_CHARS,
                        human(local.max_blob())
                    ));
                }
            }
        }

        let headroom = wasm_memory_headroom();
        p.notes
            .push(format!("wasm32 memory: {} left below the 4 GiB ceiling (wasm_bindgen::memory())", human(headroom)));
        let mut available = headroom;
        match device_memory() {
            Some(device) => {
                p.notes.push(format!(
                    "navigator.deviceMemory: {} (device total, rounded and capped by the browser)",
                    human(device)
                ));
                available = available.min(device);
            }
            None => p.notes.push("navigator.deviceMemory is not available in this browser".into()),
        }
        p.available_memory = Some(available);
        Ok(p)
    }
}
