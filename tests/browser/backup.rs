//! A backup through the page (issue 14), over TLS and HTTP/2: the account by handle and password,
//! the backup kept in the browser's storage and handed over as one `.tar` download. The verdict
//! comes from the archive itself: unpacked, every blob the account has is there and hashes to its
//! CID, the manifest names them; wasm memory stays far below the largest blob; a second backup in
//! the same browser fetches nothing. Protect, back up and restore: the site's storage cleared after
//! the backup and the old PDS stopped for good, the restore reads the downloaded `.tar` where it
//! lies (a 100 MB blob in it, wasm memory measured), and the servers say the account is back.

use std::collections::BTreeSet;
use std::io::Read;
use std::time::{Duration, Instant};

use crate::browser::{Browser, Phone};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::Side;
use crate::{static_server, SERIAL};

async fn wasm_memory(b: &Browser) -> u64 {
    b.execute("return window.tektiteWasmMemory()").await.as_f64().expect("the page's memory gauge") as u64
}

/// Opens the backup's form from the start page and fills in the account (the lab's lookups under
/// Advanced).
async fn fill_backup_form(b: &Browser, lab: &crate::lab::Lab, account: &crate::lab::SeededAccount) {
    b.click_testid("welcome-backup").await;
    b.wait_testid("backup-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    b.type_old_password(&account.password).await;
    b.open_options().await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;
}

async fn back_up(b: &Browser) {
    b.click_testid("backup-start").await;
    let done = b.wait_testid("backup-done", Duration::from_secs(180)).await;
    let complete = done.attr("data-complete").await.unwrap();
    assert_eq!(complete.as_deref(), Some("true"), "{}", done.text().await.unwrap_or_default());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_in_the_browser_downloads_an_archive_whose_blobs_verify() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-backup", "6x256k,1x24m").await;
    let largest = account.blobs.iter().map(|b| b.size).max().unwrap();

    // From an old PDS as strict as rsky-pds (issue 32), behind TLS like the rest of this lab; its
    // sessions carry the account's document naming it, so every call goes through it.
    let strict = FaultProxy::start(
        lab.api(Side::Old),
        Faults { strict: true, session_did_doc_from: Some(lab.plc_api().to_owned()), ..Default::default() },
    );
    let front = lab.tls_front("strict-old", strict.url().rsplit(':').next().unwrap().parse().unwrap());
    strict.face(lab.url(Side::Old), &front);

    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    fill_backup_form(&b, lab, &account).await;
    b.type_into("old-pds", &front).await;
    b.screenshot("backup-form").await;
    let before = wasm_memory(&b).await;
    let t = Instant::now();
    back_up(&b).await;
    let seconds = t.elapsed().as_secs_f64();
    let after = wasm_memory(&b).await;
    b.screenshot("backup-done").await;
    let archive = b.downloaded_file("tektite-backup-", Duration::from_secs(60)).await;
    let archive_size = std::fs::metadata(&archive).unwrap().len();
    eprintln!(
        "browser backup: {} blobs, {} bytes (largest {largest}) in {seconds:.1} s; archive {archive_size} bytes; \
         wasm memory {before} → {after} bytes (+{:.1} MiB)",
        account.blobs.len(),
        account.total_bytes(),
        (after - before) as f64 / 1048576.0
    );
    // No blob was ever whole in wasm memory: the growth stays well below the largest blob.
    assert!(after - before < largest / 2, "wasm memory grew by {} bytes for a {largest}-byte blob", after - before);
    let seen = strict.stats();
    assert!(seen.get_blob_by_cid.len() >= account.blobs.len(), "the backup went around the strict server: {seen:?}");

    // Unpacked, the archive is a backup folder: every blob of the account, each hashing to its CID.
    let mut tar = tar::Archive::new(std::fs::File::open(&archive).unwrap());
    let mut blobs = BTreeSet::new();
    let mut manifest = serde_json::Value::Null;
    for entry in tar.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().display().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if let Some(cid) = path.split("/blobs/").nth(1) {
            assert_eq!(tektite_engine::cid::BlobCid::of_bytes(&bytes).to_string(), cid, "{path} does not verify");
            blobs.insert(cid.to_owned());
        } else if path.ends_with("/manifest.json") {
            manifest = serde_json::from_slice(&bytes).unwrap();
        }
    }
    let expected: BTreeSet<String> = account.blobs.iter().map(|b| b.cid.clone()).collect();
    assert_eq!(blobs, expected, "the archive's blobs");
    assert_eq!(manifest["did"], account.did.as_str());
    assert_eq!(manifest["blobs"].as_array().map(Vec::len), Some(expected.len()));

    // The start page says how old the backup is, and offers to bring it up to date.
    b.click_testid("home-button").await;
    let kept = b.wait_testid("kept-backup", Duration::from_secs(10)).await.text().await.unwrap();
    assert!(kept.contains(&account.old_handle) && kept.contains("last backup just now"), "{kept}");
    b.screenshot("welcome-kept-backups").await;

    // The same browser again: nothing to fetch, the backup is up to date.
    b.click_testid("welcome-backup").await;
    b.wait_testid("backup-form", Duration::from_secs(10)).await;
    b.type_old_password(&account.password).await;
    back_up(&b).await;
    let fetched = b.wait_testid("backup-fetched", Duration::from_secs(5)).await.text().await.unwrap();
    let value = fetched.trim_start_matches("Fetched now").trim();
    assert!(value.starts_with("0 blobs"), "the second backup fetched again: {fetched}");
    b.close().await;
}

/// Where the browser lets the user pick a folder (File System Access API), the backup goes there
/// and no archive is downloaded. The browser's own dialog cannot be clicked in a headless test, so
/// the page's `showDirectoryPicker` answers with a folder in this site's storage: everything after
/// the dialog (writing into a folder handle, atomic files, the `blobs` sub-folder) is the app's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_goes_into_a_folder_the_user_picks() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-picked", "3x100k").await;
    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    b.execute(
        "window.showDirectoryPicker = async () => \
         (await navigator.storage.getDirectory()).getDirectoryHandle('Backup of my account', { create: true }); \
         return true;",
    )
    .await;
    fill_backup_form(&b, lab, &account).await;
    b.click_testid("pick-backup-folder").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    // The hint is drawn anew once the folder is picked: look it up each time.
    while !b
        .wait_testid("backup-place", Duration::from_secs(5))
        .await
        .text()
        .await
        .unwrap_or_default()
        .contains("Backup of my account")
    {
        assert!(Instant::now() < deadline, "the picked folder is not named on the form");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    b.screenshot("backup-picked-form").await;
    back_up(&b).await;
    b.screenshot("backup-picked-done").await;

    // The folder holds the manifest, the repository and every blob by CID, at its size.
    let listing = b
        .execute(
            "return (async () => { \
               const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('Backup of my account'); \
               const blobs = await dir.getDirectoryHandle('blobs'); \
               const out = { files: [], blobs: {} }; \
               for await (const [name] of dir.entries()) out.files.push(name); \
               for await (const [name, h] of blobs.entries()) if (h.kind === 'file') out.blobs[name] = (await h.getFile()).size; \
               return out; })()",
        )
        .await;
    for name in ["manifest.json", "repo.car", "did.json", "preferences.json"] {
        assert!(listing["files"].to_string().contains(name), "{name} missing: {listing}");
    }
    for blob in &account.blobs {
        assert_eq!(listing["blobs"][&blob.cid], blob.size, "{}: {listing}", blob.cid);
    }
    let archives = std::fs::read_dir(&b.downloads)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("tektite-backup-"))
        .count();
    assert_eq!(archives, 0, "a backup into a folder downloads no archive");
    b.close().await;
}

/// "Protect this account", then a backup, then "My old server is gone" in the same browser: a
/// recovery key made in the page (its file downloaded), added through the PDS with the emailed
/// code; the backup kept in the browser; the restore picks that backup and the key file and brings
/// the account up on the new PDS. The PLC directory is the judge.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protect_then_restore_through_the_page() {
    let _serial = SERIAL.lock().await;
    // A TLS lab of its own: its old PDS is stopped for good before the restore.
    let lab = &crate::lab::Lab::start_with(crate::lab::LabOptions { tls: true, ..Default::default() });
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-restore", "2x128k,1x100m").await;
    let largest = account.blobs.iter().map(|b| b.size).max().unwrap();
    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;

    // Protect: a key made in the page, its file downloaded, the code from the email.
    b.open_app().await;
    b.click_testid("welcome-protect").await;
    b.wait_testid("protect-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    b.type_old_password(&account.password).await;
    b.open_options().await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;
    b.click_testid("generate-recovery-key").await;
    let (key_name, key_text) = b.downloaded("tektite-recovery-key-", Duration::from_secs(20)).await;
    let key = key_text.lines().find_map(|l| l.strip_prefix("did_key: ")).unwrap().trim().to_owned();
    b.click_testid("recovery-key-kept").await;
    b.screenshot("protect-form").await;
    b.click_testid("protect-start").await;
    b.wait_testid("plc-token", Duration::from_secs(30)).await;
    b.screenshot("protect-code").await;
    let code = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
        .expect("the PLC code mail");
    b.type_into("plc-token-input", &code).await;
    b.click_testid("token-button").await;
    b.wait_testid("protect-done", Duration::from_secs(30)).await;
    b.screenshot("protect-done").await;
    let data: serde_json::Value =
        reqwest::get(format!("{}/{}/data", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    assert_eq!(data["rotationKeys"][0], key.as_str(), "{data}");

    // Back up in this browser: the archive is downloaded.
    b.click_testid("home-button").await;
    fill_backup_form(&b, lab, &account).await;
    back_up(&b).await;
    let archive = b.downloaded_file("tektite-backup-", Duration::from_secs(120)).await;
    let old_status = account_status(lab.api(Side::Old), &account.did, &account.password).await;

    // The old PDS gone for good, and the site's storage cleared (a browser that forgets, another
    // browser, another device): only the downloaded archive is left, read where it lies.
    lab.stop_pds_for_good(Side::Old);
    b.clear_site_storage().await;
    b.click_testid("welcome-restore").await;
    b.wait_testid("restore-form", Duration::from_secs(10)).await;
    let offered = b.execute("return document.querySelectorAll('#backup-choice option').length").await;
    assert_eq!(offered, 1, "a backup is still offered from the cleared storage");
    b.wait_id("backup-archive", Duration::from_secs(5)).await.send_keys(&archive.display().to_string()).await.unwrap();
    let chosen = b.wait_testid("restore-archive", Duration::from_secs(10)).await.text().await.unwrap();
    assert!(chosen.contains(&archive.file_name().unwrap().to_string_lossy().into_owned()), "{chosen}");
    let key_path = b.downloads.join(&key_name);
    b.wait_id("recovery-key-file", Duration::from_secs(5))
        .await
        .send_keys(&key_path.display().to_string())
        .await
        .unwrap();
    b.wait_testid("recovery-key-file-ok", Duration::from_secs(10)).await;
    // Onto a new PDS as strict as rsky-pds (issue 32): bodies only with their length, no lookups
    // of the deactivated account; behind TLS and HTTP/2 like the rest of this lab.
    let strict = FaultProxy::start(lab.api(Side::New), Faults { strict: true, ..Default::default() });
    let strict_front = lab.tls_front("strict-new", strict.url().rsplit(':').next().unwrap().parse().unwrap());
    b.type_into("new-pds", &strict_front).await;
    b.type_into("new-handle", &account.new_handle).await;
    b.type_into("new-email", &account.email).await;
    b.type_into("new-password", &account.password).await;
    b.open_options().await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.screenshot("restore-form").await;
    b.click_testid("restore-check").await;
    let plan = b.wait_testid("restore-plan", Duration::from_secs(30)).await;
    assert!(plan.text().await.unwrap().contains(&key), "the plan names the key that signs");
    b.screenshot("restore-plan").await;
    let before = wasm_memory(&b).await;
    let t = Instant::now();
    b.click_testid("restore-go").await;
    let done = b.wait_testid("restore-done", Duration::from_secs(300)).await;
    assert_eq!(done.attr("data-complete").await.unwrap().as_deref(), Some("true"));
    let (seconds, after) = (t.elapsed().as_secs_f64(), wasm_memory(&b).await);
    eprintln!(
        "browser restore from a {} byte archive (largest blob {largest}) in {seconds:.1} s; wasm memory {before} → \
         {after} bytes (+{:.1} MiB)",
        std::fs::metadata(&archive).unwrap().len(),
        after.saturating_sub(before) as f64 / 1048576.0
    );
    // Read from the archive in pieces: no blob is ever whole in wasm memory.
    assert!(after.saturating_sub(before) < largest / 4, "wasm memory grew by {} bytes", after - before);
    b.screenshot("restore-done").await;
    let stats = strict.stats();
    assert_eq!((stats.refused_without_length, stats.refused_without_type), (0, 0), "{stats:?}");
    assert_eq!(stats.imports_with_length, 1, "{stats:?}");
    assert!(stats.uploads_succeeded >= account.blobs.len(), "{stats:?}");
    let data: serde_json::Value =
        reqwest::get(format!("{}/{}/data", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    let endpoint = data["services"]["atproto_pds"]["endpoint"].as_str().unwrap_or_default();
    assert_eq!(endpoint.trim_end_matches('/'), lab.new_url().trim_end_matches('/'), "{data}");
    assert_eq!(data["rotationKeys"][0], key.as_str(), "{data}");
    assert_eq!(data["alsoKnownAs"][0], format!("at://{}", account.new_handle), "{data}");
    // The records and blobs as in the backup.
    assert!(crate::pds::missing_on_target(lab.api(Side::New), &account).await.is_empty(), "blobs missing");
    let new_status = account_status(lab.api(Side::New), &account.did, &account.password).await;
    assert_eq!(new_status["indexedRecords"], old_status["indexedRecords"], "{new_status} vs {old_status}");
    assert_eq!(new_status["importedBlobs"].as_u64(), Some(account.blobs.len() as u64), "{new_status}");
    b.close().await;
}

/// `checkAccountStatus` of `did` on `pds`, signed in with `password`.
async fn account_status(pds: &str, did: &str, password: &str) -> serde_json::Value {
    let token = crate::pds::login(pds, did, password).await;
    crate::pds::xrpc(reqwest::Method::GET, format!("{pds}/xrpc/com.atproto.server.checkAccountStatus"), &token, None)
        .await
}
