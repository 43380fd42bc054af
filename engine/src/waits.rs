//! A wait in the person's words: when it ends in their own time zone, with the day when it is not
//! today, and roughly how long that is ("until tomorrow, 8 Dec, 22:33 (in about 24 hours)"). A
//! server's daily upload limit can stop a move for most of a day, and a bare "86394s, until
//! 22:33:16 UTC" said at 22:34 reads as a minute. The CLI and the app say waits through here.

use chrono::{DateTime, Datelike, FixedOffset, Local, Offset, TimeZone};

use crate::xrpc::rate_limit::Quota;

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

/// How long `left` more blobs take at a server's stated pace, the current wait of `wait_secs`
/// first: "at this server's pace (1000 requests a day), the 2400 blobs still to go take about 2
/// days". `None` when they fit into the next window (the wait itself says all).
pub fn pace_words(quota: Quota, left: u64, wait_secs: u64) -> Option<String> {
    if left <= quota.requests {
        return None;
    }
    let more_windows = left.div_ceil(quota.requests) - 1;
    let secs = wait_secs + more_windows * quota.window_secs;
    Some(format!(
        "at this server's pace ({} requests {}), the {left} blobs still to go take {}",
        quota.requests,
        per(quota.window_secs),
        rounded(secs)
    ))
}

/// "a day", "every 2 hours", "every 8 seconds".
fn per(window_secs: u64) -> String {
    for (unit, secs, one) in [("day", 86_400, "a day"), ("hour", 3_600, "an hour"), ("minute", 60, "a minute")] {
        if window_secs.is_multiple_of(secs) {
            let n = window_secs / secs;
            return if n == 1 { one.to_owned() } else { format!("every {n} {unit}s") };
        }
    }
    format!("every {window_secs} seconds")
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
    fn a_stated_pace_says_how_long_the_rest_takes() {
        let daily = Quota { requests: 1000, window_secs: 86_400 };
        // 2400 to go, the window reopens in 10 hours: then 1000, a day later 1000, a day later 400.
        let words = pace_words(daily, 2400, 10 * 3600).unwrap();
        assert_eq!(words, "at this server's pace (1000 requests a day), the 2400 blobs still to go take about 2 days");
        assert_eq!(pace_words(daily, 1000, 3600), None, "the next window takes them all");
        let short = Quota { requests: 3, window_secs: 8 };
        assert_eq!(
            pace_words(short, 7, 5).unwrap(),
            "at this server's pace (3 requests every 8 seconds), the 7 blobs still to go take a few seconds"
        );
        assert_eq!(per(2 * 3600), "every 2 hours");
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
