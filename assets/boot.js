// Starts the web app (scripts/build-web.sh fills in the hashed file names). A file, not an inline
// script: the page's Content-Security-Policy runs only scripts from its own origin.

// The welcome screen as the app renders it (scripts/prerender-welcome.py) shows while the wasm
// loads; the app's first render into #main replaces it within the same frame.
(() => {
  const copy = document.getElementById("prerendered");
  if (!copy) return;
  // A link that fills in a form opens that form: the welcome screen would only flash by.
  if (location.search.length > 1) return copy.remove();
  new MutationObserver((_, seen) => {
    copy.remove();
    seen.disconnect();
  }).observe(document.getElementById("main"), { childList: true });
})();

// `init` runs the app's main. A failure to load the script or the wasm, or to start, is said in
// the page (which also takes the welcome screen's inert copy away).
import("./__TEKTITE_JS__")
  .then(({ default: init }) => init({ module_or_path: "./__TEKTITE_WASM__" }))
  .catch((err) => {
    console.error(err);
    document.getElementById("main").textContent = "Tektite could not start: " + err;
  });
