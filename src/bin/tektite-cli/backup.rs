//! The `backup` command: an account into a folder, incrementally (`tektite_engine::backup`), signed
//! in or — unattended, with no secret anywhere — what the account shows anyone; `--schedule` /
//! `--unschedule` to keep a folder current by a timer (`schedule.rs`); or `--verify DIR` to
//! re-hash a backup against its manifest. Every run leaves its result in the folder's
//! `last-run.json`.

use std::path::Path;
use std::sync::Arc;

use tektite_engine::account::{self, Login, Secret, Side};
use tektite_engine::backup::{self, BackupFolder, BackupReport, BackupSource, LastRun};
use tektite_engine::identity::Resolver;
use tektite_engine::oauth::Purpose;
use tektite_engine::strategy::selection::human_bytes;
use tektite_engine::XrpcClient;
use tektite_platform::desktop::{schedule, FileCache};

use crate::args::BackupArgs;
use crate::exit::{interactive, run_command, secret, Stop, EXIT_FAILED, EXIT_OK};
use crate::output::Printer;

/// The backup folder at `dir`: its files, and its blobs in `dir/blobs` (both created private to the
/// user when missing).
pub fn open_folder(dir: &Path) -> Result<BackupFolder, Stop> {
    let place = dir.display().to_string();
    let usable = |e: tektite_platform::PlatformError| {
        Stop::usage(format!("the backup folder {place} cannot be used ({e}); choose another folder"))
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
        return Err(Stop::usage(format!("{} is neither a backup folder nor a backup archive (.tar)", path.display())));
    }
    backup::open_to_read(&path.display().to_string()).await.map_err(|e| Stop::usage(e.to_string()))
}

pub async fn main(args: BackupArgs) -> i32 {
    let kept = "the blobs saved so far are kept and not fetched again";
    run_command(args.json, kept, |printer| run(&args, printer)).await
}

async fn run(args: &BackupArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    if let Some(dir) = &args.verify {
        return verify(dir, args.json).await;
    }
    if args.unschedule {
        let out = args.out.as_deref().ok_or_else(|| Stop::usage("--unschedule needs --out DIR"))?;
        return remove_timer(out);
    }
    let (Some(id), Some(out)) = (&args.from_id, &args.out) else {
        return Err(Stop::usage("--from-id and --out are needed to back up (or --verify DIR to check a backup)"));
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
        eprintln!("tektite-cli: could not write {} into {}: {e}", backup::folder::LAST_RUN, folder.place);
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
    let prompt = format!("Password for {id} (press Enter alone to back up only what is public): ");
    let password = secret("TEKTITE_FROM_PASSWORD", &prompt, "password")?;
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
                return Err(Stop::usage(format!(
                    "{} is deactivated on {}: a deactivated account shows its data only to itself, so it cannot be \
                     backed up without a sign-in; set TEKTITE_FROM_PASSWORD (the previous backup is kept)",
                    located.did, located.pds
                )));
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
        let how = if client.session().is_some() { "" } else { " without a sign-in (what the account shows anyone)" };
        eprintln!("Backing up {who} from {pds} into {}{how}", folder.place);
    }
    printer.start_bar("backup", 0, None);
    let source = BackupSource { client: &client, did: &did, handle: handle.as_deref(), pds: &pds, resolver: &resolver };
    let report = backup::back_up(source, folder, &*printer).await.map_err(|e| {
        let message = format!("{e} (the previous backup in the folder is kept)");
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
        Stop::failed(format!("{e} (the previous backup is kept; the next run tries again)"))
    }
}

fn print_report(report: &BackupReport, json: bool) {
    if json {
        println!("{}", serde_json::to_string(report).unwrap_or_default());
        return;
    }
    let what = if report.incremental { "Brought the backup up to date" } else { "Backed up" };
    eprintln!(
        "{what}: {} blobs ({}), repository revision {}{}.",
        report.blobs_total,
        human_bytes(report.bytes_total),
        report.repo_rev.as_deref().unwrap_or("?"),
        if report.incremental && !report.repo_changed { " (unchanged)" } else { "" }
    );
    eprintln!(
        "  downloaded {} blobs ({}), kept {} already in the folder (re-hashed){}",
        report.downloaded.len(),
        human_bytes(report.downloaded_bytes),
        report.kept,
        if report.repaired.is_empty() {
            String::new()
        } else {
            format!(", {} damaged copies fetched again", report.repaired.len())
        }
    );
    if !report.no_longer_in_account.is_empty() {
        eprintln!(
            "  {} blobs of the previous backup are no longer in the account; their files stay in the folder",
            report.no_longer_in_account.len()
        );
    }
    for (cid, why) in &report.failed {
        eprintln!("  NOT SAVED: blob {cid}: {why}");
    }
    for what in &report.left_out {
        eprintln!("  left out without a sign-in: {what}");
    }
    if report.is_complete() {
        eprintln!(
            "  {}DID document{} and manifest.json written",
            if report.signed_in { "preferences, " } else { "" },
            if report.plc_audit_log { ", PLC history" } else { "" }
        );
    } else {
        eprintln!(
            "The backup is incomplete: the previous one in the folder is kept as it was; run the same command again \
             to fetch what is missing."
        );
    }
}

/// `--schedule`: the account resolved now (a typo is said now, not at 3 a.m.), then the timer.
async fn write_timer(args: &BackupArgs, id: &str, out: &Path, every: crate::args::Every) -> Result<i32, Stop> {
    let resolver = args.lookup.resolver();
    let located = resolver.locate(id).await.map_err(|e| Stop::usage(e.to_string()))?;
    let folder = out
        .canonicalize()
        .map_err(|e| Stop::usage(format!("the backup folder {} cannot be used ({e})", out.display())))?;
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
        eprintln!(
            "Scheduled: {} backed up into {} {} (without a sign-in: everything but the preferences).",
            located.did,
            folder.display(),
            every.name()
        );
        eprintln!("  {}\n  {}", written.service.display(), written.timer.display());
        match &written.not_enabled {
            None => eprintln!("  the timer is enabled; `tektite-cli status` shows each run's result"),
            Some(why) => {
                eprintln!("  systemd did not enable it ({why}): run `{}` in your session", written.enable_command())
            }
        }
    }
    Ok(EXIT_OK)
}

fn remove_timer(out: &Path) -> Result<i32, Stop> {
    let folder = out.canonicalize().unwrap_or_else(|_| out.to_path_buf());
    let removed = schedule::unschedule(&folder).map_err(|e| Stop::failed(e.0))?;
    if removed.is_empty() {
        eprintln!("No scheduled backup into {}.", folder.display());
    } else {
        for file in &removed {
            eprintln!("Removed {}", file.display());
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
        eprintln!(
            "Backup of {} taken {}: {} blobs and the repository checked ({}).",
            report.did,
            report.taken_at,
            report.blobs_checked,
            human_bytes(report.bytes_checked)
        );
        for (name, why) in &report.problems {
            eprintln!("  DAMAGED: {name}: {why}");
        }
        if report.is_intact() {
            eprintln!("Every file matches the manifest.");
        } else {
            eprintln!(
                "{} problems: back up into the folder again to fetch the damaged files anew.",
                report.problems.len()
            );
        }
    }
    Ok(if report.is_intact() { EXIT_OK } else { EXIT_FAILED })
}
