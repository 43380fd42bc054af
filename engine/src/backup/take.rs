//! Taking a backup: the repository as a CAR (streamed to its file), every blob (streamed, verified
//! against its CID while it is written, committed only when it matches), the preferences, the DID
//! document, the PLC audit log for a `did:plc`, then the manifest.
//!
//! Incremental: a blob the folder already holds is re-hashed and kept when it matches, so a second
//! backup into the same folder downloads only what is new (or damaged), and the report says what
//! changed since the previous manifest. An interrupted backup is continued the same way.
//!
//! Signed in as the account, a backup holds everything; without a session (an unattended run, no
//! secret stored anywhere) it holds what an active account shows anyone — the repository, the
//! blobs, the DID document and the PLC log — and keeps the preferences of the last signed-in
//! backup, saying so in the report and the manifest. A deactivated account serves its data only to
//! itself.
//!
//! The previous backup stays whole until the new one is: the new repository is held uncommitted,
//! and it, the documents and the manifest are written only once every blob is saved (new blob
//! files are added beside the old ones, which the previous manifest still names).

use std::cell::Cell;

use futures::{StreamExt, TryStreamExt};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::folder::{self, BackupFolder};
use super::manifest::{rfc3339, Manifest, ManifestBlob, FORMAT};
use crate::cid::{BlobCid, CidHasher};
use crate::identity::Resolver;
use crate::outcome::{BlobFailureKind, BlobOutcome, BlobStatus};
use crate::progress::{ProgressEvent, ProgressSink, Totals};
use crate::retry::{retry, Failure, RetryAdvice, RetryPolicy, Wait};
use crate::xrpc::{XrpcClient, XrpcError};

/// Blobs downloaded at once.
const CONCURRENCY: usize = 4;
/// Downloads of one blob before it is reported as failed (a damaged or broken download is fetched again).
const ATTEMPTS: u32 = 3;

/// Why a backup stopped.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the backup folder {place}: {detail}")]
    Folder { place: String, detail: String },
    #[error("{0}")]
    Server(#[from] XrpcError),
    #[error("{0}")]
    Identity(#[from] crate::identity::IdentityError),
    #[error("{folder} holds a backup of {found}, not of {wanted}: choose another folder")]
    OtherAccount { folder: String, found: String, wanted: String },
}

impl BackupError {
    /// Whether running the backup again may succeed without changing anything.
    pub fn is_retryable(&self) -> bool {
        match self {
            BackupError::Server(e) => e.advice() != crate::retry::RetryAdvice::Never,
            BackupError::Identity(_) => true,
            BackupError::Folder { .. } | BackupError::OtherAccount { .. } => false,
        }
    }
}

/// The account to back up: a client for its PDS, signed in as it (everything) or not (what is
/// public; see the module docs).
pub struct BackupSource<'a> {
    pub client: &'a XrpcClient,
    pub did: &'a str,
    pub handle: Option<&'a str>,
    pub pds: &'a str,
    pub resolver: &'a Resolver,
}

/// What a backup did.
#[derive(Debug, Clone, Serialize)]
pub struct BackupReport {
    pub did: String,
    /// Whether the folder held an earlier backup of this account.
    pub incremental: bool,
    pub repo_rev: Option<String>,
    /// The repository changed since the previous backup (or there was none).
    pub repo_changed: bool,
    pub blobs_total: usize,
    pub bytes_total: u64,
    /// Blobs downloaded this time (new, or their copy was missing or damaged).
    pub downloaded: Vec<String>,
    pub downloaded_bytes: u64,
    /// Blobs already in the folder with a matching hash.
    pub kept: usize,
    /// Copies in the folder that did not match their CID and were fetched again.
    pub repaired: Vec<String>,
    /// Blobs of the previous backup that the account no longer has (their files stay in the folder).
    pub no_longer_in_account: Vec<String>,
    /// Blobs that could not be backed up, with the reason. The manifest is not written while any
    /// remain, so the folder never claims to be complete when it is not.
    pub failed: Vec<(String, String)>,
    /// Whether the run was signed in as the account (else it took what is public).
    pub signed_in: bool,
    /// The folder holds the account's preferences (taken now, or by an earlier signed-in backup).
    pub preferences: bool,
    /// When the preferences the folder holds were taken (RFC 3339), if it holds any.
    pub preferences_taken_at: Option<String>,
    pub plc_audit_log: bool,
    /// What this run could not take without a sign-in, in words.
    pub left_out: Vec<String>,
    pub manifest_written: bool,
}

impl BackupReport {
    pub fn is_complete(&self) -> bool {
        self.failed.is_empty() && self.manifest_written
    }
}

fn folder_err(folder: &BackupFolder, e: impl std::fmt::Display) -> BackupError {
    BackupError::Folder { place: folder.place.clone(), detail: e.to_string() }
}

/// Backs up `source` into `folder` (see the module docs).
pub async fn back_up(
    source: BackupSource<'_>,
    folder: &BackupFolder,
    progress: &dyn ProgressSink,
) -> Result<BackupReport, BackupError> {
    let previous: Option<Manifest> = match folder.read(folder::MANIFEST).await.map_err(|e| folder_err(folder, e))? {
        Some(bytes) => {
            Some(serde_json::from_slice(&bytes).map_err(|e| folder_err(folder, format!("manifest.json: {e}")))?)
        }
        None => None,
    };
    if let Some(p) = previous.as_ref().filter(|p| p.did != source.did) {
        return Err(BackupError::OtherAccount {
            folder: folder.place.clone(),
            found: p.did.clone(),
            wanted: source.did.into(),
        });
    }

    // The blob list first: blobs are what takes long, and a repository read afterwards names no
    // blob the list lacks unless a post arrives in between (the next backup gets it).
    let mut listed = crate::worklist::source_inventory(source.client, source.did).await?;
    listed.sort();
    listed.dedup();
    let signed_in = source.client.session().is_some();
    let rev = source.client.get_latest_commit(source.did).await?.rev;
    let repo = save_repo(source.client, source.did, folder).await?;

    let mut report = BackupReport {
        did: source.did.to_owned(),
        incremental: previous.is_some(),
        repo_changed: previous.as_ref().and_then(|p| p.repo_rev.as_deref()) != Some(rev.as_str()),
        repo_rev: Some(rev.clone()),
        blobs_total: listed.len(),
        bytes_total: 0,
        downloaded: Vec::new(),
        downloaded_bytes: 0,
        kept: 0,
        repaired: Vec::new(),
        no_longer_in_account: previous
            .iter()
            .flat_map(|p| p.blobs.iter())
            .filter(|b| !listed.contains(&b.cid))
            .map(|b| b.cid.clone())
            .collect(),
        failed: Vec::new(),
        signed_in,
        preferences: false,
        preferences_taken_at: None,
        plc_audit_log: false,
        left_out: Vec::new(),
        manifest_written: false,
    };

    progress.emit(ProgressEvent::WorkListed { missing: listed.len(), inventory: listed.len() });
    let started = web_time::Instant::now();
    let totals = std::sync::Mutex::new(Totals { blobs_total: listed.len(), ..Totals::default() });
    let results: Vec<(String, Result<BlobSaved, String>)> = futures::stream::iter(listed.iter().cloned())
        .map(|cid| async {
            let previous_type = previous.as_ref().and_then(|p| p.blob(&cid)).and_then(|b| b.mime_type.as_deref());
            let result = save_blob(source.client, source.did, &cid, previous_type, folder, progress).await;
            let outcome = {
                let mut t = totals.lock().unwrap();
                let status = match &result {
                    Ok(saved) => {
                        t.blobs_done += 1;
                        if saved.downloaded {
                            t.bytes_downloaded += saved.entry.size;
                        }
                        t.bytes_uploaded += saved.entry.size;
                        BlobStatus::Migrated {
                            size: saved.entry.size,
                            from_cache: !saved.downloaded,
                            attempts: saved.attempts,
                        }
                    }
                    Err(message) => {
                        t.blobs_failed += 1;
                        BlobStatus::Failed {
                            kind: BlobFailureKind::Integrity,
                            message: message.clone(),
                            retryable: true,
                            attempts: ATTEMPTS,
                        }
                    }
                };
                t.elapsed_secs = started.elapsed().as_secs_f64();
                t.rate_bytes_per_sec = t.bytes_uploaded as f64 / t.elapsed_secs.max(0.001);
                progress.emit(ProgressEvent::Totals(t.clone()));
                BlobOutcome { cid: cid.clone(), status }
            };
            progress.emit(ProgressEvent::BlobFinished { outcome });
            (cid, result)
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;

    let mut blobs = Vec::with_capacity(results.len());
    for (cid, result) in results {
        match result {
            Ok(saved) => {
                report.bytes_total += saved.entry.size;
                if saved.downloaded {
                    report.downloaded_bytes += saved.entry.size;
                    if saved.was_damaged {
                        report.repaired.push(cid.clone());
                    }
                    report.downloaded.push(cid);
                } else {
                    report.kept += 1;
                }
                blobs.push(saved.entry);
            }
            Err(message) => report.failed.push((cid, message)),
        }
    }
    blobs.sort_by(|a, b| a.cid.cmp(&b.cid));

    // Preferences (private: only with a sign-in), the DID document and its history: small, read
    // into memory and written with the manifest.
    let now = crate::runtime::unix_now();
    let preferences = if signed_in { Some(source.client.get_preferences().await?) } else { None };
    let (_, document) = source.resolver.document_with_json(source.did).await?;
    let plc_log = match source.did.starts_with("did:plc:") {
        true => Some(source.resolver.plc_audit_log(source.did).await?),
        false => None,
    };
    let kept_preferences = previous
        .as_ref()
        .filter(|p| p.preferences)
        .map(|p| p.preferences_taken_at.clone().unwrap_or_else(|| p.taken_at.clone()));
    report.preferences_taken_at = match &preferences {
        Some(_) => Some(rfc3339(now)),
        None => kept_preferences,
    };
    report.preferences = report.preferences_taken_at.is_some();
    report.plc_audit_log = plc_log.is_some();
    if !signed_in {
        report.left_out.push(match &report.preferences_taken_at {
            Some(at) => {
                format!("the preferences (private; the folder keeps those of {at}, the last backup with a sign-in)")
            }
            None => "the preferences (private; no backup into this folder was signed in yet)".to_owned(),
        });
    }

    if !report.failed.is_empty() {
        // The previous backup stays as it was; the blobs saved are kept for the next run.
        repo.writer.abort().await;
        return Ok(report);
    }
    repo.writer.commit().await.map_err(|e| folder_err(folder, e))?;
    if let Some(preferences) = &preferences {
        write_json(folder, folder::PREFERENCES, preferences).await?;
    }
    write_json(folder, folder::DID_DOCUMENT, &document).await?;
    if let Some(log) = &plc_log {
        write_json(folder, folder::PLC_AUDIT_LOG, log).await?;
    }
    let mut earlier = previous.as_ref().map(|p| p.earlier.clone()).unwrap_or_default();
    earlier.extend(previous.as_ref().map(|p| p.taken_at.clone()));
    let manifest = Manifest {
        format: FORMAT,
        did: source.did.to_owned(),
        handle: source.handle.map(str::to_owned),
        pds: source.pds.to_owned(),
        repo_rev: Some(rev),
        repo_size: repo.size,
        repo_sha256: repo.sha256,
        signed_in,
        preferences: report.preferences,
        preferences_taken_at: report.preferences_taken_at.clone(),
        plc_audit_log: report.plc_audit_log,
        blobs,
        taken_at: rfc3339(now),
        taken_at_unix: now,
        earlier,
    };
    write_json(folder, folder::MANIFEST, &manifest).await?;
    report.manifest_written = true;
    Ok(report)
}

async fn write_json<T: Serialize>(folder: &BackupFolder, name: &str, value: &T) -> Result<(), BackupError> {
    let bytes = serde_json::to_vec_pretty(value).map_err(|e| folder_err(folder, e))?;
    folder.write(name, bytes).await.map_err(|e| folder_err(folder, e))
}

/// The repository downloaded into `repo.car`, not yet committed: the previous backup's copy stays
/// until the new backup is whole.
struct PendingRepo {
    writer: Box<dyn tektite_platform::CacheWriter>,
    size: u64,
    sha256: String,
}

/// Streams the repository into an uncommitted `repo.car` (see [`PendingRepo`]).
async fn save_repo(client: &XrpcClient, did: &str, folder: &BackupFolder) -> Result<PendingRepo, BackupError> {
    let download = client.get_repo(did, None).await?;
    let mut writer =
        folder.files().create(folder::REPO, download.content_length).await.map_err(|e| folder_err(folder, e))?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut stream = download.stream;
    loop {
        let chunk = match stream.try_next().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => {
                writer.abort().await;
                return Err(e.into());
            }
        };
        hasher.update(&chunk);
        size += chunk.len() as u64;
        if let Err(e) = writer.write(chunk).await {
            writer.abort().await;
            return Err(folder_err(folder, e));
        }
    }
    Ok(PendingRepo { writer, size, sha256: hex(&hasher.finalize()) })
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

struct BlobSaved {
    entry: ManifestBlob,
    downloaded: bool,
    /// A copy was in the folder but did not match its CID.
    was_damaged: bool,
    attempts: u32,
}

/// What a backup folder holds of one blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeldCopy {
    /// Its bytes hash to the CID: this many of them.
    Whole(u64),
    /// A copy is there, but its bytes do not hash to the CID.
    Damaged,
    Missing,
}

/// Whether the folder's copy of `cid` is whole (its bytes re-hashed), damaged or missing.
pub(crate) async fn held_copy(folder: &BackupFolder, cid: &BlobCid) -> Result<HeldCopy, String> {
    let Some(reader) = folder.blobs().open(&cid.to_string()).await.map_err(|e| e.to_string())? else {
        return Ok(HeldCopy::Missing);
    };
    let mut hasher = CidHasher::new();
    let mut stream = reader.stream;
    while let Some(chunk) = stream.next().await {
        hasher.update(&chunk.map_err(|e| e.to_string())?);
    }
    let size = hasher.len();
    Ok(if hasher.matches(cid).0 { HeldCopy::Whole(size) } else { HeldCopy::Damaged })
}

/// One blob: kept when the folder's copy matches, else downloaded (verified while written).
/// `previous_type`: its content type in the previous manifest (a kept copy is not asked for again).
async fn save_blob(
    client: &XrpcClient,
    did: &str,
    cid_text: &str,
    previous_type: Option<&str>,
    folder: &BackupFolder,
    progress: &dyn ProgressSink,
) -> Result<BlobSaved, String> {
    let cid: BlobCid = cid_text.parse().map_err(|e: crate::cid::CidError| e.to_string())?;
    let held = held_copy(folder, &cid).await?;
    if let HeldCopy::Whole(size) = held {
        return Ok(BlobSaved {
            entry: ManifestBlob { cid: cid_text.to_owned(), size, mime_type: previous_type.map(str::to_owned) },
            downloaded: false,
            was_damaged: false,
            attempts: 0,
        });
    }
    let was_damaged = held == HeldCopy::Damaged;
    // The engine's one retry loop: backoff between downloads, a damaged body fetched again (a
    // flipped byte in transit is a transport fault), at most [`ATTEMPTS`] downloads.
    let policy = RetryPolicy { max_attempts: ATTEMPTS, ..client.retry_policy().clone() };
    let attempts = Cell::new(0u32);
    let on_wait = |failure: &Failure<String>, wait: Wait| {
        if let Wait::Backoff { attempt, delay } = wait {
            progress.emit(ProgressEvent::Retrying {
                cid: Some(cid_text.to_owned()),
                attempt,
                delay_secs: delay.as_secs_f64(),
                reason: failure.error().clone(),
            });
        }
    };
    let downloaded = retry(
        &policy,
        |f| f.advice(|_| RetryAdvice::Backoff),
        on_wait,
        || {
            attempts.set(attempts.get() + 1);
            download_blob(client, did, &cid, folder, progress)
        },
    )
    .await;
    match downloaded {
        Ok((size, mime_type)) => Ok(BlobSaved {
            entry: ManifestBlob { cid: cid_text.to_owned(), size, mime_type },
            downloaded: true,
            was_damaged,
            attempts: attempts.get(),
        }),
        Err(Failure::Final(message)) => Err(message),
        Err(Failure::Retryable(message)) => Err(format!("{message} (after {} downloads)", attempts.get())),
    }
}

async fn download_blob(
    client: &XrpcClient,
    did: &str,
    cid: &BlobCid,
    folder: &BackupFolder,
    progress: &dyn ProgressSink,
) -> Result<(u64, Option<String>), Failure<String>> {
    let text = cid.to_string();
    let download = client.get_blob(did, &text).await.map_err(|e| {
        let message = e.to_string();
        if e.advice() != RetryAdvice::Never {
            Failure::Retryable(message)
        } else {
            Failure::Final(message)
        }
    })?;
    progress.emit(ProgressEvent::BlobStarted { cid: text.clone(), size: download.content_length, from_cache: false });
    let mut writer = folder
        .blobs()
        .create(&text, download.content_length)
        .await
        .map_err(|e| Failure::Final(format!("{}: {e}", folder.place)))?;
    let mut hasher = CidHasher::new();
    let mut stream = download.stream;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| Failure::Retryable(e.to_string()))?;
        hasher.update(&chunk);
        writer.write(chunk).await.map_err(|e| Failure::Final(format!("{}: {e}", folder.place)))?;
        progress.emit(ProgressEvent::BlobBytes {
            cid: text.clone(),
            downloaded: hasher.len(),
            uploaded: hasher.len(),
            size: download.content_length,
        });
    }
    let size = hasher.len();
    let (matches, got) = hasher.matches(cid);
    if !matches {
        writer.abort().await;
        return Err(Failure::Retryable(format!("the download was damaged: its bytes hash to {got}")));
    }
    writer.commit().await.map_err(|e| Failure::Final(format!("{}: {e}", folder.place)))?;
    Ok((size, download.content_type))
}
