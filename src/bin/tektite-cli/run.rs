//! The `blobs` and `plan` commands: sign in to both sides, list the work, plan, migrate, report.

use std::sync::Arc;
use tektite_i18n::tr;

use serde_json::json;
use tektite_engine::account::{self, Login, Secret};
use tektite_engine::blobs::BlobStep;
use tektite_engine::oauth::Purpose;
use tektite_engine::plan::PlanOptions;
use tektite_engine::MigrationContext;
use tektite_i18n::numbers::bytes as human_bytes;

use crate::args::{BlobArgs, Cli, Command};
use crate::exit::{run_command, secret, Stop, EXIT_FAILED, EXIT_OK};
use crate::local;
use crate::output::{peak_rss_bytes, Printer};

pub async fn main(cli: Cli) -> i32 {
    let (args, plan_only) = match &cli.command {
        Command::Blobs(a) => (a.clone(), false),
        Command::Plan(a) => (a.clone(), true),
    };
    run_command(args.json, &tr!("cli-kept-blobs"), |printer| run(&args, plan_only, printer)).await
}

async fn run(args: &BlobArgs, plan_only: bool, printer: Arc<Printer>) -> Result<i32, Stop> {
    let started = std::time::Instant::now();
    let platform = local::platform(args.transfer.cache_dir.as_ref(), args.transfer.state_dir.as_ref())?;
    let old = &args.old;
    let (from_pw, auth_factor, session) = if old.sign_in.oauth {
        let session = crate::oauth::sign_in(&old.sign_in, &old.from_id, None, &old.resolver(), Purpose::Read).await?;
        (String::new(), None, Some(session))
    } else {
        let prompt = tr!("cli-prompt-password", id = &old.from_id);
        let password = secret("TEKTITE_FROM_PASSWORD", &prompt, &tr!("cli-what-password"))?;
        (password, crate::migrate::env_nonempty("TEKTITE_FROM_2FA"), None)
    };
    let prompt = tr!("cli-prompt-password-on", id = &args.to_id, pds = &args.to);
    let to_pw = secret("TEKTITE_TO_PASSWORD", &prompt, &tr!("cli-what-password"))?;
    // Every sign-in failure is a configuration problem for the user to fix (address, account,
    // password, server down): exit 2, and nothing has been changed on either server.
    let (from_url, from_secret) = match session {
        Some(session) => (None, Secret::Session(session)),
        None => (old.from.as_deref(), Secret::password(&from_pw, auth_factor.as_deref())),
    };
    let pair = account::connect_pair(
        Login { url: from_url, id: &old.from_id, secret: from_secret },
        Login { url: Some(&args.to), id: &args.to_id, secret: Secret::password(&to_pw, None) },
        &old.resolver(),
        printer.clone(),
    )
    .await
    .map_err(|e| Stop::usage(e.to_string()))?;
    let did = pair.did.clone();
    if let (Some(note), false) = (&pair.source_note, args.json) {
        eprintln!("{}", tr!("cli-note", note = note));
    }
    // One run per account: a plan changes nothing and needs no lock.
    let _lock = match plan_only {
        true => None,
        false => Some(platform.locks.try_lock(&did, "blobs").await.map_err(|e| Stop::usage(e.to_string()))?),
    };

    let ctx = MigrationContext::new(Arc::new(pair.source), Arc::new(pair.target), &did, platform, printer.clone());

    let options = PlanOptions {
        strategy: args.transfer.strategy.kind(),
        concurrency: args.transfer.concurrency.map(usize::from),
        chunk_size: args.chunk_size.map(|c| c as usize),
    };
    let step = BlobStep::prepare(ctx, &options)
        .await
        .map_err(|e| Stop::failed(tr!("cli-listing-failed", error = e.to_string())))?;
    let (plan, work) = (&step.plan, &step.work);
    if plan_only {
        if args.json {
            println!("{}", serde_json::to_string(plan).unwrap_or_default());
        } else {
            println!("{plan}");
        }
        return Ok(EXIT_OK);
    }
    if !args.json {
        eprintln!("{plan}");
    }

    printer.start_bar(&tr!("cli-bar-blobs"), work.missing.len(), plan.total_size);
    let step_report = step.run().await;
    printer.finish_bar();
    let report = &step_report.transfer;
    let seconds = started.elapsed().as_secs_f64();
    let failures: Vec<_> = step_report
        .failures()
        .into_iter()
        .map(|f| json!({ "cid": f.cid, "kind": f.kind, "message": f.message, "retryable": f.retryable }))
        .collect();
    let missing_after = step_report.still_missing().ok();
    let summary = json!({
        "did": did,
        "strategy": report.strategy,
        "blobs_total": work.missing.len() + work.present().len(),
        "blobs_missing_before": work.missing.len(),
        "blobs_migrated": report.migrated(),
        "blobs_failed": report.failed(),
        "blobs_skipped": work.present().len(),
        "blobs_from_cache": report.from_cache(),
        "blobs_missing_after": missing_after,
        "bytes": report.bytes_migrated(),
        "bytes_downloaded": report.bytes_downloaded,
        "bytes_uploaded": report.bytes_uploaded,
        "retries": report.retries,
        "seconds": (seconds * 1000.0).round() / 1000.0,
        "transfer_seconds": (report.elapsed_secs * 1000.0).round() / 1000.0,
        "concurrency": plan.concurrency,
        "concurrency_ceiling": plan.concurrency_ceiling,
        "concurrency_peak": report.peak_concurrency,
        "chunk_size": plan.chunk_size,
        "peak_rss_bytes": peak_rss_bytes(),
        "failures": failures,
    });
    if args.json {
        println!("{summary}");
    } else {
        println!(
            "{}",
            tr!(
                "cli-blobs-summary",
                migrated = report.migrated(),
                size = human_bytes(report.bytes_migrated()),
                cached = report.from_cache(),
                failed = report.failed(),
                present = work.present().len(),
                seconds = tektite_i18n::numbers::decimal(seconds, 1)
            )
        );
        for f in &failures {
            let (cid, message) = (f["cid"].as_str().unwrap_or_default(), f["message"].as_str().unwrap_or_default());
            println!("{}", tr!("cli-blob-failed", cid = cid, message = message));
        }
    }
    match step_report.still_missing() {
        Ok(0) => {
            if !args.json {
                println!("{}", tr!("cli-misses-none"));
            }
            Ok(EXIT_OK)
        }
        Ok(m) => {
            if !args.json {
                println!("{}", tr!("cli-still-misses", count = m));
            }
            Ok(EXIT_FAILED)
        }
        Err(e) => Err(Stop::failed(tr!("cli-check-failed", error = e.to_string()))),
    }
}
