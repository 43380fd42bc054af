//! The recovery key, in the move's advanced section or as the point of "Protect this account":
//! paste a `did:key` you hold, or have one generated. A generated key's file (its private half) is handed over at once, and the form
//! refuses to go on until the user ticks "I saved it".

use dioxus::prelude::*;

use super::fields::TextField;
use super::form::forget_error;
use super::runner::Runner;
use crate::app::form::{Field, Mode};

#[component]
pub fn RecoveryKeyField() -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let c = ctl.read();
    let error = c.error_for(Field::RecoveryKey).map(str::to_owned);
    let generated = runner.secrets.read().new_recovery_key.clone().filter(|k| k.did_key == c.form.recovery_key);
    // Adding a key is the whole point of "Protect this account"; for a move it is an option.
    let label = if c.mode() == Mode::Protect {
        "A recovery key you already hold"
    } else {
        "Your recovery key (optional, recommended)"
    };
    let Some(key) = generated else {
        return rsx! {
            div { class: "recovery-key",
                TextField {
                    id: "recovery-key", label, kind: "text",
                    value: c.form.recovery_key.clone(), placeholder: "did:key:zQ3s…", autocomplete: "off",
                    hint: Some("A rotation key you hold, put first in your DID document: with its private key you can move your identity without any PDS, even if the new one disappears. Keys you added before are kept either way."),
                    error,
                    oninput: move |v| { ctl.write().form.recovery_key = v; forget_error(ctl, Field::RecoveryKey); },
                }
                button { class: "button secondary small", r#type: "button", "data-testid": "generate-recovery-key",
                    onclick: move |_| runner.generate_recovery_key(),
                    "Make a new recovery key for me"
                }
            }
        };
    };
    let saved = match &key.saved_to {
        Some(Ok(place)) => rsx! {
            p { class: "field-hint", "data-testid": "recovery-key-saved",
                "Its file, {key.file_name}, holds the private key and was saved {place}. Tektite shows it nowhere else and keeps no copy."
            }
        },
        Some(Err(e)) => rsx! { p { class: "field-error", role: "alert", "The key file could not be saved: {e}" } },
        None => rsx! {},
    };
    rsx! {
        div { class: "recovery-key field", "data-testid": "new-recovery-key",
            label { "Your new recovery key" }
            code { class: "did-key", "{key.did_key}" }
            {saved}
            label { class: "check",
                input {
                    r#type: "checkbox",
                    "data-testid": "recovery-key-kept",
                    checked: key.kept,
                    onchange: move |e| runner.recovery_key_kept(e.checked()),
                }
                "I saved the key file somewhere safe (offline, not in this browser)"
            }
            if let Some(error) = error {
                p { class: "field-error", id: "recovery-key-error", "{error}" }
            }
            div { class: "inline-actions",
                button { class: "button secondary small", r#type: "button", "data-testid": "save-recovery-key-again",
                    onclick: move |_| runner.save_recovery_key_again(),
                    "Save the file again"
                }
                button { class: "button secondary small", r#type: "button", "data-testid": "drop-recovery-key",
                    onclick: move |_| runner.drop_recovery_key(),
                    "Do not use this key"
                }
            }
        }
    }
}
