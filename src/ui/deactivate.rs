//! The last step of a move whose old account signed in on its server's page: that sign-in may not
//! deactivate the account (the reference PDS refuses OAuth there), so the person does it on the
//! old server's own account page and Tektite checks, or gives the old password for that one call.

use dioxus::prelude::*;

use super::fields::{CardHead, TextField};
use super::icons::ArrowRightIcon;
use super::run::StepList;
use super::runner::Runner;
use super::steps::Step;
use crate::app::controller::Phase;

#[component]
pub fn DeactivateCard() -> Element {
    let runner = use_context::<Runner>();
    let mut password = use_signal(String::new);
    let mut with_password = use_signal(|| false);
    let Phase::NeedsOldDeactivation { old_pds, account_page } = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "deactivate-old",
            CardHead {
                step: Step::Identity,
                title: "Last step: deactivate the old account".to_string(),
                lead: format!(
                    "Your account now lives on the new server. The old account on {old_pds} is still active: \
                     your server's sign-in may not deactivate it, so you do it there yourself."
                ),
            }
            ol { class: "plain-steps",
                li {
                    "Open "
                    a { href: "{account_page}", target: "_blank", rel: "noopener noreferrer", "data-testid": "account-page-link",
                        "the old server's account page"
                    }
                    " and sign in there."
                }
                li { "Choose \u{201c}Account\u{201d}, then \u{201c}Deactivate account\u{201d}." }
                li { "Come back here and check again: the move is done once the old server shows the account deactivated." }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "deactivate-recheck",
                    onclick: move |_| runner.recheck(),
                    "I deactivated it: check again"
                    ArrowRightIcon {}
                }
                if !with_password() {
                    button { class: "button secondary", r#type: "button", "data-testid": "deactivate-use-password",
                        onclick: move |_| with_password.set(true),
                        "Use the old password for this step instead"
                    }
                }
            }
            if with_password() {
                form { class: "inline-form", novalidate: true,
                    onsubmit: move |e: FormEvent| {
                        e.prevent_default();
                        runner.deactivate_with_password(password());
                    },
                    TextField {
                        id: "deactivate-password", label: "Password of the old account", kind: "password",
                        value: password(), placeholder: "", autocomplete: "current-password",
                        hint: Some("Used once, to deactivate the old account, and never stored"), error: None,
                        oninput: move |v| password.set(v),
                    }
                    button { class: "button primary", r#type: "submit", "data-testid": "deactivate-with-password",
                        disabled: password().is_empty(),
                        "Deactivate the old account"
                    }
                }
            }
        }
    }
}
