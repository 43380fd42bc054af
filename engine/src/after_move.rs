//! After the move: what the user must do next (one checklist, in the order that keeps people from
//! locking themselves out, for every face), and a check that the new account works as the network
//! sees it: the handle resolves to the DID, the DID document names the new PDS, the new PDS serves
//! the repository.

use std::sync::Arc;

use serde::Serialize;

use crate::identity::{same_endpoint, Resolver};
use crate::migration::MigrationSummary;
use crate::retry::RetryPolicy;
use crate::{NoProgress, XrpcClient};

/// One thing to do, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    pub title: String,
    pub detail: String,
}

/// Where the user's recovery key is, for the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryKeyNote {
    /// None was added in this move.
    None,
    /// Its `did:key`, and where its private half is in words ("in /home/me/key.txt", "in the file
    /// you downloaded, tektite-recovery-key-….txt", "wherever you keep it").
    Held { did_key: String, whereabouts: String },
}

/// What to do after a completed move, most urgent first.
pub fn checklist(s: &MigrationSummary, recovery_key: &RecoveryKeyNote) -> Vec<ChecklistItem> {
    let item = |title: String, detail: String| ChecklistItem { title, detail };
    vec![
        item(
            format!("Log out of every app, then sign in again as {}", s.new_handle),
            "Apps still hold a session issued by the old PDS; until you sign out and in again they fail with \
             errors such as “jwt signature does not match jwt issuer”. On bsky.app and other apps, sign in \
             with your handle and choose “other hosting provider” if asked."
                .into(),
        ),
        item(
            "Use the new account's password".into(),
            format!(
                "Your password is now the one you chose for the new account on {}. If it is the same as the old \
                 one, an app that signs in at the old server gets into the deactivated old account, which looks \
                 empty and cannot post: keep the two passwords different.",
                s.new_pds
            ),
        ),
        match recovery_key {
            RecoveryKeyNote::Held { did_key, whereabouts } => item(
                "Keep your recovery key offline".into(),
                format!(
                    "{did_key} is the first rotation key of your identity; its private key is {whereabouts}. With it \
                     you can move your identity to another PDS even if the new one disappears. Keep a copy offline \
                     and never paste it into a website."
                ),
            ),
            RecoveryKeyNote::None => item(
                "Consider a recovery key".into(),
                "You hold no rotation key of your own: only the new PDS can change your identity. A recovery key \
                 lets you leave it even if it disappears."
                    .into(),
            ),
        },
        item(
            "The old account is deactivated, not deleted".into(),
            format!(
                "{} on {} keeps its data, deactivated. Wait at least 72 hours before deleting it; to delete it, \
                 sign in there and ask for deletion (some hosts, bsky.social among them, may refuse to delete a \
                 migrated account: then ask their support).",
                if s.old_handle.is_empty() { "The old account" } else { &s.old_handle },
                s.old_pds
            ),
        ),
        item(
            "72 hours to undo an unwanted identity change".into(),
            "For 72 hours the PLC directory lets a key listed earlier in the previous rotation-key list \
             override a change. Your own recovery key, if you have one, outranks the PDS's keys."
                .into(),
        ),
        item(
            "App passwords did not move".into(),
            "Bots, clients and services that used app passwords need new ones, created on the new PDS.".into(),
        ),
    ]
}

/// One look at the new account from outside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckResult {
    pub what: String,
    pub ok: bool,
    pub detail: String,
}

/// Looks at the moved account the way apps and relays do. Each look stands alone: one failing
/// (e.g. a DNS cache still holding the old answer) does not hide the others.
pub async fn check_moved(resolver: &Resolver, did: &str, handle: &str, new_pds: &str) -> Vec<CheckResult> {
    let handle = handle.trim().trim_start_matches('@');
    let pds = XrpcClient::new(new_pds, Arc::new(NoProgress)).map(|c| c.with_retry_policy(RetryPolicy::quick()));
    let resolves = match resolver.handle_to_did(handle).await {
        Ok(found) if found == did => {
            CheckResult { what: format!("{handle} resolves to your DID"), ok: true, detail: did.to_owned() }
        }
        Ok(other) => CheckResult {
            what: format!("{handle} resolves to your DID"),
            ok: false,
            detail: format!(
                "it resolves to {other}: the handle's DNS record or .well-known file names another account"
            ),
        },
        Err(e) => match &pds {
            // A handle under one of the new PDS's own domains is the PDS's to answer for (it
            // serves their `.well-known` files): ask it when the usual ways found nothing.
            Ok(pds) if hosted_by(pds, handle).await => match pds.resolve_handle(handle).await {
                Ok(found) => CheckResult {
                    what: format!("{handle} resolves to your DID"),
                    ok: found == did,
                    detail: format!("{found}, as the new PDS, which hosts the handle, says"),
                },
                Err(e2) => CheckResult {
                    what: format!("{handle} resolves to your DID"),
                    ok: false,
                    detail: format!("{e}; the new PDS: {e2}"),
                },
            },
            _ => CheckResult { what: format!("{handle} resolves to your DID"), ok: false, detail: e.to_string() },
        },
    };
    let document = match resolver.document(did).await {
        Ok(doc) => {
            let pds = doc.pds_endpoint.clone().unwrap_or_default();
            let names_pds = same_endpoint(&pds, new_pds);
            let names_handle = doc.names_handle(handle);
            CheckResult {
                what: "Your DID document names the new PDS and handle".into(),
                ok: names_pds && names_handle,
                detail: match (names_pds, names_handle) {
                    (true, true) => format!("{pds}, at://{handle}"),
                    (false, _) => format!("it names {}", if pds.is_empty() { "no PDS" } else { &pds }),
                    (true, false) => format!("it names the handle {}", doc.handle().unwrap_or("(none)")),
                },
            }
        }
        Err(e) => CheckResult {
            what: "Your DID document names the new PDS and handle".into(),
            ok: false,
            detail: e.to_string(),
        },
    };
    let serves = match &pds {
        Err(e) => Err(e.to_string()),
        Ok(client) => client.describe_repo(did).await.map(|d| format!("as {}", d.handle)).map_err(|e| e.to_string()),
    };
    let serves = CheckResult {
        what: "The new PDS serves your repository".into(),
        ok: serves.is_ok(),
        detail: serves.unwrap_or_else(|e| e),
    };
    vec![resolves, document, serves]
}

/// Whether `handle` is under one of the domains `pds` offers its users.
async fn hosted_by(pds: &XrpcClient, handle: &str) -> bool {
    let Ok(facts) = pds.describe_server().await else { return false };
    let handle = handle.to_ascii_lowercase();
    facts.available_user_domains.iter().any(|d| {
        let d = d.to_ascii_lowercase();
        handle.ends_with(&if d.starts_with('.') { d } else { format!(".{d}") })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary() -> MigrationSummary {
        MigrationSummary {
            did: "did:plc:abc".into(),
            old_pds: "https://old.example".into(),
            old_handle: "alice.old.example".into(),
            new_pds: "https://new.example".into(),
            new_pds_did: "did:web:new.example".into(),
            new_handle: "alice.new.example".into(),
            new_email: "a@example.com".into(),
            did_document_pds: None,
            records: None,
            blobs_expected: None,
            blobs_imported: None,
            blobs_missing: None,
            new_account_active: None,
            steps_done: Vec::new(),
            next_step: None,
            irreversible: Vec::new(),
            accepted_missing: Vec::new(),
            rotation_keys: None,
            old_deactivated_by: None,
        }
    }

    #[test]
    fn the_checklist_starts_with_signing_in_again_and_says_where_the_key_is() {
        let s = summary();
        let held = RecoveryKeyNote::Held { did_key: "did:key:zQ3sX".into(), whereabouts: "in /tmp/k.txt".into() };
        let list = checklist(&s, &held);
        assert!(list[0].title.contains("Log out") && list[0].title.contains("alice.new.example"));
        assert!(list[1].detail.contains("deactivated old account"));
        assert!(list[2].detail.contains("did:key:zQ3sX") && list[2].detail.contains("/tmp/k.txt"));
        assert!(list[3].detail.contains("https://old.example"));
        assert!(list.iter().any(|i| i.title.contains("72 hours")));
        assert!(list.last().unwrap().title.contains("App passwords"));
        assert_eq!(checklist(&s, &RecoveryKeyNote::None)[2].title, "Consider a recovery key");
    }
}
