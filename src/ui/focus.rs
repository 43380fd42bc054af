//! Moving keyboard focus after the view changed: to a new card's heading (a screen reader says where
//! the person now is, and Tab goes on from there), to a field to correct, to a field that just
//! appeared where the button that showed it was.
//!
//! The code that waits for the render and moves focus is JavaScript (`js/focus.js`), one copy for
//! both renderers: the web app imports it as a module, because the page's Content-Security-Policy
//! (no `unsafe-eval`) refuses code built from strings; the desktop webview has no such policy and
//! runs it through Dioxus's `eval`.

/// Focuses the element `id` once the pending render is on screen, opening the "Advanced" section
/// that may hide it and selecting what it holds, so typing replaces a refused value rather than
/// adding to it.
pub fn focus_field(id: &str) {
    imp::focus_field(id);
}

/// Focuses the heading (`#card-title`) of the card that replaces the one on screen, once it is
/// there, and scrolls to the top; a card that put focus in a field itself (a refused code) keeps it.
pub fn focus_new_heading() {
    imp::focus_new_heading();
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen(module = "/src/ui/js/focus.js")]
    extern "C" {
        #[wasm_bindgen(js_name = focusField)]
        pub fn focus_field(id: &str);
        #[wasm_bindgen(js_name = focusNewHeading)]
        pub fn focus_new_heading();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use dioxus::prelude::document;

    /// `js/focus.js` as a plain script (its `export`s dropped) followed by `call`.
    fn run(call: &str) {
        let functions = include_str!("js/focus.js").replace("export function", "function");
        let _ = document::eval(&format!("{functions}\n{call};"));
    }

    pub fn focus_field(id: &str) {
        run(&format!("focusField({})", serde_json::to_string(id).unwrap_or_default()));
    }

    pub fn focus_new_heading() {
        run("focusNewHeading()");
    }
}
