//! The plan, shown before anything changes. The repair shows the blob step's decided plan (what is
//! missing, the strategy and why, the probes); the move shows its steps and what the blob step will
//! likely face (the engine's own selection applied to the old PDS's inventory), because its blob
//! plan can only be made once the repository is on the new PDS.

use dioxus::prelude::*;
use tektite_engine::migration::Step as EngineStep;
use tektite_engine::{MigrationPlan, StrategyKind};

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
            (restore_head(&preview), restore_facts(&preview), "Restore now", None, Some(preview.blobs))
        }
        Mode::Repair => {
            let Some(plan) = c.plan.clone() else {
                return rsx! {};
            };
            let label = if plan.blobs_missing == 0 { "Check and finish" } else { "Start copying" };
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
            (move_head(resumed), move_facts(&c), if resumed { "Continue" } else { "Start copying" }, None, None)
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
                        "Back"
                    }
                    p { class: "hint",
                        if mode == Mode::Restore { "You can stop at any time: every finished step is kept." } else { "You can stop at any time: finished blobs are kept." }
                    }
                } else {
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), "Cancel"
                    }
                }
            }
        }
    }
}

fn repair_head(plan: &MigrationPlan) -> Element {
    let size = plan.total_size.map(|s| format!(" ({})", format::bytes(s))).unwrap_or_default();
    let (title, lead) = if plan.blobs_missing == 0 {
        (
            "Nothing to copy".to_string(),
            "The new PDS misses no blobs. Starting only asks it once more and shows the report.".to_string(),
        )
    } else {
        (
            format!("Copy {}{size}", format::blobs(plan.blobs_missing)),
            format!(
                "The new PDS misses {} of the {} your old PDS holds. Nothing has been changed yet.",
                plan.blobs_missing,
                format::blobs(plan.blobs_inventory)
            ),
        )
    };
    rsx! { CardHead { step: Step::Plan, title, lead } }
}

fn restore_head(p: &RestorePreview) -> Element {
    let who = p.handle.clone().unwrap_or_else(|| p.did.clone());
    rsx! {
        CardHead {
            step: Step::Plan,
            title: format!("Bring {who} back on {}", host_of(&p.new_pds)),
            lead: "Nothing has changed yet. Check what the backup holds and the key that will sign, then restore.".to_string(),
        }
    }
}

/// What a restore brings back, the key that signs, and what cannot be undone.
fn restore_facts(p: &RestorePreview) -> Element {
    rsx! {
        dl { class: "facts", "data-testid": "restore-facts",
            Fact { label: "Account", value: p.did.clone(), wide: true }
            Fact { label: "Backup taken", value: p.taken_at.clone() }
            Fact { label: "Blobs", value: format!("{} ({})", format::blobs(p.blobs), format::bytes(p.bytes)), testid: "plan-missing" }
            Fact { label: "From (gone)", value: p.old_pds.clone(), long: true }
            Fact { label: "To", value: format!("{} as {}", p.new_pds, p.new_handle), long: true }
            Fact { label: "Signed with your recovery key", value: p.key.clone(), wide: true }
        }
        ol { class: "plan-steps",
            li { "Your recovery key lets the new PDS create the account for your DID" }
            li { "The account is created, the repository imported, every blob uploaded (each checked again) and the preferences restored" }
            li { "Your identity is pointed at the new PDS; your recovery key stays first among the keys that may change it" }
            li { "The account is activated: sign in there with the new handle and password" }
        }
        div { class: "callout warn", role: "note",
            "Cannot be undone: your identity is changed with your recovery key. The old server's key is dropped from it, so if that server ever comes back it can no longer change your identity."
        }
    }
}

fn host_of(url: &str) -> String {
    url.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_owned()
}

fn move_head(resumed: bool) -> Element {
    let lead = if resumed {
        "A move of this account was started earlier: the steps already done are kept, and it continues at the next one."
    } else {
        "Nothing has changed yet. Copying comes first; your identity moves only after everything is on the new PDS, and only after you agree again."
    };
    rsx! { CardHead { step: Step::Plan, title: "What will happen".to_string(), lead: lead.to_string() } }
}

/// The blob step's decided plan: strategy and why, counts, buffers and the probes behind them.
fn blob_plan_facts(plan: &MigrationPlan) -> Element {
    let opt = |v: Option<u64>| v.map(format::bytes).unwrap_or_else(|| "unknown".into());
    let strategy = match plan.strategy {
        StrategyKind::Streaming => "Streaming: straight from the old PDS to the new one",
        StrategyKind::Storage => "Storage: a verified local copy first, then the upload",
    };
    let chosen = if plan.forced { "chosen by you" } else { "chosen automatically" };
    let at_once = if plan.concurrency_ceiling > plan.concurrency {
        format!(
            "{} at once, up to {} while the throughput grows",
            format::blobs(plan.concurrency),
            plan.concurrency_ceiling
        )
    } else {
        format!("{} at once", format::blobs(plan.concurrency))
    };
    let mut buffers = format!("{at_once}, {} chunks", format::bytes(plan.chunk_size as u64));
    if let Some(c) = plan.channel_capacity {
        buffers.push_str(&format!(", {c}-slot channel"));
    }
    let backend = plan.probes.cache_backend.map(|b| b.to_string()).unwrap_or_else(|| "cache".into());
    let mut cache = format!("{} free ({backend}", opt(plan.probes.cache_available));
    if let Some(loc) = &plan.probes.cache_location {
        cache.push_str(&format!(", {loc}"));
    }
    cache.push(')');
    let quota = match (plan.probes.cache_usage, plan.probes.cache_quota) {
        (Some(u), Some(q)) => Some(format!("{} used of {}", format::bytes(u), format::bytes(q))),
        _ => None,
    };
    let network = if plan.network_reliable { "Reliable so far" } else { "Unreliable in earlier runs" };
    rsx! {
        div { class: "strategy-box", "data-testid": "plan-strategy",
            p { class: "strategy-name", "{strategy}" span { class: "tag", "{chosen}" } }
            p { class: "strategy-why", "data-testid": "plan-why", "Why: {plan.reason}" }
        }
        // What moves, how long, how much space: the rest is behind "Technical details".
        dl { class: "facts",
            Fact { label: "Account", value: plan.did.clone(), wide: true }
            Fact { label: "From", value: plan.source.trim_end_matches('/').to_string(), long: true }
            Fact { label: "To", value: plan.target.trim_end_matches('/').to_string(), long: true }
            Fact { label: "To copy", value: format!("{} · {}", format::blobs(plan.blobs_missing), opt(plan.total_size)), testid: "plan-missing" }
            Fact { label: "Already there", value: format::blobs(plan.blobs_present) }
            Fact { label: "Time", value: tektite_engine::plan::time_estimate(plan.blobs_missing, plan.total_size), long: true }
            Fact { label: "Space on this device", value: match plan.strategy {
                StrategyKind::Storage => format!("up to {} while copying, freed as each blob is done", opt(plan.total_size)),
                StrategyKind::Streaming => "none: blobs go straight through".to_string(),
            }, long: true }
            if plan.blobs_cached > 0 {
                Fact { label: "Verified copies from an earlier run", value: format::blobs(plan.blobs_cached) }
            }
        }
        details { class: "notes", "data-testid": "plan-technical",
            summary { "Technical details" }
            dl { class: "facts compact",
                Fact { label: "Buffers", value: buffers }
                Fact { label: "Memory for buffers", value: format!("about {}", format::bytes(plan.estimated_memory)) }
                Fact { label: "Memory free", value: opt(plan.probes.available_memory) }
                Fact { label: "Local cache", value: cache, long: true }
                if let Some(quota) = quota {
                    Fact { label: "Storage quota", value: quota }
                }
                Fact { label: "Network", value: network.to_string() }
                Fact { label: "Uploads", value: plan.upload_path.clone(), wide: true }
            }
            if !plan.probes.notes.is_empty() {
                p { class: "notes-title", "How these numbers were measured" }
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
            Some(b) if e.sampled < e.blobs => format!("about {} (from {} measured)", format::bytes(b), e.sampled),
            Some(b) => format::bytes(b),
            None => "unknown".to_string(),
        };
        let time = tektite_engine::plan::time_estimate(e.blobs, e.bytes);
        let space = match e.space_needed(forced) {
            Some(0) => "none (each blob goes straight through)".to_string(),
            Some(b) => format!(
                "up to {} in the local cache ({} free)",
                format::bytes(b),
                e.cache_available.map_or("?".to_string(), format::bytes)
            ),
            None => "unknown".to_string(),
        };
        (format!("{} · {size}", format::blobs(e.blobs)), format!("{} — {}", choice.kind, choice.reason), time, space)
    });
    let has_estimate = estimate.is_some();
    rsx! {
        dl { class: "facts",
            Fact { label: "Account (DID)", value: did, wide: true, testid: "plan-did" }
            Fact { label: "From", value: c.old_pds.clone().unwrap_or_else(|| form.old_pds.clone()), long: true }
            Fact { label: "To", value: form.new_pds.clone(), long: true }
            Fact { label: "New handle", value: form.new_handle.clone() }
            if c.server.as_ref().is_some_and(|s| s.invite_required) {
                Fact { label: "Invite code", value: "needed (given)".to_string() }
            }
            if let Some((blobs, strategy, time, space)) = estimate {
                Fact { label: "Blobs on the old PDS", value: blobs, testid: "plan-blobs" }
                Fact { label: "Estimated time", value: time, testid: "plan-time" }
                Fact { label: "Local space", value: space, testid: "plan-space" }
                Fact { label: "Blob strategy (likely)", value: strategy, wide: true, testid: "plan-strategy" }
            } else {
                Fact { label: "Blob strategy", value: format!("{} — {}", form.strategy.label(), form.strategy.explain()), wide: true }
            }
        }
        h2 { class: "section-title", "The steps" }
        ol { class: "plan-steps",
            for (step, words, done) in step_words(c) {
                li { key: "{step}", class: if done { "plan-step is-done" } else { "plan-step" },
                    "data-testid": "plan-step", "data-step": step.name(),
                    span { "{words}" }
                    if done { span { class: "tag", "done" } }
                    if step.is_irreversible() && !done { span { class: "tag warn", "cannot be undone" } }
                }
            }
        }
        div { class: "callout info",
            if has_estimate {
                "The blob figures above come from the old PDS and are an upper bound; the blob step decides for real from what the new PDS reports missing after the repository import, and shows time and space live. "
            }
            "The PLC code the old PDS emails is valid for 15 minutes, so it is asked for only once all data is there."
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
                EngineStep::CreateAccount => format!(
                    "Create {} on {} with the same DID, deactivated (nobody sees it yet)",
                    c.form.new_handle, c.form.new_pds
                ),
                EngineStep::ImportRepo => "Copy the repository: every post, like, follow and the profile".into(),
                EngineStep::Blobs => "Copy every image and video the new PDS misses, each verified against its hash; \
                                      the strategy is chosen from the new PDS's missing list, the blob sizes and this \
                                      device's free space"
                    .into(),
                EngineStep::Preferences => "Copy the app preferences".into(),
                EngineStep::RequestPlcToken if did_web => {
                    "Copy what the old account gained meanwhile (a did:web needs no emailed code)".into()
                }
                EngineStep::PlcOperation if did_web => {
                    "You publish the new DID document Tektite shows you (on your own web server)".into()
                }
                EngineStep::RequestPlcToken => {
                    "Ask the old PDS to email a confirmation code to the account's address (only after you agree)"
                        .into()
                }
                EngineStep::PlcOperation => "Point the DID at the new PDS, signed with that code".into(),
                EngineStep::ActivateNew => "Activate the account on the new PDS".into(),
                EngineStep::DeactivateOld => "Deactivate the account on the old PDS".into(),
            };
            (s, words, c.done.contains(&s))
        })
        .collect()
}
