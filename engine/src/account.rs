//! Signing in to both sides of a migration, with errors that tell the user what to fix.

use crate::identity::{same_endpoint, DidDocument, Resolver};
use crate::xrpc::{Session, XrpcClient, XrpcError};
use tektite_i18n::tr;

/// Why an account could not be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AccountError {
    #[error("{host} does not know the handle `{handle}`; check the spelling or use the account's DID")]
    UnknownHandle { handle: String, host: String },
    #[error("{host} does not know the handle `{handle}` among its active accounts and refused it as a deactivated account's sign-in: check the handle and the password")]
    UnknownHandleOrPassword { handle: String, host: String },
    #[error("{host} has no account `{id}`; check the address of the server and the account")]
    NotOnServer { id: String, host: String },
    #[error(
        "{host} rejected the password for `{id}`; check the password (an app password will not do for a migration)"
    )]
    WrongPassword { id: String, host: String },
    #[error("`{id}` on {host} uses two-factor sign-in: enter the code the server emailed")]
    TwoFactorRequired { id: String, host: String },
    #[error("the accounts are different identities: {source_did} on the old server, {target_did} on the new one")]
    DifferentIdentity { source_did: String, target_did: String },
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    #[error(transparent)]
    Server(#[from] XrpcError),
}

impl AccountError {
    /// Whether this is the user's input to fix (as opposed to a server or network problem).
    pub fn is_bad_input(&self) -> bool {
        !matches!(self, AccountError::Server(_))
    }
}

fn normalize(id: &str) -> &str {
    id.trim().trim_start_matches('@')
}

/// Resolves `id` (a handle or a DID) to the DID, checking that `client`'s server hosts it. Only to
/// explain a refused sign-in (see [`sign_in`]): a server need not answer this for a deactivated account.
pub async fn resolve_did(client: &XrpcClient, id: &str) -> Result<String, AccountError> {
    let id = normalize(id);
    let host = || client.host().to_owned();
    if id.starts_with("did:") {
        return match client.describe_repo(id).await {
            Ok(repo) => Ok(repo.did),
            // Deactivated accounts still exist: they are exactly what a migration deals with.
            Err(e) if matches!(e.error_name(), Some("RepoDeactivated" | "RepoTakendown" | "RepoSuspended")) => {
                Ok(id.to_owned())
            }
            Err(e) if matches!(e.status(), Some(400 | 404)) => {
                Err(AccountError::NotOnServer { id: id.to_owned(), host: host() })
            }
            Err(e) => Err(e.into()),
        };
    }
    match client.resolve_handle(id).await {
        Ok(did) => Ok(did),
        Err(e) if matches!(e.status(), Some(400 | 404)) => {
            Err(AccountError::UnknownHandle { handle: id.to_owned(), host: host() })
        }
        Err(e) => Err(e.into()),
    }
}

/// Signs in with `password`. Returns the session (also kept by `client`).
///
/// `createSession` comes first and alone: it is the one call every PDS must answer for any of its
/// accounts, deactivated ones included (a migration's new account stays deactivated until the very
/// end). Asking the server about `id` first (`describeRepo`, `resolveHandle`) would rely on answers
/// the protocol does not promise for a deactivated account: the reference PDS refuses them with
/// 400, rsky-pds fails them with 500. Only when the sign-in is refused is the server asked, to say
/// whether the account or the password was wrong; an entryway such as bsky.social, which serves no
/// repositories, is covered the same way.
pub async fn sign_in(
    client: &XrpcClient,
    id: &str,
    password: &str,
    auth_factor: Option<&str>,
) -> Result<Session, AccountError> {
    let host = || client.auth_url().host_str().unwrap_or_default().to_owned();
    let e = match client.create_session(normalize(id), password, auth_factor).await {
        Ok(s) => return Ok(s),
        Err(e) => e,
    };
    Err(match e.error_name() {
        Some("AuthFactorTokenRequired") => AccountError::TwoFactorRequired { id: id.to_owned(), host: host() },
        Some("AuthenticationRequired" | "InvalidPassword") => match resolve_did(client, id).await {
            // The handle may still be a deactivated account's, which the server does not resolve.
            Err(AccountError::UnknownHandle { handle, .. }) => {
                AccountError::UnknownHandleOrPassword { handle, host: host() }
            }
            Err(not_there @ AccountError::NotOnServer { .. }) => not_there,
            // Found, or the server cannot say (some answer 500 for a deactivated account): the
            // account is there as far as anyone can tell, so the password is what it refused.
            _ => AccountError::WrongPassword { id: id.to_owned(), host: host() },
        },
        _ => e.into(),
    })
}

/// Signs `client` in as `id` with `secret`: the password (see [`sign_in`]), or a session made on the
/// account's own server, completed with what the server says of it (`getSession`).
async fn sign_in_with(client: &XrpcClient, id: &str, secret: Secret<'_>) -> Result<Session, AccountError> {
    match secret {
        Secret::Password { password, auth_factor } => sign_in(client, id, password, auth_factor).await,
        Secret::Session(session) => {
            client.set_session(Some(session));
            client.complete_session().await.map_err(AccountError::from)
        }
    }
}

/// Which of a migration's two accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The account on the PDS it is leaving.
    Old,
    /// The account on the PDS it moves to.
    New,
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Side::Old => "old PDS",
            Side::New => "new PDS",
        })
    }
}

/// An account that could not be used, and on which side.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{side}: {source}")]
pub struct SignInError {
    pub side: Side,
    pub source: AccountError,
}

/// What signs in to one side: where (the PDS, or an entryway such as bsky.social; `None`: the PDS
/// the account's DID document names), the account (handle or DID) and how it signs in.
#[derive(Clone)]
pub struct Login<'a> {
    pub url: Option<&'a str>,
    pub id: &'a str,
    pub secret: Secret<'a>,
}

/// How an account signs in.
#[derive(Clone)]
pub enum Secret<'a> {
    /// Its password, and the two-factor code the server emailed when it asked for one.
    Password { password: &'a str, auth_factor: Option<&'a str> },
    /// A session already made through the account's own server ([`crate::oauth`]): no password.
    Session(Session),
}

impl<'a> Secret<'a> {
    pub fn password(password: &'a str, auth_factor: Option<&'a str>) -> Self {
        Secret::Password { password, auth_factor }
    }
}

/// A client for `url` that fails fast. Signing in is interactive: a wrong address or a server that
/// is down should be said within seconds, not after minutes of patient retries. Once signed in,
/// [`patient`] switches the client to the retries a long transfer needs.
pub fn quick_client(
    url: &str,
    side: Side,
    progress: std::sync::Arc<dyn crate::ProgressSink>,
) -> Result<XrpcClient, SignInError> {
    XrpcClient::new(url, progress)
        .map(|c| c.with_retry_policy(crate::retry::RetryPolicy::quick()))
        .map_err(|e| SignInError { side, source: AccountError::Server(e) })
}

/// Switches a signed-in client from fast failure to the patient retries of a migration.
pub fn patient(client: &mut XrpcClient) {
    client.set_retry_policy(crate::retry::RetryPolicy::default());
}

/// An account signed in, with its data calls going to the PDS that holds its data.
pub struct Home {
    pub client: XrpcClient,
    pub session: Session,
    /// The PDS holding the account's data (where data calls go).
    pub pds: String,
    /// Where the session was made (the PDS, or an entryway).
    pub signed_in_at: String,
    /// The account's DID document, when it could be read (the session's `didDoc`, else resolved).
    pub document: Option<DidDocument>,
}

impl Home {
    /// "signed in at bsky.social; the account's data is on …" when those differ.
    pub fn route_note(&self) -> Option<String> {
        (!same_endpoint(&self.pds, &self.signed_in_at))
            .then(|| tr!("note-entryway", signed_in_at = &self.signed_in_at, pds = &self.pds))
    }
}

/// Signs in to `login` (failing fast) and points the client's data calls at the account's PDS:
/// the one its DID document names (the session's `didDoc`, which an entryway returns, else the
/// document looked up through `resolver`), whatever address the user typed. With no address, the
/// handle or DID is resolved first (handle → DID → document → PDS).
pub async fn sign_in_home(
    login: Login<'_>,
    side: Side,
    resolver: &Resolver,
    progress: std::sync::Arc<dyn crate::ProgressSink>,
) -> Result<Home, SignInError> {
    let err = |source: AccountError| SignInError { side, source };
    let (url, located) = match login.url {
        Some(url) => (url.trim().trim_end_matches('/').to_owned(), None),
        None => {
            let located = resolver.locate(login.id).await.map_err(|e| err(e.into()))?;
            (located.pds.clone(), Some(located))
        }
    };
    let mut client = quick_client(&url, side, progress)?;
    // Known by its DID once resolved: the sign-in then needs no handle lookup on the server.
    let id = located.as_ref().map_or(login.id, |l| l.did.as_str());
    let session = sign_in_with(&client, id, login.secret).await.map_err(err)?;
    let document = match session.did_doc.as_ref().and_then(DidDocument::from_json).filter(|d| d.did == session.did) {
        Some(doc) => Some(doc),
        None => match located {
            Some(l) => Some(l.document),
            None => resolver.document(&session.did).await.ok(),
        },
    };
    let pds = document.as_ref().and_then(|d| d.pds_endpoint.clone()).unwrap_or_else(|| url.clone());
    if !same_endpoint(&pds, &url) {
        client.move_data_calls_to(&pds).map_err(|e| err(e.into()))?;
    }
    Ok(Home { client, session, pds, signed_in_at: url, document })
}

/// Both accounts of a blob repair, signed in and checked to be one identity, retrying patiently.
pub struct SignedInPair {
    pub source: XrpcClient,
    pub target: XrpcClient,
    pub did: String,
    /// How the old account was reached (entryway, PDS), for the plan to say.
    pub source_note: Option<String>,
}

/// Signs in to the old account (through [`sign_in_home`]) and the new one (failing fast) at once, checks
/// they are the same DID, then switches both clients to patient retries. Nothing is changed on
/// either server.
pub async fn connect_pair(
    old: Login<'_>,
    new: Login<'_>,
    resolver: &Resolver,
    progress: std::sync::Arc<dyn crate::ProgressSink>,
) -> Result<SignedInPair, SignInError> {
    let new_url = new.url.unwrap_or_default();
    let mut target = quick_client(new_url, Side::New, progress.clone())?;
    // Independent, so at once: on a link with latency each sign-in costs a few round trips.
    let (home, dst) =
        futures::join!(sign_in_home(old, Side::Old, resolver, progress), sign_in_with(&target, new.id, new.secret));
    let home = home?;
    let dst = dst.map_err(|source| SignInError { side: Side::New, source })?;
    if home.session.did != dst.did {
        return Err(SignInError {
            side: Side::New,
            source: AccountError::DifferentIdentity { source_did: home.session.did, target_did: dst.did },
        });
    }
    let source_note = home.route_note();
    let mut source = home.client;
    patient(&mut source);
    patient(&mut target);
    Ok(SignedInPair { source, target, did: dst.did, source_note })
}
