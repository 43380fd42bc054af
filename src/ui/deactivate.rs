//! The last step of a move whose old account signed in on its server's page: that sign-in may not
//! deactivate the account (the reference PDS refuses OAuth there), so the person does it on the
//! old server's own account page and Tektite checks, or gives the old password for that one call.

use dioxus::prelude::*;
use tektite_i18n::tr;

use super::fields::{CardHead, TextField};
use super::icons::ArrowRightIcon;
use super::language::around;
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
                title: tr!("deactivate-title"),
                lead: tr!("deactivate-lead", old_pds = &old_pds),
            }
            ol { class: "plain-steps",
                li {
                    {
                        let link = tr!("deactivate-page-link");
                        let sentence = tr!("deactivate-open", link = &link);
                        let (before, after) = around(&sentence, &link).unwrap_or((&sentence, ""));
                        rsx! {
                            "{before}"
                            a { href: "{account_page}", target: "_blank", rel: "noopener noreferrer", "data-testid": "account-page-link",
                                "{link}"
                            }
                            "{after}"
                        }
                    }
                }
                li { {tr!("deactivate-choose")} }
                li { {tr!("deactivate-come-back")} }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "deactivate-recheck",
                    onclick: move |_| runner.recheck(),
                    {tr!("deactivate-recheck")}
                    ArrowRightIcon {}
                }
                if !with_password() {
                    button { class: "button secondary", r#type: "button", "data-testid": "deactivate-use-password",
                        onclick: move |_| with_password.set(true),
                        {tr!("deactivate-use-password")}
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
                        id: "deactivate-password", label: tr!("deactivate-password"), kind: "password",
                        value: password(), placeholder: "", autocomplete: "current-password",
                        hint: Some(tr!("deactivate-password-hint")), error: None,
                        oninput: move |v| password.set(v),
                    }
                    button { class: "button primary", r#type: "submit", "data-testid": "deactivate-with-password",
                        disabled: password().is_empty(),
                        {tr!("deactivate-button")}
                    }
                }
            }
        }
    }
}
