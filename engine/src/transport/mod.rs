//! The transport seam: everything about HTTP (and timers) that depends on the target, behind one
//! interface. The rest of the engine — the XRPC client, the strategies, the plan, the migration —
//! calls only what is re-exported here and contains no `cfg(target_arch)` of its own.
//!
//! One backend is compiled in, chosen once below:
//!
//! | need | native (`native.rs`: desktop, CLI, tests) | browser (`web.rs`: wasm32) | why they differ |
//! |---|---|---|---|
//! | [`http_client`] | reqwest with connect timeout, keepalive, user agent | plain reqwest (the browser owns connections) | reqwest's wasm client has no such settings |
//! | [`is_connect`] | reqwest's `is_connect` | any request that got no answer | the browser reports every network failure alike |
//! | [`post`] (`uploadBlob`, `importRepo`) | reqwest; streams via `Body::wrap_stream` | bytes via reqwest; streams as a `ReadableStream` (`duplex: 'half'`), held bodies as a JS `Blob`, both through `fetch` | reqwest on wasm sends only whole in-memory bodies |
//! | [`open_download`] (`getBlob`) | reqwest's body stream, failing after 60 s without a byte | `fetch` + BYOB reader, 64 KiB reads | reqwest on wasm hands over pieces of up to 2 MiB |
//! | [`upload_channel`] (streaming strategy) | the channel is the request body | a `ReadableStream` where feature detection and a probe of the server say streamed bodies work; else chunks assembled into a JS `Blob` | Chromium streams request bodies only over HTTP/2 |
//! | [`streams_request_bodies`] (storage strategy: upload while the cache fills) | always | where a probe says so (HTTP/2) | as for [`upload_channel`] |
//! | [`cached_body`] (storage strategy) | verified while it streams into the body | hashed first, then the OPFS/IndexedDB `File`/`Blob` is the body | the browser reads its own storage without wasm copies |
//! | [`repo_body`] (`importRepo`) | streamed with its length; without one stated, spooled to a private temporary file first | assembled into a JS `Blob` (sent with its length, out of wasm memory) | some servers refuse an import without `Content-Length`; reqwest on wasm sends only whole bodies |
//! | [`upload_path`] | the words for the plan | the words for the plan | — |
//! | [`sleep`] | tokio | browser timers | `tokio::time` panics on wasm32 |
//! | [`parallel_per_server`] | no limit of its own | none where both servers speak HTTP/2 (probed), else 6 | a browser opens at most 6 HTTP/1.1 connections per server, and each blob in flight holds one to each side |
//! | [`DpopKey`] (OAuth proofs) | a `p256` key in this process's memory | a WebCrypto key made with `extractable: false` | the browser can hold a key no script can read |
//! | [`dns_txt`] (handle → DID) | a DNS resolver (`hickory-resolver`, the system's configuration) | DNS-over-HTTPS (JSON API) | a browser has no DNS |
//!
//! Everything here keeps memory bounded by a few chunks whatever the blob's size; the browser
//! backend additionally keeps blob bytes out of wasm memory wherever the browser can hold them.
//! Failures come back as [`TransportError`]; the XRPC layer adds the host and classifies them.

mod types;

// The one choice of target.
#[cfg_attr(not(target_arch = "wasm32"), path = "native.rs")]
#[cfg_attr(target_arch = "wasm32", path = "web.rs")]
mod backend;

pub use backend::{
    cached_body, dns_txt, http_client, is_connect, open_download, parallel_per_server, post, repo_body, sleep,
    streams_request_bodies, upload_channel, upload_path,
};
pub use types::{
    counted, Answer, BodySource, BodyStream, BoxError, CachedBody, Credentials, Download, HeldBody, MaybeSend,
    TransportError, Unsendable, UploadBody, UploadStream,
};

// The DPoP key of an OAuth sign-in: `p256` in memory natively, a non-extractable WebCrypto key in
// the browser.
#[cfg_attr(not(target_arch = "wasm32"), path = "dpop_key_native.rs")]
#[cfg_attr(target_arch = "wasm32", path = "dpop_key_web.rs")]
mod dpop_key;

pub use dpop_key::DpopKey;
