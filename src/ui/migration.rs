//! The migration's cards, picked by the controller's phase: the accounts form (old and new PDS
//! together for now), signing in, and errors. The plan, the run and the report have their own
//! modules.

use dioxus::prelude::*;

use super::done::DoneCard;
use super::fields::{CardHead, SignInActions, StrategySelect, TextField, WorkingCard};
use super::icons::{ArrowLeftIcon, ResumeIcon};
use super::plan::PlanCard;
use super::run::RunCard;
use super::runner::Runner;
use super::steps::Step;
use super::View;
use crate::app::form::{Field, StrategyPick};
use crate::app::state::Phase;

/// Which card; a memo of it re-renders this switch only when the card changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    Form,
    SigningIn,
    Plan,
    Run,
    Done,
    Error,
}

#[component]
pub fn Migration(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let ctl = runner.ctl;
    let card = use_memo(move || match ctl.read().phase {
        Phase::Form => Card::Form,
        Phase::SigningIn { .. } => Card::SigningIn,
        Phase::PlanReady => Card::Plan,
        Phase::Running => Card::Run,
        Phase::Done(_) => Card::Done,
        Phase::Error(_) => Card::Error,
    });
    match card() {
        Card::Form => rsx! { AccountsForm { view } },
        Card::SigningIn => rsx! { SigningIn {} },
        Card::Plan => rsx! { PlanCard {} },
        Card::Run => rsx! { RunCard {} },
        Card::Done => rsx! { DoneCard { view } },
        Card::Error => rsx! { ErrorCard {} },
    }
}

/// Old PDS, new PDS and options in one form. Passwords go to the runner's in-memory secrets only.
#[component]
fn AccountsForm(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let mut secrets = runner.secrets;
    let c = ctl.read();
    let form = c.form.clone();
    let err = |f: Field| c.error_for(f).map(str::to_owned);
    let strategy = form.strategy;
    let concurrency = form.concurrency.map(|n| n.to_string()).unwrap_or_default();

    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "accounts",
            CardHead {
                step: Step::Accounts,
                title: "Repair: copy the blobs the new PDS misses".to_string(),
                lead: "Sign in to the account on the PDS you are leaving and to the account already created on the new one. Tektite then lists what the new PDS still misses.".to_string(),
            }

            if let Some(notice) = c.notice.clone() {
                div { class: "callout info", role: "status", "data-testid": "notice", "{notice}" }
            }
            if let Some(did) = c.resuming.clone() {
                div { class: "callout resume", "data-testid": "resuming",
                    ResumeIcon {}
                    div {
                        strong { "Resuming the migration of " code { "{did}" } }
                        p { "The addresses and handles are filled in from last time. Enter the two passwords to continue: the new PDS says what it still misses, and verified copies kept on this device are not downloaded again." }
                    }
                }
            }

            form {
                class: "migration-form",
                novalidate: true,
                "data-testid": "accounts-form",
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    runner.submit();
                },
                div { class: "form-columns",
                    fieldset { class: "side",
                        legend { span { class: "side-tag", "From" } "Your current PDS" }
                        TextField {
                            id: "old-pds", label: "Server address", kind: "url",
                            value: form.old_pds.clone(), placeholder: "https://bsky.social", autocomplete: "url",
                            hint: Some("Where the account lives today"), error: err(Field::OldPds),
                            oninput: move |v| ctl.write().form.old_pds = v,
                        }
                        TextField {
                            id: "old-handle", label: "Handle or DID", kind: "text",
                            value: form.old_id.clone(), placeholder: "alice.bsky.social", autocomplete: "username",
                            hint: None, error: err(Field::OldId),
                            oninput: move |v| ctl.write().form.old_id = v,
                        }
                        TextField {
                            id: "old-password", label: "Password", kind: "password",
                            value: secrets.read().old_password.clone(), placeholder: "", autocomplete: "current-password",
                            hint: Some("The account password, not an app password"), error: err(Field::OldPassword),
                            oninput: move |v| secrets.write().old_password = v,
                        }
                    }
                    fieldset { class: "side",
                        legend { span { class: "side-tag to", "To" } "The new PDS" }
                        TextField {
                            id: "new-pds", label: "Server address", kind: "url",
                            value: form.new_pds.clone(), placeholder: "https://pds.example.com", autocomplete: "url",
                            hint: Some("The server the account moves to"), error: err(Field::NewPds),
                            oninput: move |v| ctl.write().form.new_pds = v,
                        }
                        TextField {
                            id: "new-handle", label: "Handle or DID", kind: "text",
                            value: form.new_id.clone(), placeholder: "alice.pds.example.com", autocomplete: "off",
                            hint: Some("The account created there for this move (it may be deactivated)"), error: err(Field::NewId),
                            oninput: move |v| ctl.write().form.new_id = v,
                        }
                        TextField {
                            id: "new-password", label: "Password", kind: "password",
                            value: secrets.read().new_password.clone(), placeholder: "", autocomplete: "new-password",
                            hint: None, error: err(Field::NewPassword),
                            oninput: move |v| secrets.write().new_password = v,
                        }
                    }
                }

                details { class: "options", open: strategy != StrategyPick::Auto || !concurrency.is_empty(),
                    summary { "Transfer options" }
                    div { class: "options-grid",
                        StrategySelect {
                            label: "Strategy",
                            value: strategy,
                            onchange: move |pick| ctl.write().form.strategy = pick,
                        }
                        div { class: "field",
                            label { r#for: "concurrency", "Blobs at once" }
                            select {
                                id: "concurrency",
                                name: "concurrency",
                                onchange: move |e| ctl.write().form.concurrency = e.value().parse().ok(),
                                option { value: "", selected: concurrency.is_empty(), "Default" }
                                for n in [1usize, 2, 4, 8] {
                                    option { value: "{n}", selected: concurrency == n.to_string(), "{n}" }
                                }
                            }
                            p { class: "field-hint", "Default: 4, fewer when memory is short. More helps with many small blobs." }
                        }
                    }
                }

                p { class: "privacy",
                    "Passwords are only used to sign in from this device, and never stored. The addresses and handles are remembered so an interrupted migration can be resumed."
                }

                SignInActions {
                    submit_testid: "plan-button",
                    hint: "Nothing is copied until you confirm the plan.",
                    onback: move |_| view.set(View::Welcome),
                }
            }
        }
    }
}

#[component]
fn SigningIn() -> Element {
    let runner = use_context::<Runner>();
    let status = match &runner.ctl.read().phase {
        Phase::SigningIn { status } => status.clone(),
        _ => String::new(),
    };
    rsx! {
        WorkingCard {
            testid: "signing-in",
            step: Step::Accounts,
            title: "Signing in and planning",
            lead: "Tektite signs in to both servers, asks the new PDS which blobs it misses and measures what this device can hold.",
            status,
            oncancel: move |_| runner.cancel(),
        }
    }
}

#[component]
fn ErrorCard() -> Element {
    let runner = use_context::<Runner>();
    let Phase::Error(error) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "error",
            p { class: "eyebrow danger", "Something went wrong" }
            h1 { id: "card-title", "{error.title}" }
            div { class: "callout error", role: "alert",
                p { "data-testid": "error-message", "{error.message}" }
            }
            div { class: "callout advice",
                strong { "What to do: " }
                "{error.advice}"
            }
            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    "data-testid": "error-back",
                    onclick: move |_| runner.back(),
                    ArrowLeftIcon {}
                    "Back to the form"
                }
            }
        }
    }
}
