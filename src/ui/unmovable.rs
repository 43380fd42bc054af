//! Blobs that can never be moved (gone from the old PDS, larger than the new one accepts): the
//! move stops before the identity steps, lists them, and goes on only when the user accepts
//! losing exactly these.

use dioxus::prelude::*;
use tektite_i18n::tr;

use super::fields::CardHead;
use super::language::around;
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
    let count = blobs.len();
    let cids: Vec<String> = blobs.iter().map(|b| b.cid.clone()).collect();
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "unmovable-blobs",
            "data-count": "{blobs.len()}",
            CardHead {
                step: Step::Run,
                title: tr!("unmovable-title", count = count),
                lead: tr!("unmovable-lead", count = count),
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
                        p {
                            {
                                let sentence = tr!("unmovable-used-by", record = &b.record_uri);
                                let (before, after) = around(&sentence, &b.record_uri).unwrap_or((&sentence, ""));
                                rsx! { "{before}" code { "{b.record_uri}" } "{after}" }
                            }
                        }
                        p { "{b.reason}" }
                    }
                }
            }
            div { class: "callout warn", role: "note",
                p {
                    {tr!("unmovable-warning", count = count)}
                }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "accept-missing-button",
                    onclick: move |_| runner.accept_missing(cids.clone()),
                    {tr!("unmovable-accept", count = count)}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), {tr!("unmovable-stop")}
                }
                p { class: "hint", {tr!("unmovable-stop-hint")} }
            }
        }
    }
}
