//! The blob cache in LocalStorage: the last resort, for small blobs only, where neither OPFS nor
//! IndexedDB is usable (some private modes, locked-down webviews).
//!
//! LocalStorage holds strings only and about 5 Mi characters per origin in all (the browser does
//! not report the figure; [`LocalStorageCache::ASSUMED_CAPACITY_CHARS`] is what Chromium and Firefox
//! enforce). A blob is kept as base64 under `<prefix><key>` and written with a single `setItem` at
//! commit, which is atomic: the entry is there whole or not at all. Until then the base64 text grows
//! in a JS string (each chunk is encoded in wasm and appended on the JS side), so the blob never sits
//! in wasm memory; the size is capped ([`LocalStorageCache::DEFAULT_MAX_BLOB`], 1 MiB) because every
//! read decodes the text again. A browser refusal (`QuotaExceededError`) at commit leaves nothing
//! new behind and is reported as [`PlatformError::QuotaExceeded`].

use async_trait::async_trait;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bytes::Bytes;
use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;
use web_sys::Storage;

use super::js::{blob_of, blob_stream, human, js_bytes, js_error};
use crate::{BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, PlatformError, StorageBackend};

/// Base64 characters decoded per step when a stored blob is read (a multiple of 4).
const DECODE_CHARS: u32 = 256 * 1024;

#[wasm_bindgen]
extern "C" {
    /// A `Storage` seen through methods that keep values on the JS side (web-sys's take and
    /// return `&str`/`String`, which would need the whole text in wasm memory).
    type JsStorage;
    /// `setItem` with the value as a JS string.
    #[wasm_bindgen(method, catch, js_name = "setItem")]
    fn set_item_js(this: &JsStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
    /// `getItem` returning the JS string itself (or `null`).
    #[wasm_bindgen(method, catch, js_name = "getItem")]
    fn get_item_js(this: &JsStorage, key: &str) -> Result<JsValue, JsValue>;
}

/// Small blobs as base64 strings in this origin's LocalStorage.
#[derive(Clone)]
pub struct LocalStorageCache {
    storage: Storage,
    prefix: String,
    max_blob: u64,
}

impl LocalStorageCache {
    /// The key prefix [`FallbackBlobManager`](super::FallbackBlobManager) uses by default.
    pub const DEFAULT_PREFIX: &'static str = "tektite-blobs:";
    /// Largest blob kept by default.
    pub const DEFAULT_MAX_BLOB: u64 = 1024 * 1024;
    /// Characters (keys and values, UTF-16 units) one origin may keep in LocalStorage: 5 Mi in
    /// Chromium and Firefox, where `setItem` beyond it throws `QuotaExceededError`.
    pub const ASSUMED_CAPACITY_CHARS: u64 = 5 * 1024 * 1024;

    fn storage() -> Option<Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    /// Whether this page has a LocalStorage (workers and some private modes do not).
    pub fn is_supported() -> bool {
        Self::storage().is_some()
    }

    /// A cache of blobs up to `max_blob` bytes under keys starting with `prefix`. Fails when
    /// LocalStorage is missing or refuses even a tiny write.
    pub fn open(prefix: &str, max_blob: u64) -> Result<Self, PlatformError> {
        let storage = Self::storage().ok_or_else(|| PlatformError::Io("this page has no LocalStorage".into()))?;
        let probe = format!("{prefix}.probe");
        storage.set_item(&probe, "1").map_err(|e| js_error("testing LocalStorage", &e))?;
        let _ = storage.remove_item(&probe);
        Ok(LocalStorageCache { storage, prefix: prefix.to_owned(), max_blob })
    }

    /// The largest blob this cache accepts.
    pub fn max_blob(&self) -> u64 {
        self.max_blob
    }

    /// The key prefix of this cache's items.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    fn item_key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// Every LocalStorage key of this origin (keys are short; values are never copied here).
    fn all_keys(&self) -> Result<Vec<String>, PlatformError> {
        let n = self.storage.length().map_err(|e| js_error("listing LocalStorage", &e))?;
        Ok((0..n).filter_map(|i| self.storage.key(i).ok().flatten()).collect())
    }

    fn item(&self, item_key: &str) -> Result<Option<JsString>, PlatformError> {
        let value = self
            .storage
            .unchecked_ref::<JsStorage>()
            .get_item_js(item_key)
            .map_err(|e| js_error("reading LocalStorage", &e))?;
        Ok(value.dyn_into::<JsString>().ok())
    }

    /// Characters this origin's LocalStorage holds now (all keys and values, not only ours).
    pub fn used_chars(&self) -> Result<u64, PlatformError> {
        let mut used = 0u64;
        for key in self.all_keys()? {
            used += key.encode_utf16().count() as u64;
            used += self.item(&key)?.map_or(0, |v| v.length() as u64);
        }
        Ok(used)
    }

    /// Bytes of blob that still fit, by [`Self::ASSUMED_CAPACITY_CHARS`] (base64: 4 chars per 3 bytes).
    pub fn free_bytes(&self) -> Result<u64, PlatformError> {
        let free_chars = Self::ASSUMED_CAPACITY_CHARS.saturating_sub(self.used_chars()?);
        Ok(free_chars / 4 * 3)
    }
}

/// The decoded size of base64 text, from its length and padding.
fn decoded_size(text: &JsString) -> Option<u64> {
    let len = text.length();
    if !len.is_multiple_of(4) {
        return None;
    }
    if len == 0 {
        return Some(0);
    }
    let pad = (text.char_code_at(len - 1) == 61.0) as u64 + (text.char_code_at(len - 2) == 61.0) as u64;
    Some(len as u64 / 4 * 3 - pad)
}

#[async_trait(?Send)]
impl BlobCache for LocalStorageCache {
    fn backend(&self) -> StorageBackend {
        StorageBackend::LocalStorage
    }

    async fn create(&self, key: &str, expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        if let Some(size) = expected_size.filter(|&s| s > self.max_blob) {
            return Err(too_big(key, size, self.max_blob));
        }
        Ok(Box::new(LocalWriter {
            cache: self.clone(),
            key: key.to_owned(),
            text: JsString::from(""),
            carry: Vec::new(),
            written: 0,
            closed: false,
        }))
    }

    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let Some(text) = self.item(&self.item_key(key))? else { return Ok(None) };
        let corrupt = || PlatformError::Corrupt(format!("cached blob {key} in LocalStorage is not valid base64"));
        let size = decoded_size(&text).ok_or_else(corrupt)?;
        // Decode piece by piece into JS buffers: the Blob holds the bytes, not wasm.
        let parts = Array::new();
        let mut pos = 0;
        while pos < text.length() {
            let end = (pos + DECODE_CHARS).min(text.length());
            let piece = String::from(text.substring(pos, end));
            let bytes = STANDARD.decode(piece).map_err(|_| corrupt())?;
            parts.push(&js_bytes(&bytes));
            pos = end;
        }
        let blob = blob_of(&parts)?;
        Ok(Some(CacheReader {
            size,
            stream: blob_stream(blob.clone(), format!("cached blob {key} (LocalStorage)")),
            file: Some(blob),
        }))
    }

    async fn remove(&self, key: &str) -> Result<(), PlatformError> {
        self.storage
            .remove_item(&self.item_key(key))
            .map_err(|e| js_error(&format!("deleting cached blob {key} from LocalStorage"), &e))
    }

    fn remove_soon(&self, key: &str) {
        if let Err(e) = self.storage.remove_item(&self.item_key(key)) {
            tracing::warn!("could not delete cached blob {key}: {}", js_error("LocalStorage", &e));
        }
    }

    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError> {
        let mut entries = Vec::new();
        for item_key in self.all_keys()? {
            let Some(key) = item_key.strip_prefix(&self.prefix) else { continue };
            if let Some(size) = self.item(&item_key)?.as_ref().and_then(decoded_size) {
                entries.push(CacheEntry { key: key.to_owned(), size });
            }
        }
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(entries)
    }
}

fn too_big(key: &str, size: u64, max: u64) -> PlatformError {
    PlatformError::QuotaExceeded(format!(
        "LocalStorage keeps blobs up to {} and blob {key} has {}",
        human(max),
        human(size)
    ))
}

struct LocalWriter {
    cache: LocalStorageCache,
    key: String,
    /// The base64 text so far, on the JS side.
    text: JsString,
    /// Up to two bytes not yet encoded (base64 encodes 3 bytes at a time).
    carry: Vec<u8>,
    written: u64,
    closed: bool,
}

#[async_trait(?Send)]
impl CacheWriter for LocalWriter {
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError> {
        if self.closed {
            return Err(PlatformError::Io(format!("blob {} was already closed or discarded", self.key)));
        }
        let total = self.written + chunk.len() as u64;
        if total > self.cache.max_blob {
            self.closed = true;
            self.text = JsString::from("");
            return Err(too_big(&self.key, total, self.cache.max_blob));
        }
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(&chunk);
        let whole = bytes.len() / 3 * 3;
        if whole > 0 {
            self.text = self.text.concat(&JsString::from(STANDARD.encode(&bytes[..whole])));
        }
        self.carry = bytes[whole..].to_vec();
        self.written = total;
        Ok(())
    }

    fn written(&self) -> u64 {
        self.written
    }

    fn follow(&self) -> Option<ByteStream> {
        None
    }

    async fn commit(mut self: Box<Self>) -> Result<(), PlatformError> {
        if self.closed {
            return Err(PlatformError::Io(format!("blob {} was already closed or discarded", self.key)));
        }
        self.closed = true;
        let text = self.text.concat(&JsString::from(STANDARD.encode(&self.carry)));
        let item_key = self.cache.item_key(&self.key);
        self.cache.storage.unchecked_ref::<JsStorage>().set_item_js(&item_key, &text).map_err(|e| {
            let err = js_error(&format!("saving blob {} ({}) to LocalStorage", self.key, human(self.written)), &e);
            match err {
                PlatformError::QuotaExceeded(m) => PlatformError::QuotaExceeded(format!(
                    "{m}; LocalStorage holds about {} characters per site in all",
                    LocalStorageCache::ASSUMED_CAPACITY_CHARS
                )),
                other => other,
            }
        })
    }

    async fn abort(mut self: Box<Self>) {
        self.closed = true;
    }
}
