//! A follower fed by the writer itself ([`crate::CacheWriter::follow`]), for caches that cannot read
//! an entry while it is still being written (the browser's OPFS, IndexedDB and LocalStorage): each
//! chunk written is handed on as well, as `follow` promises: all but the last [`HELD_BACK`] bytes
//! at once, those at the commit; a discarded entry fails the follower instead. So an upload fed by
//! it cannot complete before the engine has checked the blob against its CID.
//!
//! The hand-over is bounded: a writer whose follower lags waits for it (memory stays at a couple of
//! chunks, as in the streaming strategy); a follower that went away (its upload failed) is simply
//! no longer fed, and the entry is still written in full for the retry.

use bytes::{Bytes, BytesMut};
use futures::channel::mpsc;
use futures::SinkExt;

use crate::{ByteStream, PlatformError, HELD_BACK};

/// Pieces on their way to the follower, besides the bytes held back.
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

    /// `chunk` was written: all but the last [`HELD_BACK`] bytes written so far go to the follower
    /// (waiting while it lags).
    pub async fn written(&mut self, chunk: Bytes) {
        let pending = match self.held.take() {
            // Large enough on its own: what was held goes first, then all of this but its tail.
            Some(held) if chunk.len() >= HELD_BACK => {
                self.send(Ok(held)).await;
                chunk
            }
            // Small pieces are joined to what is held (fewer than twice `HELD_BACK` bytes are copied).
            Some(held) => {
                let mut joined = BytesMut::with_capacity(held.len() + chunk.len());
                joined.extend_from_slice(&held);
                joined.extend_from_slice(&chunk);
                joined.freeze()
            }
            None => chunk,
        };
        let cut = pending.len().saturating_sub(HELD_BACK);
        if cut > 0 {
            self.send(Ok(pending.slice(..cut))).await;
        }
        self.held = Some(pending.slice(cut..));
    }

    /// The entry was committed: the bytes held back go, then the stream ends.
    pub async fn committed(&mut self) {
        if let Some(last) = self.held.take().filter(|b| !b.is_empty()) {
            self.send(Ok(last)).await;
        }
        self.tx = None;
    }

    /// The entry was discarded: the bytes held back are dropped and the follower fails.
    pub async fn abandoned(&mut self) {
        self.held = None;
        let why = format!("the cache entry {} was discarded before it was complete", self.key);
        self.send(Err(PlatformError::Abandoned(why))).await;
        self.tx = None;
    }

    async fn send(&mut self, item: Result<Bytes, PlatformError>) {
        if let Some(tx) = self.tx.as_mut() {
            // `feed`, not `send`: the piece is queued (waiting only while the queue is full), not
            // waited on until the follower has taken it.
            if tx.feed(item).await.is_err() {
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

    const LEN: usize = 3 * HELD_BACK;

    fn chunk(n: u8) -> Bytes {
        Bytes::from(vec![n; LEN])
    }

    /// Everything the follower can read without waiting.
    async fn ready(follower: &mut ByteStream) -> Vec<u8> {
        let mut got = Vec::new();
        while let std::task::Poll::Ready(Some(piece)) = futures::poll!(follower.next()) {
            got.extend_from_slice(&piece.unwrap());
        }
        got
    }

    #[tokio::test]
    async fn all_but_the_last_bytes_go_before_the_commit() {
        let (mut relay, mut follower) = Relay::new("k");
        relay.written(chunk(1)).await;
        // One write, not yet committed: all of it but its tail.
        assert_eq!(ready(&mut follower).await, vec![1u8; LEN - HELD_BACK]);
        relay.written(chunk(2)).await;
        assert_eq!(ready(&mut follower).await, [vec![1u8; HELD_BACK], vec![2u8; LEN - HELD_BACK]].concat());
        // Small writes are joined to the tail; still only the tail waits.
        relay.written(Bytes::from(vec![3u8; 10])).await;
        assert_eq!(ready(&mut follower).await, vec![2u8; 10]);
        relay.committed().await;
        assert_eq!(ready(&mut follower).await, [vec![2u8; HELD_BACK - 10], vec![3u8; 10]].concat());
        assert!(follower.next().await.is_none());
    }

    #[tokio::test]
    async fn a_discarded_entry_fails_the_follower_without_its_last_bytes() {
        let (mut relay, mut follower) = Relay::new("k");
        relay.written(chunk(1)).await;
        assert_eq!(ready(&mut follower).await.len(), LEN - HELD_BACK);
        relay.abandoned().await;
        assert!(matches!(follower.next().await, Some(Err(PlatformError::Abandoned(_)))));
        assert!(follower.next().await.is_none());
    }

    #[tokio::test]
    async fn a_lagging_follower_holds_the_writer_back_and_a_gone_one_does_not() {
        let (mut relay, mut follower) = Relay::new("k");
        let mut written = 0u8;
        // Nobody reads: after a couple of chunks the writer waits; reading lets it go on.
        loop {
            let mut write = Box::pin(relay.written(chunk(written)));
            if futures::poll!(write.as_mut()).is_pending() {
                // Each piece read makes room for one more.
                loop {
                    follower.next().await.unwrap().unwrap();
                    if futures::poll!(write.as_mut()).is_ready() {
                        break;
                    }
                }
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
