//! Hash-while-streaming, cut-through, with a held-back tail.
//!
//! [`verified`] passes bytes on as they arrive (as [`super::gather`] says: a chunk at most, or what
//! came before the network paused), hashing them on the way, and keeps back only the last [`TAIL`]
//! bytes. Only when the input ends and the CID matches is that tail released; on a mismatch the
//! stream ends with an error instead. Whatever consumes the stream (an upload body) can therefore
//! never complete with bytes that do not match the CID — the server sees an aborted request — while
//! a small blob's upload starts with its first bytes instead of after a whole chunk was downloaded
//! (store-and-forward made many small blobs on a slow link take turns downloading and uploading).

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use bytes::{Bytes, BytesMut};
use futures::Stream;

use super::blob_error::BlobError;
use super::gather::Gather;
use crate::cid::{BlobCid, CidHasher};

/// How a verified stream ended; read by the strategy after the upload returns, to tell an integrity
/// failure (or a download failure) from an upload failure.
#[derive(Debug, Clone)]
pub(crate) enum StreamEnd {
    Verified,
    Mismatch { actual: String },
    InputFailed(BlobError),
}

pub(crate) type EndSlot = Arc<Mutex<Option<StreamEnd>>>;

pub(crate) fn end_slot() -> EndSlot {
    Arc::new(Mutex::new(None))
}

/// Bytes kept back until the CID is checked: as many as a cache's follower holds back (any would do,
/// see [`tektite_platform::HELD_BACK`]).
pub(crate) const TAIL: usize = tektite_platform::HELD_BACK;

struct State<S: Stream> {
    input: Gather<Pin<Box<S>>>,
    hasher: Option<CidHasher>,
    /// Received and hashed, not yet passed on: at most the tail plus one input piece.
    buf: BytesMut,
    ready: VecDeque<Bytes>,
    expected: BlobCid,
    chunk: usize,
    slot: EndSlot,
    finished: bool,
}

impl<S: Stream> State<S> {
    /// Passes on everything in `buf` but the tail (`all`: the tail too), in pieces of at most a chunk.
    fn cut(&mut self, all: bool) {
        let keep = if all { 0 } else { TAIL };
        while self.buf.len() > keep {
            let n = (self.buf.len() - keep).min(self.chunk);
            self.ready.push_back(self.buf.split_to(n).freeze());
        }
    }
}

/// See the module docs. `on_input` is told the size of each piece read from the input.
pub(crate) fn verified<S, E>(
    input: S,
    expected: BlobCid,
    chunk: usize,
    slot: EndSlot,
    on_input: impl Fn(u64) + Send + 'static,
) -> impl Stream<Item = Result<Bytes, BlobError>>
where
    S: Stream<Item = Result<Bytes, E>>,
    E: Into<BlobError>,
{
    let state = State {
        input: Gather::new(Box::pin(input)),
        hasher: Some(CidHasher::new()),
        buf: BytesMut::new(),
        ready: VecDeque::new(),
        expected,
        chunk,
        slot,
        finished: false,
    };
    futures::stream::unfold((state, on_input), |(mut st, on_input)| async move {
        loop {
            if let Some(c) = st.ready.pop_front() {
                return Some((Ok(c), (st, on_input)));
            }
            if st.finished {
                return None;
            }
            match st.input.next().await {
                Some(Ok(bytes)) => {
                    on_input(bytes.len() as u64);
                    if let Some(h) = st.hasher.as_mut() {
                        h.update(&bytes);
                    }
                    st.buf.extend_from_slice(&bytes);
                    let beyond_tail = st.buf.len().saturating_sub(TAIL);
                    if st.input.pass_now(beyond_tail, st.chunk) {
                        st.cut(false);
                    }
                }
                Some(Err(e)) => {
                    let err: BlobError = e.into();
                    st.finished = true;
                    *st.slot.lock().unwrap() = Some(StreamEnd::InputFailed(err.clone()));
                    return Some((Err(err), (st, on_input)));
                }
                None => {
                    st.finished = true;
                    let hasher = st.hasher.take().expect("hashed once");
                    let (ok, actual) = hasher.matches(&st.expected);
                    if ok {
                        *st.slot.lock().unwrap() = Some(StreamEnd::Verified);
                        st.cut(true);
                    } else {
                        let actual = actual.to_string();
                        *st.slot.lock().unwrap() = Some(StreamEnd::Mismatch { actual: actual.clone() });
                        st.ready.clear();
                        st.buf.clear();
                        let err = BlobError::IntegrityMismatch { expected: st.expected.to_string(), actual };
                        return Some((Err(err), (st, on_input)));
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::{StreamExt, TryStreamExt};

    fn input(data: &[u8], piece: usize) -> impl Stream<Item = Result<Bytes, BlobError>> {
        let pieces: Vec<Result<Bytes, BlobError>> = data.chunks(piece).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        futures::stream::iter(pieces)
    }

    #[tokio::test]
    async fn matching_bytes_pass_through_in_pieces_of_at_most_a_chunk() {
        let data: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 256) as u8).collect();
        let slot = end_slot();
        let out: Vec<Bytes> = verified(input(&data, 3333), BlobCid::of_bytes(&data), 1024, slot.clone(), |_| {})
            .try_collect()
            .await
            .unwrap();
        assert!(out.iter().all(|c| !c.is_empty() && c.len() <= 1024));
        assert_eq!(out.concat(), data);
        assert!(matches!(*slot.lock().unwrap(), Some(StreamEnd::Verified)));
    }

    #[tokio::test]
    async fn bytes_flow_on_before_the_input_ends() {
        // Cut-through: with a chunk far larger than the blob, everything but the tail is passed on
        // while the input is still open.
        let data = vec![7u8; 64 * 1024 + 3 * TAIL];
        let (tx, rx) = futures::channel::mpsc::unbounded::<Result<Bytes, BlobError>>();
        let slot = end_slot();
        let mut s = Box::pin(verified(rx, BlobCid::of_bytes(&data), 1 << 20, slot.clone(), |_| {}));
        tx.unbounded_send(Ok(Bytes::from(data.clone()))).unwrap();
        let first = s.next().await.unwrap().unwrap();
        assert_eq!(first.len(), data.len() - TAIL, "only the tail is held back");
        drop(tx);
        let rest = s.next().await.unwrap().unwrap();
        assert_eq!(rest.len(), TAIL);
        assert!(s.next().await.is_none());
        assert!(matches!(*slot.lock().unwrap(), Some(StreamEnd::Verified)));
    }

    #[tokio::test]
    async fn the_last_chunk_is_never_released_on_mismatch() {
        let data = vec![1u8; 5000];
        let mut wrong = data.clone();
        wrong[4999] = 2;
        let slot = end_slot();
        let mut s = Box::pin(verified(input(&wrong, 1000), BlobCid::of_bytes(&data), 1000, slot.clone(), |_| {}));
        let mut released = 0;
        let mut failed = false;
        while let Some(item) = s.next().await {
            match item {
                Ok(c) => released += c.len(),
                Err(BlobError::IntegrityMismatch { .. }) => failed = true,
                Err(e) => panic!("{e}"),
            }
        }
        assert!(failed);
        assert!(released <= 5000 - TAIL, "the tail was released despite the mismatch");
        assert!(matches!(*slot.lock().unwrap(), Some(StreamEnd::Mismatch { .. })));
    }

    #[tokio::test]
    async fn empty_blob_verifies() {
        let slot = end_slot();
        let out: Vec<Bytes> =
            verified(input(&[], 1), BlobCid::of_bytes(b""), 1024, slot.clone(), |_| {}).try_collect().await.unwrap();
        assert!(out.is_empty());
        assert!(matches!(*slot.lock().unwrap(), Some(StreamEnd::Verified)));
    }
}
