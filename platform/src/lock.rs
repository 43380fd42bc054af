//! One run per account: the lock every run that changes an account holds from the moment it knows
//! the account's DID until it ends, so that two runs on one account (two terminals, the desktop app
//! and the CLI, two browser tabs) never create, import or upload over each other.
//!
//! | target | backed by | released |
//! |---|---|---|
//! | desktop / CLI (`desktop::FileLocks`) | an exclusive OS lock (`flock`) on a file per DID in this user's data folder, shared by the CLI and the desktop app whatever their `--state-dir` | on drop, and by the OS when the process dies (a crash never leaves a stale lock) |
//! | web (`web::WebLocks`) | the Web Locks API (`navigator.locks`), one lock name per DID | on drop, and by the browser when the tab closes |
//! | tests (`memory`) | a set in this process | on drop |
//!
//! A refused lock says who holds it ([`Holder`]): the holder writes that beside its lock.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// Who holds an account's lock: what it runs, since when, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    /// What runs: the program and what it does (`tektite-cli migrate`, `tektite blobs`, `migrate in
    /// another tab`).
    pub command: String,
    /// Unix seconds when it took the lock.
    pub since: u64,
    /// The holding process (native).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
}

/// Why an account's lock was not taken.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LockError {
    /// Another run holds it; `holder` says which, when it could be read.
    #[error("{}", held_words(holder.as_ref()))]
    Held { holder: Option<Holder> },
    /// The lock itself could not be used (its folder, the browser's API).
    #[error("the lock that keeps two runs apart could not be taken: {0}")]
    Unavailable(String),
}

fn held_words(holder: Option<&Holder>) -> String {
    match holder {
        Some(h) => format!(
            "another run is working on this account: `{}`{} since {} (UTC); wait for it to finish, or stop it, then run again. Nothing was changed",
            h.command,
            h.pid.map(|p| format!(" (process {p})")).unwrap_or_default(),
            utc_text(h.since)
        ),
        None => "another run is working on this account; wait for it to finish, or stop it, then run again. Nothing was changed".into(),
    }
}

/// `2026-12-07 06:40:12` for Unix seconds (UTC).
pub fn utc_text(unix: u64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    time::OffsetDateTime::from_unix_timestamp(unix as i64)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| unix.to_string())
}

/// A held lock; dropping it lets the next run in. `Send` where the target has threads.
pub struct AccountLock {
    #[cfg(not(target_arch = "wasm32"))]
    _held: Box<dyn std::any::Any + Send + Sync>,
    #[cfg(target_arch = "wasm32")]
    _held: Box<dyn std::any::Any>,
}

impl AccountLock {
    /// `held` lets go of the lock when dropped.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(held: impl std::any::Any + Send + Sync) -> Self {
        AccountLock { _held: Box::new(held) }
    }
    /// `held` lets go of the lock when dropped.
    #[cfg(target_arch = "wasm32")]
    pub fn new(held: impl std::any::Any) -> Self {
        AccountLock { _held: Box::new(held) }
    }
}

/// Takes an account's lock, or says who holds it. Never waits for it.
#[async_trait(?Send)]
pub trait AccountLocks {
    async fn try_lock(&self, did: &str, command: &str) -> Result<AccountLock, LockError>;
}

/// The time now in Unix seconds.
pub fn unix_now() -> u64 {
    web_time::SystemTime::now().duration_since(web_time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_utc() {
        assert_eq!(utc_text(0), "1970-01-01 00:00:00");
        assert_eq!(utc_text(1_796_625_612), "2026-12-07 06:40:12");
        assert_eq!(utc_text(951_782_400), "2000-02-29 00:00:00");
    }

    #[test]
    fn a_held_lock_names_its_holder() {
        let e = LockError::Held { holder: Some(Holder { command: "migrate".into(), since: 0, pid: Some(42) }) };
        let text = e.to_string();
        assert!(text.contains("`migrate` (process 42) since 1970-01-01 00:00:00"), "{text}");
        assert!(text.contains("Nothing was changed"), "{text}");
    }
}
