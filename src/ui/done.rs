//! The report of a finished run: what moved, what failed and why, and what the new PDS says.

use dioxus::prelude::*;
use tektite_engine::BlobFailureKind;

use super::fields::{CardHead, Fact};
use super::icons::{ArrowLeftIcon, CheckIcon};
use super::run::LogView;
use super::runner::Runner;
use super::steps::Step;
use super::View;
use crate::app::flow::Persistence;
use crate::app::format;
use crate::app::state::Phase;

#[component]
pub fn DoneCard(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let Phase::Done(outcome) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let complete = outcome.complete();
    let (title, verdict) = match &outcome.still_missing {
        Ok(0) => ("Every blob is on the new PDS".to_string(), "Tektite asked the new PDS: it misses no blobs.".to_string()),
        Ok(n) => (
            format!("{} still missing", format::blobs(*n)),
            format!(
                "The new PDS still misses {}. Blobs that failed for a passing reason usually go through on the next run; the others need the action shown below.",
                format::blobs(*n)
            ),
        ),
        Err(e) => (
            "Finished, not confirmed".to_string(),
            format!("The run ended, but the new PDS could not be asked what it still misses: {e}. Run it again to check."),
        ),
    };
    let still_missing = outcome.still_missing.as_ref().map(|n| n.to_string()).unwrap_or_else(|_| "unknown".into());
    let storage = runner.ctl.read().persistence.clone().map(|p| match p {
        Persistence::Granted => "kept (persistent)".to_string(),
        Persistence::NotGranted => "may be cleared by the browser".to_string(),
        Persistence::Unavailable(_) => "unknown".to_string(),
    });
    let copied = format!("{} ({})", format::blobs(outcome.migrated), format::bytes(outcome.bytes_migrated));

    rsx! {
        section {
            class: "card step-card",
            "aria-labelledby": "card-title",
            "data-testid": "done",
            "data-complete": "{complete}",
            "data-still-missing": "{still_missing}",
            CardHead { step: Step::Done, title, lead: verdict }

            if complete {
                div { class: "callout ok", CheckIcon {} span { "Blobs verified against their content hashes on the way, and confirmed by the new PDS." } }
            }

            dl { class: "facts",
                Fact { label: "Copied", value: copied, testid: "done-migrated" }
                Fact { label: "From the local cache", value: format::blobs(outcome.from_cache), testid: "done-from-cache" }
                Fact { label: "Failed", value: format::blobs(outcome.failed.len()), testid: "done-failed" }
                Fact { label: "Already there before", value: format::blobs(outcome.already_present) }
                Fact { label: "Downloaded / uploaded", value: format!("{} / {}", format::bytes(outcome.bytes_downloaded), format::bytes(outcome.bytes_uploaded)) }
                Fact { label: "Time", value: format::duration(outcome.seconds) }
                Fact { label: "Strategy", value: outcome.strategy.to_string() }
                Fact { label: "Retries", value: outcome.retries.to_string() }
                if let Some(storage) = storage {
                    Fact { label: "Browser storage", value: storage }
                }
            }

            if !outcome.failed.is_empty() {
                h2 { class: "section-title", "Blobs that did not make it" }
                ul { class: "failures",
                    for f in outcome.failed.iter() {
                        li { key: "{f.cid}", class: "failure", "data-testid": "failed-blob",
                            div { class: "blob-head",
                                code { class: "cid", title: "{f.cid}", "{format::short_cid(&f.cid)}" }
                                span { class: "tag {failure_class(f.retryable)}", "{failure_kind(f.kind)}" }
                            }
                            p { "{f.message}" }
                            p { class: "field-hint",
                                if f.retryable { "Passing problem: run again to retry it." } else { "Needs attention: running again will not fix it by itself." }
                            }
                        }
                    }
                }
            }

            div { class: "next-step",
                h2 { "Next: identity" }
                p {
                    "Pointing your DID at the new PDS (the PLC update confirmed by an email code) and activating the new account are not part of this version of Tektite yet. Your old account stays active and unchanged until then."
                }
            }

            LogView { ctl: runner.ctl }

            div { class: "actions",
                if !complete {
                    button {
                        class: "button primary",
                        r#type: "button",
                        "data-testid": "retry-button",
                        onclick: move |_| runner.back(),
                        "Run again"
                    }
                }
                button {
                    class: if complete { "button primary" } else { "button secondary" },
                    r#type: "button",
                    "data-testid": "home-button",
                    onclick: move |_| {
                        runner.back();
                        view.set(View::Welcome);
                    },
                    ArrowLeftIcon {}
                    "Back to the start"
                }
            }
        }
    }
}

fn failure_kind(kind: BlobFailureKind) -> &'static str {
    match kind {
        BlobFailureKind::Integrity => "damaged at the source",
        BlobFailureKind::TooLarge => "too large for the new PDS",
        BlobFailureKind::NotFound => "gone from the old PDS",
        BlobFailureKind::RateLimited => "rate limited",
        BlobFailureKind::Auth => "signed out",
        BlobFailureKind::Network => "network",
        BlobFailureKind::Server => "server error",
        BlobFailureKind::Cache => "local cache",
        // Kinds the engine may add later.
        #[allow(unreachable_patterns)]
        _ => "failed",
    }
}

fn failure_class(retryable: bool) -> &'static str {
    if retryable {
        "warn"
    } else {
        "danger"
    }
}
