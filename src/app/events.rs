//! What a run says to the controller ([`AppEvent`]), what the user says to a run ([`Command`]), and
//! the data both carry. Plain data: [`super::flow`] sends it, [`super::controller`] folds it in.

use tektite_engine::backup::{BackupReport, RestoreReport};
use tektite_engine::blobs::{BlobEstimate, FailedBlob};
use tektite_engine::migration::{MigrationSummary, Outcome, Step, StepEvent, UnmovableBlob};
use tektite_engine::{MigrationPlan, ProgressEvent, StrategyKind};

/// What a run has to say, in order.
#[derive(Debug, Clone)]
pub enum AppEvent {
    /// What is happening before the steps start (signing in, listing, measuring).
    Status(String),
    /// The old account signs in on its server's page: opened at `url` (a popup, or the system
    /// browser), on `host`; the view offers to open it again.
    SigningIn { url: String, host: String },
    /// What the new PDS says about itself (the move asks first).
    Server(ServerFacts),
    /// What the blob step will likely face, measured before anything changes (the move).
    Estimate(BlobEstimate),
    /// Signed in; `old_pds` is the server that holds the account's data (its DID document's),
    /// and for the move the saved steps of this DID's earlier run are loaded.
    Connected { did: String, old_pds: String, done: Vec<Step>, next: Option<Step> },
    /// The blob step's plan: before the user's go in the repair, as the step begins in the move.
    Planned(Box<MigrationPlan>),
    /// The browser's answer to "keep this site's storage" (web, before a large cached run).
    Persistence(Persistence),
    /// A step of the move started, finished, or has a note.
    Step(StepEvent),
    /// An event from the blob engine.
    Progress(ProgressEvent),
    /// The transfer ended; the new PDS is being asked what it still misses.
    Checking,
    /// The repair is over (whether or not every blob made it).
    Repaired(Box<RepairReport>),
    /// The backup is over (complete, or with blobs that could not be saved).
    BackedUp(Box<BackupDone>),
    /// The recovery key is the identity's first rotation key.
    Protected(Box<ProtectDone>),
    /// What the restore will bring back, before anything changes (it waits for the go).
    RestoreReady(Box<RestorePreview>),
    /// The restore is done: the account lives on the new PDS.
    Restored(Box<RestoreReport>),
    /// The move stopped: done, or waiting for the user.
    Stopped(Box<Outcome>),
    /// The move stopped before the identity steps: these blobs can never be moved, and it goes on
    /// only if the user accepts losing exactly them.
    Unmovable(Vec<UnmovableBlob>),
    /// The code given was refused; the move waits for the code again (on the same screen).
    TokenRefused(Box<AppError>),
    /// The run could not go on.
    Failed(Box<AppError>),
}

/// What the user gives while a run waits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start (after the plan).
    Go,
    /// Agreed to the irreversible steps.
    Confirm,
    /// The code the old PDS emailed.
    PlcToken(String),
    /// Email a new code (the person lost the first, or wants another).
    NewPlcToken,
    /// Accepted losing these blobs (the ones shown; they can never be moved).
    AcceptMissing(Vec<String>),
    /// Published the did:web document, or deactivated the old account on its page: look again.
    Recheck,
    /// The old account's password, for the one call a server sign-in cannot make: deactivating it.
    DeactivateWithPassword(String),
}

/// Whether the browser agreed to keep the cache and resume state under storage pressure.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // only browsers are asked
pub enum Persistence {
    Granted,
    NotGranted,
    Unavailable(String),
}

/// A failure the user has to act on: what happened and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppError {
    pub title: String,
    pub message: String,
    pub advice: String,
    /// The old PDS asked for a two-factor code: the form shows the field.
    pub auth_factor: bool,
}

impl AppError {
    pub fn new(title: impl Into<String>, message: impl Into<String>, advice: impl Into<String>) -> Self {
        AppError { title: title.into(), message: message.into(), advice: advice.into(), auth_factor: false }
    }
}

/// What the new PDS says about itself (`describeServer`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerFacts {
    pub url: String,
    pub did: String,
    pub user_domains: Vec<String>,
    pub invite_required: bool,
    pub phone_required: bool,
}

/// The report of a finished repair, in words the views show.
#[derive(Debug, Clone, PartialEq)]
pub struct RepairReport {
    pub did: String,
    pub strategy: StrategyKind,
    /// Blobs the new PDS missed when the run started.
    pub missing_before: usize,
    /// Blobs of the old PDS the new one already had.
    pub already_present: usize,
    pub migrated: usize,
    /// Of those, uploaded from a verified local copy made by an earlier run.
    pub from_cache: usize,
    pub failed: Vec<FailedBlob>,
    pub bytes_migrated: u64,
    pub bytes_downloaded: u64,
    pub bytes_uploaded: u64,
    pub retries: u64,
    pub seconds: f64,
    /// The transfer alone (first blob to last), without the verdict.
    pub transfer_seconds: f64,
    /// The most blobs that were in flight at once (adaptive unless pinned).
    pub peak_concurrency: usize,
    /// What the new PDS still misses after the run: the verdict.
    pub still_missing: Result<usize, String>,
}

impl RepairReport {
    pub fn complete(&self) -> bool {
        self.still_missing == Ok(0)
    }
}

/// A finished backup, as the report shows it.
#[derive(Debug, Clone)]
pub struct BackupDone {
    pub report: BackupReport,
    /// Where the backup is, in words (a folder, or the browser's storage).
    pub place: String,
    /// Web: the name of the archive offered as a download (when the backup was complete).
    pub archive: Option<String>,
    pub seconds: f64,
}

/// A recovery key added to the identity, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtectDone {
    pub did: String,
    pub key: String,
    /// The identity's rotation keys now, first wins.
    pub rotation_keys: Vec<String>,
    /// It was the first rotation key before this run.
    pub already: bool,
}

/// The backup a restore brings back, and with which key, shown before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestorePreview {
    pub did: String,
    pub handle: Option<String>,
    /// The PDS the backup was taken from (gone).
    pub old_pds: String,
    pub taken_at: String,
    pub blobs: usize,
    pub bytes: u64,
    /// The recovery key's public half (from the file).
    pub key: String,
    pub new_pds: String,
    pub new_handle: String,
}

/// Where a finished run ended.
#[derive(Debug, Clone)]
pub enum Finished {
    /// The repair's report.
    Repaired(RepairReport),
    /// The backup's report.
    BackedUp(BackupDone),
    /// The recovery key was added.
    Protected(ProtectDone),
    /// The backup is up on the new PDS.
    Restored(RestoreReport),
    /// The move is complete.
    Moved(Box<MigrationSummary>),
}
