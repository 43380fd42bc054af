//! The seam in the browser (wasm32): what reqwest cannot do there goes through the browser's own
//! `fetch`, so that no blob ever sits whole in wasm memory.
//!
//! - Downloads (`getBlob`): `fetch` with a BYOB reader into our own [`READ_BUFFER`]-sized buffers.
//!   reqwest's body stream would hand over whatever the network delivered (Chromium: pieces of up to
//!   2 MiB).
//! - Streamed uploads: a `ReadableStream` request body (`duplex: 'half'`) where the browser and the
//!   connection allow it (Chromium: HTTP/2 only; found out by feature detection and one probe per
//!   server, see [`request_streams`]); elsewhere the verified chunks are copied one by one into
//!   browser memory and sent as one JS `Blob`.
//! - Cached uploads: the OPFS/IndexedDB `File`/`Blob` itself is the body; the browser reads it from
//!   its storage.
//! - In-memory bodies (JSON, the repo CAR) go through reqwest, which can send whole bodies.
//! - Timers are the browser's (`tokio::time` panics on wasm32).

use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use js_sys::{Reflect, Uint8Array};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use tektite_platform::CacheReader;
use url::Url;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestInit, Response};

use super::types::{
    channel_body, Answer, BodySource, BodyStream, BoxError, CachedBody, Credentials, Download, HeldBody, MaybeSend,
    TransportError, Unsendable, UploadBody, UploadStream,
};

#[path = "web_request_streams.rs"]
mod request_streams;

/// Bytes asked for per read of a download: the pieces the engine then works with.
const READ_BUFFER: usize = 64 * 1024;

/// Headers a 429 is read from (only those the PDS exposes to browsers are visible at all).
// The DPoP ones for OAuth sessions: servers rotate nonces and say so on any answer.
const KEPT_HEADERS: [&str; 7] = [
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
    "ratelimit-policy",
    "retry-after",
    "dpop-nonce",
    "www-authenticate",
];

/// Waits for `duration` without blocking the page.
pub async fn sleep(duration: Duration) {
    gloo_timers::future::sleep(duration).await
}

/// The DNS-over-HTTPS service asked for TXT records (a handle's `_atproto` record). It must speak
/// Google's JSON API (`?name=…&type=TXT`) and answer with CORS headers; Cloudflare's
/// `https://cloudflare-dns.com/dns-query` does too. Chosen when the bundle is built:
/// `TEKTITE_DOH_URL=… scripts/build-web.sh` (the README's privacy section says who is asked).
const DOH_JSON_URL: &str = match option_env!("TEKTITE_DOH_URL") {
    Some(url) => url,
    None => "https://dns.google/resolve",
};

/// The TXT records of `name` over DNS-over-HTTPS: a browser cannot send DNS queries itself.
pub async fn dns_txt(name: &str, timeout: Duration) -> Result<Vec<String>, TransportError> {
    #[derive(serde::Deserialize)]
    struct Answer {
        #[serde(default, rename = "Answer")]
        answer: Vec<Record>,
    }
    #[derive(serde::Deserialize)]
    struct Record {
        #[serde(rename = "type")]
        kind: u16,
        data: String,
    }
    let resp = reqwest::Client::new()
        .get(DOH_JSON_URL)
        .query(&[("name", name), ("type", "TXT")])
        .header("accept", "application/dns-json")
        .timeout(timeout)
        .send()
        .await?;
    let answer: Answer = resp.json().await?;
    // TXT data comes quoted: `"did=did:plc:…"`.
    Ok(answer.answer.into_iter().filter(|r| r.kind == 16).map(|r| r.data.trim_matches('"').to_owned()).collect())
}

/// The HTTP client for one XRPC service (the browser owns connections and timeouts).
pub fn http_client() -> Result<reqwest::Client, String> {
    Ok(reqwest::Client::new())
}

/// In a browser every network failure looks alike ("Failed to fetch"): a proxy error without CORS
/// headers, a dropped connection or a server that is down. Only a request that never got an answer
/// counts here, so call it unreachable and let the message say what probably happened.
pub fn is_connect(err: &reqwest::Error) -> bool {
    err.is_request()
}

/// `POST url` with the `credentials` headers, `content_type` and `body`: in-memory bytes through reqwest,
/// browser-held and streamed bodies through `fetch`.
pub async fn post(
    http: &reqwest::Client,
    url: Url,
    credentials: Credentials<'_>,
    content_type: &str,
    body: UploadBody,
    read_output: bool,
) -> Result<Answer, TransportError> {
    match body {
        UploadBody::Bytes(b) => {
            let mut req = http.post(url).header(CONTENT_TYPE, content_type).body(b);
            for (name, value) in credentials {
                req = req.header(*name, value);
            }
            let resp = req.send().await?;
            Answer::read(resp, read_output).await
        }
        UploadBody::Held(HeldBody(blob)) => {
            fetch_post(url.as_str(), credentials, content_type, FetchBody::Blob(blob)).await
        }
        UploadBody::Stream { stream, .. } => {
            let answer = fetch_post(url.as_str(), credentials, content_type, FetchBody::Stream(stream)).await;
            match answer {
                // No answer to a streamed body: perhaps the connection cannot take one after all.
                // Later uploads to this server go as whole Blobs (the driver retries this blob).
                Err(e) => {
                    request_streams::failed(&url);
                    Err(e)
                }
                // A streamed body has no `Content-Length`, which some servers demand (rsky-pds):
                // the same switch, and a failure the driver retries (as a Blob, with its length).
                Ok(answer) if wants_length(&answer) => {
                    request_streams::failed(&url);
                    Err(TransportError::Network(format!(
                        "{} refused a streamed body without its length ({}); sending whole Blobs from now on",
                        url.host_str().unwrap_or_default(),
                        answer.text().trim()
                    )))
                }
                Ok(answer) => Ok(answer),
            }
        }
    }
}

/// A refusal that says the body lacked its length: 411, or a 400 that names the header.
fn wants_length(answer: &Answer) -> bool {
    answer.status == 411 || (answer.status == 400 && answer.text().to_ascii_lowercase().contains("content-length"))
}

enum FetchBody {
    Blob(web_sys::Blob),
    Stream(UploadStream),
}

/// A JS exception's words (its `message`), for our errors.
pub(super) fn js_text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| format!("{e:?}"))
}

/// A browser network error says nothing useful ("Failed to fetch"); say what probably happened.
fn network_error(e: JsValue) -> String {
    format!(
        "the browser reports a CORS/network error ({}): the PDS or a proxy in front of it dropped the connection or refused the request without CORS headers (for example a body over its size limit, or a gateway timeout)",
        js_text(e)
    )
}

async fn fetch_post(
    url: &str,
    credentials: Credentials<'_>,
    content_type: &str,
    body: FetchBody,
) -> Result<Answer, TransportError> {
    let net = TransportError::Network;
    let headers = Headers::new().map_err(js_text).map_err(net)?;
    for (name, value) in credentials {
        headers.set(name, value).map_err(js_text).map_err(net)?;
    }
    headers.set("Content-Type", content_type).map_err(js_text).map_err(net)?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    match body {
        FetchBody::Blob(blob) => init.set_body(&blob),
        FetchBody::Stream(stream) => {
            let chunks = stream.map(|item| match item {
                // Copied into a fresh JS buffer: the browser keeps the chunk after we move on.
                Ok(bytes) => Ok(JsValue::from(Uint8Array::from(&bytes[..]))),
                Err(e) => Err(JsValue::from_str(&e.to_string())),
            });
            let readable = wasm_streams::ReadableStream::from_stream(chunks).into_raw();
            init.set_body(&readable);
            // Required by the Fetch standard for a streamed request body.
            Reflect::set(&init, &"duplex".into(), &"half".into()).map_err(js_text).map_err(net)?;
        }
    }
    let request = Request::new_with_str_and_init(url, &init).map_err(js_text).map_err(net)?;
    let response = send(&request).await.map_err(net)?;
    let kept = kept_headers(&response);
    let text =
        JsFuture::from(response.text().map_err(js_text).map_err(net)?).await.map_err(network_error).map_err(net)?;
    Ok(Answer { status: response.status(), headers: kept, body: Bytes::from(text.as_string().unwrap_or_default()) })
}

/// `GET url` with the `credentials` headers (none for a public read); a successful body is read
/// with a BYOB reader into buffers of our own size (falling back to the default reader where the
/// body is not a byte stream).
pub async fn open_download(
    _http: &reqwest::Client,
    url: Url,
    credentials: Credentials<'_>,
) -> Result<Download, TransportError> {
    get(url.as_str(), credentials).await.map_err(TransportError::Network)
}

async fn get(url: &str, credentials: Credentials<'_>) -> Result<Download, String> {
    let headers = Headers::new().map_err(js_text)?;
    for (name, value) in credentials {
        headers.set(name, value).map_err(js_text)?;
    }
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(url, &init).map_err(js_text)?;
    let response = send(&request).await?;
    if !response.ok() {
        let mut kept = kept_headers(&response);
        let text = JsFuture::from(response.text().map_err(js_text)?).await.map_err(network_error)?;
        let status = response.status();
        kept.remove("content-length");
        let body = Bytes::from(text.as_string().unwrap_or_default());
        return Ok(Download::Refused(Answer { status, headers: kept, body }));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type");
    let content_length = header("content-length").and_then(|v| v.parse().ok());
    let stream: BodyStream<Result<Bytes, TransportError>> = match response.body() {
        None => Box::pin(futures::stream::empty()),
        Some(body) => match wasm_streams::ReadableStream::from_raw(body).try_into_async_read() {
            Ok(reader) => Box::pin(futures::stream::unfold(Some(reader), |reader| async move {
                use futures::AsyncReadExt;
                let mut reader = reader?;
                let mut buf = vec![0u8; READ_BUFFER];
                match reader.read(&mut buf).await {
                    Ok(0) => None,
                    Ok(n) => {
                        buf.truncate(n);
                        Some((Ok(Bytes::from(buf)), Some(reader)))
                    }
                    // The first error ends the body.
                    Err(e) => Some((Err(TransportError::Network(format!("the download broke: {e}"))), None)),
                }
            })),
            Err((_, readable)) => Box::pin(readable.into_stream().map(|piece| {
                piece
                    .map(|js| Bytes::from(Uint8Array::new(&js).to_vec()))
                    .map_err(|e| TransportError::Network(network_error(e)))
            })),
        },
    };
    Ok(Download::Body { content_type, content_length, stream })
}

async fn send(request: &Request) -> Result<Response, String> {
    let global = js_sys::global();
    let promise = match global.dyn_ref::<web_sys::Window>() {
        Some(window) => window.fetch_with_request(request),
        None => global.unchecked_into::<web_sys::WorkerGlobalScope>().fetch_with_request(request),
    };
    JsFuture::from(promise).await.map_err(network_error)?.dyn_into().map_err(js_text)
}

fn kept_headers(response: &Response) -> HeaderMap {
    let mut kept = HeaderMap::new();
    for name in KEPT_HEADERS {
        if let Ok(Some(value)) = response.headers().get(name) {
            if let (Ok(n), Ok(v)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(&value)) {
                kept.insert(n, v);
            }
        }
    }
    kept
}

const STREAMED: &str = "a ReadableStream request body (fetch with duplex: 'half', over HTTP/2)";
const ASSEMBLED: &str =
    "a browser Blob assembled from the verified chunks (this browser or connection cannot stream request bodies)";

/// How blob bytes reach the new PDS at `target`, for the plan printout (probing the server once).
pub async fn upload_path(source: BodySource, target: &Url) -> &'static str {
    match source {
        BodySource::Channel => {
            if request_streams::usable(target).await {
                STREAMED
            } else {
                ASSEMBLED
            }
        }
        BodySource::Cache => {
            if request_streams::usable(target).await {
                "a ReadableStream request body relayed from the browser cache as it fills (over HTTP/2)"
            } else {
                "the cached browser file (OPFS, IndexedDB or LocalStorage) as the fetch body"
            }
        }
    }
}

/// Uploads what arrives on the streaming strategy's channel to the server at `target`. Where the
/// browser and the connection take streamed bodies, the channel becomes a `ReadableStream` body
/// (`sent` counts bytes as the browser takes them); otherwise each chunk is copied into browser
/// memory and the upload is a JS `Blob` of them (`sent` counts them once the upload succeeded).
/// Either way wasm memory holds only the channel's chunks.
pub async fn upload_channel<T, E, Fut>(
    mut rx: tokio::sync::mpsc::Receiver<Result<Bytes, BoxError>>,
    length: Option<u64>,
    content_type: &str,
    target: &Url,
    sent: impl Fn(u64) + MaybeSend + 'static,
    upload: impl FnOnce(UploadBody) -> Fut,
) -> Result<T, E>
where
    Fut: Future<Output = Result<T, E>>,
    E: From<Unsendable>,
{
    let streamed = request_streams::usable(target).await;
    tracing::debug!("uploading through {}", if streamed { STREAMED } else { ASSEMBLED });
    if streamed {
        return upload(channel_body(rx, length, sent)).await;
    }
    let parts = js_sys::Array::new();
    let mut total = 0u64;
    while let Some(item) = rx.recv().await {
        // A failed download or a CID mismatch: stop here; the caller reports the real cause.
        let chunk = item.map_err(|e| Unsendable(format!("the upload was stopped: {e}")))?;
        total += chunk.len() as u64;
        parts.push(&Uint8Array::from(&chunk[..]));
    }
    let blob = blob_of(&parts, content_type)
        .map_err(|e| Unsendable(format!("the browser could not assemble the blob: {e}")))?;
    drop(parts);
    let stored = upload(UploadBody::Held(HeldBody(blob))).await?;
    sent(total);
    Ok(stored)
}

/// A cache entry is hashed first by streaming it through wasm chunk by chunk, then the browser's own
/// `File`/`Blob` of it is the request body, so its bytes are never held in wasm memory.
pub fn cached_body(reader: CacheReader) -> CachedBody {
    let held = reader.file.map(|file| UploadBody::Held(HeldBody(file)));
    CachedBody::HashThenSend { stream: reader.stream, size: reader.size, held }
}

/// The `getRepo` download (or a backup's `repo.car`) as an `importRepo` body: its pieces copied one
/// by one into browser memory and sent as one JS `Blob`, which `fetch` sends with its length (some
/// servers refuse an import without a `Content-Length`), while wasm memory holds one piece at a time.
/// reqwest here sends only whole in-memory bodies, and a `ReadableStream` would have no length.
pub async fn repo_body<E>(mut stream: BodyStream<Result<Bytes, E>>, _length: Option<u64>) -> Result<UploadBody, E>
where
    E: std::error::Error + Send + Sync + 'static + From<Unsendable>,
{
    let parts = js_sys::Array::new();
    while let Some(piece) = stream.next().await {
        parts.push(&Uint8Array::from(&piece?[..]));
    }
    let blob = blob_of(&parts, "application/vnd.ipld.car")
        .map_err(|e| E::from(Unsendable(format!("the browser could not assemble the repository: {e}"))))?;
    Ok(UploadBody::Held(HeldBody(blob)))
}

/// One JS `Blob` of `content_type` from pieces already copied into browser memory.
fn blob_of(parts: &js_sys::Array, content_type: &str) -> Result<web_sys::Blob, String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(|e| format!("{e:?}"))
}

/// Whether an upload to the server of `target` can take a streamed body (a `ReadableStream`): where
/// the browser streams request bodies and reaches that server over HTTP/2 ([`request_streams`]).
pub async fn streams_request_bodies(target: &Url) -> bool {
    request_streams::usable(target).await
}

/// Requests a browser runs at once to one server over HTTP/1.1 (Chromium, Firefox: 6); more are
/// queued by the browser, where they would only hold memory (and an upload whose download waits
/// in the browser's queue would hold its request open with nothing to send).
const HTTP1_PARALLEL: usize = 6;

/// Requests the browser runs at once to every server of `urls`: no limit of its own when each of
/// them multiplexes requests on one HTTP/2 connection, else [`HTTP1_PARALLEL`]. A page cannot ask
/// which protocol a `fetch` will use; a server that takes a streamed request body from Chromium is
/// one it reaches over HTTP/2 ([`request_streams::usable`], probed once per server and remembered).
/// Browsers that do not stream request bodies get the HTTP/1.1 number: safe either way.
pub async fn parallel_per_server(urls: &[&Url]) -> usize {
    for url in urls {
        if !request_streams::usable(url).await {
            return HTTP1_PARALLEL;
        }
    }
    usize::MAX
}
