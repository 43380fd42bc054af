//! The `migrate` and `status` commands: the whole account move through the engine's resumable
//! state machine (`tektite_engine::migration`), and what saved migrations have done.
//!
//! Secrets come from the environment or hidden prompts, never from argv: `TEKTITE_FROM_PASSWORD`,
//! `TEKTITE_NEW_PASSWORD`, `TEKTITE_FROM_2FA` (when the old PDS asks for a two-factor code) and
//! `TEKTITE_PLC_TOKEN` (the code the old PDS emails before the identity moves).

use std::io::{BufRead, Write};
use std::sync::Arc;

use serde_json::json;
use tektite_engine::account::AccountError;
use tektite_engine::after_move::{self, CheckResult, ChecklistItem, RecoveryKeyNote};
use tektite_engine::migration::{
    self, Credentials, DidWebUpdate, Input, MigrationConfig, MigrationError, MigrationState, MigrationStore,
    MigrationSummary, Migrator, Outcome, SavedWait, ServerSignIn, StepEvent,
};
use tektite_engine::oauth::Purpose;
use tektite_engine::plan::PlanOptions;
use tektite_engine::waits;
use tektite_platform::desktop;

use crate::args::{MigrateArgs, StatusArgs};
use crate::exit::{
    interactive, run_command, secret, Stop, EXIT_FAILED, EXIT_OK, EXIT_USAGE, EXIT_WAITING_FOR_DEACTIVATION,
    EXIT_WAITING_FOR_DID_DOCUMENT, EXIT_WAITING_FOR_TOKEN,
};
use crate::local;
use crate::output::{peak_rss_bytes, Printer};

impl From<MigrationError> for Stop {
    fn from(e: MigrationError) -> Self {
        let code = if e.is_bad_input() { EXIT_USAGE } else { EXIT_FAILED };
        Stop { code, message: e.to_string() }
    }
}

fn ask(prompt: &str) -> Option<String> {
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    Some(line.trim().to_owned())
}

pub fn env_nonempty(var: &str) -> Option<String> {
    std::env::var(var).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

pub async fn main(args: MigrateArgs) -> i32 {
    run_command(args.json, "every finished step is saved", |printer| run(&args, printer)).await
}

fn print_summary(s: &MigrationSummary) {
    let opt = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
    eprintln!("Account migration of {}", s.did);
    match s.old_handle.as_str() {
        "" => eprintln!("  from        {}", s.old_pds),
        handle => eprintln!("  from        {} ({handle})", s.old_pds),
    }
    eprintln!("  to          {} ({}), handle {}, e-mail {}", s.new_pds, s.new_pds_did, s.new_handle, s.new_email);
    if let Some(p) = &s.did_document_pds {
        eprintln!("  DID now at  {p}");
    }
    eprintln!(
        "  new PDS has {} records, {} of {} blobs, {} missing",
        opt(s.records),
        opt(s.blobs_imported),
        opt(s.blobs_expected),
        s.blobs_missing.map(|n| n.to_string()).unwrap_or_else(|| "?".into())
    );
    let done: Vec<&str> = s.steps_done.iter().map(|st| st.name()).collect();
    eprintln!("  steps done  {}", if done.is_empty() { "none".into() } else { done.join(", ") });
    for line in &s.irreversible {
        eprintln!("  IRREVERSIBLE: {line}");
    }
    for cid in &s.accepted_missing {
        eprintln!("  LOST (accepted): blob {cid}");
    }
    if let Some(keys) = &s.rotation_keys {
        eprintln!("  rotation keys after the move (who may change the identity, first wins):");
        for key in keys {
            eprintln!("                {key}");
        }
    }
}

async fn run(args: &MigrateArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    let started = std::time::Instant::now();
    let oauth = args.old.sign_in.oauth;
    // Signed in by OAuth, the old password is needed at most to deactivate the old account, and
    // only when given: without it that step waits for the person to do it on the old PDS's page.
    let old_password = match oauth {
        true => env_nonempty("TEKTITE_FROM_PASSWORD").unwrap_or_default(),
        false => secret("TEKTITE_FROM_PASSWORD", &format!("Password for {}: ", args.old.from_id), "password")?,
    };
    let new_password = secret(
        "TEKTITE_NEW_PASSWORD",
        &format!("Password for the new account {} on {}: ", args.new.new_handle, args.new.to),
        "password for the new account",
    )?;
    let platform = local::platform(args.transfer.cache_dir.as_ref(), args.transfer.state_dir.as_ref())?;
    let recovery_key = match (&args.recovery_key, &args.new_recovery_key) {
        (Some(key), _) => Some(key.clone()),
        (None, Some(path)) => {
            let (key, new) = crate::recovery_key::obtain(path, &args.old.from_id).map_err(Stop::usage)?;
            if new {
                eprintln!(
                    "A new recovery key is in {}: keep that file offline and secret. Its public half, {key}, goes \
                     first in your DID document.",
                    path.display()
                );
            }
            Some(key)
        }
        (None, None) => None,
    };

    let config = MigrationConfig {
        old_pds: args.old.from.clone(),
        old_id: args.old.from_id.clone(),
        new_pds: args.new.to.clone(),
        new_handle: args.new.new_handle.trim().trim_start_matches('@').to_owned(),
        new_email: args.new.new_email.trim().to_owned(),
        invite_code: args.new.invite_code.clone(),
        resolver: args.old.resolver(),
        recovery_key,
        accept_missing_blobs: args.accept_missing_blobs,
        plan: PlanOptions {
            strategy: args.transfer.strategy.kind(),
            concurrency: args.transfer.concurrency.map(usize::from),
            chunk_size: None,
        },
    };
    let json_mode = args.json;
    let step_printer = printer.clone();
    let steps = Arc::new(move |event: StepEvent| {
        if json_mode {
            if let Ok(line) = serde_json::to_string(&event) {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
            return;
        }
        match event {
            StepEvent::StepStarted { step, description } => step_printer.line(&format!("[{step}] {description}…")),
            StepEvent::StepFinished { step } => {
                step_printer.finish_bar();
                step_printer.line(&format!("[{step}] done"));
            }
            StepEvent::Note { step, text } => {
                step_printer.line(&format!("{}{text}", step.map(|s| format!("[{s}] ")).unwrap_or_default()))
            }
            StepEvent::BlobPlan { plan } => {
                step_printer.line(&plan.to_string());
                step_printer.start_bar("[blobs]", plan.blobs_missing, plan.total_size);
            }
            StepEvent::WaitingForPlcToken { .. } => {}
        }
    });

    let mut config = config;
    let mut credentials = Credentials {
        old_password,
        old_auth_factor: env_nonempty("TEKTITE_FROM_2FA"),
        new_password,
        old_session: None,
    };
    if oauth {
        let pds = match migration::before_server_sign_in(&config, &platform).await? {
            ServerSignIn::Settled(summary) => return report_complete(args, *summary, started).await,
            ServerSignIn::At(pds) => pds,
        };
        let session =
            crate::oauth::sign_in(&args.old.sign_in, &args.old.from_id, Some(&pds), &config.resolver, Purpose::Move)
                .await?;
        credentials.old_session = Some(session);
        config.old_pds = Some(pds);
    }
    let mut migrator = loop {
        match Migrator::connect(config.clone(), credentials.clone(), platform.clone(), printer.clone(), steps.clone())
            .await
        {
            Ok(m) => break m,
            Err(MigrationError::Account { source: AccountError::TwoFactorRequired { .. }, .. })
                if credentials.old_auth_factor.is_none() && interactive() =>
            {
                credentials.old_auth_factor = ask("The old PDS emailed a sign-in code; enter it: ");
            }
            Err(e) => return Err(e.into()),
        }
    };

    let mut input = Input { confirmed: args.yes, plc_token: env_nonempty("TEKTITE_PLC_TOKEN"), ..Input::default() };
    loop {
        let outcome = match migrator.advance(&input).await {
            // At a prompt a mistyped code is asked for again (a new one is emailed only when it
            // expired); without one the run ends saying so.
            Err(e @ MigrationError::PlcTokenRejected { .. }) if interactive() && !args.json => {
                eprintln!("{e}");
                input.plc_token = None;
                continue;
            }
            outcome => outcome?,
        };
        match outcome {
            Outcome::Complete(summary) => return report_complete(args, summary, started).await,
            Outcome::NeedsOldDeactivation { old_pds, account_page } => {
                let message = format!(
                    "the account now lives on {}; the old account on {old_pds} is still active, and a sign-in through \
                     its server may not deactivate it. Deactivate it yourself on {account_page} (sign in there, \
                     \"Deactivate\"), then run the same command again; or run it again with TEKTITE_FROM_PASSWORD \
                     set, and Tektite deactivates it with the password for that one call",
                    args.new.to
                );
                if args.json {
                    println!(
                        "{}",
                        json!({ "status": "waiting_for_deactivation", "message": message, "old_pds": old_pds,
                                "account_page": account_page, "did": migrator.did(),
                                "exit_code": EXIT_WAITING_FOR_DEACTIVATION })
                    );
                } else {
                    eprintln!("tektite-cli: {message}");
                }
                return Ok(EXIT_WAITING_FOR_DEACTIVATION);
            }
            Outcome::NeedsConfirmation(summary) => {
                if !interactive() {
                    if args.json {
                        println!(
                            "{}",
                            json!({ "status": "needs_confirmation", "summary": summary, "peak_rss_bytes": peak_rss_bytes() })
                        );
                    } else {
                        print_summary(&summary);
                    }
                    return Err(Stop::usage(
                        "data and blobs are complete; the next steps are irreversible: run again with --yes to confirm them",
                    ));
                }
                print_summary(&summary);
                let answer = ask("Move the identity to the new PDS and deactivate the old account? Type yes: ");
                if answer.as_deref() != Some("yes") {
                    return Err(Stop::usage("not confirmed; nothing irreversible was done (run again to continue)"));
                }
                input.confirmed = true;
            }
            Outcome::NeedsDidWebUpdate(update) => {
                print_did_web_update(&update);
                if interactive() && !args.json {
                    if ask("Press Enter once the document is published (Ctrl-C stops; running again continues): ")
                        .is_none()
                    {
                        return Err(Stop::usage("stopped; run again once the DID document is published"));
                    }
                    continue;
                }
                if args.json {
                    println!(
                        "{}",
                        json!({ "status": "waiting_for_did_document", "update": update,
                                "exit_code": EXIT_WAITING_FOR_DID_DOCUMENT })
                    );
                }
                return Ok(EXIT_WAITING_FOR_DID_DOCUMENT);
            }
            Outcome::NeedsPlcToken { email, email_sent_now, expires_unix } => {
                let sent = if email_sent_now { "has just emailed" } else { "has already emailed" };
                let until = waits::until_local(tektite_engine::runtime::unix_now(), expires_unix);
                if interactive() {
                    eprintln!(
                        "The old PDS {sent} a confirmation code to the account's current address (the new account uses {email}); it is valid {until}."
                    );
                    match ask("Code from the email: ") {
                        Some(t) if !t.is_empty() => input.plc_token = Some(t),
                        _ => return Err(Stop::usage("no code given; run again to continue")),
                    }
                } else {
                    let message = format!(
                        "the old PDS {sent} a confirmation code, valid {until}: run again with TEKTITE_PLC_TOKEN=… (the code from the email)"
                    );
                    if args.json {
                        println!(
                            "{}",
                            json!({ "status": "waiting_for_plc_token", "message": message,
                                    "email_sent_now": email_sent_now, "expires_unix": expires_unix,
                                    "did": migrator.did(), "exit_code": EXIT_WAITING_FOR_TOKEN })
                        );
                    } else {
                        eprintln!("tektite-cli: {message}");
                    }
                    return Ok(EXIT_WAITING_FOR_TOKEN);
                }
            }
        }
    }
}

/// The end of a move: the summary, how the old account was deactivated, the checklist and the
/// check that the world finds the account on the new PDS.
async fn report_complete(
    args: &MigrateArgs,
    summary: MigrationSummary,
    started: std::time::Instant,
) -> Result<i32, Stop> {
    let checklist = after_move::checklist(&summary, &recovery_note(args, &summary));
    let check =
        after_move::check_moved(&args.old.resolver(), &summary.did, &summary.new_handle, &summary.new_pds).await;
    if args.json {
        println!(
            "{}",
            json!({ "status": "complete", "summary": summary, "checklist": checklist, "check": check,
                    "peak_rss_bytes": peak_rss_bytes(),
                    "seconds": (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0 })
        );
    } else {
        print_summary(&summary);
        println!("The account {} now lives on {} as {}.", summary.did, summary.new_pds, summary.new_handle);
        if let Some(how) = summary.old_deactivated_by {
            println!("The old account on {} was deactivated {}.", summary.old_pds, how.describe());
        }
        print_after_move(&checklist, &check);
    }
    Ok(EXIT_OK)
}

/// What a did:web's owner must publish, on stderr.
fn print_did_web_update(u: &DidWebUpdate) {
    eprintln!("{} is a did:web: you move it by publishing its DID document at {}.", u.did, u.document_url);
    eprintln!("The published document must name:");
    eprintln!("  #atproto_pds service   {}", u.pds_endpoint);
    eprintln!("  #atproto Multikey      {}", u.signing_key);
    eprintln!("  alsoKnownAs            at://{}", u.handle);
    eprintln!("Still lacking:");
    for l in &u.lacking {
        eprintln!("  - {l}");
    }
    eprintln!("The whole document to publish (your other entries kept):");
    eprintln!("{}", serde_json::to_string_pretty(&u.document).unwrap_or_default());
}

/// Where the recovery key of this move is, for the checklist.
fn recovery_note(args: &MigrateArgs, summary: &MigrationSummary) -> RecoveryKeyNote {
    let in_document = |key: &str| summary.rotation_keys.as_ref().is_none_or(|keys| keys.iter().any(|k| k == key));
    match (&args.recovery_key, &args.new_recovery_key) {
        (Some(key), _) if in_document(key) => {
            RecoveryKeyNote::Held { did_key: key.clone(), whereabouts: "wherever you keep it".into() }
        }
        (None, Some(path)) => match crate::recovery_key::obtain(path, &summary.did) {
            Ok((key, _)) => RecoveryKeyNote::Held { did_key: key, whereabouts: format!("in {}", path.display()) },
            Err(_) => RecoveryKeyNote::None,
        },
        _ => RecoveryKeyNote::None,
    }
}

/// The checklist and the outside look at the new account, after the summary.
fn print_after_move(checklist: &[ChecklistItem], check: &[CheckResult]) {
    println!("\nWhat to do now:");
    for (i, item) in checklist.iter().enumerate() {
        println!("  {}. {}\n     {}", i + 1, item.title, item.detail);
    }
    println!("\nThe new account as others see it:");
    for c in check {
        println!("  {} {}: {}", if c.ok { "ok  " } else { "FAIL" }, c.what, c.detail);
    }
    if check.iter().any(|c| !c.ok) {
        println!(
            "  Handles and DID documents are cached for a while; look again in a few minutes with the same command."
        );
    }
}

pub async fn status(args: StatusArgs) -> i32 {
    let state_dir = match args.state_dir.clone() {
        Some(d) => d,
        None => match desktop::default_dirs() {
            Ok((_, s)) => s,
            Err(e) => {
                eprintln!("tektite-cli: {e}");
                return EXIT_USAGE;
            }
        },
    };
    let kv = match desktop::FileKv::open(&state_dir) {
        Ok(kv) => kv,
        Err(e) => {
            eprintln!("tektite-cli: local storage: {e}");
            return EXIT_USAGE;
        }
    };
    let store = MigrationStore::new(Arc::new(kv));
    let list = match store.list().await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("tektite-cli: local storage: {e}");
            return EXIT_FAILED;
        }
    };
    if args.json {
        let items: Vec<_> = list
            .iter()
            .map(|s| {
                json!({
                    "did": s.did, "old_pds": s.old_pds, "new_pds": s.new_pds, "new_handle": s.new_handle,
                    "steps_done": s.done, "next_step": s.next_step(), "complete": s.is_complete(),
                    "plc_token_requested_unix": s.plc_token_requested_unix, "updated_unix": s.updated_unix,
                    "waiting": waiting_now(s),
                })
            })
            .collect();
        let scheduled = scheduled_backups().await;
        let backups: Vec<_> = scheduled
            .iter()
            .map(|(s, last)| json!({ "unit": s.unit, "folder": s.folder, "account": s.account, "every": s.every, "last_run": last }))
            .collect();
        println!("{}", json!({ "migrations": items, "scheduled_backups": backups }));
        return EXIT_OK;
    }
    if list.is_empty() {
        println!("No saved migrations in {}.", state_dir.display());
    } else {
        for s in &list {
            let done: Vec<&str> = s.done.iter().map(|st| st.name()).collect();
            println!("{}  {} → {} ({})", s.did, s.old_pds, s.new_pds, s.new_handle);
            println!("  done: {}", if done.is_empty() { "nothing yet".into() } else { done.join(", ") });
            match s.next_step() {
                Some(n) => println!("  next: {n} — {}", n.describe()),
                None => println!("  complete"),
            }
            if let Some(w) = waiting_now(s) {
                println!(
                    "  waiting: {} limits requests {}; run the same command after then, nothing done so far is lost",
                    w.host,
                    waits::until_local(tektite_engine::runtime::unix_now(), w.until_unix)
                );
            }
        }
    }
    let scheduled = scheduled_backups().await;
    if !scheduled.is_empty() {
        println!("Scheduled backups:");
    }
    for (s, last) in &scheduled {
        println!("{}  {} into {}", s.account, s.every, s.folder.display());
        match last {
            Some(run) => println!(
                "  last run: {} ({}): {}{}",
                run.finished_at,
                if run.complete { "complete" } else { "FAILED" },
                run.said,
                if run.left_out.is_empty() {
                    String::new()
                } else {
                    format!("; left out: {}", run.left_out.join("; "))
                }
            ),
            None => println!("  no run yet"),
        }
    }
    EXIT_OK
}

/// The scheduled backups with the last run recorded in each folder.
async fn scheduled_backups(
) -> Vec<(tektite_platform::desktop::schedule::Scheduled, Option<tektite_engine::backup::LastRun>)> {
    let mut out = Vec::new();
    for s in tektite_platform::desktop::schedule::list() {
        // A folder that is gone is not created again by looking at it.
        let folder = s.folder.is_dir().then(|| crate::backup::open_folder(&s.folder).ok()).flatten();
        let last = match folder {
            Some(folder) => tektite_engine::backup::LastRun::read(&folder).await,
            None => None,
        };
        out.push((s, last));
    }
    out
}

/// The wait a server asked this move for, while it lasts.
fn waiting_now(s: &MigrationState) -> Option<&SavedWait> {
    s.waiting.as_ref().filter(|w| w.until_unix > tektite_engine::runtime::unix_now())
}
