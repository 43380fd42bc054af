//! The window's title names the screen and the way in ("Plan — Move your account — Tektite"):
//! a screen reader says it when the window is switched to, and it tells open windows apart.
//! On the web that is the document's title; the desktop window takes the same words, since its
//! webview's document title does not reach the window.

use dioxus::prelude::*;

/// Sets the window's title to `title`.
pub fn set_window_title(title: &str) {
    let _ = document::eval(&format!("document.title = {};", serde_json::to_string(title).unwrap_or_default()));
    #[cfg(not(target_arch = "wasm32"))]
    dioxus::desktop::window().set_title(title);
}
