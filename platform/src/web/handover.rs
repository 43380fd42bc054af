//! A file for the user to keep (a recovery key, a backup archive): offered as a browser download, so it lands where
//! the browser puts downloads and never passes through any server.

use wasm_bindgen::JsCast;

use crate::PlatformError;

fn js_err(what: &str) -> impl Fn(wasm_bindgen::JsValue) -> PlatformError + '_ {
    move |e| PlatformError::Io(format!("{what}: {e:?}"))
}

/// Starts the download of `text` as `name` (a temporary object URL clicked through a hidden link).
pub fn hand_over(name: &str, text: &str) -> Result<(), PlatformError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_err("file"))?;
    offer_download(&blob, name)
}

/// Starts the download of `blob` (text made here, or a file in the browser's storage) as `name`.
pub fn offer_download(blob: &web_sys::Blob, name: &str) -> Result<(), PlatformError> {
    let window = web_sys::window().ok_or_else(|| PlatformError::Io("no browser window".into()))?;
    let document = window.document().ok_or_else(|| PlatformError::Io("no document".into()))?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_err("file address"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(js_err("link"))?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_attribute("data-testid", "handover-link").map_err(js_err("link"))?;
    let body = document.body().ok_or_else(|| PlatformError::Io("no page body".into()))?;
    body.append_child(&link).map_err(js_err("link"))?;
    link.click();
    link.remove();
    // The download holds its own reference once it has started; the address is let go a minute
    // later (a large file may take a moment to be picked up).
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000);
    Ok(())
}
