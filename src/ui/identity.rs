//! The move's identity steps, which cannot be undone: the confirmation (what is on the new PDS, what
//! will happen), the code the old PDS emailed, or for a did:web the document its owner publishes.

use dioxus::prelude::*;
use tektite_engine::migration::MigrationSummary;

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
    let opt = |v: Option<u64>| v.map_or("—".to_string(), |n| n.to_string());
    rsx! {
        dl { class: "facts",
            Fact { label: "Account (DID)", value: s.did.clone(), wide: true }
            Fact { label: "From", value: format!("{} ({})", s.old_pds, s.old_handle), long: true }
            Fact { label: "To", value: format!("{} ({})", s.new_pds, s.new_handle), long: true }
            Fact { label: "Records on the new PDS", value: opt(s.records), testid: "records" }
            Fact { label: "Blobs expected / imported", value: format!("{} / {}", opt(s.blobs_expected), opt(s.blobs_imported)) }
            Fact { label: "Blobs missing", value: match (s.blobs_missing, s.accepted_missing.len()) {
                (None, _) => "—".to_string(),
                (Some(n), 0) => n.to_string(),
                (Some(n), lost) => format!("{n} ({lost} accepted as lost)"),
            }, testid: "blobs-missing" }
            Fact { label: "New account", value: match s.new_account_active { Some(true) => "active".to_string(), Some(false) => "not active yet".to_string(), None => "—".to_string() } }
            Fact { label: "Your identity points at", value: s.did_document_pds.clone().unwrap_or_else(|| "—".into()), long: true, testid: "did-doc-pds" }
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
                title: "Everything is copied. Move your identity?".to_string(),
                lead: "Your posts, follows, preferences and every blob are on the new PDS. The next steps cannot be undone.".to_string(),
            }
            {facts}
            div { class: "callout warn", role: "note",
                // One column: the callout lays its children out side by side.
                div {
                    strong { "What will happen" }
                    ul {
                        if !s.did.starts_with("did:web:") {
                            li { "The old PDS emails a confirmation code to the account's address; you type it here (it is valid for 15 minutes)." }
                        }
                        for (i, line) in s.irreversible.iter().enumerate() {
                            li { key: "{i}", "{capitalize(line)}" }
                        }
                        li { "The account is activated on the new PDS." }
                    }
                }
            }
            if let Some(keys) = s.rotation_keys.clone() {
                div { class: "callout info", "data-testid": "rotation-keys",
                    // One column: the callout lays its children out side by side.
                    div {
                        strong { "Who may change your identity afterwards (rotation keys, first wins)" }
                        ol {
                            for (i, key) in keys.iter().enumerate() {
                                li { key: "{i}", code { "{key}" } }
                            }
                        }
                        p { class: "field-hint", "Keys you added yourself stay, ahead of the new PDS's own key." }
                    }
                }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "confirm-button",
                    onclick: move |_| runner.confirm(),
                    "Yes, move my identity"
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), "Not now"
                }
                p { class: "hint", "“Not now” keeps everything copied; you can come back to this step later." }
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
    let (who, submit) =
        if protecting { ("Your PDS", "Add my recovery key") } else { ("The old PDS", "Move my identity") };
    let lead = if email_sent_now {
        format!("{who} has just emailed a confirmation code to {email}.")
    } else {
        format!("{who} emailed a confirmation code to {email} earlier.")
    };
    // A live countdown, in the person's own time zone, with the exact UTC time beside it where
    // that differs (the email's own times may be in UTC).
    let countdown = tektite_engine::waits::until_local(now(), expires_unix);
    let valid = if tektite_engine::waits::local_offset_secs(expires_unix) == 0 {
        countdown
    } else {
        format!("{countdown} ({})", format::utc_clock(expires_unix))
    };
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "plc-token",
            CardHead {
                step: Step::Identity,
                title: "Type the code from the email".to_string(),
                lead: lead,
            }
            if let Some(refused) = refused {
                div { class: "callout error", "data-testid": "token-refused",
                    div {
                        strong { "{refused.title}. " }
                        "{refused.advice}"
                    }
                }
            }
            dl { class: "facts",
                Fact { label: "Sent to", value: email.clone(), testid: "token-email" }
                Fact { label: "Valid", value: valid, testid: "token-expires" }
            }
            form {
                class: "migration-form",
                novalidate: true,
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    runner.token(token.read().clone());
                },
                TextField {
                    id: "plc-token-input", label: "Confirmation code", kind: "text",
                    value: token.peek().clone(), placeholder: "ABCDE-12345", autocomplete: "one-time-code",
                    hint: Some("Letters and digits as in the email, e.g. ABCDE-12345"), error: code_error,
                    oninput: move |v| token.set(v),
                }
                div { class: "actions",
                    button { class: "button primary", r#type: "submit", "data-testid": "token-button",
                        "{submit}"
                        ArrowRightIcon {}
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "new-token-button",
                        onclick: move |_| runner.new_token(), "Email me a new code"
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), "Stop"
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
                title: "Publish your new DID document".to_string(),
                lead: format!("{} is a did:web: you move it yourself, by changing the document at {}.", u.did, u.document_url),
            }
            dl { class: "facts",
                Fact { label: "PDS (#atproto_pds)", value: u.pds_endpoint.clone(), wide: true }
                Fact { label: "Signing key (#atproto, Multikey)", value: u.signing_key.clone(), wide: true }
                Fact { label: "Handle (alsoKnownAs)", value: format!("at://{}", u.handle), wide: true }
            }
            div { class: "callout warn", role: "status", "data-testid": "did-web-lacking",
                div {
                    strong { "The published document still lacks:" }
                    ul {
                        for (i, l) in u.lacking.iter().enumerate() {
                            li { key: "{i}", "{capitalize(l)}" }
                        }
                    }
                }
            }
            h2 { class: "section-title", "The document to publish (your other entries kept)" }
            // Scrolls sideways on a narrow screen: reachable by keyboard, and named.
            pre { class: "document", "data-testid": "did-web-document", tabindex: "0", role: "region",
                "aria-label": "The DID document to publish",
                "{document}"
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "did-web-recheck",
                    onclick: move |_| runner.recheck(),
                    "I published it: check again"
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), "Stop"
                }
                p { class: "hint", "Stopping keeps everything copied; the move continues here once the document is published." }
            }
        }
    }
}
