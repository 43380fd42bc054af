//! The desktop app's side of a server sign-in: a native loopback client. A one-shot listener on
//! `127.0.0.1:<free port>` waits for the browser's return; the server's page opens in the system
//! browser (`TEKTITE_OPEN_BROWSER=0` leaves that to the person, who can open the address the app
//! shows).

use std::time::Duration;

use tektite_engine::oauth::{ClientIdentity, LOOPBACK_CALLBACK_PATH};
use tektite_platform::desktop::{RedirectError, RedirectListener};

pub enum WaitError {
    TimedOut,
    Other(String),
}

pub struct Redirect {
    listener: RedirectListener,
    client: ClientIdentity,
}

impl Redirect {
    pub async fn prepare() -> Result<Redirect, String> {
        let listener = RedirectListener::bind(LOOPBACK_CALLBACK_PATH).await.map_err(|e| e.to_string())?;
        let client = ClientIdentity::Loopback { redirect_uri: listener.redirect_uri().to_owned() };
        Ok(Redirect { listener, client })
    }

    pub fn client(&self) -> &ClientIdentity {
        &self.client
    }

    /// Opens the server's page in the system browser.
    pub fn open(&self, url: &str) {
        if std::env::var("TEKTITE_OPEN_BROWSER").is_ok_and(|v| v == "0") {
            return;
        }
        if let Err(e) = webbrowser::open(url) {
            // The view shows the address to open by hand.
            tracing::info!("no system browser: {e}");
        }
    }

    pub async fn wait(self, limit: Duration, belongs: &(dyn Fn(&str) -> bool + Sync)) -> Result<String, WaitError> {
        self.listener.wait(limit, belongs).await.map_err(|e| match e {
            RedirectError::TimedOut(_) => WaitError::TimedOut,
            other => WaitError::Other(other.to_string()),
        })
    }
}
