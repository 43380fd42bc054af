//! The blob step's live numbers as the views show them: totals, the blobs in flight, the rate, a
//! rate-limit wait. [`RunProgress::apply`] folds one engine [`ProgressEvent`] in and says what is
//! worth a line in the log.

use std::collections::VecDeque;
use tektite_i18n::tr;

use tektite_engine::blobs::BlobEstimate;
use tektite_engine::progress::Totals;
use tektite_engine::{BlobStatus, MigrationPlan, ProgressEvent};

use super::format;
use super::log::LogLevel;
use super::words::strip_js_stack;

/// Window over which the transfer rate is measured.
const RATE_WINDOW_SECS: f64 = 5.0;

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
    /// The server's stated pace, for how long the rest will take.
    pub quota: Option<tektite_engine::xrpc::rate_limit::Quota>,
}

/// Live numbers of the running transfer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunProgress {
    pub blobs_total: usize,
    pub blobs_migrated: usize,
    pub blobs_from_cache: usize,
    pub blobs_failed: usize,
    /// Bytes to move: every size known to the plan, or (see `bytes_estimated`) extrapolated from
    /// the blobs measured before the move.
    pub bytes_total: Option<u64>,
    /// `bytes_total` is an estimate (the views say "about").
    pub bytes_estimated: bool,
    /// Blobs the new PDS already had when this run began (earlier runs' work, or never missing).
    pub blobs_before: usize,
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
    /// Blobs moved at once now, when the engine said (it adapts the number to the throughput).
    pub blobs_at_once: Option<usize>,
    samples: VecDeque<(f64, u64)>,
}

impl RunProgress {
    /// Fresh numbers for the work `plan` decided on.
    pub fn for_plan(plan: &MigrationPlan) -> Self {
        RunProgress {
            blobs_total: plan.blobs_missing,
            bytes_total: plan.total_size,
            blobs_before: plan.blobs_present,
            ..Default::default()
        }
    }

    /// [`RunProgress::for_plan`], with the total size estimated from `estimate` (the blobs measured
    /// before the move) when the plan did not measure every blob.
    pub fn for_plan_estimated(plan: &MigrationPlan, estimate: Option<&BlobEstimate>) -> Self {
        let mut p = Self::for_plan(plan);
        if p.bytes_total.is_none() {
            let per_blob = estimate.and_then(|e| Some(e.bytes? / e.blobs.max(1) as u64));
            p.bytes_total = per_blob.map(|b| b * plan.blobs_missing as u64);
            p.bytes_estimated = p.bytes_total.is_some();
        }
        p
    }

    pub fn blobs_done(&self) -> usize {
        self.blobs_migrated + self.blobs_failed
    }

    /// Blobs on the new PDS in all, earlier runs included, and of how many.
    pub fn overall(&self) -> (usize, usize) {
        (self.blobs_before + self.blobs_migrated, self.blobs_before + self.blobs_total)
    }

    /// Bytes of the work done: finished blobs plus what the blobs in flight have uploaded. Unlike
    /// [`RunProgress::bytes_uploaded`] it does not count attempts that were retried.
    pub fn bytes_done(&self) -> u64 {
        self.bytes_finished + self.active.iter().map(|r| r.uploaded).sum::<u64>()
    }

    /// Share of the work done, 0–100: by bytes when the sizes are known, else by blobs.
    pub fn percent(&self) -> f64 {
        match self.bytes_total {
            // An estimated total may be exceeded: below 100 % until the last blob is done.
            Some(total) if total > 0 && self.bytes_estimated && self.blobs_done() < self.blobs_total => {
                format::percent(self.bytes_done(), Some(total)).min(99.0)
            }
            Some(total) if total > 0 => format::percent(self.bytes_done(), Some(total)),
            _ => format::percent(self.blobs_done() as u64, Some(self.blobs_total as u64)),
        }
    }

    /// Seconds left at the current rate, when it can be told.
    pub fn eta_secs(&self) -> Option<f64> {
        let total = self.bytes_total?;
        (self.rate >= 1.0).then(|| total.saturating_sub(self.bytes_done()) as f64 / self.rate)
    }

    /// The transfer ended; the verdict is being asked for.
    pub fn checking(&mut self) {
        self.checking = true;
        self.active.clear();
        self.waiting = None;
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

    /// Folds `ev` in at `now` (seconds since the run began); returns the log line it deserves.
    pub fn apply(&mut self, ev: ProgressEvent, now: f64) -> Option<(LogLevel, String)> {
        match ev {
            ProgressEvent::WorkListed { missing, inventory } => {
                self.blobs_total = self.blobs_total.max(missing);
                Some((LogLevel::Info, tr!("log-work-listed", count = missing, inventory = inventory)))
            }
            ProgressEvent::BlobStarted { cid, size, from_cache } => {
                self.waiting = None;
                let attempt = match self.row(&cid) {
                    Some(row) => {
                        row.attempt += 1;
                        row.downloaded = 0;
                        row.uploaded = 0;
                        row.size = size;
                        row.from_cache = from_cache;
                        row.attempt
                    }
                    None => {
                        self.active.push(BlobRow {
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
                (attempt > 1).then(|| {
                    (LogLevel::Info, tr!("log-blob-attempt", cid = format::short_cid(&cid), attempt = attempt))
                })
            }
            ProgressEvent::BlobBytes { cid, downloaded, uploaded, size } => {
                self.waiting = None;
                if let Some(row) = self.row(&cid) {
                    let down = downloaded.saturating_sub(row.downloaded);
                    let up = uploaded.saturating_sub(row.uploaded);
                    row.downloaded = row.downloaded.max(downloaded);
                    row.uploaded = row.uploaded.max(uploaded);
                    if size.is_some() {
                        row.size = size;
                    }
                    self.bytes_downloaded += down;
                    self.bytes_uploaded += up;
                }
                self.sample(now);
                None
            }
            ProgressEvent::BlobFinished { outcome } => {
                let row = self.active.iter().position(|r| r.cid == outcome.cid).map(|i| self.active.remove(i));
                let short = format::short_cid(&outcome.cid);
                match outcome.status {
                    BlobStatus::Migrated { size, from_cache, .. } => {
                        self.blobs_migrated += 1;
                        self.bytes_finished += size;
                        if from_cache {
                            self.blobs_from_cache += 1;
                        }
                        // Bytes not reported by `BlobBytes` yet (the last chunk, or a small blob).
                        let counted = row.as_ref().map_or(0, |r| r.uploaded);
                        self.bytes_uploaded += size.saturating_sub(counted);
                        if !from_cache {
                            let counted = row.as_ref().map_or(0, |r| r.downloaded);
                            self.bytes_downloaded += size.saturating_sub(counted);
                        }
                        self.sample(now);
                        let size = format::bytes(size);
                        Some((
                            LogLevel::Info,
                            match from_cache {
                                true => tr!("log-blob-on-new-cached", cid = &short, size = size),
                                false => tr!("log-blob-on-new", cid = &short, size = size),
                            },
                        ))
                    }
                    BlobStatus::Skipped { reason } => {
                        Some((LogLevel::Info, tr!("log-blob-skipped", cid = &short, reason = reason)))
                    }
                    BlobStatus::Failed { message, .. } => {
                        self.blobs_failed += 1;
                        self.bytes_finished += row.as_ref().and_then(|r| r.size).unwrap_or(0);
                        Some((
                            LogLevel::Error,
                            tr!("log-blob-failed", cid = &short, message = strip_js_stack(&message)),
                        ))
                    }
                }
            }
            ProgressEvent::Totals(t) => {
                self.totals(&t);
                self.sample(now);
                None
            }
            ProgressEvent::Retrying { cid, attempt, delay_secs, reason } => {
                self.retries += 1;
                let what = cid.as_deref().map(format::short_cid).unwrap_or_else(|| tr!("log-the-request"));
                let (delay, reason) = (format::duration(delay_secs), strip_js_stack(&reason));
                Some((
                    LogLevel::Warn,
                    tr!("log-retrying", what = what, delay = delay, attempt = attempt, reason = reason),
                ))
            }
            ProgressEvent::RateLimited { host, wait_secs, resume_at_unix, stated_by_server, quota } => {
                self.rate_limit_waits += 1;
                self.waiting = Some(RateWait {
                    host: host.clone(),
                    until_unix: resume_at_unix,
                    wait_secs,
                    stated: stated_by_server,
                    quota,
                });
                let why = if stated_by_server { tr!("log-wait-stated") } else { tr!("log-wait-default") };
                let now = resume_at_unix.saturating_sub(wait_secs);
                let until = tektite_engine::waits::until_local(now, resume_at_unix);
                Some((LogLevel::Warn, tr!("log-rate-limited", host = &host, until = until, why = why)))
            }
            ProgressEvent::SessionRefreshed { host } => {
                self.session_refreshes += 1;
                Some((LogLevel::Info, tr!("log-session-renewed", host = &host)))
            }
            ProgressEvent::Concurrency { blobs_at_once, reason } => {
                self.blobs_at_once = Some(blobs_at_once);
                Some((LogLevel::Info, tr!("log-concurrency", count = blobs_at_once, reason = reason)))
            }
            ProgressEvent::CacheFull { cid, detail } => {
                Some((LogLevel::Warn, tr!("log-cache-full", cid = format::short_cid(&cid), detail = detail)))
            }
            ProgressEvent::StateNotSaved { detail } => {
                Some((LogLevel::Warn, tr!("log-state-not-saved", detail = detail)))
            }
        }
    }
}
