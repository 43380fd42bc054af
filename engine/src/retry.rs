//! How failures are retried: a classifier says what kind of retry makes sense, a policy says how
//! often and how long to wait. Both the XRPC layer (replayable requests) and the strategies (whole
//! blob transfers, whose bodies cannot be replayed) use them.

use std::time::Duration;

/// What to do about a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAdvice {
    /// Permanent: the same request will fail the same way (bad input, 4xx, integrity, too large).
    Never,
    /// Transient (network, 5xx): retry with exponential backoff, a limited number of times.
    Backoff,
    /// The server said when to come back (429): wait that long; does not use up an attempt.
    After(Duration),
    /// Something was fixed already (the session was renewed): retry at once.
    Immediately,
}

/// Backoff settings for transient failures.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in total for transient failures (1 = no retry).
    pub max_attempts: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
    /// How long to wait after a 429 that does not say when to come back.
    pub default_rate_limit_wait: Duration,
    /// Longest single rate-limit wait accepted; a longer one is reported as an error so the caller
    /// can stop and resume later (e.g. the next day) instead of hanging.
    pub max_rate_limit_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            first_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(20),
            default_rate_limit_wait: Duration::from_secs(60),
            max_rate_limit_wait: Duration::from_secs(26 * 3600),
        }
    }
}

impl RetryPolicy {
    /// A policy for interactive checks (sign-in): fail fast when a server is down.
    pub fn quick() -> Self {
        RetryPolicy { max_attempts: 2, first_delay: Duration::from_millis(300), ..Default::default() }
    }

    /// The wait before attempt `attempt` (1-based count of failures so far).
    pub fn backoff(&self, failures: u32) -> Duration {
        let factor = 1u32 << failures.saturating_sub(1).min(16);
        self.first_delay.saturating_mul(factor).min(self.max_delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1), Duration::from_millis(500));
        assert_eq!(p.backoff(2), Duration::from_secs(1));
        assert_eq!(p.backoff(3), Duration::from_secs(2));
        assert_eq!(p.backoff(30), Duration::from_secs(20));
    }
}
