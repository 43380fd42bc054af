//! The one set of cards for both ways in, picked by the controller's phase: the form, signing in,
//! the plan, the run, blobs that cannot move, the confirmation and the PLC code (move only), the report, and errors.
//!
//! Automation hooks: the cards carry `data-testid`s that differ by way in where tests know them
//! apart ([`super::testids`]); the rest are shared (`status`, `cancel-button`, `error`, `error-message`,
//! `error-retry`, `error-back`, `notice`, `resuming`, `plan-blobs`, `plc-token`, `token-button`, …).

use dioxus::prelude::*;

use super::deactivate::DeactivateCard;
use super::done::DoneCard;
use super::fields::WorkingCard;
use super::focus::focus_new_heading;
use super::form::FormCard;
use super::icons::ArrowLeftIcon;
use super::identity::{ConfirmCard, DidWebCard, TokenCard};
use super::plan::PlanCard;
use super::run::{LogView, RunCard, StepList};
use super::runner::Runner;
use super::steps::Step;
use super::testids::TestIds;
use super::unmovable::UnmovableCard;
use super::window_title::set_window_title;
use super::View;
use crate::app::controller::Phase;
use crate::app::form::Mode;

/// Which card; a memo of it re-renders this switch only when the card changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    Form,
    Connecting,
    Plan,
    Run,
    Unmovable,
    Confirm,
    Token,
    DidWeb,
    Deactivate,
    Done,
    Error,
}

impl Card {
    /// The screen's name, for the window title.
    fn name(self, mode: Mode) -> &'static str {
        match self {
            Card::Form => match mode {
                Mode::Backup | Mode::Protect => "The account",
                Mode::Restore => "Your backup",
                Mode::Move | Mode::Repair => "Accounts",
            },
            Card::Connecting => "Signing in",
            Card::Plan => "Plan",
            Card::Run if mode == Mode::Backup => "Backing up",
            Card::Run => "Copying",
            Card::Unmovable => "Blobs that cannot move",
            Card::Confirm => "Confirm",
            Card::Token => "Code from your email",
            Card::DidWeb => "Publish your DID document",
            Card::Deactivate => "Deactivate the old account",
            Card::Done => "Done",
            Card::Error => "Something went wrong",
        }
    }
}

/// The way in's name, for the window title.
pub fn way_in(mode: Mode) -> &'static str {
    match mode {
        Mode::Move => "Move your account",
        Mode::Repair => "Repair missing blobs",
        Mode::Backup => "Back up your account",
        Mode::Protect => "Protect your account",
        Mode::Restore => "Bring your account back",
    }
}

#[component]
pub fn Flow(view: Signal<View>) -> Element {
    let ctl = use_context::<Runner>().ctl;
    let card = use_memo(move || match ctl.read().phase {
        Phase::Form => Card::Form,
        Phase::Connecting { .. } => Card::Connecting,
        Phase::Ready => Card::Plan,
        Phase::Running | Phase::Stopped => Card::Run,
        Phase::UnmovableBlobs(_) => Card::Unmovable,
        Phase::NeedsConfirmation(_) => Card::Confirm,
        Phase::NeedsPlcToken { .. } => Card::Token,
        Phase::NeedsDidWebUpdate(_) => Card::DidWeb,
        Phase::NeedsOldDeactivation { .. } => Card::Deactivate,
        Phase::Done(_) => Card::Done,
        Phase::Error(_) => Card::Error,
    });
    // A new card starts at its top (the last one may have been scrolled down), the window's title
    // names it, and focus goes to its heading: a screen reader says where the person now is, and
    // Tab goes on from there.
    use_effect(move || {
        let card = card();
        let mode = ctl.peek().mode();
        let title = format!("{} — {} — Tektite", card.name(mode), way_in(mode));
        set_window_title(&title);
        focus_new_heading();
    });
    match card() {
        Card::Form => rsx! { FormCard { view } },
        Card::Connecting => rsx! { Connecting {} },
        Card::Plan => rsx! { PlanCard {} },
        Card::Run => rsx! { RunCard {} },
        Card::Unmovable => rsx! { UnmovableCard {} },
        Card::Confirm => rsx! { ConfirmCard {} },
        Card::Token => rsx! { TokenCard {} },
        Card::DidWeb => rsx! { DidWebCard {} },
        Card::Deactivate => rsx! { DeactivateCard {} },
        Card::Done => rsx! { DoneCard { view } },
        Card::Error => rsx! { ErrorCard {} },
    }
}

#[component]
fn Connecting() -> Element {
    let runner = use_context::<Runner>();
    let c = runner.ctl.read();
    let status = match &c.phase {
        Phase::Connecting { status } => status.clone(),
        _ => String::new(),
    };
    let (step, title, lead) = match c.mode() {
        Mode::Move => (
            Step::TargetPds,
            "Signing in",
            "Tektite asks the new PDS about itself, signs in to the old one and looks for a move of this account that was started earlier.",
        ),
        Mode::Repair => (
            Step::Accounts,
            "Signing in and planning",
            "Tektite signs in to both servers, asks the new PDS which blobs it misses and measures what this device can hold.",
        ),
        Mode::Backup => (
            Step::Accounts,
            "Signing in",
            "Tektite looks up the account, signs in to its server and opens the place the backup goes.",
        ),
        Mode::Restore => (
            Step::Accounts,
            "Reading the backup",
            "Tektite reads the backup's manifest and your recovery key file. Nothing is sent anywhere yet.",
        ),
        Mode::Protect => (
            Step::Accounts,
            "Signing in",
            "Tektite looks up the account, signs in to its server and asks it to email a confirmation code.",
        ),
    };
    let sign_in_page = c.sign_in_page.clone();
    rsx! {
        WorkingCard {
            testid: TestIds::of(c.mode()).connecting,
            step,
            title,
            lead,
            status,
            oncancel: move |_| runner.cancel(),
            if let Some((url, host)) = sign_in_page {
                p { class: "hint sign-in-page",
                    "No window opened? "
                    a { href: "{url}", target: "_blank", rel: "noreferrer", "data-testid": "sign-in-page-link",
                        "Open {host}'s sign-in page"
                    }
                    ". Tektite waits here until you are back."
                }
            }
        }
    }
}

#[component]
fn ErrorCard() -> Element {
    let runner = use_context::<Runner>();
    let c = runner.ctl.read();
    let Phase::Error(error) = c.phase.clone() else {
        return rsx! {};
    };
    // The step list matters once something was done; before that it is noise.
    let started = c.mode() == Mode::Move && !c.done.is_empty();
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "error",
            p { class: "eyebrow danger", "Something went wrong" }
            h1 { id: "card-title", tabindex: "-1", "{error.title}" }
            div { class: "callout advice", role: "alert",
                strong { "What to do: " }
                "{error.advice}"
            }
            // What the servers said, for whoever wants it (or is asked for it by support).
            details { class: "notes",
                summary { "Technical details" }
                p { class: "error-details", "data-testid": "error-message", "{error.message}" }
            }
            if started {
                StepList {}
            }
            LogView {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "error-retry",
                    onclick: move |_| runner.submit(),
                    "Try again"
                }
                button { class: "button secondary", r#type: "button", "data-testid": "error-back",
                    onclick: move |_| runner.back(),
                    ArrowLeftIcon {}
                    "Back to the form"
                }
            }
        }
    }
}
