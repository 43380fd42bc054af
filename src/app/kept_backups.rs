//! The backups this device knows, for the start page: whose, how old the last complete one is, how
//! the last run went, and whether a timer keeps it current. A backup is only as good as its date,
//! and a person looks at the start page far more often than at a backup folder.
//!
//! On the web: the backups kept in this site's storage (a page cannot run while it is closed, so
//! the start page says how old each is and offers to back up now). On the desktop: the folders
//! under `Documents/Tektite backups` and those a timer keeps current (`platform::desktop::schedule`).

use tektite_engine::backup::{self, LastRun, Manifest};
use tektite_i18n::tr;

use super::format;

/// One backup the start page lists.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptBackup {
    /// Where it is, for `platform::backup::open_backup` (and, on the desktop, the backup form).
    pub location: String,
    pub did: String,
    /// The handle in its manifest, else the DID.
    pub account: String,
    /// When the last complete backup was taken.
    pub taken_at_unix: Option<u64>,
    pub last_run: Option<LastRun>,
    /// How often a timer runs it ("daily"), when one does.
    pub every: Option<String>,
}

impl KeptBackup {
    /// "last backup 12 days ago; the last run failed 2 hours ago: …; kept current daily".
    pub fn words(&self, now: u64) -> String {
        let mut said = match self.taken_at_unix {
            Some(at) => tr!("kept-last-backup", ago = format::ago(now, at)),
            None => tr!("kept-no-backup-yet"),
        };
        if let Some(run) = self.last_run.as_ref().filter(|r| !r.complete) {
            let failed = tr!("kept-last-run-failed", ago = format::ago(now, run.finished_at_unix), said = &run.said);
            said = format!("{said}; {failed}");
        }
        if let Some(every) = &self.every {
            said = format!("{said}; {}", tr!("kept-kept-current", every = every));
        }
        said
    }

    /// Worth a nudge: never complete, failed last time, or older than a week.
    pub fn stale(&self, now: u64) -> bool {
        let failed = self.last_run.as_ref().is_some_and(|r| !r.complete);
        failed || self.taken_at_unix.is_none_or(|at| now.saturating_sub(at) > 7 * 86_400)
    }
}

/// The backups this device knows, newest first.
pub async fn list() -> Vec<KeptBackup> {
    let mut found = Vec::new();
    let scheduled = scheduled();
    for (location, folder, manifest) in with_manifests().await {
        let last_run = LastRun::read(&folder).await;
        let account = manifest.handle.clone().unwrap_or_else(|| manifest.did.clone());
        let every = scheduled.iter().find(|(folder, _)| *folder == location).map(|(_, every)| every.clone());
        found.push(KeptBackup {
            location,
            did: manifest.did,
            account,
            taken_at_unix: Some(manifest.taken_at_unix),
            last_run,
            every,
        });
    }
    found.sort_by_key(|b| std::cmp::Reverse(b.taken_at_unix));
    found
}

/// Each backup this device knows that can be read and holds a manifest, in the platform's order:
/// its location, the backup opened to read, its manifest. The start page's list and the restore
/// form's choices both come from here.
pub async fn with_manifests() -> Vec<(String, backup::BackupFolder, Manifest)> {
    let mut found = Vec::new();
    for location in tektite_platform::backup::known_backups().await.unwrap_or_default() {
        let Ok(folder) = backup::open_to_read(&location).await else { continue };
        let Ok(manifest) = backup::read_manifest(&folder).await else { continue };
        found.push((location, folder, manifest));
    }
    found
}

/// Desktop: "Keep this backup current" — a daily timer of the system (a systemd user timer) runs
/// `tektite-cli backup --public` into `place`, with no secret stored; the same as
/// `tektite-cli backup --schedule daily`. Returns what was done, in words.
#[cfg(not(target_arch = "wasm32"))]
pub fn keep_current(place: &str, did: &str, plc_url: &str, handle_resolver: &str) -> Result<String, String> {
    use tektite_platform::desktop::schedule::{self, Every};
    let folder = std::path::Path::new(place).canonicalize().map_err(|e| format!("{place}: {e}"))?;
    let extra = ["--plc", plc_url, "--handle-resolver", handle_resolver].map(str::to_owned);
    let written = schedule::schedule(Every::Daily, did, &folder, &extra).map_err(|e| e.0)?;
    Ok(match &written.not_enabled {
        None => tr!("keep-current-done"),
        Some(why) => tr!(
            "keep-current-not-started",
            timer = written.timer.display().to_string(),
            why = why,
            command = written.enable_command()
        ),
    })
}

/// The folders a timer keeps current, with how often (desktop).
fn scheduled() -> Vec<(String, String)> {
    #[cfg(not(target_arch = "wasm32"))]
    return tektite_platform::desktop::schedule::list()
        .into_iter()
        .map(|s| (s.folder.display().to_string(), s.every))
        .collect();
    #[cfg(target_arch = "wasm32")]
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(taken: Option<u64>, failed_at: Option<u64>) -> KeptBackup {
        KeptBackup {
            location: "/b".into(),
            did: "did:plc:x".into(),
            account: "alice.test".into(),
            taken_at_unix: taken,
            last_run: failed_at.map(|at| LastRun::stopped("no server answered at pds.example", at)),
            every: None,
        }
    }

    /// "Keep this backup current" writes the same timer as `tektite-cli backup --schedule daily`:
    /// no secret, the folder and the DID in its command.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn keeping_a_backup_current_writes_a_daily_timer_with_no_secret() {
        let (config, folder, bin) =
            (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let cli = bin.path().join("tektite-cli");
        std::fs::write(&cli, "#!/bin/sh\n").unwrap();
        // This test alone sets these (the process is shared with other tests, which never read them).
        std::env::set_var("XDG_CONFIG_HOME", config.path());
        std::env::set_var("TEKTITE_CLI", &cli);
        let place = folder.path().display().to_string();
        let said = keep_current(&place, "did:plc:abc", "https://plc.example", "https://resolver.example").unwrap();
        assert!(said.contains("every day") || said.contains("systemctl"), "{said}");
        let units: Vec<_> = std::fs::read_dir(config.path().join("systemd/user")).unwrap().flatten().collect();
        assert_eq!(units.len(), 2);
        let service = units.iter().find(|u| u.path().extension().is_some_and(|e| e == "service")).unwrap();
        let text = std::fs::read_to_string(service.path()).unwrap();
        let exec = text.lines().find(|l| l.starts_with("ExecStart=")).unwrap();
        assert!(exec.contains("backup --public --from-id did:plc:abc --out"), "{exec}");
        assert!(exec.contains("--plc https://plc.example"), "{exec}");
        let listed = tektite_platform::desktop::schedule::list();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].every, "daily");
        tektite_platform::desktop::schedule::unschedule(&listed[0].folder).unwrap();
        assert!(tektite_platform::desktop::schedule::list().is_empty());
    }

    #[test]
    fn a_backup_says_its_age_and_a_failed_run() {
        let now = 1_000_000_000;
        let fresh = kept(Some(now - 3 * 3600), None);
        assert_eq!(fresh.words(now), "last backup 3 hours ago");
        assert!(!fresh.stale(now));
        let old = kept(Some(now - 12 * 86_400), Some(now - 7200));
        assert!(old
            .words(now)
            .starts_with("last backup 12 days ago; the last run failed 2 hours ago: stopped: no server"));
        assert!(old.stale(now));
        assert_eq!(kept(None, None).words(now), "no complete backup yet");
        let mut timed = fresh.clone();
        timed.every = Some("daily".into());
        assert_eq!(timed.words(now), "last backup 3 hours ago; kept current daily");
    }
}
