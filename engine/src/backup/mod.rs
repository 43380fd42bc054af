//! Backups and the way back: an account's repository, blobs, preferences and identity history
//! kept in a folder the user holds ([`take`]), checked ([`verify`]), and brought up on a new PDS
//! when the old one is gone ([`restore`], signed with the user's recovery key).
//!
//! The engine writes a backup through [`BackupFolder`] (platform storage, atomic writes), so the
//! same code serves the CLI, the desktop app and the browser; a backup's `.tar` is read in place
//! as a folder too ([`archive_read`]).

pub mod archive;
pub mod archive_read;
pub mod folder;
pub mod last_run;
pub mod manifest;
pub mod restore;
pub mod take;
pub mod verify;

pub use archive_read::{open_archive, open_to_read, ArchiveReadError};
pub use folder::BackupFolder;
pub use last_run::LastRun;
pub use manifest::{Manifest, ManifestBlob};
pub use restore::{restore, RestoreConfig, RestoreError, RestoreReport, RestoreStep};
pub use take::{back_up, BackupError, BackupReport, BackupSource};
pub use verify::{read_manifest, verify, VerifyError, VerifyReport};
