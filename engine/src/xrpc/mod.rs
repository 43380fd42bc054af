//! Our own small XRPC layer on reqwest, for the handful of ATProto calls a migration needs.
//!
//! Why not a general ATProto client: we need full control over streaming bodies both ways, over
//! refresh-and-replay, and over rate-limit waits, and the available clients buffer whole blobs.
//!
//! Every request goes through [`XrpcClient::send`], which
//! - adds the session's access token, refreshing it shortly before it expires and, on `ExpiredToken`
//!   (HTTP 400, not 401), refreshing once behind a single-flight gate and replaying the request;
//! - waits out HTTP 429 for as long as `RateLimit-Reset`/`Retry-After` say (or a stated default),
//!   and holds back every other request of the same kind to that server until then ([`gate`]);
//! - retries transient failures (connection errors, timeouts, 5xx) with exponential backoff, and
//!   never permanent ones (4xx).
//!
//! Uploads are the exception: a streamed body cannot be replayed, so [`XrpcClient::upload_blob`]
//! makes one attempt and reports what happened; the strategies retry the whole blob.
//!
//! What differs between native and browser targets (the HTTP client, `fetch` downloads and uploads,
//! how a failed connection looks) is behind [`crate::transport`]; this layer is the same everywhere.

pub mod api;
mod body;
mod error;
mod gate;
pub mod rate_limit;
mod session;

use std::cell::Cell;
use std::future::Future;
use std::sync::{Arc, Mutex};

use reqwest::{RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use url::Url;

pub use body::{BlobDownload, DownloadStream};
pub use error::XrpcError;
pub use session::Session;
// The body types live in the transport seam; these paths keep working.
pub use crate::transport::{BoxError, UploadBody, UploadStream};

use crate::progress::{ProgressEvent, ProgressSink};
use crate::retry::{retry, Failure, RetryPolicy, Wait};
use crate::runtime::unix_now;
use crate::transport;

/// Calls that belong to the service that issued the session (an entryway, or the PDS itself).
const SESSION_CALLS: [&str; 3] =
    ["com.atproto.server.createSession", "com.atproto.server.refreshSession", "com.atproto.server.getSession"];

/// Refresh the access token when it has less than this left.
const REFRESH_MARGIN_SECS: u64 = 5 * 60;

/// Which credential a request carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    None,
    Access,
    Refresh,
    /// An account's own data (`getRepo`, `getBlob`, `listBlobs`, `getLatestCommit`): public while
    /// the account is active, served to itself alone once it is deactivated. Sent with the session
    /// when the client has one, without a credential when it has none (an unattended backup).
    Source,
}

/// A client for one PDS (or other XRPC service), with at most one signed-in account.
pub struct XrpcClient {
    /// Where data calls go: the account's PDS.
    base: Url,
    /// Where session calls go (`createSession`, `refreshSession`): the PDS too, unless the account
    /// signed in at an entryway such as bsky.social, which keeps issuing its tokens.
    auth_base: Url,
    host: String,
    http: reqwest::Client,
    // A std mutex is enough: it is never held across an await.
    session: Mutex<Option<Session>>,
    // Single flight: one refresh at a time; the others wait and then use its result.
    refresh_gate: tokio::sync::Mutex<()>,
    events: Arc<dyn ProgressSink>,
    policy: RetryPolicy,
    /// Kinds of call this server is rate-limiting, and until when.
    gates: gate::Gates,
}

/// A server address as people type it: `bsky.social`, `https://bsky.social/`, ` pds.example.com `
/// all become `https://…` without a trailing slash; an address with a scheme keeps it (a lab's
/// `http://localhost:2583`). Empty stays empty.
pub fn service_url(raw: &str) -> String {
    let t = raw.trim().trim_end_matches('/');
    if t.is_empty() || t.contains("://") {
        t.to_owned()
    } else {
        format!("https://{t}")
    }
}

/// `host[:port]` of `url`, as messages name a server.
pub fn host_of(url: &Url) -> String {
    match url.port() {
        Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_owned(),
    }
}

impl XrpcClient {
    /// A client for the service at `base_url` (`https://pds.example.com`, or a bare host name).
    pub fn new(base_url: &str, events: Arc<dyn ProgressSink>) -> Result<Self, XrpcError> {
        let normalized = service_url(base_url);
        let trimmed = normalized.as_str();
        let base = Url::parse(&format!("{trimmed}/")).map_err(|e| {
            XrpcError::Invalid(format!(
                "`{base_url}` is not a valid server address ({e}); use e.g. https://pds.example.com"
            ))
        })?;
        if !matches!(base.scheme(), "http" | "https") || base.host_str().is_none() {
            return Err(XrpcError::Invalid(format!(
                "`{base_url}` is not an http(s) server address; use e.g. https://pds.example.com"
            )));
        }
        let host = host_of(&base);
        Ok(XrpcClient {
            auth_base: base.clone(),
            base,
            host,
            http: transport::http_client().map_err(|e| XrpcError::Invalid(format!("could not set up HTTP: {e}")))?,
            session: Mutex::new(None),
            refresh_gate: tokio::sync::Mutex::new(()),
            events,
            policy: RetryPolicy::default(),
            gates: gate::Gates::default(),
        })
    }

    pub fn with_retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    pub fn set_retry_policy(&mut self, policy: RetryPolicy) {
        self.policy = policy;
    }

    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// `host[:port]`, for messages.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The service's base URL (with a trailing slash).
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    pub fn session(&self) -> Option<Session> {
        self.session.lock().unwrap().clone()
    }

    pub fn set_session(&self, session: Option<Session>) {
        *self.session.lock().unwrap() = session;
    }

    fn endpoint(&self, nsid: &str) -> Url {
        let base = if SESSION_CALLS.contains(&nsid) { &self.auth_base } else { &self.base };
        base.join(&format!("xrpc/{nsid}")).expect("an NSID is a valid path segment")
    }

    /// Sends data calls to `pds` from now on, keeping session calls where the session was made
    /// (an entryway signs in and renews tokens; the account's PDS serves its data).
    pub fn move_data_calls_to(&mut self, pds: &str) -> Result<(), XrpcError> {
        let moved = XrpcClient::new(pds, self.events.clone())?;
        self.base = moved.base;
        self.host = moved.host;
        Ok(())
    }

    /// Where session calls go (the entryway or the PDS), as `https://host[:port]`.
    pub fn auth_url(&self) -> &Url {
        &self.auth_base
    }

    /// A query (`GET`) with JSON output.
    pub async fn query<T: DeserializeOwned>(
        &self,
        nsid: &str,
        params: &[(&str, &str)],
        auth: Auth,
    ) -> Result<T, XrpcError> {
        let url = self.endpoint(nsid);
        let resp =
            self.send(auth, &|http| http.get(url.clone()).query(params).timeout(self.policy.request_timeout)).await?;
        self.json(resp).await
    }

    /// A procedure (`POST`) with JSON input and output.
    pub async fn procedure<I: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        nsid: &str,
        input: &I,
        auth: Auth,
    ) -> Result<T, XrpcError> {
        let resp = self.post_json(nsid, input, auth).await?;
        self.json(resp).await
    }

    /// A procedure whose output we do not need.
    pub async fn procedure_no_output<I: Serialize + ?Sized>(
        &self,
        nsid: &str,
        input: &I,
        auth: Auth,
    ) -> Result<(), XrpcError> {
        self.post_json(nsid, input, auth).await.map(drop)
    }

    async fn post_json<I: Serialize + ?Sized>(&self, nsid: &str, input: &I, auth: Auth) -> Result<Response, XrpcError> {
        let url = self.endpoint(nsid);
        let body =
            serde_json::to_vec(input).map_err(|e| XrpcError::Invalid(format!("could not encode {nsid} input: {e}")))?;
        self.send(auth, &|http| {
            http.post(url.clone())
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.clone())
                .timeout(self.policy.request_timeout)
        })
        .await
    }

    async fn json<T: DeserializeOwned>(&self, resp: Response) -> Result<T, XrpcError> {
        let bytes = resp.bytes().await.map_err(|e| XrpcError::from_reqwest(&self.host, e))?;
        serde_json::from_slice(&bytes).map_err(|e| XrpcError::Decode { host: self.host.clone(), detail: e.to_string() })
    }

    /// Sends a replayable request built by `build`, with auth, refresh-and-replay, rate-limit waits
    /// and transient retries (see the module docs). Returns only successful (2xx) responses.
    pub async fn send(
        &self,
        auth: Auth,
        build: &dyn Fn(&reqwest::Client) -> RequestBuilder,
    ) -> Result<Response, XrpcError> {
        self.replay(auth, |token| async move {
            let mut req = build(&self.http).build().map_err(|e| XrpcError::from_reqwest(&self.host, e))?;
            if let Some(t) = &token {
                for (name, value) in self.credential_headers(req.method().as_str(), req.url(), t).await? {
                    let value = reqwest::header::HeaderValue::from_str(&value)
                        .map_err(|e| XrpcError::Invalid(format!("a credential is not a header value: {e}")))?;
                    req.headers_mut().insert(name, value);
                }
            }
            // The kind of call decides which rate-limit gate applies.
            let nsid = gate::nsid_of(req.url());
            self.pass_gate(&nsid).await;
            let result = match self.http.execute(req).await {
                Ok(resp) => self.check(resp).await,
                Err(e) => Err(XrpcError::from_reqwest(&self.host, e)),
            };
            self.note_limit(&nsid, result)
        })
        .await
    }

    /// Runs a replayable request — `attempt` sends it once with the token it is given — under the
    /// client's retry policy ([`retry`]): an expired session is renewed once and the request sent
    /// again at once, rate limits are waited out, transient failures backed off. A failure to get a
    /// token or to renew the session ends it.
    async fn replay<T, Fut>(&self, auth: Auth, attempt: impl Fn(Option<String>) -> Fut) -> Result<T, XrpcError>
    where
        Fut: Future<Output = Result<T, XrpcError>>,
    {
        let (renewed, nonce_retried) = (Cell::new(false), Cell::new(false));
        let (renewed, nonce_retried, attempt) = (&renewed, &nonce_retried, &attempt);
        retry(
            &self.policy,
            |f: &Failure<XrpcError>| f.advice(XrpcError::advice),
            |f, wait| self.announce_wait(f.error(), wait),
            move || async move {
                let token = self.token_for(auth).await.map_err(Failure::Final)?;
                match attempt(token.clone()).await {
                    Ok(value) => Ok(value),
                    // The nonce is already kept (see `check`); a proof with it goes at once.
                    Err(err) if token.is_some() && !nonce_retried.get() && is_nonce_request(&err) => {
                        nonce_retried.set(true);
                        tracing::debug!("{} asked for a DPoP proof with its new nonce; sending again", self.host);
                        Err(Failure::Retryable(XrpcError::DpopNonce { host: self.host.clone() }))
                    }
                    Err(err)
                        if matches!(auth, Auth::Access | Auth::Source)
                            && token.is_some()
                            && !renewed.get()
                            && self.is_expired(&err) =>
                    {
                        renewed.set(true);
                        self.renew(token.as_deref().unwrap_or_default()).await.map_err(Failure::Final)?;
                        Err(Failure::Retryable(XrpcError::SessionRenewed { host: self.host.clone() }))
                    }
                    Err(err) => Err(Failure::Retryable(err)),
                }
            },
        )
        .await
        .map_err(Failure::into_inner)
    }

    /// Waits while this server is rate-limiting calls of `nsid` (a 429 met by any request).
    pub async fn pass_gate(&self, nsid: &str) {
        self.gates.pass(nsid).await
    }

    /// When this server will accept calls of `nsid` again, while it is rate-limiting them.
    pub fn gate_closed_until(&self, nsid: &str) -> Option<u64> {
        self.gates.closed_until(nsid)
    }

    /// Closes the gate of `nsid` when `result` is a rate limit; passes `result` on.
    fn note_limit<T>(&self, nsid: &str, result: Result<T, XrpcError>) -> Result<T, XrpcError> {
        if let Err(XrpcError::RateLimited { reset_at, .. }) = &result {
            self.gates.close(nsid, *reset_at);
        }
        result
    }

    /// Tells listeners about a wait [`retry`] is about to begin for a request to this service: a
    /// rate limit (when work resumes), or a retry after a transient failure.
    pub fn announce_wait(&self, err: &XrpcError, wait: Wait) {
        match wait {
            Wait::RateLimited(_) => {
                if let XrpcError::RateLimited { wait, reset_at, stated, quota, .. } = err {
                    self.events.emit(ProgressEvent::RateLimited {
                        host: self.host.clone(),
                        wait_secs: wait.as_secs(),
                        resume_at_unix: *reset_at,
                        stated_by_server: *stated,
                        quota: *quota,
                    });
                    tracing::info!("{}", err);
                }
            }
            Wait::Backoff { attempt, delay } => self.events.emit(ProgressEvent::Retrying {
                cid: None,
                attempt,
                delay_secs: delay.as_secs_f64(),
                reason: err.to_string(),
            }),
        }
    }

    /// Turns a non-2xx response into a typed error.
    async fn check(&self, resp: Response) -> Result<Response, XrpcError> {
        self.note_nonce(resp.url(), resp.headers());
        if resp.status().is_success() {
            return Ok(resp);
        }
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = if status == 429 { String::new() } else { resp.text().await.unwrap_or_default() };
        Err(self.error_from_parts(status, &headers, &text))
    }

    /// The typed error for a non-2xx answer: a rate limit with its wait, or the XRPC `{error,
    /// message}` (a proxy may send HTML instead, kept short).
    fn error_from_parts(&self, status: u16, headers: &reqwest::header::HeaderMap, text: &str) -> XrpcError {
        if status == 429 {
            let w = rate_limit::wait_from_headers(headers, unix_now(), self.policy.default_rate_limit_wait);
            return XrpcError::RateLimited {
                host: self.host.clone(),
                wait: w.wait,
                reset_at: w.reset_at,
                stated: w.stated,
                quota: w.quota,
            };
        }
        let (error, message) = match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v) => (
                v.get("error").and_then(|e| e.as_str()).map(str::to_owned),
                v.get("message").and_then(|e| e.as_str()).map(str::to_owned),
            ),
            Err(_) => (None, (!text.trim().is_empty()).then(|| text.trim().chars().take(200).collect())),
        };
        XrpcError::Status { host: self.host.clone(), status, error, message }
    }

    /// The token to send, refreshing the access token first when it is about to expire.
    async fn token_for(&self, auth: Auth) -> Result<Option<String>, XrpcError> {
        if auth == Auth::None || (auth == Auth::Source && self.session().is_none()) {
            return Ok(None);
        }
        let session = self
            .session()
            .ok_or_else(|| XrpcError::NotSignedIn { host: self.host.clone(), detail: "sign in first".into() })?;
        if auth == Auth::Refresh {
            return Ok(Some(session.refresh_jwt));
        }
        if session.renewal_due(unix_now(), REFRESH_MARGIN_SECS) {
            self.renew(&session.access_jwt).await?;
            return Ok(self.session().map(|s| s.access_jwt));
        }
        Ok(Some(session.access_jwt))
    }

    /// The headers that present `token` for `method url`: a bearer token for a password session;
    /// for an OAuth session the DPoP-bound token and a fresh proof signed for this very request.
    pub(crate) async fn credential_headers(
        &self,
        method: &str,
        url: &Url,
        token: &str,
    ) -> Result<Vec<(&'static str, String)>, XrpcError> {
        match self.session().and_then(|s| s.oauth) {
            Some(grant) => grant
                .headers(method, url, token)
                .await
                .map_err(|e| XrpcError::NotSignedIn { host: self.host.clone(), detail: e.to_string() }),
            None => Ok(vec![("Authorization", format!("Bearer {token}"))]),
        }
    }

    /// Keeps the DPoP nonce an answer carries (servers rotate them), for an OAuth session.
    pub(crate) fn note_nonce(&self, url: &Url, headers: &reqwest::header::HeaderMap) {
        if let Some(grant) = self.session().and_then(|s| s.oauth) {
            grant.dpop().note_nonce(url, headers);
        }
    }

    /// Whether `err` says the access token ran out: `ExpiredToken` for a password session; an
    /// OAuth token the server no longer takes (`invalid_token`, 401) is renewed once too (a
    /// revoked one then fails to renew, and the person is asked to sign in again).
    pub(crate) fn is_expired(&self, err: &XrpcError) -> bool {
        is_expired_token(err)
            || (self.session().is_some_and(|s| s.is_oauth())
                && matches!(err, XrpcError::Status { status: 401, error: Some(e), .. } if e == "invalid_token"))
    }

    /// Renews the session unless someone already replaced the `stale` access token.
    pub async fn renew(&self, stale_access: &str) -> Result<(), XrpcError> {
        let _gate = self.refresh_gate.lock().await;
        match self.session() {
            Some(s) if s.access_jwt == stale_access => {}
            Some(_) => return Ok(()), // renewed while we waited at the gate
            None => return Err(XrpcError::NotSignedIn { host: self.host.clone(), detail: "sign in first".into() }),
        }
        if let Some(grant) = self.session().and_then(|s| s.oauth) {
            let current = self.session().expect("checked above");
            // A network or server hiccup is retried like any request; a refusal means signing in again.
            let fresh = retry(&self.policy, crate::oauth::OAuthError::advice, |_, _| {}, || grant.refresh(&current))
                .await
                .map_err(|e| XrpcError::NotSignedIn {
                    host: self.host.clone(),
                    detail: format!("the session can no longer be renewed ({e}); sign in again"),
                })?;
            self.set_session(Some(fresh));
            self.events.emit(ProgressEvent::SessionRefreshed { host: self.host.clone() });
            tracing::info!("renewed the OAuth session on {}", self.host);
            return Ok(());
        }
        let resp = self.refresh_request().await.map_err(|e| match e {
            XrpcError::Status { status: 400 | 401, .. } => XrpcError::NotSignedIn {
                host: self.host.clone(),
                detail: format!("the session can no longer be renewed ({e}); sign in again"),
            },
            other => other,
        })?;
        let mut fresh: Session = self.json(resp).await?;
        if fresh.email.is_none() {
            // Not every refresh answer repeats it; it has not changed.
            fresh.email = self.session().and_then(|s| s.email);
        }
        self.set_session(Some(fresh));
        self.events.emit(ProgressEvent::SessionRefreshed { host: self.host.clone() });
        tracing::info!("renewed the session on {}", self.host);
        Ok(())
    }

    /// `refreshSession` with the refresh token, retrying transient failures (quietly) and waiting out
    /// rate limits. Kept apart from `send` because `send` itself may need a refresh.
    async fn refresh_request(&self) -> Result<Response, XrpcError> {
        let url = self.endpoint("com.atproto.server.refreshSession");
        let url = &url;
        retry(
            &self.policy,
            XrpcError::advice,
            |err, wait| {
                if let Wait::RateLimited(_) = wait {
                    self.announce_wait(err, wait);
                }
            },
            move || async move {
                let token = self.session().map(|s| s.refresh_jwt).unwrap_or_default();
                let nsid = "com.atproto.server.refreshSession";
                self.pass_gate(nsid).await;
                let timeout = self.policy.request_timeout;
                let result = match self.http.post(url.clone()).bearer_auth(token).timeout(timeout).send().await {
                    Ok(resp) => self.check(resp).await,
                    Err(e) => Err(XrpcError::from_reqwest(&self.host, e)),
                };
                self.note_limit(nsid, result)
            },
        )
        .await
    }

    /// The typed error for an answer that is not a success.
    fn refused(&self, answer: &transport::Answer) -> XrpcError {
        self.error_from_parts(answer.status, &answer.headers, &answer.text())
    }
}

/// A DPoP proof refused for its nonce (`use_dpop_nonce`): sent again with the one the answer gave.
pub(crate) fn is_nonce_request(err: &XrpcError) -> bool {
    matches!(err, XrpcError::Status { status: 400 | 401, error: Some(e), .. } if e == "use_dpop_nonce")
}

fn is_expired_token(err: &XrpcError) -> bool {
    matches!(err, XrpcError::Status { status: 400 | 401, error: Some(e), .. } if e == "ExpiredToken")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_hosts_become_https_addresses() {
        assert_eq!(service_url("bsky.social"), "https://bsky.social");
        assert_eq!(service_url(" https://pds.example.com/ "), "https://pds.example.com");
        assert_eq!(service_url("http://localhost:2583"), "http://localhost:2583");
        assert_eq!(service_url(""), "");
        let client = XrpcClient::new("bsky.social", Arc::new(crate::NoProgress)).unwrap();
        assert_eq!(client.base_url().as_str(), "https://bsky.social/");
    }
}
