//! Nothing lost, nobody locked out (issue 10): what the old account gains while a move waits is
//! copied before the identity moves, and rotation keys the user holds survive the identity update.

use std::time::Duration;

use serde_json::{json, Value};

use crate::account_migration::migrate_cmd_via;
use crate::common::{blob_digest, dirs};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::identity::{go, migrate, move_to_the_end};
use crate::lab::{Lab, SeededAccount};
use crate::pds::{login, xrpc};

/// Two secp256k1 public keys as `did:key` (W3C did:key test vectors): keys a user holds.
const USER_KEY: &str = "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme";
const RECOVERY_KEY: &str = "did:key:zQ3shtxV1FrJfhqE1dvxYRcCknWNjHc3c5X1y3ZSoPDi2aur2";

/// Posts a picture on `pds` as the signed-in account: the blob, then a post that embeds it.
pub(crate) async fn post_picture(pds: &str, token: &str, did: &str, size: usize) -> (String, String) {
    let bytes: Vec<u8> = (0..size).map(|i| (i * 31 % 251) as u8).collect();
    let resp = reqwest::Client::new()
        .post(format!("{pds}/xrpc/com.atproto.repo.uploadBlob"))
        .bearer_auth(token)
        .header("content-type", "image/png")
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "uploadBlob: {}", resp.status());
    let blob = resp.json::<Value>().await.unwrap()["blob"].clone();
    let cid = blob["ref"]["$link"].as_str().unwrap().to_owned();
    let record = json!({
        "repo": did,
        "collection": "app.bsky.feed.post",
        "validate": false,
        "record": {
            "$type": "app.bsky.feed.post",
            "text": "posted while the move waited for its code",
            "createdAt": "2026-12-01T00:00:00.000Z",
            "embed": { "$type": "app.bsky.embed.images", "images": [{ "image": blob, "alt": "" }] },
        },
    });
    let out =
        xrpc(reqwest::Method::POST, format!("{pds}/xrpc/com.atproto.repo.createRecord"), token, Some(record)).await;
    (out["uri"].as_str().unwrap().to_owned(), cid)
}

async fn plc_rotation_keys(lab: &Lab, did: &str) -> Vec<String> {
    let data: Value = reqwest::get(format!("{}/{did}/data", lab.plc_url())).await.unwrap().json().await.unwrap();
    data["rotationKeys"].as_array().unwrap().iter().map(|k| k.as_str().unwrap().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_made_while_the_move_waits_for_its_code_reaches_the_new_pds() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "catch-up", "2x64k").await;
    let work = dirs();
    let first = go(migrate(lab, &account, work.path(), Some(lab.old_url()), &[]));
    assert_eq!(first.code, Some(3), "{:?}", first.lines.last());

    // Meanwhile the user posts a picture on the old account.
    let old_token = login(lab.old_url(), &account.did, &account.password).await;
    let (uri, cid) = post_picture(lab.old_url(), &old_token, &account.did, 300_000).await;

    let token = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let done = go(migrate(lab, &account, work.path(), Some(lab.old_url()), &[("TEKTITE_PLC_TOKEN", &token)]));
    assert_eq!(done.code, Some(0), "{:?}", done.lines.last());
    let told =
        done.lines.iter().any(|l| l["event"] == "note" && l["text"].as_str().is_some_and(|t| t.contains("new record")));
    assert!(told, "the user is not told about the new records: {:?}", done.lines);

    // On the new PDS: the post, and its picture byte for byte.
    let new_token = login(lab.new_url(), &account.did, &account.password).await;
    let rkey = uri.rsplit('/').next().unwrap();
    let got = xrpc(
        reqwest::Method::GET,
        format!(
            "{}/xrpc/com.atproto.repo.getRecord?repo={}&collection=app.bsky.feed.post&rkey={rkey}",
            lab.new_url(),
            account.did
        ),
        &new_token,
        None,
    )
    .await;
    assert_eq!(got["uri"], uri.as_str(), "{got}");
    let old = blob_digest(lab.old_url(), &old_token, &account.did, &cid).await;
    let new = blob_digest(lab.new_url(), &new_token, &account.did, &cid).await;
    assert_eq!(new.0, old.0, "the picture differs on the new PDS");
}

/// Puts `key` first among the account's rotation keys, through its (old) PDS, as a user who added a
/// recovery key before ever moving would have. Returns the emailed code it used.
async fn add_user_rotation_key(lab: &Lab, account: &SeededAccount, key: &str) -> String {
    let token = login(lab.old_url(), &account.did, &account.password).await;
    let nsid = |n: &str| format!("{}/xrpc/com.atproto.identity.{n}", lab.old_url());
    xrpc(reqwest::Method::POST, nsid("requestPlcOperationSignature"), &token, None).await;
    let code = lab.wait_plc_token(account, None, Duration::from_secs(10)).expect("the PLC token mail");
    let mut keys = vec![key.to_owned()];
    keys.extend(plc_rotation_keys(lab, &account.did).await);
    let signed = xrpc(
        reqwest::Method::POST,
        nsid("signPlcOperation"),
        &token,
        Some(json!({ "token": code, "rotationKeys": keys })),
    )
    .await;
    xrpc(reqwest::Method::POST, nsid("submitPlcOperation"), &token, Some(json!({ "operation": signed["operation"] })))
        .await;
    assert_eq!(plc_rotation_keys(lab, &account.did).await[0], key);
    code
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_users_rotation_key_is_kept_and_a_given_recovery_key_goes_first() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "rotation-keys", "1x64k").await;
    let used = add_user_rotation_key(lab, &account, USER_KEY).await;
    let work = dirs();
    move_to_the_end(lab, &account, Some(&used), |token| {
        let env: Vec<(&str, &str)> = token.map(|t| ("TEKTITE_PLC_TOKEN", t)).into_iter().collect();
        let mut cmd = migrate(lab, &account, work.path(), Some(lab.old_url()), &env);
        cmd.args(["--recovery-key", RECOVERY_KEY]);
        cmd
    });
    let keys = plc_rotation_keys(lab, &account.did).await;
    assert_eq!(keys.first().map(String::as_str), Some(RECOVERY_KEY), "{keys:?}");
    assert_eq!(keys.get(1).map(String::as_str), Some(USER_KEY), "the user's key was dropped: {keys:?}");
    assert!(keys.len() >= 3, "the new PDS's key is missing: {keys:?}");
}

/// An import whose answer a proxy cut (a 504 after the PDS applied it) is not sent again: the new
/// PDS's revision shows it landed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_that_landed_despite_an_error_is_not_sent_again() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "import-cut", "2x64k").await;
    let target = FaultProxy::start(lab.new_url(), Faults { cut_import_answers: 1, ..Default::default() });
    let work = dirs();
    let mut cmd = migrate(lab, &account, work.path(), Some(lab.old_url()), &[]);
    // The same move, to the new PDS through the proxy.
    let args: Vec<String> = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
    let to = args.iter().position(|a| a == "--to").unwrap() + 1;
    let mut args = args;
    args[to] = target.url();
    let mut again = std::process::Command::new(crate::common::CLI);
    again.args(&args).envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v)))).stdout(std::process::Stdio::piped());
    again.env_remove("TEKTITE_PLC_TOKEN").stderr(std::process::Stdio::piped());
    cmd = again;
    let run = go(cmd);
    assert_eq!(run.code, Some(3), "{:?}", run.lines.last());
    let stats = target.stats();
    assert_eq!(stats.import_answers_cut, 1, "the fault never fired");
    // The full copy once (its answer cut), then the catch-up before the code is asked for (only
    // what changed since): not a second full copy.
    assert_eq!(stats.import_requests, 2, "the repository was sent again although it had landed");
}

/// `--new-recovery-key FILE`: the generated key goes first in the PLC document, the file (0600)
/// holds its private key, and what that key signs verifies against the document's did:key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generated_recovery_key_goes_first_and_its_file_signs_for_the_identity() {
    use k256::ecdsa::signature::{Signer, Verifier};
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "new-recovery-key", "1x64k").await;
    let work = dirs();
    let file = work.path().join("recovery.key");
    let runs = move_to_the_end(lab, &account, None, |token| {
        let env: Vec<(&str, &str)> = token.map(|t| ("TEKTITE_PLC_TOKEN", t)).into_iter().collect();
        let mut cmd = migrate(lab, &account, work.path(), Some(lab.old_url()), &env);
        cmd.arg("--new-recovery-key").arg(&file);
        cmd
    });
    // The report's checklist says where the key is, and the look from outside finds the account
    // where it moved (handle → DID, the document, the new PDS serving the repository).
    let last = runs.last().unwrap().lines.last().unwrap().clone();
    let checklist = last["checklist"].as_array().expect("a checklist").clone();
    assert!(checklist[0]["title"].as_str().unwrap().contains(&account.new_handle), "{checklist:?}");
    let key_item = checklist.iter().find(|i| i["title"].as_str().unwrap().contains("recovery key")).unwrap();
    assert!(key_item["detail"].as_str().unwrap().contains(&file.display().to_string()), "{key_item}");
    let check = last["check"].as_array().expect("the check").clone();
    assert_eq!(check.len(), 3);
    assert!(check.iter().all(|c| c["ok"] == true), "{check:?}");
    let text = std::fs::read_to_string(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let field = |name: &str| text.lines().find_map(|l| l.strip_prefix(name)).unwrap().trim().to_owned();
    let did_key = field("did_key: ");
    let keys = plc_rotation_keys(lab, &account.did).await;
    assert_eq!(keys.first(), Some(&did_key), "the generated key is not first: {keys:?}");

    // The private key in the file signs; the public key the document names verifies.
    let hex = field("private_key_hex: ");
    let secret: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
    let signer = k256::ecdsa::SigningKey::from_slice(&secret).unwrap();
    let signature: k256::ecdsa::Signature = signer.sign(b"tektite recovery check");
    let (_, bytes) = multibase::decode(did_key.strip_prefix("did:key:").unwrap()).unwrap();
    assert_eq!(&bytes[..2], &[0xe7, 0x01], "not a secp256k1 did:key");
    let verifier = k256::ecdsa::VerifyingKey::from_sec1_bytes(&bytes[2..]).unwrap();
    verifier.verify(b"tektite recovery check", &signature).expect("the file's key does not match the document's");
}

/// A blob gone from the old PDS stops the move before the identity steps, with the blob listed and
/// exit 1; accepting its loss (`--accept-missing-blobs`) lets the move finish, and the report names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blob_that_can_never_be_moved_is_the_users_decision() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "unmovable", "3x64k").await;
    let gone = account.blobs[1].cid.clone();
    // The blob's file disappears from the old PDS's disk store (its record still names it).
    let removed = lab.remove_old_blob(&gone);
    assert!(removed, "{gone} not found in the old PDS's blob store");
    let work = dirs();
    let stopped = go(migrate(lab, &account, work.path(), Some(lab.old_url()), &[]));
    assert_eq!(stopped.code, Some(1), "{:?}", stopped.lines.last());
    let error = stopped.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(error.contains(&gone) && error.contains("--accept-missing-blobs"), "{error}");
    // Its size, from the record that uses it (the old PDS no longer has the blob).
    assert!(error.contains(&format!("{gone}, 65536 bytes used by at://")), "{error}");
    assert!(lab.latest_plc_token(&account).is_none(), "the identity steps began");

    let runs = move_to_the_end(lab, &account, None, |token| {
        let env: Vec<(&str, &str)> = token.map(|t| ("TEKTITE_PLC_TOKEN", t)).into_iter().collect();
        let mut cmd = migrate(lab, &account, work.path(), Some(lab.old_url()), &env);
        cmd.arg("--accept-missing-blobs");
        cmd
    });
    let last = runs.last().unwrap().lines.last().unwrap().clone();
    assert_eq!(last["status"], "complete", "{last}");
    assert_eq!(last["summary"]["accepted_missing"], json!([gone]), "{last}");
    let keys = plc_rotation_keys(lab, &account.did).await;
    assert!(!keys.is_empty());
}

/// A blob larger than the new PDS says it takes (`describeServer.blobUploadLimit`) is listed before
/// any blob is copied (issue 25), with its size from its record and the record that uses it: exit
/// 1 and nothing uploaded; accepting its loss lets the move finish without ever sending it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blob_over_the_new_pds_limit_is_listed_before_anything_is_copied() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "over-limit", "4x64k,1x3m").await;
    let big = account.blobs.iter().find(|b| b.size > 2 << 20).unwrap().clone();
    let limit = 2 << 20;
    let target = FaultProxy::start(
        lab.new_url(),
        Faults { stated_upload_limit: Some(limit), reject_upload_over: Some(limit), ..Default::default() },
    );
    let work = dirs();
    let cmd = |token: Option<&str>, accept: bool| {
        let mut cmd = migrate_cmd_via(lab, (lab.old_url(), &target.url()), &account, work.path(), token, true);
        if accept {
            cmd.arg("--accept-missing-blobs");
        }
        cmd
    };
    let stopped = go(cmd(None, false));
    assert_eq!(stopped.code, Some(1), "{:?}", stopped.lines.last());
    let error = stopped.lines.last().unwrap()["error"].as_str().unwrap_or_default().to_owned();
    assert!(error.contains(&format!("{}, {} bytes used by at://", big.cid, big.size)), "{error}");
    assert!(error.contains("upload limit is 2.0 MiB") && error.contains("--accept-missing-blobs"), "{error}");
    assert_eq!(target.stats().upload_blob_requests, 0, "blobs were copied before the decision");

    let runs = move_to_the_end(lab, &account, None, |token| cmd(token, true));
    let last = runs.last().unwrap().lines.last().unwrap().clone();
    assert_eq!(last["status"], "complete", "{last}");
    assert_eq!(last["summary"]["accepted_missing"], json!([big.cid]), "{last}");
    let stats = target.stats();
    assert_eq!((stats.upload_blob_requests, stats.too_large), (account.blobs.len() - 1, 0), "{stats:?}");
}
