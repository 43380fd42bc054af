//! A wait in the person's words: when it ends in their own time zone, with the day when it is not
//! today, and roughly how long that is ("until tomorrow, 8 Dec, 22:33 (in about 24 hours)"). A
//! server's daily upload limit can stop a move for most of a day, and a bare "86394s, until
//! 22:33:16 UTC" said at 22:34 reads as a minute. The CLI and the app say waits through here.

use chrono::{DateTime, Datelike, FixedOffset, Local, Offset, TimeZone};
use tektite_i18n::tr;

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
    let clock = at(until).format("%H:%M").to_string();
    let rounded = rounded(until.saturating_sub(now));
    // Month and weekday names are the catalogue's (chrono's are English only).
    let month = month_name(then.month());
    let day = then.day();
    match (then - today).num_days() {
        0 => tr!("wait-until-today", clock = clock, rounded = rounded),
        1 => tr!("wait-until-tomorrow", day = day, month = month, clock = clock, rounded = rounded),
        _ => {
            let weekday = weekday_name(then.weekday().num_days_from_monday());
            tr!("wait-until-day", weekday = weekday, day = day, month = month, clock = clock, rounded = rounded)
        }
    }
}

fn month_name(month: u32) -> String {
    match month {
        1 => tr!("month-1"),
        2 => tr!("month-2"),
        3 => tr!("month-3"),
        4 => tr!("month-4"),
        5 => tr!("month-5"),
        6 => tr!("month-6"),
        7 => tr!("month-7"),
        8 => tr!("month-8"),
        9 => tr!("month-9"),
        10 => tr!("month-10"),
        11 => tr!("month-11"),
        _ => tr!("month-12"),
    }
}

fn weekday_name(from_monday: u32) -> String {
    match from_monday {
        0 => tr!("weekday-1"),
        1 => tr!("weekday-2"),
        2 => tr!("weekday-3"),
        3 => tr!("weekday-4"),
        4 => tr!("weekday-5"),
        5 => tr!("weekday-6"),
        _ => tr!("weekday-7"),
    }
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
    Some(tr!(
        "wait-pace",
        requests = quota.requests,
        per = per(quota.window_secs),
        left = left,
        rounded = rounded(secs)
    ))
}

/// "a day", "every 2 hours", "every 8 seconds".
fn per(window_secs: u64) -> String {
    if window_secs.is_multiple_of(86_400) {
        tr!("wait-per-days", count = window_secs / 86_400)
    } else if window_secs.is_multiple_of(3_600) {
        tr!("wait-per-hours", count = window_secs / 3_600)
    } else if window_secs.is_multiple_of(60) {
        tr!("wait-per-minutes", count = window_secs / 60)
    } else {
        tr!("wait-per-seconds", count = window_secs)
    }
}

/// A duration as people say it: "a few seconds", "about 5 minutes", "about 24 hours", "about 3 days".
pub fn rounded(secs: u64) -> String {
    match secs {
        0..=44 => tr!("about-seconds"),
        45..=5_399 => tr!("about-minutes", count = secs.div_ceil(60).max(1)),
        5_400..=129_599 => tr!("about-hours", count = (secs + 1_800) / 3_600),
        _ => tr!("about-days", count = (secs + 43_200) / 86_400),
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
        assert_eq!(
            words,
            "at this server's pace (1,000 requests a day), the 2,400 blobs still to go take about 2 days"
        );
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
