//! The blob cache in the browser's Origin Private File System, the preferred web backend: files on
//! the browser's own disk area, written and read as streams, with the largest quota.
//!
//! Layout: one folder (default `tektite-blobs`) holding one file per committed blob, named by the
//! escaped key (as on the desktop). A blob is written through `FileSystemFileHandle.createWritable()`
//! (available on the page's main thread; `createSyncAccessHandle` would need a worker) into a
//! temporary file `.partial-<write id>.<name>`; the browser keeps the written bytes in a swap file
//! until `close()`, which replaces the temporary file atomically, and the commit then renames it with
//! `move()` to its final name. So a committed name always holds a complete blob, and a crash leaves
//! only a temporary file, which is invisible (names starting with `.` are never keys) and deleted when
//! the cache is next opened. OPFS is used only where both `createWritable` and `move` exist (Chromium
//! and Firefox today; older Safari has neither on the main thread and falls back to IndexedDB).
//!
//! Reading goes through `getFile()`: the `File` is handed to the engine as [`CacheReader::file`] (a
//! `fetch` body the browser streams from disk) and also read in pieces for re-hashing.

use async_trait::async_trait;
use bytes::Bytes;
use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    FileSystemDirectoryHandle, FileSystemFileHandle, FileSystemGetDirectoryOptions, FileSystemGetFileOptions,
    FileSystemWritableFileStream,
};

use super::js::{
    blob_stream, escape_key, is_not_found, js_error, live_pages, new_write_id, prototype_has_method, storage_manager,
    unescape_key, write_finished, write_started, writer_gone,
};
use crate::{BlobCache, ByteStream, CacheEntry, CacheReader, CacheWriter, PlatformError, StorageBackend};

const PARTIAL_PREFIX: &str = ".partial-";
/// Bytes gathered in JS before one `write()` to the file: network chunks are often 16–64 KiB, and
/// each `write()` is a round trip to the browser's storage process.
const WRITE_BUFFER: u32 = 1024 * 1024;

#[wasm_bindgen]
extern "C" {
    /// A `FileSystemHandle` seen through the one method web-sys lacks.
    type MovableHandle;
    /// `FileSystemHandle.move(newName)`: renames within the same folder.
    #[wasm_bindgen(method, catch, js_name = "move")]
    fn move_to(this: &MovableHandle, new_name: &str) -> Result<Promise, JsValue>;
}

/// Blobs as files in an OPFS folder.
#[derive(Clone)]
pub struct OpfsCache {
    dir: FileSystemDirectoryHandle,
    folder: String,
}

impl OpfsCache {
    /// The folder [`FallbackBlobManager`](super::FallbackBlobManager) uses by default.
    pub const DEFAULT_FOLDER: &'static str = "tektite-blobs";

    /// Whether this browser offers what the cache needs: `navigator.storage.getDirectory()`,
    /// `createWritable()` and `move()`.
    pub fn is_supported() -> bool {
        storage_manager().is_some_and(|m| super::js::has_method(&m, "getDirectory"))
            && prototype_has_method("FileSystemFileHandle", "createWritable")
            && prototype_has_method("FileSystemFileHandle", "move")
    }

    /// Opens (creating it if needed) the folder `folder` at the root of this origin's OPFS, and
    /// deletes temporary files left by interrupted writes of earlier sessions.
    pub async fn open(folder: &str) -> Result<Self, PlatformError> {
        if !Self::is_supported() {
            return Err(PlatformError::Io(
                "this browser has no Origin Private File System with createWritable and move".into(),
            ));
        }
        let manager = storage_manager().ok_or_else(|| PlatformError::Io("navigator.storage is missing".into()))?;
        let root: FileSystemDirectoryHandle = JsFuture::from(manager.get_directory())
            .await
            .map_err(|e| js_error("opening the Origin Private File System", &e))?
            .unchecked_into();
        let options = FileSystemGetDirectoryOptions::new();
        options.set_create(true);
        let dir: FileSystemDirectoryHandle = JsFuture::from(root.get_directory_handle_with_options(folder, &options))
            .await
            .map_err(|e| js_error(&format!("opening the OPFS folder {folder}"), &e))?
            .unchecked_into();
        let cache = OpfsCache { dir, folder: folder.to_owned() };
        if let Err(e) = cache.remove_stale_partials().await {
            tracing::warn!("could not clean up unfinished OPFS writes: {e}");
        }
        Ok(cache)
    }

    /// The same cache over a folder the user picked (File System Access API): files the user can
    /// see, written the same atomic way. `label` names it in messages.
    pub fn over(dir: FileSystemDirectoryHandle, label: &str) -> Self {
        OpfsCache { dir, folder: label.to_owned() }
    }

    /// The sub-folder `name` of this folder (created when missing), as a cache of its own.
    pub async fn sub_folder(&self, name: &str) -> Result<Self, PlatformError> {
        let options = FileSystemGetDirectoryOptions::new();
        options.set_create(true);
        let dir: FileSystemDirectoryHandle = JsFuture::from(self.dir.get_directory_handle_with_options(name, &options))
            .await
            .map_err(|e| js_error(&format!("opening the folder {}/{name}", self.folder), &e))?
            .unchecked_into();
        Ok(OpfsCache { dir, folder: format!("{}/{name}", self.folder) })
    }

    /// The names of the folders at the root of this origin's OPFS (e.g. the backups kept here).
    pub async fn root_folders() -> Result<Vec<String>, PlatformError> {
        if !Self::is_supported() {
            return Ok(Vec::new());
        }
        let manager = storage_manager().ok_or_else(|| PlatformError::Io("navigator.storage is missing".into()))?;
        let dir: FileSystemDirectoryHandle = JsFuture::from(manager.get_directory())
            .await
            .map_err(|e| js_error("opening the Origin Private File System", &e))?
            .unchecked_into();
        let root = OpfsCache { dir, folder: String::new() };
        let kind = |handle: &JsValue| Reflect::get(handle, &"kind".into()).ok().and_then(|k| k.as_string());
        Ok(root
            .entries()
            .await?
            .into_iter()
            .filter(|(_, handle)| kind(handle).as_deref() == Some("directory"))
            .map(|(name, _)| name)
            .collect())
    }

    /// The OPFS folder this cache writes to.
    pub fn folder(&self) -> &str {
        &self.folder
    }

    /// Every name in the folder with its handle (collected first: the folder is not changed while
    /// its iterator runs).
    async fn entries(&self) -> Result<Vec<(String, JsValue)>, PlatformError> {
        let context = format!("listing the OPFS folder {}", self.folder);
        let iter = self.dir.entries();
        let mut out = Vec::new();
        loop {
            let next = iter.next().map_err(|e| js_error(&context, &e))?;
            let step = JsFuture::from(next).await.map_err(|e| js_error(&context, &e))?;
            if Reflect::get(&step, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
                break;
            }
            let pair: js_sys::Array = Reflect::get(&step, &"value".into()).map_err(|e| js_error(&context, &e))?.into();
            if let Some(name) = pair.get(0).as_string() {
                out.push((name, pair.get(1)));
            }
        }
        Ok(out)
    }

    async fn remove_name(&self, name: &str) -> Result<(), PlatformError> {
        match JsFuture::from(self.dir.remove_entry(name)).await {
            Err(e) if !is_not_found(&e) => Err(js_error(&format!("deleting {name} from OPFS"), &e)),
            _ => Ok(()),
        }
    }

    /// Deletes temporary files (and the browser's swap files next to them) of writes that run in
    /// no open page: what a crash or a closed tab left behind, never another open tab's write.
    async fn remove_stale_partials(&self) -> Result<(), PlatformError> {
        let pages = live_pages().await;
        for (name, _) in self.entries().await? {
            let Some(rest) = name.strip_prefix(PARTIAL_PREFIX) else { continue };
            let id = rest.split('.').next().unwrap_or_default();
            if writer_gone(id, pages.as_ref()) {
                self.remove_name(&name).await?;
            }
        }
        Ok(())
    }

    async fn file_handle(&self, name: &str, create: bool) -> Result<Option<FileSystemFileHandle>, PlatformError> {
        let options = FileSystemGetFileOptions::new();
        options.set_create(create);
        match JsFuture::from(self.dir.get_file_handle_with_options(name, &options)).await {
            Ok(handle) => Ok(Some(handle.unchecked_into())),
            Err(e) if !create && is_not_found(&e) => Ok(None),
            Err(e) => Err(js_error(&format!("opening {name} in OPFS"), &e)),
        }
    }
}

async fn file_of(handle: &FileSystemFileHandle, what: &str) -> Result<web_sys::File, PlatformError> {
    Ok(JsFuture::from(handle.get_file()).await.map_err(|e| js_error(&format!("reading {what}"), &e))?.unchecked_into())
}

#[async_trait(?Send)]
impl BlobCache for OpfsCache {
    fn backend(&self) -> StorageBackend {
        StorageBackend::Opfs
    }

    async fn create(&self, key: &str, _expected_size: Option<u64>) -> Result<Box<dyn CacheWriter>, PlatformError> {
        let id = new_write_id();
        let final_name = escape_key(key);
        let partial = format!("{PARTIAL_PREFIX}{id}.{final_name}");
        write_started(&id);
        let opened = async {
            let handle = self.file_handle(&partial, true).await?.expect("created");
            let writable: FileSystemWritableFileStream = JsFuture::from(handle.create_writable())
                .await
                .map_err(|e| js_error(&format!("starting to write blob {key} to OPFS"), &e))?
                .unchecked_into();
            Ok::<_, PlatformError>((handle, writable))
        };
        let (handle, writable) = match opened.await {
            Ok(opened) => opened,
            Err(e) => {
                write_finished(&id);
                let _ = self.remove_name(&partial).await;
                return Err(e);
            }
        };
        Ok(Box::new(OpfsWriter {
            cache: self.clone(),
            key: key.to_owned(),
            id,
            partial,
            final_name,
            handle,
            writable: Some(writable),
            buffer: None,
            filled: 0,
            written: 0,
            done: false,
        }))
    }

    async fn open(&self, key: &str) -> Result<Option<CacheReader>, PlatformError> {
        let Some(handle) = self.file_handle(&escape_key(key), false).await? else { return Ok(None) };
        let file = file_of(&handle, &format!("cached blob {key} from OPFS")).await?;
        let blob: web_sys::Blob = file.into();
        Ok(Some(CacheReader {
            size: blob.size() as u64,
            stream: blob_stream(blob.clone(), format!("cached blob {key} (OPFS)")),
            file: Some(blob),
        }))
    }

    async fn remove(&self, key: &str) -> Result<(), PlatformError> {
        self.remove_name(&escape_key(key)).await
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
        let mut entries = Vec::new();
        for (name, handle) in self.entries().await? {
            if name.starts_with('.') {
                continue;
            }
            let Ok(handle) = handle.dyn_into::<FileSystemFileHandle>() else { continue };
            let Some(key) = unescape_key(&name) else { continue };
            // A file deleted between listing and here is simply not listed.
            let Ok(file) = file_of(&handle, &name).await else { continue };
            entries.push(CacheEntry { key, size: file.size() as u64 });
        }
        entries.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(entries)
    }
}

struct OpfsWriter {
    cache: OpfsCache,
    key: String,
    id: String,
    partial: String,
    final_name: String,
    handle: FileSystemFileHandle,
    writable: Option<FileSystemWritableFileStream>,
    /// Bytes gathered for the next write: a fresh JS buffer (never a view into wasm memory).
    buffer: Option<Uint8Array>,
    filled: u32,
    /// Bytes accepted (stored or in `buffer`).
    written: u64,
    done: bool,
}

impl OpfsWriter {
    /// Hands the gathered bytes to the writable stream (one browser round trip per buffer).
    async fn flush(&mut self) -> Result<(), PlatformError> {
        let (Some(buffer), Some(writable)) = (self.buffer.take(), self.writable.as_ref()) else { return Ok(()) };
        let data = buffer.subarray(0, self.filled);
        let accepted = self.written - self.filled as u64;
        self.filled = 0;
        let written = match writable.write_with_js_u8_array(&data) {
            Ok(promise) => JsFuture::from(promise).await.map(|_| ()),
            Err(e) => Err(e),
        };
        if let Err(e) = written {
            // Full or broken: leave nothing behind, so a retry starts clean (possibly elsewhere).
            self.discard().await;
            return Err(js_error(&format!("writing blob {} to OPFS after {accepted} bytes", self.key), &e));
        }
        Ok(())
    }

    /// Throws away everything written (the swap file and the temporary file).
    async fn discard(&mut self) {
        self.done = true;
        if let Some(writable) = self.writable.take() {
            let _ = JsFuture::from(writable.abort()).await;
        }
        if let Err(e) = self.cache.remove_name(&self.partial).await {
            tracing::warn!("could not delete the unfinished copy of {}: {e}", self.key);
        }
        write_finished(&self.id);
    }
}

#[async_trait(?Send)]
impl CacheWriter for OpfsWriter {
    async fn write(&mut self, chunk: Bytes) -> Result<(), PlatformError> {
        if self.writable.is_none() {
            return Err(PlatformError::Io(format!("blob {} was already closed or discarded", self.key)));
        }
        let mut rest = &chunk[..];
        while !rest.is_empty() {
            let buffer = self.buffer.get_or_insert_with(|| Uint8Array::new_with_length(WRITE_BUFFER));
            let n = rest.len().min((WRITE_BUFFER - self.filled) as usize);
            buffer.subarray(self.filled, self.filled + n as u32).copy_from(&rest[..n]);
            self.filled += n as u32;
            self.written += n as u64;
            rest = &rest[n..];
            if self.filled == WRITE_BUFFER {
                self.flush().await?;
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
        self.flush().await?;
        let writable = self
            .writable
            .take()
            .ok_or_else(|| PlatformError::Io(format!("blob {} was already closed or discarded", self.key)))?;
        // close() moves the swap file over the temporary file: all of it or nothing.
        if let Err(e) = JsFuture::from(writable.close()).await {
            self.discard().await;
            return Err(js_error(&format!("saving blob {} to OPFS", self.key), &e));
        }
        let mut renamed = rename(&self.handle, &self.final_name).await;
        if renamed.is_err() {
            // Some browsers refuse to move onto an existing name: drop the old copy, then move.
            let _ = self.cache.remove_name(&self.final_name).await;
            renamed = rename(&self.handle, &self.final_name).await;
        }
        if let Err(e) = renamed {
            self.discard().await;
            return Err(js_error(&format!("saving blob {} to OPFS", self.key), &e));
        }
        self.done = true;
        write_finished(&self.id);
        Ok(())
    }

    async fn abort(mut self: Box<Self>) {
        self.discard().await;
    }
}

async fn rename(handle: &FileSystemFileHandle, name: &str) -> Result<(), JsValue> {
    JsFuture::from(handle.unchecked_ref::<MovableHandle>().move_to(name)?).await.map(|_| ())
}

impl Drop for OpfsWriter {
    fn drop(&mut self) {
        // Dropped mid-write (the download failed or was cancelled): discard in the background.
        if !self.done {
            self.done = true;
            let writable = self.writable.take();
            let cache = self.cache.clone();
            let partial = std::mem::take(&mut self.partial);
            let id = std::mem::take(&mut self.id);
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(writable) = writable {
                    let _ = JsFuture::from(writable.abort()).await;
                }
                let _ = cache.remove_name(&partial).await;
                write_finished(&id);
            });
        }
    }
}
