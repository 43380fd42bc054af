//! This machine's storage for the commands that move blobs: the cache and resume-state folders
//! (the OS defaults, or `--cache-dir` / `--state-dir`), checked before anything is asked of a
//! server, so a folder that cannot be written is a usage error naming the folder and its flag; and
//! the account lock of the commands that need no other storage.

use std::path::{Path, PathBuf};
use tektite_i18n::tr;

use tektite_platform::{desktop, AccountLock, Platform};

use crate::exit::Stop;

pub fn platform(cache_dir: Option<&PathBuf>, state_dir: Option<&PathBuf>) -> Result<Platform, Stop> {
    let (default_cache, default_state) = desktop::default_dirs().map_err(|e| Stop::usage(e.to_string()))?;
    let cache_dir = cache_dir.cloned().unwrap_or(default_cache);
    let state_dir = state_dir.cloned().unwrap_or(default_state);
    usable(&state_dir, "resume-state", "--state-dir")?;
    usable(&cache_dir, "cache", "--cache-dir")?;
    desktop::platform(&cache_dir, &state_dir).map_err(|e| Stop::usage(tr!("cli-local-storage", error = e.to_string())))
}

fn usable(dir: &Path, what: &str, flag: &str) -> Result<(), Stop> {
    desktop::private_writable_dir(dir).map_err(|e| {
        let what = match what {
            "cache" => tr!("cli-folder-cache"),
            _ => tr!("cli-folder-state"),
        };
        Stop::usage(tr!("cli-folder-unusable", what = what, error = e.to_string(), flag = flag))
    })
}

/// The lock of the account `did` for `command` (see `tektite_platform::lock`), for a command that
/// opens no [`platform`]; held while the value lives. Refused (another run holds it): exit 2.
pub fn account_lock(did: &str, command: &str) -> Result<AccountLock, Stop> {
    let locks = desktop::lock_dir().map(|dir| desktop::FileLocks::new(&dir)).map_err(|e| Stop::usage(e.to_string()))?;
    locks.try_lock_now(did, command).map_err(|e| Stop::usage(e.to_string()))
}
