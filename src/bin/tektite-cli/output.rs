//! What the CLI shows while it works: a progress bar on a terminal, plain lines otherwise, JSON lines
//! with `--json`. Engine events arrive here through the `ProgressSink` trait.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tektite_engine::progress::Totals;
use tektite_engine::strategy::selection::human_bytes;
use tektite_engine::waits;
use tektite_engine::{BlobStatus, ProgressEvent, ProgressSink};

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
        let (len, template) = match bytes {
            Some(total) if total > 0 => {
                (total, "{prefix} {spinner} {wide_bar} {percent:>3}%  {bytes}/{total_bytes}  {msg}  ~{eta} left")
            }
            _ => (blobs as u64, "{prefix} {spinner} {wide_bar} {pos}/{len} blobs  {msg}"),
        };
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template(template).expect("a valid template"));
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
        let counts =
            if work.bytes.is_some() { format!("{}/{} blobs  ", t.blobs_done, work.blobs) } else { String::new() };
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
        format!("{} of {} blobs, {share:.0} %", work.done, work.blobs)
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
                        let how = if from_cache { " from the local cache" } else { "" };
                        if self.bar.lock().unwrap().is_none() {
                            self.line(&format!(
                                "copied {} ({}){how} · {counts}",
                                short_cid(&outcome.cid),
                                human_bytes(size)
                            ));
                        }
                    }
                    BlobStatus::Failed { message, .. } => self.line(&format!("FAILED {}: {message}", outcome.cid)),
                    BlobStatus::Skipped { .. } => {}
                }
            }
            ProgressEvent::RateLimited { host, wait_secs, resume_at_unix, stated_by_server, quota } => {
                let who = if stated_by_server {
                    "as the server asked"
                } else {
                    "the server did not say how long; default wait"
                };
                let now = resume_at_unix.saturating_sub(wait_secs);
                let stop = if wait_secs > waits::WORTH_STOPPING_SECS {
                    ". You may stop now (Ctrl-C) and run the same command after then: nothing done so far is lost"
                } else {
                    ""
                };
                let work = *self.work.lock().unwrap();
                let left = work.blobs.saturating_sub(work.done) as u64;
                let pace = quota.and_then(|q| waits::pace_words(q, left, wait_secs)).map(|p| format!("; {p}"));
                self.line(&format!(
                    "{host} is rate limiting: waiting {} ({who}){}{stop}",
                    waits::until_local(now, resume_at_unix),
                    pace.unwrap_or_default()
                ));
            }
            ProgressEvent::SessionRefreshed { host } => self.line(&format!("renewed the session on {host}")),
            ProgressEvent::Concurrency { blobs_at_once, reason } => {
                self.line(&format!("{blobs_at_once} blobs at once: {reason}"))
            }
            ProgressEvent::Retrying { cid, attempt, delay_secs, reason } => {
                let what = cid.map(|c| format!("blob {c}")).unwrap_or_else(|| "request".into());
                self.line(&format!("{what}: {reason}; attempt {attempt} in {delay_secs:.1}s"));
            }
            ProgressEvent::StateNotSaved { detail } => self.line(&format!(
                "WARNING: progress could not be saved ({detail}); the transfer goes on, but a later run may \
                 repeat work: fix the folder given with --state-dir"
            )),
            ProgressEvent::CacheFull { cid, detail } => self.line(&format!(
                "the local cache is full ({detail}): blob {cid} goes straight to the new PDS instead; free space in \
                 the folder given with --cache-dir to keep verified copies"
            )),
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
