//! `uploadBlob` through the browser's own `fetch`, for bodies reqwest cannot send on wasm: a JS
//! `Blob`/`File` (streamed by the browser from its storage) or a `ReadableStream` (`duplex: 'half'`,
//! which Chromium accepts only over HTTP/2, i.e. HTTPS). Either way no blob sits whole in wasm memory.

use futures::StreamExt;
use js_sys::{Reflect, Uint8Array};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestInit, Response};

use super::UploadStream;

pub(crate) enum Body {
    Blob(web_sys::Blob),
    Stream(UploadStream),
}

/// What came back: status, the headers we act on, the body text.
pub(crate) struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

/// Headers a 429 is read from (only those the PDS exposes to browsers are visible at all).
const KEPT_HEADERS: [&str; 5] =
    ["ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy", "retry-after"];

fn js_text(e: JsValue) -> String {
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

pub(crate) async fn post(url: &str, token: &str, content_type: &str, body: Body) -> Result<Answer, String> {
    let headers = Headers::new().map_err(js_text)?;
    headers.set("Authorization", &format!("Bearer {token}")).map_err(js_text)?;
    headers.set("Content-Type", content_type).map_err(js_text)?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    match body {
        Body::Blob(blob) => init.set_body(&blob),
        Body::Stream(stream) => {
            let chunks = stream.map(|item| match item {
                // Copied into a fresh JS buffer: the browser keeps the chunk after we move on.
                Ok(bytes) => Ok(JsValue::from(Uint8Array::from(&bytes[..]))),
                Err(e) => Err(JsValue::from_str(&e.to_string())),
            });
            let readable = wasm_streams::ReadableStream::from_stream(chunks).into_raw();
            init.set_body(&readable);
            // Required by the Fetch standard for a streamed request body.
            Reflect::set(&init, &"duplex".into(), &"half".into()).map_err(js_text)?;
        }
    }
    let request = Request::new_with_str_and_init(url, &init).map_err(js_text)?;
    let response = send(&request).await?;
    let kept = kept_headers(&response);
    let text = JsFuture::from(response.text().map_err(js_text)?).await.map_err(network_error)?;
    Ok(Answer { status: response.status(), headers: kept, body: text.as_string().unwrap_or_default() })
}

/// Bytes asked for per read of a download: the pieces the engine then works with.
const READ_BUFFER: usize = 64 * 1024;

/// A blob body as pieces of at most [`READ_BUFFER`] bytes.
pub(crate) type PieceStream = std::pin::Pin<Box<dyn futures::Stream<Item = Result<bytes::Bytes, String>>>>;

/// The answer to a download: a body to read, or a refusal to classify.
pub(crate) enum Download {
    Body { content_type: Option<String>, content_length: Option<u64>, stream: PieceStream },
    Refused(Answer),
}

/// `GET url` with the token; a successful body is read with a BYOB reader into buffers of our own
/// size (falling back to the default reader where the body is not a byte stream).
pub(crate) async fn get(url: &str, token: &str) -> Result<Download, String> {
    let headers = Headers::new().map_err(js_text)?;
    if !token.is_empty() {
        headers.set("Authorization", &format!("Bearer {token}")).map_err(js_text)?;
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
        return Ok(Download::Refused(Answer { status, headers: kept, body: text.as_string().unwrap_or_default() }));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type");
    let content_length = header("content-length").and_then(|v| v.parse().ok());
    let stream: PieceStream =
        match response.body() {
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
                            Some((Ok(bytes::Bytes::from(buf)), Some(reader)))
                        }
                        // The first error ends the body.
                        Err(e) => Some((Err(format!("the download broke: {e}")), None)),
                    }
                })),
                Err((_, readable)) => Box::pin(readable.into_stream().map(|piece| {
                    piece.map(|js| bytes::Bytes::from(Uint8Array::new(&js).to_vec())).map_err(network_error)
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
