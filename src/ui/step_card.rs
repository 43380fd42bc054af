//! The card for one migration step. For now it frames the step (number, name, what it will do)
//! and says plainly that the step is not connected yet; each step's form replaces the notice
//! once the engine is wired in.

use dioxus::prelude::*;

use super::icons::ArrowLeftIcon;
use super::steps::Step;
use super::View;

#[component]
pub fn StepCard(step: Step, view: Signal<View>) -> Element {
    let total = Step::ALL.len();

    rsx! {
        section { class: "card step-card", "aria-labelledby": "step-title",
            p { class: "eyebrow", "Step {step.number()} of {total}" }
            h1 { id: "step-title", "{step.title()}" }
            p { class: "lead", "{step.description()}" }

            div { class: "notice", role: "status",
                strong { "Not connected yet. " }
                "This build has the app shell only; the migration engine is wired in next."
            }

            div { class: "actions",
                button {
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| view.set(View::Welcome),
                    ArrowLeftIcon {}
                    "Back"
                }
            }
        }
    }
}
