//! Resume state on disk: one small file per key, replaced atomically (write a temp file, fsync,
//! rename), so a crash mid-write leaves the previous value intact.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;

use super::{escape_key, unescape_key};
use crate::{KvStore, PlatformError};

pub struct FileKv {
    dir: PathBuf,
    counter: AtomicU64,
}

impl FileKv {
    pub fn open(dir: &Path) -> Result<Self, PlatformError> {
        super::private_writable_dir(dir)?;
        Ok(FileKv { dir: dir.to_path_buf(), counter: AtomicU64::new(0) })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, PlatformError> + Send + 'static,
) -> Result<T, PlatformError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| PlatformError::Io(format!("storage task failed: {e}")))?
}

#[async_trait(?Send)]
impl KvStore for FileKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        let path = self.dir.join(escape_key(key));
        blocking(move || match std::fs::read(&path) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(PlatformError::from_io(&format!("reading {}", path.display()), e)),
        })
        .await
    }

    async fn put(&self, key: &str, value: &[u8]) -> Result<(), PlatformError> {
        let name = escape_key(key);
        let path = self.dir.join(&name);
        // Temp names start with '.', which escaped keys never do, so `list` cannot mistake them for keys.
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let tmp = self.dir.join(format!(".tmp-{}-{n}-{name}", std::process::id()));
        let value = value.to_vec();
        blocking(move || {
            let write = || -> std::io::Result<()> {
                let mut f = super::create_private(&tmp)?;
                f.write_all(&value)?;
                // No fsync: the rename makes the replacement atomic for a crashed process, and
                // losing a record to a power cut only costs repeated work (the new PDS's missing
                // list and the hash check of cached copies decide what is really done), while an
                // fsync per blob would cost more than moving a small blob.
                std::fs::rename(&tmp, &path)
            };
            write().map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                PlatformError::from_io(&format!("writing {}", path.display()), e)
            })
        })
        .await
    }

    async fn delete(&self, key: &str) -> Result<(), PlatformError> {
        let path = self.dir.join(escape_key(key));
        blocking(move || match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(PlatformError::from_io(&format!("deleting {}", path.display()), e))
            }
            _ => Ok(()),
        })
        .await
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        let dir = self.dir.clone();
        let prefix = prefix.to_owned();
        blocking(move || {
            let mut keys = Vec::new();
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| PlatformError::from_io(&format!("listing {}", dir.display()), e))?;
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                if name.starts_with('.') {
                    continue;
                }
                if let Some(key) = unescape_key(name) {
                    if key.starts_with(&prefix) {
                        keys.push(key);
                    }
                }
            }
            keys.sort();
            Ok(keys)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn values_survive_reopening_and_temp_files_are_not_keys() {
        let dir = tempfile::tempdir().unwrap();
        let kv = FileKv::open(dir.path()).unwrap();
        kv.put("resume/did:plc:x/bafk1", b"{\"state\":\"cached\"}").await.unwrap();
        kv.put("resume/did:plc:x/bafk2", b"{}").await.unwrap();
        kv.put("other", b"1").await.unwrap();
        std::fs::write(dir.path().join(".tmp-crashed"), b"junk").unwrap();
        let kv = FileKv::open(dir.path()).unwrap();
        assert_eq!(kv.list("resume/").await.unwrap(), vec!["resume/did:plc:x/bafk1", "resume/did:plc:x/bafk2"]);
        assert_eq!(kv.get("resume/did:plc:x/bafk1").await.unwrap().unwrap(), b"{\"state\":\"cached\"}");
        kv.put("other", b"2").await.unwrap();
        assert_eq!(kv.get("other").await.unwrap().unwrap(), b"2");
        kv.delete("other").await.unwrap();
        kv.delete("other").await.unwrap();
        assert_eq!(kv.get("other").await.unwrap(), None);
    }
}
