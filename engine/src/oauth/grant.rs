//! What an OAuth session needs besides its tokens: the DPoP key, the authorization server's token
//! endpoint, and the client's identity. Kept beside the tokens in [`crate::xrpc::Session`] (in
//! memory only) so that the XRPC client can sign requests and refresh the session.

use std::sync::Arc;

use serde::Deserialize;
use url::Url;

use super::dpop::{wants_nonce, Dpop};
use super::{AuthServer, OAuthError};
use crate::runtime::unix_now;
use crate::xrpc::{host_of, Session, XrpcError};

/// One sign-in's key and where its tokens are renewed.
pub struct OAuthGrant {
    dpop: Dpop,
    issuer: String,
    token_endpoint: Url,
    client_id: String,
    http: reqwest::Client,
}

impl std::fmt::Debug for OAuthGrant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthGrant").field("issuer", &self.issuer).finish_non_exhaustive()
    }
}

/// A token endpoint's answer.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    token_type: String,
    refresh_token: Option<String>,
    expires_in: Option<u64>,
    sub: Option<String>,
    #[serde(default)]
    scope: String,
}

#[derive(Deserialize)]
struct ErrorAnswer {
    error: String,
    error_description: Option<String>,
}

impl OAuthGrant {
    pub(crate) fn new(
        dpop: Dpop,
        server: &AuthServer,
        client_id: String,
        http: reqwest::Client,
    ) -> Result<Self, OAuthError> {
        let token_endpoint = Url::parse(&server.token_endpoint).map_err(|e| OAuthError::NotOffered {
            host: server.issuer.clone(),
            detail: format!("its token endpoint is not an address ({e})"),
        })?;
        Ok(OAuthGrant { dpop, issuer: server.issuer.clone(), token_endpoint, client_id, http })
    }

    /// The authorization server that issued the tokens.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The sign-in's DPoP key and nonces.
    pub fn dpop(&self) -> &Dpop {
        &self.dpop
    }

    /// `POST url` with a form and a DPoP proof, once more with the server's nonce when it asks for
    /// one. Returns the JSON answer of a success.
    pub(crate) async fn post_form(&self, url: &Url, form: &[(&str, &str)]) -> Result<serde_json::Value, OAuthError> {
        let host = host_of(url);
        let mut nonce_retried = false;
        loop {
            let proof = self.dpop.proof("POST", url, None).await?;
            let resp = self
                .http
                .post(url.clone())
                .header("DPoP", proof)
                .form(form)
                .timeout(std::time::Duration::from_secs(30))
                .send()
                .await
                .map_err(|e| OAuthError::Http(XrpcError::from_reqwest(&host, e)))?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            self.dpop.note_nonce(url, &headers);
            let bytes = resp.bytes().await.map_err(|e| OAuthError::Http(XrpcError::from_reqwest(&host, e)))?;
            if (200..300).contains(&status) {
                return serde_json::from_slice(&bytes)
                    .map_err(|e| OAuthError::Http(XrpcError::Decode { host, detail: e.to_string() }));
            }
            let answer = serde_json::from_slice::<ErrorAnswer>(&bytes).ok();
            let error = answer.as_ref().map(|a| a.error.as_str());
            if !nonce_retried && wants_nonce(status, &headers, error) {
                nonce_retried = true;
                tracing::debug!("{host} asked for a DPoP proof with its new nonce; sending again");
                continue;
            }
            return Err(match answer {
                Some(a) => OAuthError::Refused { host, status, error: a.error, description: a.error_description },
                None => OAuthError::Http(XrpcError::Status { host, status, error: None, message: None }),
            });
        }
    }

    /// A token request (`authorization_code` or `refresh_token`): the session it gives, checked
    /// to be DPoP-bound and, when `expected_did` is known, of that account.
    pub(crate) async fn token_request(
        self: &Arc<Self>,
        form: &[(&str, &str)],
        expected_did: Option<&str>,
    ) -> Result<Session, OAuthError> {
        let value = self.post_form(&self.token_endpoint, form).await?;
        let host = host_of(&self.token_endpoint);
        let answer: TokenAnswer = serde_json::from_value(value)
            .map_err(|e| OAuthError::Http(XrpcError::Decode { host: host.clone(), detail: e.to_string() }))?;
        if !answer.token_type.eq_ignore_ascii_case("DPoP") {
            return Err(OAuthError::NotOffered {
                host,
                detail: format!("it gave a {} token, not DPoP", answer.token_type),
            });
        }
        if !answer.scope.split(' ').any(|s| s == "atproto") {
            return Err(OAuthError::NotOffered { host, detail: "its token is not for atproto".into() });
        }
        let sub = answer.sub.unwrap_or_default();
        if let Some(expected) = expected_did.filter(|d| *d != sub) {
            return Err(OAuthError::WrongAccount { expected: expected.to_owned(), got: sub });
        }
        Ok(Session {
            did: sub,
            handle: String::new(),
            access_jwt: answer.access_token,
            refresh_jwt: answer.refresh_token.unwrap_or_default(),
            active: None,
            status: None,
            email: None,
            did_doc: None,
            expires_at: answer.expires_in.map(|s| unix_now() + s),
            issued_at: Some(unix_now()),
            oauth: Some(self.clone()),
        })
    }

    /// A new access token for `session` (the refresh token is used once and replaced).
    pub async fn refresh(self: &Arc<Self>, session: &Session) -> Result<Session, OAuthError> {
        let form = [
            ("grant_type", "refresh_token"),
            ("refresh_token", session.refresh_jwt.as_str()),
            ("client_id", self.client_id.as_str()),
        ];
        let mut fresh = self.token_request(&form, Some(&session.did)).await?;
        fresh.handle.clone_from(&session.handle);
        fresh.email.clone_from(&session.email);
        fresh.active = session.active;
        fresh.status.clone_from(&session.status);
        Ok(fresh)
    }

    /// The `Authorization` and `DPoP` headers for `method url` with `access_token`.
    pub async fn headers(
        &self,
        method: &str,
        url: &Url,
        access_token: &str,
    ) -> Result<Vec<(&'static str, String)>, OAuthError> {
        let proof = self.dpop.proof(method, url, Some(access_token)).await?;
        Ok(vec![("Authorization", format!("DPoP {access_token}")), ("DPoP", proof)])
    }
}
