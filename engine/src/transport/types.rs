//! The seam's target-neutral vocabulary: request bodies, answers, downloads, failures.
//!
//! Both backends (`native.rs`, `web.rs`) speak in these types, and the rest of the
//! engine only ever sees these. The three definitions whose shape truly depends on the target
//! ([`MaybeSend`], [`BodyStream`], [`HeldBody`]) carry their own `cfg` here, so that no other file
//! has to.

use std::borrow::Cow;
use std::pin::Pin;

use bytes::Bytes;
use futures::{Stream, TryStreamExt};
use reqwest::header::HeaderMap;
use tektite_platform::ByteStream;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `Send` where the target has threads. Natively hyper drives a request body from its connection
/// task, so whatever feeds a body must be `Send`; in the browser there is one thread and the
/// JS-backed streams are not `Send`.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSend: Send {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send> MaybeSend for T {}
#[cfg(target_arch = "wasm32")]
pub trait MaybeSend {}
#[cfg(target_arch = "wasm32")]
impl<T> MaybeSend for T {}

/// A boxed stream of body pieces, `Send` where the target has threads (see [`MaybeSend`]; a trait
/// object can only add auto traits, hence the alias per target).
#[cfg(not(target_arch = "wasm32"))]
pub type BodyStream<T> = Pin<Box<dyn Stream<Item = T> + Send + 'static>>;
#[cfg(target_arch = "wasm32")]
pub type BodyStream<T> = Pin<Box<dyn Stream<Item = T> + 'static>>;

/// A body the browser holds itself: a JS `Blob`/`File` (an OPFS file, chunks assembled in browser
/// memory), which `fetch` streams from browser memory or storage without a copy in wasm memory.
/// Only the seam makes these; natively there are none (the type is empty).
#[cfg(target_arch = "wasm32")]
pub struct HeldBody(pub(crate) web_sys::Blob);
#[cfg(not(target_arch = "wasm32"))]
pub enum HeldBody {}

/// An upload body that arrives piece by piece.
pub type UploadStream = BodyStream<Result<Bytes, BoxError>>;

/// What `uploadBlob` or `importRepo` sends.
pub enum UploadBody {
    /// A small body already in memory.
    Bytes(Bytes),
    /// A streamed body. `length`, when known, is sent as `Content-Length` so the server can refuse an
    /// over-limit blob (413) before we send it.
    Stream { stream: UploadStream, length: Option<u64> },
    /// A browser-held body (see [`HeldBody`]).
    Held(HeldBody),
}

/// Counts the bytes of `stream` as the HTTP stack takes them.
/// The streaming strategy's channel as a streamed request body, counting bytes as they are taken.
pub fn channel_body(
    rx: tokio::sync::mpsc::Receiver<Result<Bytes, BoxError>>,
    length: Option<u64>,
    sent: impl Fn(u64) + MaybeSend + 'static,
) -> UploadBody {
    let stream = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|item| (item, rx)) });
    UploadBody::Stream { stream: counted(stream, sent), length }
}

pub fn counted<S>(stream: S, sent: impl Fn(u64) + MaybeSend + 'static) -> UploadStream
where
    S: Stream<Item = Result<Bytes, BoxError>> + MaybeSend + 'static,
{
    Box::pin(stream.inspect_ok(move |c| sent(c.len() as u64)))
}

/// A complete HTTP answer: status, headers and body (empty when the caller did not want it, and for
/// a 429, whose body says nothing the headers do not).
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    /// Status, headers and body of a reqwest response (the same type on both targets): a success's
    /// body only when `read_output`, a 429's never (its headers say all), an error's words as text.
    pub async fn read(resp: reqwest::Response, read_output: bool) -> Result<Answer, TransportError> {
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = if resp.status().is_success() {
            if read_output {
                resp.bytes().await?
            } else {
                Bytes::new()
            }
        } else if status == 429 {
            Bytes::new()
        } else {
            // An error's words are a courtesy: a body that breaks off is no reason to lose the status.
            Bytes::from(resp.text().await.unwrap_or_default())
        };
        Ok(Answer { status, headers, body })
    }
}

impl Answer {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

/// The answer to a download: a body to read, or a refusal for the caller to classify.
pub enum Download {
    Body {
        content_type: Option<String>,
        content_length: Option<u64>,
        stream: BodyStream<Result<Bytes, TransportError>>,
    },
    Refused(Answer),
}

/// A request that got no (complete) answer. The XRPC layer adds the host and turns it into an
/// `XrpcError` of the matching kind.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// reqwest failed (every request natively; JSON and in-memory bodies in the browser).
    #[error(transparent)]
    Http(#[from] reqwest::Error),
    /// The browser's `fetch` failed; the text says what probably happened.
    #[error("{0}")]
    Network(String),
    /// A download delivered no byte for too long.
    #[error("no data arrived for too long")]
    Stalled,
}

/// A request body that could not be prepared; nothing was sent.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unsendable(pub String);

/// A body that could not be prepared from local storage (a backup's file, a spool) is a storage
/// failure there.
impl From<Unsendable> for tektite_platform::PlatformError {
    fn from(e: Unsendable) -> Self {
        tektite_platform::PlatformError::Io(e.0)
    }
}

/// Where an upload's bytes come from, for [`upload_path`](super::upload_path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodySource {
    /// The streaming strategy's bounded channel.
    Channel,
    /// The storage strategy's local cache.
    Cache,
}

/// How a committed cache entry is to be uploaded (see [`cached_body`](super::cached_body)).
pub enum CachedBody {
    /// Stream the entry through the verifier straight into the request body (its last chunk held
    /// back until the hash matches).
    Stream { stream: ByteStream, size: u64 },
    /// Hash the whole entry first, then send `held`, the storage's own copy, as the body. `None`:
    /// this cache cannot hand its entries over.
    HashThenSend { stream: ByteStream, size: u64, held: Option<UploadBody> },
}

/// The headers that present a session's token on one request: `Authorization: Bearer …` for a
/// password session; `Authorization: DPoP …` and a `DPoP` proof for an OAuth one. Made by the XRPC
/// client for each request (a proof is good for one method and address).
pub type Credentials<'a> = &'a [(&'static str, String)];
