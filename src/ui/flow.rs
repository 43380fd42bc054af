//! The one set of cards for both ways in, picked by the controller's phase: the form, signing in,
//! the plan, the run, blobs that cannot move, the confirmation and the PLC code (move only), the report, and errors.
//!
//! Automation hooks: the cards carry `data-testid`s that differ by way in where tests know them
//! apart ([`super::testids`]); the rest are shared (`status`, `cancel-button`, `error`, `error-message`,
//! `error-retry`, `error-back`, `notice`, `resuming`, `plan-blobs`, `plc-token`, `token-button`, …).

use dioxus::prelude::*;
use tektite_i18n::tr;

use super::deactivate::DeactivateCard;
use super::done::DoneCard;
use super::fields::WorkingCard;
use super::focus::focus_new_heading;
use super::form::FormCard;
use super::icons::ArrowLeftIcon;
use super::identity::{ConfirmCard, DidWebCard, TokenCard};
use super::language::around;
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
    fn name(self, mode: Mode) -> String {
        match self {
            Card::Form => match mode {
                Mode::Backup | Mode::Protect => tr!("form-legend-the-account"),
                Mode::Restore => tr!("screen-your-backup"),
                Mode::Move | Mode::Repair => tr!("rail-accounts"),
            },
            Card::Connecting => tr!("screen-signing-in"),
            Card::Plan => tr!("rail-plan"),
            Card::Run if mode == Mode::Backup => tr!("screen-backing-up"),
            Card::Run => tr!("screen-copying"),
            Card::Unmovable => tr!("screen-unmovable"),
            Card::Confirm => tr!("rail-confirm"),
            Card::Token => tr!("screen-token"),
            Card::DidWeb => tr!("screen-did-web"),
            Card::Deactivate => tr!("deactivate-button"),
            Card::Done => tr!("rail-done"),
            Card::Error => tr!("screen-error"),
        }
    }
}

/// The way in's name, for the window title.
pub fn way_in(mode: Mode) -> String {
    match mode {
        Mode::Move => tr!("form-move-title"),
        Mode::Repair => tr!("welcome-repair-button"),
        Mode::Backup => tr!("form-backup-title"),
        Mode::Protect => tr!("way-in-protect"),
        Mode::Restore => tr!("way-in-restore"),
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
        let title = tr!("window-title", screen = card.name(mode), way_in = way_in(mode));
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
        Mode::Move => (Step::TargetPds, tr!("screen-signing-in"), tr!("connecting-move")),
        Mode::Repair => (Step::Accounts, tr!("connecting-repair-title"), tr!("connecting-repair")),
        Mode::Backup => (Step::Accounts, tr!("screen-signing-in"), tr!("connecting-backup")),
        Mode::Restore => (Step::Accounts, tr!("connecting-restore-title"), tr!("connecting-restore")),
        Mode::Protect => (Step::Accounts, tr!("screen-signing-in"), tr!("connecting-protect")),
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
                    {
                        let link = tr!("connecting-open-page", host = &host);
                        let sentence = tr!("connecting-no-window", link = &link);
                        let (before, after) = around(&sentence, &link).unwrap_or((&sentence, ""));
                        rsx! {
                            "{before}"
                            a { href: "{url}", target: "_blank", rel: "noreferrer", "data-testid": "sign-in-page-link", "{link}" }
                            "{after}"
                        }
                    }
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
            p { class: "eyebrow danger", {tr!("screen-error")} }
            h1 { id: "card-title", tabindex: "-1", "{error.title}" }
            div { class: "callout advice", role: "alert",
                strong { {tr!("error-what-to-do")} }
                " {error.advice}"
            }
            // What the servers said, for whoever wants it (or is asked for it by support).
            details { class: "notes",
                summary { {tr!("technical-details")} }
                p { class: "error-details", "data-testid": "error-message", "{error.message}" }
            }
            if started {
                StepList {}
            }
            LogView {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "error-retry",
                    onclick: move |_| runner.submit(),
                    {tr!("error-try-again")}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "error-back",
                    onclick: move |_| runner.back(),
                    ArrowLeftIcon {}
                    {tr!("run-back-to-form")}
                }
            }
        }
    }
}
