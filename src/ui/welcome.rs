//! The first screen: what Tektite does, what the user needs before starting, and the way in.

use dioxus::prelude::*;

use super::icons::{ArrowRightIcon, CheckIcon, LayersIcon, ResumeIcon, ShieldCheckIcon};
use super::steps::Step;
use super::View;

#[component]
pub fn Welcome(view: Signal<View>) -> Element {
    rsx! {
        section { class: "card welcome", "aria-labelledby": "welcome-title",
            p { class: "eyebrow", "Bluesky · ATProtocol" }
            h1 { id: "welcome-title", "Move your Bluesky account to a new PDS" }
            p { class: "lead", "Blobs included, verified, resumable." }

            ul { class: "features",
                li { class: "feature",
                    span { class: "feature-icon", LayersIcon {} }
                    div {
                        h2 { "Blobs included" }
                        p { "Every image and video moves along with your posts, follows and profile." }
                    }
                }
                li { class: "feature",
                    span { class: "feature-icon", ShieldCheckIcon {} }
                    div {
                        h2 { "Verified" }
                        p { "Each blob is checked against its content hash on the new PDS before your identity moves." }
                    }
                }
                li { class: "feature",
                    span { class: "feature-icon", ResumeIcon {} }
                    div {
                        h2 { "Resumable" }
                        p { "If the connection drops or the window closes, start again where you left off." }
                    }
                }
            }

            div { class: "checklist",
                h2 { "Before you start" }
                ul {
                    li { CheckIcon {} span { "The handle and password of the account you are moving" } }
                    li { CheckIcon {} span { "The address of the new PDS, and an invite code if it asks for one" } }
                    li { CheckIcon {} span { "Access to the account's email: the current PDS sends a code to confirm the move" } }
                }
            }

            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    onclick: move |_| view.set(View::Step(Step::Accounts)),
                    "Start migration"
                    ArrowRightIcon {}
                }
                p { class: "hint", "Nothing changes on either PDS until you confirm the plan." }
            }
        }
    }
}
