//! The desktop blob cache: one file per blob under the cache folder.
//!
//! A blob is written to `<key>.<pid>-<n>.partial` and renamed to `<key>` on commit, so a committed
//! file is always complete. Each writer has a partial file of its own: two runs that cache the same
//! blob (two accounts that posted the same picture, sharing a cache folder) never write into, read
//! or delete each other's, and the second commit replaces the first with the same verified bytes.
//! Partial files of processes that are gone (a crash) are swept when the cache is opened.
//! A follower ([`CacheWriter::follow`]) reads the partial file through its own handle while the
//! writer appends, [`HELD_BACK`] bytes behind until the commit (see the trait docs for why).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;
use tokio::sync::watch;

use super::positional::{range_stream, read_at};
use super::{escape_key, unescape_key};
use crate::{BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, PlatformError, StorageBackend, HELD_BACK};

/// Bytes read per piece when streaming a cached file. Each piece is one positional read on the
/// blocking pool; 1 MiB keeps those hops rare (a 500 MiB blob: 500 reads) at a small memory cost.
const READ_CHUNK: usize = 1024 * 1024;
const PARTIAL_SUFFIX: &str = ".partial";
/// Where the OS cannot say whether a process lives, a partial file this old is a crash's leftover.
const STALE_PARTIAL: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// Partial files created by this process so far (part of their names).
static WRITERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Removes the partial files whose writer is gone: on Linux those of processes that no longer run,
/// elsewhere those older than [`STALE_PARTIAL`]. A live writer's file is never touched.
fn sweep_dead_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let can_ask = Path::new("/proc/self").exists();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(stem) = name.strip_suffix(PARTIAL_SUFFIX) else { continue };
        let pid = stem.rsplit_once('.').and_then(|(_, tag)| tag.split_once('-')).map(|(pid, _)| pid);
        let gone = match pid.and_then(|p| p.parse::<u32>().ok()) {
            Some(pid) if can_ask => !Path::new("/proc").join(pid.to_string()).exists(),
            _ => entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().unwrap_or_default() > STALE_PARTIAL),
        };
        if gone {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

pub struct FileCache {
    dir: PathBuf,
}

impl FileCache {
    pub fn open(dir: &Path) -> Result<Self, PlatformError> {
        super::private_writable_dir(dir)?;
        sweep_dead_partials(dir);
        Ok(FileCache { dir: dir.to_path_buf() })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(escape_key(key))
    }
}

#[async_trait(?Send)]
impl BlobCache for FileCache {
    fn backend(&self) -> StorageBackend {
        StorageBackend::Filesystem
    }

    async fn create(&self, key: &str, _expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        let final_path = self.path(key);
        let n = WRITERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let partial = PathBuf::from(format!("{}.{}-{n}{PARTIAL_SUFFIX}", final_path.display(), std::process::id()));
        let path = partial.clone();
        let file = tokio::task::spawn_blocking(move || super::create_private(&path))
            .await
            .map_err(|e| PlatformError::Io(format!("storage task failed: {e}")))?
            .map_err(|e| PlatformError::from_io(&format!("creating {}", partial.display()), e))?;
        let (state, _) = watch::channel(FollowState { released: 0, end: End::Open });
        Ok(Box::new(FileWriter {
            key: key.to_owned(),
            file: Some(Arc::new(file)),
            partial,
            final_path,
            written: 0,
            state,
            done: false,
        }))
    }

    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let path = self.path(key);
        let file = match tokio::fs::File::open(&path).await {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(PlatformError::from_io(&format!("opening {}", path.display()), e)),
        };
        let size =
            file.metadata().await.map_err(|e| PlatformError::from_io(&format!("reading {}", path.display()), e))?.len();
        let file = Arc::new(file.into_std().await);
        Ok(Some(CacheReader { size, stream: range_stream(file, path, 0, size, READ_CHUNK) }))
    }

    async fn remove(&self, key: &str) -> Result<(), PlatformError> {
        let path = self.path(key);
        match tokio::fs::remove_file(&path).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(PlatformError::from_io(&format!("deleting {}", path.display()), e))
            }
            _ => Ok(()),
        }
    }

    fn remove_soon(&self, key: &str) {
        let path = self.path(key);
        if let Err(e) = std::fs::remove_file(&path) {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!("could not delete cached blob {}: {e}", path.display());
            }
        }
    }

    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError> {
        let mut dir = tokio::fs::read_dir(&self.dir)
            .await
            .map_err(|e| PlatformError::from_io(&format!("listing {}", self.dir.display()), e))?;
        let mut entries = Vec::new();
        while let Some(entry) = dir.next_entry().await.map_err(|e| PlatformError::from_io("listing the cache", e))? {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.ends_with(PARTIAL_SUFFIX) {
                continue;
            }
            let (Some(key), Ok(meta)) = (unescape_key(name), entry.metadata().await) else {
                continue;
            };
            entries.push(CacheEntry { key, size: meta.len() });
        }
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(entries)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum End {
    Open,
    Committed,
    Abandoned,
}

#[derive(Clone, Copy, Debug)]
struct FollowState {
    /// Bytes a follower may read.
    released: u64,
    end: End,
}

struct FileWriter {
    key: String,
    /// Shared with the blocking pool for each write; the writer is its only other user.
    file: Option<Arc<File>>,
    partial: PathBuf,
    final_path: PathBuf,
    written: u64,
    state: watch::Sender<FollowState>,
    done: bool,
}

impl FileWriter {
    fn finish(&mut self, end: End) {
        self.done = true;
        let released = if end == End::Committed { self.written } else { self.state.borrow().released };
        self.state.send_replace(FollowState { released, end });
    }
}

#[async_trait(?Send)]
impl CacheWriter for FileWriter {
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError> {
        let file = self.file.clone().ok_or_else(|| PlatformError::Io("write after close".into()))?;
        let len = chunk.len() as u64;
        // One blocking-pool hop per chunk, straight from the chunk's bytes. When it returns the bytes
        // are in the file (the page cache), so a follower's own handle sees them.
        let io = tokio::task::spawn_blocking(move || (&*file).write_all(&chunk));
        if let Err(e) = io.await.map_err(std::io::Error::other).and_then(|r| r) {
            return Err(PlatformError::from_io(&format!("writing {}", self.partial.display()), e));
        }
        self.written += len;
        // Release everything but the last bytes written.
        let released = self.written.saturating_sub(HELD_BACK as u64);
        self.state.send_replace(FollowState { released, end: End::Open });
        Ok(())
    }

    fn written(&self) -> u64 {
        self.written
    }

    fn follow(&self) -> Option<ByteStream> {
        let file = File::open(&self.partial).ok()?;
        Some(follow_stream(Arc::new(file), self.state.subscribe(), self.key.clone()))
    }

    async fn commit(mut self: Box<Self>) -> Result<(), PlatformError> {
        let file = self.file.take().ok_or_else(|| PlatformError::Io("commit after close".into()))?;
        let sync = async {
            drop(file);
            // No fsync, on purpose: a committed entry is hashed again before it is reused, so
            // bytes lost to a power cut are caught and downloaded again; a crashed process loses
            // nothing (the page cache survives it), and the rename keeps readers from half files.
            tokio::fs::rename(&self.partial, &self.final_path).await
        };
        if let Err(e) = sync.await {
            self.finish(End::Abandoned);
            let _ = std::fs::remove_file(&self.partial);
            return Err(PlatformError::from_io(&format!("saving {}", self.final_path.display()), e));
        }
        self.finish(End::Committed);
        Ok(())
    }

    async fn abort(mut self: Box<Self>) {
        self.file.take();
        self.finish(End::Abandoned);
        let _ = tokio::fs::remove_file(&self.partial).await;
    }
}

impl Drop for FileWriter {
    fn drop(&mut self) {
        // Dropped mid-write (cancelled or failed): never leave a partial that looks like progress.
        if !self.done {
            self.finish(End::Abandoned);
            self.file.take();
            let _ = std::fs::remove_file(&self.partial);
        }
    }
}

/// Reads a file that is still being written, up to what the writer has released.
fn follow_stream(file: Arc<File>, state: watch::Receiver<FollowState>, key: String) -> ByteStream {
    Box::pin(futures::stream::try_unfold((state, 0u64), move |(mut state, pos)| {
        let (file, key) = (file.clone(), key.clone());
        async move {
            loop {
                let now = *state.borrow_and_update();
                if pos < now.released {
                    let want = READ_CHUNK.min((now.released - pos) as usize);
                    let piece =
                        read_at(&file, pos, want).await.map_err(|e| PlatformError::from_io("reading the cache", e))?;
                    if piece.is_empty() {
                        return Err(PlatformError::Corrupt(format!("cached blob {key} is shorter than written")));
                    }
                    let next = pos + piece.len() as u64;
                    return Ok(Some((piece, (state, next))));
                }
                match now.end {
                    End::Committed => return Ok(None),
                    End::Abandoned => return Err(PlatformError::Abandoned(key)),
                    End::Open => {
                        if state.changed().await.is_err() {
                            // The writer vanished without saying how it ended.
                            let last = *state.borrow();
                            if last.end == End::Committed && pos >= last.released {
                                return Ok(None);
                            }
                            if last.end != End::Committed {
                                return Err(PlatformError::Abandoned(key));
                            }
                        }
                    }
                }
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::{StreamExt, TryStreamExt};

    fn chunk(n: usize, byte: u8) -> Bytes {
        Bytes::from(vec![byte; n])
    }

    #[tokio::test]
    async fn commit_is_atomic_and_survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::open(dir.path()).unwrap();
        let mut w = cache.create("bafkreitest", None).await.unwrap();
        w.write(chunk(300_000, 1)).await.unwrap();
        w.write(chunk(10, 2)).await.unwrap();
        assert!(cache.open("bafkreitest").await.unwrap().is_none(), "visible before commit");
        assert!(cache.list().await.unwrap().is_empty());
        w.commit().await.unwrap();
        let cache = FileCache::open(dir.path()).unwrap();
        let r = cache.open("bafkreitest").await.unwrap().unwrap();
        assert_eq!(r.size, 300_010);
        let bytes: Vec<Bytes> = r.stream.try_collect().await.unwrap();
        assert_eq!(bytes.concat().len(), 300_010);
        assert_eq!(cache.list().await.unwrap(), vec![CacheEntry { key: "bafkreitest".into(), size: 300_010 }]);
        cache.remove("bafkreitest").await.unwrap();
        assert!(cache.list().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn two_writers_of_one_blob_never_share_a_file_and_dead_ones_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::open(dir.path()).unwrap();
        // Two runs caching the same blob at once: each writes its own file.
        let mut a = cache.create("bafkreisame", None).await.unwrap();
        let mut b = cache.create("bafkreisame", None).await.unwrap();
        a.write(chunk(1000, 7)).await.unwrap();
        b.write(chunk(10, 7)).await.unwrap();
        b.abort().await;
        a.write(chunk(24, 7)).await.unwrap();
        a.commit().await.unwrap();
        let r = cache.open("bafkreisame").await.unwrap().unwrap();
        assert_eq!(r.size, 1024, "the other writer's abort touched nothing of this one's");

        // A crashed process's partial file (no such pid) goes when the cache is next opened; a
        // live one's stays.
        let dead = dir.path().join(format!("bafkreidead.{}-0{PARTIAL_SUFFIX}", u32::MAX - 1));
        let live = dir.path().join(format!("bafkreilive.{}-9{PARTIAL_SUFFIX}", std::process::id()));
        std::fs::write(&dead, b"x").unwrap();
        std::fs::write(&live, b"x").unwrap();
        FileCache::open(dir.path()).unwrap();
        assert!(!dead.exists() || !Path::new("/proc/self").exists(), "a dead writer's partial file stays");
        assert!(live.exists(), "a live writer's partial file was removed");
    }

    #[tokio::test]
    async fn dropped_writer_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::open(dir.path()).unwrap();
        let mut w = cache.create("k", None).await.unwrap();
        w.write(chunk(1000, 1)).await.unwrap();
        drop(w);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[tokio::test]
    async fn follower_sees_all_but_the_last_bytes_until_commit() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::open(dir.path()).unwrap();
        let mut w = cache.create("k", None).await.unwrap();
        let mut follower = w.follow().unwrap();
        // A blob of one write: all but its tail goes before the commit (no store-and-forward).
        w.write(chunk(10_000, 1)).await.unwrap();
        let got = follower.next().await.unwrap().unwrap();
        assert_eq!(got, chunk(10_000 - HELD_BACK, 1));
        let pending = tokio::time::timeout(std::time::Duration::from_millis(100), follower.next()).await;
        assert!(pending.is_err(), "the last bytes must be held back before commit");
        w.write(chunk(50, 2)).await.unwrap();
        w.commit().await.unwrap();
        let rest: Vec<Bytes> = follower.try_collect().await.unwrap();
        assert_eq!(rest.concat(), [vec![1u8; HELD_BACK], vec![2u8; 50]].concat());
    }

    #[tokio::test]
    async fn follower_fails_when_the_entry_is_aborted() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::open(dir.path()).unwrap();
        let mut w = cache.create("k", None).await.unwrap();
        let follower = w.follow().unwrap();
        w.write(chunk(100, 1)).await.unwrap();
        w.write(chunk(100, 2)).await.unwrap();
        w.abort().await;
        let all: Result<Vec<Bytes>, _> = follower.try_collect().await;
        assert!(matches!(all, Err(PlatformError::Abandoned(_))));
        assert!(cache.open("k").await.unwrap().is_none());
    }
}
