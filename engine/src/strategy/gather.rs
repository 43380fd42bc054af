//! When bytes read from a download go on before its end — into an upload body (the streaming
//! verifier) or into a cache write (the storage strategy): once a chunk has gathered, or as soon as
//! the network has nothing more for now.
//!
//! Over a fast link bytes are already waiting, so pieces grow to a chunk (few, large pieces: less
//! work per byte where the CPU is the limit). Over a slow link each read goes on as it arrives, so an
//! upload fed by a download trails it by one network read rather than by a fixed amount: a 64 KiB
//! minimum piece made every 300 KB blob's last bytes wait about 20 ms at 20 Mbit/s, 6 % of its time
//! when blobs go one at a time.

use futures::{FutureExt, Stream, StreamExt};

/// A download's stream, read so that whoever gathers its bytes can ask whether more are ready.
pub(crate) struct Gather<S: Stream> {
    input: S,
    /// An item that was ready when [`Gather::pass_now`] looked, returned by the next `next`.
    early: Option<Option<S::Item>>,
}

impl<S: Stream + Unpin> Gather<S> {
    pub(crate) fn new(input: S) -> Self {
        Gather { input, early: None }
    }

    /// The next item (one looked at early first). Cancel-safe, as `StreamExt::next` is.
    pub(crate) async fn next(&mut self) -> Option<S::Item> {
        match self.early.take() {
            Some(item) => item,
            None => self.input.next().await,
        }
    }

    /// Whether `gathered` bytes should go on now: a chunk's worth, or the input has nothing ready.
    pub(crate) fn pass_now(&mut self, gathered: usize, chunk: usize) -> bool {
        if gathered == 0 {
            return false;
        }
        if gathered >= chunk || self.early.is_some() {
            return gathered >= chunk;
        }
        // Polled once without waiting; an item that was ready is kept for `next`, never lost.
        match self.input.next().now_or_never() {
            Some(item) => {
                self.early = Some(item);
                false
            }
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waiting_bytes_gather_to_a_chunk_and_a_pause_lets_them_go() {
        let (tx, rx) = futures::channel::mpsc::unbounded::<u32>();
        let mut g = Gather::new(rx);
        tx.unbounded_send(1).unwrap();
        tx.unbounded_send(2).unwrap();
        assert_eq!(g.next().await, Some(1));
        // Item 2 is ready: keep gathering (below a chunk), and 2 is not lost.
        assert!(!g.pass_now(10, 100));
        assert_eq!(g.next().await, Some(2));
        // Nothing ready: what came goes on, however little.
        assert!(g.pass_now(10, 100));
        // A chunk goes on whatever is waiting.
        tx.unbounded_send(3).unwrap();
        assert!(g.pass_now(100, 100));
        assert_eq!(g.next().await, Some(3));
        assert!(!g.pass_now(0, 100), "nothing gathered, nothing to pass");
        drop(tx);
        assert!(!g.pass_now(5, 100), "the end was ready: the caller's end-of-input path passes the rest");
        assert_eq!(g.next().await, None);
    }
}
