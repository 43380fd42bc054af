//! The `backup` command: an account into a folder, incrementally (`tektite_engine::backup`), signed
//! in or — unattended, with no secret anywhere — what the account shows anyone; `--schedule` /
//! `--unschedule` to keep a folder current by a timer (`schedule.rs`); or `--verify DIR` to
//! re-hash a backup against its manifest. Every run leaves its result in the folder's
//! `last-run.json`.

use std::path::Path;
use std::sync::Arc;
use tektite_i18n::tr;

use tektite_engine::account::{self, Login, Secret, Side};
use tektite_engine::backup::{self, BackupFolder, BackupReport, BackupSource, LastRun};
use tektite_engine::identity::Resolver;
use tektite_engine::oauth::Purpose;
use tektite_engine::XrpcClient;
use tektite_i18n::numbers::bytes as human_bytes;
use tektite_platform::desktop::{schedule, FileCache};

use crate::args::BackupArgs;
use crate::exit::{interactive, run_command, secret, Stop, EXIT_FAILED, EXIT_OK};
use crate::output::Printer;

/// The backup folder at `dir`: its files, and its blobs in `dir/blobs` (both created private to the
/// user when missing).
pub fn open_folder(dir: &Path) -> Result<BackupFolder, Stop> {
    let place = dir.display().to_string();
    let usable = |e: tektite_platform::PlatformError| {
        Stop::usage(tr!("cli-backup-folder-unusable", place = &place, error = e.to_string()))
    };
    let files = FileCache::open(dir).map_err(usable)?;
    let blobs = FileCache::open(&dir.join(backup::folder::BLOBS)).map_err(usable)?;
    Ok(BackupFolder::new(Arc::new(files), Arc::new(blobs), place))
}

/// A backup to read (verify, restore): a folder, or its `.tar` read in place.
pub async fn open_backup(path: &Path) -> Result<BackupFolder, Stop> {
    if path.is_dir() {
        return open_folder(path);
    }
    if !path.is_file() {
        return Err(Stop::usage(tr!("cli-not-a-backup", path = path.display().to_string())));
    }
    backup::open_to_read(&path.display().to_string()).await.map_err(|e| Stop::usage(e.to_string()))
}

pub async fn main(args: BackupArgs) -> i32 {
    run_command(args.json, &tr!("cli-kept-backup"), |printer| run(&args, printer)).await
}

async fn run(args: &BackupArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    if let Some(dir) = &args.verify {
        return verify(dir, args.json).await;
    }
    if args.unschedule {
        let out = args.out.as_deref().ok_or_else(|| Stop::usage(tr!("cli-unschedule-needs-out")))?;
        return remove_timer(out);
    }
    let (Some(id), Some(out)) = (&args.from_id, &args.out) else {
        return Err(Stop::usage(tr!("cli-backup-needs-args")));
    };
    let folder = open_folder(out)?;
    if let Some(every) = args.schedule {
        return write_timer(args, id, out, every).await;
    }
    let outcome = take(args, id, &folder, printer).await;
    // The folder's last run, whatever happened: a scheduled backup is looked at days later.
    let now = tektite_engine::runtime::unix_now();
    let last = match &outcome {
        Ok(report) => LastRun::of(report, now),
        Err(stop) => LastRun::stopped(&stop.message, now),
    };
    if let Err(e) = last.record(&folder).await {
        let (file, place) = (backup::folder::LAST_RUN, &folder.place);
        eprintln!("tektite-cli: {}", tr!("cli-last-run-unwritten", file = file, place = place, error = e.to_string()));
    }
    let report = outcome?;
    print_report(&report, args.json);
    Ok(if report.is_complete() { EXIT_OK } else { EXIT_FAILED })
}

/// How this run reaches the account's data.
enum Access {
    Password {
        password: String,
        auth_factor: Option<String>,
    },
    Server(tektite_engine::xrpc::Session),
    /// No sign-in: what the account shows anyone.
    Public,
}

/// `--oauth`, `--public`, `TEKTITE_FROM_PASSWORD`, else a prompt where someone can answer it (an
/// empty answer: public), else (a timer, a script) public: an unattended run never waits for input.
async fn access(args: &BackupArgs, id: &str, resolver: &Resolver) -> Result<Access, Stop> {
    if args.sign_in.oauth {
        let session = crate::oauth::sign_in(&args.sign_in, id, None, resolver, Purpose::Backup).await?;
        return Ok(Access::Server(session));
    }
    if args.public {
        return Ok(Access::Public);
    }
    let auth_factor = crate::migrate::env_nonempty("TEKTITE_FROM_2FA");
    if let Some(password) = crate::migrate::env_nonempty("TEKTITE_FROM_PASSWORD") {
        return Ok(Access::Password { password, auth_factor });
    }
    if !interactive() {
        return Ok(Access::Public);
    }
    let prompt = tr!("cli-prompt-backup-password", id = id);
    let password = secret("TEKTITE_FROM_PASSWORD", &prompt, &tr!("cli-what-password"))?;
    Ok(if password.is_empty() { Access::Public } else { Access::Password { password, auth_factor } })
}

/// Signs in (or not) and takes the backup into `folder`.
async fn take(args: &BackupArgs, id: &str, folder: &BackupFolder, printer: Arc<Printer>) -> Result<BackupReport, Stop> {
    let resolver = args.lookup.resolver();
    let (client, did, handle, pds) = match access(args, id, &resolver).await? {
        Access::Public => {
            // The DID document says where the data is now (the account may have moved since).
            let located = resolver.locate(id).await.map_err(|e| Stop::usage(e.to_string()))?;
            let client = XrpcClient::new(&located.pds, printer.clone()).map_err(server_stop)?;
            if !client.repo_active(&located.did).await.map_err(server_stop)? {
                return Err(Stop::usage(tr!("cli-backup-deactivated", did = &located.did, pds = &located.pds)));
            }
            (client, located.did, located.handle, located.pds)
        }
        access => {
            let (url, secret) = match &access {
                // Signed in through the server of the PDS holding the data: its calls go there.
                Access::Server(session) => (None, Secret::Session(session.clone())),
                Access::Password { password, auth_factor } => {
                    (args.from.as_deref(), Secret::password(password, auth_factor.as_deref()))
                }
                Access::Public => unreachable!("handled above"),
            };
            let login = Login { url, id, secret };
            let mut home = account::sign_in_home(login, Side::Old, &resolver, printer.clone())
                .await
                .map_err(|e| Stop::usage(e.source.to_string()))?;
            account::patient(&mut home.client);
            (home.client, home.session.did, Some(home.session.handle), home.pds)
        }
    };
    // One run per account: a backup writes the account's folder, and a move may be changing it.
    let _lock = crate::local::account_lock(&did, "backup")?;
    if !args.json {
        let who = handle.as_deref().map(|h| format!("{did} ({h})")).unwrap_or_else(|| did.clone());
        let place = &folder.place;
        eprintln!(
            "{}",
            match client.session() {
                Some(_) => tr!("cli-backing-up", who = who, pds = &pds, place = place),
                None => tr!("cli-backing-up-public", who = who, pds = &pds, place = place),
            }
        );
    }
    printer.start_bar(&tr!("cli-bar-backup"), 0, None);
    let source = BackupSource { client: &client, did: &did, handle: handle.as_deref(), pds: &pds, resolver: &resolver };
    let report = backup::back_up(source, folder, &*printer).await.map_err(|e| {
        let message = tr!("cli-backup-kept", error = e.to_string());
        if e.is_retryable() {
            Stop::failed(message)
        } else {
            Stop::usage(message)
        }
    })?;
    printer.finish_bar();
    Ok(report)
}

/// A server's refusal or silence as a reason to stop: worth running again unless it never helps.
fn server_stop(e: tektite_engine::XrpcError) -> Stop {
    if e.advice() == tektite_engine::retry::RetryAdvice::Never {
        Stop::usage(e.to_string())
    } else {
        Stop::failed(tr!("cli-backup-kept-retry", error = e.to_string()))
    }
}

fn print_report(report: &BackupReport, json: bool) {
    if json {
        println!("{}", serde_json::to_string(report).unwrap_or_default());
        return;
    }
    let (count, size, rev) =
        (report.blobs_total, human_bytes(report.bytes_total), report.repo_rev.clone().unwrap_or_else(|| "?".into()));
    eprintln!(
        "{}",
        match (report.incremental, report.repo_changed) {
            (false, _) => tr!("cli-backed-up", count = count, size = size, rev = rev),
            (true, true) => tr!("cli-backup-updated", count = count, size = size, rev = rev),
            (true, false) => tr!("cli-backup-updated-unchanged", count = count, size = size, rev = rev),
        }
    );
    let (downloaded, size) = (report.downloaded.len(), human_bytes(report.downloaded_bytes));
    eprintln!(
        "{}",
        match report.repaired.len() {
            0 => tr!("cli-backup-downloaded", count = downloaded, size = size, kept = report.kept),
            repaired => tr!(
                "cli-backup-downloaded-repaired",
                count = downloaded,
                size = size,
                kept = report.kept,
                repaired = repaired
            ),
        }
    );
    if !report.no_longer_in_account.is_empty() {
        eprintln!("{}", tr!("cli-backup-no-longer", count = report.no_longer_in_account.len()));
    }
    for (cid, why) in &report.failed {
        eprintln!("{}", tr!("cli-backup-not-saved", cid = cid, why = why));
    }
    for what in &report.left_out {
        eprintln!("{}", tr!("cli-backup-left-out", what = what));
    }
    if report.is_complete() {
        let written = match (report.signed_in, report.plc_audit_log) {
            (true, true) => tr!("cli-backup-written-all"),
            (true, false) => tr!("cli-backup-written-preferences"),
            (false, true) => tr!("cli-backup-written-history"),
            (false, false) => tr!("cli-backup-written"),
        };
        eprintln!("{written}");
    } else {
        eprintln!("{}", tr!("cli-backup-incomplete"));
    }
}

/// `--schedule`: the account resolved now (a typo is said now, not at 3 a.m.), then the timer.
async fn write_timer(args: &BackupArgs, id: &str, out: &Path, every: crate::args::Every) -> Result<i32, Stop> {
    let resolver = args.lookup.resolver();
    let located = resolver.locate(id).await.map_err(|e| Stop::usage(e.to_string()))?;
    let folder = out.canonicalize().map_err(|e| {
        Stop::usage(tr!("cli-backup-folder-bad", place = out.display().to_string(), error = e.to_string()))
    })?;
    let extra = vec![
        "--plc".to_owned(),
        resolver.plc_url.clone(),
        "--handle-resolver".to_owned(),
        resolver.handle_resolver.clone(),
    ];
    let every = every.schedule();
    let written = schedule::schedule(every, &located.did, &folder, &extra).map_err(|e| Stop::usage(e.0))?;
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "scheduled": every.name(), "account": located.did, "folder": folder,
                "service": written.service, "timer": written.timer, "enabled": written.not_enabled.is_none(),
            })
        );
    } else {
        let place = folder.display().to_string();
        eprintln!("{}", tr!("cli-scheduled", did = &located.did, place = place, every = every.name()));
        eprintln!("  {}\n  {}", written.service.display(), written.timer.display());
        match &written.not_enabled {
            None => eprintln!("{}", tr!("cli-timer-enabled")),
            Some(why) => eprintln!("{}", tr!("cli-timer-not-enabled", why = why, command = written.enable_command())),
        }
    }
    Ok(EXIT_OK)
}

fn remove_timer(out: &Path) -> Result<i32, Stop> {
    let folder = out.canonicalize().unwrap_or_else(|_| out.to_path_buf());
    let removed = schedule::unschedule(&folder).map_err(|e| Stop::failed(e.0))?;
    if removed.is_empty() {
        eprintln!("{}", tr!("cli-no-schedule", place = folder.display().to_string()));
    } else {
        for file in &removed {
            eprintln!("{}", tr!("cli-removed", file = file.display().to_string()));
        }
    }
    Ok(EXIT_OK)
}

async fn verify(dir: &Path, json: bool) -> Result<i32, Stop> {
    let folder = open_backup(dir).await?;
    let report = backup::verify(&folder).await.map_err(|e| Stop::usage(e.to_string()))?;
    if json {
        println!("{}", serde_json::to_string(&report).unwrap_or_default());
    } else {
        let size = human_bytes(report.bytes_checked);
        eprintln!(
            "{}",
            tr!("cli-verified", did = &report.did, taken = &report.taken_at, count = report.blobs_checked, size = size)
        );
        for (name, why) in &report.problems {
            eprintln!("{}", tr!("cli-damaged", name = name, why = why));
        }
        if report.is_intact() {
            eprintln!("{}", tr!("cli-intact"));
        } else {
            eprintln!("{}", tr!("cli-problems", count = report.problems.len()));
        }
    }
    Ok(if report.is_intact() { EXIT_OK } else { EXIT_FAILED })
}
