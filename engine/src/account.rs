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
