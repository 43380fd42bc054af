//! The non-secret fields of the last run of each way in (move, repair), kept so that after a
//! reload or a crash the app can offer "Continue with <did>" with the form filled in, asking only
//! for the passwords.
//!
//! Backing per target: the web app uses the page's LocalStorage (keys [`Mode::saved_key`]); the
//! desktop app a small JSON file per key beside the engine's resume state (on Linux
//! `~/.local/share/tektite/last-migration.json` for the repair and `tektite.account-move.json` for
//! the move, names kept from earlier versions so their records still resume). Passwords are never
//! part of it. Storage failures are logged and otherwise ignored: losing this record costs only
//! retyping the addresses, since the engine's own saved steps, resume state and cache carry the
//! real progress.

use serde::{Deserialize, Serialize};

use tektite_engine::migration::MigrationSummary;

use super::form::{Form, Mode};

/// The record of the repair (LocalStorage key; on the desktop, `last-migration.json`).
const REPAIR_KEY: &str = "tektite.blob-migration";
/// The record of the move (LocalStorage key; on the desktop, `tektite.account-move.json`).
const MOVE_KEY: &str = "tektite.account-move";
/// The record of the backup (LocalStorage key; on the desktop, `tektite.backup.json`).
const BACKUP_KEY: &str = "tektite.backup";
/// The record of adding a recovery key (LocalStorage key; on the desktop, `tektite.protect.json`).
const PROTECT_KEY: &str = "tektite.protect";
/// The record of a restore (LocalStorage key; on the desktop, `tektite.restore.json`).
const RESTORE_KEY: &str = "tektite.restore";

impl Mode {
    /// Where this way in keeps its record.
    pub fn saved_key(self) -> &'static str {
        match self {
            Mode::Move => MOVE_KEY,
            Mode::Repair => REPAIR_KEY,
            Mode::Backup => BACKUP_KEY,
            Mode::Protect => PROTECT_KEY,
            Mode::Restore => RESTORE_KEY,
        }
    }
}

/// One saved run: the form as submitted, the DID once signed in, and whether it finished.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedRun {
    pub form: Form,
    /// Known once signing in succeeded.
    pub did: Option<String>,
    /// The run reached its end (repair: the new PDS misses nothing; move: every step is done).
    pub finished: bool,
    pub updated_unix: u64,
    /// How far it got, for the "continue" banner: the step under way or last done, in words.
    pub reached: Option<String>,
    /// Blobs on the new PDS of those the blob step had to copy, when it ran: (done, total).
    pub blobs: Option<(usize, usize)>,
    /// A finished move's report, so that a reload can show it again.
    pub report: Option<MigrationSummary>,
}

impl SavedRun {
    /// The DID of a run that was started and not finished.
    pub fn resumable_did(&self) -> Option<&str> {
        if self.finished {
            None
        } else {
            self.did.as_deref()
        }
    }
}

/// The saved record of `mode`, if there is a readable one.
pub fn load(mode: Mode) -> Option<SavedRun> {
    let text = backend::read(mode.saved_key())?;
    match serde_json::from_str::<SavedRun>(&text) {
        Ok(mut saved) => {
            saved.form.mode = mode;
            Some(saved)
        }
        Err(e) => {
            tracing::warn!("ignoring an unreadable saved run: {e}");
            None
        }
    }
}

/// Saves `saved` under its form's mode (best effort).
pub fn store(saved: &SavedRun) {
    let mut saved = saved.clone();
    saved.updated_unix = tektite_engine::runtime::unix_now();
    match serde_json::to_string(&saved) {
        Ok(text) => {
            if let Err(e) = backend::write(saved.form.mode.saved_key(), &text) {
                tracing::warn!("could not save the form's fields: {e}");
            }
        }
        Err(e) => tracing::warn!("could not encode the form's fields: {e}"),
    }
}

/// Forgets the saved record of `mode` (best effort).
pub fn clear(mode: Mode) {
    if let Err(e) = backend::remove(mode.saved_key()) {
        tracing::warn!("could not forget the saved run: {e}");
    }
}

#[cfg(target_arch = "wasm32")]
pub(super) mod backend {

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
pub(super) mod backend {
    use std::path::{Path, PathBuf};

    use super::REPAIR_KEY as KEY;

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

    /// Temp file + rename, so a crash never leaves half a record; private to the user, like the
    /// engine's state (it names the account).
    pub(super) fn write_at(path: &Path, text: &str) -> Result<(), String> {
        use std::io::Write;
        if let Some(dir) = path.parent() {
            tektite_platform::desktop::private_writable_dir(dir).map_err(|e| e.to_string())?;
        }
        let tmp = path.with_extension("json.tmp");
        tektite_platform::desktop::create_private(&tmp)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .map_err(|e| format!("{}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::app::form::StrategyPick;

    #[test]
    fn a_started_run_is_resumable_until_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/last-migration.json");
        let mut saved = SavedRun {
            form: Form { old_pds: "https://old".into(), strategy: StrategyPick::Storage, ..Default::default() },
            did: Some("did:plc:abc".into()),
            ..Default::default()
        };
        backend::write_at(&path, &serde_json::to_string(&saved).unwrap()).unwrap();
        let back: SavedRun = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(back, saved);
        assert_eq!(back.resumable_did(), Some("did:plc:abc"));
        saved.finished = true;
        assert_eq!(saved.resumable_did(), None);
        assert_eq!(SavedRun::default().resumable_did(), None);
        // Fields added later must not make old records unreadable.
        let old: SavedRun = serde_json::from_str(r#"{"did":"did:plc:x"}"#).unwrap();
        assert_eq!(old.resumable_did(), Some("did:plc:x"));
    }

    /// Records written by the version with two controllers (repair: `SavedMigration`, move:
    /// `SavedMove`) still load, and still offer to continue.
    #[test]
    fn records_of_the_earlier_version_still_resume() {
        let repair = r#"{"form":{"old_pds":"https://old","old_id":"alice.old","new_pds":"https://new",
            "new_id":"alice.new","strategy":"storage","concurrency":2},"did":"did:plc:abc","finished":false,
            "updated_unix":1700000000}"#;
        let r: SavedRun = serde_json::from_str(repair).unwrap();
        assert_eq!((r.form.new_handle.as_str(), r.form.concurrency), ("alice.new", Some(2)));
        assert_eq!(r.form.strategy, StrategyPick::Storage);
        assert_eq!(r.resumable_did(), Some("did:plc:abc"));
        let moving = r#"{"form":{"old_pds":"https://old","old_id":"alice.old","new_pds":"https://new",
            "new_handle":"alice.new","new_email":"a@b.c","invite_code":"","plc_url":"http://127.0.0.1:1",
            "strategy":"auto"},"did":"did:plc:abc","finished":false}"#;
        let m: SavedRun = serde_json::from_str(moving).unwrap();
        assert_eq!((m.form.new_email.as_str(), m.form.plc_url.as_str()), ("a@b.c", "http://127.0.0.1:1"));
        assert_eq!(m.resumable_did(), Some("did:plc:abc"));
    }
}
