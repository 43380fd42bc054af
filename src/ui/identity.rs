//! The move's identity steps, which cannot be undone: the confirmation (what is on the new PDS, what
//! will happen), the code the old PDS emailed, or for a did:web the document its owner publishes.

use dioxus::prelude::*;
use tektite_engine::migration::MigrationSummary;
use tektite_i18n::tr;

use super::fields::{CardHead, Fact, TextField};
use super::focus::focus_field;
use super::icons::ArrowRightIcon;
use super::run::{capitalize, StepList};
use super::runner::Runner;
use super::steps::Step;
use crate::app::controller::Phase;
use crate::app::form::Mode;
use crate::app::format;

/// Where the move stands, as facts (the confirmation and the report).
pub fn summary_facts(s: &MigrationSummary) -> Element {
    let opt = |v: Option<u64>| v.map_or("—".to_string(), tektite_i18n::numbers::integer);
    rsx! {
        dl { class: "facts",
            Fact { label: tr!("facts-account-did"), value: s.did.clone(), wide: true }
            Fact { label: tr!("facts-from"), value: format!("{} ({})", s.old_pds, s.old_handle), long: true }
            Fact { label: tr!("facts-to"), value: format!("{} ({})", s.new_pds, s.new_handle), long: true }
            Fact { label: tr!("facts-records"), value: opt(s.records), testid: "records" }
            Fact { label: tr!("facts-blobs-expected-imported"), value: format!("{} / {}", opt(s.blobs_expected), opt(s.blobs_imported)) }
            Fact { label: tr!("facts-blobs-missing"), value: match (s.blobs_missing, s.accepted_missing.len()) {
                (None, _) => "—".to_string(),
                (Some(n), 0) => tektite_i18n::numbers::integer(n as u64),
                (Some(n), lost) => tr!("facts-missing-accepted", count = n, lost = lost),
            }, testid: "blobs-missing" }
            Fact { label: tr!("facts-new-account"), value: match s.new_account_active { Some(true) => tr!("facts-active"), Some(false) => tr!("facts-not-active"), None => "—".to_string() } }
            Fact { label: tr!("facts-identity-points-at"), value: s.did_document_pds.clone().unwrap_or_else(|| "—".into()), long: true, testid: "did-doc-pds" }
        }
    }
}

#[component]
pub fn ConfirmCard() -> Element {
    let runner = use_context::<Runner>();
    let Phase::NeedsConfirmation(s) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let facts = summary_facts(&s);
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "move-confirm",
            CardHead {
                step: Step::Identity,
                title: tr!("confirm-title"),
                lead: tr!("confirm-lead"),
            }
            {facts}
            div { class: "callout warn", role: "note",
                // One column: the callout lays its children out side by side.
                div {
                    strong { {tr!("confirm-what-happens")} }
                    ul {
                        if !s.did.starts_with("did:web:") {
                            li { {tr!("confirm-code-emailed")} }
                        }
                        for (i, line) in s.irreversible.iter().enumerate() {
                            li { key: "{i}", "{capitalize(line)}" }
                        }
                        li { {tr!("confirm-activated")} }
                    }
                }
            }
            if let Some(keys) = s.rotation_keys.clone() {
                div { class: "callout info", "data-testid": "rotation-keys",
                    // One column: the callout lays its children out side by side.
                    div {
                        strong { {tr!("confirm-rotation-keys")} }
                        ol {
                            for (i, key) in keys.iter().enumerate() {
                                li { key: "{i}", code { "{key}" } }
                            }
                        }
                        p { class: "field-hint", {tr!("confirm-keys-stay")} }
                    }
                }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "confirm-button",
                    onclick: move |_| runner.confirm(),
                    {tr!("confirm-button")}
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), {tr!("confirm-not-now")}
                }
                p { class: "hint", {tr!("confirm-not-now-hint")} }
            }
        }
    }
}

#[component]
pub fn TokenCard() -> Element {
    let runner = use_context::<Runner>();
    let ctl = runner.ctl;
    // What was typed survives a refusal (the card is mounted afresh when the run asks again).
    let mut token = use_signal(|| ctl.peek().typed_code.clone());
    let mut now = use_signal(tektite_engine::runtime::unix_now);
    use_future(move || async move {
        loop {
            tektite_engine::runtime::sleep(std::time::Duration::from_secs(1)).await;
            now.set(tektite_engine::runtime::unix_now());
        }
    });
    // After a refused code, focus goes back into its field, whose message says what was wrong.
    let refusals = use_memo(move || ctl.read().refused_codes);
    use_effect(move || {
        if refusals() > 0 {
            focus_field("plc-token-input");
        }
    });
    let Phase::NeedsPlcToken { email, email_sent_now, expires_unix } = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let refused = runner.ctl.read().token_rejected.clone();
    let code_error = refused.as_ref().map(|r| format!("{}. {}", r.title, r.advice));
    let protecting = runner.ctl.read().mode() == Mode::Protect;
    let submit = if protecting { tr!("token-submit-protect") } else { tr!("token-submit-move") };
    let lead = match (protecting, email_sent_now) {
        (true, true) => tr!("token-lead-protect-now", email = &email),
        (true, false) => tr!("token-lead-protect-earlier", email = &email),
        (false, true) => tr!("token-lead-move-now", email = &email),
        (false, false) => tr!("token-lead-move-earlier", email = &email),
    };
    // A live countdown, in the person's own time zone, with the exact UTC time beside it where
    // that differs (the email's own times may be in UTC).
    let countdown = tektite_engine::waits::until_local(now(), expires_unix);
    let valid = if tektite_engine::waits::local_offset_secs(expires_unix) == 0 {
        countdown
    } else {
        format!("{countdown} ({})", format::clock(expires_unix))
    };
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "plc-token",
            CardHead {
                step: Step::Identity,
                title: tr!("token-title"),
                lead: lead,
            }
            if let Some(refused) = refused {
                div { class: "callout error", "data-testid": "token-refused",
                    div {
                        strong { "{refused.title}." }
                        " {refused.advice}"
                    }
                }
            }
            dl { class: "facts",
                Fact { label: tr!("token-sent-to"), value: email.clone(), testid: "token-email" }
                Fact { label: tr!("token-valid"), value: valid, testid: "token-expires" }
            }
            form {
                class: "migration-form",
                novalidate: true,
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    runner.token(token.read().clone());
                },
                TextField {
                    id: "plc-token-input", label: tr!("token-code"), kind: "text",
                    value: token.peek().clone(), placeholder: "ABCDE-12345", autocomplete: "one-time-code",
                    hint: Some(tr!("token-code-hint")), error: code_error,
                    oninput: move |v| token.set(v),
                }
                div { class: "actions",
                    button { class: "button primary", r#type: "submit", "data-testid": "token-button",
                        "{submit}"
                        ArrowRightIcon {}
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "new-token-button",
                        onclick: move |_| runner.new_token(), {tr!("token-new-code")}
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), {tr!("token-stop")}
                    }
                }
            }
        }
    }
}

#[component]
pub fn DidWebCard() -> Element {
    let runner = use_context::<Runner>();
    let Phase::NeedsDidWebUpdate(u) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let document = serde_json::to_string_pretty(&u.document).unwrap_or_default();
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "did-web-update",
            CardHead {
                step: Step::Identity,
                title: tr!("did-web-title"),
                lead: tr!("did-web-lead", did = &u.did, url = &u.document_url),
            }
            dl { class: "facts",
                Fact { label: tr!("did-web-pds"), value: u.pds_endpoint.clone(), wide: true }
                Fact { label: tr!("did-web-signing-key"), value: u.signing_key.clone(), wide: true }
                Fact { label: tr!("did-web-handle"), value: format!("at://{}", u.handle), wide: true }
            }
            div { class: "callout warn", role: "status", "data-testid": "did-web-lacking",
                div {
                    strong { {tr!("did-web-lacks")} }
                    ul {
                        for (i, l) in u.lacking.iter().enumerate() {
                            li { key: "{i}", "{capitalize(l)}" }
                        }
                    }
                }
            }
            h2 { class: "section-title", {tr!("did-web-document")} }
            // Scrolls sideways on a narrow screen: reachable by keyboard, and named.
            pre { class: "document", "data-testid": "did-web-document", tabindex: "0", role: "region",
                "aria-label": tr!("did-web-document-label"),
                "{document}"
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "did-web-recheck",
                    onclick: move |_| runner.recheck(),
                    {tr!("did-web-recheck")}
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), {tr!("token-stop")}
                }
                p { class: "hint", {tr!("did-web-stop-hint")} }
            }
        }
    }
}
