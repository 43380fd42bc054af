//! Whether an upload to a server can be streamed from this browser (a `ReadableStream` request
//! body), decided by what the browser and the connection do, not by the URL's scheme:
//!
//! 1. feature detection, as the Fetch standard suggests: a browser that streams request bodies
//!    reads the `duplex` member of the request's options and does not turn a stream into text;
//! 2. a probe per server: a streamed request of no bytes (`POST describeServer`, which the server
//!    refuses as a query, harmlessly). Chromium refuses to send a streamed body on a connection
//!    that is not HTTP/2 before anything leaves, so any answer means "streams work here";
//! 3. a streamed upload that still fails before the server answers marks the server as "no" for
//!    the rest of the page's life; that blob is retried as a whole `Blob`.
//!
//! Answers are kept per origin for the page's life (the protocol of a server does not change).

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Object, Reflect};
use url::Url;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Headers, Request, RequestInit};

thread_local! {
    static SUPPORTED: bool = detect();
    static ORIGINS: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
}

fn origin_of(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// The browser streams request bodies (Fetch standard feature detection).
fn detect() -> bool {
    let read_duplex = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = read_duplex.clone();
    let getter = Closure::<dyn FnMut() -> JsValue>::new(move || {
        flag.set(true);
        JsValue::from_str("half")
    });
    let init = Object::new();
    let descriptor = Object::new();
    let body = wasm_streams::ReadableStream::from_stream(futures::stream::empty::<Result<JsValue, JsValue>>());
    let ok = Reflect::set(&init, &"method".into(), &"POST".into()).is_ok()
        && Reflect::set(&init, &"body".into(), &body.into_raw()).is_ok()
        && Reflect::set(&descriptor, &"get".into(), getter.as_ref()).is_ok();
    if !ok {
        return false;
    }
    Object::define_property(&init, &"duplex".into(), &descriptor);
    let request = Request::new_with_str_and_init("", &init.unchecked_into::<RequestInit>());
    let text_body = request.as_ref().is_ok_and(|r| r.headers().has("Content-Type").unwrap_or(true));
    request.is_ok() && read_duplex.get() && !text_body
}

/// Remembers that streamed uploads to the server of `url` failed: later ones go as `Blob`s.
pub fn failed(url: &Url) {
    let origin = origin_of(url);
    tracing::info!("streamed uploads to {origin} failed: sending whole Blobs from now on");
    ORIGINS.with(|o| o.borrow_mut().insert(origin, false));
}

/// Whether uploads to the server of `url` are to be streamed (probing it once per page).
pub async fn usable(url: &Url) -> bool {
    if !SUPPORTED.with(|s| *s) {
        return false;
    }
    let origin = origin_of(url);
    if let Some(known) = ORIGINS.with(|o| o.borrow().get(&origin).copied()) {
        return known;
    }
    let works = probe(&origin).await;
    tracing::debug!("streamed uploads to {origin}: {}", if works { "yes" } else { "no" });
    // A failure noted meanwhile by a real upload wins over a probe's "yes".
    ORIGINS.with(|o| *o.borrow_mut().entry(origin).or_insert(works))
}

/// A streamed request of no bytes to `origin`: answered (whatever the status) or not.
async fn probe(origin: &str) -> bool {
    let Ok(headers) = Headers::new() else { return false };
    if headers.set("Content-Type", "application/octet-stream").is_err() {
        return false;
    }
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    let empty = wasm_streams::ReadableStream::from_stream(futures::stream::empty::<Result<JsValue, JsValue>>());
    init.set_body(&empty.into_raw());
    if Reflect::set(&init, &"duplex".into(), &"half".into()).is_err() {
        return false;
    }
    let url = format!("{origin}/xrpc/com.atproto.server.describeServer");
    match Request::new_with_str_and_init(&url, &init) {
        Ok(request) => super::send(&request).await.is_ok(),
        Err(_) => false,
    }
}
