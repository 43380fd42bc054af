//! Desktop and CLI platform: files on the local disk and measurements from the OS.
//!
//! Where things live (overridable, e.g. by the CLI's `--cache-dir` / `--state-dir`):
//! - blob cache: `<cache dir>/blobs` from `directories` (on Linux `~/.cache/tektite/blobs`);
//! - resume state: `<data dir>/state` (on Linux `~/.local/share/tektite/state`).

mod cache;
mod handover;
mod kv;
mod probe;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use cache::FileCache;
pub use handover::hand_over;
pub use kv::FileKv;
pub use probe::DesktopProbe;

pub(crate) use crate::keys::{escape_key, unescape_key};
pub use files::{create_private, private_writable_dir};

mod files;

use crate::{Platform, PlatformError};

/// The default folders for this user, from the OS conventions.
pub fn default_dirs() -> Result<(PathBuf, PathBuf), PlatformError> {
    let dirs = directories::ProjectDirs::from("app", "Tektite", "tektite")
        .ok_or_else(|| PlatformError::Io("could not find this user's home directory".into()))?;
    Ok((dirs.cache_dir().join("blobs"), dirs.data_dir().join("state")))
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
    })
}
