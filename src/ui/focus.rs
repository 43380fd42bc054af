//! Moving keyboard focus after the view changed: to a new card's heading (a screen reader says where
//! the person now is, and Tab goes on from there), to a field to correct, to a field that just
//! appeared where the button that showed it was.

use dioxus::prelude::*;

/// Focuses the element `id` once the pending render is on screen, opening the "Advanced" section
/// that may hide it and selecting what it holds, so typing replaces a refused value rather than
/// adding to it.
pub fn focus_field(id: &str) {
    let id = serde_json::to_string(id).unwrap_or_default();
    // The render that adds the element may not be on screen yet when this runs (on the desktop the
    // DOM edits and this script travel separately, and a busy machine renders late): look again every
    // 20 ms, for up to 5 seconds.
    // Timeouts, not animation frames: a tab in the background gets no frames.
    let _ = document::eval(&format!(
        "let tries = 0; \
         const go = () => {{ \
           const el = document.getElementById({id}); \
           if (!el) {{ if (++tries < 250) setTimeout(go, 20); return; }} \
           const d = el.closest('details'); if (d) d.open = true; \
           el.focus(); if (typeof el.select === 'function') el.select(); \
         }}; \
         setTimeout(go, 0);"
    ));
}

/// Focuses the heading (`#card-title`) of the card that replaces the one on screen, once it is
/// there, and scrolls to the top; a card that put focus in a field itself (a refused code) keeps it.
pub fn focus_new_heading() {
    // The old card's heading has the same id until the render lands (on the desktop this script
    // may run first): wait for another element than the heading focused last time.
    let _ = document::eval(
        "let tries = 0; \
         const go = () => { \
           const h = document.getElementById('card-title'); \
           if (!h || h === window.__tektiteHeading) { if (++tries < 250) setTimeout(go, 20); return; } \
           window.__tektiteHeading = h; \
           window.scrollTo(0, 0); \
           const a = document.activeElement; \
           const kept = a && a !== document.body && a.matches('input, textarea, select'); \
           if (!kept) h.focus({ preventScroll: true }); \
         }; \
         setTimeout(go, 0);",
    );
}
