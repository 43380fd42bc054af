//! One sign-in, start to end: [`begin`] finds the account's authorization server, makes the key
//! and the PKCE secret, pushes the request (PAR) and gives the address to open; the face opens it
//! in a browser and, once the server sends the browser back, hands the redirect's query to
//! [`PendingSignIn::finish`], which checks it and exchanges the code for tokens.

use std::sync::Arc;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand_core::RngCore as _;
use sha2::{Digest, Sha256};
use url::Url;

use super::discovery::authorization_server;
use super::dpop::Dpop;
use super::grant::OAuthGrant;
use super::{AuthServer, OAuthError, Purpose};
use crate::xrpc::{host_of, Session};

/// The path of a native face's one-shot redirect listener.
pub const LOOPBACK_CALLBACK_PATH: &str = "/oauth/callback";

/// Who Tektite is to the authorization server.
#[derive(Debug, Clone)]
pub enum ClientIdentity {
    /// A native app, or a page served from `127.0.0.1`: atproto's loopback client, whose id is
    /// `http://localhost` with its redirect address and scope in the query (no metadata to host).
    Loopback { redirect_uri: String },
    /// A hosted web app: its id is the HTTPS address of its `client-metadata.json`.
    Hosted { client_id: String, redirect_uri: String },
}

impl ClientIdentity {
    fn client_id(&self, scope: &str) -> String {
        match self {
            ClientIdentity::Loopback { redirect_uri } => {
                let mut id = Url::parse("http://localhost").expect("a valid address");
                id.query_pairs_mut().append_pair("redirect_uri", redirect_uri).append_pair("scope", scope);
                // `http://localhost/?…` is not the loopback id; it must be exactly `http://localhost?…`.
                id.to_string().replacen("http://localhost/?", "http://localhost?", 1)
            }
            ClientIdentity::Hosted { client_id, .. } => client_id.clone(),
        }
    }

    fn redirect_uri(&self) -> &str {
        match self {
            ClientIdentity::Loopback { redirect_uri } | ClientIdentity::Hosted { redirect_uri, .. } => redirect_uri,
        }
    }
}

/// A sign-in waiting for the browser to come back.
pub struct PendingSignIn {
    /// The address to open in a browser: the server's own sign-in and consent page.
    pub authorize_url: Url,
    /// The account asked for.
    pub did: String,
    server: AuthServer,
    grant: Arc<OAuthGrant>,
    redirect_uri: String,
    state: String,
    verifier: String,
}

impl std::fmt::Debug for PendingSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The address is what a person opens anyway; the secrets stay out.
        f.debug_struct("PendingSignIn")
            .field("did", &self.did)
            .field("issuer", &self.server.issuer)
            .finish_non_exhaustive()
    }
}

fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand_core::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Starts signing in to the account `did` whose data is on `pds`, asking for what `purpose`
/// needs; `login_hint` (the handle) fills in the server's form.
pub async fn begin(
    pds: &str,
    did: &str,
    login_hint: Option<&str>,
    purpose: Purpose,
    client: &ClientIdentity,
) -> Result<PendingSignIn, OAuthError> {
    let http = crate::transport::http_client()
        .map_err(|e| OAuthError::Http(crate::xrpc::XrpcError::Invalid(format!("could not set up HTTP: {e}"))))?;
    refuse_deactivated(pds, did).await?;
    let server = authorization_server(&http, pds).await?;
    let scope = purpose.scope();
    let client_id = client.client_id(&scope);
    let grant = Arc::new(OAuthGrant::new(Dpop::generate().await?, &server, client_id.clone(), http)?);
    let (state, verifier) = (random_secret(), random_secret());
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let par = server.pushed_authorization_request_endpoint.as_deref().unwrap_or_default();
    let par =
        Url::parse(par).map_err(|e| OAuthError::NotOffered { host: server.issuer.clone(), detail: e.to_string() })?;
    let mut form = vec![
        ("response_type", "code"),
        ("client_id", client_id.as_str()),
        ("redirect_uri", client.redirect_uri()),
        ("scope", scope.as_str()),
        ("state", state.as_str()),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ];
    let hint = login_hint.filter(|h| !h.is_empty()).unwrap_or(did);
    form.push(("login_hint", hint));
    let pushed = grant.post_form(&par, &form).await?;
    let Some(request_uri) = pushed.get("request_uri").and_then(|v| v.as_str()) else {
        return Err(OAuthError::NotOffered {
            host: host_of(&par),
            detail: "its answer to the request had no request_uri".into(),
        });
    };
    let mut authorize_url = Url::parse(&server.authorization_endpoint)
        .map_err(|e| OAuthError::NotOffered { host: server.issuer.clone(), detail: e.to_string() })?;
    authorize_url.query_pairs_mut().append_pair("client_id", &client_id).append_pair("request_uri", request_uri);
    Ok(PendingSignIn {
        authorize_url,
        did: did.to_owned(),
        server,
        grant,
        redirect_uri: client.redirect_uri().to_owned(),
        state,
        verifier,
    })
}

/// Signing a deactivated account in on its server's page reactivates it there: refused before the
/// page is ever opened. Asked publicly (`getRepoStatus`); when the server cannot say, the sign-in
/// goes on (its page then says what it would do).
async fn refuse_deactivated(pds: &str, did: &str) -> Result<(), OAuthError> {
    let client = crate::xrpc::XrpcClient::new(pds, std::sync::Arc::new(crate::NoProgress))?
        .with_retry_policy(crate::retry::RetryPolicy::quick());
    match client.repo_active(did).await {
        Ok(false) => Err(OAuthError::Deactivated { host: client.host().to_owned(), did: did.to_owned() }),
        _ => Ok(()),
    }
}

impl PendingSignIn {
    /// The host whose page the person signs in on, for messages.
    pub fn server_host(&self) -> String {
        super::discovery::host_of(&self.server.issuer)
    }

    /// Whether a redirect's query belongs to this sign-in (its `state`): a listener ignores others.
    pub fn owns(&self, query: &str) -> bool {
        url::form_urlencoded::parse(query.as_bytes()).any(|(k, v)| k == "state" && v == self.state.as_str())
    }

    /// Checks the redirect's query (`code`, `state`, `iss`, or `error`) and exchanges the code for
    /// the session's tokens. The session is the account's with its DPoP grant attached; its handle
    /// and status are the caller's to read (`getSession`).
    pub async fn finish(&self, query: &str) -> Result<Session, OAuthError> {
        let params: std::collections::HashMap<String, String> =
            url::form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).into_owned().collect();
        let host = self.server_host();
        if params.get("state").map(String::as_str) != Some(self.state.as_str()) {
            return Err(OAuthError::BadRedirect("an answer that belongs to another sign-in".into()));
        }
        if let Some(iss) = params.get("iss") {
            if iss.trim_end_matches('/') != self.server.issuer.trim_end_matches('/') {
                return Err(OAuthError::BadRedirect(format!("an answer from {iss}, not {}", self.server.issuer)));
            }
        }
        if let Some(error) = params.get("error") {
            return Err(if error == "access_denied" {
                OAuthError::Denied { host }
            } else {
                OAuthError::Refused {
                    host,
                    status: 400,
                    error: error.clone(),
                    description: params.get("error_description").cloned(),
                }
            });
        }
        let Some(code) = params.get("code") else {
            return Err(OAuthError::BadRedirect("no code".into()));
        };
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", self.redirect_uri.as_str()),
            ("client_id", self.grant.client_id()),
            ("code_verifier", self.verifier.as_str()),
        ];
        self.grant.token_request(&form, Some(&self.did)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loopback_client_id_is_localhost_with_its_query() {
        let client = ClientIdentity::Loopback { redirect_uri: "http://127.0.0.1:4567/oauth/callback".into() };
        let id = client.client_id("atproto identity:*");
        assert!(
            id.starts_with("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%3A4567%2Foauth%2Fcallback&scope="),
            "{id}"
        );
        assert!(id.ends_with("scope=atproto+identity%3A*"), "{id}");
    }
}
