//! The web app's side of a server sign-in. Served from `127.0.0.1` (the demo, the lab) the page is
//! a loopback client whose redirect is its own `oauth-callback.html`; hosted elsewhere over HTTPS
//! it is a web client whose id is its `client-metadata.json`, which the web build writes for the
//! address it is built for (`scripts/build-web.sh --public-url`). The server's page opens in a
//! popup. Once the server sends the popup back to `oauth-callback.html` (Tektite's own origin), that
//! page posts the redirect's query on a `BroadcastChannel`: the server's pages cut the popup's tie
//! to its opener (`Cross-Origin-Opener-Policy`), so `window.opener` cannot be used.

use std::time::Duration;

use futures::channel::mpsc;
use futures::{FutureExt, StreamExt};
use js_sys::Reflect;
use tektite_engine::oauth::ClientIdentity;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The channel `oauth-callback.js` posts on.
const CHANNEL: &str = "tektite-oauth";
/// The callback page, beside `index.html`.
const CALLBACK: &str = "oauth-callback.html";
const METADATA: &str = "client-metadata.json";

pub enum WaitError {
    TimedOut,
    Other(String),
}

pub struct Redirect {
    client: ClientIdentity,
    channel: web_sys::BroadcastChannel,
    queries: mpsc::UnboundedReceiver<String>,
    // Kept alive as long as the channel listens; dropped with the sign-in.
    _listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Drop for Redirect {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

impl Redirect {
    pub async fn prepare() -> Result<Redirect, String> {
        let window = web_sys::window().ok_or("no browser window")?;
        let location = window.location();
        let origin = location.origin().map_err(|_| "the page has no origin")?;
        let host = location.hostname().unwrap_or_default();
        let protocol = location.protocol().unwrap_or_default();
        let here = format!("{}{}", origin, base_path(&location.pathname().unwrap_or_default()));
        let redirect_uri = format!("{here}{CALLBACK}");
        let client = if host == "127.0.0.1" || host == "[::1]" {
            ClientIdentity::Loopback { redirect_uri }
        } else if protocol == "https:" {
            let client_id = format!("{here}{METADATA}");
            if !metadata_is_served(&client_id).await {
                return Err(format!(
                    "this copy of Tektite was not built for {here} (it has no {METADATA}; see the README's \
                     \u{201c}Hosting the web app\u{201d})"
                ));
            }
            ClientIdentity::Hosted { client_id, redirect_uri }
        } else {
            return Err(format!(
                "a page served from {origin} can sign in with a server only when opened as http://127.0.0.1 \
                 (a loopback address) or over HTTPS"
            ));
        };
        let channel = web_sys::BroadcastChannel::new(CHANNEL).map_err(|_| "this browser has no BroadcastChannel")?;
        let (tx, rx) = mpsc::unbounded();
        let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let kind = Reflect::get(&data, &"type".into()).ok().and_then(|v| v.as_string());
            let query = Reflect::get(&data, &"query".into()).ok().and_then(|v| v.as_string());
            if let (Some("tektite-oauth"), Some(query)) = (kind.as_deref(), query) {
                let _ = tx.unbounded_send(query);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Ok(Redirect { client, channel, queries: rx, _listener: listener })
    }

    pub fn client(&self) -> &ClientIdentity {
        &self.client
    }

    /// Opens the server's page in a popup (the view also offers a link, for a blocked popup).
    pub fn open(&self, url: &str) {
        if let Some(window) = web_sys::window() {
            let _ = window.open_with_url_and_target_and_features(url, "tektite-sign-in", "popup,width=520,height=760");
        }
    }

    pub async fn wait(mut self, limit: Duration, belongs: &dyn Fn(&str) -> bool) -> Result<String, WaitError> {
        let queries = &mut self.queries;
        let mine = async {
            while let Some(query) = queries.next().await {
                if belongs(&query) {
                    return Ok(query);
                }
            }
            Err(WaitError::Other("the page stopped listening".into()))
        };
        futures::select! {
            found = mine.fuse() => found,
            _ = tektite_engine::runtime::sleep(limit).fuse() => Err(WaitError::TimedOut),
        }
    }
}

/// The folder of the page (`/` or `/tektite/`), where the callback and metadata files sit.
fn base_path(pathname: &str) -> &str {
    match pathname.rfind('/') {
        Some(i) => &pathname[..=i],
        None => "/",
    }
}

async fn metadata_is_served(url: &str) -> bool {
    let Ok(client) = tektite_engine::transport::http_client() else { return false };
    matches!(client.get(url).send().await, Ok(r) if r.status().is_success())
}
