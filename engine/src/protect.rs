//! "Protect this account": a recovery key added to a `did:plc` identity through its current PDS,
//! while that PDS still works, so that the user can restore the account elsewhere if it vanishes.
//!
//! The PDS signs the change only with the code it emails (`requestPlcOperationSignature`, then
//! `signPlcOperation` with the code); the operation names the user's key first and every key the
//! document already had after it (the PDS replaces the list with what the operation names), is
//! checked before it is sent, and the directory is read back afterwards.

use serde::Serialize;

use crate::identity::{IdentityError, Resolver};
use crate::xrpc::{XrpcClient, XrpcError};

#[derive(Debug, thiserror::Error)]
pub enum ProtectError {
    #[error("{did} is a did:web identity: it has no rotation keys; whoever controls the web server at its domain controls it, so keep that server's access safe instead")]
    NotPlc { did: String },
    #[error("the emailed code was not accepted ({detail}); check the email and run again with the code, or run without it for a new one")]
    CodeRejected { detail: String },
    #[error("the PDS signed a different change than asked: {0}; nothing was sent")]
    Mismatch(String),
    #[error("the change was sent, but the PLC directory lists {found:?} as rotation keys, not {key} first")]
    NotApplied { key: String, found: Vec<String> },
    #[error(transparent)]
    Identity(#[from] IdentityError),
    #[error(transparent)]
    Server(#[from] XrpcError),
}

impl ProtectError {
    /// The user's input to fix (the code, the kind of identity), not a server problem.
    pub fn is_bad_input(&self) -> bool {
        matches!(self, ProtectError::NotPlc { .. } | ProtectError::CodeRejected { .. })
    }
}

/// Where adding the key stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Protection {
    /// The key is the identity's first rotation key (now, or already before).
    Added { rotation_keys: Vec<String>, already: bool },
    /// The PDS emailed a code; run again with it.
    CodeSent,
}

/// The rotation keys with `key` first and the others kept in order.
pub fn keys_with_first(key: &str, current: &[String]) -> Vec<String> {
    std::iter::once(key.to_owned()).chain(current.iter().filter(|k| *k != key).cloned()).collect()
}

/// Adds `key` (a `did:key`) as the first rotation key of `did`, through `pds` (signed in as the
/// account). Without `code` the PDS is asked to email one ([`Protection::CodeSent`]).
pub async fn add_recovery_key(
    pds: &XrpcClient,
    resolver: &Resolver,
    did: &str,
    key: &str,
    code: Option<&str>,
) -> Result<Protection, ProtectError> {
    if !did.starts_with("did:plc:") {
        return Err(ProtectError::NotPlc { did: did.to_owned() });
    }
    let current = resolver.plc_rotation_keys(did).await?;
    if current.first().map(String::as_str) == Some(key) {
        return Ok(Protection::Added { rotation_keys: current, already: true });
    }
    let Some(code) = code else {
        pds.request_plc_operation_signature().await?;
        return Ok(Protection::CodeSent);
    };
    let wanted = keys_with_first(key, &current);
    let signed = match pds.sign_plc_operation(code.trim(), &serde_json::json!({ "rotationKeys": wanted })).await {
        Ok(op) => op,
        Err(e) if matches!(e.status(), Some(400 | 401)) => {
            return Err(ProtectError::CodeRejected { detail: e.to_string() })
        }
        Err(e) => return Err(e.into()),
    };
    let named: Vec<String> = signed
        .get("rotationKeys")
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|k| k.as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    if named != wanted {
        return Err(ProtectError::Mismatch(format!("rotation keys {named:?}, asked for {wanted:?}")));
    }
    pds.submit_plc_operation(&signed).await?;
    let after = resolver.plc_rotation_keys(did).await?;
    if after.first().map(String::as_str) != Some(key) {
        return Err(ProtectError::NotApplied { key: key.to_owned(), found: after });
    }
    Ok(Protection::Added { rotation_keys: after, already: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_goes_first_and_nothing_is_lost() {
        let current = vec!["did:key:zA".to_owned(), "did:key:zB".to_owned()];
        assert_eq!(keys_with_first("did:key:zN", &current), ["did:key:zN", "did:key:zA", "did:key:zB"]);
        assert_eq!(keys_with_first("did:key:zB", &current), ["did:key:zB", "did:key:zA"]);
    }
}
