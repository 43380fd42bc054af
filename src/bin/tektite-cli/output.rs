//! What the CLI shows while it works: a progress bar on a terminal, plain lines otherwise, JSON lines
//! with `--json`. Engine events arrive here through the `ProgressSink` trait.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tektite_engine::progress::Totals;
use tektite_engine::waits;
use tektite_engine::{BlobStatus, ProgressEvent, ProgressSink};
use tektite_i18n::numbers::{bytes as human_bytes, integer};
use tektite_i18n::tr;

pub struct Printer {
    json: bool,
    bar: Mutex<Option<ProgressBar>>,
    /// The work of the current blob step: blobs, and bytes when every size is known.
    work: Mutex<Work>,
}

#[derive(Default, Clone, Copy)]
struct Work {
    blobs: usize,
    bytes: Option<u64>,
    done: usize,
    /// Bytes of the blobs finished so far.
    done_bytes: u64,
}

impl Printer {
    pub fn new(json: bool) -> Self {
        Printer { json, bar: Mutex::new(None), work: Mutex::new(Work::default()) }
    }

    /// Starts showing the blob step's progress: `blobs` to move, `bytes` in all when known, under
    /// `label` (the step, in `migrate`). On a terminal a bar with the bytes, the percentage and
    /// the time left; otherwise a line per finished blob with the same counts.
    pub fn start_bar(&self, label: &str, blobs: usize, bytes: Option<u64>) {
        self.finish_bar();
        *self.work.lock().unwrap() = Work { blobs, bytes, ..Work::default() };
        if self.json || !std::io::stderr().is_terminal() {
            return;
        }
        // indicatif writes the sizes and the time left; the words around them are the catalogue's.
        let (len, template) = match bytes {
            Some(total) if total > 0 => (
                total,
                format!(
                    "{{prefix}} {{spinner}} {{wide_bar}} {{percent:>3}}%  {{bytes}}/{{total_bytes}}  {{msg}}  ~{{eta}} {}",
                    tr!("cli-bar-left")
                ),
            ),
            _ => (blobs as u64, format!("{{prefix}} {{spinner}} {{wide_bar}} {{pos}}/{{len}} {}  {{msg}}", tr!("cli-bar-blobs"))),
        };
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template(&template).expect("a valid template"));
        bar.set_prefix(label.to_owned());
        *self.bar.lock().unwrap() = Some(bar);
    }

    pub fn finish_bar(&self) {
        if let Some(bar) = self.bar.lock().unwrap().take() {
            bar.finish_and_clear();
        }
    }

    /// A line for the user (stderr, above the bar).
    pub fn line(&self, text: &str) {
        match &*self.bar.lock().unwrap() {
            Some(bar) => bar.println(text),
            None if self.json => {
                let v = serde_json::json!({ "event": "message", "text": text });
                println!("{v}");
            }
            None => eprintln!("{text}"),
        }
    }

    fn totals_message(t: &Totals, work: Work) -> String {
        let counts = match work.bytes {
            Some(_) => {
                format!("{}/{} {}  ", integer(t.blobs_done as u64), integer(work.blobs as u64), tr!("cli-bar-blobs"))
            }
            None => String::new(),
        };
        format!("{counts}{}/s", human_bytes(t.rate_bytes_per_sec as u64))
    }

    /// One more blob finished (`size` bytes): `12 of 66 blobs, 35 %` (by bytes when every size is
    /// known).
    fn counts(&self, size: u64) -> String {
        let mut work = self.work.lock().unwrap();
        work.done += 1;
        work.done_bytes += size;
        let share = match work.bytes {
            Some(total) if total > 0 => (work.done_bytes as f64 / total as f64 * 100.0).min(100.0),
            _ => work.done as f64 / work.blobs.max(1) as f64 * 100.0,
        };
        tr!("cli-progress-counts", done = work.done, total = work.blobs, percent = share.round())
    }
}

impl ProgressSink for Printer {
    fn emit(&self, event: ProgressEvent) {
        if self.json {
            // Byte-level events are frequent; JSON consumers get them too, one line each.
            if let Ok(line) = serde_json::to_string(&event) {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
            }
            return;
        }
        match event {
            ProgressEvent::Totals(t) => {
                let work = *self.work.lock().unwrap();
                if let Some(bar) = &*self.bar.lock().unwrap() {
                    bar.set_position(if work.bytes.is_some() { t.bytes_uploaded } else { t.blobs_done as u64 });
                    bar.set_message(Self::totals_message(&t, work));
                }
            }
            ProgressEvent::BlobFinished { outcome } => {
                let size = match outcome.status {
                    BlobStatus::Migrated { size, .. } => size,
                    _ => 0,
                };
                let counts = self.counts(size);
                match outcome.status {
                    BlobStatus::Migrated { size, from_cache, .. } => {
                        if self.bar.lock().unwrap().is_none() {
                            let (cid, size) = (short_cid(&outcome.cid), human_bytes(size));
                            self.line(&match from_cache {
                                true => tr!("cli-progress-copied-cached", cid = cid, size = size, counts = counts),
                                false => tr!("cli-progress-copied", cid = cid, size = size, counts = counts),
                            });
                        }
                    }
                    BlobStatus::Failed { message, .. } => {
                        self.line(&tr!("cli-progress-failed", cid = &outcome.cid, message = message))
                    }
                    BlobStatus::Skipped { .. } => {}
                }
            }
            ProgressEvent::RateLimited { host, wait_secs, resume_at_unix, stated_by_server, quota } => {
                let who = match stated_by_server {
                    true => tr!("cli-rate-limited-stated"),
                    false => tr!("cli-rate-limited-default"),
                };
                let now = resume_at_unix.saturating_sub(wait_secs);
                let stop = match wait_secs > waits::WORTH_STOPPING_SECS {
                    true => tr!("cli-rate-limited-may-stop"),
                    false => String::new(),
                };
                let work = *self.work.lock().unwrap();
                let left = work.blobs.saturating_sub(work.done) as u64;
                let pace = quota.and_then(|q| waits::pace_words(q, left, wait_secs)).map(|p| format!("; {p}"));
                let until = waits::until_local(now, resume_at_unix);
                let waiting = tr!("cli-rate-limited", host = host, until = until, who = who);
                self.line(&format!("{waiting}{}{stop}", pace.unwrap_or_default()));
            }
            ProgressEvent::SessionRefreshed { host } => self.line(&tr!("cli-session-renewed", host = host)),
            ProgressEvent::Concurrency { blobs_at_once, reason } => {
                self.line(&tr!("cli-concurrency", count = blobs_at_once, reason = reason))
            }
            ProgressEvent::Retrying { cid, attempt, delay_secs, reason } => {
                let seconds = tektite_i18n::numbers::decimal(delay_secs, 1);
                self.line(&match cid {
                    Some(cid) => {
                        tr!("cli-retrying-blob", cid = cid, reason = reason, attempt = attempt, seconds = seconds)
                    }
                    None => tr!("cli-retrying-request", reason = reason, attempt = attempt, seconds = seconds),
                });
            }
            ProgressEvent::StateNotSaved { detail } => self.line(&tr!("cli-state-not-saved", detail = detail)),
            ProgressEvent::CacheFull { cid, detail } => self.line(&tr!("cli-cache-full", cid = cid, detail = detail)),
            // A bar started before the work was known (a backup lists while it runs) learns its length.
            ProgressEvent::WorkListed { missing, .. } => {
                let mut work = self.work.lock().unwrap();
                if work.blobs == 0 && work.bytes.is_none() {
                    work.blobs = missing;
                    if let Some(bar) = &*self.bar.lock().unwrap() {
                        bar.set_length(missing as u64);
                    }
                }
            }
            ProgressEvent::BlobStarted { .. } | ProgressEvent::BlobBytes { .. } => {}
        }
    }
}

/// `bafkreiabc…wxyz`: enough of a CID to tell blobs apart in a line.
fn short_cid(cid: &str) -> String {
    if cid.len() <= 20 {
        cid.to_owned()
    } else {
        format!("{}…{}", &cid[..12], &cid[cid.len() - 6..])
    }
}

/// Peak resident memory of this process (VmHWM), where the OS tells.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
