//! A wait in the person's words: when it ends in their own time zone, with the day when it is not
//! today, and roughly how long that is ("until tomorrow, 8 Dec, 22:33 (in about 24 hours)"). A
//! server's daily upload limit can stop a move for most of a day, and a bare "86394s, until
//! 22:33:16 UTC" said at 22:34 reads as a minute. The CLI and the app say waits through here.

use chrono::{DateTime, Datelike, FixedOffset, Local, Offset, TimeZone};

/// Waits longer than this are worth stopping for: the words then say that stopping loses nothing.
pub const WORTH_STOPPING_SECS: u64 = 5 * 60;

/// This machine's (or browser's) offset from UTC at `unix`, in seconds.
pub fn local_offset_secs(unix: u64) -> i32 {
    Local.timestamp_opt(unix as i64, 0).single().map_or(0, |t| t.offset().fix().local_minus_utc())
}

/// "until 22:33 (in about 5 minutes)", "until tomorrow, 8 Dec, 22:33 (in about 24 hours)",
/// "until Wed 9 Dec, 22:33 (in about 3 days)": `until` seen from `now` (Unix seconds) in the time
/// zone `offset_secs` east of UTC.
pub fn until_words(now: u64, until: u64, offset_secs: i32) -> String {
    let zone = FixedOffset::east_opt(offset_secs).unwrap_or_else(|| FixedOffset::east_opt(0).unwrap());
    let at = |unix: u64| -> DateTime<FixedOffset> {
        zone.timestamp_opt(unix as i64, 0).single().unwrap_or_else(|| zone.timestamp_opt(0, 0).unwrap())
    };
    let (today, then) = (at(now).date_naive(), at(until).date_naive());
    let clock = at(until).format("%H:%M");
    let day = match (then - today).num_days() {
        0 => String::new(),
        1 => format!("tomorrow, {} {}, ", then.day(), at(until).format("%b")),
        _ => format!("{}, ", at(until).format("%a %-d %b")),
    };
    format!("until {day}{clock} (in {})", rounded(until.saturating_sub(now)))
}

/// `until_words` in this machine's time zone.
pub fn until_local(now: u64, until: u64) -> String {
    until_words(now, until, local_offset_secs(until))
}

/// A duration as people say it: "a few seconds", "about 5 minutes", "about 24 hours", "about 3 days".
pub fn rounded(secs: u64) -> String {
    let about = |n: u64, unit: &str| format!("about {n} {unit}{}", if n == 1 { "" } else { "s" });
    match secs {
        0..=44 => "a few seconds".to_owned(),
        45..=5_399 => about(secs.div_ceil(60).max(1), "minute"),
        5_400..=129_599 => about((secs + 1_800) / 3_600, "hour"),
        _ => about((secs + 43_200) / 86_400, "day"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-07 22:34:00 UTC.
    const EVENING: u64 = 1_796_682_840;

    #[test]
    fn a_wait_past_midnight_names_tomorrow() {
        // The case: the daily limit reached at 22:34, open again at 22:33 the next day.
        let words = until_words(EVENING, EVENING + 86_394, 0);
        assert_eq!(words, "until tomorrow, 8 Dec, 22:33 (in about 24 hours)");
        // Ten minutes past midnight is tomorrow too, however short the wait; before it, today.
        assert_eq!(until_words(EVENING, EVENING + 96 * 60, 0), "until tomorrow, 8 Dec, 00:10 (in about 2 hours)");
        assert_eq!(until_words(EVENING, EVENING + 36 * 60, 0), "until 23:10 (in about 36 minutes)");
    }

    #[test]
    fn the_time_zone_decides_which_day_it_is() {
        // 22:34 UTC is 07:34 the next morning in Tokyo (UTC+9): a wait of 5 minutes stays "today".
        assert_eq!(until_words(EVENING, EVENING + 300, 9 * 3600), "until 07:39 (in about 5 minutes)");
        // In New York (UTC-5) it is 17:34; a wait into the next UTC day is still today there.
        assert_eq!(until_words(EVENING, EVENING + 2 * 3600, -5 * 3600), "until 19:34 (in about 2 hours)");
        // Three days on: the weekday and date.
        assert_eq!(until_words(EVENING, EVENING + 3 * 86_400, 0), "until Thu 10 Dec, 22:34 (in about 3 days)");
    }

    #[test]
    fn durations_are_rounded_as_people_say_them() {
        assert_eq!(rounded(10), "a few seconds");
        assert_eq!(rounded(60), "about 1 minute");
        assert_eq!(rounded(299), "about 5 minutes");
        assert_eq!(rounded(86_394), "about 24 hours");
        assert_eq!(rounded(2 * 86_400 + 3_600), "about 2 days");
    }
}
