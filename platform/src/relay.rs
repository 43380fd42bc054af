//! A follower fed by the writer itself ([`crate::CacheWriter::follow`]), for caches that cannot read
//! an entry while it is still being written (the browser's OPFS, IndexedDB and LocalStorage): each
//! chunk written is handed on as well, one chunk late, as `follow` promises — the newest chunk is
//! held back until the next one is written or the entry is committed, and a discarded entry fails
//! the follower instead. So an upload fed by it cannot complete before the engine has checked the
//! blob against its CID.
//!
//! The hand-over is bounded: a writer whose follower lags waits for it (memory stays at a couple of
//! chunks, as in the streaming strategy); a follower that went away (its upload failed) is simply
//! no longer fed, and the entry is still written in full for the retry.

use bytes::Bytes;
use futures::channel::mpsc;
use futures::SinkExt;

use crate::{ByteStream, PlatformError};

/// Chunks on their way to the follower, besides the one held back.
const IN_FLIGHT: usize = 1;

/// The writer's end.
pub struct Relay {
    key: String,
    tx: Option<mpsc::Sender<Result<Bytes, PlatformError>>>,
    held: Option<Bytes>,
}

impl Relay {
    /// A relay for the entry `key`, and the follower's stream.
    pub fn new(key: &str) -> (Relay, ByteStream) {
        let (tx, rx) = mpsc::channel(IN_FLIGHT);
        (Relay { key: key.to_owned(), tx: Some(tx), held: None }, Box::pin(rx))
    }

    /// `chunk` was written: the one before it goes to the follower (waiting while it lags).
    pub async fn written(&mut self, chunk: Bytes) {
        if let Some(previous) = self.held.replace(chunk) {
            self.send(Ok(previous)).await;
        }
    }

    /// The entry was committed: the last chunk goes, then the stream ends.
    pub async fn committed(&mut self) {
        if let Some(last) = self.held.take() {
            self.send(Ok(last)).await;
        }
        self.tx = None;
    }

    /// The entry was discarded: the held chunk is dropped and the follower fails.
    pub async fn abandoned(&mut self) {
        self.held = None;
        let why = format!("the cache entry {} was discarded before it was complete", self.key);
        self.send(Err(PlatformError::Abandoned(why))).await;
        self.tx = None;
    }

    async fn send(&mut self, item: Result<Bytes, PlatformError>) {
        if let Some(tx) = self.tx.as_mut() {
            if tx.send(item).await.is_err() {
                // The follower is gone (its upload ended): nobody to feed.
                self.tx = None;
            }
        }
    }
}

// Run natively; the web caches that use it are tested in a browser (tests/web_storage.rs).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use futures::StreamExt;

    use super::*;

    fn chunk(n: u8) -> Bytes {
        Bytes::from(vec![n; 10])
    }

    #[tokio::test]
    async fn the_newest_chunk_waits_for_the_next_one_or_the_commit() {
        let (mut relay, mut follower) = Relay::new("k");
        relay.written(chunk(1)).await;
        relay.written(chunk(2)).await;
        assert_eq!(follower.next().await.unwrap().unwrap(), chunk(1));
        // Chunk 2 is held back: nothing more until the commit.
        assert!(futures::poll!(follower.next()).is_pending());
        relay.committed().await;
        assert_eq!(follower.next().await.unwrap().unwrap(), chunk(2));
        assert!(follower.next().await.is_none());
    }

    #[tokio::test]
    async fn a_discarded_entry_fails_the_follower_without_its_last_chunk() {
        let (mut relay, mut follower) = Relay::new("k");
        relay.written(chunk(1)).await;
        relay.abandoned().await;
        assert!(matches!(follower.next().await, Some(Err(PlatformError::Abandoned(_)))));
        assert!(follower.next().await.is_none());
    }

    #[tokio::test]
    async fn a_lagging_follower_holds_the_writer_back_and_a_gone_one_does_not() {
        let (mut relay, mut follower) = Relay::new("k");
        let mut written = 0u8;
        // Nobody reads: after a couple of chunks the writer waits; one read lets it go on.
        loop {
            let mut write = Box::pin(relay.written(chunk(written)));
            if futures::poll!(write.as_mut()).is_pending() {
                assert_eq!(follower.next().await.unwrap().unwrap(), chunk(0));
                write.await;
                break;
            }
            written += 1;
            assert!(written < 5, "the relay does not hold the writer back");
        }
        // A follower that went away does not hold it back.
        drop(follower);
        for n in 10..20 {
            relay.written(chunk(n)).await;
        }
        relay.committed().await;
    }
}
