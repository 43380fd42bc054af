//! The migration's state machine, as the views see it:
//!
//! ```text
//! Form ──submit──▶ SigningIn ──Planned──▶ PlanReady ──start──▶ Running ──Finished──▶ Done
//!   ▲                  │                     │                    │
//!   └──── back ────────┴──── Failed ─────────┴───────────────▶ Error      cancel ──▶ Form
//! ```
//!
//! [`Controller`] holds the form, the phase, the plan, the live progress and a log; [`Controller::apply`]
//! folds one [`AppEvent`] into it. It does no I/O except saving the non-secret form fields
//! (see [`super::saved`]) when built with [`Controller::load`].

use std::collections::VecDeque;

use tektite_engine::progress::Totals;
use tektite_engine::{BlobStatus, MigrationPlan, ProgressEvent};
use web_time::Instant;

use super::flow::{strip_js_stack, AppError, AppEvent, Outcome, Persistence};
use super::form::{Field, Form, Request, Secrets};
use super::format;
use super::saved::{self, SavedMigration};

/// Lines kept in the log; older ones are dropped (the report keeps the totals).
const LOG_LINES: usize = 400;
/// Window over which the transfer rate is measured.
const RATE_WINDOW_SECS: f64 = 5.0;

#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Accounts and target PDS, one form.
    Form,
    /// Signing in, listing, probing; `status` says which.
    SigningIn { status: String },
    /// The plan is shown; nothing moves until the user starts.
    PlanReady,
    /// Blobs are moving (see [`Controller::progress`]).
    Running,
    /// The run is over: the report.
    Done(Box<Outcome>),
    /// The run could not go on.
    Error(AppError),
}

/// One blob in flight.
#[derive(Debug, Clone, PartialEq)]
pub struct BlobRow {
    pub cid: String,
    pub size: Option<u64>,
    pub downloaded: u64,
    pub uploaded: u64,
    pub from_cache: bool,
    /// 1 for the first attempt.
    pub attempt: u32,
}

/// A rate-limit wait under way.
#[derive(Debug, Clone, PartialEq)]
pub struct RateWait {
    pub host: String,
    pub until_unix: u64,
    pub wait_secs: u64,
    /// The server said how long; otherwise a default wait.
    pub stated: bool,
}

/// Live numbers of the running transfer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunProgress {
    pub blobs_total: usize,
    pub blobs_migrated: usize,
    pub blobs_from_cache: usize,
    pub blobs_failed: usize,
    /// Bytes to move, when the plan knows every size.
    pub bytes_total: Option<u64>,
    pub bytes_downloaded: u64,
    pub bytes_uploaded: u64,
    /// Bytes of the blobs finished so far (migrated, or given up on): what the percentage counts.
    pub bytes_finished: u64,
    /// Upload rate over the last few seconds, bytes per second.
    pub rate: f64,
    pub elapsed_secs: f64,
    /// Blobs in flight, oldest first.
    pub active: Vec<BlobRow>,
    pub retries: u64,
    pub rate_limit_waits: u64,
    pub session_refreshes: u64,
    pub waiting: Option<RateWait>,
    /// The transfer is over; the new PDS is being asked what it still misses.
    pub checking: bool,
    samples: VecDeque<(f64, u64)>,
}

impl RunProgress {
    pub fn blobs_done(&self) -> usize {
        self.blobs_migrated + self.blobs_failed
    }

    /// Bytes of the work done: finished blobs plus what the blobs in flight have uploaded. Unlike
    /// [`RunProgress::bytes_uploaded`] it does not count attempts that were retried.
    pub fn bytes_done(&self) -> u64 {
        self.bytes_finished + self.active.iter().map(|r| r.uploaded).sum::<u64>()
    }

    /// Share of the work done, 0–100: by bytes when the sizes are known, else by blobs.
    pub fn percent(&self) -> f64 {
        match self.bytes_total {
            Some(total) if total > 0 => format::percent(self.bytes_done(), Some(total)),
            _ => format::percent(self.blobs_done() as u64, Some(self.blobs_total as u64)),
        }
    }

    /// Seconds left at the current rate, when it can be told.
    pub fn eta_secs(&self) -> Option<f64> {
        let total = self.bytes_total?;
        (self.rate >= 1.0).then(|| total.saturating_sub(self.bytes_done()) as f64 / self.rate)
    }

    fn row(&mut self, cid: &str) -> Option<&mut BlobRow> {
        self.active.iter_mut().find(|r| r.cid == cid)
    }

    fn sample(&mut self, now: f64) {
        self.elapsed_secs = now;
        self.samples.push_back((now, self.bytes_uploaded));
        while self.samples.len() > 2 && self.samples.front().is_some_and(|(t, _)| now - t > RATE_WINDOW_SECS) {
            self.samples.pop_front();
        }
        if let (Some((t0, b0)), Some((t1, b1))) = (self.samples.front(), self.samples.back()) {
            if t1 - t0 >= 0.2 {
                self.rate = b1.saturating_sub(*b0) as f64 / (t1 - t0);
            } else if now > 0.5 {
                self.rate = self.bytes_uploaded as f64 / now;
            }
        }
    }

    fn totals(&mut self, t: &Totals) {
        self.bytes_downloaded = self.bytes_downloaded.max(t.bytes_downloaded);
        self.bytes_uploaded = self.bytes_uploaded.max(t.bytes_uploaded);
        self.blobs_total = self.blobs_total.max(t.blobs_total);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LogLine {
    /// Seconds since the run (the sign-in) started.
    pub at_secs: f64,
    pub level: LogLevel,
    pub text: String,
}

/// The app's state. The views read its fields; the UI calls its methods.
pub struct Controller {
    /// The form as typed (non-secret fields; the passwords live in the view only).
    pub form: Form,
    pub field_errors: Vec<(Field, String)>,
    /// The record found at start-up, for the "resume" banner.
    pub saved: Option<SavedMigration>,
    /// The form was filled from the saved record: the view asks only for the passwords.
    pub resuming: Option<String>,
    pub phase: Phase,
    pub did: Option<String>,
    pub plan: Option<MigrationPlan>,
    pub persistence: Option<Persistence>,
    pub progress: RunProgress,
    pub log: VecDeque<LogLine>,
    /// A one-line message above the form (e.g. after a cancel).
    pub notice: Option<String>,
    started: Option<Instant>,
    transfer_started: Option<Instant>,
    persist: bool,
}

impl Controller {
    /// A controller that neither reads nor writes the saved record (tests, previews).
    pub fn new(saved: Option<SavedMigration>) -> Self {
        Controller {
            form: saved.as_ref().map(|s| s.form.clone()).unwrap_or_default(),
            field_errors: Vec::new(),
            saved,
            resuming: None,
            phase: Phase::Form,
            did: None,
            plan: None,
            persistence: None,
            progress: RunProgress::default(),
            log: VecDeque::new(),
            notice: None,
            started: None,
            transfer_started: None,
            persist: false,
        }
    }

    /// The app's controller: starts from the saved record and keeps it up to date.
    pub fn load() -> Self {
        Controller { persist: true, ..Controller::new(saved::load()) }
    }

    /// The DID a "resume" banner should offer, if any.
    pub fn resumable(&self) -> Option<&str> {
        self.saved.as_ref().and_then(SavedMigration::resumable_did)
    }

    /// Fills the form from the saved record; only the passwords are left to type.
    pub fn resume(&mut self) {
        if let Some(saved) = &self.saved {
            self.form = saved.form.clone();
            self.resuming = saved.did.clone();
            self.field_errors.clear();
            self.notice = None;
            self.phase = Phase::Form;
        }
    }

    /// Forgets the saved migration (the banner's "Dismiss"); the engine's resume state and cache
    /// stay, so signing in to the same accounts later still continues where it stopped.
    pub fn forget_saved(&mut self) {
        self.saved = None;
        self.resuming = None;
        if self.persist {
            saved::clear();
        }
    }

    pub fn error_for(&self, field: Field) -> Option<&str> {
        self.field_errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    /// Validates the form; on success the run begins (signing in) and the request is returned for
    /// the UI to run with [`super::flow::run`].
    pub fn submit(&mut self, secrets: &Secrets) -> Option<Request> {
        match self.form.validate(secrets) {
            Err(problems) => {
                self.field_errors = problems;
                None
            }
            Ok(request) => {
                self.form = request.form.clone();
                self.field_errors.clear();
                self.notice = None;
                self.plan = None;
                self.did = None;
                self.persistence = None;
                self.progress = RunProgress::default();
                self.log.clear();
                self.started = Some(Instant::now());
                self.phase = Phase::SigningIn { status: "Starting…".into() };
                self.log(
                    LogLevel::Info,
                    format!("Signing in to {} and {}", request.form.old_pds, request.form.new_pds),
                );
                // Keep the DID of a saved migration of the same accounts until the sign-in confirms it.
                let did =
                    self.saved.as_ref().filter(|s| same_accounts(&s.form, &self.form)).and_then(|s| s.did.clone());
                self.save(did, false);
                Some(request)
            }
        }
    }

    /// Seconds since the transfer started (live, unlike the progress numbers, which move with
    /// events).
    pub fn transfer_elapsed_secs(&self) -> f64 {
        self.transfer_started.map_or(0.0, |t| t.elapsed().as_secs_f64())
    }

    /// The user starts the planned transfer.
    pub fn start(&mut self) {
        if self.phase == Phase::PlanReady {
            self.phase = Phase::Running;
            self.transfer_started = Some(Instant::now());
            let plan = self.plan.as_ref();
            self.progress = RunProgress {
                blobs_total: plan.map_or(0, |p| p.blobs_missing),
                bytes_total: plan.and_then(|p| p.total_size),
                ..Default::default()
            };
        }
    }

    /// The running task was dropped: back to the form, with what is kept said plainly.
    pub fn cancelled(&mut self) {
        let was_running = self.phase == Phase::Running;
        self.phase = Phase::Form;
        self.resuming = self.did.clone();
        self.notice = Some(if was_running {
            "Stopped. Blobs already on the new PDS and verified copies in the local cache are kept: \
             enter the passwords again to continue where it stopped."
                .into()
        } else {
            "Stopped before anything was copied.".into()
        });
        self.log(LogLevel::Warn, "Stopped by you".into());
    }

    /// From the plan, an error or the report back to the form (the form keeps its fields).
    pub fn back_to_form(&mut self) {
        self.phase = Phase::Form;
        self.notice = None;
    }

    /// Folds one event into the state.
    pub fn apply(&mut self, event: AppEvent) {
        match event {
            AppEvent::Status(status) => {
                self.log(LogLevel::Info, status.clone());
                if let Phase::SigningIn { .. } = self.phase {
                    self.phase = Phase::SigningIn { status };
                }
            }
            AppEvent::SignedIn { did } => {
                self.log(LogLevel::Info, format!("Signed in to both servers as {did}"));
                self.did = Some(did.clone());
                self.save(Some(did), false);
            }
            AppEvent::Planned(plan) => {
                self.log(
                    LogLevel::Info,
                    format!(
                        "Plan: {} missing on the new PDS, {} strategy ({})",
                        format::blobs(plan.blobs_missing),
                        plan.strategy,
                        plan.reason
                    ),
                );
                self.plan = Some(*plan);
                self.phase = Phase::PlanReady;
            }
            AppEvent::Persistence(p) => {
                let text = match &p {
                    Persistence::Granted => "The browser will keep this site's storage (persistent)".to_owned(),
                    Persistence::NotGranted => {
                        "The browser did not grant persistent storage: it may clear the cache under storage \
                         pressure (verified blobs would then be downloaded again)"
                            .to_owned()
                    }
                    Persistence::Unavailable(e) => format!("Could not ask for persistent storage: {e}"),
                };
                let level = if p == Persistence::Granted { LogLevel::Info } else { LogLevel::Warn };
                self.log(level, text);
                self.persistence = Some(p);
            }
            AppEvent::Started => {
                if self.phase == Phase::PlanReady {
                    self.start();
                }
                self.log(LogLevel::Info, "Transfer started".into());
            }
            AppEvent::Progress(ev) => self.progress_event(ev),
            AppEvent::Checking => {
                self.progress.checking = true;
                self.progress.active.clear();
                self.progress.waiting = None;
                self.log(LogLevel::Info, "Asking the new PDS what it still misses…".into());
            }
            AppEvent::Finished(outcome) => {
                let text = match &outcome.still_missing {
                    Ok(0) => "Done: the new PDS misses no blobs".to_owned(),
                    Ok(n) => format!("Finished; the new PDS still misses {}", format::blobs(*n)),
                    Err(e) => format!("Finished, but the new PDS could not be asked what it misses: {e}"),
                };
                self.log(if outcome.complete() { LogLevel::Info } else { LogLevel::Warn }, text);
                let did = Some(outcome.did.clone());
                self.save(did, outcome.complete());
                if outcome.complete() {
                    if let Some(saved) = &mut self.saved {
                        saved.finished = true;
                    }
                    self.resuming = None;
                }
                self.phase = Phase::Done(outcome);
            }
            AppEvent::Failed(error) => {
                self.log(LogLevel::Error, format!("{}: {}", error.title, error.message));
                self.phase = Phase::Error(error);
            }
        }
    }

    fn progress_event(&mut self, ev: ProgressEvent) {
        let now = self.started.map_or(0.0, |s| s.elapsed().as_secs_f64());
        let p = &mut self.progress;
        match ev {
            ProgressEvent::WorkListed { missing, inventory } => {
                p.blobs_total = p.blobs_total.max(missing);
                self.log(
                    LogLevel::Info,
                    format!("The new PDS misses {}; the old PDS holds {inventory}", format::blobs(missing)),
                );
            }
            ProgressEvent::BlobStarted { cid, size, from_cache } => {
                p.waiting = None;
                let attempt = match p.row(&cid) {
                    Some(row) => {
                        row.attempt += 1;
                        row.downloaded = 0;
                        row.uploaded = 0;
                        row.size = size;
                        row.from_cache = from_cache;
                        row.attempt
                    }
                    None => {
                        p.active.push(BlobRow {
                            cid: cid.clone(),
                            size,
                            downloaded: 0,
                            uploaded: 0,
                            from_cache,
                            attempt: 1,
                        });
                        1
                    }
                };
                if attempt > 1 {
                    self.log(LogLevel::Info, format!("{}: attempt {attempt}", format::short_cid(&cid)));
                }
            }
            ProgressEvent::BlobBytes { cid, downloaded, uploaded, size } => {
                p.waiting = None;
                if let Some(row) = p.row(&cid) {
                    let down = downloaded.saturating_sub(row.downloaded);
                    let up = uploaded.saturating_sub(row.uploaded);
                    row.downloaded = row.downloaded.max(downloaded);
                    row.uploaded = row.uploaded.max(uploaded);
                    if size.is_some() {
                        row.size = size;
                    }
                    p.bytes_downloaded += down;
                    p.bytes_uploaded += up;
                }
                p.sample(now);
            }
            ProgressEvent::BlobFinished { outcome } => {
                let row = p.active.iter().position(|r| r.cid == outcome.cid).map(|i| p.active.remove(i));
                let short = format::short_cid(&outcome.cid);
                match outcome.status {
                    BlobStatus::Migrated { size, from_cache, .. } => {
                        p.blobs_migrated += 1;
                        p.bytes_finished += size;
                        if from_cache {
                            p.blobs_from_cache += 1;
                        }
                        // Bytes not reported by `BlobBytes` yet (the last chunk, or a small blob).
                        let counted = row.as_ref().map_or(0, |r| r.uploaded);
                        p.bytes_uploaded += size.saturating_sub(counted);
                        if !from_cache {
                            let counted = row.as_ref().map_or(0, |r| r.downloaded);
                            p.bytes_downloaded += size.saturating_sub(counted);
                        }
                        p.sample(now);
                        let how = if from_cache { ", from the local cache" } else { "" };
                        self.log(LogLevel::Info, format!("{short} is on the new PDS ({}{how})", format::bytes(size)));
                    }
                    BlobStatus::Skipped { reason } => {
                        self.log(LogLevel::Info, format!("{short} skipped: {reason}"));
                    }
                    BlobStatus::Failed { message, .. } => {
                        p.blobs_failed += 1;
                        p.bytes_finished += row.as_ref().and_then(|r| r.size).unwrap_or(0);
                        self.log(LogLevel::Error, format!("{short} failed: {}", strip_js_stack(&message)));
                    }
                }
            }
            ProgressEvent::Totals(t) => {
                p.totals(&t);
                p.sample(now);
            }
            ProgressEvent::Retrying { cid, attempt, delay_secs, reason } => {
                p.retries += 1;
                let what = cid.as_deref().map(format::short_cid).unwrap_or_else(|| "the request".into());
                self.log(
                    LogLevel::Warn,
                    format!(
                        "{what}: trying again in {} (attempt {attempt}): {}",
                        format::duration(delay_secs),
                        strip_js_stack(&reason)
                    ),
                );
            }
            ProgressEvent::RateLimited { host, wait_secs, resume_at_unix, stated_by_server } => {
                p.rate_limit_waits += 1;
                p.waiting = Some(RateWait {
                    host: host.clone(),
                    until_unix: resume_at_unix,
                    wait_secs,
                    stated: stated_by_server,
                });
                let why = if stated_by_server { "as it asked" } else { "a default wait: it did not say how long" };
                self.log(
                    LogLevel::Warn,
                    format!(
                        "{host} is limiting the request rate: waiting {} ({why}), until {}",
                        format::duration(wait_secs as f64),
                        format::utc_clock(resume_at_unix)
                    ),
                );
            }
            ProgressEvent::SessionRefreshed { host } => {
                p.session_refreshes += 1;
                self.log(LogLevel::Info, format!("The session on {host} was renewed"));
            }
        }
    }

    /// Starts the log's clock (the account move uses this controller for its log and blob progress
    /// without [`Controller::submit`]).
    pub fn start_clock(&mut self) {
        self.started = Some(Instant::now());
    }

    /// Adds a line to the log (the account move writes its own lines into this log).
    pub fn push_log(&mut self, level: LogLevel, text: String) {
        self.log(level, text)
    }

    fn log(&mut self, level: LogLevel, text: String) {
        let at_secs = self.started.map_or(0.0, |s| s.elapsed().as_secs_f64());
        self.log.push_back(LogLine { at_secs, level, text });
        while self.log.len() > LOG_LINES {
            self.log.pop_front();
        }
    }

    fn save(&mut self, did: Option<String>, finished: bool) {
        let record = SavedMigration { form: self.form.clone(), did, finished, updated_unix: 0 };
        if self.persist {
            saved::store(&record);
        }
        self.saved = Some(record);
    }
}

/// The same migration: same servers and accounts (the strategy may differ).
fn same_accounts(a: &Form, b: &Form) -> bool {
    a.old_pds == b.old_pds && a.old_id == b.old_id && a.new_pds == b.new_pds && a.new_id == b.new_id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::flow::FailedBlob;
    use tektite_engine::{BlobOutcome, StrategyKind};
    use tektite_platform::Probes;

    fn plan(missing: usize, total: Option<u64>) -> MigrationPlan {
        MigrationPlan {
            did: "did:plc:abc".into(),
            source: "https://old/".into(),
            target: "https://new/".into(),
            blobs_missing: missing,
            blobs_inventory: missing + 1,
            blobs_present: 1,
            blobs_cached: 0,
            total_size: total,
            probes: Probes::default(),
            network_reliable: true,
            strategy: StrategyKind::Streaming,
            forced: false,
            reason: "many blobs".into(),
            concurrency: 4,
            chunk_size: 65536,
            channel_capacity: Some(4),
            estimated_memory: 1 << 20,
            upload_path: "a streamed request body".into(),
        }
    }

    fn filled() -> (Controller, Secrets) {
        let mut c = Controller::new(None);
        c.form = Form {
            old_pds: "https://old".into(),
            old_id: "alice.old".into(),
            new_pds: "https://new".into(),
            new_id: "alice.new".into(),
            ..Default::default()
        };
        (c, Secrets { old_password: "pw".into(), new_password: "pw".into() })
    }

    #[test]
    fn a_run_goes_from_form_to_report() {
        let (mut c, secrets) = filled();
        assert!(c.submit(&Secrets::default()).is_none());
        assert_eq!(c.field_errors.len(), 2);
        let req = c.submit(&secrets).expect("valid");
        assert_eq!(req.form.new_id, "alice.new");
        assert!(matches!(c.phase, Phase::SigningIn { .. }));
        c.apply(AppEvent::Status("Signing in".into()));
        assert_eq!(c.phase, Phase::SigningIn { status: "Signing in".into() });
        c.apply(AppEvent::SignedIn { did: "did:plc:abc".into() });
        assert_eq!(c.resumable(), Some("did:plc:abc"));
        c.apply(AppEvent::Planned(Box::new(plan(2, Some(300)))));
        assert_eq!(c.phase, Phase::PlanReady);
        c.start();
        assert_eq!(c.phase, Phase::Running);
        assert_eq!(c.progress.blobs_total, 2);

        let ev = |e| AppEvent::Progress(e);
        c.apply(ev(ProgressEvent::BlobStarted { cid: "a".into(), size: Some(100), from_cache: false }));
        c.apply(ev(ProgressEvent::BlobStarted { cid: "b".into(), size: Some(200), from_cache: true }));
        assert_eq!(c.progress.active.last().unwrap().cid, "b");
        c.apply(ev(ProgressEvent::BlobBytes { cid: "a".into(), downloaded: 60, uploaded: 40, size: Some(100) }));
        assert_eq!((c.progress.bytes_downloaded, c.progress.bytes_uploaded), (60, 40));
        // A new attempt restarts the blob's counters but not the run's bytes.
        c.apply(ev(ProgressEvent::Retrying {
            cid: Some("a".into()),
            attempt: 2,
            delay_secs: 0.5,
            reason: "502".into(),
        }));
        c.apply(ev(ProgressEvent::BlobStarted { cid: "a".into(), size: Some(100), from_cache: false }));
        assert_eq!(c.progress.active[0].attempt, 2);
        c.apply(ev(ProgressEvent::BlobBytes { cid: "a".into(), downloaded: 100, uploaded: 100, size: Some(100) }));
        assert_eq!((c.progress.bytes_downloaded, c.progress.bytes_uploaded), (160, 140));
        c.apply(ev(ProgressEvent::BlobFinished {
            outcome: BlobOutcome {
                cid: "a".into(),
                status: BlobStatus::Migrated { size: 100, from_cache: false, attempts: 2 },
            },
        }));
        c.apply(ev(ProgressEvent::RateLimited {
            host: "new".into(),
            wait_secs: 30,
            resume_at_unix: 3600,
            stated_by_server: true,
        }));
        assert!(c.progress.waiting.is_some());
        c.apply(ev(ProgressEvent::SessionRefreshed { host: "new".into() }));
        c.apply(ev(ProgressEvent::BlobFinished {
            outcome: BlobOutcome {
                cid: "b".into(),
                status: BlobStatus::Migrated { size: 200, from_cache: true, attempts: 1 },
            },
        }));
        let p = &c.progress;
        assert_eq!((p.blobs_migrated, p.blobs_from_cache, p.blobs_done()), (2, 1, 2));
        assert_eq!(p.bytes_uploaded, 340, "every byte sent counts, the retried attempt's too");
        assert_eq!(p.bytes_done(), 300);
        assert_eq!(p.bytes_downloaded, 160, "a cached blob is not downloaded");
        assert!(p.active.is_empty());
        assert_eq!((p.retries, p.rate_limit_waits, p.session_refreshes), (1, 1, 1));
        assert_eq!(p.percent(), 100.0);
        assert!(c.log.iter().any(|l| l.text.contains("limiting the request rate") && l.text.contains("01:00:00 UTC")));

        c.apply(AppEvent::Checking);
        c.apply(AppEvent::Finished(Box::new(outcome(Ok(0)))));
        assert!(matches!(c.phase, Phase::Done(ref o) if o.complete()));
        assert_eq!(c.resumable(), None, "a complete migration is not offered for resuming");
    }

    fn outcome(still_missing: Result<usize, String>) -> Outcome {
        Outcome {
            did: "did:plc:abc".into(),
            strategy: StrategyKind::Streaming,
            missing_before: 2,
            already_present: 1,
            migrated: 2,
            from_cache: 1,
            failed: vec![],
            bytes_migrated: 300,
            bytes_downloaded: 100,
            bytes_uploaded: 300,
            retries: 1,
            seconds: 1.0,
            still_missing,
        }
    }

    #[test]
    fn an_incomplete_run_stays_resumable_and_cancel_keeps_the_did() {
        let (mut c, secrets) = filled();
        c.submit(&secrets).unwrap();
        c.apply(AppEvent::SignedIn { did: "did:plc:abc".into() });
        c.apply(AppEvent::Planned(Box::new(plan(2, None))));
        c.start();
        c.cancelled();
        assert_eq!(c.phase, Phase::Form);
        assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
        assert!(c.notice.as_deref().unwrap().contains("kept"));

        c.submit(&secrets).unwrap();
        c.apply(AppEvent::SignedIn { did: "did:plc:abc".into() });
        let mut o = outcome(Ok(1));
        o.failed = vec![FailedBlob {
            cid: "b".into(),
            kind: tektite_engine::BlobFailureKind::TooLarge,
            message: "too large".into(),
            retryable: false,
        }];
        c.apply(AppEvent::Finished(Box::new(o)));
        assert_eq!(c.resumable(), Some("did:plc:abc"));
    }

    #[test]
    fn resuming_fills_the_form_from_the_saved_record() {
        let saved = SavedMigration {
            form: Form { old_pds: "https://old".into(), new_id: "alice.new".into(), ..Default::default() },
            did: Some("did:plc:abc".into()),
            finished: false,
            updated_unix: 1,
        };
        let mut c = Controller::new(Some(saved));
        assert_eq!(c.resumable(), Some("did:plc:abc"));
        c.form = Form::default();
        c.resume();
        assert_eq!(c.form.new_id, "alice.new");
        assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
        c.forget_saved();
        assert_eq!(c.resumable(), None);
    }

    #[test]
    fn failures_end_in_the_error_phase() {
        let (mut c, secrets) = filled();
        c.submit(&secrets).unwrap();
        c.apply(AppEvent::Failed(AppError { title: "t".into(), message: "m".into(), advice: "a".into() }));
        assert!(matches!(c.phase, Phase::Error(_)));
        c.back_to_form();
        assert_eq!(c.phase, Phase::Form);
    }
}
