//! Host-wide rate-limit gates. Once a server answers 429 to one kind of call (one NSID), every
//! request of that kind to that server waits until the reset, across all blobs in flight, instead
//! of each request spending a call (and the IP's standing, against a daily `uploadBlob` limit) to
//! learn the same thing. Other kinds of call go on: a PDS limits them separately.
//!
//! One set of gates per [`super::XrpcClient`], that is per server. Waiting is a plain timer, so it
//! is cancel-safe; the request that met the 429 announces the wait, the others wait quietly.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use url::Url;

use crate::runtime::{sleep, unix_now};

#[derive(Default)]
pub struct Gates {
    // A std mutex: never held across an await.
    reopen_at: Mutex<HashMap<String, u64>>,
}

impl Gates {
    /// The server accepts calls of `nsid` again at `reset_at` (Unix seconds).
    pub fn close(&self, nsid: &str, reset_at: u64) {
        let mut gates = self.reopen_at.lock().unwrap_or_else(|e| e.into_inner());
        let at = gates.entry(nsid.to_owned()).or_insert(0);
        *at = (*at).max(reset_at);
    }

    /// When calls of `nsid` may go again, if that is still in the future.
    pub fn closed_until(&self, nsid: &str) -> Option<u64> {
        let gates = self.reopen_at.lock().unwrap_or_else(|e| e.into_inner());
        gates.get(nsid).copied().filter(|at| *at > unix_now())
    }

    /// Waits until calls of `nsid` may go again (at once when the gate is open).
    pub async fn pass(&self, nsid: &str) {
        while let Some(at) = self.closed_until(nsid) {
            let now = unix_now();
            sleep(Duration::from_secs(at.saturating_sub(now).max(1))).await;
        }
    }
}

/// The NSID an XRPC URL calls: `…/xrpc/com.atproto.repo.uploadBlob?…` → `com.atproto.repo.uploadBlob`.
pub fn nsid_of(url: &Url) -> String {
    url.path().rsplit('/').next().unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gate_closes_per_kind_of_call_until_its_reset() {
        let gates = Gates::default();
        let later = unix_now() + 30;
        gates.close("com.atproto.repo.uploadBlob", later);
        gates.close("com.atproto.repo.uploadBlob", later - 10);
        assert_eq!(gates.closed_until("com.atproto.repo.uploadBlob"), Some(later), "the later reset wins");
        assert_eq!(gates.closed_until("com.atproto.sync.getBlob"), None, "other calls go on");
        gates.close("com.atproto.sync.getBlob", unix_now().saturating_sub(1));
        assert_eq!(gates.closed_until("com.atproto.sync.getBlob"), None, "a past reset is open");
        let url = Url::parse("https://pds.example/xrpc/com.atproto.repo.uploadBlob?x=1").unwrap();
        assert_eq!(nsid_of(&url), "com.atproto.repo.uploadBlob");
    }

    #[tokio::test]
    async fn an_open_gate_does_not_wait() {
        let gates = Gates::default();
        let started = std::time::Instant::now();
        gates.pass("com.atproto.repo.uploadBlob").await;
        assert!(started.elapsed() < Duration::from_millis(100));
    }
}
