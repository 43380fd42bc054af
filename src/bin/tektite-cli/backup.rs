//! The `backup` command: an account into a folder, incrementally (`tektite_engine::backup`), or
//! `--verify DIR` to re-hash a backup against its manifest.

use std::path::Path;
use std::sync::Arc;

use tektite_engine::account::{self, Login, Secret, Side};
use tektite_engine::backup::{self, BackupFolder, BackupSource};
use tektite_engine::oauth::Purpose;
use tektite_engine::strategy::selection::human_bytes;
use tektite_platform::desktop::FileCache;

use crate::args::BackupArgs;
use crate::exit::{run_command, secret, Stop, EXIT_FAILED, EXIT_OK};
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

pub async fn main(args: BackupArgs) -> i32 {
    let kept = "the blobs saved so far are kept and not fetched again";
    run_command(args.json, kept, |printer| run(&args, printer)).await
}

async fn run(args: &BackupArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    if let Some(dir) = &args.verify {
        return verify(dir, args.json).await;
    }
    let (Some(id), Some(out)) = (&args.from_id, &args.out) else {
        return Err(Stop::usage("--from-id and --out are needed to back up (or --verify DIR to check a backup)"));
    };
    let folder = open_folder(out)?;
    let resolver = args.lookup.resolver();
    let (password, auth_factor, session) = if args.sign_in.oauth {
        let session = crate::oauth::sign_in(&args.sign_in, id, None, &resolver, Purpose::Backup).await?;
        (String::new(), None, Some(session))
    } else {
        let password = secret("TEKTITE_FROM_PASSWORD", &format!("Password for {id}: "), "password")?;
        (password, crate::migrate::env_nonempty("TEKTITE_FROM_2FA"), None)
    };
    let (url, secret) = match session {
        // Signed in through the server of the PDS holding the data: its calls go there.
        Some(session) => (None, Secret::Session(session)),
        None => (args.from.as_deref(), Secret::password(&password, auth_factor.as_deref())),
    };
    let login = Login { url, id, secret };
    let mut home = account::sign_in_home(login, Side::Old, &resolver, printer.clone())
        .await
        .map_err(|e| Stop::usage(e.source.to_string()))?;
    account::patient(&mut home.client);
    // One run per account: a backup writes the account's folder, and a move may be changing it.
    let _lock = crate::local::account_lock(&home.session.did, "backup")?;
    if !args.json {
        eprintln!("Backing up {} ({}) from {} into {}", home.session.did, home.session.handle, home.pds, folder.place);
    }
    printer.start_bar("backup", 0, None);
    let source = BackupSource {
        client: &home.client,
        did: &home.session.did,
        handle: Some(&home.session.handle),
        pds: &home.pds,
        resolver: &resolver,
    };
    let report = backup::back_up(source, &folder, &*printer).await.map_err(|e| {
        let message = e.to_string();
        if e.is_retryable() {
            Stop::failed(message)
        } else {
            Stop::usage(message)
        }
    })?;
    printer.finish_bar();
    if args.json {
        println!("{}", serde_json::to_string(&report).unwrap_or_default());
    } else {
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
        if report.is_complete() {
            eprintln!(
                "  preferences, DID document{} and manifest.json written",
                if report.plc_audit_log { ", PLC history" } else { "" }
            );
        } else {
            eprintln!(
                "The backup is incomplete (no manifest written): run the same command again to fetch what is missing."
            );
        }
    }
    Ok(if report.is_complete() { EXIT_OK } else { EXIT_FAILED })
}

async fn verify(dir: &Path, json: bool) -> Result<i32, Stop> {
    if !dir.is_dir() {
        return Err(Stop::usage(format!("{} is not a folder", dir.display())));
    }
    let folder = open_folder(dir)?;
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
