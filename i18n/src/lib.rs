//! Tektite's words in the person's language. Every sentence the app shows and every human-readable
//! line the CLI prints is a message in one Project Fluent catalogue (`locales/<language>/*.ftl`),
//! looked up here by id; plurals, placeholders and selectors are Fluent's.
//!
//! - [`Lang`]: the languages we ship, plus a pseudo-locale that wraps and lengthens every message
//!   so a test can see text the catalogue does not own.
//! - [`choose`]: the language from an override (`TEKTITE_LANG`, the app's footer) and the person's
//!   preferences (the browser's `navigator.languages`, the system locale), negotiated by
//!   `fluent-langneg`.
//! - [`set_lang`] / [`lang`]: the process's language. Both faces set it once at start; the app's
//!   footer sets it again when the person picks another.
//! - [`tr!`]: a message in the current language; a message a translation lacks falls back to
//!   English, never to its id.
//! - [`numbers`]: numbers and sizes written as the language writes them (decimal comma, grouping).
//!
//! Messages built from a server's error keep the server's words: the faces pass them in as a
//! placeholder (under "Technical details"), never through the catalogue.

mod catalogue;
mod lang;
pub mod numbers;
mod pseudo;

use std::sync::atomic::{AtomicU8, Ordering};

pub use catalogue::{Arg, Catalogue};
pub use lang::{choose, Lang};

/// The process's language, as `Lang as u8`.
static CURRENT: AtomicU8 = AtomicU8::new(Lang::En as u8);

/// Sets the language every later [`tr!`] uses.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language [`tr!`] uses now.
pub fn lang() -> Lang {
    Lang::from_index(CURRENT.load(Ordering::Relaxed))
}

/// The message `id` in the current language, its placeholders filled from `args`.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    Catalogue::of(lang()).format(id, args)
}

/// A message in the current language: `tr!("id")`, or `tr!("id", name = value, …)` where each value
/// is a string or a number (numbers select plurals).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message($id, &[$((stringify!($name), $crate::Arg::from($value))),+])
    };
}
