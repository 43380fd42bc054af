//! Numbers and sizes as the current language writes them: `1,234.5` in English and Japanese,
//! `1.234,5` in German, Spanish and Portuguese, `1 234,5` in French (a narrow no-break space), and
//! binary sizes with French's `Kio`/`Mio`. Fluent's own number formatting does not localize, so
//! the catalogue's bundles format their numeric placeholders through [`decimal`] too.

use crate::{lang, Lang};

/// How a language writes a number.
struct Style {
    decimal: char,
    group: char,
    /// Spanish groups only from five digits on (`1000`, but `10.000`).
    min_group_digits: usize,
}

fn style(lang: Lang) -> Style {
    match lang {
        Lang::En | Lang::Ja | Lang::Pseudo => Style { decimal: '.', group: ',', min_group_digits: 4 },
        Lang::De | Lang::PtBr => Style { decimal: ',', group: '.', min_group_digits: 4 },
        Lang::Es => Style { decimal: ',', group: '.', min_group_digits: 5 },
        Lang::Fr => Style { decimal: ',', group: '\u{202F}', min_group_digits: 4 },
    }
}

/// `value` with exactly `fraction_digits` digits after the decimal sign, in `lang`'s way.
pub fn decimal_in(lang: Lang, value: f64, fraction_digits: usize) -> String {
    let style = style(lang);
    let text = format!("{:.*}", fraction_digits, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    if int.len() >= style.min_group_digits {
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(style.group);
            }
            out.push(digit);
        }
    } else {
        out.push_str(int);
    }
    if !frac.is_empty() {
        out.push(style.decimal);
        out.push_str(frac);
    }
    out
}

/// `value` in the current language with `fraction_digits` digits after the decimal sign.
pub fn decimal(value: f64, fraction_digits: usize) -> String {
    decimal_in(lang(), value, fraction_digits)
}

/// A whole number in the current language: `12,345`.
pub fn integer(value: u64) -> String {
    decimal(value as f64, 0)
}

/// A duration in the current language: `42 s`, `3 min 05 s`, `2 h 07 min`.
pub fn duration(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    let two = |n: u64| format!("{n:02}");
    match s {
        0..60 => crate::tr!("format-seconds", s = s),
        60..3600 => crate::tr!("format-minutes-seconds", m = s / 60, s = two(s % 60)),
        _ => crate::tr!("format-hours-minutes", h = s / 3600, m = two((s % 3600) / 60)),
    }
}

/// A size in binary units, one decimal: `512 B`, `1.5 MiB` (`1,5 Mio` in French).
pub fn bytes(n: u64) -> String {
    bytes_in(lang(), n)
}

pub fn bytes_in(lang: Lang, n: u64) -> String {
    let units: [&str; 5] = match lang {
        Lang::Fr => ["o", "Kio", "Mio", "Gio", "Tio"],
        _ => ["B", "KiB", "MiB", "GiB", "TiB"],
    };
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < units.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{} {}", decimal_in(lang, n as f64, 0), units[0])
    } else {
        format!("{} {}", decimal_in(lang, v, 1), units[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_numbers() {
        assert_eq!(decimal_in(Lang::En, 1234567.25, 2), "1,234,567.25");
        assert_eq!(decimal_in(Lang::Ja, 999.0, 0), "999");
        assert_eq!(decimal_in(Lang::De, 1234.5, 1), "1.234,5");
        assert_eq!(decimal_in(Lang::PtBr, 0.5, 1), "0,5");
        assert_eq!(decimal_in(Lang::Es, 1234.0, 0), "1234");
        assert_eq!(decimal_in(Lang::Es, 12345.0, 0), "12.345");
        assert_eq!(decimal_in(Lang::Fr, 12345.0, 0), "12\u{202F}345");
        assert_eq!(decimal_in(Lang::En, -3.0, 0), "-3");
        assert_eq!(decimal_in(Lang::En, -0.01, 1), "0.0");
    }

    #[test]
    fn sizes() {
        assert_eq!(bytes_in(Lang::En, 512), "512 B");
        assert_eq!(bytes_in(Lang::En, 1536 * 1024), "1.5 MiB");
        assert_eq!(bytes_in(Lang::De, 1536 * 1024), "1,5 MiB");
        assert_eq!(bytes_in(Lang::Fr, 3 << 30), "3,0 Gio");
    }
}
