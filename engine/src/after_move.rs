//! After the move: what the user must do next (one checklist, in the order that keeps people from
//! locking themselves out, for every face), and a check that the new account works as the network
//! sees it: the handle resolves to the DID, the DID document names the new PDS, the new PDS serves
//! the repository.

use std::sync::Arc;

use serde::Serialize;
use tektite_i18n::tr;

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
    let old_account = if s.old_handle.is_empty() { tr!("todo-old-account") } else { s.old_handle.clone() };
    vec![
        item(tr!("todo-sign-in-again", new_handle = &s.new_handle), tr!("todo-sign-in-again-detail")),
        item(tr!("todo-new-password"), tr!("todo-new-password-detail", new_pds = &s.new_pds)),
        match recovery_key {
            RecoveryKeyNote::Held { did_key, whereabouts } => item(
                tr!("todo-keep-key-offline"),
                tr!("todo-keep-key-offline-detail", did_key = did_key, whereabouts = whereabouts),
            ),
            RecoveryKeyNote::None => item(tr!("todo-consider-key"), tr!("todo-consider-key-detail")),
        },
        item(
            tr!("todo-old-deactivated"),
            tr!("todo-old-deactivated-detail", old_account = old_account, old_pds = &s.old_pds),
        ),
        item(tr!("todo-undo-window"), tr!("todo-undo-window-detail")),
        item(tr!("todo-app-passwords"), tr!("todo-app-passwords-detail")),
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
            CheckResult { what: tr!("look-handle-resolves", handle = handle), ok: true, detail: did.to_owned() }
        }
        Ok(other) => CheckResult {
            what: tr!("look-handle-resolves", handle = handle),
            ok: false,
            detail: tr!("look-handle-elsewhere", other = other),
        },
        Err(e) => match &pds {
            // A handle under one of the new PDS's own domains is the PDS's to answer for (it
            // serves their `.well-known` files): ask it when the usual ways found nothing.
            Ok(pds) if hosted_by(pds, handle).await => match pds.resolve_handle(handle).await {
                Ok(found) => CheckResult {
                    what: tr!("look-handle-resolves", handle = handle),
                    ok: found == did,
                    detail: tr!("look-handle-by-pds", found = &found),
                },
                Err(e2) => CheckResult {
                    what: tr!("look-handle-resolves", handle = handle),
                    ok: false,
                    detail: tr!("look-handle-both-failed", error = e.to_string(), pds_error = e2.to_string()),
                },
            },
            _ => CheckResult { what: tr!("look-handle-resolves", handle = handle), ok: false, detail: e.to_string() },
        },
    };
    let document = match resolver.document(did).await {
        Ok(doc) => {
            let pds = doc.pds_endpoint.clone().unwrap_or_default();
            let names_pds = same_endpoint(&pds, new_pds);
            let names_handle = doc.names_handle(handle);
            CheckResult {
                what: tr!("look-document-names"),
                ok: names_pds && names_handle,
                detail: match (names_pds, names_handle) {
                    (true, true) => format!("{pds}, at://{handle}"),
                    (false, _) if pds.is_empty() => tr!("look-document-no-pds"),
                    (false, _) => tr!("look-document-names-pds", pds = &pds),
                    (true, false) => match doc.handle() {
                        Some(h) => tr!("look-document-names-handle", handle = h),
                        None => tr!("look-document-no-handle"),
                    },
                },
            }
        }
        Err(e) => CheckResult { what: tr!("look-document-names"), ok: false, detail: e.to_string() },
    };
    let serves = match &pds {
        Err(e) => Err(e.to_string()),
        Ok(client) => client
            .describe_repo(did)
            .await
            .map(|d| tr!("look-repo-served-as", handle = &d.handle))
            .map_err(|e| e.to_string()),
    };
    let serves =
        CheckResult { what: tr!("look-repo-served"), ok: serves.is_ok(), detail: serves.unwrap_or_else(|e| e) };
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
