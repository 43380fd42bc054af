//! The blob cache in IndexedDB (through `rexie`), the web fallback where OPFS is missing (older
//! Safari, some embedded webviews).
//!
//! An IndexedDB transaction commits by itself as soon as no request is pending, so one cannot stay
//! open while the next chunk downloads. The writer therefore stores the blob as a series of *parts*,
//! each in its own short transaction, and makes it visible with a *manifest* written last:
//!
//! - store `chunks`: key `[write id, part number]`, value a JS `Blob` of about [`PART_SIZE`] bytes
//!   (the browser keeps `Blob` values in its own files; small chunks from the network are gathered
//!   in a JS array, not in wasm memory, until a part is full);
//! - store `manifests`: key = the blob's key, value `{ id, size, parts }`.
//!
//! The commit is one transaction over both stores: it checks that all parts of this write are there,
//! puts the manifest and deletes the parts of the copy it replaces. Parts without a manifest belong
//! to no entry: they are invisible, deleted by `abort`/drop, and whatever a crash left is deleted
//! when the cache is next opened. Reading builds one `Blob` from the parts (no bytes copied), handed
//! to the engine as [`CacheReader::file`] and read in pieces for re-hashing.
//!
//! A full quota surfaces as an aborted transaction. Chromium reports the reason on the transaction
//! only (not through rexie), so an unexplained abort of a write is treated as storage pressure when
//! `navigator.storage.estimate()` confirms the origin is (nearly) out of quota.

use std::rc::Rc;

use async_trait::async_trait;
use bytes::Bytes;
use js_sys::{Array, Object, Reflect};
use rexie::{KeyRange, ObjectStore, Rexie, TransactionMode, TransactionResult};
use wasm_bindgen::JsValue;

use super::js::{blob_of, blob_stream, estimate, human, idb_error, js_bytes, new_write_id, write_finished};
use super::js::{live_pages, write_started, writer_gone};
use crate::{BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, PlatformError, StorageBackend};

const CHUNKS: &str = "chunks";
const MANIFESTS: &str = "manifests";
/// Bytes gathered (in JS memory) before they are stored as one part.
pub(crate) const PART_SIZE: usize = 1024 * 1024;

/// Blobs as parts plus a manifest in one IndexedDB database.
#[derive(Clone)]
pub struct IdbCache {
    db: Rc<Rexie>,
    name: String,
}

impl IdbCache {
    /// The database [`FallbackBlobManager`](super::FallbackBlobManager) uses by default.
    pub const DEFAULT_DATABASE: &'static str = "tektite-blobs";

    /// Whether this browser has IndexedDB at all.
    pub fn is_supported() -> bool {
        Reflect::get(&js_sys::global(), &"indexedDB".into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
    }

    /// Opens (creating it if needed) the database `name` and deletes parts no manifest refers to.
    pub async fn open(name: &str) -> Result<Self, PlatformError> {
        if !Self::is_supported() {
            return Err(PlatformError::Io("this browser has no IndexedDB".into()));
        }
        let db = Rexie::builder(name)
            .version(1)
            .add_object_store(ObjectStore::new(CHUNKS))
            .add_object_store(ObjectStore::new(MANIFESTS))
            .build()
            .await
            .map_err(|e| idb_error(&format!("opening the IndexedDB database {name}"), e))?;
        let cache = IdbCache { db: Rc::new(db), name: name.to_owned() };
        if let Err(e) = cache.remove_orphans().await {
            tracing::warn!("could not clean up unfinished IndexedDB writes: {e}");
        }
        Ok(cache)
    }

    /// The IndexedDB database this cache writes to.
    pub fn database(&self) -> &str {
        &self.name
    }

    /// Deletes the parts of writes that have no manifest and run in no open page (never another
    /// open tab's write).
    async fn remove_orphans(&self) -> Result<(), PlatformError> {
        // Asked before the transaction: nothing but IndexedDB may be awaited inside one.
        let pages = live_pages().await;
        let context = "cleaning up unfinished IndexedDB writes";
        let err = |e| idb_error(context, e);
        let tx = self.db.transaction(&[CHUNKS, MANIFESTS], TransactionMode::ReadWrite).map_err(err)?;
        let manifests = tx.store(MANIFESTS).map_err(err)?;
        let chunks = tx.store(CHUNKS).map_err(err)?;
        let live: std::collections::HashSet<String> = manifests
            .get_all(None, None)
            .await
            .map_err(err)?
            .iter()
            .filter_map(|m| Manifest::from_js(m).map(|m| m.id))
            .collect();
        let mut orphans = std::collections::BTreeSet::new();
        for key in chunks.get_all_keys(None, None).await.map_err(err)? {
            let id = Array::from(&key).get(0).as_string().unwrap_or_default();
            if !live.contains(&id) && writer_gone(&id, pages.as_ref()) {
                orphans.insert(id);
            }
        }
        for id in &orphans {
            chunks.delete(parts_of(id)?.into()).await.map_err(err)?;
        }
        finish(tx.done().await, context)?;
        if !orphans.is_empty() {
            tracing::info!("deleted {} unfinished blob copies from IndexedDB", orphans.len());
        }
        Ok(())
    }

    async fn delete_parts(&self, id: &str) -> Result<(), PlatformError> {
        let context = "deleting an unfinished blob from IndexedDB";
        let err = |e| idb_error(context, e);
        let tx = self.db.transaction(&[CHUNKS], TransactionMode::ReadWrite).map_err(err)?;
        tx.store(CHUNKS).map_err(err)?.delete(parts_of(id)?.into()).await.map_err(err)?;
        finish(tx.done().await, context)
    }

    /// Number of stored parts, whether or not a manifest refers to them (for tests and diagnostics).
    #[doc(hidden)]
    pub async fn stored_part_count(&self) -> Result<u32, PlatformError> {
        let err = |e| idb_error("counting IndexedDB parts", e);
        let tx = self.db.transaction(&[CHUNKS], TransactionMode::ReadOnly).map_err(err)?;
        let n = tx.store(CHUNKS).map_err(err)?.count(None).await.map_err(err)?;
        Ok(n)
    }
}

/// The record that makes an entry visible.
struct Manifest {
    id: String,
    size: u64,
    parts: u32,
}

impl Manifest {
    fn to_js(&self) -> JsValue {
        let o = Object::new();
        let _ = Reflect::set(&o, &"id".into(), &self.id.as_str().into());
        let _ = Reflect::set(&o, &"size".into(), &(self.size as f64).into());
        let _ = Reflect::set(&o, &"parts".into(), &self.parts.into());
        o.into()
    }

    fn from_js(value: &JsValue) -> Option<Self> {
        Some(Manifest {
            id: Reflect::get(value, &"id".into()).ok()?.as_string()?,
            size: Reflect::get(value, &"size".into()).ok()?.as_f64()? as u64,
            parts: Reflect::get(value, &"parts".into()).ok()?.as_f64()? as u32,
        })
    }
}

fn part_key(id: &str, part: u32) -> JsValue {
    Array::of2(&id.into(), &part.into()).into()
}

/// All parts of one write: `[id, 0] ..= [id, +∞]`.
fn parts_of(id: &str) -> Result<KeyRange, PlatformError> {
    KeyRange::bound(&part_key(id, 0), &Array::of2(&id.into(), &f64::INFINITY.into()), None, None)
        .map_err(|e| PlatformError::Io(format!("building an IndexedDB key range: {e}")))
}

/// Turns the end of a transaction into a result; an abort nobody asked for is an error.
fn finish(result: Result<TransactionResult, rexie::Error>, context: &str) -> Result<(), PlatformError> {
    match result {
        Ok(TransactionResult::Committed) => Ok(()),
        Ok(TransactionResult::Aborted) => {
            Err(PlatformError::Io(format!("{context}: the browser aborted the transaction")))
        }
        Err(e) => Err(idb_error(context, e)),
    }
}

/// For an aborted write: if the origin is out of room for what was being written, say so as a
/// quota error (the browser gave the reason only to the transaction, which rexie does not expose).
async fn explain_abort(err: PlatformError, needed: u64) -> PlatformError {
    let PlatformError::Io(message) = &err else { return err };
    if !message.ends_with("the browser aborted the transaction") {
        return err;
    }
    match estimate().await {
        Ok(Some(e)) if e.free() < needed.saturating_add(PART_SIZE as u64) => PlatformError::QuotaExceeded(format!(
            "{message}: only {} of the origin's {} quota is free",
            human(e.free()),
            human(e.quota)
        )),
        _ => err,
    }
}

#[async_trait(?Send)]
impl BlobCache for IdbCache {
    fn backend(&self) -> StorageBackend {
        StorageBackend::IndexedDb
    }

    async fn create(&self, key: &str, _expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        let id = new_write_id();
        write_started(&id);
        Ok(Box::new(IdbWriter {
            cache: self.clone(),
            key: key.to_owned(),
            id,
            pending: Array::new(),
            pending_bytes: 0,
            parts: 0,
            written: 0,
            failed: false,
            done: false,
        }))
    }

    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let context = format!("reading cached blob {key} from IndexedDB");
        let err = |e| idb_error(&context, e);
        let tx = self.db.transaction(&[CHUNKS, MANIFESTS], TransactionMode::ReadOnly).map_err(err)?;
        let Some(manifest) = tx.store(MANIFESTS).map_err(err)?.get(key.into()).await.map_err(err)? else {
            return Ok(None);
        };
        let manifest = Manifest::from_js(&manifest)
            .ok_or_else(|| PlatformError::Corrupt(format!("the IndexedDB manifest of {key} is unreadable")))?;
        let parts = tx.store(CHUNKS).map_err(err)?.get_all(Some(parts_of(&manifest.id)?), None).await.map_err(err)?;
        let array = Array::new();
        for part in &parts {
            array.push(part);
        }
        let blob = blob_of(&array)?;
        if parts.len() as u32 != manifest.parts || blob.size() as u64 != manifest.size {
            return Err(PlatformError::Corrupt(format!(
                "cached blob {key} in IndexedDB has {} of {} parts ({} of {} bytes)",
                parts.len(),
                manifest.parts,
                blob.size(),
                manifest.size
            )));
        }
        Ok(Some(CacheReader {
            size: manifest.size,
            stream: blob_stream(blob.clone(), format!("cached blob {key} (IndexedDB)")),
            file: Some(blob),
        }))
    }

    async fn remove(&self, key: &str) -> Result<(), PlatformError> {
        let context = format!("deleting cached blob {key} from IndexedDB");
        let err = |e| idb_error(&context, e);
        let tx = self.db.transaction(&[CHUNKS, MANIFESTS], TransactionMode::ReadWrite).map_err(err)?;
        let manifests = tx.store(MANIFESTS).map_err(err)?;
        if let Some(manifest) = manifests.get(key.into()).await.map_err(err)? {
            manifests.delete(key.into()).await.map_err(err)?;
            if let Some(m) = Manifest::from_js(&manifest) {
                tx.store(CHUNKS).map_err(err)?.delete(parts_of(&m.id)?.into()).await.map_err(err)?;
            }
        }
        finish(tx.done().await, &context)
    }

    fn remove_soon(&self, key: &str) {
        let cache = self.clone();
        let key = key.to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = cache.remove(&key).await {
                tracing::warn!("could not delete cached blob {key}: {e}");
            }
        });
    }

    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError> {
        let err = |e| idb_error("listing cached blobs in IndexedDB", e);
        let tx = self.db.transaction(&[MANIFESTS], TransactionMode::ReadOnly).map_err(err)?;
        let records = tx.store(MANIFESTS).map_err(err)?.scan(None, None, None, None).await.map_err(err)?;
        let mut entries: Vec<CacheEntry> = records
            .iter()
            .filter_map(|(key, value)| Some(CacheEntry { key: key.as_string()?, size: Manifest::from_js(value)?.size }))
            .collect();
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(entries)
    }
}

struct IdbWriter {
    cache: IdbCache,
    key: String,
    id: String,
    /// Copies of the chunks not yet stored (JS `Uint8Array`s).
    pending: Array,
    pending_bytes: usize,
    parts: u32,
    written: u64,
    failed: bool,
    done: bool,
}

impl IdbWriter {
    /// Stores the gathered chunks as the next part, in its own transaction.
    async fn flush(&mut self) -> Result<(), PlatformError> {
        if self.pending_bytes == 0 {
            return Ok(());
        }
        let part = blob_of(&self.pending)?;
        let context =
            format!("writing blob {} to IndexedDB after {} bytes", self.key, self.written - self.pending_bytes as u64);
        let err = |e| idb_error(&context, e);
        let stored = async {
            let tx = self.cache.db.transaction(&[CHUNKS], TransactionMode::ReadWrite).map_err(err)?;
            tx.store(CHUNKS).map_err(err)?.put(&part, Some(&part_key(&self.id, self.parts))).await.map_err(err)?;
            finish(tx.done().await, &context)
        };
        if let Err(e) = stored.await {
            return Err(explain_abort(e, self.pending_bytes as u64).await);
        }
        self.pending = Array::new();
        self.pending_bytes = 0;
        self.parts += 1;
        Ok(())
    }

    async fn discard(&mut self) {
        self.done = true;
        self.pending = Array::new();
        if let Err(e) = self.cache.delete_parts(&self.id).await {
            tracing::warn!("could not delete the unfinished copy of {}: {e}", self.key);
        }
        write_finished(&self.id);
    }

    fn check_open(&self) -> Result<(), PlatformError> {
        if self.failed || self.done {
            return Err(PlatformError::Io(format!("blob {} was already closed or discarded", self.key)));
        }
        Ok(())
    }
}

#[async_trait(?Send)]
impl CacheWriter for IdbWriter {
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError> {
        self.check_open()?;
        if chunk.is_empty() {
            return Ok(());
        }
        self.pending.push(&js_bytes(&chunk));
        self.pending_bytes += chunk.len();
        self.written += chunk.len() as u64;
        if self.pending_bytes >= PART_SIZE {
            if let Err(e) = self.flush().await {
                self.failed = true;
                self.discard().await;
                return Err(e);
            }
        }
        Ok(())
    }

    fn written(&self) -> u64 {
        self.written
    }

    fn follow(&self) -> Option<ByteStream> {
        None
    }

    async fn commit(mut self: Box<Self>) -> Result<(), PlatformError> {
        self.check_open()?;
        if let Err(e) = self.flush().await {
            self.discard().await;
            return Err(e);
        }
        let context = format!("saving blob {} to IndexedDB", self.key);
        let err = |e| idb_error(&context, e);
        let manifest = Manifest { id: self.id.clone(), size: self.written, parts: self.parts };
        let saved = async {
            let tx = self.cache.db.transaction(&[CHUNKS, MANIFESTS], TransactionMode::ReadWrite).map_err(err)?;
            let chunks = tx.store(CHUNKS).map_err(err)?;
            let manifests = tx.store(MANIFESTS).map_err(err)?;
            let present = chunks.count(Some(parts_of(&self.id)?)).await.map_err(err)?;
            if present != self.parts {
                // Another page cleaned up under us; never publish a short entry.
                let _ = tx.abort().await;
                return Err(PlatformError::Io(format!(
                    "{context}: {present} of {} parts are still stored; write it again",
                    self.parts
                )));
            }
            let old = manifests.get(self.key.as_str().into()).await.map_err(err)?.and_then(|m| Manifest::from_js(&m));
            manifests.put(&manifest.to_js(), Some(&self.key.as_str().into())).await.map_err(err)?;
            if let Some(old) = old.filter(|old| old.id != self.id) {
                chunks.delete(parts_of(&old.id)?.into()).await.map_err(err)?;
            }
            finish(tx.done().await, &context)
        };
        if let Err(e) = saved.await {
            let e = explain_abort(e, 0).await;
            self.discard().await;
            return Err(e);
        }
        self.done = true;
        write_finished(&self.id);
        Ok(())
    }

    async fn abort(mut self: Box<Self>) {
        if !self.done {
            self.discard().await;
        }
    }
}

impl Drop for IdbWriter {
    fn drop(&mut self) {
        if !self.done {
            self.done = true;
            let cache = self.cache.clone();
            let id = std::mem::take(&mut self.id);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = cache.delete_parts(&id).await {
                    tracing::warn!("could not delete an unfinished blob from IndexedDB: {e}");
                }
                write_finished(&id);
            });
        }
    }
}

impl std::fmt::Debug for IdbCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdbCache").field("database", &self.name).finish()
    }
}
