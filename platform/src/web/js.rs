//! Small helpers shared by the web backends: reaching `navigator.storage` from a page or a worker,
//! turning JS exceptions into typed [`PlatformError`]s, copying bytes into fresh JS buffers, and
//! streaming a browser `Blob` through wasm in bounded pieces.
//!
//! Two rules every backend follows, and which live here so they are written once:
//! - bytes handed to a browser API are first copied into a *new* `Uint8Array` ([`js_bytes`]), never
//!   passed as a view into wasm memory: a view is invalidated when the wasm heap grows, and Safari
//!   copies (or writes) the whole heap when given one;
//! - a stored blob is read back in pieces of [`READ_CHUNK`] bytes ([`blob_stream`]), so no backend
//!   ever pulls a whole blob into wasm memory.

use std::cell::RefCell;
use std::collections::HashSet;

use bytes::Bytes;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::{ByteStream, PlatformError};

/// Bytes read per piece when streaming a stored blob through wasm (as on the desktop).
pub(crate) const READ_CHUNK: u64 = 256 * 1024;

/// `globalThis.navigator.storage`, from a page or a worker; `None` where the browser (or the
/// desktop webview) has none.
pub(crate) fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).ok()?;
    if navigator.is_undefined() || navigator.is_null() {
        return None;
    }
    let storage = Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(storage.unchecked_into())
}

/// What `navigator.storage.estimate()` reported, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Estimate {
    pub quota: u64,
    pub usage: u64,
}

impl Estimate {
    pub fn free(&self) -> u64 {
        self.quota.saturating_sub(self.usage)
    }
}

/// Asks the browser how much this origin may store and already stores (IndexedDB, OPFS, caches:
/// one pool per origin). `Ok(None)` when the browser has no `navigator.storage.estimate`.
pub(crate) async fn estimate() -> Result<Option<Estimate>, PlatformError> {
    let Some(manager) = storage_manager() else { return Ok(None) };
    if !has_method(&manager, "estimate") {
        return Ok(None);
    }
    let promise = manager.estimate().map_err(|e| js_error("asking the browser for its storage estimate", &e))?;
    let value =
        JsFuture::from(promise).await.map_err(|e| js_error("asking the browser for its storage estimate", &e))?;
    let estimate: web_sys::StorageEstimate = value.unchecked_into();
    match (estimate.get_quota(), estimate.get_usage()) {
        (Some(quota), usage) => Ok(Some(Estimate { quota: quota as u64, usage: usage.unwrap_or(0.0) as u64 })),
        _ => Ok(None),
    }
}

/// Whether `target[name]` is a function (feature detection).
pub(crate) fn has_method(target: &JsValue, name: &str) -> bool {
    Reflect::get(target, &JsValue::from_str(name)).map(|f| f.is_function()).unwrap_or(false)
}

/// Whether `globalThis[class].prototype[name]` is a function.
pub(crate) fn prototype_has_method(class: &str, name: &str) -> bool {
    let Ok(ctor) = Reflect::get(&js_sys::global(), &JsValue::from_str(class)) else { return false };
    if ctor.is_undefined() {
        return false;
    }
    let Ok(proto) = Reflect::get(&ctor, &JsValue::from_str("prototype")) else { return false };
    has_method(&proto, name)
}

/// The `name` of a JS exception (`"QuotaExceededError"`, `"NotFoundError"`, ...), if it has one.
pub(crate) fn error_name(err: &JsValue) -> Option<String> {
    Reflect::get(err, &JsValue::from_str("name")).ok()?.as_string()
}

fn error_message(err: &JsValue) -> String {
    if let Some(message) = Reflect::get(err, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()) {
        return message;
    }
    if let Some(s) = err.as_string() {
        return s;
    }
    js_sys::JSON::stringify(err).ok().and_then(|s| s.as_string()).unwrap_or_else(|| format!("{err:?}"))
}

/// Whether a JS exception says the storage is full: `QuotaExceededError` (every browser today),
/// Firefox's old `NS_ERROR_DOM_QUOTA_REACHED`, or the legacy DOMException code 22.
pub(crate) fn is_quota_error(err: &JsValue) -> bool {
    match error_name(err).as_deref() {
        Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => true,
        _ => Reflect::get(err, &JsValue::from_str("code")).ok().and_then(|c| c.as_f64()) == Some(22.0),
    }
}

pub(crate) fn is_not_found(err: &JsValue) -> bool {
    matches!(error_name(err).as_deref(), Some("NotFoundError") | Some("TypeMismatchError"))
}

/// A JS exception as a typed error: storage-full becomes [`PlatformError::QuotaExceeded`], the rest
/// [`PlatformError::Io`], both saying what was being done.
pub(crate) fn js_error(context: &str, err: &JsValue) -> PlatformError {
    let message = error_message(err);
    if is_quota_error(err) {
        let name = error_name(err).unwrap_or_else(|| "QuotaExceededError".into());
        PlatformError::QuotaExceeded(format!("{context}: the browser refused to store more ({name}: {message})"))
    } else {
        match error_name(err) {
            Some(name) => PlatformError::Io(format!("{context}: {name}: {message}")),
            None => PlatformError::Io(format!("{context}: {message}")),
        }
    }
}

/// A rexie (IndexedDB) error as a typed error. rexie's messages embed the browser's exception as
/// `"<name>: <message>"` (`DOMException.toString()`), which is how a full quota is recognised.
pub(crate) fn idb_error(context: &str, err: rexie::Error) -> PlatformError {
    // rexie's own message is just "idb error"; the browser's words are in the source chain.
    let mut text = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(inner) = source {
        text = format!("{text}: {inner}");
        source = inner.source();
    }
    if text.contains("QuotaExceededError") {
        PlatformError::QuotaExceeded(format!("{context}: the browser refused to store more ({text})"))
    } else {
        PlatformError::Io(format!("{context}: {text}"))
    }
}

/// A copy of `bytes` in a fresh JS `Uint8Array` (see the module docs for why never a view).
pub(crate) fn js_bytes(bytes: &[u8]) -> Uint8Array {
    let array = Uint8Array::new_with_length(bytes.len() as u32);
    array.copy_from(bytes);
    array
}

/// A `Blob` made of the given parts (JS `Blob`s or `Uint8Array`s); the browser keeps the bytes.
pub(crate) fn blob_of(parts: &js_sys::Array) -> Result<web_sys::Blob, PlatformError> {
    web_sys::Blob::new_with_blob_sequence(parts).map_err(|e| js_error("building a Blob", &e))
}

/// Reads `blob` through wasm in pieces of [`READ_CHUNK`] bytes (each `slice().arrayBuffer()` is a
/// fresh JS buffer copied into a `Bytes` and then dropped). Fails if the blob turns out shorter or
/// unreadable (an OPFS file changed under us reads as `NotReadableError`).
pub(crate) fn blob_stream(blob: web_sys::Blob, what: String) -> ByteStream {
    let size = blob.size() as u64;
    Box::pin(futures::stream::try_unfold((blob, 0u64), move |(blob, pos)| {
        let what = what.clone();
        async move {
            if pos >= size {
                return Ok(None);
            }
            let end = (pos + READ_CHUNK).min(size);
            let piece = blob
                .slice_with_f64_and_f64(pos as f64, end as f64)
                .map_err(|e| js_error(&format!("reading {what}"), &e))?;
            let buffer =
                JsFuture::from(piece.array_buffer()).await.map_err(|e| js_error(&format!("reading {what}"), &e))?;
            let bytes = Uint8Array::new(&buffer).to_vec();
            if bytes.is_empty() {
                return Err(PlatformError::Corrupt(format!("{what} ended after {pos} of {size} bytes")));
            }
            let next = pos + bytes.len() as u64;
            Ok(Some((Bytes::from(bytes), (blob, next))))
        }
    }))
}

/// A name for one write, unique in this origin: this page's id, then milliseconds since 1970 plus
/// randomness, so entries of a crashed earlier session never collide with this one's, and another
/// tab can tell whose write it is ([`writer_gone`]).
pub(crate) fn new_write_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    format!("{}-{now:x}{random:x}", page_id())
}

thread_local! {
    /// Writes in progress in this page, which start-up cleanup of orphaned data must not touch.
    static ACTIVE_WRITES: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// This page's id (letters and digits), held as a Web Lock for the page's life.
    static PAGE: String = {
        let random = (js_sys::Math::random() * 2f64.powi(52)) as u64;
        format!("{:x}{random:x}", js_sys::Date::now() as u64)
    };
    static PAGE_LOCKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

const PAGE_LOCK_PREFIX: &str = "tektite-page:";

fn page_id() -> String {
    hold_page_lock();
    PAGE.with(Clone::clone)
}

/// `navigator.locks`, where the browser has Web Locks (also the account locks' way in).
pub(crate) fn lock_manager() -> Option<JsValue> {
    let navigator = Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).ok()?;
    let locks = Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// Holds the Web Lock `tektite-page:<id>` for as long as this page lives (its callback's promise
/// never settles), so that other tabs see this page's writes as running. Once per page.
pub(crate) fn hold_page_lock() {
    if PAGE_LOCKED.with(|l| l.replace(true)) {
        return;
    }
    let Some(locks) = lock_manager() else { return };
    let Ok(request) = Reflect::get(&locks, &JsValue::from_str("request")) else { return };
    let Ok(request) = request.dyn_into::<js_sys::Function>() else { return };
    let forever = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue) -> JsValue>::new(|_lock: JsValue| {
        js_sys::Promise::new(&mut |_resolve, _reject| {}).into()
    });
    let name = JsValue::from_str(&format!("{PAGE_LOCK_PREFIX}{}", PAGE.with(Clone::clone)));
    let _ = request.call2(&locks, &name, forever.as_ref());
    // The browser may call it at any time while the page lives.
    forever.forget();
}

/// The ids of the pages of this origin that are open now (their page locks are held), or `None`
/// where the browser has no Web Locks.
pub(crate) async fn live_pages() -> Option<HashSet<String>> {
    let locks = lock_manager()?;
    let query = Reflect::get(&locks, &JsValue::from_str("query")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let snapshot = JsFuture::from(query.call0(&locks).ok()?.dyn_into::<js_sys::Promise>().ok()?).await.ok()?;
    let held = js_sys::Array::from(&Reflect::get(&snapshot, &JsValue::from_str("held")).ok()?);
    Some(
        held.iter()
            .filter_map(|lock| Reflect::get(&lock, &JsValue::from_str("name")).ok()?.as_string())
            .filter_map(|name| name.strip_prefix(PAGE_LOCK_PREFIX).map(str::to_owned))
            .collect(),
    )
}

/// Whether the write `id` belongs to nobody any more: not running in this page, nor in another
/// open tab (`pages`, from [`live_pages`]); where the browser cannot say which tabs are open, only
/// this page's writes count as running, as before.
pub(crate) fn writer_gone(id: &str, pages: Option<&HashSet<String>>) -> bool {
    let page = id.split('-').next().unwrap_or_default();
    !write_is_active(id) && pages.is_none_or(|pages| !pages.contains(page))
}

pub(crate) fn write_started(id: &str) {
    ACTIVE_WRITES.with(|a| a.borrow_mut().insert(id.to_owned()));
}

pub(crate) fn write_finished(id: &str) {
    ACTIVE_WRITES.with(|a| a.borrow_mut().remove(id));
}

pub(crate) fn write_is_active(id: &str) -> bool {
    ACTIVE_WRITES.with(|a| a.borrow().contains(id))
}

pub(crate) use crate::keys::{escape_key, unescape_key};

/// "3.0 MiB"-style sizes for messages.
pub(crate) fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}
