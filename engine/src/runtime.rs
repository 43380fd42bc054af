//! Timers that work on every target: tokio's on native, the browser's on wasm32, where `tokio::time`
//! panics. `Instant` comes from `web-time` for the same reason.

use std::time::Duration;

pub use web_time::{Instant, SystemTime, UNIX_EPOCH};

/// Waits for `duration` without blocking the executor.
pub async fn sleep(duration: Duration) {
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(duration).await;
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::sleep(duration).await;
}

/// Seconds since the Unix epoch, for comparing with `RateLimit-Reset` and JWT `exp`.
pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
