//! RAII cleanup of cached blobs.

use std::sync::Arc;

use tektite_platform::BlobCache;

/// Owns one blob's cache entry during a transfer. When dropped after [`StorageGuard::uploaded`], it
/// deletes the entry (the blob is safe on the new PDS). When dropped otherwise (failure, crash,
/// cancellation) it keeps the entry, so the next run can upload from it without downloading again.
pub struct StorageGuard {
    cache: Arc<dyn BlobCache>,
    key: String,
    release: bool,
}

impl std::fmt::Debug for StorageGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StorageGuard").field("key", &self.key).field("release", &self.release).finish()
    }
}

impl StorageGuard {
    pub fn new(cache: Arc<dyn BlobCache>, key: &str) -> Self {
        StorageGuard { cache, key: key.to_owned(), release: false }
    }

    /// The blob reached the new PDS and the resume state says so: its local copy may go.
    pub fn uploaded(&mut self) {
        self.release = true;
    }
}

impl Drop for StorageGuard {
    fn drop(&mut self) {
        if self.release {
            self.cache.remove_soon(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use tektite_platform::memory::MemoryCache;

    #[tokio::test]
    async fn keeps_the_entry_unless_uploaded() {
        let cache = Arc::new(MemoryCache::default());
        for key in ["kept", "released"] {
            let mut w = cache.create(key, None).await.unwrap();
            w.write(Bytes::from_static(b"x")).await.unwrap();
            w.commit().await.unwrap();
        }
        drop(StorageGuard::new(cache.clone(), "kept"));
        let mut g = StorageGuard::new(cache.clone(), "released");
        g.uploaded();
        drop(g);
        let keys: Vec<_> = cache.list().await.unwrap().into_iter().map(|e| e.key).collect();
        assert_eq!(keys, vec!["kept"]);
    }
}
