//! The plan, shown before anything moves: what is missing, the strategy and why, the probes.

use dioxus::prelude::*;
use tektite_engine::StrategyKind;

use super::fields::{CardHead, Fact};
use super::icons::{ArrowLeftIcon, ArrowRightIcon};
use super::runner::Runner;
use super::steps::Step;
use crate::app::format;

#[component]
pub fn PlanCard() -> Element {
    let runner = use_context::<Runner>();
    let Some(plan) = runner.ctl.read().plan.clone() else {
        return rsx! {};
    };
    let opt = |v: Option<u64>| v.map(format::bytes).unwrap_or_else(|| "unknown".into());
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
    let strategy = match plan.strategy {
        StrategyKind::Streaming => "Streaming: straight from the old PDS to the new one",
        StrategyKind::Storage => "Storage: a verified local copy first, then the upload",
    };
    let chosen = if plan.forced { "chosen by you" } else { "chosen automatically" };
    let mut buffers =
        format!("{} at once, {} chunks", format::blobs(plan.concurrency), format::bytes(plan.chunk_size as u64));
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
    let start_label = if plan.blobs_missing == 0 { "Check and finish" } else { "Start copying" };

    rsx! {
        section {
            class: "card step-card",
            "aria-labelledby": "card-title",
            "data-testid": "plan",
            "data-strategy": "{plan.strategy}",
            "data-blobs-missing": plan.blobs_missing,
            CardHead { step: Step::Plan, title, lead }

            div { class: "strategy-box", "data-testid": "plan-strategy",
                p { class: "strategy-name", "{strategy}" span { class: "tag", "{chosen}" } }
                p { class: "strategy-why", "data-testid": "plan-why", "Why: {plan.reason}" }
            }

            dl { class: "facts",
                Fact { label: "Account", value: plan.did.clone(), wide: true }
                Fact { label: "From", value: plan.source.trim_end_matches('/').to_string(), long: true }
                Fact { label: "To", value: plan.target.trim_end_matches('/').to_string(), long: true }
                Fact { label: "Missing on the new PDS", value: format::blobs(plan.blobs_missing), testid: "plan-missing" }
                Fact { label: "Already there", value: format::blobs(plan.blobs_present) }
                Fact { label: "Total size", value: opt(plan.total_size) }
                if plan.blobs_cached > 0 {
                    Fact { label: "Verified copies from an earlier run", value: format::blobs(plan.blobs_cached) }
                }
                Fact { label: "Buffers", value: buffers }
                Fact { label: "Memory for buffers", value: format!("about {}", format::bytes(plan.estimated_memory)) }
                Fact { label: "Memory free", value: opt(plan.probes.available_memory) }
                Fact { label: "Local cache", value: cache }
                if let Some(quota) = quota {
                    Fact { label: "Storage quota", value: quota }
                }
                Fact { label: "Network", value: network.to_string() }
                Fact { label: "Uploads", value: plan.upload_path.clone(), wide: true }
            }
            if !plan.probes.notes.is_empty() {
                details { class: "notes",
                    summary { "How these numbers were measured" }
                    ul {
                        for note in plan.probes.notes.iter() {
                            li { "{note}" }
                        }
                    }
                }
            }

            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    "data-testid": "start-button",
                    onclick: move |_| runner.start(),
                    "{start_label}"
                    ArrowRightIcon {}
                }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "back-button",
                    onclick: move |_| runner.back(),
                    ArrowLeftIcon {}
                    "Back"
                }
                p { class: "hint", "You can stop at any time: finished blobs are kept." }
            }
        }
    }
}
