//! The language in the UI: the signal every view re-renders on, `<html lang>`, and the footer's
//! menu. The words themselves come from the catalogue (`tektite_i18n::tr!`); this is only what
//! makes a new choice show at once.

use dioxus::prelude::*;
use tektite_i18n::{tr, Lang};

use super::icons::GlobeIcon;
use crate::app::language;

/// The language shown now. The app's root keys its views on it (as the one item of a list, where a
/// new key mounts them afresh), so a new choice re-renders every word; the controller's state lives
/// above, and is kept.
pub static LANG: GlobalSignal<Lang> = Signal::global(language::initial);

/// Keeps `<html lang>` on the current language (screen readers pick their voice by it).
pub fn use_html_lang() {
    use_effect(move || set_html_lang(LANG().tag()));
}

/// On the web set directly: the page's Content-Security-Policy refuses the code-from-a-string that
/// `document::eval` would run (see `window_title.rs`).
fn set_html_lang(tag: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = document::eval(&format!("document.documentElement.lang = {tag:?};"));
    }
}

/// The footer's language menu; the choice is remembered.
#[component]
pub fn LanguageMenu() -> Element {
    let current = LANG();
    rsx! {
        label { class: "language-menu",
            span { class: "visually-hidden", {tr!("language-label")} }
            GlobeIcon {}
            select {
                "data-testid": "language",
                onchange: move |e| {
                    if let Some(lang) = Lang::parse(&e.value()) {
                        language::pick(lang);
                        *LANG.write() = lang;
                    }
                },
                for lang in Lang::SHIPPED {
                    option { value: lang.tag(), lang: lang.tag(), selected: lang == current, "{lang.native_name()}" }
                }
                if current == Lang::Pseudo {
                    option { value: "pseudo", selected: true, "⟦Pseudo⟧" }
                }
            }
        }
    }
}

/// A translated sentence with one of its placeholders' values in bold (`Continue moving **alice**`):
/// the value is found in the sentence, wherever the language put it, rather than the sentence
/// being cut into pieces the translator cannot reorder.
#[component]
pub fn Emphasized(text: String, part: String) -> Element {
    match around(&text, &part) {
        Some((before, after)) => rsx! { "{before}" strong { "{part}" } "{after}" },
        None => rsx! { "{text}" },
    }
}

/// The text before and after `part` in `text` (a placeholder's value in a translated sentence,
/// to be drawn as a link or in bold).
pub fn around<'t>(text: &'t str, part: &str) -> Option<(&'t str, &'t str)> {
    let at = (!part.is_empty()).then(|| text.find(part)).flatten()?;
    Some((&text[..at], &text[at + part.len()..]))
}
