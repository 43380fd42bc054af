//! What the last backup run into a folder did (`last-run.json`), written by every face after a run
//! whether it succeeded or not: a backup kept current by a timer is looked at days later, and the
//! person must see then that the last run failed and why, while the manifest still describes the
//! last backup that succeeded.

use serde::{Deserialize, Serialize};

use super::folder::{self, BackupFolder};
use super::manifest::rfc3339;
use super::take::BackupReport;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastRun {
    /// When the run ended (RFC 3339, UTC) and as Unix seconds.
    pub finished_at: String,
    pub finished_at_unix: u64,
    /// A whole backup was written (its manifest names this run's moment).
    pub complete: bool,
    /// What happened, in words: the summary, or why the run stopped.
    pub said: String,
    /// Whether the run was signed in (`None` when it stopped before it knew).
    pub signed_in: Option<bool>,
    /// What it left out for want of a sign-in.
    #[serde(default)]
    pub left_out: Vec<String>,
}

impl LastRun {
    /// A run that produced `report`.
    pub fn of(report: &BackupReport, now: u64) -> LastRun {
        let said = if report.is_complete() {
            format!("{} blobs, {} new", report.blobs_total, report.downloaded.len())
        } else {
            format!(
                "{} of {} blobs could not be saved; the previous backup is kept",
                report.failed.len(),
                report.blobs_total
            )
        };
        LastRun {
            finished_at: rfc3339(now),
            finished_at_unix: now,
            complete: report.is_complete(),
            said,
            signed_in: Some(report.signed_in),
            left_out: report.left_out.clone(),
        }
    }

    /// A run that stopped before it had a report.
    pub fn stopped(why: &str, now: u64) -> LastRun {
        LastRun {
            finished_at: rfc3339(now),
            finished_at_unix: now,
            complete: false,
            said: format!("stopped: {why}; the previous backup is kept"),
            signed_in: None,
            left_out: Vec::new(),
        }
    }

    /// Writes it into `folder` (atomically, replacing the previous one).
    pub async fn record(&self, folder: &BackupFolder) -> Result<(), tektite_platform::PlatformError> {
        let bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        folder.write(folder::LAST_RUN, bytes).await
    }

    /// The last run recorded in `folder`, if any (an unreadable record counts as none).
    pub async fn read(folder: &BackupFolder) -> Option<LastRun> {
        let bytes = folder.read(folder::LAST_RUN).await.ok()??;
        serde_json::from_slice(&bytes).ok()
    }
}
