//! Desktop and CLI platform: files on the local disk and measurements from the OS.
//!
//! Where things live (overridable, e.g. by the CLI's `--cache-dir` / `--state-dir`):
//! - blob cache: `<cache dir>/blobs` from `directories` (on Linux `~/.cache/tektite/blobs`);
//! - resume state: `<data dir>/state` (on Linux `~/.local/share/tektite/state`).

mod cache;
mod kv;
mod probe;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use cache::FileCache;
pub use kv::FileKv;
pub use probe::DesktopProbe;

use crate::{Platform, PlatformError};

/// The default folders for this user, from the OS conventions.
pub fn default_dirs() -> Result<(PathBuf, PathBuf), PlatformError> {
    let dirs = directories::ProjectDirs::from("app", "Tektite", "tektite")
        .ok_or_else(|| PlatformError::Io("could not find this user's home directory".into()))?;
    Ok((dirs.cache_dir().join("blobs"), dirs.data_dir().join("state")))
}

/// The desktop platform with its cache and state in the given folders (created when missing).
pub fn platform(cache_dir: &Path, state_dir: &Path) -> Result<Platform, PlatformError> {
    let cache = Arc::new(FileCache::open(cache_dir)?);
    Ok(Platform {
        kv: Arc::new(FileKv::open(state_dir)?),
        probe: Arc::new(DesktopProbe::new(cache_dir.to_path_buf())),
        cache,
    })
}

/// Turns a key into a single safe file name: `[A-Za-z0-9._-]` stay, everything else becomes `%XX`.
pub(crate) fn escape_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for b in key.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || (b == b'.' && !out.is_empty()) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The inverse of [`escape_key`]; `None` for names that are not escaped keys.
pub(crate) fn unescape_key(name: &str) -> Option<String> {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = name.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_file_names() {
        for key in ["blobs/did:plc:abc@localhost:2583/bafkrei", ".hidden", "a%b", "plain"] {
            let name = escape_key(key);
            assert!(!name.starts_with('.'), "{name} would be hidden");
            assert!(!name.contains('/'));
            assert_eq!(unescape_key(&name).as_deref(), Some(key));
        }
    }
}
