//! The run under way, for both ways in: the move's steps (done, current, upcoming), the blob step's
//! progress (total and per blob, download and upload apart, the rate, time left, waits and retries
//! in words), the log, and a way to stop.

use dioxus::prelude::*;
use tektite_engine::migration::Step as EngineStep;
use tektite_engine::runtime::sleep;
use tektite_engine::waits;

use super::fields::{Bar, CardHead, Fact};
use super::icons::{ArrowRightIcon, CheckIcon};
use super::runner::Runner;
use super::steps::Step;
use super::testids::TestIds;
use crate::app::controller::{Controller, Phase};
use crate::app::events::Persistence;
use crate::app::form::Mode;
use crate::app::format;
use crate::app::log::LogLevel;
use crate::app::progress::BlobRow;

/// How often the blob progress redraws on its own, for the clock and a rate-limit countdown when no
/// events arrive (during a wait, or a long upload that reports its bytes only at the end).
const TICK: std::time::Duration = std::time::Duration::from_secs(1);

#[component]
pub fn RunCard() -> Element {
    let runner = use_context::<Runner>();
    let c = runner.ctl.read();
    let moving = c.mode() == Mode::Move;
    let stopped = matches!(c.phase, Phase::Stopped);
    let p = &c.progress;
    let (title, lead, hint) = if stopped {
        (
            "Stopped".to_string(),
            Some("Everything done so far is kept: finished steps, blobs already on the new PDS, verified local copies. Continue goes on from here.".to_string()),
            "Continue uses the passwords you typed; nothing is sent twice.",
        )
    } else if moving {
        (
            c.current.map_or("Working".to_string(), |s| capitalize(c.describe(s))),
            Some("Each step is saved as it finishes: if this stops, the move continues where it was.".to_string()),
            "Stopping keeps every finished step and every blob already on the new PDS.",
        )
    } else if c.mode() == Mode::Restore {
        (
            "Restoring your account".to_string(),
            Some("Each step is saved as it finishes: if this stops, Continue goes on from there.".to_string()),
            "Stopping keeps every finished step; Continue goes on.",
        )
    } else if c.mode() == Mode::Protect {
        (
            "Adding your recovery key".to_string(),
            Some("The PDS signs the change with the code, and the PLC directory is read back to check it.".to_string()),
            "Stopping now may leave the change made or not: the next try says which.",
        )
    } else if c.mode() == Mode::Backup {
        (
            "Saving the backup".to_string(),
            Some(
                "The repository first, then every blob, each checked against its content hash as it is written."
                    .to_string(),
            ),
            "Stopping keeps every blob saved so far; the next backup continues from there.",
        )
    } else {
        (
            if p.checking { "Checking the new PDS" } else { "Copying blobs" }.to_string(),
            None,
            "Stopping keeps every finished blob and every verified local copy; continue later from the start page.",
        )
    };
    rsx! {
        section {
            class: "card step-card",
            "aria-labelledby": "card-title",
            "data-testid": TestIds::of(c.mode()).run,
            "data-stopped": "{stopped}",
            "data-current": c.current.map(|s| s.name()),
            "data-blobs-done": p.blobs_done(),
            "data-blobs-migrated": p.blobs_migrated,
            "data-blobs-total": p.blobs_total,
            CardHead { step: Step::Run, title, lead }
            if moving {
                StepList {}
            }
            if c.plan.is_some() || matches!(c.mode(), Mode::Backup | Mode::Restore) {
                BlobProgress {}
            }
            LogView {}
            div { class: "actions",
                if stopped {
                    button { class: "button primary", r#type: "button", "data-testid": "continue-button",
                        onclick: move |_| runner.continue_run(),
                        "Continue"
                        ArrowRightIcon {}
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "back-button",
                        onclick: move |_| runner.back(),
                        "Back to the form"
                    }
                } else {
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), "Stop"
                    }
                }
                p { class: "hint", "{hint}" }
            }
        }
    }
}

/// The blob step's live numbers.
#[component]
fn BlobProgress() -> Element {
    let mut tick = use_signal(|| 0u64);
    use_future(move || async move {
        loop {
            sleep(TICK).await;
            tick += 1;
        }
    });
    let _ = tick();
    let ctl = use_context::<Runner>().ctl;
    let c = ctl.read();
    let p = &c.progress;
    // A backup's blobs are downloaded and saved here, not uploaded: its own words.
    let backing_up = c.mode() == Mode::Backup;
    let now_label = if backing_up { "Now saving" } else { "Now moving" };
    let bar_label = if backing_up { "Blobs saved" } else { "Blobs copied" }.to_string();
    let (saved_label, kept_label) = match c.mode() {
        Mode::Backup => ("Saved", "Already in the backup"),
        Mode::Restore => ("Uploaded", "From the backup"),
        _ => ("Uploaded", "From local cache"),
    };
    let step_done = c.done.contains(&EngineStep::Blobs);
    let percent = if step_done { 100.0 } else { p.percent() };
    let bytes_line = match p.bytes_total {
        Some(total) if p.bytes_estimated => {
            format!("{} of about {}", format::bytes(p.bytes_done()), format::bytes(total))
        }
        Some(total) => format!("{} of {}", format::bytes(p.bytes_done().min(total)), format::bytes(total)),
        None if backing_up => format!("{} saved", format::bytes(p.bytes_done())),
        None => format!("{} uploaded", format::bytes(p.bytes_done())),
    };
    let mut summary = format!("{} of {} · {bytes_line}", p.blobs_done(), format::blobs(p.blobs_total));
    if let Some(eta) = p.eta_secs().filter(|_| !p.checking && !step_done) {
        summary.push_str(&format!(" · about {} left", format::duration(eta)));
    }
    // The account as a whole: what earlier runs (or the account's history) already put there.
    let (on_new, of) = p.overall();
    let overall = (p.blobs_before > 0).then(|| {
        format!("{on_new} of {} on the new PDS, {} of them from before this run", format::blobs(of), p.blobs_before)
    });
    let strategy = c.plan.as_ref().map(|plan| (plan.strategy.to_string(), plan.reason.clone()));
    let persistence = c.persistence.clone().map(|p| match p {
        Persistence::Granted => ("ok", "This browser will keep the cache and the resume state (persistent storage granted).".to_string()),
        Persistence::NotGranted => (
            "warn",
            "Persistent storage was not granted: under storage pressure the browser may clear the cache; verified blobs would then be downloaded again.".to_string(),
        ),
        Persistence::Unavailable(e) => ("warn", format!("Could not ask the browser for persistent storage: {e}")),
    });
    let wait = p.waiting.clone().map(|w| {
        let now = tektite_engine::runtime::unix_now();
        let why = if w.stated { "as the server asked" } else { "the server did not say how long; waiting a default" };
        let later = if w.until_unix.saturating_sub(now) > waits::WORTH_STOPPING_SECS {
            "You can leave this open, or close it and continue after then: nothing done so far is lost."
        } else {
            "It continues by itself."
        };
        // The plan's estimate, redone at the pace the server states.
        let left = p.blobs_total.saturating_sub(p.blobs_done()) as u64;
        let pace = w
            .quota
            .and_then(|q| waits::pace_words(q, left, w.until_unix.saturating_sub(now)))
            .map(|words| format!(" A{}.", words.strip_prefix('a').unwrap_or(&words)))
            .unwrap_or_default();
        format!(
            "Paused: {} is limiting the request rate, {} ({why}). {later}{pace}",
            w.host,
            waits::until_local(now, w.until_unix),
        )
    });
    let active: Vec<BlobRow> = if step_done { Vec::new() } else { p.active.clone() };
    rsx! {
        div { class: "blob-progress",
            "data-testid": if c.mode() == Mode::Move { "move-blobs" } else { "blob-progress" },
            "data-blobs-done": p.blobs_done(),
            "data-blobs-total": p.blobs_total,
            if let Some((name, why)) = strategy {
                p { class: "strategy-line", strong { "Blobs: {name}" } " — {why}" }
            }
            div { class: "total",
                div { class: "total-line",
                    span { class: "total-percent", "{percent:.0}%" }
                    span { class: "total-summary", "data-testid": "progress-summary", "{summary}" }
                }
                Bar { percent: Some(percent), kind: "total", label: bar_label }
                if let Some(overall) = overall {
                    p { class: "field-hint", "data-testid": "progress-overall", "{overall}" }
                }
            }
            dl { class: "facts compact",
                Fact { label: "Downloaded", value: format::bytes(p.bytes_downloaded), testid: "bytes-downloaded" }
                Fact { label: saved_label, value: format::bytes(p.bytes_uploaded), testid: "bytes-uploaded" }
                Fact { label: "Rate", value: format::rate(p.rate) }
                Fact { label: "Elapsed", value: format::duration(c.transfer_elapsed_secs()) }
                Fact { label: kept_label, value: format::blobs(p.blobs_from_cache) }
                Fact { label: "Failed", value: format::blobs(p.blobs_failed) }
            }
            p { class: "happenings", "data-testid": "happenings", "{happenings(&c)}" }
            if let Some(wait) = wait {
                div { class: "callout warn", role: "status", "data-testid": "rate-limit-wait", "{wait}" }
            }
            if let Some((kind, text)) = persistence {
                div { class: "callout {kind}", "data-testid": "persistence", "{text}" }
            }
            if p.checking {
                div { class: "working", role: "status",
                    span { class: "spinner", "aria-hidden": "true" }
                    span { "Asking the new PDS what it still misses…" }
                }
            } else if !active.is_empty() {
                h2 { class: "section-title", "{now_label}" }
                ul { class: "blob-list", "data-testid": "active-blobs",
                    for row in active {
                        BlobLine { key: "{row.cid}", row: row.clone() }
                    }
                }
            }
        }
    }
}

/// Blobs at once (as the engine adapts it), retries, rate-limit waits and session renewals, in words.
fn happenings(c: &Controller) -> String {
    let p = &c.progress;
    let mut parts = Vec::new();
    if let Some(n) = p.blobs_at_once {
        parts.push(format!("{} at once", format::blobs(n)));
    }
    match p.retries {
        0 => parts.push("no retries so far".to_string()),
        1 => parts.push("1 retry after a passing failure".to_string()),
        n => parts.push(format!("{n} retries after passing failures")),
    }
    match p.rate_limit_waits {
        0 => {}
        1 => parts.push("waited once for a server's rate limit".to_string()),
        n => parts.push(format!("waited {n} times for servers' rate limits")),
    }
    match p.session_refreshes {
        0 => {}
        1 => parts.push("a session was renewed".to_string()),
        n => parts.push(format!("sessions renewed {n} times")),
    }
    capitalize(&parts.join(" · "))
}

#[component]
fn BlobLine(row: BlobRow) -> Element {
    let down = row.size.map(|s| format::percent(row.downloaded, Some(s)));
    let up = row.size.map(|s| format::percent(row.uploaded, Some(s)));
    let size = row.size.map(format::bytes).unwrap_or_else(|| "size unknown".into());
    rsx! {
        li { class: "blob", "data-testid": "blob-row", "data-cid": "{row.cid}",
            div { class: "blob-head",
                code { class: "cid", title: "{row.cid}", "{format::short_cid(&row.cid)}" }
                span { class: "blob-size", "{size}" }
                if row.from_cache {
                    span { class: "tag", "from local cache" }
                }
                if row.attempt > 1 {
                    span { class: "tag warn", "attempt {row.attempt}" }
                }
            }
            div { class: "blob-bars",
                if !row.from_cache {
                    div { class: "blob-bar",
                        span { class: "bar-label", "↓ {format::bytes(row.downloaded)}" }
                        Bar { percent: down, kind: "down", label: format!("Blob {}: downloaded", format::short_cid(&row.cid)), busy: row.downloaded > 0 }
                    }
                }
                div { class: "blob-bar",
                    span { class: "bar-label", "↑ {format::bytes(row.uploaded)}" }
                    Bar { percent: up, kind: "up", label: format!("Blob {}: uploaded", format::short_cid(&row.cid)), busy: row.uploaded > 0 }
                }
            }
        }
    }
}

/// The move's steps with done / current marks.
#[component]
pub fn StepList() -> Element {
    let ctl = use_context::<Runner>().ctl;
    let c = ctl.read();
    let rows = c.step_rows();
    // A step a failure or a stop halted looks (and reads) different from the ones still to come.
    let halted = matches!(c.phase, Phase::Error(_) | Phase::Stopped);
    rsx! {
        ol { class: "move-steps",
            for (step, done, current) in rows {
                {
                    let stopped = !done && (c.failed_step == Some(step) || (halted && current));
                    let (class, state, words) = if done {
                        ("move-step is-done", "done", "Done: ")
                    } else if stopped {
                        ("move-step is-stopped", "stopped", "Stopped here: ")
                    } else if current {
                        ("move-step is-current", "current", "Running now: ")
                    } else {
                        ("move-step", "upcoming", "To do: ")
                    };
                    rsx! {
                        li {
                            key: "{step}",
                            class,
                            "data-testid": "move-step",
                            "data-step": step.name(),
                            "data-state": state,
                            "aria-current": (current && !stopped).then_some("step"),
                            if done { CheckIcon {} } else if stopped { span { class: "step-stopped-mark", "aria-hidden": "true", "!" } } else if current { span { class: "spinner", "aria-hidden": "true" } }
                            span { class: "visually-hidden", "{words}" }
                            span { "{capitalize(c.describe(step))}" }
                        }
                    }
                }
            }
        }
    }
}

/// The run's log, newest last, folded away by default.
#[component]
pub fn LogView() -> Element {
    let ctl = use_context::<Runner>().ctl;
    let c = ctl.read();
    let count = c.log.len();
    rsx! {
        details { class: "log", "data-testid": "log",
            summary { "Log ({count} lines)" }
            // It scrolls: reachable by keyboard, and named.
            div { class: "log-scroll", tabindex: "0", role: "region", "aria-label": "Log",
            ol {
                for (i , line) in c.log.lines().enumerate() {
                    li {
                        key: "{i}",
                        class: match line.level {
                            LogLevel::Info => "log-info",
                            LogLevel::Warn => "log-warn",
                            LogLevel::Error => "log-error",
                        },
                        span { class: "log-time", "{line.at_secs:>6.1}s" }
                        span { class: "log-text", "{line.text}" }
                    }
                }
            }
            }
        }
    }
}

/// `the steps` → `The steps`.
pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
