//! A backup archive (`.tar`) read in place, as a [`BackupFolder`]: the archive the web app hands
//! over (see [`super::archive`]), or a backup folder packed with `tar` (ustar, GNU long names and
//! pax paths are understood). Only the 512-byte headers are read to find the entries; each file is
//! then streamed from where it lies in the archive, so a restore or a check reads every byte once
//! and copies nothing anywhere first.
//!
//! The folder's layout is found from `manifest.json`: at the archive's top or under one folder.

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use tektite_platform::{BlobCache, CacheEntry, CacheReader, CacheWriter, PlatformError, RandomAccess, StorageBackend};

use super::folder::{self, BackupFolder};

/// tar's block size (the one the archive writer pads to), as a file offset.
const BLOCK: u64 = super::archive::BLOCK as u64;

/// Why an archive cannot be read as a backup.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveReadError {
    #[error("{0}")]
    Storage(#[from] PlatformError),
    #[error("{place} is not a tar archive ({detail})")]
    NotTar { place: String, detail: String },
    #[error("{place} holds no manifest.json: it is not a Tektite backup (a backup folder, or its .tar)")]
    NotBackup { place: String },
}

/// Opens the archive in `bytes` (called `place` in messages) as a backup folder, read-only.
pub async fn open_archive(bytes: Arc<dyn RandomAccess>, place: &str) -> Result<BackupFolder, ArchiveReadError> {
    let entries = entries(&*bytes, place).await?;
    let manifest = entries
        .keys()
        .filter(|path| path.rsplit('/').next() == Some(folder::MANIFEST))
        .min_by_key(|path| path.len())
        .ok_or_else(|| ArchiveReadError::NotBackup { place: place.into() })?;
    let top = manifest[..manifest.len() - folder::MANIFEST.len()].to_owned();
    let blobs_prefix = format!("{top}{}/", folder::BLOBS);
    let (mut files, mut blobs) = (BTreeMap::new(), BTreeMap::new());
    for (path, at) in entries {
        if let Some(cid) = path.strip_prefix(&blobs_prefix) {
            blobs.insert(cid.to_owned(), at);
        } else if let Some(name) = path.strip_prefix(&top).filter(|n| !n.contains('/')) {
            files.insert(name.to_owned(), at);
        }
    }
    let files = ArchiveCache { bytes: bytes.clone(), entries: files };
    let blobs = ArchiveCache { bytes, entries: blobs };
    // A backup's stores are shared by the futures of one task (a browser's `File` is not `Send`).
    #[allow(clippy::arc_with_non_send_sync)]
    Ok(BackupFolder::new(Arc::new(files), Arc::new(blobs), place))
}

/// The backup at `location` (a `tektite_platform::backup` location: a folder path, a `.tar` path,
/// a picked folder or archive in the browser) opened to be read: an archive in place, else the
/// backup folder.
pub async fn open_to_read(location: &str) -> Result<BackupFolder, ArchiveReadError> {
    if let Some(archive) = tektite_platform::backup::archive_at(location)? {
        let place = location.strip_prefix(tektite_platform::backup::ARCHIVE).unwrap_or(location);
        return open_archive(archive, place).await;
    }
    let stores = tektite_platform::backup::open_backup(location).await?;
    Ok(BackupFolder::new(stores.files, stores.blobs, stores.place))
}

/// Where each regular file's bytes lie: path → (offset, size).
async fn entries(bytes: &dyn RandomAccess, place: &str) -> Result<BTreeMap<String, (u64, u64)>, ArchiveReadError> {
    let bad = |detail: String| ArchiveReadError::NotTar { place: place.into(), detail };
    let mut found = BTreeMap::new();
    let mut at = 0u64;
    // A name given by the entry before (GNU `L`, pax `x`) for the next one.
    let mut long_name: Option<String> = None;
    while at + BLOCK <= bytes.size() {
        let block = bytes.read_at(at, BLOCK as usize).await?;
        if block.iter().all(|b| *b == 0) {
            break;
        }
        let block: &[u8; 512] = block[..].try_into().map_err(|_| bad("a header is cut short".into()))?;
        let header = tar::Header::from_byte_slice(block);
        let stored = header.cksum().map_err(|e| bad(format!("header at byte {at}: {e}")))?;
        // The header's sum with its own checksum field counted as spaces.
        let sum: u32 = block
            .iter()
            .enumerate()
            .map(|(i, b)| if (148..156).contains(&i) { u32::from(b' ') } else { u32::from(*b) })
            .sum();
        if sum != stored {
            return Err(bad(format!("the header at byte {at} is damaged (checksum {stored}, sum {sum})")));
        }
        let size = header.size().map_err(|e| bad(format!("header at byte {at}: {e}")))?;
        let data = at + BLOCK;
        if data + size > bytes.size() {
            return Err(bad(format!("an entry at byte {at} runs past the end: the archive is incomplete")));
        }
        match header.entry_type() {
            tar::EntryType::GNULongName => {
                let name = bytes.read_at(data, size as usize).await?;
                long_name = Some(String::from_utf8_lossy(&name).trim_end_matches('\0').to_owned());
            }
            tar::EntryType::XHeader => {
                let records = bytes.read_at(data, size as usize).await?;
                long_name = pax_path(&records).or(long_name);
            }
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let path = match long_name.take() {
                    Some(name) => name,
                    None => String::from_utf8_lossy(&header.path_bytes()).into_owned(),
                };
                let path = path.trim_start_matches("./").to_owned();
                found.insert(path, (data, size));
            }
            _ => long_name = None,
        }
        at = data + size.div_ceil(BLOCK) * BLOCK;
    }
    Ok(found)
}

/// The `path` of pax extended-header records (`"<len> path=<value>\n"`…).
fn pax_path(records: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(records);
    text.lines().find_map(|line| line.split_once(' ').and_then(|(_, kv)| kv.strip_prefix("path=")).map(str::to_owned))
}

/// The entries of an archive under one prefix, as a read-only [`BlobCache`].
struct ArchiveCache {
    bytes: Arc<dyn RandomAccess>,
    entries: BTreeMap<String, (u64, u64)>,
}

fn read_only() -> PlatformError {
    PlatformError::Io("a backup archive is read in place and never written".into())
}

#[async_trait(?Send)]
impl BlobCache for ArchiveCache {
    fn backend(&self) -> StorageBackend {
        StorageBackend::Archive
    }

    async fn create(&self, _key: &str, _expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        Err(read_only())
    }

    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let Some(&(offset, size)) = self.entries.get(key) else { return Ok(None) };
        Ok(Some(CacheReader {
            size,
            stream: self.bytes.stream(offset, size),
            #[cfg(target_arch = "wasm32")]
            file: self.bytes.slice(offset, size),
        }))
    }

    async fn remove(&self, _key: &str) -> Result<(), PlatformError> {
        Err(read_only())
    }

    fn remove_soon(&self, _key: &str) {}

    async fn list(&self) -> Result<Vec<CacheEntry>, PlatformError> {
        Ok(self.entries.iter().map(|(key, (_, size))| CacheEntry { key: key.clone(), size: *size }).collect())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use bytes::Bytes;
    use tektite_platform::memory::MemoryCache;
    use tektite_platform::ByteStream;

    use super::*;
    use crate::backup::archive::fixture::{backup_with, read_all};
    use crate::backup::archive::write_archive;
    use crate::cid::BlobCid;

    /// An archive in memory, read in place.
    struct InMemory(Bytes);

    #[async_trait(?Send)]
    impl RandomAccess for InMemory {
        fn size(&self) -> u64 {
            self.0.len() as u64
        }
        async fn read_at(&self, offset: u64, len: usize) -> Result<Bytes, PlatformError> {
            let start = (offset as usize).min(self.0.len());
            Ok(self.0.slice(start..(start + len).min(self.0.len())))
        }
        fn stream(&self, offset: u64, len: u64) -> ByteStream {
            let part = self.0.slice(offset as usize..(offset + len) as usize);
            Box::pin(futures::stream::iter([Ok::<Bytes, PlatformError>(part)]))
        }
    }

    #[tokio::test]
    async fn the_web_apps_archive_reads_back_as_the_folder_it_was_made_from() {
        let blob: Vec<u8> = (0..70_000u32).map(|i| (i % 253) as u8).collect();
        let cid = BlobCid::of_bytes(&blob).to_string();
        let (folder, _, manifest) = backup_with(&blob).await;
        let target = MemoryCache::default();
        write_archive(&folder, &manifest, &target, "a.tar", "tektite-backup").await.unwrap();
        let tar_bytes = Bytes::from(read_all(&target, "a.tar").await);

        let read = open_archive(Arc::new(InMemory(tar_bytes)), "a.tar").await.unwrap();
        assert_eq!(read.read(folder::REPO).await.unwrap().unwrap(), b"car");
        assert_eq!(read_all(read.blobs(), &cid).await, blob);
        assert!(read.files().open("nothing").await.unwrap().is_none());
        assert!(read.files().create("x", None).await.is_err(), "an archive is never written");
    }

    #[tokio::test]
    async fn a_folder_packed_by_tar_with_long_names_is_found_under_its_top_folder() {
        let mut builder = tar::Builder::new(Vec::new());
        let long_top = format!("./{}", "a-very-long-folder-name-".repeat(5));
        let mut add = |path: &str, data: &[u8]| {
            let mut header = tar::Header::new_gnu();
            header.set_size(data.len() as u64);
            header.set_mode(0o600);
            header.set_entry_type(tar::EntryType::Regular);
            builder.append_data(&mut header, path, data).unwrap();
        };
        add(&format!("{long_top}/manifest.json"), b"{\"m\":1}");
        add(&format!("{long_top}/blobs/bafkreitest"), b"blob bytes");
        add(&format!("{long_top}/notes/other.txt"), b"not part of a backup");
        let tar_bytes = Bytes::from(builder.into_inner().unwrap());
        let read = open_archive(Arc::new(InMemory(tar_bytes.clone())), "b.tar").await.unwrap();
        assert_eq!(read.read(folder::MANIFEST).await.unwrap().unwrap(), b"{\"m\":1}");
        assert_eq!(read_all(read.blobs(), "bafkreitest").await, b"blob bytes");
        assert_eq!(read.files().list().await.unwrap().len(), 1, "files deeper down are not the backup's");

        let cut = tar_bytes.slice(..700);
        let err = open_archive(Arc::new(InMemory(cut)), "cut.tar").await.err().expect("a cut archive is refused");
        assert!(err.to_string().contains("incomplete") || err.to_string().contains("no manifest"), "{err}");
        let err = open_archive(Arc::new(InMemory(Bytes::from(vec![1u8; 2048]))), "junk.tar").await.err().unwrap();
        assert!(err.to_string().contains("not a tar archive"), "{err}");
    }
}
