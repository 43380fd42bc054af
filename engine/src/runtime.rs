//! Time that works on every target: [`sleep`] is the transport seam's timer (tokio's natively, the
//! browser's on wasm32, where `tokio::time` panics), and `Instant`/`SystemTime` come from `web-time`
//! because `std::time::Instant::now()` panics on wasm32.

pub use crate::transport::sleep;
pub use web_time::{Instant, SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch, for comparing with `RateLimit-Reset` and JWT `exp`.
pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}
