//! The recovery key, in the move's advanced section or as the point of "Protect this account":
//! paste a `did:key` you hold, or have one generated. A generated key's file (its private half) is handed over at once, and the form
//! refuses to go on until the user ticks "I saved it".

use dioxus::prelude::*;
use tektite_i18n::tr;

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
    let label = if c.mode() == Mode::Protect { tr!("key-label-protect") } else { tr!("key-label-move") };
    let Some(key) = generated else {
        return rsx! {
            div { class: "recovery-key",
                TextField {
                    id: "recovery-key", label, kind: "text",
                    value: c.form.recovery_key.clone(), placeholder: "did:key:zQ3s…", autocomplete: "off",
                    hint: Some(tr!("key-hint")),
                    error,
                    oninput: move |v| { ctl.write().form.recovery_key = v; forget_error(ctl, Field::RecoveryKey); },
                }
                button { class: "button secondary small", r#type: "button", "data-testid": "generate-recovery-key",
                    onclick: move |_| runner.generate_recovery_key(),
                    {tr!("key-generate")}
                }
            }
        };
    };
    let saved = match &key.saved_to {
        Some(Ok(place)) => rsx! {
            p { class: "field-hint", "data-testid": "recovery-key-saved",
                {tr!("key-file-saved", file = &key.file_name, place = place)}
            }
        },
        Some(Err(e)) => rsx! { p { class: "field-error", role: "alert", {tr!("key-file-not-saved", error = e)} } },
        None => rsx! {},
    };
    rsx! {
        div { class: "recovery-key field", "data-testid": "new-recovery-key",
            label { {tr!("key-new")} }
            code { class: "did-key", "{key.did_key}" }
            {saved}
            label { class: "check",
                input {
                    r#type: "checkbox",
                    "data-testid": "recovery-key-kept",
                    checked: key.kept,
                    onchange: move |e| runner.recovery_key_kept(e.checked()),
                }
                {tr!("key-saved-check")}
            }
            if let Some(error) = error {
                p { class: "field-error", id: "recovery-key-error", "{error}" }
            }
            div { class: "inline-actions",
                button { class: "button secondary small", r#type: "button", "data-testid": "save-recovery-key-again",
                    onclick: move |_| runner.save_recovery_key_again(),
                    {tr!("key-save-again")}
                }
                button { class: "button secondary small", r#type: "button", "data-testid": "drop-recovery-key",
                    onclick: move |_| runner.drop_recovery_key(),
                    {tr!("key-drop")}
                }
            }
        }
    }
}
