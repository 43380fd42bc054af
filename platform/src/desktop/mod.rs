//! Desktop and CLI platform: files on the local disk and measurements from the OS.
//!
//! Where things live (overridable, e.g. by the CLI's `--cache-dir` / `--state-dir`):
//! - blob cache: `<cache dir>/blobs` from `directories` (on Linux `~/.cache/tektite/blobs`);
//! - resume state: `<data dir>/state` (on Linux `~/.local/share/tektite/state`);
//! - account locks: `<data dir>/locks`, whatever the other folders (one run per account per user);
//! - an OAuth sign-in's redirect: a one-shot listener on `127.0.0.1` (`redirect.rs`), nothing on disk.

mod archive_file;
mod cache;
mod handover;
mod kv;
mod lock;
mod positional;
mod probe;
mod redirect;
pub mod schedule;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use archive_file::ArchiveFile;
pub use cache::FileCache;
pub use handover::hand_over;
pub use kv::FileKv;
pub use lock::FileLocks;
pub use probe::DesktopProbe;
pub use redirect::{RedirectError, RedirectListener};

pub(crate) use crate::keys::{escape_key, unescape_key};
pub use files::{create_private, private_writable_dir};

mod files;

use crate::{Platform, PlatformError};

fn project_dirs() -> Result<directories::ProjectDirs, PlatformError> {
    directories::ProjectDirs::from("app", "Tektite", "tektite")
        .ok_or_else(|| PlatformError::Io("could not find this user's home directory".into()))
}

/// The default folders for this user, from the OS conventions.
pub fn default_dirs() -> Result<(PathBuf, PathBuf), PlatformError> {
    let dirs = project_dirs()?;
    Ok((dirs.cache_dir().join("blobs"), dirs.data_dir().join("state")))
}

/// Where account locks live: one folder per user, the same for the CLI and the desktop app
/// whatever their cache and state folders, so that one lock keeps every run of one account apart.
/// `TEKTITE_LOCK_DIR` names another (a machine whose home folder cannot be written).
pub fn lock_dir() -> Result<PathBuf, PlatformError> {
    match std::env::var_os("TEKTITE_LOCK_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => Ok(project_dirs()?.data_dir().join("locks")),
    }
}

/// The desktop platform with its cache and state in the given folders (created when missing,
/// private to the user, and checked to be writable before anything moves).
pub fn platform(cache_dir: &Path, state_dir: &Path) -> Result<Platform, PlatformError> {
    private_writable_dir(cache_dir)?;
    private_writable_dir(state_dir)?;
    let cache = Arc::new(FileCache::open(cache_dir)?);
    Ok(Platform {
        kv: Arc::new(FileKv::open(state_dir)?),
        probe: Arc::new(DesktopProbe::new(cache_dir.to_path_buf())),
        cache,
        locks: Arc::new(FileLocks::new(&lock_dir()?)),
    })
}
