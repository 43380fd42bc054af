//! The run's log: one timeline of what happened, in words, with seconds since the run began.
//! Bounded, so a days-long run cannot grow it without end (the report keeps the totals).

use std::collections::VecDeque;

use web_time::Instant;

/// Lines kept; older ones are dropped.
const LOG_LINES: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LogLine {
    /// Seconds since the run started.
    pub at_secs: f64,
    pub level: LogLevel,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Log {
    lines: VecDeque<LogLine>,
    started: Option<Instant>,
}

impl Log {
    /// An empty log whose clock starts now.
    pub fn starting_now() -> Self {
        Log { lines: VecDeque::new(), started: Some(Instant::now()) }
    }

    /// Seconds since the clock started (0 before).
    pub fn now(&self) -> f64 {
        self.started.map_or(0.0, |s| s.elapsed().as_secs_f64())
    }

    pub fn push(&mut self, level: LogLevel, text: String) {
        self.lines.push_back(LogLine { at_secs: self.now(), level, text });
        while self.lines.len() > LOG_LINES {
            self.lines.pop_front();
        }
    }

    pub fn lines(&self) -> impl DoubleEndedIterator<Item = &LogLine> + ExactSizeIterator {
        self.lines.iter()
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_keeps_the_latest_lines() {
        let mut log = Log::starting_now();
        for i in 0..LOG_LINES + 5 {
            log.push(LogLevel::Info, format!("line {i}"));
        }
        assert_eq!(log.len(), LOG_LINES);
        assert_eq!(log.lines().next().unwrap().text, "line 5");
        assert!(log.lines().all(|l| l.at_secs >= 0.0));
    }
}
