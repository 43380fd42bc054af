//! How many blobs are in flight. Pinned when the user says (`--concurrency N`); otherwise adaptive:
//! start from the plan's number and double it while the throughput grows, up to a ceiling set by
//! the memory budget (and, in a browser, by its connections per server).
//!
//! Why: on a link with latency each blob waits at least two round trips (the download's headers,
//! then the upload's answer) during which it moves nothing, so a few blobs at once cannot fill a
//! long pipe (measured: 4 at once used 0.57 of a 20 Mbit/s, 120 ms link; 16 used 0.96). On loopback
//! more blobs only add memory. The throughput decides, not a constant.
//!
//! The rules: a window lasts at least a full round of blobs (as many completions as are in flight)
//! and [`RAMP_WINDOW`]. After a window whose rate beat the best so far by [`GAIN`], the number
//! doubles (up to the ceiling); a window of at least [`WINDOW`] that did not settles it: where it
//! is if that window still beat the best, else back at the number before the last doubling (which
//! bought nothing but memory). Retries or rate limits in a window halve it and settle it: the
//! servers are asking for less, not more. The controller is pure (time is passed in), so the
//! rules are unit-tested without a network.

use serde::Serialize;

use crate::runtime::Instant;

/// The window over which "more blobs did not help" is judged.
pub const WINDOW: std::time::Duration = std::time::Duration::from_millis(1500);
/// The shortest window after which growth is acted on: a transfer of 20 s over a long pipe cannot
/// afford 1.5 s per doubling (measured: 0.86 of the link at the default against 0.91 pinned at 16).
pub const RAMP_WINDOW: std::time::Duration = std::time::Duration::from_millis(500);
/// How much faster a window must be than the best so far to count as growth.
pub const GAIN: f64 = 1.10;

/// Blobs in flight: from `start`, up to `ceiling` (equal when pinned).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Concurrency {
    pub start: usize,
    pub ceiling: usize,
}

impl Concurrency {
    pub fn fixed(n: usize) -> Self {
        Concurrency { start: n.max(1), ceiling: n.max(1) }
    }

    pub fn adaptive(start: usize, ceiling: usize) -> Self {
        let start = start.max(1);
        Concurrency { start, ceiling: ceiling.max(start) }
    }

    pub fn is_adaptive(&self) -> bool {
        self.ceiling > self.start
    }
}

/// A change of the number in flight, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub to: usize,
    pub reason: String,
}

/// The adaptive rules (see the module docs) over one transfer.
pub struct Controller {
    /// The user pinned the number: it never changes.
    pinned: bool,
    current: usize,
    ceiling: usize,
    /// Before the last doubling (to go back to if it made things slower).
    previous: Option<usize>,
    best_rate: f64,
    settled: bool,
    window_start: Option<(Instant, u64)>,
    completions: usize,
    trouble: bool,
    peak: usize,
}

impl Controller {
    pub fn new(c: Concurrency) -> Self {
        Controller {
            pinned: !c.is_adaptive(),
            current: c.start,
            ceiling: c.ceiling,
            previous: None,
            best_rate: 0.0,
            settled: false,
            window_start: None,
            completions: 0,
            trouble: false,
            peak: c.start,
        }
    }

    /// Blobs to keep in flight now.
    pub fn limit(&self) -> usize {
        self.current
    }

    /// The most that were allowed in flight.
    pub fn peak(&self) -> usize {
        self.peak
    }

    /// A blob finished at `now`, with `bytes` moved by the whole transfer so far; `trouble`: it
    /// was retried, rate limited or failed. Returns the new number in flight, if it changes.
    pub fn observe(&mut self, now: Instant, bytes: u64, trouble: bool) -> Option<Change> {
        if self.pinned {
            return None;
        }
        self.trouble |= trouble;
        // The first window begins at the first completion, not at the start: connection set-up
        // (TLS handshakes, the first round trips) would make the next window look like growth on
        // any link, loopback included.
        let Some((started, from)) = self.window_start else {
            self.window_start = Some((now, bytes));
            return None;
        };
        self.completions += 1;
        let elapsed = now.duration_since(started);
        if self.settled && !self.trouble {
            return None;
        }
        if elapsed < RAMP_WINDOW || (self.completions < self.current && !self.trouble) {
            return None;
        }
        let rate = bytes.saturating_sub(from) as f64 / elapsed.as_secs_f64().max(1e-3);
        let growing = rate > self.best_rate * GAIN;
        // Growth is acted on after a short window; "no gain" is judged over a full one, so that a
        // short lull does not settle the number for the rest of the transfer.
        if !growing && !self.trouble && elapsed < WINDOW {
            return None;
        }
        self.window_start = Some((now, bytes));
        self.completions = 0;
        let change = if std::mem::take(&mut self.trouble) {
            self.settled = true;
            let to = (self.current / 2).max(1);
            (to != self.current).then(|| Change { to, reason: "the servers are retrying or limiting requests".into() })
        } else if growing {
            self.best_rate = rate;
            if self.current < self.ceiling {
                self.previous = Some(self.current);
                let to = (self.current * 2).min(self.ceiling);
                Some(Change { to, reason: format!("throughput still growing ({}/s)", rate_words(rate)) })
            } else {
                // Still growing, but at the ceiling: stay.
                self.settled = true;
                None
            }
        } else if rate > self.best_rate {
            // The last doubling still helped, by less than it takes to try another: keep it
            // (measured on a long pipe: going back from 16 to 8 over a gain of 8 % cost 3 % of
            // the link for the rest of the transfer).
            self.settled = true;
            None
        } else {
            self.settled = true;
            // The last doubling bought nothing: the fewer blobs move as much with less memory.
            self.previous.take().map(|back| Change {
                to: back,
                reason: format!("more blobs at once did not help ({}/s)", rate_words(rate)),
            })
        };
        if let Some(c) = &change {
            self.current = c.to;
            self.peak = self.peak.max(c.to);
        }
        change
    }
}

fn rate_words(bytes_per_sec: f64) -> String {
    crate::strategy::selection::human_bytes(bytes_per_sec as u64)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    /// Feeds a controller windows of `rate(limit)` bytes per second, one completion per blob in
    /// flight per window, and returns the limits it went through.
    fn run(c: Concurrency, rate: impl Fn(usize) -> f64, windows: usize, trouble_at: Option<usize>) -> Vec<usize> {
        let mut ctl = Controller::new(c);
        let t0 = Instant::now();
        // The first completion only opens the first window.
        assert_eq!(ctl.observe(t0, 0, false), None);
        let (mut t, mut bytes) = (Duration::ZERO, 0u64);
        let mut seen = vec![ctl.limit()];
        for w in 0..windows {
            let n = ctl.limit();
            for i in 0..n {
                t += WINDOW / n as u32 + Duration::from_millis(1);
                bytes += (rate(n) * (WINDOW.as_secs_f64() / n as f64)) as u64;
                let trouble = trouble_at == Some(w) && i == 0;
                if let Some(change) = ctl.observe(t0 + t, bytes, trouble) {
                    seen.push(change.to);
                }
            }
        }
        seen
    }

    #[test]
    fn it_grows_while_throughput_grows_and_stops_where_it_stops_growing() {
        // A long pipe: throughput proportional to blobs in flight up to 16, flat after.
        let seen = run(Concurrency::adaptive(4, 64), |n| (n.min(16) as f64) * 1e6, 10, None);
        assert_eq!(seen, vec![4, 8, 16, 32, 16], "32 moved no more than 16: back to 16");
        // Loopback: no gain from more blobs: it tries one doubling and settles back.
        let seen = run(Concurrency::adaptive(4, 64), |n| 1e8 - n as f64, 10, None);
        assert_eq!(seen, vec![4, 8, 4]);
    }

    #[test]
    fn growth_needs_only_a_short_window_but_settling_a_full_one() {
        // Completions every 50 ms, throughput proportional to the blobs in flight up to 16.
        let mut ctl = Controller::new(Concurrency::adaptive(4, 64));
        let t0 = Instant::now();
        let (mut t, mut bytes) = (Duration::ZERO, 0u64);
        let mut reached_16_at = None;
        let mut went_back_at = None;
        while t < Duration::from_secs(6) {
            t += Duration::from_millis(50);
            bytes += (ctl.limit().min(16) as f64 * 1e6 * 0.05) as u64;
            if let Some(change) = ctl.observe(t0 + t, bytes, false) {
                if change.to == 16 && reached_16_at.is_none() {
                    reached_16_at = Some(t);
                }
                if change.to < 32 && ctl.peak() == 32 {
                    went_back_at = Some(t);
                }
            }
        }
        let reached = reached_16_at.expect("grew to 16");
        assert!(reached <= Duration::from_millis(1100), "two doublings took {reached:?}");
        let back = went_back_at.expect("32 bought nothing: back to 16");
        assert!(back >= reached + RAMP_WINDOW + WINDOW, "settled after a short window ({back:?})");
        assert_eq!(ctl.limit(), 16);
    }

    #[test]
    fn a_doubling_that_helped_a_little_is_kept() {
        // 16 moves 5 % more than 8: not enough to try 32, but no reason to go back to 8.
        let seen = run(Concurrency::adaptive(4, 64), |n| if n >= 16 { 8.4e6 } else { n as f64 * 1e6 }, 10, None);
        assert_eq!(seen, vec![4, 8, 16]);
    }

    #[test]
    fn the_ceiling_holds_and_a_pinned_number_never_moves() {
        let seen = run(Concurrency::adaptive(4, 6), |n| n as f64 * 1e6, 10, None);
        assert_eq!(seen.last(), Some(&6));
        assert!(seen.iter().all(|&n| n <= 6));
        let seen = run(Concurrency::fixed(3), |n| n as f64 * 1e6, 10, None);
        assert_eq!(seen, vec![3]);
    }

    #[test]
    fn trouble_halves_and_settles_even_when_pinned_high() {
        let seen = run(Concurrency::adaptive(8, 64), |n| n as f64 * 1e6, 10, Some(1));
        assert_eq!(seen, vec![8, 16, 8], "doubled once, then halved by the trouble and settled");
        let ctl = Controller::new(Concurrency::adaptive(4, 64));
        assert_eq!(ctl.peak(), 4);
    }
}
