//! The app's one state machine, as the views see it, for both ways in (the repair is the move with
//! only the blob step, so it walks the same phases and skips the identity ones):
//!
//! ```text
//! Form ──submit──▶ Connecting ──Connected (move) / Planned (repair)──▶ Ready ──go──▶ Running
//!   ▲                  │                                                │       │
//!   │                  │              NeedsConfirmation ◀──────────────┤       ├──▶ Done
//!   │                  │              NeedsPlcToken | NeedsDidWebUpdate ◀┘       │
//!   └──── back ────────┴─────────────────── Failed ──────────────────────────────┴──▶ Error
//!                       Stop (after a change) ──▶ Stopped ──continue──▶ Connecting ──▶ Running
//! ```
//!
//! [`Controller::apply`] folds one [`AppEvent`] in. It does no I/O except saving the non-secret
//! form fields (see [`super::saved`]) when built with [`Controller::load`].

use tektite_engine::after_move::CheckResult;
use tektite_engine::blobs::BlobEstimate;
use tektite_engine::migration::{DidWebUpdate, MigrationSummary, Outcome, Step, StepEvent, UnmovableBlob};
use tektite_engine::{MigrationPlan, ProgressEvent};
use tektite_i18n::tr;
use web_time::Instant;

use super::events::{AppError, AppEvent, Finished, Persistence, RestorePreview, ServerFacts};
use super::form::{normalize_url, Field, Form, Mode, Request, Secrets};
use super::format;
use super::log::{Log, LogLevel};
use super::progress::RunProgress;
use super::saved::{self, SavedRun};

#[derive(Debug, Clone)]
pub enum Phase {
    /// The form.
    Form,
    /// Signing in, listing, measuring; `status` says which.
    Connecting { status: String },
    /// The plan is shown; nothing changes until the user starts.
    Ready,
    /// Steps (the move) or blobs (the repair) under way.
    Running,
    /// Some blobs can never be moved; the move goes on only if the user accepts losing them.
    UnmovableBlobs(Vec<UnmovableBlob>),
    /// Data and blobs are on the new PDS; the next steps cannot be undone (the move).
    NeedsConfirmation(Box<MigrationSummary>),
    /// The old PDS emailed a code (the move).
    NeedsPlcToken { email: String, email_sent_now: bool, expires_unix: u64 },
    /// A did:web: the user publishes the DID document shown (the move).
    NeedsDidWebUpdate(Box<DidWebUpdate>),
    /// Signed in on the old server's page, which may not deactivate the account: the person does it
    /// on that server's account page, or gives the password for that one call (the move).
    NeedsOldDeactivation { old_pds: String, account_page: String },
    /// The user stopped a run that had changed something: its state stays on screen, with
    /// "Continue" (the passwords are still in memory) and "Back to the form".
    Stopped,
    /// The run reached its end: the report.
    Done(Box<Finished>),
    /// The run could not go on.
    Error(AppError),
}

/// Where the look at the moved account stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountCheck {
    Looking,
    Seen(Vec<CheckResult>),
}

/// The app's state. The views read its fields; the UI calls its methods.
pub struct Controller {
    /// The form as typed (non-secret fields; the passwords live in the runner only). Its mode says
    /// which way in the user took.
    pub form: Form,
    pub field_errors: Vec<(Field, String)>,
    pub phase: Phase,
    /// What the new PDS says about itself (the form's check, or the move's first step).
    pub server: Option<ServerFacts>,
    /// The new PDS could not be described (shown under its field).
    pub server_problem: Option<String>,
    pub did: Option<String>,
    /// The server that holds the old account's data, once signed in (its DID document's).
    pub old_pds: Option<String>,
    /// Steps of the move done (earlier runs included), and the one under way.
    pub done: Vec<Step>,
    pub current: Option<Step>,
    /// The move's look at the blobs before anything changes.
    pub estimate: Option<BlobEstimate>,
    /// The blob step's plan, once made.
    pub plan: Option<MigrationPlan>,
    pub persistence: Option<Persistence>,
    pub progress: RunProgress,
    pub log: Log,
    /// The old PDS asked for a two-factor code: the form shows the field.
    pub needs_auth_factor: bool,
    /// Why the last PLC code was refused, shown on the code screen until the next one is sent.
    pub token_rejected: Option<AppError>,
    /// The step of the move under way when the run failed or was stopped (where it belongs).
    pub failed_step: Option<Step>,
    /// This run continues a stopped one: it starts without waiting at the plan.
    continuing: bool,
    /// The look at the moved account from outside (the report's "Check my new account").
    pub account_check: Option<AccountCheck>,
    /// The saved record of each way in, for the "continue" banners.
    saved_move: Option<SavedRun>,
    saved_repair: Option<SavedRun>,
    saved_backup: Option<SavedRun>,
    saved_protect: Option<SavedRun>,
    saved_restore: Option<SavedRun>,
    /// What a restore will bring back (shown before its go).
    pub restore_preview: Option<RestorePreview>,
    /// The form was filled from a saved record: the view asks only for the passwords.
    pub resuming: Option<String>,
    /// A one-line message above the form (e.g. after a cancel).
    pub notice: Option<String>,
    /// The old account's server page the person signs in on (address, host), while they do.
    pub sign_in_page: Option<(String, String)>,
    /// What a screen reader is told next (the page's polite live region): step changes, each tenth
    /// of the work, waits and their end. Never per chunk.
    pub spoken: String,
    /// The last tenth of the work announced.
    spoken_tenth: u8,
    /// Submits the form refused: each one sends focus to its first wrong field again.
    pub refused_submits: u32,
    /// The emailed code as last typed (memory only): a refused one stays in its field.
    pub typed_code: String,
    /// Codes refused so far in this run: each one sends focus back to the code's field.
    pub refused_codes: u32,
    transfer_started: Option<Instant>,
    persist: bool,
}

impl Controller {
    /// A controller that neither reads nor writes saved records (tests, previews).
    pub fn new(saved: impl IntoIterator<Item = SavedRun>) -> Self {
        let mut c = Controller {
            form: Form::default(),
            field_errors: Vec::new(),
            phase: Phase::Form,
            server: None,
            server_problem: None,
            did: None,
            old_pds: None,
            done: Vec::new(),
            current: None,
            estimate: None,
            plan: None,
            persistence: None,
            progress: RunProgress::default(),
            log: Log::default(),
            needs_auth_factor: false,
            token_rejected: None,
            failed_step: None,
            continuing: false,
            account_check: None,
            saved_move: None,
            saved_repair: None,
            saved_backup: None,
            saved_protect: None,
            saved_restore: None,
            restore_preview: None,
            resuming: None,
            notice: None,
            sign_in_page: None,
            spoken: String::new(),
            spoken_tenth: 0,
            refused_submits: 0,
            typed_code: String::new(),
            refused_codes: 0,
            transfer_started: None,
            persist: false,
        };
        for s in saved {
            let mode = s.form.mode;
            *c.saved_slot(mode) = Some(s);
        }
        c.form = c.saved(Mode::Move).map(|s| s.form.clone()).unwrap_or_default();
        c
    }

    /// The app's controller: starts from the saved records and keeps them up to date.
    pub fn load() -> Self {
        Controller {
            persist: true,
            ..Controller::new(
                [Mode::Move, Mode::Repair, Mode::Backup, Mode::Protect, Mode::Restore]
                    .into_iter()
                    .filter_map(saved::load),
            )
        }
    }

    pub fn mode(&self) -> Mode {
        self.form.mode
    }

    pub fn saved(&self, mode: Mode) -> Option<&SavedRun> {
        match mode {
            Mode::Move => self.saved_move.as_ref(),
            Mode::Repair => self.saved_repair.as_ref(),
            Mode::Backup => self.saved_backup.as_ref(),
            Mode::Protect => self.saved_protect.as_ref(),
            Mode::Restore => self.saved_restore.as_ref(),
        }
    }

    fn saved_slot(&mut self, mode: Mode) -> &mut Option<SavedRun> {
        match mode {
            Mode::Move => &mut self.saved_move,
            Mode::Repair => &mut self.saved_repair,
            Mode::Backup => &mut self.saved_backup,
            Mode::Protect => &mut self.saved_protect,
            Mode::Restore => &mut self.saved_restore,
        }
    }

    /// The DID a "continue" banner should offer for `mode`, if any.
    pub fn resumable(&self, mode: Mode) -> Option<&str> {
        self.saved(mode).and_then(SavedRun::resumable_did)
    }

    /// The user picks a way in: its form (the last one typed for it, if any) is shown.
    pub fn choose(&mut self, mode: Mode) {
        if self.form.mode != mode {
            self.form = match self.saved(mode) {
                Some(s) => s.form.clone(),
                None => self.form.carried_to(mode),
            };
            self.resuming = None;
            self.field_errors.clear();
        }
        self.notice = None;
        self.phase = Phase::Form;
    }

    /// Fills the form from `mode`'s saved record; only the passwords are left to type.
    pub fn resume(&mut self, mode: Mode) {
        if let Some(saved) = self.saved(mode).cloned() {
            self.form = saved.form;
            self.resuming = saved.did;
            self.field_errors.clear();
            self.notice = None;
            self.phase = Phase::Form;
        }
    }

    /// The report of `mode`'s finished move, as it was when it finished (after a reload).
    pub fn saved_report(&self, mode: Mode) -> Option<&MigrationSummary> {
        self.saved(mode).filter(|s| s.finished).and_then(|s| s.report.as_ref())
    }

    /// Shows the saved report of the finished move again.
    pub fn show_saved_report(&mut self) {
        if let Some(summary) = self.saved_report(Mode::Move).cloned() {
            self.form = self.saved(Mode::Move).map(|s| s.form.clone()).unwrap_or_default();
            self.did = Some(summary.did.clone());
            self.done = summary.steps_done.clone();
            self.phase = Phase::Done(Box::new(Finished::Moved(Box::new(summary))));
        }
    }

    /// The form was filled from a link (the demo's): when it names the accounts of an unfinished
    /// saved move, say that this continues it.
    pub fn prefilled(&mut self) {
        if let Some(saved) = self.saved(self.form.mode).filter(|s| s.form.same_accounts(&self.form)) {
            self.resuming = saved.resumable_did().map(str::to_owned);
        }
    }

    /// Forgets `mode`'s saved record (the banner's "Dismiss"); the engine's saved steps, resume
    /// state and cache stay, so signing in to the same accounts later still continues.
    pub fn forget_saved(&mut self, mode: Mode) {
        *self.saved_slot(mode) = None;
        if self.form.mode == mode {
            self.resuming = None;
        }
        if self.persist {
            saved::clear(mode);
        }
    }

    /// The person changed `field`: the message about its old value no longer applies.
    pub fn edited(&mut self, field: Field) {
        self.field_errors.retain(|(f, _)| *f != field);
        if field == Field::NewPds {
            // What "Check this PDS" found was about the address as it was.
            self.server_problem = None;
        }
    }

    pub fn error_for(&self, field: Field) -> Option<&str> {
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
                self.spoken.clone_from(&e);
                self.server_problem = Some(e);
            }
        }
    }

    /// Validates the form; on success the run begins (connecting) and the request is returned for
    /// the UI to run with [`super::flow::run`].
    pub fn submit(&mut self, secrets: &Secrets) -> Option<Request> {
        self.start(secrets, false)
    }

    /// "Continue" after a stop: the same run again, straight past the plan it already showed.
    pub fn continue_run(&mut self, secrets: &Secrets) -> Option<Request> {
        self.start(secrets, true)
    }

    fn start(&mut self, secrets: &Secrets, continuing: bool) -> Option<Request> {
        let server = self.server.as_ref().filter(|s| s.url == normalize_url(&self.form.new_pds));
        let mut request = match self.form.validate(secrets, server) {
            Err(problems) => {
                // One announcement for them all (each field's message is tied to its field, and
                // focus goes to the first: see the form's view).
                self.spoken = tr!("log-fields-need-attention", count = problems.len(), first = &problems[0].1);
                self.field_errors = problems;
                self.refused_submits += 1;
                self.phase = Phase::Form;
                return None;
            }
            Ok(request) => request,
        };
        request.start_at_once = continuing;
        self.continuing = continuing;
        self.form = request.form.clone();
        self.field_errors.clear();
        self.notice = None;
        self.did = None;
        self.old_pds = None;
        self.done.clear();
        self.current = None;
        self.estimate = None;
        self.plan = None;
        self.restore_preview = None;
        self.persistence = None;
        self.token_rejected = None;
        self.failed_step = None;
        self.account_check = None;
        self.sign_in_page = None;
        self.spoken_tenth = 0;
        self.typed_code.clear();
        self.progress = RunProgress::default();
        self.transfer_started = None;
        if continuing {
            self.log(LogLevel::Info, tr!("log-continuing"));
        } else {
            self.log = Log::starting_now();
        }
        self.phase = Phase::Connecting { status: tr!("log-starting") };
        let f = &request.form;
        self.log(
            LogLevel::Info,
            match f.mode {
                Mode::Move => tr!("log-moving", from = &f.old_pds, to = &f.new_pds),
                Mode::Repair => tr!("log-signing-in-both", from = &f.old_pds, to = &f.new_pds),
                Mode::Backup => tr!("log-backing-up", account = &f.old_id),
                Mode::Protect => tr!("log-adding-key", key = &f.recovery_key, account = &f.old_id),
                Mode::Restore => tr!("log-restoring", backup = &f.backup_folder, to = &f.new_pds),
            },
        );
        // Keep the DID of a saved run of the same accounts until signing in confirms it.
        let did = self.saved(f.mode).filter(|s| s.form.same_accounts(f)).and_then(|s| s.did.clone());
        self.save(did, false);
        Some(request)
    }

    /// The user starts after the plan, agrees to the irreversible steps, or gives the code.
    pub fn running(&mut self) {
        if let (Phase::Ready, Some(plan)) = (&self.phase, &self.plan) {
            // The repair's plan comes before the go: its transfer starts now.
            self.progress = RunProgress::for_plan_estimated(plan, self.estimate.as_ref());
            self.transfer_started = Some(Instant::now());
        }
        if matches!(self.phase, Phase::Ready) && self.mode() == Mode::Restore {
            self.progress = RunProgress::default();
            self.transfer_started = Some(Instant::now());
        }
        self.token_rejected = None;
        self.phase = Phase::Running;
    }

    /// Whether the blob transfer of this run began.
    pub fn transfer_began(&self) -> bool {
        self.transfer_started.is_some()
    }

    /// Seconds since the blob transfer started (live, unlike the progress numbers).
    pub fn transfer_elapsed_secs(&self) -> f64 {
        self.transfer_started.map_or(0.0, |t| t.elapsed().as_secs_f64())
    }

    /// The running task was dropped. A run that changed something stays on screen as
    /// [`Phase::Stopped`] (everything it did is kept; "Continue" goes on); one that changed
    /// nothing returns to the form.
    pub fn cancelled(&mut self) {
        let changed = matches!(
            self.phase,
            Phase::Running
                | Phase::UnmovableBlobs(_)
                | Phase::NeedsConfirmation(_)
                | Phase::NeedsPlcToken { .. }
                | Phase::NeedsDidWebUpdate(_)
        );
        self.resuming = self.did.clone();
        self.failed_step = self.current.take();
        self.continuing = false;
        self.log(LogLevel::Warn, tr!("log-stopped-by-you"));
        if self.did.is_some() {
            self.save(self.did.clone(), false);
        }
        if changed {
            self.notice = None;
            self.phase = Phase::Stopped;
        } else {
            self.notice = Some(match self.form.mode {
                Mode::Repair => tr!("notice-stopped-nothing-copied"),
                Mode::Backup => tr!("notice-stopped-nothing-saved"),
                Mode::Move | Mode::Protect | Mode::Restore => tr!("notice-stopped-nothing-changed"),
            });
            self.phase = Phase::Form;
        }
    }

    /// From the plan, an error or the report back to the form (the form keeps its fields).
    pub fn back_to_form(&mut self) {
        self.phase = Phase::Form;
        self.notice = None;
    }

    /// What `step` does for this account (a did:web's identity steps read differently).
    pub fn describe(&self, step: Step) -> String {
        step.describe_for(self.did.as_deref().unwrap_or_default())
    }

    /// The move's steps as the views list them: (step, done, current).
    pub fn step_rows(&self) -> Vec<(Step, bool, bool)> {
        Step::ALL.into_iter().map(|s| (s, self.done.contains(&s), self.current == Some(s))).collect()
    }

    /// Folds one event into the state.
    pub fn apply(&mut self, event: AppEvent) {
        match event {
            AppEvent::Status(status) => {
                self.log(LogLevel::Info, status.clone());
                if let Phase::Connecting { .. } = self.phase {
                    self.phase = Phase::Connecting { status };
                }
            }
            AppEvent::SigningIn { url, host } => {
                let status = tr!("status-sign-in-on-page", host = &host);
                self.log(LogLevel::Info, tr!("log-signing-in-on-page", host = &host));
                self.sign_in_page = Some((url, host));
                if let Phase::Connecting { .. } = self.phase {
                    self.phase = Phase::Connecting { status };
                }
            }
            AppEvent::Server(facts) => {
                self.log(LogLevel::Info, tr!("log-new-pds", url = &facts.url, did = &facts.did));
                self.server = Some(facts);
            }
            AppEvent::Estimate(e) => {
                let size = e.bytes.map_or(tr!("run-size-unknown"), format::bytes);
                self.log(LogLevel::Info, tr!("log-old-holds", count = e.blobs, size = size));
                self.estimate = Some(e);
            }
            AppEvent::Connected { did, old_pds, done, next } => {
                self.sign_in_page = None;
                self.old_pds = Some(old_pds);
                let text = match next {
                    Some(n) if !done.is_empty() => {
                        tr!("log-signed-in-continues", did = &did, step = n.describe_for(&did))
                    }
                    _ if self.mode() == Mode::Repair => tr!("log-signed-in-both", did = &did),
                    _ if self.mode() == Mode::Backup => tr!("log-signed-in-backup", did = &did),
                    _ => tr!("log-signed-in", did = &did),
                };
                self.log(LogLevel::Info, text);
                self.did = Some(did.clone());
                self.done = done;
                self.needs_auth_factor = false;
                self.save(Some(did), false);
                // The repair's plan is still to come; the move shows its own plan now (or, when
                // continuing a stopped run, goes straight on).
                match self.mode() {
                    Mode::Move => {
                        self.phase = Phase::Ready;
                        if self.continuing {
                            self.running();
                        }
                    }
                    // A backup changes nothing: it starts at once.
                    Mode::Backup => {
                        self.progress = RunProgress::default();
                        self.transfer_started = Some(Instant::now());
                        self.phase = Phase::Running;
                    }
                    // Asking for the emailed code comes next (the phase follows the run's events).
                    Mode::Repair | Mode::Protect | Mode::Restore => {}
                }
            }
            AppEvent::Planned(plan) => {
                self.log(
                    LogLevel::Info,
                    tr!(
                        "log-plan",
                        count = plan.blobs_missing,
                        strategy = format::strategy(plan.strategy),
                        reason = &plan.reason
                    ),
                );
                self.progress = RunProgress::for_plan_estimated(&plan, self.estimate.as_ref());
                self.plan = Some(*plan);
                if let Phase::Connecting { .. } = self.phase {
                    self.phase = Phase::Ready;
                    if self.continuing {
                        self.running();
                    }
                } else {
                    // The move's blob step plans as it begins.
                    self.transfer_started = Some(Instant::now());
                }
            }
            AppEvent::Persistence(p) => {
                let (level, text) = match &p {
                    Persistence::Granted => (LogLevel::Info, tr!("log-persistence-granted")),
                    Persistence::NotGranted => (LogLevel::Warn, tr!("run-persistence-not-granted")),
                    Persistence::Unavailable(e) => (LogLevel::Warn, tr!("run-persistence-unavailable", error = e)),
                };
                self.log(level, text);
                self.persistence = Some(p);
            }
            AppEvent::Step(ev) => self.step_event(ev),
            AppEvent::Progress(ev) => {
                let wait = matches!(ev, ProgressEvent::RateLimited { .. });
                if let Some((level, text)) = self.progress.apply(ev, self.log.now()) {
                    if wait {
                        self.spoken.clone_from(&text);
                    }
                    self.log(level, text);
                }
                let tenth = (self.progress.percent() / 10.0).floor().clamp(0.0, 10.0) as u8;
                if tenth > self.spoken_tenth && self.progress.blobs_total > 0 {
                    self.spoken_tenth = tenth;
                    self.spoken = tr!("spoken-percent-copied", percent = u16::from(tenth) * 10);
                }
            }
            AppEvent::Checking => {
                self.progress.checking();
                self.log(LogLevel::Info, tr!("run-asking"));
            }
            AppEvent::Repaired(report) => {
                let (level, text) = match &report.still_missing {
                    Ok(0) => (LogLevel::Info, tr!("log-repair-complete")),
                    Ok(n) => (LogLevel::Warn, tr!("log-repair-missing", count = *n)),
                    Err(e) => (LogLevel::Warn, tr!("log-repair-unconfirmed", error = e)),
                };
                self.tell(level, text);
                self.finish(report.did.clone(), report.complete());
                self.phase = Phase::Done(Box::new(Finished::Repaired(*report)));
            }
            AppEvent::BackedUp(done) => {
                let r = &done.report;
                let (level, text) = if r.is_complete() {
                    (LogLevel::Info, tr!("log-backup-complete", count = r.blobs_total, place = &done.place))
                } else {
                    (LogLevel::Warn, tr!("log-backup-incomplete", count = r.failed.len()))
                };
                self.tell(level, text);
                self.finish(r.did.clone(), r.is_complete());
                self.phase = Phase::Done(Box::new(Finished::BackedUp(*done)));
            }
            AppEvent::RestoreReady(preview) => {
                self.tell(
                    LogLevel::Info,
                    tr!("log-backup-holds", did = &preview.did, taken = &preview.taken_at, count = preview.blobs),
                );
                self.did = Some(preview.did.clone());
                self.save(Some(preview.did.clone()), false);
                self.restore_preview = Some(*preview);
                self.phase = Phase::Ready;
                if self.continuing {
                    self.running();
                }
            }
            AppEvent::Restored(report) => {
                self.tell(LogLevel::Info, tr!("log-restored", did = &report.did, pds = &report.new_pds));
                self.finish(report.did.clone(), true);
                self.phase = Phase::Done(Box::new(Finished::Restored(*report)));
            }
            AppEvent::Protected(done) => {
                self.tell(LogLevel::Info, tr!("log-protected", key = &done.key, did = &done.did));
                self.finish(done.did.clone(), true);
                self.phase = Phase::Done(Box::new(Finished::Protected(*done)));
            }
            AppEvent::Stopped(outcome) => {
                self.current = None;
                match *outcome {
                    Outcome::Complete(summary) => {
                        self.tell(LogLevel::Info, tr!("log-moved"));
                        self.done = summary.steps_done.clone();
                        let did = summary.did.clone();
                        self.phase = Phase::Done(Box::new(Finished::Moved(Box::new(summary))));
                        self.finish(did, true);
                    }
                    Outcome::NeedsConfirmation(summary) => {
                        self.tell(LogLevel::Info, tr!("log-needs-confirmation"));
                        self.done = summary.steps_done.clone();
                        self.phase = Phase::NeedsConfirmation(Box::new(summary));
                    }
                    Outcome::NeedsDidWebUpdate(update) => {
                        self.tell(LogLevel::Info, tr!("log-waiting-did-web", url = &update.document_url));
                        self.phase = Phase::NeedsDidWebUpdate(update);
                    }
                    Outcome::NeedsOldDeactivation { old_pds, account_page } => {
                        self.tell(LogLevel::Info, tr!("log-waiting-deactivation", page = &account_page));
                        self.phase = Phase::NeedsOldDeactivation { old_pds, account_page };
                    }
                    Outcome::NeedsPlcToken { email, email_sent_now, expires_unix } => {
                        self.tell(
                            LogLevel::Info,
                            tr!("log-waiting-code", email = &email, until = format::clock(expires_unix)),
                        );
                        self.phase = Phase::NeedsPlcToken { email, email_sent_now, expires_unix };
                    }
                }
            }
            AppEvent::Unmovable(blobs) => {
                self.current = None;
                self.tell(LogLevel::Warn, tr!("log-unmovable", count = blobs.len()));
                self.phase = Phase::UnmovableBlobs(blobs);
            }
            AppEvent::TokenRefused(error) => {
                self.log(LogLevel::Warn, format!("{}: {}", error.title, error.message));
                self.spoken = format!("{}. {}", error.title, error.advice);
                self.refused_codes += 1;
                self.token_rejected = Some(*error);
            }
            AppEvent::Failed(error) => {
                self.tell(LogLevel::Error, format!("{}: {}", error.title, error.message));
                self.failed_step = self.current.take();
                self.needs_auth_factor |= error.auth_factor;
                self.phase = Phase::Error(*error);
            }
        }
    }

    fn step_event(&mut self, ev: StepEvent) {
        match ev {
            StepEvent::StepStarted { step, description } => {
                self.current = Some(step);
                self.spoken = tr!("log-step-now", step = &description);
                self.log(LogLevel::Info, tr!("log-step-now", step = description));
                // The banner after a reload says how far the move got.
                self.save(self.did.clone(), false);
            }
            StepEvent::StepFinished { step } => {
                if !self.done.contains(&step) {
                    self.done.push(step);
                }
                if self.current == Some(step) {
                    self.current = None;
                }
                self.spoken = tr!("log-step-done", step = self.describe(step));
                self.log(LogLevel::Info, tr!("log-step-done", step = self.describe(step)));
            }
            StepEvent::Note { text, .. } => {
                // Notes are mostly good news ("3 preferences copied").
                // The one note that needs a look: the DID document could not be read.
                let warn = self.did.as_deref().is_some_and(|did| text == tr!("note-no-document", did = did));
                self.log(if warn { LogLevel::Warn } else { LogLevel::Info }, text)
            }
            // The flow turns the plan into `AppEvent::Planned`; the token wait arrives as `Stopped`.
            StepEvent::BlobPlan { .. } | StepEvent::WaitingForPlcToken { .. } => {}
        }
    }

    fn log(&mut self, level: LogLevel, text: String) {
        self.log.push(level, text)
    }

    /// Logs `text` and says it in the live region: the run ended, or waits for the person (the
    /// new card's heading takes focus too, but someone reading elsewhere on the page hears this).
    fn tell(&mut self, level: LogLevel, text: String) {
        self.spoken.clone_from(&text);
        self.log(level, text)
    }

    /// The run reached its end; a complete one is not offered for continuing.
    fn finish(&mut self, did: String, complete: bool) {
        self.save(Some(did), complete);
        if complete {
            self.resuming = None;
        }
    }

    fn save(&mut self, did: Option<String>, finished: bool) {
        let reached =
            self.current.or(self.failed_step).or(self.done.last().copied()).map(|s| self.describe(s).to_owned());
        let blobs = (self.progress.blobs_total > 0).then(|| (self.progress.blobs_done(), self.progress.blobs_total));
        let report = match &self.phase {
            Phase::Done(f) => match &**f {
                Finished::Moved(summary) => Some((**summary).clone()),
                Finished::Repaired(_) | Finished::BackedUp(_) | Finished::Protected(_) | Finished::Restored(_) => None,
            },
            _ => None,
        };
        let record = SavedRun { form: self.form.clone(), did, finished, updated_unix: 0, reached, blobs, report };
        if self.persist {
            saved::store(&record);
        }
        let mode = record.form.mode;
        *self.saved_slot(mode) = Some(record);
    }
}

#[cfg(test)]
mod tests;
