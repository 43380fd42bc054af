//! The run under way, for both ways in: the move's steps (done, current, upcoming), the blob step's
//! progress (total and per blob, download and upload apart, the rate, time left, waits and retries
//! in words), the log, and a way to stop.

use dioxus::prelude::*;
use tektite_engine::migration::Step as EngineStep;
use tektite_engine::runtime::sleep;
use tektite_engine::waits;
use tektite_i18n::tr;

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
        (tr!("run-stopped"), Some(tr!("run-stopped-lead")), tr!("run-stopped-hint"))
    } else if moving {
        (
            c.current.map_or(tr!("run-working"), |s| capitalize(&c.describe(s))),
            Some(tr!("run-move-lead")),
            tr!("run-move-hint"),
        )
    } else if c.mode() == Mode::Restore {
        (tr!("run-restore-title"), Some(tr!("run-restore-lead")), tr!("run-restore-hint"))
    } else if c.mode() == Mode::Protect {
        (tr!("run-protect-title"), Some(tr!("run-protect-lead")), tr!("run-protect-hint"))
    } else if c.mode() == Mode::Backup {
        (tr!("run-backup-title"), Some(tr!("run-backup-lead")), tr!("run-backup-hint"))
    } else {
        (if p.checking { tr!("run-repair-checking") } else { tr!("run-repair-copying") }, None, tr!("run-repair-hint"))
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
                        {tr!("banner-continue")}
                        ArrowRightIcon {}
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "back-button",
                        onclick: move |_| runner.back(),
                        {tr!("run-back-to-form")}
                    }
                } else {
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), {tr!("token-stop")}
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
    let now_label = if backing_up { tr!("run-now-saving") } else { tr!("run-now-moving") };
    let bar_label = if backing_up { tr!("run-bar-saved") } else { tr!("run-bar-copied") };
    let (saved_label, kept_label) = match c.mode() {
        Mode::Backup => (tr!("run-saved"), tr!("run-kept-backup")),
        Mode::Restore => (tr!("run-uploaded"), tr!("run-kept-restore")),
        _ => (tr!("run-uploaded"), tr!("run-kept-cache")),
    };
    let step_done = c.done.contains(&EngineStep::Blobs);
    let percent = if step_done { 100.0 } else { p.percent() };
    let bytes_line = match p.bytes_total {
        Some(total) if p.bytes_estimated => {
            tr!("run-bytes-of-about", done = format::bytes(p.bytes_done()), total = format::bytes(total))
        }
        Some(total) => {
            tr!("run-bytes-of", done = format::bytes(p.bytes_done().min(total)), total = format::bytes(total))
        }
        None if backing_up => tr!("run-bytes-saved", done = format::bytes(p.bytes_done())),
        None => tr!("run-bytes-uploaded", done = format::bytes(p.bytes_done())),
    };
    let mut summary = tr!("run-summary", done = p.blobs_done(), total = p.blobs_total, bytes = bytes_line);
    if let Some(eta) = p.eta_secs().filter(|_| !p.checking && !step_done) {
        summary = format!("{summary} · {}", tr!("run-time-left", time = format::duration(eta)));
    }
    // The account as a whole: what earlier runs (or the account's history) already put there.
    let (on_new, of) = p.overall();
    let overall =
        (p.blobs_before > 0).then(|| tr!("run-overall", on_new = on_new, total = of, before = p.blobs_before));
    let strategy = c.plan.as_ref().map(|plan| (format::strategy(plan.strategy), plan.reason.clone()));
    let persistence = c.persistence.clone().map(|p| match p {
        Persistence::Granted => ("ok", tr!("run-persistence-granted")),
        Persistence::NotGranted => ("warn", tr!("run-persistence-not-granted")),
        Persistence::Unavailable(e) => ("warn", tr!("run-persistence-unavailable", error = e)),
    });
    let wait = p.waiting.clone().map(|w| {
        let now = tektite_engine::runtime::unix_now();
        let why = if w.stated { tr!("run-wait-stated") } else { tr!("run-wait-default") };
        let later = if w.until_unix.saturating_sub(now) > waits::WORTH_STOPPING_SECS {
            tr!("run-wait-may-leave")
        } else {
            tr!("run-wait-continues")
        };
        // The plan's estimate, redone at the pace the server states.
        let left = p.blobs_total.saturating_sub(p.blobs_done()) as u64;
        let pace = w
            .quota
            .and_then(|q| waits::pace_words(q, left, w.until_unix.saturating_sub(now)))
            .map(|words| format!(" {}", tr!("run-wait-pace", pace = capitalize(&words))))
            .unwrap_or_default();
        let until = waits::until_local(now, w.until_unix);
        format!("{} {later}{pace}", tr!("run-wait", host = &w.host, until = until, why = why))
    });
    let active: Vec<BlobRow> = if step_done { Vec::new() } else { p.active.clone() };
    rsx! {
        div { class: "blob-progress",
            "data-testid": if c.mode() == Mode::Move { "move-blobs" } else { "blob-progress" },
            "data-blobs-done": p.blobs_done(),
            "data-blobs-total": p.blobs_total,
            if let Some((name, why)) = strategy {
                p { class: "strategy-line", strong { {tr!("run-strategy", name = name)} } " — {why}" }
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
                Fact { label: tr!("run-downloaded"), value: format::bytes(p.bytes_downloaded), testid: "bytes-downloaded" }
                Fact { label: saved_label, value: format::bytes(p.bytes_uploaded), testid: "bytes-uploaded" }
                Fact { label: tr!("run-rate"), value: format::rate(p.rate) }
                Fact { label: tr!("run-elapsed"), value: format::duration(c.transfer_elapsed_secs()) }
                Fact { label: kept_label, value: format::blobs(p.blobs_from_cache) }
                Fact { label: tr!("run-failed"), value: format::blobs(p.blobs_failed) }
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
                    span { {tr!("run-asking")} }
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
        parts.push(tr!("run-at-once", count = n));
    }
    parts.push(tr!("run-retries", count = p.retries));
    if p.rate_limit_waits > 0 {
        parts.push(tr!("run-rate-limit-waits", count = p.rate_limit_waits));
    }
    if p.session_refreshes > 0 {
        parts.push(tr!("run-sessions-renewed", count = p.session_refreshes));
    }
    capitalize(&parts.join(" · "))
}

#[component]
fn BlobLine(row: BlobRow) -> Element {
    let down = row.size.map(|s| format::percent(row.downloaded, Some(s)));
    let up = row.size.map(|s| format::percent(row.uploaded, Some(s)));
    let size = row.size.map(format::bytes).unwrap_or_else(|| tr!("run-size-unknown"));
    rsx! {
        li { class: "blob", "data-testid": "blob-row", "data-cid": "{row.cid}",
            div { class: "blob-head",
                code { class: "cid", title: "{row.cid}", "{format::short_cid(&row.cid)}" }
                span { class: "blob-size", "{size}" }
                if row.from_cache {
                    span { class: "tag", {tr!("run-tag-from-cache")} }
                }
                if row.attempt > 1 {
                    span { class: "tag warn", {tr!("run-attempt", attempt = row.attempt)} }
                }
            }
            div { class: "blob-bars",
                if !row.from_cache {
                    div { class: "blob-bar",
                        span { class: "bar-label", "↓ {format::bytes(row.downloaded)}" }
                        Bar { percent: down, kind: "down", label: tr!("run-blob-downloaded", cid = format::short_cid(&row.cid)), busy: row.downloaded > 0 }
                    }
                }
                div { class: "blob-bar",
                    span { class: "bar-label", "↑ {format::bytes(row.uploaded)}" }
                    Bar { percent: up, kind: "up", label: tr!("run-blob-uploaded", cid = format::short_cid(&row.cid)), busy: row.uploaded > 0 }
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
                        ("move-step is-done", "done", tr!("steps-done"))
                    } else if stopped {
                        ("move-step is-stopped", "stopped", tr!("steps-stopped"))
                    } else if current {
                        ("move-step is-current", "current", tr!("steps-current"))
                    } else {
                        ("move-step", "upcoming", tr!("steps-upcoming"))
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
                            span { class: "visually-hidden", "{words} " }
                            span { "{capitalize(&c.describe(step))}" }
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
            summary { {tr!("log-summary", count = count)} }
            // It scrolls: reachable by keyboard, and named.
            div { class: "log-scroll", tabindex: "0", role: "region", "aria-label": tr!("log-label"),
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

/// `the steps` → `The steps`; a sentence that starts with an address or a DID (`https://…`,
/// `did:plc:…`, as other languages' word order puts them first) is left as it is.
pub fn capitalize(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or_default();
    if first_word.contains(':') || first_word.contains('.') {
        return s.to_owned();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
