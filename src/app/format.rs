//! Numbers in words for the views, in the current language: sizes, rates, durations, short CIDs,
//! clock times (in the person's own time zone).

use tektite_i18n::tr;

pub use tektite_i18n::numbers::{bytes, duration};

/// `1.4 MiB/s`; `—` before anything has moved.
pub fn rate(bytes_per_sec: f64) -> String {
    if !bytes_per_sec.is_finite() || bytes_per_sec < 1.0 {
        return "—".to_owned();
    }
    tr!("format-rate", size = bytes(bytes_per_sec as u64))
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
    match secs {
        0..120 => tr!("format-just-now"),
        120..7200 => tr!("format-minutes-ago", count = secs / 60),
        7200..86_400 => tr!("format-hours-ago", count = secs / 3600),
        86_400..172_800 => tr!("format-yesterday"),
        _ => tr!("format-days-ago", count = secs / 86_400),
    }
}

/// A Unix time as `HH:MM:SS` on the person's clock (their time zone, as the system or the browser
/// says it).
pub fn clock(unix: u64) -> String {
    let local = unix as i64 + tektite_engine::waits::local_offset_secs(unix) as i64;
    let day = local.rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", day / 3600, (day % 3600) / 60, day % 60)
}

/// A percentage of `part` in `whole`, clamped to 0–100; 0 when `whole` is unknown or zero.
pub fn percent(part: u64, whole: Option<u64>) -> f64 {
    match whole {
        Some(w) if w > 0 => (part as f64 * 100.0 / w as f64).clamp(0.0, 100.0),
        _ => 0.0,
    }
}

/// A blob strategy's name in words (its `Display` is the identifier the CLI and JSON use).
pub fn strategy(kind: tektite_engine::StrategyKind) -> String {
    match kind {
        tektite_engine::StrategyKind::Streaming => tr!("strategy-streaming"),
        tektite_engine::StrategyKind::Storage => tr!("strategy-storage"),
    }
}

/// `1 blob`, `3 blobs`.
pub fn blobs(n: usize) -> String {
    tr!("blobs-count", count = n)
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
        assert_eq!(percent(5, Some(10)), 50.0);
        assert_eq!(percent(5, None), 0.0);
        assert_eq!(blobs(1), "1 blob");
    }
}
