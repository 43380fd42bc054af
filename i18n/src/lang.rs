//! The languages Tektite speaks and how one is chosen: an explicit choice first (`TEKTITE_LANG`, the
//! app's footer), then the person's own list of languages (the browser's `navigator.languages`, the
//! system locale), negotiated against ours by `fluent-langneg`; English when nothing matches.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// A language of the catalogue. `Pseudo` is English wrapped and lengthened, for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Lang {
    En = 0,
    Ja,
    PtBr,
    Es,
    De,
    Fr,
    Pseudo,
}

impl Lang {
    /// The languages a person can pick, English (the source) first.
    pub const SHIPPED: [Lang; 6] = [Lang::En, Lang::Ja, Lang::PtBr, Lang::Es, Lang::De, Lang::Fr];

    /// Its BCP 47 tag, as `<html lang>` and the catalogue's folders name it. The pseudo-locale's is
    /// the usual private-use tag for accented English.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::PtBr => "pt-BR",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Its name in itself, as the language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::PtBr => "Português (Brasil)",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Pseudo => "Pseudo",
        }
    }

    /// A language from its tag or a locale name: `ja`, `pt-BR`, `pt_BR.UTF-8`, `de_DE@euro`, and
    /// `pseudo` (or `en-XA`) for the pseudo-locale. `None` for a language we do not ship.
    pub fn parse(name: &str) -> Option<Lang> {
        let name = name.trim();
        if name.eq_ignore_ascii_case("pseudo") || name.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let wanted = [locale_to_langid(name)?];
        negotiated(&wanted)
    }

    pub(crate) fn from_index(i: u8) -> Lang {
        [Lang::En, Lang::Ja, Lang::PtBr, Lang::Es, Lang::De, Lang::Fr, Lang::Pseudo]
            .get(i as usize)
            .copied()
            .unwrap_or(Lang::En)
    }
}

/// The language to speak: `explicit` when it names one we ship (an override the person set),
/// otherwise the first of `preferred` (most wanted first) we can speak, otherwise English.
pub fn choose<S: AsRef<str>>(explicit: Option<&str>, preferred: &[S]) -> Lang {
    if let Some(lang) = explicit.filter(|e| !e.trim().is_empty()).and_then(Lang::parse) {
        return lang;
    }
    let wanted: Vec<LanguageIdentifier> = preferred.iter().filter_map(|p| locale_to_langid(p.as_ref())).collect();
    negotiated(&wanted).unwrap_or(Lang::En)
}

/// The best of ours for `wanted`, in the person's order (a Brazilian who lists `pt` gets pt-BR).
fn negotiated(wanted: &[LanguageIdentifier]) -> Option<Lang> {
    let ours: Vec<LanguageIdentifier> =
        Lang::SHIPPED.iter().map(|l| l.tag().parse().expect("our own tags parse")).collect();
    let best = negotiate_languages(wanted, &ours, None, NegotiationStrategy::Filtering);
    let best = best.first()?;
    Lang::SHIPPED.into_iter().find(|l| l.tag() == best.to_string())
}

/// A POSIX locale name (`ja_JP.UTF-8`, `de_DE@euro`) or a BCP 47 tag as a language identifier;
/// `C` and `POSIX` say nothing about a language.
fn locale_to_langid(name: &str) -> Option<LanguageIdentifier> {
    let base = name.split(['.', '@']).next().unwrap_or("").trim().replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    base.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_and_tags() {
        assert_eq!(Lang::parse("ja_JP.UTF-8"), Some(Lang::Ja));
        assert_eq!(Lang::parse("pt_BR.UTF-8"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("de_DE@euro"), Some(Lang::De));
        assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::parse("es-419"), Some(Lang::Es));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("pseudo"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("ko-KR"), None);
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse("C.UTF-8"), None);
    }

    #[test]
    fn the_override_wins_then_the_persons_order() {
        assert_eq!(choose(Some("de"), &["ja-JP", "en"]), Lang::De);
        assert_eq!(choose(Some("xx"), &["ja-JP", "en"]), Lang::Ja);
        assert_eq!(choose(None, &["ko", "fr-FR", "en"]), Lang::Fr);
        assert_eq!(choose(None, &["en-US", "ja"]), Lang::En);
        assert_eq!(choose::<&str>(None, &[]), Lang::En);
        assert_eq!(choose(Some(""), &["C"]), Lang::En);
    }

    #[test]
    fn index_round_trip() {
        for l in Lang::SHIPPED.into_iter().chain([Lang::Pseudo]) {
            assert_eq!(Lang::from_index(l as u8), l);
        }
    }
}
