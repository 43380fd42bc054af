//! Reading a 429 answer: how long to wait before the server accepts requests again.
//!
//! The reference PDS sends `RateLimit-Reset` (epoch seconds) and `Retry-After` (seconds). Some
//! proxies send a reset as seconds-from-now instead, and browsers can only read these headers where
//! the server exposes them; without any, we wait a stated default.

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
}

/// Values below this are durations, not timestamps (no reset lies before 2001).
const EPOCH_THRESHOLD: u64 = 1_000_000_000;

pub fn wait_from_headers(headers: &HeaderMap, now_unix: u64, default: Duration) -> RateLimitWait {
    let num = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    let from_reset = num("ratelimit-reset").map(|r| if r >= EPOCH_THRESHOLD { r.saturating_sub(now_unix) } else { r });
    let from_retry_after = num("retry-after");
    let stated = from_reset.or(from_retry_after);
    match stated {
        Some(secs) => {
            // One second of margin: the reset is rounded down to whole seconds.
            let secs = secs.max(from_retry_after.unwrap_or(0)) + 1;
            RateLimitWait { wait: Duration::from_secs(secs), reset_at: now_unix + secs, stated: true }
        }
        None => RateLimitWait { wait: default, reset_at: now_unix + default.as_secs(), stated: false },
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
        assert_eq!(w, RateLimitWait { wait: Duration::from_secs(101), reset_at: 1_700_000_101, stated: true });
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
        assert_eq!(w, RateLimitWait { wait: Duration::from_secs(60), reset_at: 1_700_000_060, stated: false });
    }
}
