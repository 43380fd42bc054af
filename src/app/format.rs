//! Numbers in words for the views: sizes, rates, durations, short CIDs, clock times.

pub use tektite_engine::strategy::selection::human_bytes as bytes;

/// `1.4 MiB/s`; `—` before anything has moved.
pub fn rate(bytes_per_sec: f64) -> String {
    if !bytes_per_sec.is_finite() || bytes_per_sec < 1.0 {
        return "—".to_owned();
    }
    format!("{}/s", bytes(bytes_per_sec as u64))
}

/// `42 s`, `3 min 05 s`, `2 h 07 min`.
pub fn duration(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min {:02} s", s / 60, s % 60),
        _ => format!("{} h {:02} min", s / 3600, (s % 3600) / 60),
    }
}

/// The start and end of a CID, enough to tell blobs apart: `bafkrei…x7q4`.
pub fn short_cid(cid: &str) -> String {
    if cid.len() <= 16 {
        return cid.to_owned();
    }
    format!("{}…{}", &cid[..8], &cid[cid.len() - 6..])
}

/// How long before `now` the moment `then` was: "just now", "25 minutes ago", "3 hours ago",
/// "yesterday", "12 days ago".
pub fn ago(now: u64, then: u64) -> String {
    let secs = now.saturating_sub(then);
    let plural = |n: u64, unit: &str| if n == 1 { format!("1 {unit} ago") } else { format!("{n} {unit}s ago") };
    match secs {
        0..120 => "just now".to_owned(),
        120..7200 => plural(secs / 60, "minute"),
        7200..86_400 => plural(secs / 3600, "hour"),
        86_400..172_800 => "yesterday".to_owned(),
        _ => plural(secs / 86_400, "day"),
    }
}

/// A Unix time as `HH:MM:SS UTC` (the app has no time zone database).
pub fn utc_clock(unix: u64) -> String {
    let day = unix % 86_400;
    format!("{:02}:{:02}:{:02} UTC", day / 3600, (day % 3600) / 60, day % 60)
}

/// A percentage of `part` in `whole`, clamped to 0–100; 0 when `whole` is unknown or zero.
pub fn percent(part: u64, whole: Option<u64>) -> f64 {
    match whole {
        Some(w) if w > 0 => (part as f64 * 100.0 / w as f64).clamp(0.0, 100.0),
        _ => 0.0,
    }
}

/// `1 blob`, `3 blobs`.
pub fn blobs(n: usize) -> String {
    if n == 1 {
        "1 blob".to_owned()
    } else {
        format!("{n} blobs")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_numbers() {
        assert_eq!(rate(0.0), "—");
        assert_eq!(rate(1536.0 * 1024.0), "1.5 MiB/s");
        assert_eq!(duration(42.4), "42 s");
        assert_eq!(duration(185.0), "3 min 05 s");
        assert_eq!(duration(7620.0), "2 h 07 min");
        assert_eq!(short_cid("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"), "bafkreih…quvyku");
        assert_eq!(utc_clock(86_400 + 3600 + 61), "01:01:01 UTC");
        assert_eq!(percent(5, Some(10)), 50.0);
        assert_eq!(percent(5, None), 0.0);
        assert_eq!(blobs(1), "1 blob");
    }
}
