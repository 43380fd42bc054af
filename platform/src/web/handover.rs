//! A file for the user to keep (a recovery key): offered as a browser download, so it lands where
//! the browser puts downloads and never passes through any server.

use wasm_bindgen::JsCast;

use crate::PlatformError;

fn js_err(what: &str) -> impl Fn(wasm_bindgen::JsValue) -> PlatformError + '_ {
    move |e| PlatformError::Io(format!("{what}: {e:?}"))
}

/// Starts the download of `text` as `name` (a temporary object URL clicked through a hidden link).
pub fn hand_over(name: &str, text: &str) -> Result<(), PlatformError> {
    let window = web_sys::window().ok_or_else(|| PlatformError::Io("no browser window".into()))?;
    let document = window.document().ok_or_else(|| PlatformError::Io("no document".into()))?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_err("file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_err("file address"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(js_err("link"))?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_attribute("data-testid", "handover-link").map_err(js_err("link"))?;
    let body = document.body().ok_or_else(|| PlatformError::Io("no page body".into()))?;
    body.append_child(&link).map_err(js_err("link"))?;
    link.click();
    link.remove();
    // The browser has taken its copy when the click returns; the URL only held the text in memory.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
