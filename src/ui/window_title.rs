//! The window's title names the screen and the way in ("Plan — Move your account — Tektite"):
//! a screen reader says it when the window is switched to, and it tells open windows apart.
//! On the web that is the document's title (set directly: the page's Content-Security-Policy
//! refuses the code-from-a-string that `document::eval` would run); the desktop window takes the
//! same words, since its webview's document title does not reach the window.

/// Sets the window's title to `title`.
pub fn set_window_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = dioxus::prelude::document::eval(&format!(
            "document.title = {};",
            serde_json::to_string(title).unwrap_or_default()
        ));
        dioxus::desktop::window().set_title(title);
    }
}
