//! Backups and the way back (issue 14), through the real CLI on the lab's servers: a backup that is
//! incremental and checkable, a recovery key added through the account's PDS, and a restore onto
//! the new PDS after the old one is stopped for good, from the backup packed into a `.tar`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::account_migration::{before_the_move, records};
use crate::common::{blob_digest, dirs, login, run, Run, CLI};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::{Lab, SeededAccount, Side};

/// `tektite-cli <args>` for `account` on `lab`, secrets in the environment.
fn cli(lab: &Lab, account: &SeededAccount, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(CLI);
    cmd.args(args)
        .env("TEKTITE_FROM_PASSWORD", &account.password)
        .env("TEKTITE_NEW_PASSWORD", &account.password)
        .env_remove("TEKTITE_PLC_TOKEN")
        .env_remove("TEKTITE_FROM_2FA")
        .stdin(Stdio::null());
    for (k, v) in lab.client_env().into_iter() {
        cmd.env(k, v);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn backup(lab: &Lab, account: &SeededAccount, out: &Path) -> Run {
    backup_via(lab, account, out, None)
}

/// A backup signed in at `from` (a proxy in front of the old PDS) instead of where the DID
/// document points.
fn backup_via(lab: &Lab, account: &SeededAccount, out: &Path, from: Option<&str>) -> Run {
    let out = out.display().to_string();
    let args = ["backup", "--from-id", &account.old_handle, "--out", &out, "--plc", lab.plc_url()];
    let mut cmd = cli(lab, account, &args, &[]);
    if let Some(from) = from {
        cmd.args(["--from", from]);
    }
    cmd.args(["--handle-resolver", lab.old_url(), "--json"]);
    tokio::task::block_in_place(|| run(cmd))
}

fn verify(lab: &Lab, account: &SeededAccount, dir: &Path) -> Run {
    let dir = dir.display().to_string();
    tokio::task::block_in_place(|| run(cli(lab, account, &["backup", "--verify", &dir, "--json"], &[])))
}

fn sha256_file(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

fn json_file(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

fn cids(values: &Value) -> Vec<String> {
    let mut cids: Vec<String> = values.as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    cids.sort();
    cids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_is_complete_then_incremental_and_a_flipped_byte_is_found() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "backup-incr", "3x64k,1x300k").await;
    let (_, prefs) = before_the_move(lab, &account).await;
    let folder = dirs();
    let dir = folder.path().join("my backup");

    // The first from an old PDS as strict as rsky-pds (issue 32), whose sessions carry the
    // account's document naming it, so every call goes through it.
    let strict_old = FaultProxy::start(
        lab.old_url(),
        Faults { strict: true, session_did_doc_from: Some(lab.plc_api().to_owned()), ..Default::default() },
    );
    let first = backup_via(lab, &account, &dir, Some(&strict_old.url()));
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(strict_old.stats().get_blob_by_cid.len() >= account.blobs.len(), "the backup went around the proxy");
    assert_eq!(first.summary["incremental"], false);
    assert_eq!(first.summary["downloaded"].as_array().unwrap().len(), account.blobs.len());
    // Every blob, byte for byte as the PDS serves it, with its size and type in the manifest.
    let manifest = json_file(&dir.join("manifest.json"));
    assert_eq!(manifest["did"], account.did.as_str());
    let token = login(lab.api(Side::Old), &account.did, &account.password).await;
    for blob in &account.blobs {
        let (digest, size, content_type) = blob_digest(lab.api(Side::Old), &token, &account.did, &blob.cid).await;
        assert_eq!(sha256_file(&dir.join("blobs").join(&blob.cid)), digest, "{}", blob.cid);
        let entry = manifest["blobs"].as_array().unwrap().iter().find(|b| b["cid"] == blob.cid.as_str()).unwrap();
        assert_eq!(entry["size"], size);
        assert_eq!(entry["mime_type"], content_type.as_str());
    }
    // The repository as a CAR matching its manifest entry, the preferences, the identity.
    assert_eq!(hex(&sha256_file(&dir.join("repo.car"))), manifest["repo_sha256"].as_str().unwrap());
    assert_eq!(json_file(&dir.join("preferences.json")), prefs);
    assert_eq!(json_file(&dir.join("did.json"))["id"], account.did.as_str());
    let log = json_file(&dir.join("plc-audit-log.json"));
    assert!(log.as_array().is_some_and(|l| !l.is_empty()), "{log}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("repo.car")), 0o600);
    }

    // A new post with a new picture: the second backup downloads that blob only.
    let (_, new_cid) = crate::nothing_lost::post_picture(lab.api(Side::Old), &token, &account.did, 70_000).await;
    let second = backup(lab, &account, &dir);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(second.summary["incremental"], true);
    assert_eq!(second.summary["repo_changed"], true);
    assert_eq!(cids(&second.summary["downloaded"]), vec![new_cid.clone()]);
    assert_eq!(second.summary["kept"], account.blobs.len());
    let getblobs = second.events_named("blob_started").len();
    assert_eq!(getblobs, 1, "only the new blob is downloaded");
    assert_eq!(json_file(&dir.join("manifest.json"))["earlier"].as_array().unwrap().len(), 1);

    // Intact, then one flipped byte in one blob is found and named.
    let intact = verify(lab, &account, &dir);
    assert_eq!(intact.code, 0, "{}", intact.stderr);
    assert_eq!(intact.summary["blobs_checked"], account.blobs.len() + 1);
    let victim = dir.join("blobs").join(&account.blobs[1].cid);
    let mut bytes = std::fs::read(&victim).unwrap();
    bytes[1000] ^= 0x01;
    std::fs::write(&victim, bytes).unwrap();
    let damaged = verify(lab, &account, &dir);
    assert_eq!(damaged.code, 1, "{}", damaged.stderr);
    let problems = damaged.summary["problems"].to_string();
    assert!(problems.contains(&account.blobs[1].cid) && problems.contains("damaged"), "{problems}");
    // The next backup repairs it.
    let third = backup(lab, &account, &dir);
    assert_eq!(third.code, 0, "{}", third.stderr);
    assert_eq!(cids(&third.summary["repaired"]), vec![account.blobs[1].cid.clone()]);
    assert_eq!(verify(lab, &account, &dir).code, 0);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn plc_data(lab: &Lab, did: &str) -> Value {
    reqwest::get(format!("{}/{did}/data", lab.plc_api())).await.unwrap().json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_recovery_key_and_a_backup_the_account_comes_back_after_its_pds_is_gone() {
    // A lab of its own: its old PDS is stopped for good.
    let lab = Lab::start(None);
    let account = crate::pds::old_only_account(&lab, "restore-me", "2x64k,1x512k").await;
    let (old_records, prefs) = before_the_move(&lab, &account).await;
    let keys_before = plc_data(&lab, &account.did).await["rotationKeys"].clone();
    let work = dirs();
    let key_file = work.path().join("recovery.txt");
    let key_arg = key_file.display().to_string();

    // recovery-key add: a code is emailed (exit 3), then the key goes first, the others kept.
    let add_args = ["recovery-key", "add", "--from-id", &account.old_handle, "--out", &key_arg, "--plc", lab.plc_url()];
    let add = |env: &[(&str, &str)]| {
        let mut cmd = cli(&lab, &account, &add_args, env);
        cmd.args(["--handle-resolver", lab.old_url(), "--json"]);
        tokio::task::block_in_place(|| run(cmd))
    };
    let asked = add(&[]);
    assert_eq!(asked.code, 3, "{}", asked.stderr);
    let code = lab.wait_plc_token(&account, None, Duration::from_secs(10)).expect("the PLC code mail");
    let wrong = add(&[("TEKTITE_PLC_TOKEN", "WRONG-CODE")]);
    assert_eq!(wrong.code, 2, "{}", wrong.stderr);
    let added = add(&[("TEKTITE_PLC_TOKEN", &code)]);
    assert_eq!(added.code, 0, "{}", added.stderr);
    let text = std::fs::read_to_string(&key_file).unwrap();
    let key = text.lines().find_map(|l| l.strip_prefix("did_key: ")).unwrap().trim().to_owned();
    let keys = plc_data(&lab, &account.did).await["rotationKeys"].clone();
    let mut expected = vec![Value::from(key.clone())];
    expected.extend(keys_before.as_array().unwrap().iter().cloned());
    assert_eq!(keys, Value::from(expected), "the key first, every earlier key kept");

    // A backup, then the old PDS vanishes.
    let dir = work.path().join("backup");
    let saved = backup(&lab, &account, &dir);
    assert_eq!(saved.code, 0, "{}", saved.stderr);
    lab.stop_pds_for_good(Side::Old);

    // The backup as the person may hold it: one .tar (the web app's download is one; here the
    // folder packed by tar), checked and restored in place.
    let packed = work.path().join("backup.tar");
    let tar = Command::new("tar").arg("-cf").arg(&packed).arg("-C").arg(work.path()).arg("backup").status().unwrap();
    assert!(tar.success(), "tar could not pack the backup");
    let dir_arg = packed.display().to_string();
    let checked =
        tokio::task::block_in_place(|| run(cli(&lab, &account, &["backup", "--verify", &dir_arg, "--json"], &[])));
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    assert_eq!(checked.summary["blobs_checked"], account.blobs.len(), "{}", checked.summary);

    // Restored onto a new PDS as strict as rsky-pds (bodies only with their length, no lookups of
    // the deactivated account): issue 32.
    let strict_new = FaultProxy::start(lab.new_url(), Faults { strict: true, ..Default::default() });
    let new_url = strict_new.url();
    let restore_args = [
        "restore",
        "--backup",
        &dir_arg,
        "--to",
        &new_url,
        "--new-handle",
        &account.new_handle,
        "--new-email",
        &account.email,
        "--recovery-key-file",
        &key_arg,
        "--plc",
        lab.plc_url(),
    ];
    let mut cmd = cli(&lab, &account, &restore_args, &[]);
    cmd.arg("--state-dir").arg(work.path().join("state")).args(["--yes", "--json"]);
    let restored = tokio::task::block_in_place(|| run(cmd));
    assert_eq!(restored.code, 0, "{}", restored.stderr);
    let strict = strict_new.stats();
    assert_eq!((strict.refused_without_length, strict.refused_without_type), (0, 0), "{strict:?}");
    assert_eq!(strict.imports_with_length, 1, "{strict:?}");

    // The PLC directory names the new PDS and handle, the recovery key still first.
    let data = plc_data(&lab, &account.did).await;
    let endpoint = data["services"]["atproto_pds"]["endpoint"].as_str().unwrap_or_default();
    assert_eq!(endpoint.trim_end_matches('/'), lab.new_url().trim_end_matches('/'), "{data}");
    assert_eq!(data["alsoKnownAs"][0], format!("at://{}", account.new_handle), "{data}");
    assert_eq!(data["rotationKeys"][0], key.as_str(), "{data}");
    // Each operation the directory holds has the CID our encoding gives it (the same DAG-CBOR).
    let log: Value =
        reqwest::get(format!("{}/{}/log/audit", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    for entry in log.as_array().unwrap() {
        let ours = tektite_engine::identity_signing::operation_cid(&entry["operation"]).unwrap();
        assert_eq!(ours, entry["cid"].as_str().unwrap(), "{entry}");
    }

    // The account is active on the new PDS, signs in by its handle, with the same records, the
    // blobs byte-identical with the backup, and the preferences.
    let token = login(lab.api(Side::New), &account.new_handle, &account.password).await;
    let status = crate::pds::xrpc(
        reqwest::Method::GET,
        format!("{}/xrpc/com.atproto.server.checkAccountStatus", lab.api(Side::New)),
        &token,
        None,
    )
    .await;
    assert_eq!(status["activated"], true, "{status}");
    assert_eq!(status["validDid"], true, "{status}");
    assert_eq!(records(lab.api(Side::New), &token, &account.did).await, old_records);
    for blob in &account.blobs {
        let (digest, size, _) = blob_digest(lab.api(Side::New), &token, &account.did, &blob.cid).await;
        assert_eq!(size, blob.size);
        assert_eq!(digest, sha256_file(&dir.join("blobs").join(&blob.cid)), "{}", blob.cid);
    }
    let got = crate::pds::xrpc(
        reqwest::Method::GET,
        format!("{}/xrpc/app.bsky.actor.getPreferences", lab.api(Side::New)),
        &token,
        None,
    )
    .await;
    assert_eq!(got["preferences"], prefs);
}

/// A deactivated account (as the old account is after a move) is backed up too: every read is
/// made as the account itself. Found by its DID (the PDS no longer resolves its handle).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deactivated_account_is_backed_up_by_its_did() {
    let lab = Lab::shared();
    let account = crate::pds::old_only_account(lab, "backup-deact", "2x64k").await;
    let token = login(lab.api(Side::Old), &account.did, &account.password).await;
    crate::pds::xrpc(
        reqwest::Method::POST,
        format!("{}/xrpc/com.atproto.server.deactivateAccount", lab.api(Side::Old)),
        &token,
        Some(serde_json::json!({})),
    )
    .await;
    let folder = dirs();
    let out = folder.path().join("b").display().to_string();
    let args = ["backup", "--from-id", &account.did, "--out", &out, "--plc", lab.plc_url(), "--json"];
    // Without a sign-in its data is not served: refused in words, nothing backed up.
    let mut public = cli(lab, &account, &args, &[]);
    public.arg("--public");
    let refused = tokio::task::block_in_place(|| run(public));
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    let said = refused.summary["error"].as_str().unwrap_or_default();
    assert!(said.contains("deactivated") && said.contains("TEKTITE_FROM_PASSWORD"), "{said}");
    assert!(!folder.path().join("b/manifest.json").exists());

    let run = tokio::task::block_in_place(|| run(cli(lab, &account, &args, &[])));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.summary["downloaded"].as_array().map(Vec::len), Some(account.blobs.len()), "{}", run.summary);
    assert_eq!(run.summary["manifest_written"], true);
}
