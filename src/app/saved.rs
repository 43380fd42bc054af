//! The last migration's non-secret fields, kept so that after a reload or a crash the app can offer
//! "Resume the migration of <did>" with the form filled in, asking only for the passwords.
//!
//! Backing per target: the web app uses the page's LocalStorage (key [`KEY`]); the desktop app a
//! small JSON file beside the engine's resume state (`<data dir>/last-migration.json`, on Linux
//! `~/.local/share/tektite/`). Passwords are never part of it. Storage failures are logged and
//! otherwise ignored: losing this record costs only retyping the addresses, since the engine's own
//! resume state and cache carry the real progress.

use serde::{Deserialize, Serialize};

use super::form::Form;

/// LocalStorage key (web).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub const KEY: &str = "tektite.blob-migration";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedMigration {
    pub form: Form,
    /// Known once both sign-ins succeeded.
    pub did: Option<String>,
    /// The new PDS reported nothing missing at the end of a run.
    pub finished: bool,
    pub updated_unix: u64,
}

impl SavedMigration {
    /// The DID of a migration that was started and not finished.
    pub fn resumable_did(&self) -> Option<&str> {
        if self.finished {
            None
        } else {
            self.did.as_deref()
        }
    }
}

/// The saved record, if there is a readable one.
pub fn load() -> Option<SavedMigration> {
    load_record(KEY)
}

/// The record saved under `key` (a LocalStorage key on the web, a file name on the desktop), if
/// there is a readable one.
pub fn load_record<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    let text = backend::read(key)?;
    match serde_json::from_str(&text) {
        Ok(saved) => Some(saved),
        Err(e) => {
            tracing::warn!("ignoring an unreadable saved migration: {e}");
            None
        }
    }
}

/// Saves `saved` (best effort).
pub fn store(saved: &SavedMigration) {
    let mut saved = saved.clone();
    saved.updated_unix = tektite_engine::runtime::unix_now();
    store_record(KEY, &saved);
}

/// Saves `record` under `key` (best effort).
pub fn store_record<T: Serialize>(key: &str, record: &T) {
    match serde_json::to_string(record) {
        Ok(text) => {
            if let Err(e) = backend::write(key, &text) {
                tracing::warn!("could not save the migration's form fields: {e}");
            }
        }
        Err(e) => tracing::warn!("could not encode the migration's form fields: {e}"),
    }
}

/// Forgets the saved record (best effort).
pub fn clear() {
    clear_record(KEY)
}

/// Forgets the record under `key` (best effort).
pub fn clear_record(key: &str) {
    if let Err(e) = backend::remove(key) {
        tracing::warn!("could not forget the saved migration: {e}");
    }
}

#[cfg(target_arch = "wasm32")]
mod backend {

    fn storage() -> Result<web_sys::Storage, String> {
        let window = web_sys::window().ok_or("no window")?;
        window
            .local_storage()
            .map_err(|e| format!("LocalStorage is not available: {e:?}"))?
            .ok_or_else(|| "LocalStorage is not available".to_owned())
    }

    pub fn read(key: &str) -> Option<String> {
        storage().ok()?.get_item(key).ok().flatten()
    }

    pub fn write(key: &str, text: &str) -> Result<(), String> {
        storage()?.set_item(key, text).map_err(|e| format!("{e:?}"))
    }

    pub fn remove(key: &str) -> Result<(), String> {
        storage()?.remove_item(key).map_err(|e| format!("{e:?}"))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use std::path::{Path, PathBuf};

    use super::KEY;

    /// `<data dir>/last-migration.json` for the blob repair ([`KEY`]), `<data dir>/<key>.json` for
    /// other records, next to the engine's `state/` folder. Tests and scripts can move them with
    /// `TEKTITE_APP_STATE` (the blob repair's file path; other records go beside it).
    fn path(key: &str) -> Result<PathBuf, String> {
        let name = if key == KEY { "last-migration.json".to_owned() } else { format!("{key}.json") };
        if let Some(p) = std::env::var_os("TEKTITE_APP_STATE") {
            let p = PathBuf::from(p);
            return Ok(if key == KEY { p } else { p.with_file_name(name) });
        }
        let (_, state_dir) = tektite_platform::desktop::default_dirs().map_err(|e| e.to_string())?;
        let data_dir = state_dir.parent().map(Path::to_path_buf).unwrap_or(state_dir);
        Ok(data_dir.join(name))
    }

    pub fn read(key: &str) -> Option<String> {
        std::fs::read_to_string(path(key).ok()?).ok()
    }

    pub fn write(key: &str, text: &str) -> Result<(), String> {
        write_at(&path(key)?, text)
    }

    pub fn remove(key: &str) -> Result<(), String> {
        match std::fs::remove_file(path(key)?) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
            _ => Ok(()),
        }
    }

    /// Temp file + rename, so a crash never leaves half a record.
    pub(super) fn write_at(path: &Path, text: &str) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text).map_err(|e| format!("{}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::app::form::StrategyPick;

    #[test]
    fn a_started_migration_is_resumable_until_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/last-migration.json");
        let mut saved = SavedMigration {
            form: Form { old_pds: "https://old".into(), strategy: StrategyPick::Storage, ..Default::default() },
            did: Some("did:plc:abc".into()),
            ..Default::default()
        };
        backend::write_at(&path, &serde_json::to_string(&saved).unwrap()).unwrap();
        let back: SavedMigration = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(back, saved);
        assert_eq!(back.resumable_did(), Some("did:plc:abc"));
        saved.finished = true;
        assert_eq!(saved.resumable_did(), None);
        assert_eq!(SavedMigration::default().resumable_did(), None);
        // Fields added later must not make old records unreadable.
        let old: SavedMigration = serde_json::from_str(r#"{"did":"did:plc:x"}"#).unwrap();
        assert_eq!(old.resumable_did(), Some("did:plc:x"));
    }
}
