//! `restore`: a backup brought up on a new PDS when the old one is gone
//! (`tektite_engine::backup::restore`), signed with the user's recovery key file. Every step is
//! saved in the state folder, so running the same command again continues.

use std::sync::Arc;

use tektite_engine::backup::{self, RestoreConfig, RestoreStep};
use tektite_engine::recovery_key::RecoveryKey;

use crate::args::RestoreArgs;
use crate::exit::{interactive, run_command, secret, Stop, EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::output::Printer;

pub async fn main(args: RestoreArgs) -> i32 {
    run_command(args.json, &tektite_i18n::tr!("cli-kept-steps"), |printer| run(&args, printer)).await
}

async fn run(args: &RestoreArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    let folder = crate::backup::open_backup(&args.backup).await?;
    let manifest = backup::read_manifest(&folder).await.map_err(|e| Stop::usage(e.to_string()))?;
    let key_path = &args.recovery_key_file;
    let key_text =
        std::fs::read_to_string(key_path).map_err(|e| Stop::usage(format!("{}: {e}", key_path.display())))?;
    let key = RecoveryKey::from_file_text(&key_text)
        .map_err(|e| Stop::usage(format!("{} cannot be used: {e}", key_path.display())))?;
    let platform = crate::local::platform(None, args.state_dir.as_ref())?;

    if !args.json {
        eprintln!(
            "Restore of {} ({}), backed up {} from {}: {} blobs.",
            manifest.did,
            manifest.handle.as_deref().unwrap_or("no handle"),
            manifest.taken_at,
            manifest.pds,
            manifest.blobs.len()
        );
        eprintln!(
            "  to {} as {} ({}), signed with {}",
            args.new.to,
            args.new.new_handle,
            args.new.new_email,
            key.did_key()
        );
        for step in RestoreStep::ALL {
            eprintln!("  - {}", step.describe());
        }
        eprintln!(
            "  IRREVERSIBLE: the identity is changed with your recovery key; afterwards it names the new PDS, \
             and the old PDS (if it ever comes back) can no longer change it."
        );
    }
    if !args.yes {
        if !interactive() {
            return Err(Stop::usage("not confirmed: run again with --yes, or in a terminal to be asked"));
        }
        eprint!("Restore now? Type yes: ");
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        if line.trim() != "yes" {
            return Err(Stop::usage("not confirmed; nothing was changed"));
        }
    }
    let new_password = secret(
        "TEKTITE_NEW_PASSWORD",
        &format!("Password for the new account {} on {}: ", args.new.new_handle, args.new.to),
        "password for the new account",
    )?;
    let config = RestoreConfig {
        backup: folder,
        new_pds: args.new.to.clone(),
        new_handle: args.new.new_handle.clone(),
        new_email: args.new.new_email.clone(),
        new_password,
        invite_code: args.new.invite_code.clone(),
        key,
        resolver: args.lookup.resolver(),
    };
    printer.start_bar("restore blobs", 0, None);
    let report = backup::restore(&config, &platform, printer.clone())
        .await
        .map_err(|e| Stop { code: if e.is_bad_input() { EXIT_USAGE } else { EXIT_FAILED }, message: e.to_string() })?;
    printer.finish_bar();
    if args.json {
        println!("{}", serde_json::to_string(&report).unwrap_or_default());
    } else {
        eprintln!(
            "Restored {} on {} as {}: {} blobs uploaded this run. The account is active; sign in there with the new password.",
            report.did, report.new_pds, report.handle, report.blobs_uploaded
        );
        eprintln!("Rotation keys now (first wins):");
        for k in &report.rotation_keys {
            eprintln!("  {k}");
        }
    }
    Ok(EXIT_OK)
}
