//! Reading a 429 answer: how long to wait before the server accepts requests again.
//!
//! The reference PDS sends `RateLimit-Reset` (epoch seconds) and `Retry-After` (seconds). Some
//! proxies send a reset as seconds-from-now instead, and browsers can only read these headers where
//! the server exposes them; without any, we wait a stated default. `RateLimit-Policy`
//! (`1000;w=86400`) says the server's pace, from which a long move's days are estimated.

use std::time::Duration;

use reqwest::header::HeaderMap;

/// The wait a 429 asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitWait {
    pub wait: Duration,
    /// When requests are accepted again, in Unix seconds.
    pub reset_at: u64,
    /// Whether the server said so (false: our default).
    pub stated: bool,
    /// The server's pace, where its `RateLimit-Policy` states one.
    pub quota: Option<Quota>,
}

/// A server's stated pace: `requests` per `window_secs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Quota {
    pub requests: u64,
    pub window_secs: u64,
}

/// `RateLimit-Policy: 1000;w=86400` (the first policy where several are listed).
fn quota_from(headers: &HeaderMap) -> Option<Quota> {
    let policy = headers.get("ratelimit-policy")?.to_str().ok()?.split(',').next()?.trim().to_owned();
    let mut parts = policy.split(';').map(str::trim);
    let requests = parts.next()?.parse().ok().filter(|n| *n > 0)?;
    let window_secs = parts.find_map(|p| p.strip_prefix("w=")).and_then(|w| w.parse().ok()).filter(|w| *w > 0)?;
    Some(Quota { requests, window_secs })
}

/// Values below this are durations, not timestamps (no reset lies before 2001).
const EPOCH_THRESHOLD: u64 = 1_000_000_000;

pub fn wait_from_headers(headers: &HeaderMap, now_unix: u64, default: Duration) -> RateLimitWait {
    let num = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    let from_reset = num("ratelimit-reset").map(|r| if r >= EPOCH_THRESHOLD { r.saturating_sub(now_unix) } else { r });
    let from_retry_after = num("retry-after");
    let stated = from_reset.or(from_retry_after);
    let quota = quota_from(headers);
    match stated {
        Some(secs) => {
            // One second of margin: the reset is rounded down to whole seconds.
            let secs = secs.max(from_retry_after.unwrap_or(0)) + 1;
            RateLimitWait { wait: Duration::from_secs(secs), reset_at: now_unix + secs, stated: true, quota }
        }
        None => RateLimitWait { wait: default, reset_at: now_unix + default.as_secs(), stated: false, quota },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn epoch_reset_becomes_a_wait() {
        let w =
            wait_from_headers(&headers(&[("ratelimit-reset", "1700000100")]), 1_700_000_000, Duration::from_secs(60));
        assert_eq!(
            w,
            RateLimitWait { wait: Duration::from_secs(101), reset_at: 1_700_000_101, stated: true, quota: None }
        );
    }

    #[test]
    fn relative_reset_and_retry_after_are_understood() {
        let w = wait_from_headers(&headers(&[("ratelimit-reset", "5")]), 1_700_000_000, Duration::from_secs(60));
        assert_eq!(w.wait, Duration::from_secs(6));
        let w = wait_from_headers(&headers(&[("retry-after", "10")]), 1_700_000_000, Duration::from_secs(60));
        assert_eq!(w.wait, Duration::from_secs(11));
    }

    #[test]
    fn no_headers_means_the_default_and_says_so() {
        let w = wait_from_headers(&HeaderMap::new(), 1_700_000_000, Duration::from_secs(60));
        assert_eq!(
            w,
            RateLimitWait { wait: Duration::from_secs(60), reset_at: 1_700_000_060, stated: false, quota: None }
        );
    }

    #[test]
    fn the_servers_pace_is_read_from_its_policy() {
        let h = headers(&[("ratelimit-reset", "1700000100"), ("ratelimit-policy", "1000;w=86400")]);
        let w = wait_from_headers(&h, 1_700_000_000, Duration::from_secs(60));
        assert_eq!(w.quota, Some(Quota { requests: 1000, window_secs: 86_400 }));
        let several = headers(&[("ratelimit-policy", "3;w=8, 100;w=3600")]);
        assert_eq!(quota_from(&several), Some(Quota { requests: 3, window_secs: 8 }));
        assert_eq!(quota_from(&headers(&[("ratelimit-policy", "1000")])), None, "no window, no pace");
        assert_eq!(quota_from(&headers(&[("ratelimit-policy", "x;w=1")])), None);
    }
}
