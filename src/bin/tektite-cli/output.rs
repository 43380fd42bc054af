//! What the CLI shows while it works: a progress bar on a terminal, plain lines otherwise, JSON lines
//! with `--json`. Engine events arrive here through the `ProgressSink` trait.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tektite_engine::progress::Totals;
use tektite_engine::strategy::selection::human_bytes;
use tektite_engine::{BlobStatus, ProgressEvent, ProgressSink};

pub struct Printer {
    json: bool,
    bar: Mutex<Option<ProgressBar>>,
}

impl Printer {
    pub fn new(json: bool) -> Self {
        Printer { json, bar: Mutex::new(None) }
    }

    /// Shows a bar for `blobs` blobs when stderr is a terminal (and not in JSON mode).
    pub fn start_bar(&self, blobs: usize) {
        if self.json || !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::with_draw_target(Some(blobs as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} blobs  {msg}")
                .expect("a valid template"),
        );
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

    fn totals_message(t: &Totals) -> String {
        format!(
            "↓ {}  ↑ {}  {}/s",
            human_bytes(t.bytes_downloaded),
            human_bytes(t.bytes_uploaded),
            human_bytes(t.rate_bytes_per_sec as u64)
        )
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
                if let Some(bar) = &*self.bar.lock().unwrap() {
                    bar.set_position(t.blobs_done as u64);
                    bar.set_message(Self::totals_message(&t));
                }
            }
            ProgressEvent::BlobFinished { outcome } => match outcome.status {
                BlobStatus::Migrated { size, from_cache, .. } => {
                    let how = if from_cache { " from the local cache" } else { "" };
                    if self.bar.lock().unwrap().is_none() {
                        self.line(&format!("migrated {} ({}){how}", outcome.cid, human_bytes(size)));
                    }
                }
                BlobStatus::Failed { message, .. } => self.line(&format!("FAILED {}: {message}", outcome.cid)),
                BlobStatus::Skipped { .. } => {}
            },
            ProgressEvent::RateLimited { host, wait_secs, resume_at_unix, stated_by_server } => {
                let who = if stated_by_server {
                    "as the server asked"
                } else {
                    "the server did not say how long; default wait"
                };
                self.line(&format!(
                    "{host} is rate limiting: waiting {wait_secs}s, until {} ({who})",
                    clock(resume_at_unix)
                ));
            }
            ProgressEvent::SessionRefreshed { host } => self.line(&format!("renewed the session on {host}")),
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
            ProgressEvent::WorkListed { .. } | ProgressEvent::BlobStarted { .. } | ProgressEvent::BlobBytes { .. } => {}
        }
    }
}

/// `HH:MM:SS UTC` of a Unix time, without a date library.
fn clock(unix: u64) -> String {
    let s = unix % 86_400;
    format!("{:02}:{:02}:{:02} UTC", s / 3600, s / 60 % 60, s % 60)
}

/// Peak resident memory of this process (VmHWM), where the OS tells.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
