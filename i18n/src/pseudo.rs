//! The pseudo-locale: English with every letter accented and each message lengthened by about a
//! third and wrapped in `⟦…⟧`. Text on a screen outside the brackets was not written through the
//! catalogue; text cut short shows where a longer translation would not fit. Only the catalogue's
//! own words are changed: the values put into placeholders (handles, addresses) stay as they are.

use std::borrow::Cow;

/// Fluent's transform for the pattern's text elements (not its placeables).
pub(crate) fn accent(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0usize;
    for c in text.chars() {
        out.push(accented(c));
        if c.is_ascii_alphabetic() {
            letters += 1;
            // Lengthen: every third letter is doubled, as longer languages would be.
            if letters.is_multiple_of(3) {
                out.push(accented(c));
            }
        }
    }
    Cow::Owned(out)
}

/// The whole message, marked.
pub(crate) fn wrap(message: String) -> String {
    format!("⟦{message}⟧")
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'c' => 'ç',
        'e' => 'é',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'í',
        'l' => 'ļ',
        'n' => 'ñ',
        'o' => 'ö',
        's' => 'š',
        'u' => 'ü',
        'w' => 'ŵ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'S' => 'Š',
        'U' => 'Û',
        'W' => 'Ŵ',
        'Y' => 'Ý',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_lengthened_and_wrapped() {
        assert_eq!(wrap(accent("Welcome").into_owned()), "⟦Ŵéļļçömmé⟧");
        assert_eq!(accent("1 → 2"), "1 → 2");
    }
}
