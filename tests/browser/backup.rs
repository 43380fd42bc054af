//! A backup through the page (issue 14), over TLS and HTTP/2: the account by handle and password,
//! the backup kept in the browser's storage and handed over as one `.tar` download. The verdict
//! comes from the archive itself: unpacked, every blob the account has is there and hashes to its
//! CID, the manifest names them; wasm memory stays far below the largest blob; a second backup in
//! the same browser fetches nothing.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::browser::{Browser, Phone};
use crate::{static_server, SERIAL};

/// The first download named `prefix…`, complete, as a path.
async fn downloaded_file(b: &Browser, prefix: &str, timeout: Duration) -> PathBuf {
    let deadline = Instant::now() + timeout;
    loop {
        let found = std::fs::read_dir(&b.downloads).into_iter().flatten().flatten().find(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(prefix) && !name.ends_with(".crdownload")
        });
        if let Some(entry) = found {
            return entry.path();
        }
        assert!(Instant::now() < deadline, "no download named {prefix}… in {}", b.downloads.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wasm_memory(b: &Browser) -> u64 {
    b.execute("return window.tektiteWasmMemory()").await.as_f64().expect("the page's memory gauge") as u64
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

    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    b.click_testid("welcome-backup").await;
    b.wait_testid("backup-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    b.type_into("old-password", &account.password).await;
    b.open_options().await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;
    b.screenshot("backup-form").await;
    let before = wasm_memory(&b).await;
    let t = Instant::now();
    back_up(&b).await;
    let seconds = t.elapsed().as_secs_f64();
    let after = wasm_memory(&b).await;
    b.screenshot("backup-done").await;
    let archive = downloaded_file(&b, "tektite-backup-", Duration::from_secs(60)).await;
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

    // The same browser again: nothing to fetch, the backup is up to date.
    b.click_testid("home-button").await;
    b.click_testid("welcome-backup").await;
    b.wait_testid("backup-form", Duration::from_secs(10)).await;
    b.type_into("old-password", &account.password).await;
    back_up(&b).await;
    let fetched = b.wait_testid("backup-fetched", Duration::from_secs(5)).await.text().await.unwrap();
    let value = fetched.trim_start_matches("Fetched now").trim();
    assert!(value.starts_with("0 blobs"), "the second backup fetched again: {fetched}");
    b.close().await;
}
