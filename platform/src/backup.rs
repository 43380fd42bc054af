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
    /// The backup is in a folder the user sees (the desktop's, or one picked in the browser): it
    /// needs no archive to leave the app.
    pub in_users_folder: bool,
}

/// Locations of folders the user picked in the browser start with this, then the folder's name.
pub const PICKED: &str = "picked:";
/// The location of a backup archive (`.tar`) the person picked in this page (web).
pub const ARCHIVE: &str = "archive:";

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
        Ok(BackupStores {
            files: Arc::new(files),
            blobs: Arc::new(blobs),
            place: dir.display().to_string(),
            in_users_folder: true,
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(name) = location.strip_prefix(PICKED) {
            let dir = picked::folder(name)
                .ok_or_else(|| PlatformError::Io(format!("the folder {name} must be picked again (after a reload)")))?;
            let files = crate::web::OpfsCache::over(dir, name);
            let blobs = files.sub_folder("blobs").await?;
            #[allow(clippy::arc_with_non_send_sync)] // one thread on the web
            return Ok(BackupStores {
                files: Arc::new(files),
                blobs: Arc::new(blobs),
                place: format!("the folder {name} you picked"),
                in_users_folder: true,
            });
        }
        let files = crate::web::OpfsCache::open(location).await?;
        let blobs = crate::web::OpfsCache::open(&format!("{location}-blobs")).await?;
        #[allow(clippy::arc_with_non_send_sync)] // one thread on the web
        Ok(BackupStores {
            files: Arc::new(files),
            blobs: Arc::new(blobs),
            place: "this browser's storage for this site".into(),
            in_users_folder: false,
        })
    }
}

/// The backup archive (`.tar`) at `location`, to be read in place, when it is one: on the desktop a
/// file (a folder is a backup folder), on the web an archive picked with [`keep_archive`] in this
/// page. `None` for a backup folder.
pub fn archive_at(location: &str) -> Result<Option<Arc<dyn crate::RandomAccess>>, PlatformError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let path = std::path::Path::new(location);
        if !path.is_file() {
            return Ok(None);
        }
        Ok(Some(Arc::new(crate::desktop::ArchiveFile::open(path)?)))
    }
    #[cfg(target_arch = "wasm32")]
    {
        let Some(name) = location.strip_prefix(ARCHIVE) else { return Ok(None) };
        let file = picked::archive(name)
            .ok_or_else(|| PlatformError::Io(format!("the archive {name} must be chosen again (after a reload)")))?;
        #[allow(clippy::arc_with_non_send_sync)] // one thread on the web
        Ok(Some(Arc::new(crate::web::ArchiveFile::new(file))))
    }
}

/// Keeps a backup archive the person chose (`<input type=file>`) for this page's life and returns
/// its location for [`archive_at`] (a `File` cannot be stored as text: after a reload it is chosen
/// again).
#[cfg(target_arch = "wasm32")]
pub fn keep_archive(file: web_sys::File) -> String {
    format!("{ARCHIVE}{}", picked::keep_archive(file))
}

/// The backups kept on this device that Tektite can find by itself, as locations for
/// [`open_backup`]: on the web every backup in this site's storage; on the desktop the folders
/// under the default place (`Documents/Tektite backups`) that hold a backup, and every folder a
/// timer keeps current (`desktop::schedule`).
pub async fn known_backups() -> Result<Vec<String>, PlatformError> {
    #[cfg(target_arch = "wasm32")]
    {
        let folders = crate::web::OpfsCache::root_folders().await?;
        Ok(folders.into_iter().filter(|f| f.starts_with("tektite-backup-did-") && !f.ends_with("-blobs")).collect())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut found = Vec::new();
        let root = std::path::PathBuf::from(default_backup_location("-", ""));
        let holds_backup =
            |dir: &std::path::Path| dir.join("manifest.json").is_file() || dir.join("last-run.json").is_file();
        if let Some(entries) = root.parent().and_then(|r| std::fs::read_dir(r).ok()) {
            found.extend(
                entries.flatten().map(|e| e.path()).filter(|p| holds_backup(p)).map(|p| p.display().to_string()),
            );
        }
        for scheduled in crate::desktop::schedule::list() {
            let place = scheduled.folder.display().to_string();
            if scheduled.folder.is_dir() && !found.contains(&place) {
                found.push(place);
            }
        }
        found.sort();
        Ok(found)
    }
}

/// Whether this browser lets the user pick a folder for Tektite to write into (File System Access
/// API: Chromium-based browsers today). Elsewhere a backup leaves the browser as an archive.
pub fn can_pick_folder() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        crate::web::js::has_method(&js_sys::global(), "showDirectoryPicker")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Asks the user for a folder (the browser's own dialog) and returns its location for
/// [`open_backup`]. The browser grants access for this page's life: after a reload it is picked
/// again.
#[cfg(target_arch = "wasm32")]
pub async fn pick_folder() -> Result<String, PlatformError> {
    picked::pick().await.map(|name| format!("{PICKED}{name}"))
}

/// The folders picked in this page (their handles cannot be stored as text).
#[cfg(target_arch = "wasm32")]
mod picked {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::FileSystemDirectoryHandle;

    use crate::PlatformError;

    thread_local! {
        static PICKED: RefCell<HashMap<String, FileSystemDirectoryHandle>> = RefCell::new(HashMap::new());
        static ARCHIVES: RefCell<HashMap<String, web_sys::File>> = RefCell::new(HashMap::new());
    }

    pub fn archive(name: &str) -> Option<web_sys::File> {
        ARCHIVES.with(|a| a.borrow().get(name).cloned())
    }

    pub fn keep_archive(file: web_sys::File) -> String {
        let name = file.name();
        ARCHIVES.with(|a| a.borrow_mut().insert(name.clone(), file));
        name
    }

    pub fn folder(name: &str) -> Option<FileSystemDirectoryHandle> {
        PICKED.with(|p| p.borrow().get(name).cloned())
    }

    pub async fn pick() -> Result<String, PlatformError> {
        let err = |e: JsValue| crate::web::js::js_error("picking a folder", &e);
        let picker = Reflect::get(&js_sys::global(), &"showDirectoryPicker".into()).map_err(err)?;
        let picker: js_sys::Function = picker.dyn_into().map_err(err)?;
        let options = Object::new();
        Reflect::set(&options, &"mode".into(), &"readwrite".into()).map_err(err)?;
        let promise: js_sys::Promise = picker.call1(&JsValue::NULL, &options).map_err(err)?.unchecked_into();
        let dir: FileSystemDirectoryHandle = JsFuture::from(promise).await.map_err(err)?.unchecked_into();
        let name = dir.name();
        PICKED.with(|p| p.borrow_mut().insert(name.clone(), dir));
        Ok(name)
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
