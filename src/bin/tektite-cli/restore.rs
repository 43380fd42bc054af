//! `restore`: a backup brought up on a new PDS when the old one is gone
//! (`tektite_engine::backup::restore`), signed with the user's recovery key file. Every step is
//! saved in the state folder, so running the same command again continues.

use std::sync::Arc;
use tektite_i18n::tr;

use tektite_engine::backup::{self, RestoreConfig, RestoreStep};
use tektite_engine::recovery_key::RecoveryKey;

use crate::args::RestoreArgs;
use crate::exit::{interactive, run_command, secret, Stop, EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::output::Printer;

pub async fn main(args: RestoreArgs) -> i32 {
    run_command(args.json, &tr!("cli-kept-steps"), |printer| run(&args, printer)).await
}

async fn run(args: &RestoreArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    let folder = crate::backup::open_backup(&args.backup).await?;
    let manifest = backup::read_manifest(&folder).await.map_err(|e| Stop::usage(e.to_string()))?;
    let key_path = &args.recovery_key_file;
    let key_text =
        std::fs::read_to_string(key_path).map_err(|e| Stop::usage(format!("{}: {e}", key_path.display())))?; // the system's words
    let key = RecoveryKey::from_file_text(&key_text)
        .map_err(|e| Stop::usage(tr!("form-key-file-unusable", name = key_path.display().to_string(), error = e)))?;
    let platform = crate::local::platform(None, args.state_dir.as_ref())?;

    if !args.json {
        let handle = manifest.handle.clone().unwrap_or_else(|| tr!("cli-no-handle"));
        let (did, taken, pds) = (&manifest.did, &manifest.taken_at, &manifest.pds);
        let count = manifest.blobs.len();
        eprintln!("{}", tr!("cli-restore-of", did = did, handle = handle, taken = taken, pds = pds, count = count));
        let (to, new_handle, email) = (&args.new.to, &args.new.new_handle, &args.new.new_email);
        eprintln!("{}", tr!("cli-restore-to", pds = to, handle = new_handle, email = email, key = key.did_key()));
        for step in RestoreStep::ALL {
            eprintln!("  - {}", step.describe());
        }
        eprintln!("{}", tr!("cli-restore-irreversible"));
    }
    if !args.yes {
        if !interactive() {
            return Err(Stop::usage(tr!("cli-restore-needs-yes")));
        }
        eprint!("{}", tr!("cli-restore-prompt"));
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        // The word in the person's language, or the English one a script or a habit types.
        let answer = line.trim();
        if !answer.eq_ignore_ascii_case(&tr!("cli-confirm-word")) && !answer.eq_ignore_ascii_case("yes") {
            return Err(Stop::usage(tr!("cli-restore-not-confirmed")));
        }
    }
    let new_password = secret(
        "TEKTITE_NEW_PASSWORD",
        &tr!("cli-prompt-new-password", handle = &args.new.new_handle, pds = &args.new.to),
        &tr!("cli-what-new-password"),
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
    printer.start_bar(&tr!("cli-bar-restore"), 0, None);
    let report = backup::restore(&config, &platform, printer.clone())
        .await
        .map_err(|e| Stop { code: if e.is_bad_input() { EXIT_USAGE } else { EXIT_FAILED }, message: e.to_string() })?;
    printer.finish_bar();
    if args.json {
        println!("{}", serde_json::to_string(&report).unwrap_or_default());
    } else {
        let (did, pds, handle) = (&report.did, &report.new_pds, &report.handle);
        eprintln!("{}", tr!("cli-restored", did = did, pds = pds, handle = handle, count = report.blobs_uploaded));
        eprintln!("{}", tr!("cli-rotation-keys-now"));
        for k in &report.rotation_keys {
            eprintln!("  {k}");
        }
    }
    Ok(EXIT_OK)
}
