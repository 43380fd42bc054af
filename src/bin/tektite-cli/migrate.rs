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
use tektite_i18n::tr;
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
    run_command(args.json, &tr!("cli-kept-steps"), |printer| run(&args, printer)).await
}

fn print_summary(s: &MigrationSummary) {
    let opt = |v: Option<u64>| v.map(tektite_i18n::numbers::integer).unwrap_or_else(|| tr!("cli-unknown-count"));
    eprintln!("{}", tr!("cli-summary-title", did = &s.did));
    match s.old_handle.as_str() {
        "" => eprintln!("{}", tr!("cli-summary-from", pds = &s.old_pds)),
        handle => eprintln!("{}", tr!("cli-summary-from-handle", pds = &s.old_pds, handle = handle)),
    }
    eprintln!(
        "{}",
        tr!("cli-summary-to", pds = &s.new_pds, pds_did = &s.new_pds_did, handle = &s.new_handle, email = &s.new_email)
    );
    if let Some(p) = &s.did_document_pds {
        eprintln!("{}", tr!("cli-summary-did-at", pds = p));
    }
    eprintln!(
        "{}",
        tr!(
            "cli-summary-counts",
            records = opt(s.records),
            imported = opt(s.blobs_imported),
            expected = opt(s.blobs_expected),
            missing = opt(s.blobs_missing.map(|n| n as u64))
        )
    );
    eprintln!("{}", tr!("cli-summary-steps", steps = step_names(&s.steps_done, tr!("cli-summary-no-steps"))));
    for line in &s.irreversible {
        eprintln!("{}", tr!("cli-summary-irreversible", line = line));
    }
    for cid in &s.accepted_missing {
        eprintln!("{}", tr!("cli-summary-lost", cid = cid));
    }
    if let Some(keys) = &s.rotation_keys {
        eprintln!("{}", tr!("cli-summary-rotation-keys"));
        for key in keys {
            eprintln!("                {key}");
        }
    }
}

/// The steps' names (stable identifiers, as `--json` has them), or `none` in words.
fn step_names(steps: &[migration::Step], none: String) -> String {
    let names: Vec<&str> = steps.iter().map(|st| st.name()).collect();
    if names.is_empty() {
        none
    } else {
        names.join(", ")
    }
}

async fn run(args: &MigrateArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    let started = std::time::Instant::now();
    let oauth = args.old.sign_in.oauth;
    // Signed in by OAuth, the old password is needed at most to deactivate the old account, and
    // only when given: without it that step waits for the person to do it on the old PDS's page.
    let old_password = match oauth {
        true => env_nonempty("TEKTITE_FROM_PASSWORD").unwrap_or_default(),
        false => secret(
            "TEKTITE_FROM_PASSWORD",
            &tr!("cli-prompt-password", id = &args.old.from_id),
            &tr!("cli-what-password"),
        )?,
    };
    let new_password = secret(
        "TEKTITE_NEW_PASSWORD",
        &tr!("cli-prompt-new-password", handle = &args.new.new_handle, pds = &args.new.to),
        &tr!("cli-what-new-password"),
    )?;
    let platform = local::platform(args.transfer.cache_dir.as_ref(), args.transfer.state_dir.as_ref())?;
    let recovery_key = match (&args.recovery_key, &args.new_recovery_key) {
        (Some(key), _) => Some(key.clone()),
        (None, Some(path)) => {
            let (key, new) = crate::recovery_key::obtain(path, &args.old.from_id).map_err(Stop::usage)?;
            if new {
                eprintln!("{}", tr!("cli-new-recovery-key", path = path.display().to_string(), key = &key));
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
            StepEvent::StepStarted { step, description } => {
                step_printer.line(&tr!("cli-step-started", step = step.name(), description = description))
            }
            StepEvent::StepFinished { step } => {
                step_printer.finish_bar();
                step_printer.line(&tr!("cli-step-done", step = step.name()));
            }
            StepEvent::Note { step, text } => {
                step_printer.line(&format!("{}{text}", step.map(|s| format!("[{s}] ")).unwrap_or_default()))
            }
            StepEvent::BlobPlan { plan } => {
                step_printer.line(&plan.to_string());
                step_printer.start_bar(
                    &format!("[{}]", migration::Step::Blobs.name()),
                    plan.blobs_missing,
                    plan.total_size,
                );
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
                credentials.old_auth_factor = ask(&tr!("cli-prompt-2fa"));
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
                let message =
                    tr!("cli-waiting-deactivation", new_pds = &args.new.to, old_pds = &old_pds, page = &account_page);
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
                    return Err(Stop::usage(tr!("cli-needs-yes")));
                }
                print_summary(&summary);
                let answer = ask(&tr!("cli-confirm-prompt"));
                // The word in the person's language, or the English one a script or a habit types.
                let yes = |a: &str| a.eq_ignore_ascii_case(&tr!("cli-confirm-word")) || a.eq_ignore_ascii_case("yes");
                if !answer.as_deref().is_some_and(yes) {
                    return Err(Stop::usage(tr!("cli-not-confirmed")));
                }
                input.confirmed = true;
            }
            Outcome::NeedsDidWebUpdate(update) => {
                print_did_web_update(&update);
                if interactive() && !args.json {
                    if ask(&tr!("cli-did-web-press-enter")).is_none() {
                        return Err(Stop::usage(tr!("cli-did-web-stopped")));
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
                let until = waits::until_local(tektite_engine::runtime::unix_now(), expires_unix);
                if interactive() {
                    let sent = match email_sent_now {
                        true => tr!("cli-plc-token-sent-now", email = &email, until = &until),
                        false => tr!("cli-plc-token-sent-before", email = &email, until = &until),
                    };
                    eprintln!("{sent}");
                    match ask(&tr!("cli-plc-token-prompt")) {
                        Some(t) if !t.is_empty() => input.plc_token = Some(t),
                        _ => return Err(Stop::usage(tr!("cli-plc-token-none"))),
                    }
                } else {
                    let message = match email_sent_now {
                        true => tr!("cli-plc-token-waiting-now", until = &until),
                        false => tr!("cli-plc-token-waiting-before", until = &until),
                    };
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
        println!("{}", tr!("cli-moved", did = &summary.did, pds = &summary.new_pds, handle = &summary.new_handle));
        if let Some(how) = summary.old_deactivated_by {
            println!("{}", tr!("old-deactivated", pds = &summary.old_pds, how = how.describe()));
        }
        print_after_move(&checklist, &check);
    }
    Ok(EXIT_OK)
}

/// What a did:web's owner must publish, on stderr.
fn print_did_web_update(u: &DidWebUpdate) {
    eprintln!("{}", tr!("cli-did-web-intro", did = &u.did, url = &u.document_url));
    eprintln!("{}", tr!("cli-did-web-must-name"));
    eprintln!("  #atproto_pds service   {}", u.pds_endpoint);
    eprintln!("  #atproto Multikey      {}", u.signing_key);
    eprintln!("  alsoKnownAs            at://{}", u.handle);
    eprintln!("{}", tr!("cli-did-web-lacking"));
    for l in &u.lacking {
        eprintln!("  - {l}");
    }
    eprintln!("{}", tr!("cli-did-web-whole"));
    eprintln!("{}", serde_json::to_string_pretty(&u.document).unwrap_or_default());
}

/// Where the recovery key of this move is, for the checklist.
fn recovery_note(args: &MigrateArgs, summary: &MigrationSummary) -> RecoveryKeyNote {
    let in_document = |key: &str| summary.rotation_keys.as_ref().is_none_or(|keys| keys.iter().any(|k| k == key));
    match (&args.recovery_key, &args.new_recovery_key) {
        (Some(key), _) if in_document(key) => {
            RecoveryKeyNote::Held { did_key: key.clone(), whereabouts: tr!("key-whereabouts-kept") }
        }
        (None, Some(path)) => match crate::recovery_key::obtain(path, &summary.did) {
            Ok((key, _)) => RecoveryKeyNote::Held {
                did_key: key,
                whereabouts: tr!("key-whereabouts-file", path = path.display().to_string()),
            },
            Err(_) => RecoveryKeyNote::None,
        },
        _ => RecoveryKeyNote::None,
    }
}

/// The checklist and the outside look at the new account, after the summary.
fn print_after_move(checklist: &[ChecklistItem], check: &[CheckResult]) {
    println!("\n{}", tr!("cli-todo-title"));
    for (i, item) in checklist.iter().enumerate() {
        println!("  {}. {}\n     {}", i + 1, item.title, item.detail);
    }
    println!("\n{}", tr!("cli-look-title"));
    let (ok, fail) = (tr!("cli-look-ok"), tr!("cli-look-fail"));
    let width = ok.chars().count().max(fail.chars().count());
    for c in check {
        println!("  {:width$} {}: {}", if c.ok { &ok } else { &fail }, c.what, c.detail);
    }
    if check.iter().any(|c| !c.ok) {
        println!("{}", tr!("cli-look-cached"));
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
            eprintln!("tektite-cli: {}", tr!("cli-local-storage", error = e.to_string()));
            return EXIT_USAGE;
        }
    };
    let store = MigrationStore::new(Arc::new(kv));
    let list = match store.list().await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("tektite-cli: {}", tr!("cli-local-storage", error = e.to_string()));
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
        println!("{}", tr!("cli-status-none", dir = state_dir.display().to_string()));
    } else {
        for s in &list {
            println!("{}  {} → {} ({})", s.did, s.old_pds, s.new_pds, s.new_handle);
            println!("{}", tr!("cli-status-done", steps = step_names(&s.done, tr!("cli-status-nothing-yet"))));
            match s.next_step() {
                Some(n) => {
                    println!("{}", tr!("cli-status-next", step = n.name(), description = n.describe_for(&s.did)))
                }
                None => println!("{}", tr!("cli-status-complete")),
            }
            if let Some(w) = waiting_now(s) {
                let until = waits::until_local(tektite_engine::runtime::unix_now(), w.until_unix);
                println!("{}", tr!("cli-status-waiting", host = &w.host, until = until));
            }
        }
    }
    let scheduled = scheduled_backups().await;
    if !scheduled.is_empty() {
        println!("{}", tr!("cli-status-backups"));
    }
    for (s, last) in &scheduled {
        println!(
            "{}",
            tr!("cli-status-backup", account = &s.account, every = &s.every, folder = s.folder.display().to_string())
        );
        match last {
            Some(run) => {
                let result = if run.complete { tr!("cli-status-run-complete") } else { tr!("cli-status-run-failed") };
                let (at, said) = (&run.finished_at, &run.said);
                println!(
                    "{}",
                    match run.left_out.is_empty() {
                        true => tr!("cli-status-last-run", at = at, result = result, said = said),
                        false => tr!(
                            "cli-status-last-run-left-out",
                            at = at,
                            result = result,
                            said = said,
                            left_out = run.left_out.join("; ")
                        ),
                    }
                )
            }
            None => println!("{}", tr!("cli-status-no-run")),
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
