//! A `did:web` account moves: no PLC directory and no emailed code. The account is made on the old
//! PDS the way a did:web owner does it (a key of their own in their `did.json`, a service token
//! signed with it, then the PDS's signing key published), with records and blobs. The move stops
//! where a did:plc would be updated (exit 4), naming what the document must say; the test publishes
//! the document Tektite printed, and the next run finishes. Checked on the servers.

use crate::account_migration::{assert_migrated, before_the_move};
use crate::common::dirs;
use crate::did_web_host::{did_web_account, DidWebHost};
use crate::identity::{go, migrate};
use crate::lab::Lab;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_did_web_account_moves_once_its_owner_publishes_the_new_document() {
    let lab = Lab::shared();
    let host = DidWebHost::start();
    let account = did_web_account(lab, &host, "dw", 3).await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let work = dirs();

    // The move copies everything, then stops where a did:plc would be updated: what to publish.
    let first = go(migrate(lab, &account, work.path(), None, &[]));
    assert_eq!(first.code, Some(4), "{:?}", first.lines.last());
    let waiting = first.lines.last().unwrap().clone();
    assert_eq!(waiting["status"], "waiting_for_did_document", "{waiting}");
    let update = &waiting["update"];
    assert_eq!(update["pds_endpoint"].as_str().unwrap().trim_end_matches('/'), lab.new_url().trim_end_matches('/'));
    assert!(update["signing_key"].as_str().unwrap().starts_with("did:key:z"), "{update}");
    assert_eq!(update["document_url"], host.url.as_str());
    assert!(!update["lacking"].as_array().unwrap().is_empty());
    assert!(lab.latest_plc_token(&account).is_none(), "a PLC code was asked for a did:web");
    // Nothing irreversible yet: the old account is still active, the document unchanged.
    assert!(host.published().to_string().contains(lab.old_url()));

    // Running again without publishing changes nothing and says the same.
    let again = go(migrate(lab, &account, work.path(), None, &[]));
    assert_eq!(again.code, Some(4));

    // The owner publishes the document Tektite wrote; the move finishes.
    host.publish(update["document"].clone());
    let done = go(migrate(lab, &account, work.path(), None, &[]));
    assert_eq!(done.code, Some(0), "{:?}", done.lines.last());
    let last = done.lines.last().unwrap();
    assert_eq!(last["status"], "complete", "{last}");
    assert!(last["check"].as_array().unwrap().iter().all(|c| c["ok"] == true), "{last}");
    assert_migrated(lab, &account, &old_records, &prefs).await;
}
