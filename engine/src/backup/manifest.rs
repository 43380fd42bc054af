//! A backup's manifest (`manifest.json`): whose account, which repository revision, every blob with
//! its CID, size and content type, and when. Written last, so a folder with a manifest holds a
//! complete backup of the moment it names; [`super::verify`] checks the files against it and a
//! restore reads it.

use serde::{Deserialize, Serialize};

/// The manifest format this version writes and reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub did: String,
    pub handle: Option<String>,
    /// The PDS the account was backed up from.
    pub pds: String,
    /// The repository's revision at the backup (`getLatestCommit`).
    pub repo_rev: Option<String>,
    pub repo_size: u64,
    /// sha-256 of `repo.car`, hex.
    pub repo_sha256: String,
    /// Whether the backup was taken signed in as the account; without a sign-in it holds what the
    /// account shows anyone (everything but the preferences). Older manifests were all signed in.
    #[serde(default = "signed_in_before")]
    pub signed_in: bool,
    /// Whether `preferences.json` and `plc-audit-log.json` are part of this backup. The
    /// preferences of a backup taken without a sign-in are those of the last one taken with it:
    /// `preferences_taken_at` says when.
    pub preferences: bool,
    #[serde(default)]
    pub preferences_taken_at: Option<String>,
    pub plc_audit_log: bool,
    pub blobs: Vec<ManifestBlob>,
    /// When the backup was taken (RFC 3339, UTC) and as Unix seconds.
    pub taken_at: String,
    pub taken_at_unix: u64,
    /// The previous backups into this folder, oldest first (`taken_at` of each), so the folder's
    /// history is visible.
    #[serde(default)]
    pub earlier: Vec<String>,
}

fn signed_in_before() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestBlob {
    pub cid: String,
    pub size: u64,
    pub mime_type: Option<String>,
}

impl Manifest {
    pub fn blob(&self, cid: &str) -> Option<&ManifestBlob> {
        self.blobs.iter().find(|b| b.cid == cid)
    }

    pub fn total_blob_bytes(&self) -> u64 {
        self.blobs.iter().map(|b| b.size).sum()
    }
}

/// `unix` seconds as RFC 3339 in UTC (`2026-12-01T05:00:00Z`).
pub fn rfc3339(unix: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix as i64)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| unix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_000_000), "2026-11-18T11:06:40Z");
    }
}
