//! The plan, shown before anything changes. The repair shows the blob step's decided plan (what is
//! missing, the strategy and why, the probes); the move shows its steps and what the blob step will
//! likely face (the engine's own selection applied to the old PDS's inventory), because its blob
//! plan can only be made once the repository is on the new PDS.

use dioxus::prelude::*;
use tektite_engine::migration::Step as EngineStep;
use tektite_engine::{MigrationPlan, StrategyKind};
use tektite_i18n::tr;

use super::fields::{CardHead, Fact};
use super::icons::{ArrowLeftIcon, ArrowRightIcon};
use super::runner::Runner;
use super::steps::Step;
use super::testids::TestIds;
use crate::app::controller::Controller;
use crate::app::events::RestorePreview;
use crate::app::form::Mode;
use crate::app::format;

#[component]
pub fn PlanCard() -> Element {
    let runner = use_context::<Runner>();
    let c = runner.ctl.read();
    let mode = c.mode();
    let ids = TestIds::of(mode);
    let (head, body, start_label, strategy, missing) = match mode {
        // A backup starts as soon as it is signed in: it has no plan to agree to.
        Mode::Backup | Mode::Protect => return rsx! {},
        Mode::Restore => {
            let Some(preview) = c.restore_preview.clone() else {
                return rsx! {};
            };
            (restore_head(&preview), restore_facts(&preview), tr!("plan-restore-now"), None, Some(preview.blobs))
        }
        Mode::Repair => {
            let Some(plan) = c.plan.clone() else {
                return rsx! {};
            };
            let label = if plan.blobs_missing == 0 { tr!("plan-check-and-finish") } else { tr!("plan-start-copying") };
            (
                repair_head(&plan),
                blob_plan_facts(&plan),
                label,
                Some(plan.strategy.to_string()),
                Some(plan.blobs_missing),
            )
        }
        Mode::Move => {
            let resumed = !c.done.is_empty();
            let start = if resumed { tr!("banner-continue") } else { tr!("plan-start-copying") };
            (move_head(resumed), move_facts(&c), start, None, None)
        }
    };
    rsx! {
        section {
            class: "card step-card",
            "aria-labelledby": "card-title",
            "data-testid": ids.plan,
            "data-strategy": strategy,
            "data-blobs-missing": missing,
            {head}
            {body}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": ids.start,
                    onclick: move |_| runner.go(),
                    "{start_label}"
                    ArrowRightIcon {}
                }
                if mode == Mode::Repair || mode == Mode::Restore {
                    button { class: "button secondary", r#type: "button", "data-testid": "back-button",
                        onclick: move |_| runner.back(),
                        ArrowLeftIcon {}
                        {tr!("card-back")}
                    }
                    p { class: "hint",
                        if mode == Mode::Restore { {tr!("plan-stop-restore")} } else { {tr!("plan-stop-repair")} }
                    }
                } else {
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), {tr!("card-cancel")}
                    }
                }
            }
        }
    }
}

fn repair_head(plan: &MigrationPlan) -> Element {
    let (title, lead) = if plan.blobs_missing == 0 {
        (tr!("plan-nothing-title"), tr!("plan-nothing-lead"))
    } else {
        let title = match plan.total_size {
            Some(size) => tr!("plan-copy-title-size", count = plan.blobs_missing, size = format::bytes(size)),
            None => tr!("plan-copy-title", count = plan.blobs_missing),
        };
        (title, tr!("plan-copy-lead", missing = plan.blobs_missing, total = plan.blobs_inventory))
    };
    rsx! { CardHead { step: Step::Plan, title, lead } }
}

fn restore_head(p: &RestorePreview) -> Element {
    let who = p.handle.clone().unwrap_or_else(|| p.did.clone());
    rsx! {
        CardHead {
            step: Step::Plan,
            title: tr!("plan-restore-title", who = who, host = host_of(&p.new_pds)),
            lead: tr!("plan-restore-lead"),
        }
    }
}

/// What a restore brings back, the key that signs, and what cannot be undone.
fn restore_facts(p: &RestorePreview) -> Element {
    rsx! {
        dl { class: "facts", "data-testid": "restore-facts",
            Fact { label: tr!("plan-account"), value: p.did.clone(), wide: true }
            Fact { label: tr!("plan-backup-taken"), value: p.taken_at.clone() }
            Fact { label: tr!("plan-blobs"), value: format!("{} ({})", format::blobs(p.blobs), format::bytes(p.bytes)), testid: "plan-missing" }
            Fact { label: tr!("plan-from-gone"), value: p.old_pds.clone(), long: true }
            Fact { label: tr!("facts-to"), value: tr!("plan-restore-to", pds = &p.new_pds, handle = &p.new_handle), long: true }
            Fact { label: tr!("plan-signed-with-key"), value: p.key.clone(), wide: true }
        }
        ol { class: "plan-steps",
            li { {tr!("plan-restore-step-create")} }
            li { {tr!("plan-restore-step-data")} }
            li { {tr!("plan-restore-step-identity")} }
            li { {tr!("plan-restore-step-activate")} }
        }
        div { class: "callout warn", role: "note",
            {tr!("plan-restore-irreversible")}
        }
    }
}

fn host_of(url: &str) -> String {
    url.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_owned()
}

fn move_head(resumed: bool) -> Element {
    let lead = if resumed { tr!("plan-move-lead-resumed") } else { tr!("plan-move-lead") };
    rsx! { CardHead { step: Step::Plan, title: tr!("confirm-what-happens"), lead } }
}

/// The blob step's decided plan: strategy and why, counts, buffers and the probes behind them.
fn blob_plan_facts(plan: &MigrationPlan) -> Element {
    let opt = |v: Option<u64>| v.map(format::bytes).unwrap_or_else(|| tr!("plan-unknown"));
    let strategy = match plan.strategy {
        StrategyKind::Streaming => tr!("plan-strategy-streaming"),
        StrategyKind::Storage => tr!("plan-strategy-storage"),
    };
    let chosen = if plan.forced { tr!("plan-chosen-by-you") } else { tr!("plan-chosen-automatically") };
    let at_once = if plan.concurrency_ceiling > plan.concurrency {
        tr!("plan-at-once-growing", count = plan.concurrency, most = plan.concurrency_ceiling)
    } else {
        tr!("run-at-once", count = plan.concurrency)
    };
    let chunks = format::bytes(plan.chunk_size as u64);
    let buffers = match plan.channel_capacity {
        Some(slots) => tr!("plan-buffers-channel", at_once = at_once, chunks = chunks, slots = slots),
        None => tr!("plan-buffers", at_once = at_once, chunks = chunks),
    };
    let backend = plan.probes.cache_backend.map(|b| b.to_string()).unwrap_or_else(|| tr!("plan-cache"));
    let free = opt(plan.probes.cache_available);
    let cache = match &plan.probes.cache_location {
        Some(loc) => tr!("plan-cache-free-at", free = free, backend = backend, location = loc),
        None => tr!("plan-cache-free", free = free, backend = backend),
    };
    let quota = match (plan.probes.cache_usage, plan.probes.cache_quota) {
        (Some(u), Some(q)) => Some(tr!("plan-quota", used = format::bytes(u), quota = format::bytes(q))),
        _ => None,
    };
    let network = if plan.network_reliable { tr!("plan-network-reliable") } else { tr!("plan-network-unreliable") };
    rsx! {
        div { class: "strategy-box", "data-testid": "plan-strategy",
            p { class: "strategy-name", "{strategy}" span { class: "tag", "{chosen}" } }
            p { class: "strategy-why", "data-testid": "plan-why", {tr!("plan-why", reason = &plan.reason)} }
        }
        // What moves, how long, how much space: the rest is behind {tr!("technical-details")}.
        dl { class: "facts",
            Fact { label: tr!("plan-account"), value: plan.did.clone(), wide: true }
            Fact { label: tr!("facts-from"), value: plan.source.trim_end_matches('/').to_string(), long: true }
            Fact { label: tr!("facts-to"), value: plan.target.trim_end_matches('/').to_string(), long: true }
            Fact { label: tr!("plan-to-copy"), value: format!("{} · {}", format::blobs(plan.blobs_missing), opt(plan.total_size)), testid: "plan-missing" }
            Fact { label: tr!("plan-already-there"), value: format::blobs(plan.blobs_present) }
            Fact { label: tr!("plan-time"), value: tektite_engine::plan::time_estimate(plan.blobs_missing, plan.total_size), long: true }
            Fact { label: tr!("plan-space"), value: match plan.strategy {
                StrategyKind::Storage => tr!("plan-space-storage", size = opt(plan.total_size)),
                StrategyKind::Streaming => tr!("plan-space-streaming"),
            }, long: true }
            if plan.blobs_cached > 0 {
                Fact { label: tr!("plan-cached"), value: format::blobs(plan.blobs_cached) }
            }
        }
        details { class: "notes", "data-testid": "plan-technical",
            summary { {tr!("technical-details")} }
            dl { class: "facts compact",
                Fact { label: tr!("plan-buffers-label"), value: buffers }
                Fact { label: tr!("plan-memory-for-buffers"), value: tr!("plan-about", size = format::bytes(plan.estimated_memory)) }
                Fact { label: tr!("plan-memory-free"), value: opt(plan.probes.available_memory) }
                Fact { label: tr!("plan-local-cache"), value: cache, long: true }
                if let Some(quota) = quota {
                    Fact { label: tr!("plan-storage-quota"), value: quota }
                }
                Fact { label: tr!("plan-network"), value: network }
                Fact { label: tr!("plan-uploads"), value: plan.upload_path.clone(), wide: true }
            }
            if !plan.probes.notes.is_empty() {
                p { class: "notes-title", {tr!("plan-measured")} }
                ul {
                    for note in plan.probes.notes.iter() {
                        li { "{note}" }
                    }
                }
            }
        }
    }
}

/// The move's plan: the accounts, the blob estimate, and every step in words.
fn move_facts(c: &Controller) -> Element {
    let form = &c.form;
    let did = c.did.clone().unwrap_or_default();
    let estimate = c.estimate.clone().map(|e| {
        let forced = form.strategy.kind();
        let choice = e.likely_strategy(forced);
        let size = match e.bytes {
            Some(b) if e.sampled < e.blobs => tr!("plan-size-sampled", size = format::bytes(b), sampled = e.sampled),
            Some(b) => format::bytes(b),
            None => tr!("plan-unknown"),
        };
        let time = tektite_engine::plan::time_estimate(e.blobs, e.bytes);
        let space = match e.space_needed(forced) {
            Some(0) => tr!("plan-space-none"),
            Some(b) => tr!(
                "plan-space-cache",
                size = format::bytes(b),
                free = e.cache_available.map_or("?".to_string(), format::bytes)
            ),
            None => tr!("plan-unknown"),
        };
        (
            format!("{} · {size}", format::blobs(e.blobs)),
            format!("{} — {}", format::strategy(choice.kind), choice.reason),
            time,
            space,
        )
    });
    let has_estimate = estimate.is_some();
    rsx! {
        dl { class: "facts",
            Fact { label: tr!("facts-account-did"), value: did, wide: true, testid: "plan-did" }
            Fact { label: tr!("facts-from"), value: c.old_pds.clone().unwrap_or_else(|| form.old_pds.clone()), long: true }
            Fact { label: tr!("facts-to"), value: form.new_pds.clone(), long: true }
            Fact { label: tr!("form-new-handle"), value: form.new_handle.clone() }
            if c.server.as_ref().is_some_and(|s| s.invite_required) {
                Fact { label: tr!("form-invite-code"), value: tr!("plan-invite-given") }
            }
            if let Some((blobs, strategy, time, space)) = estimate {
                Fact { label: tr!("plan-blobs-on-old"), value: blobs, testid: "plan-blobs" }
                Fact { label: tr!("plan-estimated-time"), value: time, testid: "plan-time" }
                Fact { label: tr!("plan-local-space"), value: space, testid: "plan-space" }
                Fact { label: tr!("plan-likely-strategy"), value: strategy, wide: true, testid: "plan-strategy" }
            } else {
                Fact { label: tr!("form-blob-strategy"), value: format!("{} — {}", form.strategy.label(), form.strategy.explain()), wide: true }
            }
        }
        h2 { class: "section-title", {tr!("plan-the-steps")} }
        ol { class: "plan-steps",
            for (step, words, done) in step_words(c) {
                li { key: "{step}", class: if done { "plan-step is-done" } else { "plan-step" },
                    "data-testid": "plan-step", "data-step": step.name(),
                    span { "{words}" }
                    if done { span { class: "tag", {tr!("plan-tag-done")} } }
                    if step.is_irreversible() && !done { span { class: "tag warn", {tr!("plan-tag-irreversible")} } }
                }
            }
        }
        div { class: "callout info",
            if has_estimate {
                {tr!("plan-estimate-note")}
                " "
            }
            {tr!("plan-code-note")}
        }
    }
}

/// The move's steps in words, for the plan: (step, words, done).
fn step_words(c: &Controller) -> Vec<(EngineStep, String, bool)> {
    let did_web = c.did.as_deref().is_some_and(|d| d.starts_with("did:web:"));
    EngineStep::ALL
        .into_iter()
        .map(|s| {
            let words = match s {
                EngineStep::CreateAccount => {
                    tr!("plan-step-create", handle = &c.form.new_handle, pds = &c.form.new_pds)
                }
                EngineStep::ImportRepo => tr!("plan-step-import"),
                EngineStep::Blobs => tr!("plan-step-blobs"),
                EngineStep::Preferences => tr!("plan-step-preferences"),
                EngineStep::RequestPlcToken if did_web => tr!("plan-step-catch-up-did-web"),
                EngineStep::PlcOperation if did_web => tr!("plan-step-publish-did-web"),
                EngineStep::RequestPlcToken => tr!("plan-step-request-code"),
                EngineStep::PlcOperation => tr!("plan-step-plc"),
                EngineStep::ActivateNew => tr!("plan-step-activate"),
                EngineStep::DeactivateOld => tr!("plan-step-deactivate"),
            };
            (s, words, c.done.contains(&s))
        })
        .collect()
}
