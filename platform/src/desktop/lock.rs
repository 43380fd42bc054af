//! Account locks on the desktop and in the CLI: an exclusive OS lock (`flock` on Unix, `LockFileEx`
//! on Windows, through `std::fs::File::try_lock`) on `<locks folder>/<DID>.lock`. The OS releases it
//! when the file is closed or the process dies, so a crashed run never blocks the next; the file
//! itself stays (empty files cost nothing, and removing one would race with a run opening it).
//! The holder writes who it is into the locked file, for a refused run to name.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use async_trait::async_trait;

use crate::keys::escape_key;
use crate::lock::{unix_now, AccountLock, AccountLocks, Holder, LockError};

/// Account locks in one folder: every run on this machine must use the same folder (see
/// [`super::lock_dir`]).
pub struct FileLocks {
    dir: PathBuf,
}

impl FileLocks {
    pub fn new(dir: &Path) -> Self {
        FileLocks { dir: dir.to_path_buf() }
    }

    fn open(&self, did: &str) -> Result<File, LockError> {
        let unavailable = |e: std::io::Error| LockError::Unavailable(format!("{}: {e}", self.dir.display()));
        super::private_writable_dir(&self.dir).map_err(|e| LockError::Unavailable(e.to_string()))?;
        let mut options = OpenOptions::new();
        // Not truncated on open: the holder's words must survive a refused run opening the file.
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(self.dir.join(format!("{}.lock", escape_key(did)))).map_err(unavailable)
    }

    /// Takes the lock for `did` at once, or says who holds it.
    pub fn try_lock_now(&self, did: &str, command: &str) -> Result<AccountLock, LockError> {
        let mut file = self.open(did)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::Held { holder: read_holder(&mut file) }),
            Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Unavailable(e.to_string())),
        }
        let holder =
            Holder { command: format!("{} {command}", program()), since: unix_now(), pid: Some(std::process::id()) };
        // Who holds it is a courtesy to the next run: failing to say so is no reason to fail.
        let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| {
            file.write_all(serde_json::to_string(&holder).unwrap_or_default().as_bytes())?;
            file.flush()
        });
        Ok(AccountLock::new(file))
    }
}

/// Who holds the lock of `file`, as it wrote: a holder writes right after taking the lock, so a run
/// refused in between waits a little for the words (only on this refusal path).
fn read_holder(file: &mut File) -> Option<Holder> {
    for _ in 0..HOLDER_READS {
        let mut text = String::new();
        if file.rewind().and_then(|()| file.read_to_string(&mut text)).is_ok() {
            if let Ok(holder) = serde_json::from_str(&text) {
                return Some(holder);
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    None
}

/// Reads of a held lock's file, 50 ms apart, before a refusal goes without the holder's name.
const HOLDER_READS: usize = 20;

/// This program's name (`tektite-cli`, `tektite`), for the holder's words.
fn program() -> String {
    std::env::args_os()
        .next()
        .and_then(|arg0| Path::new(&arg0).file_stem().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "tektite".into())
}

#[async_trait(?Send)]
impl AccountLocks for FileLocks {
    async fn try_lock(&self, did: &str, command: &str) -> Result<AccountLock, LockError> {
        self.try_lock_now(did, command)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_per_account_named_to_the_next_and_gone_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let locks = FileLocks::new(dir.path());
        let held = locks.try_lock_now("did:plc:abc", "migrate").unwrap();
        // A second opener (another process would be refused the same way) learns who holds it.
        match locks.try_lock_now("did:plc:abc", "blobs") {
            Err(LockError::Held { holder: Some(h) }) => {
                assert!(h.command.ends_with(" migrate"), "{}", h.command);
                assert_eq!(h.pid, Some(std::process::id()));
            }
            other => panic!("expected a held lock, got {:?}", other.map(|_| ())),
        }
        // Another account is free.
        let _other = locks.try_lock_now("did:plc:xyz", "blobs").unwrap();
        drop(held);
        let again = locks.try_lock_now("did:plc:abc", "blobs").unwrap();
        drop(again);
    }
}
