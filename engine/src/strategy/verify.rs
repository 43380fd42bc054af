//! Hash-while-streaming with a held-back last chunk.
//!
//! [`verified`] re-chunks a byte stream to a fixed chunk size, hashes every chunk, and always keeps the
//! newest chunk back. Only when the input ends and the CID matches is that last chunk released; on a
//! mismatch the stream ends with an error instead. Whatever consumes the stream (an upload body) can
//! therefore never complete with bytes that do not match the CID: the server sees an aborted request.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use bytes::{Bytes, BytesMut};
use futures::{Stream, StreamExt};

use super::blob_error::BlobError;
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

struct State<S> {
    input: Pin<Box<S>>,
    hasher: Option<CidHasher>,
    buf: BytesMut,
    ready: VecDeque<Bytes>,
    held: Option<Bytes>,
    expected: BlobCid,
    chunk: usize,
    slot: EndSlot,
    finished: bool,
}

impl<S> State<S> {
    /// Takes full chunks out of `buf`: each new chunk is hashed and replaces the held one, which
    /// becomes ready to send.
    fn cut(&mut self, all: bool) {
        while self.buf.len() >= self.chunk || (all && !self.buf.is_empty()) {
            let n = self.buf.len().min(self.chunk);
            let c = self.buf.split_to(n).freeze();
            if let Some(h) = self.hasher.as_mut() {
                h.update(&c);
            }
            if let Some(prev) = self.held.replace(c) {
                self.ready.push_back(prev);
            }
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
        input: Box::pin(input),
        hasher: Some(CidHasher::new()),
        buf: BytesMut::new(),
        ready: VecDeque::new(),
        held: None,
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
                    st.buf.extend_from_slice(&bytes);
                    st.cut(false);
                }
                Some(Err(e)) => {
                    let err: BlobError = e.into();
                    st.finished = true;
                    *st.slot.lock().unwrap() = Some(StreamEnd::InputFailed(err.clone()));
                    return Some((Err(err), (st, on_input)));
                }
                None => {
                    st.cut(true);
                    st.finished = true;
                    let hasher = st.hasher.take().expect("hashed once");
                    let (ok, actual) = hasher.matches(&st.expected);
                    if ok {
                        *st.slot.lock().unwrap() = Some(StreamEnd::Verified);
                        if let Some(last) = st.held.take() {
                            st.ready.push_back(last);
                        }
                    } else {
                        let actual = actual.to_string();
                        *st.slot.lock().unwrap() = Some(StreamEnd::Mismatch { actual: actual.clone() });
                        st.ready.clear();
                        st.held = None;
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
    use futures::TryStreamExt;

    fn input(data: &[u8], piece: usize) -> impl Stream<Item = Result<Bytes, BlobError>> {
        let pieces: Vec<Result<Bytes, BlobError>> = data.chunks(piece).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        futures::stream::iter(pieces)
    }

    #[tokio::test]
    async fn matching_bytes_pass_through_in_fixed_chunks() {
        let data: Vec<u8> = (0..10_000u32).map(|i| (i * 7 % 256) as u8).collect();
        let slot = end_slot();
        let out: Vec<Bytes> = verified(input(&data, 333), BlobCid::of_bytes(&data), 1024, slot.clone(), |_| {})
            .try_collect()
            .await
            .unwrap();
        assert!(out[..out.len() - 1].iter().all(|c| c.len() == 1024));
        assert_eq!(out.concat(), data);
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
        assert!(released < 5000, "all bytes were released despite the mismatch");
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
