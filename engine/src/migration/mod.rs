//! The whole account move, as a resumable state machine (ATPROTO.md, "The migration, step by step").
//!
//! ```text
//! connect:  sign in to the old PDS (handle or DID → DID, DID document), describeServer on the new
//!           one, load or create the saved state `migration/<did>`, sign in to the new PDS when the
//!           account exists there
//! advance:  create_account → import_repo → blobs → preferences → [confirmation] →
//!           request_plc_token → [PLC token] → plc_operation → activate_new → deactivate_old
//! ```
//!
//! Every step is saved as done in the platform's [`KvStore`](tektite_platform::KvStore) right after
//! it succeeds, and every step is safe to run again (an existing account is signed in to, a repo
//! import is idempotent, the blob work list comes from the new PDS, a PLC operation already applied
//! is detected from the DID document), so a run stopped anywhere — a crash, a kill, days — continues
//! at the step it was in.
//!
//! [`Migrator::advance`] runs as far as it can and returns an [`Outcome`]: done, or waiting for
//! something only the user can give — a confirmation before the irreversible steps (the summary says
//! what will happen), or the token the old PDS emailed. The caller gets it and calls `advance` again
//! (possibly in another process, another day). The PLC steps are refused while the new PDS still
//! misses a blob.

mod did_web;
mod plc;
pub mod state;
mod waits_noted;

use std::sync::Arc;
use tektite_i18n::tr;

use serde::Serialize;
use tektite_platform::{AccountLock, LockError, Platform, PlatformError};

use crate::account::{self, AccountError, Login, Secret, Side, SignInError};
use crate::blobs::BlobStep;
use crate::outcome::BlobFailureKind;
use crate::plan::{MigrationPlan, PlanOptions};
use crate::progress::ProgressSink;
use crate::retry::{retry, Failure, RetryPolicy, Wait};
use crate::runtime::unix_now;
use crate::strategy::selection::human_bytes;
use crate::strategy::MigrationContext;
use crate::transport;
use crate::worklist;
use crate::xrpc::api::{CreateAccountInput, RecordBlob};
use crate::xrpc::{Session, XrpcClient, XrpcError};

use crate::identity;
pub use crate::identity::{DidDocument, Resolver, DEFAULT_HANDLE_RESOLVER, DEFAULT_PLC_URL};
pub use did_web::DidWebUpdate;
pub use plc::is_did_key;
pub use state::{Deactivation, MigrationState, MigrationStore, SavedWait, Step};

/// The PLC token's validity, as the reference PDS sets it.
pub const PLC_TOKEN_VALID_SECS: u64 = 15 * 60;
/// Lifetime asked for the service-auth token of `createAccount` (the PDS allows at most one hour).
const SERVICE_AUTH_SECS: u64 = 59 * 60;
/// Attempts for a one-shot streamed `importRepo`.
const IMPORT_ATTEMPTS: u32 = 3;

/// What the user wants moved where.
#[derive(Debug, Clone)]
pub struct MigrationConfig {
    /// Where to sign in to the old account: its PDS, or an entryway such as `https://bsky.social`.
    /// `None`: the PDS its DID document names. Either way data calls go to the PDS the document
    /// names (the document wins over a typed address, and the user is told).
    pub old_pds: Option<String>,
    /// The account on the old PDS: handle or DID.
    pub old_id: String,
    /// The new PDS.
    pub new_pds: String,
    pub new_handle: String,
    pub new_email: String,
    pub invite_code: Option<String>,
    /// Where handles and DID documents are looked up (the public PLC directory and resolver
    /// unless testing).
    pub resolver: Resolver,
    /// How blobs are moved (strategy, concurrency, chunk size; `None` = decide).
    pub plan: PlanOptions,
    /// A rotation key the user holds (`did:key:…`), put first in the DID document so that its
    /// holder can sign changes without any PDS.
    pub recovery_key: Option<String>,
    /// The user accepts losing any blobs that can never be moved (gone at the source, too large
    /// for the new PDS; the CLI's `--accept-missing-blobs`); without it the move stops before the
    /// identity steps with [`MigrationError::UnmovableBlobs`], and only the blobs named in
    /// [`Input::accept_missing`] may be left behind.
    pub accept_missing_blobs: bool,
}

/// A blob that can never be moved, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnmovableBlob {
    pub cid: String,
    /// The record that uses it.
    pub record_uri: String,
    /// Its size as the record states it, when the record could be read.
    pub size: Option<u64>,
    pub reason: String,
}

impl UnmovableBlob {
    /// One line: which blob, how large, used where, why it cannot move.
    pub fn describe(&self) -> String {
        let size = self.size.map(|n| format!(", {n} bytes")).unwrap_or_default();
        format!("{}{size} used by {}: {}", self.cid, self.record_uri, self.reason)
    }
}

/// Secrets for one run. Never saved.
#[derive(Clone)]
pub struct Credentials {
    /// The old account's password. With [`Credentials::old_session`] it is optional (empty when not
    /// given) and used for one call only: deactivating the old account, which OAuth cannot do.
    pub old_password: String,
    /// The two-factor code the old PDS emailed, when it asked for one.
    pub old_auth_factor: Option<String>,
    /// The password of the account on the new PDS.
    pub new_password: String,
    /// A session of the old account made through its own server (OAuth), instead of its password.
    pub old_session: Option<Session>,
}

/// What the user has given so far in this run.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The user has seen the [`MigrationSummary`] and agreed to the irreversible steps.
    pub confirmed: bool,
    /// The token the old PDS emailed after `requestPlcOperationSignature`.
    pub plc_token: Option<String>,
    /// Blobs the user agreed to leave behind after seeing [`MigrationError::UnmovableBlobs`]: the
    /// move goes on only when every unmovable blob is among them (exactly those, no others).
    pub accept_missing: Vec<String>,
}

/// Where [`Migrator::advance`] stopped.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Every step is done.
    Complete(MigrationSummary),
    /// Data and blobs are complete; the next steps are irreversible. Show the summary and call
    /// `advance` again with `confirmed: true`.
    NeedsConfirmation(MigrationSummary),
    /// The old PDS emailed a token (now, or earlier within its validity); call `advance` again with it.
    NeedsPlcToken { email: String, email_sent_now: bool, expires_unix: u64 },
    /// A `did:web` account: the user must publish the document described (new PDS, its signing
    /// key, the new handle); call `advance` again once it is published.
    NeedsDidWebUpdate(Box<DidWebUpdate>),
    /// The old account signed in by OAuth, which may not deactivate it, and no password was given
    /// for that one call: the person deactivates it on the old PDS's own page (`account_page`),
    /// then `advance` is called again and sees it deactivated (or is given the password).
    NeedsOldDeactivation { old_pds: String, account_page: String },
}

/// What a migration is about and where it stands: shown before the irreversible steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct MigrationSummary {
    pub did: String,
    pub old_pds: String,
    pub old_handle: String,
    pub new_pds: String,
    pub new_pds_did: String,
    pub new_handle: String,
    pub new_email: String,
    /// The PDS the DID document currently names, when it could be read.
    pub did_document_pds: Option<String>,
    /// Records the new PDS has indexed (`checkAccountStatus`).
    pub records: Option<u64>,
    pub blobs_expected: Option<u64>,
    pub blobs_imported: Option<u64>,
    pub blobs_missing: Option<usize>,
    pub new_account_active: Option<bool>,
    pub steps_done: Vec<Step>,
    pub next_step: Option<Step>,
    /// What the remaining irreversible steps will do, in words.
    pub irreversible: Vec<String>,
    /// Blobs the user accepted to lose (they can never be moved).
    pub accepted_missing: Vec<String>,
    /// The rotation keys the DID document will have after the identity update (the user's kept,
    /// in order, ahead of the new PDS's), when they could be worked out.
    pub rotation_keys: Option<Vec<String>>,
    /// How the old account was deactivated, once it was.
    #[serde(default)]
    pub old_deactivated_by: Option<Deactivation>,
}

/// Step-level progress. Blob-level progress goes through [`ProgressSink`] as usual.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum StepEvent {
    StepStarted {
        step: Step,
        description: String,
    },
    StepFinished {
        step: Step,
    },
    /// Something the user should know that is not an error (an account that already existed, ...).
    Note {
        step: Option<Step>,
        text: String,
    },
    /// The blob phase's plan (strategy, counts, why).
    BlobPlan {
        plan: Box<MigrationPlan>,
    },
    /// Waiting for the PLC token the old PDS emailed to `email`.
    WaitingForPlcToken {
        email: String,
        email_sent_now: bool,
        expires_unix: u64,
    },
}

/// Receives [`StepEvent`]s; must not block.
pub trait StepSink: Send + Sync {
    fn step_event(&self, event: StepEvent);
}

impl<F: Fn(StepEvent) + Send + Sync> StepSink for F {
    fn step_event(&self, event: StepEvent) {
        self(event)
    }
}

/// Why a migration could not go on. [`MigrationError::is_bad_input`] tells the user's mistakes
/// (nothing changed; fix and run again) from failures (run again later to retry).
#[derive(Debug, Clone, thiserror::Error)]
pub enum MigrationError {
    #[error("{side}: {source}")]
    Account { side: Side, source: AccountError },
    #[error("the DID document of {did} already names {pds}, the new PDS: the account has moved. To finish a move started on another machine, give the old PDS's address")]
    AlreadyMoved { did: String, pds: String },
    #[error("{} can never be moved ({}); the identity moves only if you accept losing exactly these (--accept-missing-blobs)", if blobs.len() == 1 { "1 blob".to_owned() } else { format!("{} blobs", blobs.len()) }, blobs.iter().map(UnmovableBlob::describe).collect::<Vec<_>>().join("; "))]
    UnmovableBlobs { blobs: Vec<UnmovableBlob> },
    #[error("the identity update the old PDS signed is not the one planned ({detail}); it was not submitted and nothing changed")]
    OperationMismatch { detail: String },
    #[error("`{key}` is not a did:key; a recovery key looks like did:key:zQ3s…")]
    BadRecoveryKey { key: String },
    #[error("{}", handle_not_ready(handle, did, domains, found.as_deref()))]
    HandleNotReady { handle: String, did: String, domains: Vec<String>, found: Option<String> },
    #[error("{host} requires an invite code for new accounts; pass one")]
    InviteCodeRequired { host: String },
    #[error("{host} requires phone verification for new accounts, which Tektite cannot do")]
    PhoneVerificationRequired { host: String },
    #[error("a migration of {did} to another PDS ({other}) was started earlier and has created the account there; finish it with that PDS, or delete the saved state to start over")]
    OtherTarget { did: String, other: String },
    #[error("{step} ({}): {source}", step.describe())]
    Step { step: Step, source: XrpcError },
    #[error("the new PDS still misses {missing} blobs after the blob phase{}; run again to retry them", if failures.is_empty() { String::new() } else { format!(" ({})", failures.join("; ")) })]
    BlobsIncomplete { missing: usize, failures: Vec<String> },
    #[error("refusing to {}: the new PDS still misses {missing} blobs; the identity moves only after all data is there", step.describe())]
    DataIncomplete { step: Step, missing: usize },
    #[error("{}", if *expired { format!("the code from the email has expired ({detail}); a new one is emailed when you run again without it") } else { format!("that code is not right ({detail}); check the email and try again (it stays valid for 15 minutes)") })]
    PlcTokenRejected { detail: String, expired: bool },
    #[error("local state: {0}")]
    Storage(String),
    #[error("{host} holds an account for {did} but no repository: an account creation there failed after another had begun (two moves started at once, on two machines), and the reference PDS then deletes the repository of the account the other made. Tektite cannot repair that from outside: ask the operator of {host} to delete the account {did} (com.atproto.admin.deleteAccount), then run the same command again, or move to another PDS. Your identity has not moved: the old account still holds everything")]
    TargetWithoutRepo { host: String, did: String },
    /// Another run holds this account's lock (or the lock could not be used): nothing was changed.
    #[error(transparent)]
    Locked(#[from] LockError),
}

impl From<PlatformError> for MigrationError {
    fn from(e: PlatformError) -> Self {
        MigrationError::Storage(e.to_string())
    }
}

impl MigrationError {
    /// Whether the user's input is at fault (exit 2 in the CLI); nothing irreversible happened.
    pub fn is_bad_input(&self) -> bool {
        match self {
            MigrationError::Account { source, .. } => source.is_bad_input(),
            MigrationError::InviteCodeRequired { .. }
            | MigrationError::HandleNotReady { .. }
            | MigrationError::PlcTokenRejected { .. }
            | MigrationError::AlreadyMoved { .. }
            | MigrationError::BadRecoveryKey { .. }
            | MigrationError::PhoneVerificationRequired { .. }
            | MigrationError::OtherTarget { .. }
            | MigrationError::Locked(_) => true,
            MigrationError::Step { step: Step::CreateAccount, source } => matches!(
                source.error_name(),
                Some(
                    "InvalidHandle"
                        | "HandleNotAvailable"
                        | "UnsupportedDomain"
                        | "InvalidInviteCode"
                        | "InvalidEmail"
                        | "InvalidPassword"
                        | "IncompatibleDidDoc"
                )
            ),
            _ => false,
        }
    }
}

/// The answer of a PDS whose account has no repository (the reference PDS: 400 `NotFound` or
/// `RepoNotFound`, "Repo not found").
fn repo_missing(e: &XrpcError) -> bool {
    match e {
        XrpcError::Status { error, message, .. } => {
            matches!(error.as_deref(), Some("RepoNotFound"))
                || (matches!(error.as_deref(), Some("NotFound" | "InvalidRequest"))
                    && message.as_deref().is_some_and(|m| m.to_ascii_lowercase().contains("repo not found")))
        }
        _ => false,
    }
}

fn step_err(step: Step) -> impl Fn(XrpcError) -> MigrationError {
    move |source| MigrationError::Step { step, source }
}

/// Both sides signed in, and the saved state of this DID's migration.
pub struct Migrator {
    config: MigrationConfig,
    credentials: Credentials,
    platform: Platform,
    store: MigrationStore,
    source: Arc<XrpcClient>,
    target: Arc<XrpcClient>,
    progress: Arc<dyn ProgressSink>,
    steps: Arc<dyn StepSink>,
    state: MigrationState,
    old_handle: String,
    did_doc: Option<DidDocument>,
    invite_required: bool,
    /// The new PDS's upload limit, where its `describeServer` states one.
    blob_upload_limit: Option<u64>,
    /// The PLC token email was requested by this `Migrator` (for the message: "has emailed" now).
    emailed_now: bool,
    /// The blobs the user accepted to lose in the current `advance` ([`Input::accept_missing`]).
    accepting: Vec<String>,
    /// This account's lock, held while the `Migrator` lives: one run per account.
    _lock: AccountLock,
    /// The latest wait a server asked for (see [`waits_noted`]).
    waits: tokio::sync::watch::Receiver<Option<SavedWait>>,
}

/// Where the old account signs in: the address given, else where its DID document says. Once the
/// identity has moved the document names the new PDS, and only this machine's saved move still
/// knows the old one (an OAuth sign-in asks this too: the old PDS's own server signs it in).
pub async fn old_sign_in_url(config: &MigrationConfig, store: &MigrationStore) -> Result<String, MigrationError> {
    let old_err = |e: AccountError| MigrationError::Account { side: Side::Old, source: e };
    let resolver = &config.resolver;
    Ok(match &config.old_pds {
        Some(url) => url.clone(),
        None => {
            let located = match resolver.locate(&config.old_id).await {
                Ok(located) => located,
                Err(e) => match located_after_move(&e, store, resolver).await? {
                    Some(located) => located,
                    None => return Err(old_err(e.into())),
                },
            };
            let moved = identity::same_endpoint(&located.pds, &config.new_pds);
            match store.load(&located.did).await? {
                Some(st) if moved || st.is_done(Step::PlcOperation) => st.old_pds.clone(),
                _ if moved => {
                    return Err(MigrationError::AlreadyMoved { did: located.did, pds: located.pds });
                }
                _ => located.pds,
            }
        }
    })
}

/// Where a move whose old account signs in on its server's page (OAuth) stands before that sign-in.
pub enum ServerSignIn {
    /// The move waited only for the old account's deactivation, done since on its page: finished
    /// from what was saved, with no sign-in (the page of a deactivated account would reactivate
    /// it; deactivating it there also ended its OAuth sessions).
    Settled(Box<MigrationSummary>),
    /// Sign in at this PDS: the one holding the old account's data (the saved move's, once the
    /// identity points at the new one), whatever address the person gave for a password sign-in.
    At(String),
}

/// What a face does before signing the old account in on its server's page for a move (see
/// [`ServerSignIn`]); it then passes the session in [`Credentials::old_session`] and the PDS as
/// [`MigrationConfig::old_pds`].
pub async fn before_server_sign_in(
    config: &MigrationConfig,
    platform: &Platform,
) -> Result<ServerSignIn, MigrationError> {
    if let Some(summary) = settle_deactivated(config, platform).await? {
        return Ok(ServerSignIn::Settled(Box::new(summary)));
    }
    let store = MigrationStore::new(platform.kv.clone());
    let by_document = MigrationConfig { old_pds: None, ..config.clone() };
    Ok(ServerSignIn::At(old_sign_in_url(&by_document, &store).await?))
}

/// A move that signed in by OAuth and waits only for the old account to be deactivated on its own
/// page ([`Outcome::NeedsOldDeactivation`]): once the old PDS shows it deactivated (public
/// `getRepoStatus`), the move is finished from what was saved, with no sign-in at all (deactivating
/// an account on its page also ends its OAuth sessions). `None` when that is not where the saved
/// move of `config.old_id` stands, or the old account is still active.
async fn settle_deactivated(
    config: &MigrationConfig,
    platform: &Platform,
) -> Result<Option<MigrationSummary>, MigrationError> {
    let store = MigrationStore::new(platform.kv.clone());
    // After the move the old handle may resolve no more: the saved move still knows it.
    let id = config.old_id.trim().trim_start_matches('@').to_ascii_lowercase();
    let did = match config.resolver.locate(&id).await {
        Ok(located) => located.did,
        Err(e) => match located_after_move(&e, &store, &config.resolver).await? {
            Some(located) => located.did,
            None => match store.list().await?.into_iter().find(|st| st.old_handle.as_deref() == Some(id.as_str())) {
                Some(st) => st.did,
                None => return Ok(None),
            },
        },
    };
    let Some(mut state) = store.load(&did).await? else { return Ok(None) };
    if state.next_step() != Some(Step::DeactivateOld) || !identity::same_endpoint(&state.new_pds, &config.new_pds) {
        return Ok(None);
    }
    let old = XrpcClient::new(&state.old_pds, Arc::new(crate::NoProgress))
        .map_err(|e| MigrationError::Account { side: Side::Old, source: e.into() })?;
    let active = old.repo_active(&state.did).await.map_err(step_err(Step::DeactivateOld))?;
    if active {
        return Ok(None);
    }
    let _lock = platform.locks.try_lock(&state.did, "migrate").await?;
    state.old_deactivated_by = Some(Deactivation::AccountPage);
    state.mark_done(Step::DeactivateOld);
    store.save(&mut state).await?;
    Ok(Some(MigrationSummary {
        did: state.did.clone(),
        old_pds: state.old_pds.clone(),
        old_handle: state.old_handle.clone().unwrap_or_default(),
        new_pds: state.new_pds.clone(),
        new_pds_did: state.new_pds_did.clone(),
        new_handle: state.new_handle.clone(),
        new_email: state.new_email.clone(),
        did_document_pds: config.resolver.document(&state.did).await.ok().and_then(|d| d.pds_endpoint),
        records: None,
        blobs_expected: None,
        blobs_imported: None,
        blobs_missing: None,
        new_account_active: None,
        steps_done: state.done.clone(),
        next_step: None,
        irreversible: Vec::new(),
        accepted_missing: state.accepted_missing.clone(),
        rotation_keys: None,
        old_deactivated_by: state.old_deactivated_by,
    }))
}

impl Migrator {
    /// Signs in to the old PDS, describes the new one and loads (or starts) the saved state. Fails
    /// fast: nothing has been changed on either server when this fails.
    pub async fn connect(
        config: MigrationConfig,
        credentials: Credentials,
        platform: Platform,
        progress: Arc<dyn ProgressSink>,
        steps: Arc<dyn StepSink>,
    ) -> Result<Migrator, MigrationError> {
        if let Some(key) = config.recovery_key.as_deref().filter(|k| !plc::is_did_key(k)) {
            return Err(MigrationError::BadRecoveryKey { key: key.to_owned() });
        }
        let (progress, waits) = waits_noted::note_waits(progress);
        let account_err = |e: SignInError| MigrationError::Account { side: e.side, source: e.source };
        let old_err = |e: AccountError| MigrationError::Account { side: Side::Old, source: e };
        let store = MigrationStore::new(platform.kv.clone());
        let resolver = &config.resolver;
        let login_url = old_sign_in_url(&config, &store).await?;
        let secret = match &credentials.old_session {
            Some(session) => Secret::Session(session.clone()),
            None => Secret::password(&credentials.old_password, credentials.old_auth_factor.as_deref()),
        };
        let login = Login { url: Some(&login_url), id: &config.old_id, secret };
        let home = account::sign_in_home(login, Side::Old, resolver, progress.clone()).await.map_err(account_err)?;
        let target = account::quick_client(&config.new_pds, Side::New, progress.clone()).map_err(account_err)?;
        let server = target
            .describe_server()
            .await
            .map_err(|e| MigrationError::Account { side: Side::New, source: AccountError::Server(e) })?;
        let did = home.session.did.clone();
        // Before the saved state is read: what another run saved up to now is then final.
        let lock = platform.locks.try_lock(&did, "migrate").await?;
        if let Some(note) = home.route_note() {
            steps.step_event(StepEvent::Note { step: None, text: note });
        }
        let did_doc = home.document.clone();
        if did_doc.is_none() {
            steps.step_event(StepEvent::Note { step: None, text: tr!("note-no-document", did = &did) });
        }

        let fresh = || {
            MigrationState::new(&did, &home.pds, &config.new_pds, &server.did, &config.new_handle, &config.new_email)
        };
        let state = match store.load(&did).await? {
            None => fresh(),
            // A finished move to another PDS does not hold up a new one (moving on, or back).
            Some(st) if st.new_pds_did != server.did && (st.is_complete() || !st.is_done(Step::CreateAccount)) => {
                fresh()
            }
            Some(st) if st.new_pds_did != server.did => {
                return Err(MigrationError::OtherTarget { did, other: st.new_pds.clone() });
            }
            Some(mut st) => {
                // Addresses may change between runs (a proxy, another port): the DIDs decide. After
                // the identity moved, the old PDS is the one this move recorded.
                if !st.is_done(Step::PlcOperation) && !identity::same_endpoint(&home.pds, &config.new_pds) {
                    st.old_pds = home.pds.clone();
                }
                st.new_pds = config.new_pds.clone();
                if !st.is_done(Step::CreateAccount) {
                    st.new_handle = config.new_handle.clone();
                    st.new_email = config.new_email.clone();
                }
                st
            }
        };
        let mut source = home.client;
        if !identity::same_endpoint(&state.old_pds, &home.pds) {
            source.move_data_calls_to(&state.old_pds).map_err(|e| old_err(e.into()))?;
        }
        let invite_required = server.invite_code_required.unwrap_or(false);
        if !state.is_done(Step::CreateAccount) {
            if invite_required && config.invite_code.as_deref().is_none_or(|c| c.trim().is_empty()) {
                return Err(MigrationError::InviteCodeRequired { host: target.host().to_owned() });
            }
            if server.phone_verification_required.unwrap_or(false) {
                return Err(MigrationError::PhoneVerificationRequired { host: target.host().to_owned() });
            }
            check_new_handle(&state.new_handle, &did, &server.available_user_domains, resolver).await?;
        }
        let mut state = state;
        if !home.session.handle.is_empty() && state.old_handle.is_none() {
            state.old_handle = Some(home.session.handle.clone());
        }
        let mut m = Migrator {
            config,
            credentials,
            platform,
            store,
            source: Arc::new(source),
            target: Arc::new(target),
            progress,
            steps,
            state,
            old_handle: home.session.handle.clone(),
            did_doc,
            invite_required,
            blob_upload_limit: server.blob_upload_limit,
            emailed_now: false,
            accepting: Vec::new(),
            _lock: lock,
            waits,
        };
        m.save().await?;
        if m.state.is_done(Step::CreateAccount) {
            m.sign_in_new().await?;
        }
        // Sign-in failed fast on purpose; the migration itself retries patiently.
        m.set_patient();
        Ok(m)
    }

    fn set_patient(&mut self) {
        if let Some(c) = Arc::get_mut(&mut self.source) {
            account::patient(c);
        }
        if let Some(c) = Arc::get_mut(&mut self.target) {
            account::patient(c);
        }
    }

    pub fn state(&self) -> &MigrationState {
        &self.state
    }

    pub fn did(&self) -> &str {
        &self.state.did
    }

    /// What the blob step will likely face, measured on the old PDS through this migration's own
    /// session (no second sign-in) before anything changes. See [`crate::blobs::estimate`].
    pub async fn estimate_blobs(&self) -> Result<crate::blobs::BlobEstimate, XrpcError> {
        let probes = self.platform.probe.probe().await.unwrap_or_default();
        crate::blobs::estimate(&self.source, &self.state.did, &probes).await
    }

    /// Whether the new PDS wants an invite code (from `describeServer`).
    pub fn invite_required(&self) -> bool {
        self.invite_required
    }

    async fn save(&mut self) -> Result<(), MigrationError> {
        self.store.save(&mut self.state).await.map_err(Into::into)
    }

    async fn sign_in_new(&self) -> Result<Session, MigrationError> {
        account::sign_in(&self.target, &self.state.did, &self.credentials.new_password, None)
            .await
            .map_err(|source| MigrationError::Account { side: Side::New, source })
    }

    /// Where the migration stands, with fresh numbers from the new PDS where it can give them.
    pub async fn summary(&self) -> MigrationSummary {
        let signed_in = self.target.session().is_some();
        let status = if signed_in { self.target.account_status_raw().await.ok() } else { None };
        let missing = if signed_in { worklist::missing_blobs(&self.target).await.ok().map(|m| m.len()) } else { None };
        let num = |k: &str| status.as_ref().and_then(|s| s.get(k)).and_then(|v| v.as_u64());
        let irreversible = Step::ALL
            .into_iter()
            .filter(|s| s.is_irreversible() && !self.state.is_done(*s))
            .map(|s| match s {
                Step::PlcOperation if self.is_did_web() => tr!(
                    "irreversible-did-web",
                    did = &self.state.did,
                    pds = &self.state.new_pds,
                    handle = &self.state.new_handle
                ),
                Step::RequestPlcToken if self.is_did_web() => tr!("irreversible-did-web-catch-up"),
                Step::PlcOperation => tr!(
                    "irreversible-plc",
                    did = &self.state.did,
                    pds = &self.state.new_pds,
                    handle = &self.state.new_handle
                ),
                _ => tr!("irreversible-deactivate", pds = &self.state.old_pds),
            })
            .collect();
        MigrationSummary {
            did: self.state.did.clone(),
            old_pds: self.state.old_pds.clone(),
            old_handle: self.old_handle.clone(),
            new_pds: self.state.new_pds.clone(),
            new_pds_did: self.state.new_pds_did.clone(),
            new_handle: self.state.new_handle.clone(),
            new_email: self.state.new_email.clone(),
            did_document_pds: self.did_doc.as_ref().and_then(|d| d.pds_endpoint.clone()),
            records: num("indexedRecords"),
            blobs_expected: num("expectedBlobs"),
            blobs_imported: num("importedBlobs"),
            blobs_missing: missing,
            new_account_active: status.as_ref().and_then(|s| s.get("activated")).and_then(|v| v.as_bool()),
            steps_done: self.state.done.clone(),
            next_step: self.state.next_step(),
            irreversible,
            accepted_missing: self.state.accepted_missing.clone(),
            old_deactivated_by: self.state.old_deactivated_by,
            // A did:web has no rotation keys: whoever controls its web server controls it.
            rotation_keys: if self.state.is_done(Step::PlcOperation) || self.is_did_web() {
                None
            } else {
                self.planned_operation(Step::PlcOperation).await.ok().map(|p| p.rotation_keys)
            },
        }
    }

    /// Runs the remaining steps until done or until the user must give something (see [`Outcome`]).
    pub async fn advance(&mut self, input: &Input) -> Result<Outcome, MigrationError> {
        self.accepting.clone_from(&input.accept_missing);
        loop {
            let Some(step) = self.state.next_step() else {
                return Ok(Outcome::Complete(self.summary().await));
            };
            if matches!(step, Step::RequestPlcToken | Step::PlcOperation | Step::DeactivateOld) && !input.confirmed {
                return Ok(Outcome::NeedsConfirmation(self.summary().await));
            }
            if step == Step::PlcOperation && self.is_did_web() {
                self.steps.step_event(StepEvent::StepStarted { step, description: step.describe_for(&self.state.did) });
                if let Some(update) = self.did_web_update(step).await? {
                    return Ok(Outcome::NeedsDidWebUpdate(Box::new(update)));
                }
                self.finish(step).await?;
                continue;
            }
            if step == Step::PlcOperation && input.plc_token.is_none() {
                // Perhaps it was applied and the run ended before saving it.
                if self.plc_already_applied().await? {
                    self.steps.step_event(StepEvent::Note { step: Some(step), text: tr!("note-plc-already") });
                    self.finish(step).await?;
                    continue;
                }
                return self.wait_for_token().await;
            }
            if step == Step::DeactivateOld && self.source.session().is_some_and(|s| s.is_oauth()) {
                if let Some(waiting) = self.deactivate_old_without_oauth().await? {
                    return Ok(waiting);
                }
                continue;
            }
            self.steps.step_event(StepEvent::StepStarted { step, description: step.describe_for(&self.state.did) });
            if let Err(e) = self.run_step(step, input).await {
                return Err(self.explain(e).await);
            }
            self.finish(step).await?;
        }
    }

    async fn run_step(&mut self, step: Step, input: &Input) -> Result<(), MigrationError> {
        match step {
            Step::CreateAccount => self.create_account().await,
            Step::ImportRepo => self.import_repo().await,
            Step::Blobs => self.blobs().await,
            Step::Preferences => self.preferences().await,
            Step::RequestPlcToken if self.is_did_web() => self.last_catch_up(step).await,
            Step::RequestPlcToken => self.request_plc_token(input).await,
            Step::PlcOperation => self.plc_operation(input.plc_token.as_deref().unwrap_or_default()).await,
            Step::ActivateNew => self.target.activate_account().await.map_err(step_err(step)),
            Step::DeactivateOld => {
                self.source.deactivate_account().await.map_err(step_err(step))?;
                self.state.old_deactivated_by = Some(Deactivation::Password);
                Ok(())
            }
        }
    }

    /// The old account's password, given for the one call its OAuth session cannot make
    /// (deactivating it). Kept in memory for this run only, like every password.
    pub fn give_old_password(&mut self, password: String) {
        self.credentials.old_password = password;
    }

    /// The last step for an old account signed in by OAuth, which the PDS refuses to deactivate
    /// ("OAuth credentials are not supported"): with the old password, when the person gave it,
    /// Tektite signs in for that one call; otherwise the person deactivates the account on the old
    /// PDS's own page, and the step is done only once the old PDS says so (`getRepoStatus`,
    /// public). Returns the outcome to wait on, or `None` when the step is done.
    async fn deactivate_old_without_oauth(&mut self) -> Result<Option<Outcome>, MigrationError> {
        let step = Step::DeactivateOld;
        self.steps.step_event(StepEvent::StepStarted { step, description: step.describe_for(&self.state.did) });
        let old_pds = self.state.old_pds.clone();
        let seen_inactive = !self.source.repo_active(&self.state.did).await.map_err(step_err(step))?;
        if seen_inactive {
            self.steps
                .step_event(StepEvent::Note { step: Some(step), text: tr!("note-old-deactivated", pds = &old_pds) });
            self.state.old_deactivated_by.get_or_insert(Deactivation::AccountPage);
        } else if !self.credentials.old_password.is_empty() {
            let client = account::quick_client(&old_pds, Side::Old, self.progress.clone())
                .map_err(|e| MigrationError::Account { side: e.side, source: e.source })?;
            account::sign_in(
                &client,
                &self.state.did,
                &self.credentials.old_password,
                self.credentials.old_auth_factor.as_deref(),
            )
            .await
            .map_err(|source| MigrationError::Account { side: Side::Old, source })?;
            client.deactivate_account().await.map_err(step_err(step))?;
            // Only this call needed the password; the session is not kept.
            client.set_session(None);
            self.state.old_deactivated_by = Some(Deactivation::Password);
        } else {
            let account_page = format!("{}/account", old_pds.trim_end_matches('/'));
            return Ok(Some(Outcome::NeedsOldDeactivation { old_pds, account_page }));
        }
        self.finish(step).await?;
        Ok(None)
    }

    /// A new PDS that holds the account but lost its repository (see
    /// [`MigrationError::TargetWithoutRepo`]) fails every later call there, as "Repo not found" or
    /// as a 500 (the reference PDS's `importRepo` looks for the repository's key first): when a step
    /// fails so, `checkAccountStatus` (which reads the repository) settles which it is, and the
    /// person is told in words instead of failing at that step in every later run.
    async fn explain(&self, e: MigrationError) -> MigrationError {
        let MigrationError::Step { source, .. } = &e else { return e };
        let suspicious = self.state.is_done(Step::CreateAccount)
            && !self.state.is_done(Step::PlcOperation)
            && source.host() == Some(self.target.host())
            && (repo_missing(source) || source.status() == Some(500));
        if !suspicious {
            return e;
        }
        match self.target.account_status_raw().await {
            Err(status) if repo_missing(&status) => {
                MigrationError::TargetWithoutRepo { host: self.target.host().to_owned(), did: self.state.did.clone() }
            }
            _ => e,
        }
    }

    async fn finish(&mut self, step: Step) -> Result<(), MigrationError> {
        self.state.mark_done(step);
        self.save().await?;
        self.steps.step_event(StepEvent::StepFinished { step });
        Ok(())
    }

    async fn create_account(&mut self) -> Result<(), MigrationError> {
        let step = Step::CreateAccount;
        let exp = unix_now() + SERVICE_AUTH_SECS;
        let token = self
            .source
            .get_service_auth(&self.state.new_pds_did, "com.atproto.server.createAccount", exp)
            .await
            .map_err(step_err(step))?;
        let input = CreateAccountInput {
            did: self.state.did.clone(),
            handle: self.state.new_handle.clone(),
            email: self.state.new_email.clone(),
            password: self.credentials.new_password.clone(),
            invite_code: self.config.invite_code.clone().filter(|c| !c.trim().is_empty()),
        };
        match self.target.create_account(&input, &token).await {
            Ok(_) => Ok(()),
            Err(create_err) => {
                // A resumed run: the account exists already (made by an earlier run that ended before
                // saving). Signing in proves it is ours; otherwise the creation error is the answer.
                match self.sign_in_new().await {
                    Ok(_) => {
                        let status = self.target.check_account_status().await.map_err(step_err(step))?;
                        self.steps.step_event(StepEvent::Note {
                            step: Some(step),
                            text: match status.activated {
                                true => tr!("note-account-exists-active"),
                                false => tr!("note-account-exists-deactivated"),
                            },
                        });
                        Ok(())
                    }
                    Err(_) => Err(MigrationError::Step { step, source: create_err }),
                }
            }
        }
    }

    /// `getRepo` streamed straight into `importRepo` (natively the CAR is never held whole in
    /// memory; see [`transport::repo_body`]). The import body cannot be replayed, so a failed import
    /// downloads the repo again, up to [`IMPORT_ATTEMPTS`] times for transient failures; a failed
    /// download is final (`getRepo` has had its own retries).
    async fn import_repo(&mut self) -> Result<(), MigrationError> {
        self.state.copied_rev = Some(self.transfer_repo(Step::ImportRepo, None).await?);
        Ok(())
    }

    /// `getRepo` (everything, or only what changed after the revision `since`) streamed into
    /// `importRepo`. Returns the old repository's revision as it was before the copy began (what
    /// was copied is at least that).
    async fn transfer_repo(&self, step: Step, since: Option<&str>) -> Result<String, MigrationError> {
        let policy = RetryPolicy { max_attempts: IMPORT_ATTEMPTS, ..self.target.retry_policy().clone() };
        let (source, target, did) = (&self.source, &self.target, self.state.did.as_str());
        let sent = &std::cell::Cell::new(false);
        let rev = source.get_latest_commit(did).await.map_err(step_err(step))?.rev;
        retry(
            &policy,
            |f: &Failure<XrpcError>| f.advice(XrpcError::advice),
            // Rate limits are announced; backoffs here never were (the step itself is shown).
            |f, wait| {
                if let Wait::RateLimited(_) = wait {
                    target.announce_wait(f.error(), wait);
                }
            },
            || async move {
                // A failed import may have landed all the same (a proxy cut the answer, not the
                // work, e.g. a 524 after 100 s): the new PDS's revision says, before anything is
                // sent again.
                if sent.replace(true) && repo_landed(source, target, did).await {
                    return Ok(());
                }
                let download = source.get_repo(did, since).await.map_err(Failure::Final)?;
                let body =
                    transport::repo_body(download.stream, download.content_length).await.map_err(Failure::Final)?;
                target.import_repo(body).await.map_err(Failure::Retryable)
            },
        )
        .await
        .map_err(|f| MigrationError::Step { step, source: f.into_inner() })?;
        Ok(rev)
    }

    async fn blobs(&mut self) -> Result<(), MigrationError> {
        self.move_blobs(Step::Blobs).await
    }

    /// The blob step: everything the new PDS misses, until it misses nothing but blobs that can
    /// never be moved and the user accepted to lose (otherwise the error lists what is missing).
    async fn move_blobs(&mut self, step: Step) -> Result<(), MigrationError> {
        // Blobs the user accepted to lose (earlier, or just now) are not tried again here; the
        // repair can try them later.
        let mut lost: Vec<String> = self.state.accepted_missing.iter().chain(&self.accepting).cloned().collect();
        let mut blobs =
            BlobStep::prepare_without(self.blob_context(), &self.config.plan, &lost).await.map_err(step_err(step))?;
        // Blobs larger than the new PDS says it takes are found before any blob is copied (not
        // hours into the move, at their 413): the same decision as every blob that cannot move.
        let mut over_limit = Vec::new();
        if let Some(limit) = self.blob_upload_limit {
            let over = worklist::over_limit(&self.source, &blobs.work.missing, limit).await;
            if !over.is_empty() {
                let reason = format!(
                    "larger than the new PDS accepts (its upload limit is {}, as its describeServer says); ask its operator to raise it",
                    human_bytes(limit)
                );
                let unmovable = over
                    .iter()
                    .map(|(b, size)| UnmovableBlob {
                        cid: b.cid.clone(),
                        record_uri: b.record_uri.clone(),
                        size: Some(*size),
                        reason: reason.clone(),
                    })
                    .collect();
                if !self.config.accept_missing_blobs {
                    return Err(MigrationError::UnmovableBlobs { blobs: unmovable });
                }
                // Accepted: planned again without them (their uploads would only be refused).
                over_limit = over.into_iter().map(|(b, _)| b.cid).collect();
                lost.extend(over_limit.iter().cloned());
                blobs = BlobStep::prepare_without(self.blob_context(), &self.config.plan, &lost)
                    .await
                    .map_err(step_err(step))?;
            }
        }
        if blobs.work.missing.is_empty() && (!self.accepting.is_empty() || !over_limit.is_empty()) {
            // Nothing to move: only the verdict on the blobs accepted just now is needed.
            let missing = worklist::missing_blobs(&self.target).await.map_err(step_err(step))?;
            let cids = [over_limit, self.accepted_now(&missing)].concat();
            return self.record_lost(step, cids).await;
        }
        self.steps.step_event(StepEvent::BlobPlan { plan: Box::new(blobs.plan.clone()) });
        let report = {
            // While the blobs move, every wait a server asks for is saved as it begins: a run
            // stopped in a wait of hours leaves `status` saying until when.
            let run = blobs.run();
            let note = self.save_waits();
            futures::pin_mut!(run, note);
            match futures::future::select(run, note).await {
                futures::future::Either::Left((report, _)) => report,
                futures::future::Either::Right((never, _)) => match never {},
            }
        };
        // The step's waits are over (saved when the step is).
        self.state.waiting = None;
        let failures = report.failures();
        let missing = report.still_missing_blobs.map_err(step_err(step))?;
        // Gone at the source, or larger than the new PDS takes: no later run can move these.
        let unmovable: Vec<UnmovableBlob> = missing
            .iter()
            .filter(|b| !lost.contains(&b.cid))
            .filter_map(|b| {
                let f = failures.iter().find(|f| f.cid == b.cid)?;
                matches!(f.kind, BlobFailureKind::NotFound | BlobFailureKind::TooLarge).then(|| UnmovableBlob {
                    cid: b.cid.clone(),
                    record_uri: b.record_uri.clone(),
                    size: None,
                    reason: f.message.clone(),
                })
            })
            .collect();
        let others =
            missing.iter().filter(|b| !lost.contains(&b.cid) && !unmovable.iter().any(|u| u.cid == b.cid)).count();
        if others > 0 {
            return Err(MigrationError::BlobsIncomplete {
                missing: others,
                failures: failures.into_iter().take(5).map(|f| format!("{}: {}", f.cid, f.message)).collect(),
            });
        }
        if unmovable.is_empty() {
            return self.record_lost(step, [over_limit, self.accepted_now(&missing)].concat()).await;
        }
        if !self.config.accept_missing_blobs {
            let mut blobs = unmovable;
            for blob in &mut blobs {
                // The record says how large the blob was (the old PDS may no longer have it).
                blob.size = worklist::size_in_record(&self.source, &blob.record_uri, &blob.cid).await;
            }
            return Err(MigrationError::UnmovableBlobs { blobs });
        }
        // `unmovable` leaves out every blob accepted before, so the lists do not overlap.
        let mut cids: Vec<String> = unmovable.iter().map(|u| u.cid.clone()).collect();
        cids.extend(over_limit);
        cids.extend(self.accepted_now(&missing));
        self.record_lost(step, cids).await
    }

    /// Saves each new wait into the move's state as it is noted; never ends (run beside the work).
    async fn save_waits(&mut self) -> std::convert::Infallible {
        loop {
            if self.waits.changed().await.is_err() {
                // No sender any more (cannot happen while the clients live): nothing to note.
                futures::future::pending::<()>().await;
            }
            let latest = self.waits.borrow_and_update().clone();
            if latest.is_some() && latest != self.state.waiting {
                self.state.waiting = latest;
                if let Err(e) = self.save().await {
                    tracing::warn!("could not note the wait in the saved move: {e}");
                }
            }
        }
    }

    /// The blob step's view of this move: both sides, the DID, the platform, progress.
    fn blob_context(&self) -> MigrationContext {
        MigrationContext::new(
            self.source.clone(),
            self.target.clone(),
            &self.state.did,
            self.platform.clone(),
            self.progress.clone(),
        )
    }

    /// Of the blobs the new PDS still misses, those the user accepted to lose in this `advance`
    /// and not yet recorded: they join the move's record (and its report).
    fn accepted_now(&self, missing: &[RecordBlob]) -> Vec<String> {
        missing
            .iter()
            .map(|b| b.cid.clone())
            .filter(|c| self.accepting.contains(c) && !self.state.accepted_missing.contains(c))
            .collect()
    }

    async fn record_lost(&mut self, step: Step, cids: Vec<String>) -> Result<(), MigrationError> {
        if cids.is_empty() {
            return Ok(());
        }
        self.note(step, &tr!("note-accepted-lost", cids = cids.join(", ")));
        self.state.accepted_missing.extend(cids);
        self.save().await
    }

    async fn preferences(&mut self) -> Result<(), MigrationError> {
        let step = Step::Preferences;
        let prefs = match self.source.get_preferences().await {
            Ok(p) => p,
            Err(e) if no_app_view(&e) => {
                self.note(step, &tr!("note-no-preferences"));
                return Ok(());
            }
            Err(e) => return Err(MigrationError::Step { step, source: e }),
        };
        let count = prefs.as_array().map_or(0, Vec::len);
        match self.target.put_preferences(&prefs).await {
            Ok(()) => {
                self.note(step, &tr!("note-preferences-copied", count = count));
                Ok(())
            }
            Err(e) if no_app_view(&e) => {
                // Not worth blocking the move over: say so loudly, and carry on.
                self.note(
                    step,
                    &format!("the new PDS stores no preferences (no app view configured): {count} preferences were NOT copied"),
                );
                Ok(())
            }
            Err(e) => Err(MigrationError::Step { step, source: e }),
        }
    }

    fn note(&self, step: Step, text: &str) {
        self.steps.step_event(StepEvent::Note { step: Some(step), text: text.to_owned() });
    }

    /// Copies what the old account gained since its repository was copied — posts, likes, follows
    /// made while the move went on, maybe for days — and the blobs those new records use, right
    /// before the identity moves: after that, nothing posted on the old account reaches anyone.
    async fn catch_up(&mut self, step: Step) -> Result<(), MigrationError> {
        let status = self.target.account_status_raw().await.map_err(step_err(step))?;
        let records = |s: &serde_json::Value| s.get("indexedRecords").and_then(|v| v.as_u64()).unwrap_or(0);
        // Moves saved by earlier versions know only the new PDS's revision, which is later than
        // the copy: still before anything posted after it.
        let since =
            self.state.copied_rev.clone().or_else(|| status.get("repoRev").and_then(|v| v.as_str()).map(str::to_owned));
        self.state.copied_rev = Some(self.transfer_repo(step, since.as_deref()).await?);
        self.save().await?;
        let after = self.target.account_status_raw().await.map_err(step_err(step))?;
        let new = records(&after).saturating_sub(records(&status));
        if new > 0 {
            self.note(step, &tr!("note-new-records", count = new));
        }
        let missing = worklist::missing_blobs(&self.target).await.map_err(step_err(step))?;
        if missing.iter().any(|b| !self.state.accepted_missing.contains(&b.cid)) {
            self.move_blobs(step).await?;
        }
        Ok(())
    }

    /// What the identity update will say: the new PDS's recommendation, with the rotation keys the
    /// user holds kept ahead of the new PDS's and the recovery key first (see [`plc`]).
    async fn planned_operation(&self, step: Step) -> Result<plc::PlannedOperation, MigrationError> {
        let recommended = self.target.get_recommended_did_credentials().await.map_err(step_err(step))?;
        let (current, old_pds) = if self.state.did.starts_with("did:plc:") {
            let current = self
                .config
                .resolver
                .plc_rotation_keys(&self.state.did)
                .await
                .map_err(|e| MigrationError::OperationMismatch { detail: e.to_string() })?;
            let old = self.source.get_recommended_did_credentials().await.map_err(step_err(step))?;
            let old_keys = old
                .get("rotationKeys")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|k| k.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            (current, old_keys)
        } else {
            (Vec::new(), Vec::new())
        };
        plc::plan(&recommended, self.config.recovery_key.as_deref(), &current, &old_pds)
            .map_err(|detail| MigrationError::OperationMismatch { detail })
    }

    /// Refuses the identity steps until the new PDS misses nothing but blobs the user accepted to lose.
    async fn ensure_data_complete(&self, step: Step) -> Result<(), MigrationError> {
        let mut missing = worklist::missing_blobs(&self.target).await.map_err(step_err(step))?;
        missing.retain(|b| !self.state.accepted_missing.contains(&b.cid));
        if missing.is_empty() {
            Ok(())
        } else {
            Err(MigrationError::DataIncomplete { step, missing: missing.len() })
        }
    }

    fn is_did_web(&self) -> bool {
        self.state.did.starts_with("did:web:")
    }

    /// A `did:web`'s stand-in for the emailed code: the last copy of what the old account gained.
    async fn last_catch_up(&mut self, step: Step) -> Result<(), MigrationError> {
        self.catch_up(step).await?;
        self.ensure_data_complete(step).await?;
        self.note(step, &tr!("note-did-web-no-code"));
        Ok(())
    }

    /// A `did:web`'s identity step: `None` once its published document names the new PDS, its
    /// signing key and the new handle (after one more catch-up); otherwise what to publish.
    async fn did_web_update(&mut self, step: Step) -> Result<Option<DidWebUpdate>, MigrationError> {
        let recommended = self.target.get_recommended_did_credentials().await.map_err(step_err(step))?;
        let wanted = did_web::wanted(&self.state.did, &recommended, &self.state.new_pds, &self.state.new_handle)
            .map_err(|detail| MigrationError::OperationMismatch { detail })?;
        let published = self.config.resolver.document_with_json(&self.state.did).await;
        let update = match &published {
            Ok((doc, raw)) => wanted.against(Some(doc), Some(raw)),
            Err(e) => {
                tracing::info!("did:web document: {e}");
                wanted.against(None, None)
            }
        };
        if let Ok((doc, _)) = published {
            self.did_doc = Some(doc);
        }
        if !update.lacking.is_empty() {
            return Ok(Some(update));
        }
        self.note(step, &tr!("note-did-web-published", url = &update.document_url));
        // Time may have passed while the user edited the document.
        self.catch_up(step).await?;
        self.ensure_data_complete(step).await?;
        Ok(None)
    }

    async fn request_plc_token(&mut self, input: &Input) -> Result<(), MigrationError> {
        let step = Step::RequestPlcToken;
        self.catch_up(step).await?;
        self.ensure_data_complete(step).await?;
        if input.plc_token.is_some() {
            // The user has a token already (asked for earlier): asking again would void it.
            return Ok(());
        }
        self.send_token_email(step).await
    }

    async fn send_token_email(&mut self, step: Step) -> Result<(), MigrationError> {
        self.source.request_plc_operation_signature().await.map_err(step_err(step))?;
        self.state.plc_token_requested_unix = Some(unix_now());
        self.emailed_now = true;
        self.save().await
    }

    /// No token yet: emails one unless a still valid one was sent, then says so.
    async fn wait_for_token(&mut self) -> Result<Outcome, MigrationError> {
        let now = unix_now();
        let fresh = self.state.plc_token_requested_unix.is_some_and(|t| t + PLC_TOKEN_VALID_SECS > now + 60);
        if !fresh {
            self.ensure_data_complete(Step::PlcOperation).await?;
            self.send_token_email(Step::RequestPlcToken).await?;
        }
        let expires_unix = self.state.plc_token_requested_unix.unwrap_or(now) + PLC_TOKEN_VALID_SECS;
        // The old PDS mails the token to the old account's address, which may differ from the new one.
        let email =
            self.source.session().and_then(|s| s.email).unwrap_or_else(|| "the old account's email address".to_owned());
        // "Has just emailed" once; asked again (a mistyped code), the mail is an earlier one.
        let email_sent_now = std::mem::take(&mut self.emailed_now);
        self.steps.step_event(StepEvent::WaitingForPlcToken { email: email.clone(), email_sent_now, expires_unix });
        Ok(Outcome::NeedsPlcToken { email, email_sent_now, expires_unix })
    }

    /// Forgets the emailed code (the person asked for a new one, or it expired): the next
    /// [`Migrator::advance`] emails a new one.
    pub async fn forget_plc_token(&mut self) -> Result<(), MigrationError> {
        self.state.plc_token_requested_unix = None;
        self.save().await
    }

    /// The `#atproto_pds` endpoint the new PDS recommends for the DID document.
    fn recommended_endpoint(credentials: &serde_json::Value) -> Option<String> {
        credentials.pointer("/services/atproto_pds/endpoint").and_then(|v| v.as_str()).map(str::to_owned)
    }

    /// Whether the DID document already names the new PDS (a run that ended right after submitting).
    async fn plc_already_applied(&mut self) -> Result<bool, MigrationError> {
        let step = Step::PlcOperation;
        let creds = self.target.get_recommended_did_credentials().await.map_err(step_err(step))?;
        let Some(endpoint) = Self::recommended_endpoint(&creds) else { return Ok(false) };
        match self.config.resolver.document(&self.state.did).await {
            Ok(doc) => {
                let applied = doc.pds_endpoint.as_deref().is_some_and(|p| identity::same_endpoint(p, &endpoint));
                self.did_doc = Some(doc);
                Ok(applied)
            }
            Err(_) => Ok(self
                .target
                .account_status_raw()
                .await
                .ok()
                .and_then(|s| s.get("validDid").and_then(|v| v.as_bool()))
                .unwrap_or(false)),
        }
    }

    async fn plc_operation(&mut self, token: &str) -> Result<(), MigrationError> {
        let step = Step::PlcOperation;
        if self.plc_already_applied().await? {
            return Ok(());
        }
        // Time may have passed since the code was asked for (days, if the user came back later).
        self.catch_up(step).await?;
        self.ensure_data_complete(step).await?;
        let planned = self.planned_operation(step).await?;
        let operation = match self.source.sign_plc_operation(token.trim(), &planned.input).await {
            Ok(op) => op,
            Err(e) if matches!(e.status(), Some(400 | 401)) => {
                // A mistyped code leaves the emailed one valid: the person tries again with it. An
                // expired one is forgotten, so the next attempt emails a new one.
                let detail = e.to_string();
                let expired = detail.to_ascii_lowercase().contains("expired");
                if expired {
                    self.forget_plc_token().await?;
                }
                return Err(MigrationError::PlcTokenRejected { detail, expired });
            }
            Err(e) => return Err(MigrationError::Step { step, source: e }),
        };
        plc::check(&operation, &planned).map_err(|detail| MigrationError::OperationMismatch { detail })?;
        self.target.submit_plc_operation(&operation).await.map_err(step_err(step))?;
        if let Ok(doc) = self.config.resolver.document(&self.state.did).await {
            self.did_doc = Some(doc);
        }
        Ok(())
    }
}

/// The new handle must be one the new PDS gives out (under its domains) or a domain of the user's
/// that already names this DID; otherwise the PDS refuses the account after the user waited.
async fn check_new_handle(
    handle: &str,
    did: &str,
    domains: &[String],
    resolver: &Resolver,
) -> Result<(), MigrationError> {
    let lower = handle.to_ascii_lowercase();
    if domains.iter().any(|d| lower.ends_with(&d.to_ascii_lowercase())) {
        return Ok(());
    }
    match resolver.handle_to_did(handle).await {
        Ok(found) if found == did => Ok(()),
        Ok(found) => Err(MigrationError::HandleNotReady {
            handle: handle.to_owned(),
            did: did.to_owned(),
            domains: domains.to_vec(),
            found: Some(found),
        }),
        Err(_) => Err(MigrationError::HandleNotReady {
            handle: handle.to_owned(),
            did: did.to_owned(),
            domains: domains.to_vec(),
            found: None,
        }),
    }
}

/// What to do about a handle that is neither the new PDS's nor ready as the user's own domain.
fn handle_not_ready(handle: &str, did: &str, domains: &[String], found: Option<&str>) -> String {
    let offered = if domains.is_empty() {
        String::new()
    } else {
        let name = handle.split('.').next().unwrap_or(handle);
        format!(" Pick a handle under the new PDS's domains ({}), e.g. {name}{}; or", domains.join(", "), domains[0])
    };
    let now = match found {
        Some(other) => format!("it now points at {other}, another account"),
        None => "it does not point at any account yet".to_owned(),
    };
    format!(
        "the new handle {handle} is not under the new PDS's domains, so it must be a domain of yours, and {now}.{offered} \
         to use your own domain, add a DNS TXT record `_atproto.{handle}` with the value `did={did}` (or serve `{did}` \
         at https://{handle}/.well-known/atproto-did), wait until it resolves, and run again. Nothing was changed"
    )
}

/// Once the identity moved, its document names the new handle, so the old handle no longer checks
/// out both ways; it still leads to the DID, and a saved move of that DID to that handle is this
/// machine's to finish. `None` when that is not the case (the error stands).
async fn located_after_move(
    e: &identity::IdentityError,
    store: &MigrationStore,
    resolver: &Resolver,
) -> Result<Option<identity::Located>, MigrationError> {
    let identity::IdentityError::HandleMismatch { did, .. } = e else { return Ok(None) };
    let Some(saved) = store.load(did).await? else { return Ok(None) };
    match resolver.locate(did).await {
        Ok(located) if located.document.names_handle(&saved.new_handle) => Ok(Some(located)),
        _ => Ok(None),
    }
}

/// Whether the new PDS holds the old account's latest commit (an import that reported an error
/// but was applied). Any doubt counts as "no": the import is then sent again, which is safe.
async fn repo_landed(source: &XrpcClient, target: &XrpcClient, did: &str) -> bool {
    let Ok(latest) = source.get_latest_commit(did).await else { return false };
    let Ok(status) = target.account_status_raw().await else { return false };
    // The commit, not the revision: the new PDS keeps the old repository's commit but stamps its
    // own revision.
    status.get("repoCommit").and_then(|v| v.as_str()) == Some(latest.cid.as_str())
}

/// A PDS without an app view answers `app.bsky.*` calls with 400 "No service configured for …".
fn no_app_view(e: &XrpcError) -> bool {
    matches!(e, XrpcError::Status { status: 400 | 501, message: Some(m), .. } if m.starts_with("No service configured"))
}
