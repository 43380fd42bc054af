//! A small fault-injecting HTTP/1.1 reverse proxy for integration tests.
//!
//! `FaultProxy::start(upstream, faults)` binds `127.0.0.1:0` and forwards every request to
//! `upstream` (method, path+query, headers minus hop-by-hop and `Host`), streaming bodies in both
//! directions: nothing is buffered beyond a few chunks, so multi-hundred-MB blobs are fine. On top of
//! that it injects the faults described by [`Faults`] (corrupted `getBlob` bodies, 413 on large
//! `uploadBlob`s, `ExpiredToken`, 429 rate limits, slow uploads, transient 502s) and counts what it
//! saw in [`Stats`]. With `strict` it plays a stricter PDS implementation than the reference one
//! (rsky-pds): bodies without their length refused, lookups of deactivated accounts failing.
//!
//! It is the upstream PDS's public face: the DID documents in its session answers name the proxy,
//! as a real reverse proxy's public address would be named, so clients that follow the document
//! (as they must) keep talking through it. With `entryway` it plays bsky.social instead: it signs
//! in and renews sessions, redirects `getBlob` to the PDS and refuses the PDS's other calls, and the
//! session's document names the PDS itself. `require_auth_factor` adds an emailed sign-in code.
//!
//! The proxy runs on its own tokio runtime thread, so it can be used from sync and async tests; it
//! shuts down when dropped. Self-contained: depends only on tokio, hyper, hyper-util,
//! http-body-util, bytes, futures, reqwest and serde_json.
#![allow(dead_code)]

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::{Bytes, BytesMut};
use futures::TryStreamExt;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Body as _, Frame, Incoming};
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::{Request, Response, StatusCode};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type ProxyBody = UnsyncBoxBody<Bytes, BoxError>;

const GET_BLOB: &str = "/xrpc/com.atproto.sync.getBlob";
const UPLOAD_BLOB: &str = "/xrpc/com.atproto.repo.uploadBlob";
const REFRESH_SESSION: &str = "/xrpc/com.atproto.server.refreshSession";
const CREATE_SESSION: &str = "/xrpc/com.atproto.server.createSession";
const IMPORT_REPO: &str = "/xrpc/com.atproto.repo.importRepo";
const GET_REPO: &str = "/xrpc/com.atproto.sync.getRepo";
const GET_SESSION: &str = "/xrpc/com.atproto.server.getSession";
const DESCRIBE_REPO: &str = "/xrpc/com.atproto.repo.describeRepo";
const LIST_MISSING_BLOBS: &str = "/xrpc/com.atproto.repo.listMissingBlobs";
const DESCRIBE_SERVER: &str = "/xrpc/com.atproto.server.describeServer";
const RESOLVE_HANDLE: &str = "/xrpc/com.atproto.identity.resolveHandle";
/// Calls an entryway answers itself (by asking the PDS behind it).
const ENTRYWAY_CALLS: [&str; 5] =
    [CREATE_SESSION, REFRESH_SESSION, GET_SESSION, "/xrpc/com.atproto.server.describeServer", RESOLVE_HANDLE];
/// Calls whose answers the proxy reads or rewrites (see `handle`).
const REWRITTEN: [&str; 6] =
    [CREATE_SESSION, REFRESH_SESSION, GET_SESSION, UPLOAD_BLOB, LIST_MISSING_BLOBS, DESCRIBE_SERVER];
/// How long an unwanted request body is read and discarded after a locally generated answer
/// (so the client sees the answer instead of a reset), before the connection is dropped.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(60);

/// Faults to inject. `Default` = a transparent proxy.
#[derive(Default, Clone, Debug)]
pub struct Faults {
    /// `getBlob` for these CIDs: one byte in the middle of the body is flipped (same length, same
    /// headers). Such requests are sent upstream without `Accept-Encoding`, so the flipped byte is
    /// in the blob itself and not in a gzip stream.
    pub corrupt_blob_cids: Vec<String>,
    /// Like `corrupt_blob_cids`, but only until one damaged body has been sent past its flipped
    /// byte (a transient fault: the next download of the blob is intact). A size probe dropped
    /// after its headers does not use it up, as long as the blob is larger than socket buffers.
    pub corrupt_blob_once: Vec<String>,
    /// `uploadBlob` whose declared `Content-Length` exceeds this answers 413 `PayloadTooLarge` at
    /// once (the body is drained). A body without a declared length (chunked) is forwarded until it
    /// passes the limit; then the upstream request is aborted and the client gets the same 413.
    pub reject_upload_over: Option<u64>,
    /// After N requests carrying the first-seen Bearer *access* token, every request carrying that
    /// exact token answers 400 `ExpiredToken`. `refreshSession` requests are never counted nor
    /// rejected, and JWTs whose payload says they are refresh tokens (`scope` =
    /// `com.atproto.refresh`) or service-auth tokens (no `scope`) are not taken as "the" token.
    /// Once the client has called refreshSession after an expiry, the expiry counts as handled.
    pub expire_token_after: Option<usize>,
    /// 429 on `uploadBlob` after some successful uploads, see [`RateLimitFault`].
    pub rate_limit_uploads: Option<RateLimitFault>,
    /// Delay before forwarding each `uploadBlob` (after the fault checks, before reading its body).
    pub upload_delay: Option<Duration>,
    /// Delay before forwarding each `getBlob` (a slow old PDS: blobs in flight are then at
    /// different stages when something happens).
    pub download_delay: Option<Duration>,
    /// The first N `uploadBlob` requests answer 502 (HTML body, like a reverse proxy).
    pub fail_first_uploads_with_502: usize,
    /// Behave like Bluesky's entryway in front of the PDS: session calls, `describeServer` and
    /// `resolveHandle` are answered (by the PDS behind); `getBlob` is redirected to the PDS (a
    /// cross-origin 302); every other call is refused with "use the account's PDS". Session
    /// answers keep naming the PDS itself in their DID document.
    pub entryway: bool,
    /// The first N `importRepo` requests are passed on and applied upstream, but their answer is
    /// replaced by a 504 (a proxy's timeout on a long import: the work done, the answer lost).
    pub cut_import_answers: usize,
    /// `createSession` demands this emailed code (`authFactorToken`): without it, or with another,
    /// 401 `AuthFactorTokenRequired`, like bsky.social's two-factor sign-in.
    pub require_auth_factor: Option<String>,
    /// Behave like the stricter PDS implementations (rsky-pds, read in its source and run by
    /// hand): an `importRepo` or `uploadBlob` without a `Content-Length` answers 400 "Missing
    /// content-length header" (rsky-pds: `importRepo`; its `uploadBlob` took a chunked body here,
    /// other servers and proxies do not); an `uploadBlob` without a `Content-Type` answers 500; a
    /// `describeRepo` or `resolveHandle` that the PDS behind refuses (as the reference PDS does for
    /// a deactivated account) answers 500 "Something went wrong", as rsky-pds does for one; and
    /// `listMissingBlobs` names each blob's record `record_uri`, as rsky-pds 0.13 does (the
    /// lexicon says `recordUri`).
    pub strict: bool,
    /// `uploadBlob` bodies longer than this are cut: the PDS behind gets (and stores) only the
    /// first bytes, as rsky-pds reads at most 100 MiB of a body, so the stored CID differs.
    pub cut_uploads_after: Option<u64>,
    /// `getRepo` answers without a `Content-Length` (chunked), as a PDS that streams the CAR while
    /// it writes it does.
    pub repo_without_length: bool,
    /// `describeServer` states this as the server's `blobUploadLimit` (pair it with
    /// `reject_upload_over` for a limit that is also enforced).
    pub stated_upload_limit: Option<u64>,
    /// Session answers carry the account's DID document (from this PLC directory, naming the
    /// proxy) where the PDS behind sends none: see `public_face`.
    pub session_did_doc_from: Option<String>,
}

/// After `after_uploads` successful (2xx upstream) uploads, `uploadBlob` answers 429
/// `RateLimitExceeded` until `reset_in` has passed since the limit was hit; then a new window of
/// `after_uploads` uploads starts. `with_headers` adds `RateLimit-Limit`, `RateLimit-Remaining: 0`,
/// `RateLimit-Reset` (epoch seconds), `RateLimit-Policy` and `Retry-After` (seconds); without it the
/// 429 carries none of them.
#[derive(Clone, Debug)]
pub struct RateLimitFault {
    pub after_uploads: usize,
    pub reset_in: Duration,
    pub with_headers: bool,
}

/// What the proxy saw. Every counter counts requests received from the client.
#[derive(Default, Clone, Debug)]
pub struct Stats {
    /// All requests.
    pub requests: usize,
    /// `GET getBlob` requests per `cid` query parameter, size probes (a `GET` dropped after its
    /// headers) included; `HEAD`s are not counted.
    pub get_blob_by_cid: HashMap<String, usize>,
    /// Corrupted `getBlob` responses.
    pub corrupted: usize,
    /// All `uploadBlob` requests (POSTs, whatever the answer; a browser's preflights are not counted).
    pub upload_blob_requests: usize,
    /// `uploadBlob` requests forwarded upstream.
    pub uploads_forwarded: usize,
    /// `uploadBlob` requests answered 2xx by upstream (and passed on).
    pub uploads_succeeded: usize,
    /// 429 answers.
    pub rate_limited: usize,
    /// 400 `ExpiredToken` answers.
    pub expired_token_responses: usize,
    /// 413 answers (declared or streamed size).
    pub too_large: usize,
    /// Injected 502s (`fail_first_uploads_with_502`).
    pub injected_502: usize,
    /// `importRepo` requests (POSTs: a browser's preflights are not counted), and those whose
    /// (successful) answer was replaced by a 504.
    pub import_requests: usize,
    pub import_answers_cut: usize,
    /// `createSession` answers demanding the emailed code (`require_auth_factor`).
    pub auth_factor_demanded: usize,
    /// Calls an `entryway` refused, and `getBlob`s it redirected.
    pub entryway_refused: usize,
    pub entryway_redirected: usize,
    /// When each `uploadBlob` request arrived.
    pub upload_arrivals: Vec<Instant>,
    /// Each rate-limit window of `rate_limit_uploads`: when its first 429 was answered, and when it
    /// resets.
    pub rate_limit_windows: Vec<(Instant, Instant)>,
    /// 502s because upstream failed (connection error, ...).
    pub upstream_errors: usize,
    /// `strict`: bodies refused for lacking a `Content-Length` or `Content-Type`.
    pub refused_without_length: usize,
    pub refused_without_type: usize,
    /// `strict`: `describeRepo` / `resolveHandle` refusals turned into 500s.
    pub lookups_failed: usize,
    /// `importRepo` requests that declared their length.
    pub imports_with_length: usize,
    /// `uploadBlob` requests whose body `cut_uploads_after` cut.
    pub uploads_cut: usize,
    /// `uploadBlob` requests forwarded upstream, per CID the PDS behind answered with.
    pub uploads_by_cid: HashMap<String, usize>,
}

impl Stats {
    /// Uploads that arrived while the rate limit was in force, later than `grace` after the window's
    /// first 429 (the ones already on their way then are excused), as offsets from that 429.
    pub fn uploads_during_rate_limits(&self, grace: Duration) -> Vec<Duration> {
        let mut early = Vec::new();
        for (first, reset) in &self.rate_limit_windows {
            early.extend(
                self.upload_arrivals
                    .iter()
                    .filter(|t| **t > *first + grace && **t < *reset)
                    .map(|t| t.duration_since(*first)),
            );
        }
        early
    }
}

pub struct FaultProxy {
    addr: std::net::SocketAddr,
    state: Arc<State>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl FaultProxy {
    /// Starts a proxy to `upstream` (e.g. `http://127.0.0.1:2583`, no trailing path needed) on
    /// `127.0.0.1:0`. Panics if it cannot bind or start its runtime.
    pub fn start(upstream: &str, faults: Faults) -> FaultProxy {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("fault proxy: bind");
        listener.set_nonblocking(true).expect("fault proxy: nonblocking");
        let addr = listener.local_addr().expect("fault proxy: local_addr");
        let client = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(10))
            // A fresh upstream connection per request: no race with an upstream that closes idle
            // keep-alive connections (Node's 5 s default), which would show up as spurious 502s.
            .pool_max_idle_per_host(0)
            .build()
            .expect("fault proxy: reqwest client");
        let state = Arc::new(State {
            upstream: upstream.trim_end_matches('/').to_string(),
            public: format!("http://{addr}"),
            faces: Mutex::new(Vec::new()),
            client,
            faults: Mutex::new(faults),
            inner: Mutex::new(Inner::default()),
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let st = state.clone();
        let thread = std::thread::Builder::new()
            .name(format!("fault-proxy-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .thread_name("fault-proxy-worker")
                    .enable_all()
                    .build()
                    .expect("fault proxy: runtime");
                rt.block_on(accept_loop(listener, st, rx));
                rt.shutdown_timeout(Duration::from_secs(2));
            })
            .expect("fault proxy: thread");
        FaultProxy { addr, state, shutdown: Some(tx), thread: Some(thread) }
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn stats(&self) -> Stats {
        self.state.inner.lock().unwrap().stats.clone()
    }

    /// Behind a front of its own (TLS, `Lab::tls_front`), session answers that name the PDS by its
    /// public URL `pds` name `front` instead: the proxy stays the PDS's public face there too.
    pub fn face(&self, pds: &str, front: &str) {
        let trim = |u: &str| u.trim_end_matches('/').to_owned();
        self.state.faces.lock().unwrap().push((trim(pds), trim(front)));
    }

    /// Replaces the faults for the following requests (counters such as "first N uploads" and the
    /// first-seen token are kept).
    pub fn set_faults(&self, faults: Faults) {
        *self.state.faults.lock().unwrap() = faults;
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct State {
    upstream: String,
    /// `http://127.0.0.1:PORT`: the proxy's own address.
    public: String,
    /// More addresses session answers name the proxy by: (the PDS's public URL, the proxy's).
    faces: Mutex<Vec<(String, String)>>,
    client: reqwest::Client,
    faults: Mutex<Faults>,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    stats: Stats,
    uploads_502_done: usize,
    first_token: Option<String>,
    first_token_uses: usize,
    /// The client called refreshSession after the token expired. From then on the expiry counts as
    /// handled: the PDS's access JWTs carry no unique id, so a refresh within the same second as the
    /// sign-in returns a byte-identical token, which a real PDS would not call expired.
    refreshed_after_expiry: bool,
    rl_used: usize,
    rl_reset_at: Option<(Instant, SystemTime)>,
    /// `corrupt_blob_once` CIDs whose damaged body was sent.
    corrupted_once: std::collections::HashSet<String>,
}

async fn accept_loop(
    listener: std::net::TcpListener,
    state: Arc<State>,
    mut shutdown: tokio::sync::oneshot::Receiver<()>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("fault proxy: listener");
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let st = state.clone();
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(move |req| {
                        let st = st.clone();
                        async move { Ok::<_, Infallible>(handle(req, st).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .timer(hyper_util::rt::TokioTimer::new())
                        // hyper's 30 s header timeout also closes idle keep-alive connections,
                        // racing with a client that reuses them; connections end with the proxy.
                        .header_read_timeout(None)
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), svc)
                        .await;
                });
            }
        }
    }
}

async fn handle(req: Request<Incoming>, st: Arc<State>) -> Response<ProxyBody> {
    let faults = st.faults.lock().unwrap().clone();
    let path = req.uri().path().to_string();
    if let Some(resp) = entryway(&req, &st, &faults, &path) {
        drain(req.into_body());
        return resp;
    }
    let req = match auth_factor(req, &st, &faults, &path).await {
        Ok(req) => req,
        Err(resp) => return resp,
    };
    // A browser's CORS preflight (OPTIONS) carries no blob.
    let is_upload = path == UPLOAD_BLOB && req.method() == hyper::Method::POST;
    let is_import = path == IMPORT_REPO && req.method() == hyper::Method::POST;
    let mut corrupt = false;
    let mut corrupt_cid: Option<String> = None;
    {
        let mut inner = st.inner.lock().unwrap();
        inner.stats.requests += 1;
        // Only GETs count as downloads: a HEAD moves no blob bytes.
        if path == GET_BLOB && req.method() == hyper::Method::GET {
            let cid = query_param(req.uri().query().unwrap_or(""), "cid").unwrap_or_default();
            corrupt = faults.corrupt_blob_cids.contains(&cid)
                || (faults.corrupt_blob_once.contains(&cid) && !inner.corrupted_once.contains(&cid));
            if corrupt {
                corrupt_cid = Some(cid.clone());
            }
            *inner.stats.get_blob_by_cid.entry(cid).or_default() += 1;
        }
        if is_upload {
            inner.stats.upload_blob_requests += 1;
            inner.stats.upload_arrivals.push(Instant::now());
        }
    }
    let declared_len: Option<u64> =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse().ok());
    if is_import && declared_len.is_some() {
        st.inner.lock().unwrap().stats.imports_with_length += 1;
    }
    if faults.strict && req.method() == hyper::Method::POST {
        if let Some(resp) = strict_refusal(&req, &st, &path, declared_len) {
            drain(req.into_body());
            return resp;
        }
    }

    if is_upload {
        if let (Some(limit), Some(len)) = (faults.reject_upload_over, declared_len) {
            if len > limit {
                st.inner.lock().unwrap().stats.too_large += 1;
                drain(req.into_body());
                return too_large(limit);
            }
        }
        let inject_502 = {
            let mut inner = st.inner.lock().unwrap();
            if inner.uploads_502_done < faults.fail_first_uploads_with_502 {
                inner.uploads_502_done += 1;
                inner.stats.injected_502 += 1;
                true
            } else {
                false
            }
        };
        if inject_502 {
            drain(req.into_body());
            return proxy_502();
        }
    }

    if let Some(after) = faults.expire_token_after {
        if path == REFRESH_SESSION {
            let mut inner = st.inner.lock().unwrap();
            if inner.stats.expired_token_responses > 0 {
                inner.refreshed_after_expiry = true;
            }
        } else if !st.inner.lock().unwrap().refreshed_after_expiry {
            if let Some(token) = bearer(req.headers()) {
                let expired = {
                    let mut inner = st.inner.lock().unwrap();
                    if inner.first_token.is_none() && is_access_token(&token) {
                        inner.first_token = Some(token.clone());
                    }
                    if inner.first_token.as_deref() == Some(token.as_str()) {
                        inner.first_token_uses += 1;
                        let expired = inner.first_token_uses > after;
                        if expired {
                            inner.stats.expired_token_responses += 1;
                        }
                        expired
                    } else {
                        false
                    }
                };
                if expired {
                    drain(req.into_body());
                    return xrpc_error(StatusCode::BAD_REQUEST, "ExpiredToken", "Token has expired", HeaderMap::new());
                }
            }
        }
    }

    // A rate-limit slot taken by this upload; given back unless upstream accepts the upload
    // (also when the client goes away and this future is dropped).
    let mut slot: Option<RateLimitSlot> = None;
    if is_upload {
        if let Some(rl) = &faults.rate_limit_uploads {
            if let Some(resp) = rate_limit(&st, rl) {
                drain(req.into_body());
                return resp;
            }
            slot = Some(RateLimitSlot { st: st.clone(), keep: false });
        }
        if let Some(d) = faults.upload_delay {
            tokio::time::sleep(d).await;
        }
        st.inner.lock().unwrap().stats.uploads_forwarded += 1;
    }

    if let Some(d) = faults.download_delay.filter(|_| path == GET_BLOB) {
        tokio::time::sleep(d).await;
    }
    let stream_limit = if is_upload { faults.reject_upload_over } else { None };
    let cut = faults.cut_uploads_after.filter(|limit| is_upload && declared_len.is_some_and(|len| len > *limit));
    if cut.is_some() {
        st.inner.lock().unwrap().stats.uploads_cut += 1;
    }
    let resp = forward(req, &st, corrupt.then_some(corrupt_cid).flatten(), stream_limit, cut).await;

    let resp = if is_upload && resp.status().is_success() {
        st.inner.lock().unwrap().stats.uploads_succeeded += 1;
        if let Some(slot) = &mut slot {
            slot.keep = true;
        }
        count_stored_cid(resp, &st).await
    } else {
        resp
    };
    let mut resp = resp;
    if faults.strict && path == LIST_MISSING_BLOBS && resp.status().is_success() {
        resp =
            rewrite(resp, |bytes| String::from_utf8_lossy(&bytes).replace("\"recordUri\":", "\"record_uri\":").into())
                .await;
    }
    if let Some(limit) = faults.stated_upload_limit.filter(|_| path == DESCRIBE_SERVER && resp.status().is_success()) {
        resp = rewrite(resp, |bytes| {
            let mut answer: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
            answer["blobUploadLimit"] = limit.into();
            answer.to_string().into()
        })
        .await;
    }
    if faults.repo_without_length && path == GET_REPO {
        resp.headers_mut().remove(header::CONTENT_LENGTH);
    }
    if faults.strict && [DESCRIBE_REPO, RESOLVE_HANDLE].contains(&path.as_str()) && !resp.status().is_success() {
        st.inner.lock().unwrap().stats.lookups_failed += 1;
        return xrpc_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "Something went wrong",
            HeaderMap::new(),
        );
    }
    if !faults.entryway && [CREATE_SESSION, REFRESH_SESSION, GET_SESSION].contains(&path.as_str()) {
        return public_face(resp, &st).await;
    }
    if is_import {
        let mut inner = st.inner.lock().unwrap();
        inner.stats.import_requests += 1;
        if resp.status().is_success() && inner.stats.import_answers_cut < faults.cut_import_answers {
            inner.stats.import_answers_cut += 1;
            return xrpc_error(
                StatusCode::GATEWAY_TIMEOUT,
                "UpstreamTimeout",
                "fault proxy: gateway timeout",
                HeaderMap::new(),
            );
        }
    }
    resp
}

/// As a strict PDS: the refusal of a body that lacks its length or (an upload) its type.
fn strict_refusal(
    req: &Request<Incoming>,
    st: &State,
    path: &str,
    declared_len: Option<u64>,
) -> Option<Response<ProxyBody>> {
    if ![IMPORT_REPO, UPLOAD_BLOB].contains(&path) {
        return None;
    }
    let mut inner = st.inner.lock().unwrap();
    if declared_len.is_none() {
        inner.stats.refused_without_length += 1;
        return Some(xrpc_error(
            StatusCode::BAD_REQUEST,
            "InvalidRequest",
            "Missing content-length header",
            HeaderMap::new(),
        ));
    }
    if path == UPLOAD_BLOB && !req.headers().contains_key(header::CONTENT_TYPE) {
        inner.stats.refused_without_type += 1;
        // rsky-pds's own answer (seen by hand).
        return Some(xrpc_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "Something went wrong",
            HeaderMap::new(),
        ));
    }
    None
}

/// A small answer (uncompressed JSON, see [`REWRITTEN`]) read whole and passed on as `change`
/// makes it.
async fn rewrite(resp: Response<ProxyBody>, change: impl FnOnce(Bytes) -> Bytes) -> Response<ProxyBody> {
    let (mut parts, bytes) = read_whole(resp).await;
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, full(change(bytes)))
}

/// A small answer's head and its whole body.
async fn read_whole(resp: Response<ProxyBody>) -> (hyper::http::response::Parts, Bytes) {
    let (parts, body) = resp.into_parts();
    (parts, body.collect().await.map(|b| b.to_bytes()).unwrap_or_default())
}

/// Counts the CID a successful upload's answer names (small JSON), and passes the answer on.
async fn count_stored_cid(resp: Response<ProxyBody>, st: &State) -> Response<ProxyBody> {
    rewrite(resp, |bytes| {
        let answer: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let cid = answer.pointer("/blob/ref/$link").and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        *st.inner.lock().unwrap().stats.uploads_by_cid.entry(cid).or_default() += 1;
        bytes
    })
    .await
}

/// As an entryway: `None` for calls it answers (forwarded as usual), a redirect for `getBlob`, a
/// refusal for the PDS's other calls.
fn entryway(req: &Request<Incoming>, st: &State, faults: &Faults, path: &str) -> Option<Response<ProxyBody>> {
    if !faults.entryway || req.method() == hyper::Method::OPTIONS || ENTRYWAY_CALLS.contains(&path) {
        return None;
    }
    let mut inner = st.inner.lock().unwrap();
    if path == GET_BLOB {
        inner.stats.entryway_redirected += 1;
        let pq = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let mut resp = Response::new(full(Bytes::new()));
        *resp.status_mut() = StatusCode::FOUND;
        let location = HeaderValue::from_str(&format!("{}{pq}", st.upstream)).unwrap();
        resp.headers_mut().insert(header::LOCATION, location);
        resp.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        return Some(resp);
    }
    inner.stats.entryway_refused += 1;
    Some(xrpc_error(
        StatusCode::BAD_REQUEST,
        "InvalidRequest",
        "this is an entryway, not the account's PDS: send this call to the PDS its DID document names",
        HeaderMap::new(),
    ))
}

/// `createSession` with the emailed code demanded: refused without the right `authFactorToken`,
/// passed on without it otherwise (the PDS behind has no two-factor sign-in of its own).
async fn auth_factor(
    req: Request<Incoming>,
    st: &State,
    faults: &Faults,
    path: &str,
) -> Result<Request<Incoming>, Response<ProxyBody>> {
    // Only the sign-in itself: a browser's CORS preflight (OPTIONS) goes through as usual.
    let sign_in = path == CREATE_SESSION && req.method() == hyper::Method::POST;
    let Some(code) = faults.require_auth_factor.as_deref().filter(|_| sign_in) else {
        return Ok(req);
    };
    let bytes = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let mut input: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let given = input.get("authFactorToken").and_then(|v| v.as_str()).map(str::trim).map(str::to_owned);
    if given.as_deref() != Some(code) {
        st.inner.lock().unwrap().stats.auth_factor_demanded += 1;
        return Err(xrpc_error(
            StatusCode::UNAUTHORIZED,
            "AuthFactorTokenRequired",
            "A sign in code has been sent to your email address",
            HeaderMap::new(),
        ));
    }
    if let Some(o) = input.as_object_mut() {
        o.remove("authFactorToken");
    }
    // The body has been read, so the JSON (without the code) is forwarded here rather than by
    // `forward`, which streams a request's own body.
    let url = format!("{}{}", st.upstream, path);
    let answer = st.client.post(&url).json(&input).send().await;
    Err(match answer {
        Ok(up) => {
            let status = up.status();
            let headers = strip_hop_by_hop(up.headers());
            let body = up.bytes().await.unwrap_or_default();
            let mut resp = Response::new(full(body));
            *resp.status_mut() = status;
            *resp.headers_mut() = headers;
            public_face(resp, st).await
        }
        Err(e) => {
            xrpc_error(StatusCode::BAD_GATEWAY, "UpstreamFailure", &format!("fault proxy: {e}"), HeaderMap::new())
        }
    })
}

/// A session answer whose DID document names the upstream PDS names the proxy instead (unless it
/// plays an entryway): the proxy is the PDS's public face. Session answers are small JSON.
/// With `session_did_doc_from`, a session answer without a `didDoc` gets the DID's document from
/// that PLC directory first, as a PDS with `PDS_ENABLE_DID_DOC_WITH_SESSION` sends it; it then
/// names the proxy, so a client that follows the session's document (as it must) keeps talking
/// through the proxy for the account's data too.
async fn public_face(resp: Response<ProxyBody>, st: &State) -> Response<ProxyBody> {
    let (entryway, plc) = {
        let faults = st.faults.lock().unwrap();
        (faults.entryway, faults.session_did_doc_from.clone())
    };
    if !resp.status().is_success() || entryway {
        return resp;
    }
    let (mut parts, bytes) = read_whole(resp).await;
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    if let Some(plc) = plc {
        text = with_did_doc(st, &plc, text).await;
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut text = text.replace(&st.upstream, &st.public);
    for (pds, front) in st.faces.lock().unwrap().iter() {
        text = text.replace(pds, front);
    }
    Response::from_parts(parts, full(text))
}

/// A session answer (JSON text) with the `didDoc` the PLC directory at `plc` holds for its DID,
/// where it had none.
async fn with_did_doc(st: &State, plc: &str, text: String) -> String {
    let Ok(mut session) = serde_json::from_str::<serde_json::Value>(&text) else { return text };
    let Some(did) = session["did"].as_str().filter(|_| session.get("didDoc").is_none()).map(str::to_owned) else {
        return text;
    };
    let doc = match st.client.get(format!("{}/{did}", plc.trim_end_matches('/'))).send().await {
        Ok(answer) if answer.status().is_success() => answer.json::<serde_json::Value>().await.ok(),
        _ => None,
    };
    match doc {
        Some(doc) => {
            session["didDoc"] = doc;
            session.to_string()
        }
        None => text,
    }
}

struct RateLimitSlot {
    st: Arc<State>,
    keep: bool,
}

impl Drop for RateLimitSlot {
    fn drop(&mut self) {
        if !self.keep {
            let mut inner = self.st.inner.lock().unwrap();
            inner.rl_used = inner.rl_used.saturating_sub(1);
        }
    }
}

/// Takes a rate-limit slot for an upload (`None`), or gives the 429 to answer.
fn rate_limit(st: &State, rl: &RateLimitFault) -> Option<Response<ProxyBody>> {
    let mut inner = st.inner.lock().unwrap();
    let now = Instant::now();
    if let Some((at, _)) = inner.rl_reset_at {
        if now >= at {
            inner.rl_reset_at = None;
            inner.rl_used = 0;
        }
    }
    if inner.rl_reset_at.is_none() && inner.rl_used < rl.after_uploads {
        inner.rl_used += 1;
        return None;
    }
    if inner.rl_reset_at.is_none() {
        inner.stats.rate_limit_windows.push((now, now + rl.reset_in));
    }
    let (at, wall) = *inner.rl_reset_at.get_or_insert_with(|| (now + rl.reset_in, SystemTime::now() + rl.reset_in));
    inner.stats.rate_limited += 1;
    drop(inner);
    let mut headers = HeaderMap::new();
    if rl.with_headers {
        let remaining = at.saturating_duration_since(now);
        let retry_after = ceil_secs(remaining).max(1);
        let reset_epoch = ceil_secs(wall.duration_since(UNIX_EPOCH).unwrap_or_default());
        let window = ceil_secs(rl.reset_in).max(1);
        let mut set = |k: &'static str, v: String| {
            headers.insert(HeaderName::from_static(k), HeaderValue::from_str(&v).unwrap());
        };
        set("ratelimit-limit", rl.after_uploads.to_string());
        set("ratelimit-remaining", "0".into());
        set("ratelimit-reset", reset_epoch.to_string());
        set("ratelimit-policy", format!("{};w={}", rl.after_uploads, window));
        set("retry-after", retry_after.to_string());
        // As the reference PDS does since 2026-07: browsers may read the rate-limit headers.
        set(
            "access-control-expose-headers",
            "ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy, retry-after".into(),
        );
    }
    Some(xrpc_error(StatusCode::TOO_MANY_REQUESTS, "RateLimitExceeded", "Rate Limit Exceeded", headers))
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

/// Forwards the request upstream and streams the answer back.
/// `corrupt`: the CID whose body gets one byte flipped.
/// `cut`: only this many bytes of the body go upstream (sent without a length), the rest is drained.
async fn forward(
    req: Request<Incoming>,
    st: &Arc<State>,
    corrupt: Option<String>,
    stream_limit: Option<u64>,
    cut: Option<u64>,
) -> Response<ProxyBody> {
    let (parts, body) = req.into_parts();
    let pq = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let url = format!("{}{}", st.upstream, pq);
    let mut headers = strip_hop_by_hop(&parts.headers);
    headers.remove(header::HOST);
    // hyper answers `Expect: 100-continue` to the client itself when the body is first read.
    headers.remove(header::EXPECT);
    // Answers the proxy may read or rewrite (small JSON) come uncompressed: a browser asks for gzip.
    if corrupt.is_some() || REWRITTEN.contains(&parts.uri.path()) {
        headers.remove(header::ACCEPT_ENCODING);
    }
    if cut.is_some() {
        headers.remove(header::CONTENT_LENGTH);
    }
    let mut rb = st.client.request(parts.method.clone(), &url).headers(headers);
    let mut too_big: Option<Arc<AtomicBool>> = None;
    if body.size_hint().exact() != Some(0) {
        let (b, flag) = pump(body, stream_limit, cut);
        rb = rb.body(b);
        too_big = Some(flag);
    }
    let result = rb.send().await;
    if let Some(limit) = stream_limit {
        if too_big.as_ref().is_some_and(|f| f.load(Ordering::SeqCst)) {
            st.inner.lock().unwrap().stats.too_large += 1;
            return too_large(limit);
        }
    }
    let up = match result {
        Ok(r) => r,
        Err(e) => {
            st.inner.lock().unwrap().stats.upstream_errors += 1;
            return xrpc_error(
                StatusCode::BAD_GATEWAY,
                "UpstreamFailure",
                &format!("fault proxy: upstream request failed: {e}"),
                HeaderMap::new(),
            );
        }
    };
    let status = up.status();
    let resp_headers = strip_hop_by_hop(up.headers());
    let len = up.content_length();
    let stream = up.bytes_stream().map_err(|e| -> BoxError { Box::new(e) });
    let body: ProxyBody = if let Some(cid) = corrupt.filter(|_| status.is_success()) {
        st.inner.lock().unwrap().stats.corrupted += 1;
        let st = st.clone();
        // Flip the byte at len/2; without a length (should not happen without Accept-Encoding),
        // flip the middle byte of the first non-empty chunk.
        let mut target = len.map(|l| l / 2);
        let mut offset: u64 = 0;
        let mut done = len == Some(0);
        let s = stream.map_ok(move |chunk: Bytes| {
            if done || chunk.is_empty() {
                return chunk;
            }
            let n = chunk.len() as u64;
            let t = *target.get_or_insert(n / 2);
            let start = offset;
            offset += n;
            if t < start || t >= start + n {
                return chunk;
            }
            done = true;
            // The damaged byte is on its way to the client: a once-only fault is used up.
            st.inner.lock().unwrap().corrupted_once.insert(cid.clone());
            let mut m = BytesMut::from(&chunk[..]);
            let i = (t - start) as usize;
            m[i] ^= 0xff;
            m.freeze()
        });
        StreamBody::new(s.map_ok(Frame::data)).boxed_unsync()
    } else {
        StreamBody::new(stream.map_ok(Frame::data)).boxed_unsync()
    };
    let mut resp = Response::new(body);
    *resp.status_mut() = status;
    *resp.headers_mut() = resp_headers;
    resp
}

/// Streams the client's body to the upstream request through a small bounded channel. A task owns
/// the client body: if the streamed size passes `limit` it aborts the upstream body (and sets the
/// flag); if the client disconnects, the error aborts the upstream request too. When upstream no
/// longer wants the body (limit passed, early answer), the rest is drained so the client reads our
/// answer instead of a connection reset.
/// With `cut`, the upstream body ends cleanly after that many bytes (a server that reads no more).
fn pump(mut body: Incoming, limit: Option<u64>, cut: Option<u64>) -> (reqwest::Body, Arc<AtomicBool>) {
    let flag = Arc::new(AtomicBool::new(false));
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, BoxError>>(4);
    let f = flag.clone();
    tokio::spawn(async move {
        let mut seen: u64 = 0;
        loop {
            match body.frame().await {
                None => return,
                Some(Err(e)) => {
                    let _ = tx.send(Err(Box::new(e))).await;
                    return;
                }
                Some(Ok(frame)) => {
                    let Ok(mut data) = frame.into_data() else {
                        continue;
                    };
                    if let Some(cut) = cut {
                        let room = cut.saturating_sub(seen) as usize;
                        if data.len() >= room {
                            let _ = tx.send(Ok(data.split_to(room))).await;
                            break;
                        }
                    }
                    seen += data.len() as u64;
                    if limit.is_some_and(|l| seen > l) {
                        f.store(true, Ordering::SeqCst);
                        let _ = tx.send(Err("fault proxy: upload over the size limit".into())).await;
                        break;
                    }
                    if tx.send(Ok(data)).await.is_err() {
                        break;
                    }
                }
            }
        }
        drop(tx);
        drain_now(body).await;
    });
    let stream = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|x| (x, rx)) });
    (reqwest::Body::wrap_stream(stream), flag)
}

/// Reads and discards a request body in the background (bounded by [`DRAIN_TIMEOUT`]).
fn drain(body: Incoming) {
    if body.is_end_stream() {
        return;
    }
    tokio::spawn(drain_now(body));
}

async fn drain_now(mut body: Incoming) {
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, async { while let Some(Ok(_)) = body.frame().await {} }).await;
}

fn strip_hop_by_hop(h: &HeaderMap) -> HeaderMap {
    const HOP: [&str; 9] = [
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    ];
    let listed: Vec<String> = h
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().to_ascii_lowercase())
        .collect();
    let mut out = HeaderMap::new();
    for (k, v) in h {
        let name = k.as_str();
        if HOP.contains(&name) || listed.iter().any(|l| l == name) {
            continue;
        }
        out.append(k.clone(), v.clone());
    }
    out
}

fn bearer(h: &HeaderMap) -> Option<String> {
    let v = h.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, tok) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| tok.trim().to_string())
}

/// A JWT whose payload decodes is an access token iff it has a `scope` other than
/// `com.atproto.refresh` (service-auth tokens have none); an opaque token counts as one.
fn is_access_token(token: &str) -> bool {
    let Some(payload) = token.split('.').nth(1) else {
        return true;
    };
    let Some(bytes) = base64url_decode(payload) else {
        return true;
    };
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return true;
    };
    match json.get("scope").and_then(|s| s.as_str()) {
        Some(scope) => scope != "com.atproto.refresh",
        None => false,
    }
}

fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k) == key).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn full(body: impl Into<Bytes>) -> ProxyBody {
    Full::new(body.into()).map_err(|never| match never {}).boxed_unsync()
}

/// A JSON XRPC error, as the PDS sends it (with its CORS header).
fn xrpc_error(status: StatusCode, error: &str, message: &str, extra: HeaderMap) -> Response<ProxyBody> {
    let body = serde_json::json!({ "error": error, "message": message }).to_string();
    let mut resp = Response::new(full(body));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    if status != StatusCode::BAD_GATEWAY {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    h.extend(extra);
    resp
}

/// 413 `PayloadTooLarge` like a front proxy's body limit (JSON body, no CORS header).
fn too_large(limit: u64) -> Response<ProxyBody> {
    let body = serde_json::json!({
        "error": "PayloadTooLarge",
        "message": format!("request entity too large (limit {limit} bytes)"),
    })
    .to_string();
    let mut resp = Response::new(full(body));
    *resp.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    resp
}

/// A reverse proxy's 502 page (HTML, no CORS header).
fn proxy_502() -> Response<ProxyBody> {
    let mut resp = Response::new(full(
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n",
    ));
    *resp.status_mut() = StatusCode::BAD_GATEWAY;
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    resp
}
