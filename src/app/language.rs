//! The app's language: an explicit choice first (`?lang=` in the web app's address, `TEKTITE_LANG`
//! for the desktop app), then the one picked in the footer earlier (remembered like the form's
//! fields, in [`super::saved`]'s storage), then the person's own list (the browser's
//! `navigator.languages`, the desktop's system locale); English when none of those is ours.

use tektite_i18n::Lang;

/// Where the footer's choice is remembered (LocalStorage key; on the desktop, `tektite.language.json`).
const KEY: &str = "tektite.language";

/// The language to start in (and sets it as the process's).
pub fn initial() -> Lang {
    let explicit = explicit();
    let remembered = super::saved::backend::read(KEY).and_then(|t| Lang::parse(t.trim().trim_matches('"')));
    let lang = match (explicit.as_deref().and_then(Lang::parse), remembered) {
        (Some(lang), _) => lang,
        (None, Some(lang)) => lang,
        (None, None) => tektite_i18n::choose(None, &preferred()),
    };
    tektite_i18n::set_lang(lang);
    lang
}

/// The person picked `lang` in the footer: it becomes the process's language, and is remembered.
pub fn pick(lang: Lang) {
    tektite_i18n::set_lang(lang);
    if let Err(e) = super::saved::backend::write(KEY, &format!("\"{}\"", lang.tag())) {
        tracing::warn!("could not remember the language: {e}");
    }
}

/// `?lang=` in the page's address (web), `TEKTITE_LANG` (desktop).
fn explicit() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|q| super::form::parse_query(&q))
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "lang").map(|(_, v)| v));
    #[cfg(not(target_arch = "wasm32"))]
    return std::env::var("TEKTITE_LANG").ok();
}

/// The person's languages, most wanted first.
fn preferred() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    return sys_locale::get_locales().collect();
}
