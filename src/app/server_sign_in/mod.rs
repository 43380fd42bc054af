//! "Sign in with your server": the old account signs in on its own server's page (OAuth) in every
//! way in of the app, and Tektite never sees its password. The engine does the protocol
//! ([`tektite_engine::oauth`]); this module is the face's part: which client Tektite is, how the
//! server's page is opened, and how the browser's return reaches the run. What differs per target
//! lives in `desktop.rs` (a one-shot loopback listener, the system browser) and `web.rs` (a popup,
//! and the callback page's message on a `BroadcastChannel`).

use std::time::Duration;
use tektite_i18n::tr;

use tektite_engine::account::{AccountError, Side};
use tektite_engine::migration::MigrationError;
use tektite_engine::oauth::{self, OAuthError, Purpose};
use tektite_engine::xrpc::Session;

use super::events::{AppError, AppEvent};
use super::form::Form;
use super::words;

#[cfg_attr(not(target_arch = "wasm32"), path = "desktop.rs")]
#[cfg_attr(target_arch = "wasm32", path = "web.rs")]
mod face;

/// How long a sign-in waits for the person on the server's page.
const WAIT_FOR_PAGE: Duration = Duration::from_secs(10 * 60);

/// Signs the form's old account in on its server's page for `purpose`. `pds`: the server holding
/// its data when the caller knows better than the DID document (a move whose identity already
/// points at the new PDS). `events` hears where the page is (the view offers to open it again).
pub async fn sign_in(
    form: &Form,
    pds: Option<&str>,
    purpose: Purpose,
    events: &dyn Fn(AppEvent),
) -> Result<Session, AppError> {
    let located = form.resolver().locate(&form.old_id).await.map_err(|e| {
        words::migration(&MigrationError::Account { side: Side::Old, source: AccountError::Identity(e) })
    })?;
    let pds = pds.unwrap_or(&located.pds);
    let redirect = face::Redirect::prepare().await.map_err(|e| cannot(&e))?;
    let pending = oauth::begin(pds, &located.did, located.handle.as_deref(), purpose, redirect.client())
        .await
        .map_err(|e| refused(&e))?;
    let host = pending.server_host();
    events(AppEvent::SigningIn { url: pending.authorize_url.to_string(), host: host.clone() });
    redirect.open(pending.authorize_url.as_str());
    let query = redirect.wait(WAIT_FOR_PAGE, &|q| pending.owns(q)).await.map_err(|e| match e {
        face::WaitError::TimedOut => refused(&OAuthError::TimedOut { minutes: WAIT_FOR_PAGE.as_secs() / 60 }),
        face::WaitError::Other(e) => cannot(&e),
    })?;
    pending.finish(&query).await.map_err(|e| refused(&e))
}

/// A sign-in the server or the person did not complete, in words.
fn refused(e: &OAuthError) -> AppError {
    let advice = tr!("oauth-error-advice");
    match e {
        OAuthError::Denied { host } => AppError::new(
            tr!("oauth-error-denied"),
            tr!("oauth-error-denied-detail", host = host),
            tr!("oauth-error-denied-advice"),
        ),
        OAuthError::NotOffered { .. } => AppError::new(tr!("oauth-error-not-offered"), e.to_string(), advice),
        OAuthError::Deactivated { .. } => {
            AppError::new(tr!("oauth-error-deactivated"), e.to_string(), tr!("oauth-error-deactivated-advice"))
        }
        _ => AppError::new(tr!("oauth-error-unfinished"), e.to_string(), advice),
    }
}

fn cannot(detail: &str) -> AppError {
    AppError::new(tr!("oauth-error-impossible"), detail.to_owned(), tr!("oauth-error-impossible-advice"))
}
