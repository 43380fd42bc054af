//! "Sign in with your server" in the web app (issue 26), on the lab behind TLS and HTTP/2: the
//! account never types its password into Tektite. The page opens the old PDS's own sign-in page in
//! a popup; the test fills it in there like a person (the reference PDS is its own authorization
//! server), and the popup comes back to the app's `oauth-callback.html`. The page, served from
//! 127.0.0.1, is a loopback client.
//!
//! - a refused consent ("Deny access") returns to the form with words, nothing changed; then a
//!   backup and a recovery key added, each signed in on the server's page;
//! - a whole move whose last step the person does on the old PDS's account page (the server's
//!   sign-in may not deactivate the account), checked on the servers like the password move;
//! - a whole move (at phone width) that deactivates with the old password given for that one call.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::browser::{Browser, Phone};
use crate::lab::{Lab, SeededAccount, Side};
use crate::pds::session;
use crate::server_page::{Consent, ServerPage};
use crate::{static_server, SERIAL};

/// The lab's identities under Advanced: its PLC directory, its old PDS answering for handles.
async fn lab_lookups(b: &Browser, lab: &Lab) {
    b.open_options().await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;
}

/// The form offers the server's page first, and no password field until asked.
async fn assert_server_sign_in_first(b: &Browser) {
    b.wait_testid("sign-in-with-server", Duration::from_secs(10)).await;
    let password = b.execute("return document.getElementById('old-password') === null").await;
    assert_eq!(password, Value::Bool(true), "the form asks for the password although the server's page comes first");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_and_a_recovery_key_sign_in_on_the_server_page() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-oauth-backup", "3x128k").await;
    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    b.click_testid("welcome-backup").await;
    b.wait_testid("backup-form", Duration::from_secs(10)).await;
    assert_server_sign_in_first(&b).await;
    b.type_into("old-handle", &account.old_handle).await;
    lab_lookups(&b, lab).await;
    b.screenshot("oauth-backup-form").await;

    // "Deny access" on the server's page: back to the form with words; nothing was changed.
    b.click_testid("backup-start").await;
    let connecting = b.wait_testid("sign-in-page-link", Duration::from_secs(30)).await;
    assert!(connecting.text().await.unwrap().contains("sign-in page"));
    b.screenshot("oauth-waiting-for-server-page").await;
    let back = b.sign_in_in_popup(&account.old_handle, &account.password, Consent::Deny).await;
    // The callback page takes the answer out of the address bar and history at once.
    assert!(back.ends_with("/oauth-callback.html"), "{back}");
    let error = b.wait_testid_allowing_error("error", Duration::from_secs(30)).await;
    let text = error.text().await.unwrap();
    assert!(text.contains("Not signed in") && text.contains("Nothing was changed"), "{text}");
    b.screenshot("oauth-denied").await;
    b.click_testid("error-back").await;
    assert_eq!(b.value_of("old-handle").await, account.old_handle, "the form keeps what was typed");

    // Allowed: the backup runs with the session the server gave; no password anywhere.
    b.click_testid("backup-start").await;
    b.sign_in_in_popup(&account.old_handle, &account.password, Consent::Allow).await;
    let done = b.wait_testid("backup-done", Duration::from_secs(180)).await;
    assert_eq!(done.attr("data-complete").await.unwrap().as_deref(), Some("true"), "{}", done.text().await.unwrap());
    let archive = b.downloaded_file("tektite-backup-", Duration::from_secs(60)).await;
    let mut tar = tar::Archive::new(std::fs::File::open(&archive).unwrap());
    let names: Vec<String> = tar.entries().unwrap().map(|e| e.unwrap().path().unwrap().display().to_string()).collect();
    assert!(names.iter().any(|n| n.ends_with("/manifest.json")), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("/preferences.json")), "the preferences, read with the OAuth scope");
    b.screenshot("oauth-backup-done").await;

    // A recovery key, signed in on the server's page again (identity scope), with the emailed code.
    b.click_testid("home-button").await;
    b.click_testid("welcome-protect").await;
    b.wait_testid("protect-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    lab_lookups(&b, lab).await;
    b.click_testid("generate-recovery-key").await;
    let (_, key_text) = b.downloaded("tektite-recovery-key-", Duration::from_secs(20)).await;
    let key = key_text.lines().find_map(|l| l.strip_prefix("did_key: ")).unwrap().trim().to_owned();
    b.click_testid("recovery-key-kept").await;
    b.click_testid("protect-start").await;
    b.sign_in_in_popup(&account.old_handle, &account.password, Consent::Allow).await;
    b.wait_testid("plc-token", Duration::from_secs(60)).await;
    let code = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
        .expect("the PLC code mail");
    b.type_into("plc-token-input", &code).await;
    b.click_testid("token-button").await;
    b.wait_testid("protect-done", Duration::from_secs(60)).await;
    let data: Value =
        reqwest::get(format!("{}/{}/data", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    assert_eq!(data["rotationKeys"][0], key.as_str(), "{data}");
    b.close().await;
}

/// The move's form without the old password, then the run up to the old account's deactivation.
async fn move_up_to_deactivation(b: &Browser, lab: &Lab, account: &SeededAccount, shots: &str) {
    b.open_app().await;
    b.click_testid("welcome-move").await;
    b.wait_testid("move-form", Duration::from_secs(10)).await;
    assert_server_sign_in_first(b).await;
    b.type_into("old-handle", &account.old_handle).await;
    b.type_into("new-pds", lab.new_url()).await;
    b.type_into("new-handle", &account.new_handle).await;
    b.type_into("new-email", &account.email).await;
    b.type_into("new-password", &account.password).await;
    lab_lookups(b, lab).await;
    b.screenshot(&format!("oauth-move-form-{shots}")).await;
    b.click_testid("move-connect").await;
    b.sign_in_in_popup(&account.old_handle, &account.password, Consent::Allow).await;
    b.wait_testid("move-plan", Duration::from_secs(90)).await;
    b.click_testid("move-start").await;
    b.wait_testid("move-confirm", Duration::from_secs(240)).await;
    b.click_testid("confirm-button").await;
    b.wait_testid("plc-token", Duration::from_secs(60)).await;
    let token = tokio::task::block_in_place(|| lab.wait_plc_token(account, None, Duration::from_secs(30)))
        .expect("the PLC code in the lab's mail");
    b.type_into("plc-token-input", &token).await;
    b.click_testid("token-button").await;
    let card = b.wait_testid("deactivate-old", Duration::from_secs(120)).await;
    let text = card.text().await.unwrap();
    assert!(text.contains("deactivate") && text.contains("account page"), "{text}");
    b.screenshot(&format!("oauth-move-deactivate-{shots}")).await;
    let old = session(lab.api(Side::Old), account).await;
    assert_eq!(old["active"], true, "deactivated before the person did anything: {old}");
}

/// What every finished move must show on the servers.
async fn assert_moved(lab: &Lab, account: &SeededAccount) {
    let doc: Value = reqwest::get(format!("{}/{}", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    assert!(doc.to_string().contains(lab.new_url().trim_end_matches('/')), "DID document: {doc}");
    assert!(doc["alsoKnownAs"].to_string().contains(&account.new_handle), "{doc}");
    let token = crate::pds::login(lab.api(Side::New), &account.did, &account.password).await;
    let url = format!("{}/xrpc/com.atproto.server.checkAccountStatus", lab.api(Side::New));
    let status = crate::pds::xrpc(reqwest::Method::GET, url, &token, None).await;
    assert_eq!(status["activated"], true, "new account: {status}");
    assert_eq!(status["importedBlobs"].as_u64(), Some(account.blobs.len() as u64), "{status}");
    assert!(crate::pds::missing_on_target(lab.api(Side::New), account).await.is_empty());
    let old = session(lab.api(Side::Old), account).await;
    assert_eq!(old["active"], false, "old account: {old}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_move_signs_in_on_the_server_page_and_ends_on_its_account_page() {
    let _serial = SERIAL.lock().await;
    let started = Instant::now();
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-oauth-move", "3x256k").await;
    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    move_up_to_deactivation(&b, lab, &account, "laptop").await;

    // "Check again" before anything was done: still waiting, said on the same card.
    b.click_testid("deactivate-recheck").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    b.wait_testid("deactivate-old", Duration::from_secs(30)).await;

    // The person deactivates the old account on its own page, then checks again.
    let account_page =
        b.wait_testid("account-page-link", Duration::from_secs(5)).await.attr("href").await.unwrap().unwrap();
    assert_eq!(account_page, format!("{}/account", lab.url(Side::Old).trim_end_matches('/')));
    let page = ServerPage::start(lab.chromium_args()).await;
    page.deactivate_account(&account_page, &account.old_handle, &account.password).await;
    page.close().await;
    b.click_testid("deactivate-recheck").await;
    let done = b.wait_testid("move-done", Duration::from_secs(120)).await;
    let text = done.text().await.unwrap();
    assert!(text.contains("account page"), "the report says how the old account was deactivated: {text}");
    b.screenshot("oauth-move-done").await;
    b.close().await;
    eprintln!("browser move by OAuth: {:.1}s", started.elapsed().as_secs_f64());
    assert_moved(lab, &account).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_move_by_server_sign_in_deactivates_with_the_password_given_once() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-oauth-pw", "2x128k").await;
    let b = Browser::start_with(&site, Phone::Yes, lab.chromium_args()).await;
    move_up_to_deactivation(&b, lab, &account, "phone").await;
    b.click_testid("deactivate-use-password").await;
    b.type_into("deactivate-password", &account.password).await;
    b.screenshot("oauth-move-deactivate-password-phone").await;
    b.click_testid("deactivate-with-password").await;
    let done = b.wait_testid("move-done", Duration::from_secs(120)).await;
    let text = done.text().await.unwrap();
    assert!(text.contains("password"), "the report says how the old account was deactivated: {text}");
    b.screenshot("oauth-move-done-phone").await;
    b.close().await;
    assert_moved(lab, &account).await;
}

/// The web app as it is hosted: the release bundle under a public name (`app.tektite-lab.home.arpa`:
/// a PDS refuses client ids under `.test`; the lab's nginx in front, TLS from the lab's CA) with the `client-metadata.json` that `scripts/client-metadata.sh` writes
/// for that address. Its client id is that file's address, which the PDS fetches (trusting the
/// lab's CA) before it sends the browser back to the bundle's own `oauth-callback.html`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hosted_web_app_signs_in_as_its_own_client() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let bundle = tempfile::tempdir().unwrap();
    let release = static_server::release_web_dist();
    let site_dir = bundle.path().join("site");
    copy_tree(&release, &site_dir);
    copy_tree(&std::path::PathBuf::from(format!("{}-hosting", release.display())), &bundle.path().join("site-hosting"));
    let site = static_server::serve(site_dir.clone());
    let public = lab.hosted_front("app", site.port());
    let metadata = std::process::Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/client-metadata.sh"))
        .arg(&public)
        .output()
        .unwrap();
    assert!(metadata.status.success(), "{}", String::from_utf8_lossy(&metadata.stderr));
    std::fs::write(site_dir.join("client-metadata.json"), &metadata.stdout).unwrap();
    let site = site.at(&public);

    let account = crate::pds::old_only_account(lab, "web-oauth-hosted", "2x128k").await;
    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    b.click_testid("welcome-backup").await;
    b.wait_testid("backup-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    lab_lookups(&b, lab).await;
    b.click_testid("backup-start").await;
    let back = b.sign_in_in_popup(&account.old_handle, &account.password, Consent::Allow).await;
    assert_eq!(back, format!("{public}/oauth-callback.html"), "the server sent the browser to the metadata's redirect");
    let done = b.wait_testid("backup-done", Duration::from_secs(180)).await;
    assert_eq!(done.attr("data-complete").await.unwrap().as_deref(), Some("true"), "{}", done.text().await.unwrap());
    b.screenshot("oauth-hosted-backup-done").await;
    b.close().await;
}

/// Copies the folder `from` (files and subfolders, e.g. wasm-bindgen's `snippets/`) into `to`.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
