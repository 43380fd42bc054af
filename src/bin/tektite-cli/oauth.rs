//! `--oauth`: the old account signs in through its own server's page instead of giving Tektite its
//! password. The command listens once on `127.0.0.1:<free port>`, prints the address to open
//! (exactly one line, `Open this address to sign in: <URL>`), opens the system browser unless
//! `--no-browser`, and waits up to ten minutes for the browser to come back. The session then
//! lives in this process's memory only, like a password would.

use std::time::Duration;

use clap::Args;
use tektite_engine::identity::Resolver;
use tektite_engine::oauth::{self, ClientIdentity, OAuthError, Purpose, LOOPBACK_CALLBACK_PATH};
use tektite_engine::xrpc::Session;
use tektite_platform::desktop::{RedirectError, RedirectListener};

use tektite_i18n::tr;

use crate::exit::Stop;

/// How long the command waits for the browser to come back.
const WAIT_FOR_BROWSER: Duration = Duration::from_secs(10 * 60);

#[derive(Args, Debug, Clone, Default)]
pub struct OAuthArgs {
    /// Sign in to the old account through its own server's page (OAuth) instead of a password.
    #[arg(long)]
    pub oauth: bool,
    /// With --oauth: only print the sign-in address, do not open a browser.
    #[arg(long, requires = "oauth")]
    pub no_browser: bool,
}

/// Signs `id` in through its server's page, for `purpose`. `pds`: where its data lives when the
/// caller knows better than the DID document (a move whose identity already points elsewhere).
pub async fn sign_in(
    args: &OAuthArgs,
    id: &str,
    pds: Option<&str>,
    resolver: &Resolver,
    purpose: Purpose,
) -> Result<Session, Stop> {
    let located = resolver.locate(id).await.map_err(|e| Stop::usage(e.to_string()))?;
    let pds = pds.unwrap_or(&located.pds);
    let listener = RedirectListener::bind(LOOPBACK_CALLBACK_PATH).await.map_err(|e| Stop::failed(e.to_string()))?;
    let client = ClientIdentity::Loopback { redirect_uri: listener.redirect_uri().to_owned() };
    let pending = oauth::begin(pds, &located.did, located.handle.as_deref(), purpose, &client).await.map_err(stop)?;
    eprintln!("{}", tr!("cli-oauth-open", url = pending.authorize_url.as_str()));
    eprintln!("{}", tr!("cli-oauth-allowed", what = purpose.explain()));
    if !args.no_browser && webbrowser::open(pending.authorize_url.as_str()).is_err() {
        eprintln!("{}", tr!("cli-oauth-no-browser"));
    }
    let query = listener.wait(WAIT_FOR_BROWSER, |q| pending.owns(q)).await.map_err(|e| match e {
        RedirectError::TimedOut(_) => stop(OAuthError::TimedOut { minutes: WAIT_FOR_BROWSER.as_secs() / 60 }),
        other => Stop::failed(other.to_string()),
    })?;
    pending.finish(&query).await.map_err(stop)
}

/// A sign-in that did not happen: the person's to fix (exit 2, nothing changed) unless the
/// network or a server failed (exit 1, try again).
fn stop(e: OAuthError) -> Stop {
    if e.is_transient() {
        Stop::failed(e.to_string())
    } else {
        Stop::usage(e.to_string())
    }
}
