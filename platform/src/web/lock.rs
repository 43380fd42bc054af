//! Account locks in the browser: the Web Locks API (`navigator.locks`), so that two tabs (or
//! windows) of one origin never run on one account at once. A lock is asked for with
//! `ifAvailable` (never queued: a second tab is told at once) and held as long as the promise its
//! callback returned is pending; dropping the [`AccountLock`] settles that promise, and the browser
//! lets go by itself when the tab closes or crashes. Who holds it (what it runs, since when) is kept
//! in LocalStorage for the refused tab to show. Called through `Reflect`, since web-sys marks the
//! API unstable.

use std::cell::RefCell;
use std::rc::Rc;

use async_trait::async_trait;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::lock::{unix_now, AccountLock, AccountLocks, Holder, LockError};

/// Account locks through `navigator.locks`.
pub struct WebLocks;

fn lock_name(did: &str) -> String {
    format!("tektite-account:{did}")
}

fn holder_key(did: &str) -> String {
    format!("tektite-lock-holder:{did}")
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn unavailable(what: &str, e: JsValue) -> LockError {
    LockError::Unavailable(super::js::js_error(what, &e).to_string())
}

/// A held Web Lock: settling `release` ends the callback's promise, and with it the lock.
struct WebLock {
    release: Function,
    did: String,
    /// The callback must outlive the request that may still call it.
    _callback: Closure<dyn FnMut(JsValue) -> JsValue>,
}

impl Drop for WebLock {
    fn drop(&mut self) {
        let _ = self.release.call0(&JsValue::NULL);
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&holder_key(&self.did));
        }
    }
}

#[async_trait(?Send)]
impl AccountLocks for WebLocks {
    async fn try_lock(&self, did: &str, command: &str) -> Result<AccountLock, LockError> {
        let locks = super::js::lock_manager()
            .ok_or_else(|| LockError::Unavailable("this browser has no Web Locks (navigator.locks)".into()))?;
        let request: Function = Reflect::get(&locks, &"request".into())
            .and_then(|f| f.dyn_into())
            .map_err(|e| unavailable("navigator.locks.request", e))?;

        // The promise that holds the lock, and the function that settles it.
        let mut release = None;
        let held = Promise::new(&mut |resolve, _reject| release = Some(resolve));
        let release = release.expect("the Promise executor runs at once");
        let (granted_tx, granted_rx) = futures::channel::oneshot::channel::<bool>();
        let granted_tx = Rc::new(RefCell::new(Some(granted_tx)));
        let callback = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |lock: JsValue| {
            let granted = !lock.is_null() && !lock.is_undefined();
            if let Some(tx) = granted_tx.borrow_mut().take() {
                let _ = tx.send(granted);
            }
            if granted {
                held.clone().into()
            } else {
                JsValue::UNDEFINED
            }
        });
        let options = Object::new();
        let set =
            |k: &str, v: JsValue| Reflect::set(&options, &k.into(), &v).map_err(|e| unavailable("lock options", e));
        set("ifAvailable", JsValue::TRUE)?;
        set("mode", "exclusive".into())?;
        request
            .call3(&locks, &lock_name(did).into(), &options, callback.as_ref().unchecked_ref())
            .map_err(|e| unavailable("navigator.locks.request", e))?;
        let granted = granted_rx.await.unwrap_or(false);
        let storage = local_storage();
        if !granted {
            let holder = storage
                .and_then(|s| s.get_item(&holder_key(did)).ok().flatten())
                .and_then(|text| serde_json::from_str(&text).ok());
            return Err(LockError::Held { holder });
        }
        let holder = Holder { command: format!("{command} in another tab"), since: unix_now(), pid: None };
        if let Some(storage) = storage {
            let _ = storage.set_item(&holder_key(did), &serde_json::to_string(&holder).unwrap_or_default());
        }
        Ok(AccountLock::new(WebLock { release, did: did.to_owned(), _callback: callback }))
    }
}
