//! Checking a backup against its manifest: every blob re-hashed against its CID and size, the
//! repository CAR against its sha-256. Nothing is fetched; only the folder is read.

use futures::StreamExt;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::folder::{self, BackupFolder};
use super::manifest::Manifest;
use super::take::{held_copy, hex, HeldCopy};
use crate::cid::BlobCid;

/// What a check found.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    pub did: String,
    pub taken_at: String,
    pub blobs_checked: usize,
    pub bytes_checked: u64,
    /// Files that are missing or do not match, each with what is wrong.
    pub problems: Vec<(String, String)>,
}

impl VerifyReport {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Why a folder could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("{place} holds no complete backup (no manifest.json): back up into it first, or name the right folder")]
    NoManifest { place: String },
    #[error("{place}: {detail}")]
    Unreadable { place: String, detail: String },
}

/// The manifest of the backup in `folder`.
pub async fn read_manifest(folder: &BackupFolder) -> Result<Manifest, VerifyError> {
    let unreadable = |detail: String| VerifyError::Unreadable { place: folder.place.clone(), detail };
    let bytes = folder
        .read(folder::MANIFEST)
        .await
        .map_err(|e| unreadable(e.to_string()))?
        .ok_or_else(|| VerifyError::NoManifest { place: folder.place.clone() })?;
    serde_json::from_slice(&bytes).map_err(|e| unreadable(format!("manifest.json: {e}")))
}

/// Re-hashes the backup in `folder` (see the module docs).
pub async fn verify(folder: &BackupFolder) -> Result<VerifyReport, VerifyError> {
    let manifest = read_manifest(folder).await?;
    let mut report = VerifyReport {
        did: manifest.did.clone(),
        taken_at: manifest.taken_at.clone(),
        blobs_checked: 0,
        bytes_checked: 0,
        problems: Vec::new(),
    };
    match repo_digest(folder).await {
        Ok(Some((size, digest))) if size == manifest.repo_size && digest == manifest.repo_sha256 => {
            report.bytes_checked += size
        }
        Ok(Some((size, _))) => report.problems.push((
            folder::REPO.into(),
            format!(
                "its content changed ({size} bytes, the manifest says {}): the repository copy is damaged",
                manifest.repo_size
            ),
        )),
        Ok(None) => report.problems.push((folder::REPO.into(), "missing".into())),
        Err(e) => report.problems.push((folder::REPO.into(), e)),
    }
    for blob in &manifest.blobs {
        let name = format!("{}/{}", folder::BLOBS, blob.cid);
        let cid: BlobCid = match blob.cid.parse() {
            Ok(c) => c,
            Err(e) => {
                report.problems.push((name, format!("the manifest names no valid CID: {e}")));
                continue;
            }
        };
        report.blobs_checked += 1;
        match held_copy(folder, &cid).await {
            Ok(HeldCopy::Whole(size)) if size == blob.size => report.bytes_checked += size,
            Ok(HeldCopy::Whole(size)) => {
                report.problems.push((name, format!("{size} bytes, the manifest says {}", blob.size)))
            }
            Ok(HeldCopy::Damaged) => {
                report.problems.push((name, "its bytes do not hash to its CID: the copy is damaged".into()))
            }
            Ok(HeldCopy::Missing) => report.problems.push((name, "missing".into())),
            Err(e) => report.problems.push((name, e)),
        }
    }
    Ok(report)
}

async fn repo_digest(folder: &BackupFolder) -> Result<Option<(u64, String)>, String> {
    let Some(reader) = folder.files().open(folder::REPO).await.map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut stream = reader.stream;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| e.to_string())?;
        size += chunk.len() as u64;
        hasher.update(&chunk);
    }
    Ok(Some((size, hex(&hasher.finalize()))))
}
