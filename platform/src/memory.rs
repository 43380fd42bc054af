//! In-memory platform services for unit tests and dry runs: nothing survives the process.
//!
//! The blob cache keeps whole blobs in memory, so it is only for small test data; the probe reports
//! the numbers it was built with, which lets tests drive strategy selection deterministically.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use bytes::{Bytes, BytesMut};

use crate::{
    BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, KvStore, Platform, PlatformError, Probes,
    StorageBackend, SystemProbe,
};

/// A [`Platform`] whose services all live in memory.
pub fn platform(probes: Probes) -> Platform {
    Platform {
        kv: Arc::new(MemoryKv::default()),
        cache: Arc::new(MemoryCache::default()),
        probe: Arc::new(FixedProbe(probes)),
        locks: Arc::new(MemoryLocks::default()),
    }
}

/// Account locks held in this process only.
#[derive(Default)]
pub struct MemoryLocks {
    held: Arc<Mutex<HashMap<String, crate::Holder>>>,
}

/// Lets go of one DID's entry in [`MemoryLocks`] when dropped.
struct MemoryLock {
    held: Arc<Mutex<HashMap<String, crate::Holder>>>,
    did: String,
}

impl Drop for MemoryLock {
    fn drop(&mut self) {
        self.held.lock().unwrap().remove(&self.did);
    }
}

#[async_trait(?Send)]
impl crate::AccountLocks for MemoryLocks {
    async fn try_lock(&self, did: &str, command: &str) -> Result<crate::AccountLock, crate::LockError> {
        let mut held = self.held.lock().unwrap();
        if let Some(holder) = held.get(did) {
            return Err(crate::LockError::Held { holder: Some(holder.clone()) });
        }
        let holder = crate::Holder { command: command.to_owned(), since: crate::lock::unix_now(), pid: None };
        held.insert(did.to_owned(), holder);
        Ok(crate::AccountLock::new(MemoryLock { held: self.held.clone(), did: did.to_owned() }))
    }
}

#[derive(Default)]
pub struct MemoryKv {
    map: Mutex<BTreeMap<String, Vec<u8>>>,
}

#[async_trait(?Send)]
impl KvStore for MemoryKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        Ok(self.map.lock().unwrap().get(key).cloned())
    }
    async fn put(&self, key: &str, value: &[u8]) -> Result<(), PlatformError> {
        self.map.lock().unwrap().insert(key.to_owned(), value.to_vec());
        Ok(())
    }
    async fn delete(&self, key: &str) -> Result<(), PlatformError> {
        self.map.lock().unwrap().remove(key);
        Ok(())
    }
    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        let map = self.map.lock().unwrap();
        Ok(map.range(prefix.to_owned()..).take_while(|(k, _)| k.starts_with(prefix)).map(|(k, _)| k.clone()).collect())
    }
}

#[derive(Default, Clone)]
pub struct MemoryCache {
    entries: Arc<Mutex<HashMap<String, Bytes>>>,
}

#[async_trait(?Send)]
impl BlobCache for MemoryCache {
    fn backend(&self) -> StorageBackend {
        StorageBackend::Memory
    }
    async fn create(&self, key: &str, _expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        Ok(Box::new(MemoryWriter { key: key.to_owned(), buf: BytesMut::new(), entries: self.entries.clone() }))
    }
    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let Some(bytes) = self.entries.lock().unwrap().get(key).cloned() else {
            return Ok(None);
        };
        let size = bytes.len() as u64;
        let stream: ByteStream = Box::pin(futures::stream::iter([Ok(bytes)]));
        Ok(Some(CacheReader {
            size,
            stream,
            #[cfg(target_arch = "wasm32")]
            file: None,
        }))
    }
    async fn remove(&self, key: &str) -> Result<(), PlatformError> {
        self.remove_soon(key);
        Ok(())
    }
    fn remove_soon(&self, key: &str) {
        self.entries.lock().unwrap().remove(key);
    }
    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError> {
        let map = self.entries.lock().unwrap();
        let mut list: Vec<_> = map.iter().map(|(k, v)| CacheEntry { key: k.clone(), size: v.len() as u64 }).collect();
        list.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(list)
    }
}

struct MemoryWriter {
    key: String,
    buf: BytesMut,
    entries: Arc<Mutex<HashMap<String, Bytes>>>,
}

#[async_trait(?Send)]
impl CacheWriter for MemoryWriter {
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError> {
        self.buf.extend_from_slice(&chunk);
        Ok(())
    }
    fn written(&self) -> u64 {
        self.buf.len() as u64
    }
    fn follow(&self) -> Option<ByteStream> {
        None
    }
    async fn commit(self: Box<Self>) -> Result<(), PlatformError> {
        let this = *self;
        this.entries.lock().unwrap().insert(this.key, this.buf.freeze());
        Ok(())
    }
    async fn abort(self: Box<Self>) {}
}

/// Reports fixed numbers.
pub struct FixedProbe(pub Probes);

#[async_trait(?Send)]
impl SystemProbe for FixedProbe {
    async fn probe(&self) -> Result<Probes, PlatformError> {
        Ok(self.0.clone())
    }
}

// Run natively (tokio); the web platform's own tests run in a browser (tests/web_storage.rs).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    #[tokio::test]
    async fn kv_lists_by_prefix_in_order() {
        let kv = MemoryKv::default();
        kv.put("b/2", b"x").await.unwrap();
        kv.put("a/1", b"x").await.unwrap();
        kv.put("b/1", b"y").await.unwrap();
        assert_eq!(kv.list("b/").await.unwrap(), vec!["b/1", "b/2"]);
        kv.delete("b/1").await.unwrap();
        assert_eq!(kv.get("b/1").await.unwrap(), None);
    }

    #[tokio::test]
    async fn cache_entry_is_invisible_until_committed() {
        let cache = MemoryCache::default();
        let mut w = cache.create("k", None).await.unwrap();
        w.write(Bytes::from_static(b"hello")).await.unwrap();
        assert!(cache.open("k").await.unwrap().is_none());
        w.commit().await.unwrap();
        let r = cache.open("k").await.unwrap().unwrap();
        let all: Vec<Bytes> = r.stream.try_collect().await.unwrap();
        assert_eq!(all.concat(), b"hello");
    }
}
