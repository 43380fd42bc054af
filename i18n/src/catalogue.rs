//! The catalogue: each language's Fluent files, embedded in the binary and parsed on first use into
//! a bundle. A message a language lacks comes from English; the pseudo-locale is the English
//! bundle with Fluent's text transform set.
//!
//! `app.ftl` holds the app's words, `cli.ftl` the CLI's, `common.ftl` the words both say (steps,
//! checklist, errors). The web app leaves the CLI's out of its bundle.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::{numbers, pseudo, Lang};

/// One embedded `.ftl` file: its name and its text.
pub type Source = (&'static str, &'static str);

/// The Fluent files of the language folder `$tag`, as [`Source`]s.
macro_rules! sources {
    ($tag:literal) => {
        &[
            ("common.ftl", include_str!(concat!("../locales/", $tag, "/common.ftl"))),
            ("app.ftl", include_str!(concat!("../locales/", $tag, "/app.ftl"))),
            #[cfg(not(target_arch = "wasm32"))]
            ("cli.ftl", include_str!(concat!("../locales/", $tag, "/cli.ftl"))),
        ]
    };
}

/// The files of `lang` (English's for the pseudo-locale).
pub fn sources(lang: Lang) -> &'static [Source] {
    match lang {
        Lang::En | Lang::Pseudo => sources!("en"),
        Lang::Ja => sources!("ja"),
        Lang::PtBr => sources!("pt-BR"),
        Lang::Es => sources!("es"),
        Lang::De => sources!("de"),
        Lang::Fr => sources!("fr"),
    }
}

/// A value for a placeholder: text, or a number (which plurals select on, and which is written in
/// the language's way).
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg(FluentValue::String(Cow::Owned(s.to_owned())))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg(FluentValue::String(Cow::Owned(s)))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::from(s.as_str())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// One language's parsed catalogue.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// A problem with a catalogue's file, for the tests.
#[derive(Debug)]
pub struct Problem {
    pub lang: Lang,
    pub file: &'static str,
    pub what: String,
}

impl Catalogue {
    /// The catalogue of `lang`, parsed on its first use.
    pub fn of(lang: Lang) -> &'static Catalogue {
        static LOADED: [OnceLock<Catalogue>; 7] = [const { OnceLock::new() }; 7];
        LOADED[lang as usize].get_or_init(|| Catalogue::load(lang).0)
    }

    /// Parses `lang`'s files; a file that does not parse keeps the messages that did (and the
    /// problems say which did not).
    pub fn load(lang: Lang) -> (Catalogue, Vec<Problem>) {
        let base = if lang == Lang::Pseudo { "en" } else { lang.tag() };
        let mut bundle = FluentBundle::new_concurrent(vec![base.parse().expect("our own tags parse")]);
        // Unicode isolation marks around placeholders would show in terminals and in copied text;
        // no language we ship is written right to left.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(formatter(lang)));
        if lang == Lang::Pseudo {
            bundle.set_transform(Some(pseudo::accent));
        }
        let mut problems = Vec::new();
        for (file, text) in sources(lang) {
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(Problem { lang, file, what: format!("does not parse: {e:?}") });
                    }
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    problems.push(Problem { lang, file, what: format!("{e}") });
                }
            }
        }
        (Catalogue { lang, bundle }, problems)
    }

    /// Whether this language has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).is_some_and(|m| m.value().is_some())
    }

    /// The message `id` with `args`; from English when this language lacks it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        if !self.has(id) && self.lang != Lang::En {
            let english = Catalogue::of(Lang::En).format(id, args);
            return if self.lang == Lang::Pseudo { pseudo::wrap(english) } else { english };
        }
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // Every id the code names is in English (a unit test reads the code for them); if one
            // ever is not, show something readable rather than an id.
            return id.replace('-', " ");
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, Arg(value)) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if self.lang == Lang::Pseudo {
            pseudo::wrap(text)
        } else {
            text
        }
    }

    /// The ids of every message this language has, with the placeholders each one names.
    pub fn messages(&self) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        for (_, text) in sources(self.lang) {
            let Ok(resource) = FluentResource::try_new(text.to_string()) else { continue };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let mut names = Vec::new();
                    if let Some(p) = &m.value {
                        placeholders(p, &mut names);
                    }
                    names.sort();
                    names.dedup();
                    out.push((m.id.name.to_owned(), names));
                }
            }
        }
        out
    }
}

/// Every `$variable` a pattern names, selectors included.
fn placeholders(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_names(expression, out),
            _ => {}
        }
    }
    fn expression_names(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    placeholders(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_names(expression, out);
        }
    }
}

/// Fluent's number formatting writes `1234.5` in every language; ours writes it the language's way.
fn formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    fn written<M, const L: u8>(value: &FluentValue, _: &M) -> Option<String> {
        let FluentValue::Number(FluentNumber { value, options }) = value else { return None };
        let digits = match options.minimum_fraction_digits {
            Some(min) => min,
            None if value.fract() == 0.0 => 0,
            None => options.maximum_fraction_digits.unwrap_or(1),
        };
        Some(numbers::decimal_in(Lang::from_index(L), *value, digits))
    }
    match lang {
        Lang::En => written::<M, 0>,
        Lang::Ja => written::<M, 1>,
        Lang::PtBr => written::<M, 2>,
        Lang::Es => written::<M, 3>,
        Lang::De => written::<M, 4>,
        Lang::Fr => written::<M, 5>,
        Lang::Pseudo => written::<M, 6>,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;

    fn english() -> BTreeMap<String, Vec<String>> {
        Catalogue::load(Lang::En).0.messages().into_iter().collect()
    }

    /// Every language parses, has every English message and no other, and each message names the
    /// same placeholders as the English one.
    #[test]
    fn every_language_is_complete() {
        let english = english();
        assert!(english.len() > 10, "the English catalogue is nearly empty");
        let mut wrong = Vec::new();
        for lang in Lang::SHIPPED {
            let (catalogue, problems) = Catalogue::load(lang);
            for p in problems {
                wrong.push(format!("{} {}: {}", p.lang.tag(), p.file, p.what));
            }
            let theirs: BTreeMap<String, Vec<String>> = catalogue.messages().into_iter().collect();
            for (id, names) in &english {
                match theirs.get(id) {
                    None => wrong.push(format!("{}: no message {id}", lang.tag())),
                    Some(their_names) if their_names != names => wrong.push(format!(
                        "{}: {id} names {{{}}}, English names {{{}}}",
                        lang.tag(),
                        their_names.join(", "),
                        names.join(", ")
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                wrong.push(format!("{}: {id} is not an English message", lang.tag()));
            }
        }
        assert!(wrong.is_empty(), "the catalogue is wrong:\n{}", wrong.join("\n"));
    }

    /// Every `tr!("id"…)` in the workspace (the faces in the root crate, the engine, the platform)
    /// names an English message, and code the web app runs names one the web app has (it leaves
    /// `cli.ftl` out).
    #[test]
    fn every_id_the_code_names_exists() {
        let english = english();
        let cli_only: std::collections::BTreeSet<String> = {
            let resource = FluentResource::try_new(include_str!("../locales/en/cli.ftl").to_owned()).unwrap();
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect()
        };
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut missing = Vec::new();
        let mut seen = 0;
        let mut look = |path: &Path, text: &str| {
            for (i, _) in text.match_indices("tr!(\"") {
                // `include_str!("…")` ends the same way.
                if text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + 5..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                seen += 1;
                if !english.contains_key(id) {
                    missing.push(format!("{}: {id}", path.display()));
                } else if cli_only.contains(id) && !path.components().any(|c| c.as_os_str() == "bin") {
                    missing.push(format!("{}: {id} is only in cli.ftl, which the web app leaves out", path.display()));
                }
            }
        };
        for dir in ["src", "engine/src", "platform/src"] {
            visit(&workspace.join(dir), &mut look);
        }
        assert!(seen > 100, "too few tr! found under {}", workspace.display());
        assert!(missing.is_empty(), "ids the English catalogue lacks:\n{}", missing.join("\n"));
    }

    fn visit(dir: &Path, f: &mut dyn FnMut(&Path, &str)) {
        for entry in std::fs::read_dir(dir).expect("the source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, f);
            } else if path.extension().is_some_and(|e| e == "rs") {
                f(&path, &std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }

    #[test]
    fn plurals_numbers_fallback_and_pseudo() {
        let en = Catalogue::of(Lang::En);
        assert_eq!(en.format("blobs-count", &[("count", Arg::from(1))]), "1 blob");
        assert_eq!(en.format("blobs-count", &[("count", Arg::from(1234))]), "1,234 blobs");
        let de = Catalogue::of(Lang::De);
        assert_eq!(de.format("blobs-count", &[("count", Arg::from(1234))]), "1.234 Blobs");
        let pseudo = Catalogue::of(Lang::Pseudo).format("blobs-count", &[("count", Arg::from(2))]);
        assert!(pseudo.starts_with('⟦') && pseudo.ends_with('⟧') && pseudo.contains('2'), "{pseudo}");
        // An id no language has reads as words, never as the id itself.
        assert_eq!(en.format("no-such-message", &[]), "no such message");
    }
}
