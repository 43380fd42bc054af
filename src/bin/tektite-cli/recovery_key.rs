//! `migrate --new-recovery-key FILE`: the engine's [`RecoveryKey`], written where the user said.
//! The private key goes to a file of the user's naming that must not exist yet, readable by the
//! user only (0600), and is printed nowhere else. A move resumed with the same FILE reads the key
//! back instead of making another.

use std::io::Write;
use std::path::Path;

use tektite_engine::recovery_key::{did_key_in_file, RecoveryKey};

/// The `did:key` named in a recovery key file written earlier.
fn read_did_key(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    did_key_in_file(&text).ok_or_else(|| tektite_i18n::tr!("cli-not-a-key-file", path = path.display().to_string()))
}

/// The recovery key of `path`: generated and written there (0600, the file must not exist yet),
/// or, when a resumed move wrote it before, read back. Returns the `did:key` and whether it is new.
pub fn obtain(path: &Path, account: &str) -> Result<(String, bool), String> {
    if path.exists() {
        return read_did_key(path).map(|k| (k, false));
    }
    let key = RecoveryKey::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(key.file_text(account).as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((key.did_key(), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_is_written_once_privately_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery.key");
        let (did, new) = obtain(&path, "did:plc:abc").unwrap();
        assert!(new && did.starts_with("did:key:zQ3s"), "{did}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("private_key_hex: ") && text.contains(&did));
        // A resumed move reads the same key back; a file of something else is refused.
        assert_eq!(obtain(&path, "did:plc:abc").unwrap(), (did, false));
        let other = dir.path().join("notes.txt");
        std::fs::write(&other, "hello").unwrap();
        assert!(obtain(&other, "did:plc:abc").unwrap_err().contains("not a Tektite recovery key"));
    }
}
