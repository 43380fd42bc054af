//! How failures are retried: a classifier says what kind of retry makes sense ([`RetryAdvice`]), a
//! policy says how often and how long to wait ([`RetryPolicy`]), and one combinator, [`retry`], acts
//! on both. Every retry loop of the engine is this combinator: the XRPC layer's replayable requests
//! (including `getBlob`) and session refresh, the repo import, and the strategies' whole-blob
//! transfers (whose bodies cannot be replayed). Each caller only says how to classify its errors and
//! what to tell listeners before a wait.

use std::future::Future;
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
    /// How long a request with a small answer (JSON, headers) may take before it counts as a
    /// transient failure: a server that accepts the connection and never answers is told in
    /// seconds. Bodies of blobs and repositories are not bound by it (they stream for as long as
    /// bytes move).
    pub request_timeout: Duration,
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
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// A policy for interactive checks (sign-in): fail fast when a server is down.
    pub fn quick() -> Self {
        RetryPolicy {
            max_attempts: 2,
            first_delay: Duration::from_millis(300),
            request_timeout: Duration::from_secs(10),
            ..Default::default()
        }
    }

    /// The wait before attempt `attempt` (1-based count of failures so far).
    pub fn backoff(&self, failures: u32) -> Duration {
        let factor = 1u32 << failures.saturating_sub(1).min(16);
        self.first_delay.saturating_mul(factor).min(self.max_delay)
    }
}

/// Immediate retries (after something was fixed, e.g. the session renewed) allowed before giving
/// up: renewing and sending again should work at once, so more means it keeps failing.
pub const MAX_IMMEDIATE: u32 = 3;

/// Why [`retry`] is about to wait; told to its `on_wait` before the wait begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// The server said when to come back (429). Uses up no attempt.
    RateLimited(Duration),
    /// A transient failure; `attempt` is the number of the attempt that follows (2 = first retry).
    Backoff { attempt: u32, delay: Duration },
}

/// A failure with the decision partly taken, for operations of several steps of which only some
/// may be retried: [`Failure::Final`] is never retried, [`Failure::Retryable`] is classified as usual.
#[derive(Debug)]
pub enum Failure<E> {
    Retryable(E),
    Final(E),
}

impl<E> Failure<E> {
    /// The advice for this failure, given how its error is classified.
    pub fn advice(&self, classify: impl Fn(&E) -> RetryAdvice) -> RetryAdvice {
        match self {
            Failure::Retryable(e) => classify(e),
            Failure::Final(_) => RetryAdvice::Never,
        }
    }

    pub fn error(&self) -> &E {
        match self {
            Failure::Retryable(e) | Failure::Final(e) => e,
        }
    }

    pub fn into_inner(self) -> E {
        match self {
            Failure::Retryable(e) | Failure::Final(e) => e,
        }
    }
}

/// Runs `op` until it succeeds or `classify` and `policy` say to stop, and returns the last error:
/// - [`RetryAdvice::Never`]: give up at once;
/// - [`RetryAdvice::Immediately`]: try again at once, at most [`MAX_IMMEDIATE`] times;
/// - [`RetryAdvice::After`]: wait as long as the server asked, without using up an attempt; a wait
///   longer than `policy.max_rate_limit_wait` gives up instead (the caller resumes another day);
/// - [`RetryAdvice::Backoff`]: wait [`RetryPolicy::backoff`], up to `policy.max_attempts` attempts
///   in all.
///
/// `on_wait` is told about each wait before it begins (progress events, logs). Waits use
/// [`crate::runtime::sleep`], which works on every target. Cancel-safe: dropping the future between
/// attempts or during a wait loses nothing but the remaining attempts.
pub async fn retry<T, E, Fut>(
    policy: &RetryPolicy,
    classify: impl Fn(&E) -> RetryAdvice,
    on_wait: impl FnMut(&E, Wait),
    op: impl FnMut() -> Fut,
) -> Result<T, E>
where
    Fut: Future<Output = Result<T, E>>,
{
    retry_with(policy, classify, on_wait, op, crate::runtime::sleep).await
}

/// [`retry`] with the timer given, so tests can count waits instead of waiting.
async fn retry_with<T, E, Fut, Sleep>(
    policy: &RetryPolicy,
    classify: impl Fn(&E) -> RetryAdvice,
    mut on_wait: impl FnMut(&E, Wait),
    mut op: impl FnMut() -> Fut,
    sleep: impl Fn(Duration) -> Sleep,
) -> Result<T, E>
where
    Fut: Future<Output = Result<T, E>>,
    Sleep: Future<Output = ()>,
{
    let mut failures = 0u32;
    let mut immediate = 0u32;
    loop {
        let err = match op().await {
            Ok(value) => return Ok(value),
            Err(err) => err,
        };
        let wait = match classify(&err) {
            RetryAdvice::Never => return Err(err),
            RetryAdvice::Immediately => {
                immediate += 1;
                if immediate > MAX_IMMEDIATE {
                    return Err(err);
                }
                continue;
            }
            RetryAdvice::After(wait) if wait > policy.max_rate_limit_wait => return Err(err),
            RetryAdvice::After(wait) => Wait::RateLimited(wait),
            RetryAdvice::Backoff => {
                failures += 1;
                if failures >= policy.max_attempts {
                    return Err(err);
                }
                Wait::Backoff { attempt: failures + 1, delay: policy.backoff(failures) }
            }
        };
        on_wait(&err, wait);
        sleep(match wait {
            Wait::RateLimited(d) | Wait::Backoff { delay: d, .. } => d,
        })
        .await;
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};

    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    /// Runs [`retry_with`] over scripted results (`Err(advice)` fails with that advice) and records
    /// the attempts made, what `on_wait` was told and what the timer was asked to wait.
    async fn run(
        policy: &RetryPolicy,
        script: &[Result<u32, RetryAdvice>],
    ) -> (Result<u32, RetryAdvice>, u32, Vec<Wait>, Vec<Duration>) {
        let calls = Cell::new(0u32);
        let told = RefCell::new(Vec::new());
        let slept = RefCell::new(Vec::new());
        let result = retry_with(
            policy,
            |advice: &RetryAdvice| *advice,
            |_, wait| told.borrow_mut().push(wait),
            || {
                let n = calls.get();
                calls.set(n + 1);
                let step = script[(n as usize).min(script.len() - 1)];
                async move { step }
            },
            |d| {
                slept.borrow_mut().push(d);
                async {}
            },
        )
        .await;
        (result, calls.get(), told.into_inner(), slept.into_inner())
    }

    fn policy(max_attempts: u32) -> RetryPolicy {
        RetryPolicy {
            max_attempts,
            first_delay: SECOND,
            max_delay: 4 * SECOND,
            default_rate_limit_wait: 60 * SECOND,
            max_rate_limit_wait: 100 * SECOND,
            request_timeout: 30 * SECOND,
        }
    }

    #[tokio::test]
    async fn success_at_once_needs_no_wait() {
        let (result, calls, told, slept) = run(&policy(3), &[Ok(7)]).await;
        assert_eq!((result, calls), (Ok(7), 1));
        assert!(told.is_empty() && slept.is_empty());
    }

    #[tokio::test]
    async fn backoff_doubles_and_stops_after_max_attempts() {
        let (result, calls, told, slept) = run(&policy(4), &[Err(RetryAdvice::Backoff)]).await;
        assert_eq!((result, calls), (Err(RetryAdvice::Backoff), 4));
        assert_eq!(
            told,
            vec![
                Wait::Backoff { attempt: 2, delay: SECOND },
                Wait::Backoff { attempt: 3, delay: 2 * SECOND },
                Wait::Backoff { attempt: 4, delay: 4 * SECOND },
            ]
        );
        assert_eq!(slept, vec![SECOND, 2 * SECOND, 4 * SECOND]);
    }

    #[tokio::test]
    async fn one_attempt_means_no_retry() {
        let (result, calls, told, _) = run(&policy(1), &[Err(RetryAdvice::Backoff), Ok(1)]).await;
        assert_eq!((result, calls), (Err(RetryAdvice::Backoff), 1));
        assert!(told.is_empty());
    }

    #[tokio::test]
    async fn never_gives_up_at_once() {
        let (result, calls, told, _) = run(&policy(5), &[Err(RetryAdvice::Never), Ok(1)]).await;
        assert_eq!((result, calls), (Err(RetryAdvice::Never), 1));
        assert!(told.is_empty());
    }

    #[tokio::test]
    async fn rate_limit_waits_use_up_no_attempt() {
        let after = RetryAdvice::After(30 * SECOND);
        let script = [Err(after), Err(RetryAdvice::Backoff), Err(after), Err(after), Ok(9)];
        let (result, calls, told, slept) = run(&policy(2), &script).await;
        assert_eq!((result, calls), (Ok(9), 5));
        assert_eq!(
            told,
            vec![
                Wait::RateLimited(30 * SECOND),
                Wait::Backoff { attempt: 2, delay: SECOND },
                Wait::RateLimited(30 * SECOND),
                Wait::RateLimited(30 * SECOND),
            ]
        );
        assert_eq!(slept, vec![30 * SECOND, SECOND, 30 * SECOND, 30 * SECOND]);
    }

    #[tokio::test]
    async fn a_rate_limit_wait_over_the_maximum_gives_up_without_waiting() {
        let too_long = RetryAdvice::After(101 * SECOND);
        let (result, calls, told, slept) = run(&policy(5), &[Err(too_long), Ok(1)]).await;
        assert_eq!((result, calls), (Err(too_long), 1));
        assert!(told.is_empty() && slept.is_empty());
    }

    #[tokio::test]
    async fn immediate_retries_do_not_wait_and_are_bounded() {
        let (result, calls, told, slept) = run(&policy(5), &[Err(RetryAdvice::Immediately), Ok(2)]).await;
        assert_eq!((result, calls), (Ok(2), 2));
        assert!(told.is_empty() && slept.is_empty());
        let (result, calls, _, _) = run(&policy(5), &[Err(RetryAdvice::Immediately)]).await;
        assert_eq!((result, calls), (Err(RetryAdvice::Immediately), MAX_IMMEDIATE + 1));
    }

    #[test]
    fn a_final_failure_is_never_retried() {
        let classify = |_: &u8| RetryAdvice::Backoff;
        assert_eq!(Failure::Final(1).advice(classify), RetryAdvice::Never);
        assert_eq!(Failure::Retryable(1).advice(classify), RetryAdvice::Backoff);
        assert_eq!(Failure::Final(3).into_inner(), 3);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1), Duration::from_millis(500));
        assert_eq!(p.backoff(2), Duration::from_secs(1));
        assert_eq!(p.backoff(3), Duration::from_secs(2));
        assert_eq!(p.backoff(30), Duration::from_secs(20));
    }
}
