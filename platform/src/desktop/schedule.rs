//! Backups that stay current by themselves: per backup folder, a systemd user service and timer
//! whose command is `tektite-cli backup --public` — what an active account shows anyone, so
//! nothing secret is stored anywhere — written where systemd looks for a user's units
//! (`$XDG_CONFIG_HOME/systemd/user`, by default `~/.config/systemd/user`) and enabled through
//! `systemctl --user` when a user manager answers. Used by the CLI (`backup --schedule`) and the
//! desktop app ("Keep this backup current"). Each run leaves its result in the folder's
//! `last-run.json`, which both show beside the schedule.
//!
//! Elsewhere the same would be a launchd agent on macOS (`~/Library/LaunchAgents/….plist` with
//! `StartCalendarInterval`) and a Task Scheduler task on Windows (`schtasks /Create /SC DAILY`);
//! these builds write systemd units only.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Serialize;
use sha2::{Digest, Sha256};

/// Why a schedule could not be written or removed, in words for the person.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct ScheduleError(pub String);

/// How often a scheduled backup runs (systemd's `OnCalendar=` of the same name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Every {
    Hourly,
    Daily,
    Weekly,
}

impl Every {
    pub fn name(self) -> &'static str {
        match self {
            Every::Hourly => "hourly",
            Every::Daily => "daily",
            Every::Weekly => "weekly",
        }
    }
}

/// Every unit this file writes starts with this.
const PREFIX: &str = "tektite-backup-";

/// A scheduled backup, as its unit files say.
#[derive(Debug, Clone, Serialize)]
pub struct Scheduled {
    /// The unit's name without `.service` / `.timer`.
    pub unit: String,
    pub folder: PathBuf,
    pub account: String,
    pub every: String,
}

/// Where systemd looks for this user's units.
pub fn unit_dir() -> Result<PathBuf, ScheduleError> {
    let config = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
            Some(home) => PathBuf::from(home).join(".config"),
            None => {
                return Err(ScheduleError("neither XDG_CONFIG_HOME nor HOME is set: no place for the timer".into()))
            }
        },
    };
    Ok(config.join("systemd").join("user"))
}

/// The units' name for the backup folder `folder` (absolute): its name, readable, and a hash of its
/// whole path, so two folders of the same name get two timers.
pub fn unit_name(folder: &Path) -> String {
    let base: String = folder
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .take(40)
        .collect();
    let hash = Sha256::digest(folder.as_os_str().as_encoded_bytes());
    let short: String = hash.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("{PREFIX}{}-{short}", base.trim_matches('-'))
}

/// The `tektite-cli` a timer runs: `TEKTITE_CLI` when set (an install of its own), this program
/// when it is the CLI, else the one installed beside it (the desktop app and the CLI are installed
/// together).
pub fn cli_program() -> Result<PathBuf, ScheduleError> {
    if let Some(path) = std::env::var_os("TEKTITE_CLI").filter(|p| !p.is_empty()).map(PathBuf::from) {
        return match path.canonicalize() {
            Ok(path) if path.is_file() => Ok(path),
            _ => Err(ScheduleError(format!("TEKTITE_CLI={} is not a program", path.display()))),
        };
    }
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| ScheduleError(format!("cannot tell where this program is ({e}); the backup is not scheduled")))?;
    let cli = format!("tektite-cli{}", std::env::consts::EXE_SUFFIX);
    if exe.file_name().is_some_and(|n| n.to_string_lossy() == cli) {
        return Ok(exe);
    }
    let beside = exe.with_file_name(&cli);
    if beside.is_file() {
        return Ok(beside);
    }
    Err(ScheduleError(format!(
        "{cli} is not installed beside {} (a scheduled backup runs it); install it with Tektite",
        exe.display()
    )))
}

/// What `--schedule` did.
pub struct Written {
    pub service: PathBuf,
    pub timer: PathBuf,
    /// `None` when `systemctl --user` enabled the timer; else why not, in words.
    pub not_enabled: Option<String>,
}

impl Written {
    /// What a person runs to start the timer when `systemctl --user` did not answer here.
    pub fn enable_command(&self) -> String {
        let name = self.timer.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!("systemctl --user enable --now {name}")
    }
}

/// Writes (or rewrites) the service and timer that back `did` up into `folder` every `every`, with
/// `extra` arguments (the lookup flags), and enables the timer if a user manager answers.
pub fn schedule(every: Every, did: &str, folder: &Path, extra: &[String]) -> Result<Written, ScheduleError> {
    let dir = unit_dir()?;
    std::fs::create_dir_all(&dir)
        .map_err(|e| ScheduleError(format!("cannot create {}: {e}; the backup is not scheduled", dir.display())))?;
    let exe = cli_program()?;
    let name = unit_name(folder);
    let mut command = vec![
        exe.display().to_string(),
        "backup".into(),
        "--public".into(),
        "--from-id".into(),
        did.into(),
        "--out".into(),
        folder.display().to_string(),
    ];
    command.extend(extra.iter().cloned());
    let mut service = format!(
        "# Written by `tektite-cli backup --schedule`; removed by `tektite-cli backup --out … --unschedule`.\n\
         [Unit]\n\
         Description={description}\n\
         X-Tektite-Account={did}\n\
         X-Tektite-Folder={folder}\n\
         X-Tektite-Every={every}\n\
         \n\
         [Service]\n\
         Type=oneshot\n\
         Nice=10\n\
         ExecStart={exec}\n",
        folder = folder.display(),
        description = plain(&format!("Tektite: back up {did} into {}", folder.display())),
        every = every.name(),
        exec = exec_line(&command),
    );
    // How this machine reaches servers the public internet does not know (never secrets).
    for var in ["TEKTITE_EXTRA_CA_FILE", "TEKTITE_RESOLVE"] {
        if let Some(value) = std::env::var(var).ok().filter(|v| !v.is_empty()) {
            service.push_str(&format!("Environment={}\n", quote(&format!("{var}={value}"))));
        }
    }
    // A spread start, so that many people's backups do not all reach one PDS at midnight.
    let spread = if every == Every::Hourly { "5min" } else { "30min" };
    let timer = format!(
        "# Written by `tektite-cli backup --schedule`; removed by `tektite-cli backup --out … --unschedule`.\n\
         [Unit]\n\
         Description={description}\n\
         \n\
         [Timer]\n\
         OnCalendar={every}\n\
         Persistent=true\n\
         RandomizedDelaySec={spread}\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n",
        every = every.name(),
        description = plain(&format!("Tektite: back up {did} {}", every.name())),
    );
    let service_path = dir.join(format!("{name}.service"));
    let timer_path = dir.join(format!("{name}.timer"));
    write_atomically(&service_path, &service)?;
    write_atomically(&timer_path, &timer)?;
    let not_enabled =
        systemctl(&["daemon-reload"]).and_then(|()| systemctl(&["enable", "--now", &format!("{name}.timer")])).err();
    Ok(Written { service: service_path, timer: timer_path, not_enabled })
}

/// Removes the units of `folder` (disabling the timer first when a user manager answers); returns
/// the files removed (none when nothing was scheduled).
pub fn unschedule(folder: &Path) -> Result<Vec<PathBuf>, ScheduleError> {
    let dir = unit_dir()?;
    let name = unit_name(folder);
    let files = [dir.join(format!("{name}.timer")), dir.join(format!("{name}.service"))];
    if files.iter().any(|f| f.exists()) {
        let _ = systemctl(&["disable", "--now", &format!("{name}.timer")]);
    }
    let mut removed = Vec::new();
    for file in files {
        match std::fs::remove_file(&file) {
            Ok(()) => removed.push(file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(ScheduleError(format!("cannot remove {}: {e}", file.display()))),
        }
    }
    if !removed.is_empty() {
        let _ = systemctl(&["daemon-reload"]);
    }
    Ok(removed)
}

/// The scheduled backups this user has, as their service files say.
pub fn list() -> Vec<Scheduled> {
    let Ok(dir) = unit_dir() else { return Vec::new() };
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut found: Vec<Scheduled> = entries
        .flatten()
        .filter_map(|entry| {
            let file = entry.file_name().to_string_lossy().into_owned();
            let unit = file.strip_prefix(PREFIX).and_then(|_| file.strip_suffix(".service"))?.to_owned();
            let text = std::fs::read_to_string(entry.path()).ok()?;
            let key = |k: &str| text.lines().find_map(|l| l.strip_prefix(k)).map(str::to_owned);
            Some(Scheduled {
                unit,
                folder: PathBuf::from(key("X-Tektite-Folder=")?),
                account: key("X-Tektite-Account=")?,
                every: key("X-Tektite-Every=").unwrap_or_default(),
            })
        })
        .collect();
    found.sort_by(|a, b| a.folder.cmp(&b.folder));
    found
}

/// Free text for a unit file (a description): `%` starts a specifier there (a did:web has `%3a`);
/// doubled it means itself.
fn plain(text: &str) -> String {
    text.replace('%', "%%")
}

/// `ExecStart=` words: each quoted when systemd would otherwise split or expand it.
fn exec_line(words: &[String]) -> String {
    words.iter().map(|w| quote(w)).collect::<Vec<_>>().join(" ")
}

/// One word for a unit file: `%` and `$` are systemd's specifiers and variables, doubled to mean
/// themselves; spaces, quotes and backslashes put the word in double quotes, C-escaped.
fn quote(word: &str) -> String {
    let literal = word.replace('%', "%%").replace('$', "$$");
    if !literal.is_empty() && !literal.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '\\' | ';')) {
        return literal;
    }
    let escaped = literal.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// Writes `path` through a temporary file and a rename, so systemd never reads half a unit.
fn write_atomically(path: &Path, text: &str) -> Result<(), ScheduleError> {
    let tmp = path.with_extension("tektite-tmp");
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| ScheduleError(format!("cannot write {}: {e}; the backup is not scheduled", path.display())))
}

/// `systemctl --user ARGS`; `Err` says why it did not work (not installed, no user manager…).
fn systemctl(args: &[&str]) -> Result<(), String> {
    match Command::new("systemctl").arg("--user").args(args).output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).trim().to_owned()),
        Err(e) => Err(format!("systemctl: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_as_systemd_reads_them() {
        assert_eq!(quote("/usr/bin/tektite-cli"), "/usr/bin/tektite-cli");
        assert_eq!(quote("/home/me/my backups"), "\"/home/me/my backups\"");
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(quote("100%"), "100%%");
        assert_eq!(quote("$HOME"), "$$HOME");
        assert_eq!(quote(""), "\"\"");
    }

    #[test]
    fn a_folder_has_one_readable_unit_name() {
        let a = unit_name(Path::new("/home/me/Bluesky Backup"));
        assert!(a.starts_with("tektite-backup-bluesky-backup-"), "{a}");
        assert_eq!(a, unit_name(Path::new("/home/me/Bluesky Backup")));
        assert_ne!(a, unit_name(Path::new("/srv/Bluesky Backup")));
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "{a}");
    }
}
