//! The whole account move, as the views see it: plain Rust, no Dioxus. The engine's
//! [`Migrator`](tektite_engine::migration::Migrator) does the work (run by [`super::move_flow`]);
//! this is its form, its state machine and the words it shows.
//!
//! ```text
//! Form ──submit──▶ Connecting ──Connected──▶ Ready ──go──▶ Running ─┬─▶ NeedsConfirmation ──confirm──▶ Running
//!   ▲                  │                                  │         ├─▶ NeedsPlcToken ──token──▶ Running
//!   └──── back ────────┴──────────── Failed ──────────────┴─────────┴─▶ Error            Complete ──▶ Done
//! ```
//!
//! Blob progress is folded into an embedded blob [`Controller`] (the repair mode's), so the run shows
//! the same numbers, waits and log. The non-secret fields are saved ([`SavedMove`], web:
//! LocalStorage `tektite.account-move`; desktop: `<data dir>/tektite.account-move.json`) so a reload
//! offers to continue; the engine's own saved steps (`migration/<did>`) decide where it continues.

use serde::{Deserialize, Serialize};
use tektite_engine::migration::{MigrationSummary, Outcome, Step, StepEvent, DEFAULT_PLC_URL};
use tektite_engine::MigrationPlan;

use super::flow::{AppError, AppEvent};
use super::form::{normalize_url, url_problem, StrategyPick};
use super::format;
use super::saved;
use super::state::{Controller, LogLevel, LogLine};

/// Key of the saved record (LocalStorage key on the web, file name on the desktop).
pub const SAVED_KEY: &str = "tektite.account-move";

/// The non-secret fields of the move: safe to store, and stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    pub old_pds: String,
    /// Handle or DID on the old PDS.
    pub old_id: String,
    pub new_pds: String,
    /// The handle the account gets on the new PDS (e.g. `alice.new.example`).
    pub new_handle: String,
    /// The email address of the new account (the PLC code goes to the old account's address).
    pub new_email: String,
    pub invite_code: String,
    /// The PLC directory; the public one unless testing.
    pub plc_url: String,
    pub strategy: StrategyPick,
}

impl Default for MoveForm {
    fn default() -> Self {
        MoveForm {
            old_pds: String::new(),
            old_id: String::new(),
            new_pds: String::new(),
            new_handle: String::new(),
            new_email: String::new(),
            invite_code: String::new(),
            plc_url: DEFAULT_PLC_URL.to_owned(),
            strategy: StrategyPick::Auto,
        }
    }
}

/// Passwords and codes: in memory for one run, never stored.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct MoveSecrets {
    pub old_password: String,
    /// The sign-in code the old PDS emailed (two-factor), when it asked for one.
    pub auth_factor: String,
    pub new_password: String,
}

impl std::fmt::Debug for MoveSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MoveSecrets { .. }")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveField {
    OldPds,
    OldId,
    OldPassword,
    NewPds,
    NewHandle,
    NewEmail,
    NewPassword,
    InviteCode,
    PlcUrl,
}

/// A validated move: everything [`super::move_flow::run`] needs.
#[derive(Debug, Clone)]
pub struct MoveRequest {
    pub form: MoveForm,
    pub secrets: MoveSecrets,
}

impl MoveForm {
    pub fn normalized(&self) -> MoveForm {
        let handle = |s: &str| s.trim().trim_start_matches('@').to_owned();
        MoveForm {
            old_pds: normalize_url(&self.old_pds),
            old_id: handle(&self.old_id),
            new_pds: normalize_url(&self.new_pds),
            new_handle: handle(&self.new_handle),
            new_email: self.new_email.trim().to_owned(),
            invite_code: self.invite_code.trim().to_owned(),
            plc_url: if self.plc_url.trim().is_empty() {
                DEFAULT_PLC_URL.to_owned()
            } else {
                normalize_url(&self.plc_url)
            },
            strategy: self.strategy,
        }
    }

    /// Checks the form; every problem is returned with its field. `invite_required` comes from the
    /// new PDS's `describeServer`, when it was asked.
    pub fn validate(
        &self,
        secrets: &MoveSecrets,
        invite_required: bool,
    ) -> Result<MoveRequest, Vec<(MoveField, String)>> {
        let form = self.normalized();
        let mut p = Vec::new();
        if let Some(e) = url_problem(&form.old_pds) {
            p.push((MoveField::OldPds, e.to_owned()));
        }
        if form.old_id.is_empty() {
            p.push((MoveField::OldId, "Enter your handle (alice.bsky.social) or DID".to_owned()));
        }
        if secrets.old_password.is_empty() {
            p.push((MoveField::OldPassword, "Enter the password of the account you are moving".to_owned()));
        }
        if let Some(e) = url_problem(&form.new_pds) {
            p.push((MoveField::NewPds, e.to_owned()));
        } else if form.new_pds == form.old_pds {
            p.push((MoveField::NewPds, "The new PDS is the one the account is on now".to_owned()));
        }
        if form.new_handle.is_empty() || !form.new_handle.contains('.') || form.new_handle.starts_with("did:") {
            p.push((MoveField::NewHandle, "Enter the new handle, e.g. alice.newpds.example".to_owned()));
        }
        if !form.new_email.contains('@') {
            p.push((MoveField::NewEmail, "Enter an email address for the new account".to_owned()));
        }
        if secrets.new_password.len() < 8 {
            p.push((
                MoveField::NewPassword,
                "Choose a password for the new account (at least 8 characters)".to_owned(),
            ));
        }
        if invite_required && form.invite_code.is_empty() {
            p.push((MoveField::InviteCode, "This PDS needs an invite code for new accounts".to_owned()));
        }
        if url_problem(&form.plc_url).is_some() {
            p.push((MoveField::PlcUrl, "Use an http:// or https:// address".to_owned()));
        }
        if p.is_empty() {
            Ok(MoveRequest { form, secrets: secrets.clone() })
        } else {
            Err(p)
        }
    }

    /// Fills empty fields from `key=value` pairs (the web page's query string, the demo's
    /// environment): `from`, `id`, `to`, `handle`, `email`, `invite`, `plc`.
    pub fn prefill(&mut self, pairs: impl IntoIterator<Item = (String, String)>) -> bool {
        let mut any = false;
        for (k, v) in pairs {
            let slot = match k.as_str() {
                "from" => &mut self.old_pds,
                "id" => &mut self.old_id,
                "to" => &mut self.new_pds,
                "handle" => &mut self.new_handle,
                "email" => &mut self.new_email,
                "invite" => &mut self.invite_code,
                "plc" => &mut self.plc_url,
                _ => continue,
            };
            if !v.is_empty() {
                *slot = v;
                any = true;
            }
        }
        any
    }
}

/// Prefill for demos and links: on the web the page's query string (`?from=…&id=…&to=…&handle=…&
/// email=…&invite=…&plc=…`), on the desktop the environment (`TEKTITE_FROM`, `TEKTITE_ID`,
/// `TEKTITE_TO`, `TEKTITE_HANDLE`, `TEKTITE_EMAIL`, `TEKTITE_INVITE`, `TEKTITE_PLC`). Returns whether
/// anything was filled in.
pub fn prefill_from_environment(form: &mut MoveForm) -> bool {
    #[cfg(target_arch = "wasm32")]
    let pairs = web_sys::window().and_then(|w| w.location().search().ok()).map(|q| parse_query(&q)).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let pairs: Vec<(String, String)> = ["from", "id", "to", "handle", "email", "invite", "plc"]
        .into_iter()
        .filter_map(|k| std::env::var(format!("TEKTITE_{}", k.to_uppercase())).ok().map(|v| (k.to_owned(), v)))
        .collect();
    form.prefill(pairs)
}

/// `a=1&b=x%40y` → pairs, percent- and plus-decoded.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // the web's query string
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                        Ok(b) => {
                            out.push(b);
                            i += 2;
                        }
                        Err(_) => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
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

/// What the blob step will likely face, measured on the old PDS before anything changes: its blob
/// inventory (`listBlobs`), their sizes (`HEAD getBlob`, on a sample when there are many) and this
/// device's free space and memory. An upper bound: a resumed move copies only what is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobEstimate {
    pub blobs: usize,
    /// Total size, extrapolated from `sampled` blobs when not all were measured.
    pub bytes: Option<u64>,
    pub sampled: usize,
    pub cache_available: Option<u64>,
    pub memory: Option<u64>,
}

/// Throughput assumed for the time estimate (a home connection between two PDSes).
pub const ASSUMED_RATE: f64 = 10.0 * 1024.0 * 1024.0;

impl BlobEstimate {
    /// The strategy the engine's rule will most likely pick, and why (the rule: a verified local
    /// copy first for up to 50 blobs when the free space holds twice their size; streaming
    /// otherwise). The engine decides for real at the blob step.
    pub fn likely_strategy(&self, pick: StrategyPick) -> (&'static str, String) {
        if let Some(kind) = pick.kind() {
            return (
                if kind == tektite_engine::StrategyKind::Storage { "storage" } else { "streaming" },
                "your choice".into(),
            );
        }
        match (self.bytes, self.cache_available) {
            (Some(b), Some(free)) if self.blobs <= 50 && free >= 2 * b => (
                "storage",
                format!(
                    "{} blobs ({}) fit twice into the {} free here",
                    self.blobs,
                    format::bytes(b),
                    format::bytes(free)
                ),
            ),
            (_, _) if self.blobs > 50 => ("streaming", format!("{} blobs: more than 50 are streamed", self.blobs)),
            (Some(b), Some(free)) => (
                "streaming",
                format!("{} do not fit twice into the {} free here", format::bytes(b), format::bytes(free)),
            ),
            _ => ("streaming", "the sizes or the free space are unknown".into()),
        }
    }

    /// Rough seconds at [`ASSUMED_RATE`].
    pub fn seconds(&self) -> Option<f64> {
        self.bytes.map(|b| b as f64 / ASSUMED_RATE)
    }

    /// Local space the blob step may use at most (storage keeps a verified copy of each blob
    /// until the new PDS has it; streaming none).
    pub fn space_needed(&self, pick: StrategyPick) -> Option<u64> {
        if self.likely_strategy(pick).0 == "storage" {
            self.bytes
        } else {
            Some(0)
        }
    }
}

/// What the move has to say, in order ([`super::move_flow::run`] sends them).
#[derive(Debug, Clone)]
pub enum MoveEvent {
    Status(String),
    Server(ServerFacts),
    /// What the blob step will likely face (after signing in, before anything changes).
    Estimate(BlobEstimate),
    /// Signed in to the old PDS; the saved state of this DID's move is loaded.
    Connected {
        did: String,
        old_handle: String,
        done: Vec<Step>,
        next: Option<Step>,
    },
    Step(StepEvent),
    Progress(tektite_engine::ProgressEvent),
    /// `advance` stopped: done, or waiting for the user.
    Stopped(Box<Outcome>),
    Failed {
        error: AppError,
        auth_factor: bool,
        plc_token: bool,
    },
}

#[derive(Debug, Clone)]
pub enum MovePhase {
    /// Accounts, new PDS and new account, one form with three parts.
    Form,
    Connecting {
        status: String,
    },
    /// Signed in; the plan is shown and nothing changes until the user starts.
    Ready,
    /// Steps under way (see [`MoveController::current`]).
    Running,
    /// Data and blobs are on the new PDS; the next steps cannot be undone.
    NeedsConfirmation(Box<MigrationSummary>),
    /// The old PDS emailed a code.
    NeedsPlcToken {
        email: String,
        email_sent_now: bool,
        expires_unix: u64,
    },
    Done(Box<MigrationSummary>),
    Error(AppError),
}

/// The saved non-secret fields of a move.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedMove {
    pub form: MoveForm,
    pub did: Option<String>,
    pub finished: bool,
}

impl SavedMove {
    pub fn resumable_did(&self) -> Option<&str> {
        if self.finished {
            None
        } else {
            self.did.as_deref()
        }
    }
}

/// The move's state. The views read its fields; the UI calls its methods.
pub struct MoveController {
    pub form: MoveForm,
    pub field_errors: Vec<(MoveField, String)>,
    pub phase: MovePhase,
    pub server: Option<ServerFacts>,
    /// The new PDS could not be described (shown under its field).
    pub server_problem: Option<String>,
    pub did: Option<String>,
    pub old_handle: Option<String>,
    pub done: Vec<Step>,
    pub current: Option<Step>,
    pub blob_plan: Option<MigrationPlan>,
    pub estimate: Option<BlobEstimate>,
    /// Blob progress and the log (the repair mode's controller, reused).
    pub blobs: Controller,
    /// The old PDS asked for a two-factor code: the form shows the field.
    pub needs_auth_factor: bool,
    /// The last PLC code was refused.
    pub token_rejected: bool,
    pub saved: Option<SavedMove>,
    /// The form was filled from the saved record.
    pub resuming: Option<String>,
    pub notice: Option<String>,
    persist: bool,
}

impl MoveController {
    pub fn new(saved: Option<SavedMove>) -> Self {
        MoveController {
            form: saved.as_ref().map(|s| s.form.clone()).unwrap_or_default(),
            field_errors: Vec::new(),
            phase: MovePhase::Form,
            server: None,
            server_problem: None,
            did: None,
            old_handle: None,
            done: Vec::new(),
            current: None,
            blob_plan: None,
            estimate: None,
            blobs: Controller::new(None),
            needs_auth_factor: false,
            token_rejected: false,
            saved,
            resuming: None,
            notice: None,
            persist: false,
        }
    }

    /// The app's controller: reads the saved record and keeps it up to date.
    pub fn load() -> Self {
        MoveController { persist: true, ..MoveController::new(saved::load_record(SAVED_KEY)) }
    }

    pub fn resumable(&self) -> Option<&str> {
        self.saved.as_ref().and_then(SavedMove::resumable_did)
    }

    /// Fills the form from the saved record; only the passwords are left to type.
    pub fn resume(&mut self) {
        if let Some(saved) = &self.saved {
            self.form = saved.form.clone();
            self.resuming = saved.did.clone();
            self.field_errors.clear();
            self.phase = MovePhase::Form;
        }
    }

    pub fn forget_saved(&mut self) {
        self.saved = None;
        self.resuming = None;
        if self.persist {
            saved::clear_record(SAVED_KEY);
        }
    }

    pub fn error_for(&self, field: MoveField) -> Option<&str> {
        self.field_errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    /// The facts of `describeServer`, asked from the form's "Check" button.
    pub fn server_checked(&mut self, result: Result<ServerFacts, String>) {
        match result {
            Ok(f) => {
                self.server = Some(f);
                self.server_problem = None;
            }
            Err(e) => {
                self.server = None;
                self.server_problem = Some(e);
            }
        }
    }

    /// Validates; on success the run begins (connecting) and the request is returned.
    pub fn submit(&mut self, secrets: &MoveSecrets) -> Option<MoveRequest> {
        let invite =
            self.server.as_ref().is_some_and(|s| s.invite_required && s.url == normalize_url(&self.form.new_pds));
        match self.form.validate(secrets, invite) {
            Err(problems) => {
                self.field_errors = problems;
                None
            }
            Ok(request) => {
                self.form = request.form.clone();
                self.field_errors.clear();
                self.notice = None;
                self.done.clear();
                self.current = None;
                self.blob_plan = None;
                self.estimate = None;
                self.token_rejected = false;
                self.blobs = Controller::new(None);
                self.blobs.start_clock();
                self.phase = MovePhase::Connecting { status: "Starting…".into() };
                self.log(LogLevel::Info, format!("Moving from {} to {}", request.form.old_pds, request.form.new_pds));
                let did = self.saved.as_ref().filter(|s| s.form.old_id == self.form.old_id).and_then(|s| s.did.clone());
                self.save(did, false);
                Some(request)
            }
        }
    }

    /// The user starts the steps (after the plan), agrees to the irreversible ones, or gives the code.
    pub fn running(&mut self) {
        self.phase = MovePhase::Running;
    }

    pub fn cancelled(&mut self) {
        let was = !matches!(self.phase, MovePhase::Connecting { .. } | MovePhase::Ready);
        self.phase = MovePhase::Form;
        self.resuming = self.did.clone();
        self.notice = Some(if was {
            "Stopped. Every finished step is kept: enter the passwords again to continue where it stopped.".into()
        } else {
            "Stopped before anything was changed.".into()
        });
        self.log(LogLevel::Warn, "Stopped by you".into());
    }

    pub fn back_to_form(&mut self) {
        self.phase = MovePhase::Form;
        self.notice = None;
    }

    /// The step list as the run card shows it: (step, done, current).
    pub fn step_rows(&self) -> Vec<(Step, bool, bool)> {
        Step::ALL.into_iter().map(|s| (s, self.done.contains(&s), self.current == Some(s))).collect()
    }

    pub fn log_lines(&self) -> impl DoubleEndedIterator<Item = &LogLine> {
        self.blobs.log.iter()
    }

    fn log(&mut self, level: LogLevel, text: String) {
        // The blob controller's log is the move's log: one timeline.
        match level {
            LogLevel::Info => self.blobs.apply(AppEvent::Status(text)),
            _ => self.blobs.push_log(level, text),
        }
    }

    pub fn apply(&mut self, event: MoveEvent) {
        match event {
            MoveEvent::Status(status) => {
                self.log(LogLevel::Info, status.clone());
                if let MovePhase::Connecting { .. } = self.phase {
                    self.phase = MovePhase::Connecting { status };
                }
            }
            MoveEvent::Server(facts) => {
                self.log(LogLevel::Info, format!("The new PDS is {} ({})", facts.url, facts.did));
                self.server = Some(facts);
            }
            MoveEvent::Estimate(e) => {
                self.log(
                    LogLevel::Info,
                    format!(
                        "The old PDS holds {} ({})",
                        format::blobs(e.blobs),
                        e.bytes.map_or("size unknown".to_string(), format::bytes)
                    ),
                );
                self.estimate = Some(e);
            }
            MoveEvent::Connected { did, old_handle, done, next } => {
                self.log(
                    LogLevel::Info,
                    match next {
                        Some(n) if !done.is_empty() => {
                            format!("Signed in as {did}; a saved move continues at: {}", n.describe())
                        }
                        _ => format!("Signed in as {did}"),
                    },
                );
                self.did = Some(did.clone());
                self.old_handle = Some(old_handle);
                self.done = done;
                self.needs_auth_factor = false;
                self.save(Some(did), false);
                self.phase = MovePhase::Ready;
            }
            MoveEvent::Step(ev) => self.step_event(ev),
            MoveEvent::Progress(ev) => self.blobs.apply(AppEvent::Progress(ev)),
            MoveEvent::Stopped(outcome) => {
                self.current = None;
                match *outcome {
                    Outcome::Complete(summary) => {
                        self.log(LogLevel::Info, "Done: the account lives on the new PDS".into());
                        self.done = summary.steps_done.clone();
                        self.save(Some(summary.did.clone()), true);
                        if let Some(s) = &mut self.saved {
                            s.finished = true;
                        }
                        self.resuming = None;
                        self.phase = MovePhase::Done(Box::new(summary));
                    }
                    Outcome::NeedsConfirmation(summary) => {
                        self.log(LogLevel::Info, "Data and blobs are on the new PDS: waiting for your go".into());
                        self.done = summary.steps_done.clone();
                        self.phase = MovePhase::NeedsConfirmation(Box::new(summary));
                    }
                    Outcome::NeedsPlcToken { email, email_sent_now, expires_unix } => {
                        self.log(
                            LogLevel::Info,
                            format!(
                                "Waiting for the code emailed to {email} (valid until {})",
                                format::utc_clock(expires_unix)
                            ),
                        );
                        self.phase = MovePhase::NeedsPlcToken { email, email_sent_now, expires_unix };
                    }
                }
            }
            MoveEvent::Failed { error, auth_factor, plc_token } => {
                self.log(LogLevel::Error, format!("{}: {}", error.title, error.message));
                self.current = None;
                self.needs_auth_factor |= auth_factor;
                self.token_rejected = plc_token;
                self.phase = MovePhase::Error(error);
            }
        }
    }

    fn step_event(&mut self, ev: StepEvent) {
        match ev {
            StepEvent::StepStarted { step, description } => {
                self.current = Some(step);
                self.log(LogLevel::Info, format!("Now: {description}"));
            }
            StepEvent::StepFinished { step } => {
                if !self.done.contains(&step) {
                    self.done.push(step);
                }
                if self.current == Some(step) {
                    self.current = None;
                }
                self.log(LogLevel::Info, format!("Done: {}", step.describe()));
            }
            StepEvent::Note { text, .. } => {
                // Notes are mostly good news ("3 preferences copied"); the few that need a look say so.
                let warn = text.contains("NOT") || text.contains("names") || text.contains("continuing without");
                self.log(if warn { LogLevel::Warn } else { LogLevel::Info }, text)
            }
            StepEvent::BlobPlan { plan } => {
                self.blob_plan = Some((*plan).clone());
                self.blobs.apply(AppEvent::Planned(plan));
                self.blobs.start();
            }
            StepEvent::WaitingForPlcToken { .. } => {}
        }
    }

    fn save(&mut self, did: Option<String>, finished: bool) {
        let record = SavedMove { form: self.form.clone(), did, finished };
        if self.persist {
            saved::store_record(SAVED_KEY, &record);
        }
        self.saved = Some(record);
    }
}

/// The steps before the irreversible ones, in words, for the plan card.
pub fn plan_lines(c: &MoveController) -> Vec<(Step, String, bool)> {
    Step::ALL
        .into_iter()
        .map(|s| {
            let words = match s {
                Step::CreateAccount => format!(
                    "Create {} on {} with the same DID, deactivated (nobody sees it yet)",
                    c.form.new_handle, c.form.new_pds
                ),
                Step::ImportRepo => "Copy the repository: every post, like, follow and the profile".into(),
                Step::Blobs => {
                    "Copy every image and video the new PDS misses, each verified against its hash; the strategy is \
                     chosen from the new PDS's missing list, the blob sizes and this device's free space"
                        .into()
                }
                Step::Preferences => "Copy the app preferences".into(),
                Step::RequestPlcToken => {
                    "Ask the old PDS to email a confirmation code to the account's address (only after you agree)"
                        .into()
                }
                Step::PlcOperation => "Point the DID at the new PDS, signed with that code: cannot be undone".into(),
                Step::ActivateNew => "Activate the account on the new PDS".into(),
                Step::DeactivateOld => "Deactivate the account on the old PDS".into(),
            };
            (s, words, c.done.contains(&s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tektite_engine::{ProgressEvent, StrategyKind};
    use tektite_platform::Probes;

    fn filled() -> (MoveController, MoveSecrets) {
        let mut c = MoveController::new(None);
        c.form = MoveForm {
            old_pds: "old.example".into(),
            old_id: "@alice.old.example".into(),
            new_pds: "https://new.example/".into(),
            new_handle: "alice.new.example".into(),
            new_email: "alice@example.com".into(),
            ..Default::default()
        };
        (c, MoveSecrets { old_password: "pw".into(), auth_factor: String::new(), new_password: "new-password".into() })
    }

    fn summary(done: Vec<Step>) -> MigrationSummary {
        MigrationSummary {
            did: "did:plc:abc".into(),
            old_pds: "https://old.example".into(),
            old_handle: "alice.old.example".into(),
            new_pds: "https://new.example".into(),
            new_pds_did: "did:web:new.example".into(),
            new_handle: "alice.new.example".into(),
            new_email: "alice@example.com".into(),
            did_document_pds: Some("https://old.example".into()),
            records: Some(12),
            blobs_expected: Some(3),
            blobs_imported: Some(3),
            blobs_missing: Some(0),
            new_account_active: Some(false),
            next_step: Step::ALL.into_iter().find(|s| !done.contains(s)),
            steps_done: done,
            irreversible: vec!["the DID did:plc:abc will point at https://new.example".into()],
        }
    }

    fn plan() -> MigrationPlan {
        MigrationPlan {
            did: "did:plc:abc".into(),
            source: "https://old/".into(),
            target: "https://new/".into(),
            blobs_missing: 2,
            blobs_inventory: 2,
            blobs_present: 0,
            blobs_cached: 0,
            total_size: Some(300),
            probes: Probes::default(),
            network_reliable: true,
            strategy: StrategyKind::Storage,
            forced: false,
            reason: "few blobs".into(),
            concurrency: 4,
            chunk_size: 65536,
            channel_capacity: None,
            estimated_memory: 1 << 20,
            upload_path: "a file".into(),
        }
    }

    #[test]
    fn idle_form_validates_every_field() {
        let mut c = MoveController::new(None);
        assert!(matches!(c.phase, MovePhase::Form));
        assert!(c.submit(&MoveSecrets::default()).is_none());
        for f in
            [MoveField::OldPds, MoveField::OldId, MoveField::OldPassword, MoveField::NewHandle, MoveField::NewPassword]
        {
            assert!(c.error_for(f).is_some(), "{f:?} not reported");
        }
        let (mut c, secrets) = filled();
        c.server = Some(ServerFacts {
            url: "https://new.example".into(),
            did: "did:web:new.example".into(),
            user_domains: vec![".new.example".into()],
            invite_required: true,
            phone_required: false,
        });
        assert!(c.submit(&secrets).is_none());
        assert!(c.error_for(MoveField::InviteCode).is_some());
        c.form.invite_code = "code-1".into();
        let req = c.submit(&secrets).expect("valid");
        assert_eq!(req.form.old_pds, "https://old.example");
        assert_eq!(req.form.old_id, "alice.old.example");
        assert_eq!(req.form.new_pds, "https://new.example");
        assert_eq!(req.form.plc_url, DEFAULT_PLC_URL);
        assert!(matches!(c.phase, MovePhase::Connecting { .. }));
        assert!(!format!("{:?}", req.secrets).contains("pw"));
    }

    #[test]
    fn a_move_runs_through_confirmation_and_token_to_done() {
        let (mut c, secrets) = filled();
        c.submit(&secrets).unwrap();
        c.apply(MoveEvent::Status("Signing in".into()));
        assert!(matches!(&c.phase, MovePhase::Connecting { status } if status == "Signing in"));
        c.apply(MoveEvent::Connected {
            did: "did:plc:abc".into(),
            old_handle: "alice.old.example".into(),
            done: vec![],
            next: Some(Step::CreateAccount),
        });
        assert!(matches!(c.phase, MovePhase::Ready));
        assert_eq!(c.resumable(), Some("did:plc:abc"));
        c.running();
        c.apply(MoveEvent::Step(StepEvent::StepStarted { step: Step::CreateAccount, description: "create" }));
        assert_eq!(c.current, Some(Step::CreateAccount));
        c.apply(MoveEvent::Step(StepEvent::StepFinished { step: Step::CreateAccount }));
        assert_eq!(c.step_rows()[0], (Step::CreateAccount, true, false));

        // Running blobs, then waiting on a rate limit.
        c.apply(MoveEvent::Step(StepEvent::StepStarted { step: Step::Blobs, description: "blobs" }));
        c.apply(MoveEvent::Step(StepEvent::BlobPlan { plan: Box::new(plan()) }));
        assert_eq!(c.blobs.progress.blobs_total, 2);
        c.apply(MoveEvent::Progress(ProgressEvent::BlobStarted {
            cid: "a".into(),
            size: Some(100),
            from_cache: false,
        }));
        c.apply(MoveEvent::Progress(ProgressEvent::RateLimited {
            host: "new.example".into(),
            wait_secs: 60,
            resume_at_unix: 7200,
            stated_by_server: true,
        }));
        let w = c.blobs.progress.waiting.clone().expect("a wait is shown");
        assert_eq!((w.host.as_str(), w.until_unix), ("new.example", 7200));
        assert!(c.log_lines().any(|l| l.text.contains("02:00:00 UTC")));

        // Needs confirmation.
        let done = vec![Step::CreateAccount, Step::ImportRepo, Step::Blobs, Step::Preferences];
        c.apply(MoveEvent::Stopped(Box::new(Outcome::NeedsConfirmation(summary(done.clone())))));
        let MovePhase::NeedsConfirmation(s) = &c.phase else { panic!("{:?}", c.phase) };
        assert_eq!(s.irreversible.len(), 1);
        assert_eq!(c.done, done);
        c.running();

        // Needs the PLC token.
        c.apply(MoveEvent::Stopped(Box::new(Outcome::NeedsPlcToken {
            email: "alice@old.example".into(),
            email_sent_now: true,
            expires_unix: 900,
        })));
        assert!(matches!(c.phase, MovePhase::NeedsPlcToken { expires_unix: 900, .. }));
        // A wrong code is an error that says so.
        c.apply(MoveEvent::Failed {
            error: AppError { title: "The code was refused".into(), message: "m".into(), advice: "a".into() },
            auth_factor: false,
            plc_token: true,
        });
        assert!(matches!(c.phase, MovePhase::Error(_)));
        assert!(c.token_rejected);
        assert_eq!(c.resumable(), Some("did:plc:abc"), "an unfinished move stays resumable");

        c.running();
        c.apply(MoveEvent::Stopped(Box::new(Outcome::Complete(summary(Step::ALL.to_vec())))));
        assert!(matches!(c.phase, MovePhase::Done(_)));
        assert_eq!(c.resumable(), None, "a finished move is not offered again");
        assert!(c.step_rows().iter().all(|(_, done, current)| *done && !*current));
    }

    #[test]
    fn the_estimate_predicts_the_strategy_time_and_space() {
        let mut e =
            BlobEstimate { blobs: 5, bytes: Some(100 << 20), sampled: 5, cache_available: Some(1 << 30), memory: None };
        assert_eq!(e.likely_strategy(StrategyPick::Auto).0, "storage");
        assert_eq!(e.space_needed(StrategyPick::Auto), Some(100 << 20));
        assert_eq!(e.seconds(), Some(10.0));
        assert_eq!(e.likely_strategy(StrategyPick::Streaming).0, "streaming");
        e.cache_available = Some(150 << 20);
        assert_eq!(e.likely_strategy(StrategyPick::Auto).0, "streaming");
        assert_eq!(e.space_needed(StrategyPick::Auto), Some(0));
        e.blobs = 51;
        assert!(e.likely_strategy(StrategyPick::Auto).1.contains("more than 50"));
    }

    #[test]
    fn a_two_factor_request_shows_the_code_field_and_cancel_keeps_the_did() {
        let (mut c, secrets) = filled();
        c.submit(&secrets).unwrap();
        c.apply(MoveEvent::Failed {
            error: AppError { title: "t".into(), message: "m".into(), advice: "a".into() },
            auth_factor: true,
            plc_token: false,
        });
        assert!(c.needs_auth_factor);
        c.back_to_form();
        assert!(matches!(c.phase, MovePhase::Form));
        c.submit(&secrets).unwrap();
        c.apply(MoveEvent::Connected { did: "did:plc:abc".into(), old_handle: "a".into(), done: vec![], next: None });
        assert!(!c.needs_auth_factor);
        c.running();
        c.cancelled();
        assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
        assert!(c.notice.as_deref().unwrap().contains("kept"));
    }

    #[test]
    fn resuming_fills_the_form_and_the_query_prefills_it() {
        let saved = SavedMove { form: filled().0.form, did: Some("did:plc:abc".into()), finished: false };
        let mut c = MoveController::new(Some(saved));
        c.form = MoveForm::default();
        c.resume();
        assert_eq!(c.form.new_handle, "alice.new.example");
        assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
        c.forget_saved();
        assert_eq!(c.resumable(), None);

        let mut f = MoveForm::default();
        assert!(f.prefill(parse_query("?from=http%3A%2F%2F127.0.0.1%3A2583&id=a.test&email=a%40b.c&x=1&plc=")));
        assert_eq!(f.old_pds, "http://127.0.0.1:2583");
        assert_eq!(f.new_email, "a@b.c");
        assert_eq!(f.plc_url, DEFAULT_PLC_URL, "an empty value changes nothing");
        assert_eq!(parse_query("a=%zz&b=c+d"), vec![("a".into(), "%zz".into()), ("b".into(), "c d".into())]);
    }
}
