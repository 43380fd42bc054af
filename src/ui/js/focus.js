// Moving keyboard focus once a render is on screen (see focus.rs). One copy of this code serves both
// renderers: the web app imports it as a module (a strict Content-Security-Policy forbids evaluating
// code from strings), the desktop webview runs it through Dioxus's eval.
//
// The render that adds the element may not be on screen yet when these run (on the desktop the DOM
// edits and the script travel separately, and a busy machine renders late): look again every 20 ms,
// for up to 5 seconds. Timeouts, not animation frames: a tab in the background gets no frames.

export function focusField(id) {
  let tries = 0;
  const go = () => {
    const el = document.getElementById(id);
    if (!el) {
      if (++tries < 250) setTimeout(go, 20);
      return;
    }
    const details = el.closest("details");
    if (details) details.open = true;
    el.focus();
    if (typeof el.select === "function") el.select();
  };
  setTimeout(go, 0);
}

// The old card's heading has the same id until the render lands: wait for another element than the
// heading focused last time.
export function focusNewHeading() {
  let tries = 0;
  const go = () => {
    const h = document.getElementById("card-title");
    if (!h || h === window.__tektiteHeading) {
      if (++tries < 250) setTimeout(go, 20);
      return;
    }
    window.__tektiteHeading = h;
    window.scrollTo(0, 0);
    const a = document.activeElement;
    const kept = a && a !== document.body && a.matches("input, textarea, select");
    if (!kept) h.focus({ preventScroll: true });
  };
  setTimeout(go, 0);
}
