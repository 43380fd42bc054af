//! The way back: a backup brought up on a new PDS when the old one is gone, with nothing from the
//! old server, only the backup and the user's recovery key (a rotation key of the identity).
//!
//! ```text
//! point_identity   PLC op signed by the recovery key: the #atproto key becomes the recovery key,
//!                  so the new PDS accepts a service-auth token we sign for createAccount
//! create_account   on the new PDS with the existing DID (it starts deactivated)
//! import_repo      repo.car from the backup
//! blobs            every blob the new PDS misses, re-hashed from the backup, then uploaded
//! preferences      preferences.json
//! move_identity    PLC op signed by the recovery key: the new PDS's recommended credentials,
//!                  the recovery key first among the rotation keys
//! activate         activateAccount
//! ```
//! Each step is saved as done (`restore/<did>` in the platform's key-value store) and is safe to
//! run again: a run stopped anywhere continues where it was. Identity operations go straight to
//! the PLC directory, which checks them (signature by a current rotation key, `prev`, shape).

use futures::StreamExt;
use serde::{Deserialize, Serialize};
use tektite_i18n::tr;
use tektite_platform::{LockError, Platform};

use super::folder::{self, BackupFolder};
use super::verify::{read_manifest, VerifyError};
use crate::cid::BlobCid;
use crate::identity::{IdentityError, Resolver};
use crate::identity_signing::{next_operation, service_auth_token, sign_operation, IdentityChange, SigningError};
use crate::progress::{ProgressEvent, ProgressSink};
use crate::recovery_key::RecoveryKey;
use crate::strategy::sizing::DEFAULT_CHUNK;
use crate::strategy::storage::{upload_cached, StaleCopy};
use crate::transport;
use crate::xrpc::api::CreateAccountInput;
use crate::xrpc::{XrpcClient, XrpcError};

/// Blobs uploaded at once.
const CONCURRENCY: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestoreStep {
    PointIdentity,
    CreateAccount,
    ImportRepo,
    Blobs,
    Preferences,
    MoveIdentity,
    Activate,
}

impl RestoreStep {
    pub const ALL: [RestoreStep; 7] = [
        RestoreStep::PointIdentity,
        RestoreStep::CreateAccount,
        RestoreStep::ImportRepo,
        RestoreStep::Blobs,
        RestoreStep::Preferences,
        RestoreStep::MoveIdentity,
        RestoreStep::Activate,
    ];

    /// What the step does, in words.
    pub fn describe(self) -> String {
        match self {
            RestoreStep::PointIdentity => tr!("restore-step-point-identity"),
            RestoreStep::CreateAccount => tr!("restore-step-create-account"),
            RestoreStep::ImportRepo => tr!("restore-step-import-repo"),
            RestoreStep::Blobs => tr!("restore-step-blobs"),
            RestoreStep::Preferences => tr!("restore-step-preferences"),
            RestoreStep::MoveIdentity => tr!("restore-step-move-identity"),
            RestoreStep::Activate => tr!("restore-step-activate"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error(transparent)]
    Backup(#[from] VerifyError),
    #[error("{did} is a did:web identity: restore it by publishing a did.json that names the new PDS; this restore handles did:plc identities")]
    NotPlc { did: String },
    #[error("the key in the recovery key file ({key}) is not a rotation key of {did} (its keys: {keys:?}); use the file written when the key was added")]
    NotARotationKey { did: String, key: String, keys: Vec<String> },
    #[error("the backup is damaged: {0}; run `backup --verify` on it")]
    Damaged(String),
    #[error("{step}: {source}", step = .step.describe())]
    Step { step: RestoreStep, source: XrpcError },
    #[error(transparent)]
    Identity(#[from] IdentityError),
    #[error(transparent)]
    Signing(#[from] SigningError),
    #[error("the new PDS still misses {count} blobs after the upload (first: {first}); run again to retry")]
    BlobsMissing { count: usize, first: String },
    #[error("the resume state could not be saved ({0}); fix the state folder and run again")]
    State(String),
    /// Another run holds this account's lock: nothing was changed.
    #[error(transparent)]
    Locked(#[from] LockError),
}

impl RestoreError {
    /// Input the user must change (the key file, the backup, the kind of identity).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            RestoreError::NotPlc { .. }
                | RestoreError::NotARotationKey { .. }
                | RestoreError::Backup(_)
                | RestoreError::Locked(_)
        ) || matches!(self, RestoreError::Step { source, .. } if source.status() == Some(400))
    }
}

/// What the restore needs.
pub struct RestoreConfig {
    pub backup: BackupFolder,
    pub new_pds: String,
    pub new_handle: String,
    pub new_email: String,
    pub new_password: String,
    pub invite_code: Option<String>,
    pub key: RecoveryKey,
    pub resolver: Resolver,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SavedRestore {
    did: String,
    new_pds: String,
    done: Vec<RestoreStep>,
}

/// What a finished restore did.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreReport {
    pub did: String,
    pub new_pds: String,
    pub handle: String,
    pub blobs_uploaded: usize,
    pub rotation_keys: Vec<String>,
    /// Steps done by earlier runs.
    pub resumed_from: Vec<RestoreStep>,
}

fn state_key(did: &str) -> String {
    format!("restore/{did}")
}

/// Restores the backup in `config.backup` onto `config.new_pds` (see the module docs), its state in
/// `platform.kv`, holding the account's lock (`platform.locks`) throughout.
pub async fn restore(
    config: &RestoreConfig,
    platform: &Platform,
    progress: std::sync::Arc<dyn ProgressSink>,
) -> Result<RestoreReport, RestoreError> {
    let manifest = read_manifest(&config.backup).await?;
    let did = manifest.did.clone();
    if !did.starts_with("did:plc:") {
        return Err(RestoreError::NotPlc { did });
    }
    let _lock = platform.locks.try_lock(&did, "restore").await?;
    let kv = &*platform.kv;
    let key_did = config.key.did_key();
    let keys = config.resolver.plc_rotation_keys(&did).await?;
    if !keys.contains(&key_did) {
        return Err(RestoreError::NotARotationKey { did, key: key_did, keys });
    }
    let mut saved: SavedRestore =
        match kv.get(&state_key(&did)).await.map_err(|e| RestoreError::State(e.to_string()))? {
            Some(bytes) => serde_json::from_slice(&bytes).unwrap_or_default(),
            None => SavedRestore::default(),
        };
    if saved.new_pds != config.new_pds {
        saved = SavedRestore { did: did.clone(), new_pds: config.new_pds.clone(), done: Vec::new() };
    }
    let resumed_from = saved.done.clone();
    let client = XrpcClient::new(&config.new_pds, progress.clone())
        .map_err(|e| RestoreError::Step { step: RestoreStep::CreateAccount, source: e })?;
    let step_err = |step: RestoreStep| move |source: XrpcError| RestoreError::Step { step, source };
    let mut blobs_uploaded = 0;

    for step in RestoreStep::ALL {
        // Every step after the account exists needs its session.
        if step > RestoreStep::CreateAccount && client.session().is_none() {
            client
                .create_session(&did, &config.new_password, None)
                .await
                .map_err(step_err(RestoreStep::CreateAccount))?;
        }
        if saved.done.contains(&step) {
            continue;
        }
        match step {
            RestoreStep::PointIdentity => point_identity(config, &did).await?,
            RestoreStep::CreateAccount => create_account(config, &client, &did).await.map_err(step_err(step))?,
            RestoreStep::ImportRepo => {
                let reader = config
                    .backup
                    .files()
                    .open(folder::REPO)
                    .await
                    .map_err(|e| RestoreError::Damaged(e.to_string()))?
                    .ok_or_else(|| RestoreError::Damaged("repo.car is missing".into()))?;
                let body = transport::repo_body(reader.stream, Some(reader.size))
                    .await
                    .map_err(|e| RestoreError::Damaged(e.to_string()))?;
                client.import_repo(body).await.map_err(step_err(step))?;
            }
            RestoreStep::Blobs => blobs_uploaded = upload_blobs(config, &client, &manifest, &*progress).await?,
            RestoreStep::Preferences => {
                if let Some(bytes) =
                    config.backup.read(folder::PREFERENCES).await.map_err(|e| RestoreError::Damaged(e.to_string()))?
                {
                    let preferences: serde_json::Value = serde_json::from_slice(&bytes)
                        .map_err(|e| RestoreError::Damaged(format!("preferences.json: {e}")))?;
                    client.put_preferences(&preferences).await.map_err(step_err(step))?;
                }
            }
            RestoreStep::MoveIdentity => move_identity(config, &client, &did).await?,
            RestoreStep::Activate => client.activate_account().await.map_err(step_err(step))?,
        }
        saved.done.push(step);
        let bytes = serde_json::to_vec(&saved).map_err(|e| RestoreError::State(e.to_string()))?;
        kv.put(&state_key(&did), &bytes).await.map_err(|e| RestoreError::State(e.to_string()))?;
    }
    Ok(RestoreReport {
        did: did.clone(),
        new_pds: config.new_pds.clone(),
        handle: config.new_handle.clone(),
        blobs_uploaded,
        rotation_keys: config.resolver.plc_rotation_keys(&did).await?,
        resumed_from,
    })
}

/// The identity's `#atproto` key becomes the recovery key (unless it already is), so that a
/// service-auth token signed by it is accepted by the new PDS.
async fn point_identity(config: &RestoreConfig, did: &str) -> Result<(), RestoreError> {
    let key = config.key.did_key();
    let (last, cid) = config.resolver.plc_last_operation(did).await?;
    if last.pointer("/verificationMethods/atproto").and_then(|v| v.as_str()) == Some(key.as_str()) {
        return Ok(());
    }
    let change = IdentityChange { signing_key: Some(key), ..Default::default() };
    let signed = sign_operation(&next_operation(&last, &cid, &change)?, &config.key)?;
    config.resolver.plc_submit(did, &signed).await?;
    Ok(())
}

/// The account on the new PDS for the existing DID, or a session on it when an earlier run made it.
async fn create_account(config: &RestoreConfig, client: &XrpcClient, did: &str) -> Result<(), XrpcError> {
    if client.create_session(did, &config.new_password, None).await.is_ok() {
        return Ok(());
    }
    let server = client.describe_server().await?;
    let token = service_auth_token(
        &config.key,
        did,
        &server.did,
        "com.atproto.server.createAccount",
        crate::runtime::unix_now(),
        300,
    );
    let input = CreateAccountInput {
        did: did.to_owned(),
        handle: config.new_handle.clone(),
        email: config.new_email.clone(),
        password: config.new_password.clone(),
        invite_code: config.invite_code.clone(),
    };
    client.create_account(&input, &token).await.map(drop)
}

/// Every blob the new PDS misses, re-hashed from the backup, then uploaded; the new PDS's own CID
/// must be the one asked for. Returns how many were uploaded.
async fn upload_blobs(
    config: &RestoreConfig,
    client: &XrpcClient,
    manifest: &super::Manifest,
    progress: &dyn ProgressSink,
) -> Result<usize, RestoreError> {
    let missing = crate::worklist::missing_blobs(client)
        .await
        .map_err(|source| RestoreError::Step { step: RestoreStep::Blobs, source })?;
    progress.emit(ProgressEvent::WorkListed { missing: missing.len(), inventory: manifest.blobs.len() });
    let results: Vec<Result<(), RestoreError>> = futures::stream::iter(missing.iter())
        .map(|blob| async move {
            let cid: BlobCid =
                blob.cid.parse().map_err(|e: crate::cid::CidError| RestoreError::Damaged(e.to_string()))?;
            let damaged = |why: &str| RestoreError::Damaged(format!("blob {} {why}", blob.cid));
            let reader = config
                .backup
                .blobs()
                .open(&blob.cid)
                .await
                .map_err(|e| damaged(&format!("cannot be read from the backup: {e}")))?
                .ok_or_else(|| damaged("is not in the backup"))?;
            let size = reader.size;
            let mime = manifest.blob(&blob.cid).and_then(|b| b.mime_type.clone());
            progress.emit(ProgressEvent::BlobStarted { cid: blob.cid.clone(), size: Some(size), from_cache: true });
            // The storage strategy's way with a verified copy: checked against the CID while it is
            // sent (natively) or sent as the storage's own file after a hash (browser), so a blob is
            // read once and never held whole in (wasm) memory.
            let mime = mime.as_deref().unwrap_or("application/octet-stream");
            let uploaded = upload_cached(client, reader, &cid, DEFAULT_CHUNK, mime, |_| {})
                .await
                .map_err(|StaleCopy| damaged("does not match its CID in the backup"))?
                .map_err(|source| RestoreError::Step { step: RestoreStep::Blobs, source })?;
            if uploaded.cid != blob.cid {
                return Err(damaged(&format!("was stored by the new PDS as {}", uploaded.cid)));
            }
            progress.emit(ProgressEvent::BlobFinished {
                outcome: crate::outcome::BlobOutcome {
                    cid: blob.cid.clone(),
                    status: crate::outcome::BlobStatus::Migrated { size, from_cache: true, attempts: 1 },
                },
            });
            Ok(())
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let uploaded = results.iter().filter(|r| r.is_ok()).count();
    if let Some(err) = results.into_iter().find_map(Result::err) {
        return Err(err);
    }
    let still = crate::worklist::missing_blobs(client)
        .await
        .map_err(|source| RestoreError::Step { step: RestoreStep::Blobs, source })?;
    if let Some(first) = still.first() {
        return Err(RestoreError::BlobsMissing { count: still.len(), first: first.cid.clone() });
    }
    Ok(uploaded)
}

/// The identity names the new PDS (its recommended credentials), the recovery key first among
/// the rotation keys, then the new PDS's.
async fn move_identity(config: &RestoreConfig, client: &XrpcClient, did: &str) -> Result<(), RestoreError> {
    let recommended = client
        .get_recommended_did_credentials()
        .await
        .map_err(|source| RestoreError::Step { step: RestoreStep::MoveIdentity, source })?;
    let strings = |pointer: &str| -> Vec<String> {
        recommended
            .pointer(pointer)
            .and_then(|v| v.as_array())
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    };
    let text = |pointer: &str| recommended.pointer(pointer).and_then(|v| v.as_str()).map(str::to_owned);
    let rotation_keys = crate::protect::keys_with_first(&config.key.did_key(), &strings("/rotationKeys"));
    let change = IdentityChange {
        rotation_keys: Some(rotation_keys),
        signing_key: text("/verificationMethods/atproto"),
        also_known_as: Some(strings("/alsoKnownAs")),
        pds_endpoint: text("/services/atproto_pds/endpoint"),
    };
    let (last, cid) = config.resolver.plc_last_operation(did).await?;
    let next = next_operation(&last, &cid, &change)?;
    let unchanged =
        ["rotationKeys", "verificationMethods", "alsoKnownAs", "services"].iter().all(|f| last.get(*f) == next.get(*f));
    if !unchanged {
        config.resolver.plc_submit(did, &sign_operation(&next, &config.key)?).await?;
    }
    Ok(())
}
