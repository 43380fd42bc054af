// The end of "Sign in with your server" in the web app: the account's server sent this window
// back here with `?code=…&state=…&iss=…` (or `?error=…`). The query goes to the Tektite page that
// started the sign-in, on a BroadcastChannel of this origin (the server's pages cut this window's
// tie to its opener), and is then removed from the address bar and history.
(function () {
  var query = window.location.search.replace(/^\?/, '')
  var denied = /(^|&)error=/.test(query)
  try {
    var channel = new BroadcastChannel('tektite-oauth')
    channel.postMessage({ type: 'tektite-oauth', query: query })
    channel.close()
  } catch (e) {
    denied = true
  }
  window.history.replaceState(null, '', window.location.pathname)
  document.getElementById('title').textContent = denied ? 'Not signed in' : 'Signed in'
  document.getElementById('text').textContent = denied
    ? 'The sign-in was not allowed, and nothing was changed. You can close this window.'
    : 'You can close this window and go back to Tektite.'
  // Closing works where the browser still counts this window as opened by Tektite.
  setTimeout(function () { window.close() }, 300)
})()
