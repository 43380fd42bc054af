//! Small building blocks shared by the cards: a labelled text field, a labelled fact, a progress
//! bar, the card heading, the strategy choice, the form's buttons and the card shown while signing
//! in.

use dioxus::prelude::*;
use tektite_i18n::tr;

use super::icons::{ArrowLeftIcon, ArrowRightIcon};
use super::steps::Step;
use crate::app::form::StrategyPick;

/// The eyebrow, title and lead of a step's card.
#[component]
pub fn CardHead(step: Step, title: String, lead: Option<String>) -> Element {
    // The way in does not change while a card shows: read without subscribing to every event.
    let mode = use_context::<super::runner::Runner>().ctl.peek().mode();
    let total = super::steps::steps_of(mode).len();
    rsx! {
        p { class: "eyebrow", {tr!("card-eyebrow", number = step.number_in(mode), total = total, step = step.title_in(mode))} }
        // Focus comes here on every screen change (see `flow.rs`): a screen reader then reads the
        // new screen's name.
        h1 { id: "card-title", tabindex: "-1", "{title}" }
        if let Some(lead) = lead {
            p { class: "lead", "{lead}" }
        }
    }
}

/// A labelled input with an optional hint and error message.
///
/// Uncontrolled on purpose: `value` only fills the field when it appears (`initial_value`), and
/// `oninput` reports every change. A controlled input (`value:` on every render) loses keystrokes
/// on the desktop, where the re-render that writes the value back reaches the webview after the
/// next keys were typed. The form is mounted afresh whenever the controller changes its fields
/// (resume, back from an error), so nothing else needs to write into it.
#[component]
pub fn TextField(
    id: &'static str,
    #[props(into)] label: String,
    kind: &'static str,
    value: String,
    #[props(into)] placeholder: String,
    autocomplete: &'static str,
    hint: Option<String>,
    error: Option<String>,
    oninput: EventHandler<String>,
    /// Values the browser offers as the user types (a `datalist`), e.g. whole handles.
    #[props(default)]
    suggestions: Vec<String>,
) -> Element {
    // Tied to what is shown under it: the error, else the hint (nothing when there is neither).
    let described = match (&error, &hint) {
        (Some(_), _) => Some(format!("{id}-error")),
        (None, Some(_)) => Some(format!("{id}-hint")),
        (None, None) => None,
    };
    let list = (!suggestions.is_empty()).then(|| format!("{id}-suggestions"));
    let class = if error.is_some() { "field has-error" } else { "field" };
    let invalid = error.is_some().then_some("true");
    rsx! {
        div { class,
            label { r#for: id, "{label}" }
            input {
                id,
                name: id,
                r#type: kind,
                initial_value: value,
                placeholder,
                autocomplete,
                spellcheck: "false",
                autocapitalize: "none",
                "aria-invalid": invalid,
                "aria-describedby": described,
                list,
                oninput: move |e| oninput.call(e.value()),
            }
            if !suggestions.is_empty() {
                datalist { id: "{id}-suggestions", "data-testid": "{id}-suggestions",
                    for s in suggestions.iter() {
                        option { key: "{s}", value: "{s}" }
                    }
                }
            }
            if let Some(error) = error {
                // Not an alert each: the form announces the problems once (the live region)
                // and focus goes to the first wrong field, which reads its message.
                p { class: "field-error", id: "{id}-error", "{error}" }
            } else if let Some(hint) = hint {
                p { class: "field-hint", id: "{id}-hint", "{hint}" }
            }
        }
    }
}

/// One fact in a definition grid: a short label and its value. `wide` takes a whole row; `long`
/// (addresses) takes a whole row on a phone only.
#[component]
pub fn Fact(
    #[props(into)] label: String,
    value: String,
    testid: Option<&'static str>,
    wide: Option<bool>,
    long: Option<bool>,
) -> Element {
    let mut class = String::from("fact");
    if wide.unwrap_or(false) {
        class.push_str(" wide");
    }
    if long.unwrap_or(false) {
        class.push_str(" long");
    }
    let pieces = break_points(&value);
    rsx! {
        div { class, "data-testid": testid,
            dt { "{label}" }
            dd {
                for (i, piece) in pieces.into_iter().enumerate() {
                    if i > 0 { wbr {} }
                    "{piece}"
                }
            }
        }
    }
}

/// `value` cut after each `.`, `/` and `:` (where a handle, a DID or an address may wrap),
/// for long values only.
fn break_points(value: &str) -> Vec<&str> {
    if value.len() < 24 {
        return vec![value];
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in value.char_indices() {
        if matches!(c, '.' | '/' | ':') {
            pieces.push(&value[start..=i]);
            start = i + 1;
        }
    }
    pieces.push(&value[start..]);
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// A horizontal bar, `percent` 0–100; `None` when the whole is unknown (an animated stripe while
/// something moves, `busy`).
#[component]
pub fn Bar(percent: Option<f64>, kind: &'static str, label: String, busy: Option<bool>) -> Element {
    let Some(percent) = percent else {
        let state = if busy.unwrap_or(false) { "bar-unknown is-busy" } else { "bar-unknown" };
        return rsx! {
            div { class: "bar bar-{kind} {state}", role: "progressbar", "aria-label": label,
                div { class: "bar-fill" }
            }
        };
    };
    let width = format!("{:.1}%", percent.clamp(0.0, 100.0));
    rsx! {
        div {
            class: "bar bar-{kind}",
            role: "progressbar",
            "aria-label": label,
            "aria-valuemin": "0",
            "aria-valuemax": "100",
            "aria-valuenow": format!("{percent:.0}"),
            // A style property, not a `style` attribute: set through the CSSOM, which the web page's
            // Content-Security-Policy allows (it refuses inline style attributes).
            div { class: "bar-fill", width: "{width}" }
        }
    }
}

/// The blob strategy choice, with what the current pick means.
#[component]
pub fn StrategySelect(
    #[props(into)] label: String,
    value: StrategyPick,
    onchange: EventHandler<StrategyPick>,
) -> Element {
    rsx! {
        div { class: "field",
            label { r#for: "strategy", "{label}" }
            select {
                id: "strategy",
                name: "strategy",
                onchange: move |e: FormEvent| onchange.call(StrategyPick::from_value(&e.value())),
                for pick in StrategyPick::ALL {
                    option { value: pick.value(), selected: pick == value, "{pick.label()}" }
                }
            }
            p { class: "field-hint", "{value.explain()}" }
        }
    }
}

/// A sign-in form's buttons: submit ("Sign in and plan"), back to the welcome screen, and a hint.
#[component]
pub fn SignInActions(
    submit_testid: &'static str,
    #[props(into)] label: String,
    #[props(into)] hint: String,
    onback: EventHandler<()>,
) -> Element {
    rsx! {
        div { class: "actions",
            button { class: "button primary", r#type: "submit", "data-testid": submit_testid,
                "{label}"
                ArrowRightIcon {}
            }
            button { class: "button secondary", r#type: "button", onclick: move |_| onback.call(()),
                ArrowLeftIcon {}
                {tr!("card-back")}
            }
            p { class: "hint", "{hint}" }
        }
    }
}

/// The card shown while a flow signs in and plans: what it is doing now, and a way to stop.
#[component]
pub fn WorkingCard(
    testid: &'static str,
    step: Step,
    title: String,
    lead: String,
    status: String,
    oncancel: EventHandler<()>,
    /// What the person can do meanwhile (e.g. open the server's sign-in page again).
    #[props(default)]
    children: Element,
) -> Element {
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": testid,
            CardHead { step, title, lead }
            div { class: "working", role: "status", "aria-live": "polite",
                span { class: "spinner", "aria-hidden": "true" }
                span { "data-testid": "status", "{status}" }
            }
            {children}
            div { class: "actions",
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| oncancel.call(()), {tr!("card-cancel")}
                }
            }
        }
    }
}
