//! Signing in to both sides of a migration, with errors that tell the user what to fix.

use crate::xrpc::{Session, XrpcClient, XrpcError};

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

/// Resolves `id` (a handle or a DID) to the DID, checking that `client`'s server hosts it.
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

/// Resolves `id`, then signs in with `password`. Returns the session (also kept by `client`).
pub async fn sign_in(
    client: &XrpcClient,
    id: &str,
    password: &str,
    auth_factor: Option<&str>,
) -> Result<Session, AccountError> {
    let host = || client.host().to_owned();
    let (identifier, unresolved) = match resolve_did(client, id).await {
        Ok(did) => (did, false),
        // The reference PDS does not resolve the handles of deactivated accounts, and a migration's
        // new account stays deactivated until the very end: let `createSession` decide.
        Err(AccountError::UnknownHandle { handle, .. }) => (handle, true),
        Err(e) => return Err(e),
    };
    match client.create_session(&identifier, password, auth_factor).await {
        Ok(s) => Ok(s),
        Err(e) => Err(match e.error_name() {
            Some("AuthFactorTokenRequired") => AccountError::TwoFactorRequired { id: id.to_owned(), host: host() },
            Some("AuthenticationRequired") if unresolved => {
                AccountError::UnknownHandleOrPassword { handle: identifier, host: host() }
            }
            Some("AuthenticationRequired" | "InvalidPassword") => {
                AccountError::WrongPassword { id: id.to_owned(), host: host() }
            }
            _ => e.into(),
        }),
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

/// What signs in to one side: the server's address, the account (handle or DID) and its secrets.
#[derive(Clone)]
pub struct Login<'a> {
    pub url: &'a str,
    pub id: &'a str,
    pub password: &'a str,
    /// The two-factor code the server emailed, when it asked for one.
    pub auth_factor: Option<&'a str>,
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

/// Both accounts of a blob repair, signed in and checked to be one identity, retrying patiently.
pub struct SignedInPair {
    pub source: XrpcClient,
    pub target: XrpcClient,
    pub did: String,
}

/// Signs in to the old and the new account (failing fast), checks they are the same DID, then
/// switches both clients to patient retries. Nothing is changed on either server.
pub async fn connect_pair(
    old: Login<'_>,
    new: Login<'_>,
    progress: std::sync::Arc<dyn crate::ProgressSink>,
) -> Result<SignedInPair, SignInError> {
    let mut source = quick_client(old.url, Side::Old, progress.clone())?;
    let mut target = quick_client(new.url, Side::New, progress)?;
    let src = sign_in(&source, old.id, old.password, old.auth_factor)
        .await
        .map_err(|source| SignInError { side: Side::Old, source })?;
    let dst = sign_in(&target, new.id, new.password, new.auth_factor)
        .await
        .map_err(|source| SignInError { side: Side::New, source })?;
    if src.did != dst.did {
        return Err(SignInError {
            side: Side::New,
            source: AccountError::DifferentIdentity { source_did: src.did, target_did: dst.did },
        });
    }
    patient(&mut source);
    patient(&mut target);
    Ok(SignedInPair { source, target, did: src.did })
}
