//! Blobs that can never be moved (gone from the old PDS, larger than the new one accepts): the
//! move stops before the identity steps, lists them, and goes on only when the user accepts
//! losing exactly these.

use dioxus::prelude::*;

use super::fields::CardHead;
use super::run::StepList;
use super::runner::Runner;
use super::steps::Step;
use crate::app::controller::Phase;
use crate::app::format;

#[component]
pub fn UnmovableCard() -> Element {
    let runner = use_context::<Runner>();
    let Phase::UnmovableBlobs(blobs) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let count = format::blobs(blobs.len());
    let (these, are) =
        if blobs.len() == 1 { ("this blob", "This blob is") } else { ("these blobs", "These blobs are") };
    let cids: Vec<String> = blobs.iter().map(|b| b.cid.clone()).collect();
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "unmovable-blobs",
            "data-count": "{blobs.len()}",
            CardHead {
                step: Step::Run,
                title: format!("{count} cannot be moved"),
                lead: format!("Everything else is on the new PDS. {are} gone from the old PDS or larger than the new one accepts, so no later run can move {}.", if blobs.len() == 1 { "it" } else { "them" }),
            }
            ul { class: "failures spaced",
                for b in blobs.iter() {
                    li { key: "{b.cid}", class: "failure", "data-testid": "unmovable-blob",
                        div { class: "blob-head",
                            code { class: "cid", title: "{b.cid}", "{format::short_cid(&b.cid)}" }
                            if let Some(size) = b.size {
                                span { class: "blob-size", "{format::bytes(size)}" }
                            }
                        }
                        p { "Used by " code { "{b.record_uri}" } }
                        p { "{b.reason}" }
                    }
                }
            }
            div { class: "callout warn", role: "note",
                p {
                    "If you go on, the posts that use {these} stay but show a missing image or video. The report keeps the list, and “Repair missing blobs” can try again later, should the old PDS get {these} back."
                }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "accept-missing-button",
                    onclick: move |_| runner.accept_missing(cids.clone()),
                    "Go on without {these}"
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), "Stop here"
                }
                p { class: "hint", "Stopping keeps everything copied; nothing irreversible has happened yet." }
            }
        }
    }
}
