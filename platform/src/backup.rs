//! Where a backup is kept, per target: the files of a backup (manifest, repository, documents) and
//! its blobs as two [`BlobCache`]s, so every write is atomic and the engine writes a backup the same
//! way everywhere (`tektite_engine::backup`).
//!
//! | target  | files                                  | blobs                                        |
//! |---------|----------------------------------------|----------------------------------------------|
//! | desktop | the folder the user chose              | its `blobs/` sub-folder                      |
//! | web     | OPFS folder `tektite-backup-<account>` | OPFS folder `tektite-backup-<account>-blobs` |
//!
//! On the web the backup stays in the browser's storage (so a reload continues it and the next
//! backup fetches only what is new) and leaves it as one archive: written into OPFS entry by
//! entry, then offered as a download of the browser's own file ([`hand_over_entry`]), so no blob
//! is ever whole in wasm memory.

use std::sync::Arc;

use crate::{BlobCache, PlatformError};

/// The two stores of one backup, and where they are in words.
pub struct BackupStores {
    pub files: Arc<dyn BlobCache>,
    pub blobs: Arc<dyn BlobCache>,
    pub place: String,
}

/// The name of an account (handle or DID) made safe for a folder name.
pub fn safe_name(account: &str) -> String {
    account.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '-' }).collect()
}

/// Where a backup of the account `handle` (`did`) goes unless the user says otherwise: on the
/// desktop `Documents/Tektite backups/<handle>` (home when there is no Documents folder; a name a
/// person recognises), on the web the browser's storage under its DID (which never changes, so a
/// new handle still finds the earlier backup).
pub fn default_backup_location(handle: &str, did: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = did;
        let account = handle;
        let base = directories::UserDirs::new()
            .map(|d| d.document_dir().unwrap_or(d.home_dir()).to_path_buf())
            .unwrap_or_else(|| std::path::PathBuf::from("."));
        base.join("Tektite backups").join(safe_name(account)).display().to_string()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = handle;
        format!("tektite-backup-{}", safe_name(did))
    }
}

/// Opens (creating it when missing) the backup at `location`: a folder path on the desktop, a
/// name from [`default_backup_location`] on the web.
pub async fn open_backup(location: &str) -> Result<BackupStores, PlatformError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let dir = std::path::Path::new(location);
        let files = crate::desktop::FileCache::open(dir)?;
        let blobs = crate::desktop::FileCache::open(&dir.join("blobs"))?;
        Ok(BackupStores { files: Arc::new(files), blobs: Arc::new(blobs), place: dir.display().to_string() })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let files = crate::web::OpfsCache::open(location).await?;
        let blobs = crate::web::OpfsCache::open(&format!("{location}-blobs")).await?;
        #[allow(clippy::arc_with_non_send_sync)] // one thread on the web
        Ok(BackupStores {
            files: Arc::new(files),
            blobs: Arc::new(blobs),
            place: "this browser's storage for this site".into(),
        })
    }
}

/// The backups kept on this device that Tektite can find by itself: on the web every backup in
/// this site's storage (as locations for [`open_backup`]); on the desktop none (a backup is a
/// folder the user names).
pub async fn known_backups() -> Result<Vec<String>, PlatformError> {
    #[cfg(target_arch = "wasm32")]
    {
        let folders = crate::web::OpfsCache::root_folders().await?;
        Ok(folders.into_iter().filter(|f| f.starts_with("tektite-backup-did-") && !f.ends_with("-blobs")).collect())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Ok(Vec::new())
    }
}

/// The store backup archives are written into before they are handed over (web).
#[cfg(target_arch = "wasm32")]
pub async fn archive_store() -> Result<Arc<dyn BlobCache>, PlatformError> {
    #[allow(clippy::arc_with_non_send_sync)] // one thread on the web
    Ok(Arc::new(crate::web::OpfsCache::open("tektite-backup-archives").await?))
}

/// Offers the committed entry `key` of `cache` to the user as a download named `name`: the
/// browser's own file, so its bytes never pass through wasm memory.
#[cfg(target_arch = "wasm32")]
pub async fn hand_over_entry(cache: &dyn BlobCache, key: &str, name: &str) -> Result<(), PlatformError> {
    let reader = cache.open(key).await?.ok_or_else(|| PlatformError::Io(format!("{key} is not stored")))?;
    let file =
        reader.file.ok_or_else(|| PlatformError::Io(format!("{key} cannot be handed over from this storage")))?;
    crate::web::offer_download(&file, name)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn account_names_are_safe_folder_names() {
        assert_eq!(safe_name("alice.bsky.social"), "alice.bsky.social");
        assert_eq!(safe_name("did:plc:ab/c"), "did-plc-ab-c");
        assert!(default_backup_location("alice.test", "did:plc:x").ends_with("Tektite backups/alice.test"));
    }

    #[tokio::test]
    async fn a_backup_folder_has_its_blobs_beside_its_files() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("b");
        let stores = open_backup(&dir.display().to_string()).await.unwrap();
        let mut w = stores.blobs.create("bafkreiabc", None).await.unwrap();
        w.write(bytes::Bytes::from_static(b"hi")).await.unwrap();
        w.commit().await.unwrap();
        assert!(dir.join("blobs/bafkreiabc").is_file());
        assert_eq!(stores.place, dir.display().to_string());
    }
}
