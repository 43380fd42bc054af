//! A backup as one `.tar` archive, for where a folder cannot be handed over (the browser): the
//! folder's layout (`manifest.json`, `repo.car`, `blobs/<cid>`, …) under one top folder, so the
//! unpacked archive is a backup folder the CLI can `--verify` and `restore` from.
//!
//! Written entry by entry into a [`BlobCache`] entry (OPFS on the web), each file streamed from
//! the backup's store and re-hashed on the way for blobs, so a damaged copy never enters the
//! archive and no blob is ever whole in memory. Headers come from the `tar` crate (ustar).

use bytes::Bytes;
use futures::StreamExt;
use tektite_platform::{BlobCache, CacheWriter, PlatformError};

use super::folder::{self, BackupFolder};
use super::manifest::Manifest;
use crate::cid::{BlobCid, CidHasher};

/// tar's block size: headers and file contents are padded to it.
pub(super) const BLOCK: usize = 512;

/// Why an archive could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("{0}")]
    Storage(#[from] PlatformError),
    #[error("{0} is missing from the backup")]
    Missing(String),
    #[error("{0} does not match its CID: the stored copy is damaged; back up again to fetch it anew")]
    Damaged(String),
    #[error("{0}: {1}")]
    Header(String, String),
}

/// What was archived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archived {
    pub files: usize,
    pub bytes: u64,
}

/// Writes the backup in `folder` (described by `manifest`) into the entry `key` of `target` as a
/// tar archive whose files sit under `top/`. The entry is committed only when complete.
pub async fn write_archive(
    folder: &BackupFolder,
    manifest: &Manifest,
    target: &dyn BlobCache,
    key: &str,
    top: &str,
) -> Result<Archived, ArchiveError> {
    let mut out = target.create(key, None).await?;
    let mut archived = Archived { files: 0, bytes: 0 };
    let mut names = vec![folder::MANIFEST, folder::REPO, folder::DID_DOCUMENT];
    if manifest.preferences {
        names.push(folder::PREFERENCES);
    }
    if manifest.plc_audit_log {
        names.push(folder::PLC_AUDIT_LOG);
    }
    for name in names {
        let reader = folder.files().open(name).await?.ok_or_else(|| ArchiveError::Missing(name.into()))?;
        let path = format!("{top}/{name}");
        archived.bytes += copy_entry(&mut *out, &path, reader.size, reader.stream, None).await?;
        archived.files += 1;
    }
    for blob in &manifest.blobs {
        let cid: BlobCid = blob.cid.parse().map_err(|_| ArchiveError::Damaged(blob.cid.clone()))?;
        let reader = folder.blobs().open(&blob.cid).await?.ok_or_else(|| ArchiveError::Missing(blob.cid.clone()))?;
        let path = format!("{top}/{}/{}", folder::BLOBS, blob.cid);
        archived.bytes += copy_entry(&mut *out, &path, reader.size, reader.stream, Some(&cid)).await?;
        archived.files += 1;
    }
    // The end of an archive: two empty blocks.
    out.write(Bytes::from(vec![0u8; 2 * BLOCK])).await?;
    out.commit().await?;
    Ok(archived)
}

/// One file: its header, its bytes (checked against `cid` for a blob), its padding.
async fn copy_entry(
    out: &mut dyn CacheWriter,
    path: &str,
    size: u64,
    mut stream: tektite_platform::ByteStream,
    cid: Option<&BlobCid>,
) -> Result<u64, ArchiveError> {
    let mut header = tar::Header::new_ustar();
    header.set_path(path).map_err(|e| ArchiveError::Header(path.into(), e.to_string()))?;
    header.set_size(size);
    header.set_mode(0o600);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    out.write(Bytes::copy_from_slice(header.as_bytes())).await?;
    let mut hasher = CidHasher::new();
    let mut written = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        hasher.update(&chunk);
        written += chunk.len() as u64;
        out.write(chunk).await?;
    }
    if written != size {
        return Err(ArchiveError::Damaged(path.into()));
    }
    if let Some(cid) = cid {
        if !hasher.matches(cid).0 {
            return Err(ArchiveError::Damaged(cid.to_string()));
        }
    }
    let pad = (BLOCK - (size as usize % BLOCK)) % BLOCK;
    if pad > 0 {
        out.write(Bytes::from(vec![0u8; pad])).await?;
    }
    Ok(size)
}

/// A small backup in memory (manifest, repository, DID document and one blob) and its manifest,
/// for the archive's tests and the archive reader's.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod fixture {
    use std::sync::Arc;

    use bytes::Bytes;
    use futures::StreamExt;
    use tektite_platform::memory::MemoryCache;
    use tektite_platform::BlobCache;

    use crate::backup::folder::BackupFolder;
    use crate::backup::manifest::{Manifest, ManifestBlob, FORMAT};
    use crate::cid::BlobCid;

    pub async fn put(cache: &dyn BlobCache, key: &str, bytes: &[u8]) {
        let mut w = cache.create(key, None).await.unwrap();
        w.write(Bytes::copy_from_slice(bytes)).await.unwrap();
        w.commit().await.unwrap();
    }

    pub async fn read_all(cache: &dyn BlobCache, key: &str) -> Vec<u8> {
        let mut reader = cache.open(key).await.unwrap().unwrap_or_else(|| panic!("{key} is not stored"));
        let mut out = Vec::new();
        while let Some(c) = reader.stream.next().await {
            out.extend_from_slice(&c.unwrap());
        }
        out
    }

    /// The folder (its blob store too, to damage a copy) and the manifest naming `blob`.
    pub async fn backup_with(blob: &[u8]) -> (BackupFolder, Arc<MemoryCache>, Manifest) {
        let files = Arc::new(MemoryCache::default());
        let blobs = Arc::new(MemoryCache::default());
        let folder = BackupFolder::new(files.clone(), blobs.clone(), "memory");
        let cid = BlobCid::of_bytes(blob).to_string();
        for (name, bytes) in [("manifest.json", &b"{}"[..]), ("repo.car", b"car"), ("did.json", b"{\"id\":1}")] {
            put(&*files, name, bytes).await;
        }
        put(&*blobs, &cid, blob).await;
        let manifest = Manifest {
            format: FORMAT,
            did: "did:plc:x".into(),
            handle: None,
            pds: "https://pds".into(),
            repo_rev: None,
            repo_size: 3,
            repo_sha256: String::new(),
            signed_in: true,
            preferences: false,
            preferences_taken_at: None,
            plc_audit_log: false,
            blobs: vec![ManifestBlob { cid, size: blob.len() as u64, mime_type: None }],
            taken_at: String::new(),
            taken_at_unix: 0,
            earlier: Vec::new(),
        };
        (folder, blobs, manifest)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use tektite_platform::memory::MemoryCache;

    use super::fixture::{backup_with, put, read_all};
    use super::*;

    #[tokio::test]
    async fn the_archive_unpacks_to_the_backup_folder_and_refuses_a_damaged_blob() {
        let blob = vec![7u8; 1000];
        let cid = BlobCid::of_bytes(&blob).to_string();
        let (folder, blobs, manifest) = backup_with(&blob).await;
        let target = MemoryCache::default();
        let done = write_archive(&folder, &manifest, &target, "a.tar", "backup").await.unwrap();
        assert_eq!(done, Archived { files: 4, bytes: 2 + 3 + 8 + 1000 });
        let tar_bytes = read_all(&target, "a.tar").await;
        let mut archive = tar::Archive::new(&tar_bytes[..]);
        let mut seen = Vec::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let path = entry.path().unwrap().display().to_string();
            let mut content = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut content).unwrap();
            seen.push((path, content.len()));
        }
        assert_eq!(
            seen,
            vec![
                ("backup/manifest.json".to_owned(), 2),
                ("backup/repo.car".to_owned(), 3),
                ("backup/did.json".to_owned(), 8),
                (format!("backup/blobs/{cid}"), 1000),
            ]
        );

        // A copy that no longer matches its CID never enters an archive.
        put(&*blobs, &cid, &vec![8u8; 1000]).await;
        let err = write_archive(&folder, &manifest, &target, "b.tar", "backup").await.unwrap_err();
        assert!(matches!(err, ArchiveError::Damaged(_)), "{err}");
        assert!(target.open("b.tar").await.unwrap().is_none(), "an incomplete archive is not committed");
    }
}
