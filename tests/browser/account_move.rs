//! The whole account move through the page, against the lab behind TLS and HTTP/2: an account that exists only on the old
//! PDS is moved by clicking through the form, the plan, the run, the confirmation and the emailed
//! code (read from the lab's captured mail, typed like a person). The verdict comes from the servers:
//! the PLC directory names the new PDS and the recovery key generated in the page (its file
//! downloaded), the new account is active and misses only the blob deleted from the old PDS (whose
//! loss the person accepted on its own screen), the old one is deactivated. The report's checklist
//! and its look at the new account are on the page.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::browser::{Browser, Phone};
use crate::did_web_host::{did_web_account, DidWebHost};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::{SeededAccount, Side};
use crate::pds::session;
use crate::{pds, static_server, SERIAL};

/// Opens the move's form and fills in the accounts (the options section open): each test adds
/// what its case needs.
async fn fill_move_form(b: &Browser, lab: &crate::lab::Lab, account: &SeededAccount) {
    b.open_app().await;
    b.click_testid("welcome-move").await;
    b.wait_testid("move-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    b.type_old_password(&account.password).await;
    b.type_into("new-pds", lab.new_url()).await;
    b.type_into("new-handle", &account.new_handle).await;
    b.type_into("new-email", &account.email).await;
    b.type_into("new-password", &account.password).await;
    b.open_options().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_account_moves_through_the_page() {
    let _serial = SERIAL.lock().await;
    let started = Instant::now();
    // The internet's way: every server behind TLS and HTTP/2 (see `crate::tls_lab`).
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-move", "4x256k,1x3m").await;
    // One blob gone from the old PDS's store: the move must stop and let the person decide.
    let gone = account.blobs[2].cid.clone();
    assert!(lab.remove_old_blob(&gone), "{gone} not in the old PDS's store");

    // The new PDS as strict as rsky-pds (issue 32): its public name is served through the strict
    // proxy, so every call of the move meets it (bodies only with their length, no lookups of the
    // deactivated account), while its URL, DID documents and checks stay the PDS's own.
    let strict = FaultProxy::start(lab.api(Side::New), Faults { strict: true, ..Default::default() });
    let _through_strict = lab.route_through(Side::New, strict.url().rsplit(':').next().unwrap().parse().unwrap());

    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    b.wait_testid("welcome-repair", Duration::from_secs(10)).await;
    b.screenshot("move-0-welcome").await;
    b.click_testid("welcome-move").await;
    b.wait_testid("move-form", Duration::from_secs(10)).await;
    // Handle and password only: the account's server is looked up (handle → DID → document).
    b.type_into("old-handle", &account.old_handle).await;
    b.type_old_password(&account.password).await;
    // A mistyped address: said in words under the field, which is marked.
    b.type_into("new-pds", "https://new-pds.exmaple.invalid").await;
    b.click_testid("check-server").await;
    let said = b.wait_id("new-pds-error", Duration::from_secs(30)).await.text().await.unwrap();
    assert!(
        said.contains("No server answered at new-pds.exmaple.invalid") && said.contains("check the address"),
        "{said}"
    );
    let marked = b.execute("return document.getElementById('new-pds').getAttribute('aria-invalid')").await;
    assert_eq!(marked, "true", "the field with the unreachable address is not marked");
    b.type_into("new-pds", lab.new_url()).await;
    b.click_testid("check-server").await;
    let facts = b.wait_testid("server-facts", Duration::from_secs(30)).await;
    assert!(facts.text().await.unwrap().contains(".new.test"), "the new PDS's handle domains are shown");
    // A handle typed without its domain: the new PDS's domains are offered as you type, and the
    // form suggests the likely full handle.
    let name = account.new_handle.split('.').next().unwrap().to_owned();
    b.type_into("new-handle", &name).await;
    let offered =
        b.execute("return [...document.querySelectorAll('#new-handle-suggestions option')].map(o => o.value)").await;
    assert!(offered.to_string().contains(&account.new_handle), "the domains are not offered: {offered}");
    b.type_into("new-email", &account.email).await;
    b.type_into("new-password", &account.password).await;
    b.click_testid("move-connect").await;
    let hint = b.wait_id("new-handle-error", Duration::from_secs(10)).await.text().await.unwrap();
    assert!(hint.contains(&format!("did you mean {}", account.new_handle)), "{hint}");
    // Focus goes to the wrong field, which is marked and tied to its message; one announcement.
    assert_eq!(b.focused_id().await, "new-handle", "focus is not on the field to correct");
    let marked = b.execute("const f = document.getElementById('new-handle'); return [f.getAttribute('aria-invalid'), f.getAttribute('aria-describedby')]").await;
    assert_eq!(marked, serde_json::json!(["true", "new-handle-error"]));
    assert!(b.announced().await.contains("needs attention"), "the live region said nothing");
    b.type_into("new-handle", &account.new_handle).await;
    let cleared = b.execute("return document.getElementById('new-handle-error') === null").await;
    assert_eq!(cleared, Value::Bool(true), "the message stays after the handle was corrected");
    b.open_options().await;
    // The lab's identities: its PLC directory, and its old PDS answering for its handles (no DNS).
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;

    // A recovery key made for the person: its file is downloaded at once, and the form goes on
    // only after "I saved it".
    b.click_testid("generate-recovery-key").await;
    let panel = b.wait_testid("new-recovery-key", Duration::from_secs(10)).await;
    let (file_name, key_file) = b.downloaded("tektite-recovery-key-", Duration::from_secs(20)).await;
    let did_key = key_file.lines().find_map(|l| l.strip_prefix("did_key: ")).expect("a did_key line").trim().to_owned();
    assert!(key_file.contains("private_key_hex: "), "no private key in the file");
    let shown = panel.text().await.unwrap();
    assert!(shown.contains(&did_key) && shown.contains(&file_name), "{shown}");
    assert!(!shown.contains("private_key"), "the private key is on the page");
    b.screenshot("move-1-form").await;
    b.click_testid("move-connect").await;
    let refused = b.wait_id("recovery-key-error", Duration::from_secs(10)).await.text().await.unwrap();
    assert!(refused.contains("I saved it"), "{refused}");
    b.click_testid("recovery-key-kept").await;

    // A wrong password first: said plainly, nothing changed, back to the form with its fields.
    b.type_old_password("not-the-password").await;
    b.click_testid("move-connect").await;
    let error = b.wait_testid_allowing_error("error", Duration::from_secs(60)).await;
    let text = error.text().await.unwrap();
    assert!(text.contains("Nothing was changed"), "{text}");
    b.screenshot("move-1b-error").await;
    b.click_testid("error-back").await;
    assert_eq!(b.value_of("new-email").await, account.email, "the form keeps its fields");
    b.type_old_password(&account.password).await;

    b.click_testid("move-connect").await;
    let plan = b.wait_testid("move-plan", Duration::from_secs(60)).await;
    assert!(plan.text().await.unwrap().contains(&account.did), "the plan names the DID");
    // A new screen: its heading has focus and the window's title names it and the way in.
    assert_eq!(b.focused_id().await, "card-title", "focus did not move to the plan's heading");
    assert_eq!(b.execute("return document.title").await, "Plan — Move your account — Tektite");
    let blobs = b.wait_testid("plan-blobs", Duration::from_secs(5)).await.text().await.unwrap();
    assert!(blobs.contains(&format!("{} blobs", account.blobs.len())), "the plan counts the blobs: {blobs}");
    b.screenshot("move-2-plan").await;
    b.click_testid("move-start").await;
    b.wait_css("[data-testid=move-run], [data-testid=unmovable-blobs]", Duration::from_secs(30)).await;
    // The blob step shows its plan and progress while it runs (on a fast machine it may be over,
    // stopped at the blob that cannot move, before the page is looked at).
    let t = Instant::now();
    let _ = b.wait_css("[data-testid=move-blobs], [data-testid=unmovable-blobs]", Duration::from_secs(120)).await;
    b.screenshot("move-3-running").await;
    eprintln!("blob step reached after {:.1}s", t.elapsed().as_secs_f64());

    // The blob that is gone: listed, and the move goes on only when the person accepts its loss.
    let unmovable = b.wait_testid("unmovable-blobs", Duration::from_secs(240)).await;
    assert_eq!(unmovable.attr("data-count").await.unwrap().as_deref(), Some("1"));
    let listed = b.wait_testid("unmovable-blob", Duration::from_secs(5)).await.text().await.unwrap();
    assert!(listed.contains(&format!("at://{}/", account.did)) && listed.contains("256"), "{listed}");
    assert!(lab.latest_plc_token(&account).is_none(), "the identity steps began");
    b.screenshot("move-3b-unmovable").await;
    b.click_testid("accept-missing-button").await;

    let confirm = b.wait_testid("move-confirm", Duration::from_secs(240)).await;
    let text = confirm.text().await.unwrap();
    assert!(text.contains(&did_key), "the confirmation lists the recovery key: {text}");
    assert!(text.contains("cannot be undone") && text.contains(lab.new_url().trim_end_matches('/')), "{text}");
    assert!(lab.latest_plc_token(&account).is_none(), "a PLC code was requested before the confirmation");
    b.screenshot("move-4-confirm").await;
    let guarded = b.execute("return typeof window.onbeforeunload === 'function'").await;
    assert_eq!(guarded, serde_json::Value::Bool(true), "leaving the page mid-move does not ask");

    // "Not now": the move stops on its own screen with everything kept; Continue goes straight
    // back to the confirmation (no plan, no passwords typed again).
    b.click_testid("cancel-button").await;
    let stopped = b.wait_css("[data-stopped=true]", Duration::from_secs(10)).await;
    let text = stopped.text().await.unwrap();
    assert!(text.contains("Stopped") && text.contains("kept"), "{text}");
    b.screenshot("move-4s-stopped").await;
    b.click_testid("continue-button").await;
    b.wait_testid("move-confirm", Duration::from_secs(120)).await;

    // A reload here (or a crash): the app offers to continue; only the passwords are asked again,
    // and the engine's saved steps take the move straight back to the confirmation.
    b.reload().await;
    let banner = b.wait_testid("move-resume-banner", Duration::from_secs(30)).await;
    let said = banner.text().await.unwrap();
    assert!(said.contains(&account.did) && said.contains(&account.old_handle), "the banner names the account: {said}");
    assert!(said.contains("Reached:"), "the banner says how far the move got: {said}");
    b.screenshot("move-4a-resume-banner").await;
    b.click_testid("move-resume-button").await;
    b.wait_testid("resuming", Duration::from_secs(10)).await;
    for (id, want) in [
        ("old-pds", ""),
        ("handle-resolver", lab.old_url()),
        ("old-handle", account.old_handle.as_str()),
        ("new-pds", lab.new_url()),
        ("new-handle", account.new_handle.as_str()),
        ("new-email", account.email.as_str()),
    ] {
        assert_eq!(b.value_of(id).await, want, "{id} is not filled in from the saved move");
    }
    assert_eq!(b.value_of("old-password").await, "", "a password was kept across the reload");
    b.type_old_password(&account.password).await;
    b.type_into("new-password", &account.password).await;
    b.click_testid("move-connect").await;
    let plan = b.wait_testid("move-plan", Duration::from_secs(60)).await;
    assert!(plan.text().await.unwrap().contains("started earlier"), "the plan says it continues");
    b.screenshot("move-4b-resume-plan").await;
    b.click_testid("move-start").await;
    b.wait_testid("move-confirm", Duration::from_secs(60)).await;
    b.click_testid("confirm-button").await;

    let card = b.wait_testid("plc-token", Duration::from_secs(60)).await;
    assert!(card.text().await.unwrap().contains(&account.email), "the card says where the code went");
    b.screenshot("move-5-token").await;
    let token = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
        .expect("the PLC code in the lab's mail");
    // A mistyped code: said on the same screen, no new email; then the right one.
    b.type_into("plc-token-input", "WRONG-CODE").await;
    b.click_testid("token-button").await;
    let refused = b.wait_testid("token-refused", Duration::from_secs(60)).await.text().await.unwrap();
    assert!(refused.contains("not right"), "{refused}");
    b.wait_testid("plc-token", Duration::from_secs(5)).await;
    // The mistyped code is still there to correct, in the focused field that says what was wrong.
    assert_eq!(b.value_of("plc-token-input").await, "WRONG-CODE", "the typed code was emptied");
    let deadline = Instant::now() + Duration::from_secs(5);
    while b.focused_id().await != "plc-token-input" {
        assert!(Instant::now() < deadline, "focus is not back in the code's field");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let tied = b.execute("return document.getElementById('plc-token-input').getAttribute('aria-describedby')").await;
    assert_eq!(tied, "plc-token-input-error");
    b.screenshot("move-5b-token-refused").await;
    let codes = |lab: &crate::lab::Lab| {
        lab.mails(Side::Old).iter().filter(|m| m.template == "plcOperation" && m.to == account.email).count()
    };
    assert_eq!(codes(lab), 1, "a new code was emailed after a mistyped one");
    b.type_into("plc-token-input", &token).await;
    b.click_testid("token-button").await;
    let done = b.wait_testid("move-done", Duration::from_secs(120)).await;
    assert_eq!(done.attr("data-did").await.unwrap().as_deref(), Some(account.did.as_str()));
    let todo = b.wait_testid("after-move", Duration::from_secs(5)).await.text().await.unwrap();
    assert!(todo.contains("Log out of every app") && todo.contains(&account.new_handle), "{todo}");
    assert!(todo.contains(&did_key) && todo.contains("72 hours"), "{todo}");
    assert!(done.text().await.unwrap().contains(&gone), "the report names the blob left behind");
    b.click_testid("check-account").await;
    let check = b.wait_testid("account-check", Duration::from_secs(60)).await;
    assert_eq!(check.attr("data-ok").await.unwrap().as_deref(), Some("true"), "{}", check.text().await.unwrap());
    b.screenshot("move-6-done").await;
    b.wait_css("details.log > summary", Duration::from_secs(5)).await.click().await.unwrap();
    b.screenshot("move-7-done-log").await;
    // A reload after the move: the report is one click away, not lost.
    b.reload().await;
    b.click_testid("report-button").await;
    let again = b.wait_testid("move-done", Duration::from_secs(10)).await;
    assert!(again.text().await.unwrap().contains("Log out of every app"), "the report after a reload");
    b.close().await;

    // The verdict, from the servers.
    let doc: Value = reqwest::get(format!("{}/{}", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    let endpoint = doc["service"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["id"] == "#atproto_pds"))
        .and_then(|s| s["serviceEndpoint"].as_str())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(endpoint.trim_end_matches('/'), lab.new_url().trim_end_matches('/'), "DID document: {doc}");
    assert!(doc["alsoKnownAs"].to_string().contains(&account.new_handle), "handle in the DID document: {doc}");
    let new = session(lab.api(Side::New), &account).await;
    let token = new["accessJwt"].as_str().expect("signed in to the new account").to_owned();
    let status: Value = reqwest::Client::new()
        .get(format!("{}/xrpc/com.atproto.server.checkAccountStatus", lab.api(Side::New)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["activated"], true, "new account: {status}");
    assert_eq!(status["validDid"], true, "new account: {status}");
    let missing = pds::missing_on_target(lab.api(Side::New), &account).await;
    assert_eq!(missing, vec![gone.clone()], "the new PDS misses other blobs than the one accepted");
    assert_eq!(status["importedBlobs"].as_u64(), Some(account.blobs.len() as u64 - 1), "{status}");
    // The generated key is first among the rotation keys.
    let log: Value =
        reqwest::get(format!("{}/{}/data", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    assert_eq!(log["rotationKeys"][0].as_str(), Some(did_key.as_str()), "{log}");
    let old = session(lab.api(Side::Old), &account).await;
    assert_eq!(old["active"], false, "old account: {old}");
    // Every call to the new PDS met the strict server; a streamed upload it refused for its
    // missing length (the browser streams over HTTP/2) was sent again as a whole Blob.
    let seen = strict.stats();
    eprintln!(
        "strict new PDS: {} requests, {} imports (all with a length: {}), {} uploads, {} refused for no length",
        seen.requests,
        seen.import_requests,
        seen.imports_with_length,
        seen.uploads_succeeded,
        seen.refused_without_length
    );
    assert!(seen.import_requests >= 1 && seen.imports_with_length == seen.import_requests, "{seen:?}");
    assert_eq!(seen.uploads_succeeded, account.blobs.len() - 1, "{seen:?}");
    assert_eq!(seen.lookups_failed, 0, "the page asked the new PDS about the deactivated account: {seen:?}");
    eprintln!("the_whole_account_moves_through_the_page: {:.1}s", started.elapsed().as_secs_f64());
}

/// Signing in where Bluesky users do: an entryway (itself behind TLS) that demands the code it
/// emailed and serves no data. The page asks for the code, then follows the DID document to the
/// account's PDS and finishes the move over HTTPS/HTTP2; the entryway never sees a data call.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_through_an_entryway_with_a_sign_in_code_over_https() {
    let _serial = SERIAL.lock().await;
    let started = Instant::now();
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-entryway", "3x128k").await;
    let code = "CODE-24680";
    let entryway = FaultProxy::start(
        lab.api(Side::Old),
        Faults { entryway: true, require_auth_factor: Some(code.into()), ..Default::default() },
    );
    let front = lab.tls_front("entryway", entryway.url().rsplit(':').next().unwrap().parse().unwrap());

    let b = Browser::start_with(&site, Phone::Yes, lab.chromium_args()).await;
    fill_move_form(&b, lab, &account).await;
    b.type_into("old-pds", &front).await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;
    b.click_testid("move-connect").await;

    // The entryway wants the emailed code: asked for on the form, nothing changed.
    let error = b.wait_testid_allowing_error("error", Duration::from_secs(60)).await;
    let text = error.text().await.unwrap();
    assert!(text.contains("code"), "{text}");
    b.click_testid("error-back").await;
    b.type_into("auth-factor", code).await;
    b.screenshot("entryway-code-phone").await;
    b.click_testid("move-connect").await;
    let plan = b.wait_testid("move-plan", Duration::from_secs(60)).await;
    let said = plan.text().await.unwrap();
    assert!(said.contains(lab.old_url().trim_end_matches('/')), "the plan does not say where the data is: {said}");
    b.click_testid("move-start").await;
    b.wait_testid("move-confirm", Duration::from_secs(240)).await;
    b.click_testid("confirm-button").await;
    b.wait_testid("plc-token", Duration::from_secs(60)).await;
    let token = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
        .expect("the PLC code in the lab's mail");
    b.type_into("plc-token-input", &token).await;
    b.click_testid("token-button").await;
    b.wait_testid("move-done", Duration::from_secs(120)).await;
    b.close().await;

    let stats = entryway.stats();
    assert!(stats.auth_factor_demanded >= 1, "the code was never asked for");
    assert_eq!(stats.entryway_refused, 0, "a data call went to the entryway");
    let doc: Value = reqwest::get(format!("{}/{}", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    assert!(doc.to_string().contains(lab.new_url().trim_end_matches('/')), "DID document: {doc}");
    assert!(pds::missing_on_target(lab.api(Side::New), &account).await.is_empty());
    eprintln!("a_move_through_an_entryway_with_a_sign_in_code_over_https: {:.1}s", started.elapsed().as_secs_f64());
}

/// A `did:web` account through the page: after the confirmation the page shows the document to
/// publish (no emailed code); the test publishes exactly what the page shows, presses "check
/// again", and the move finishes. Checked on the servers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_did_web_account_moves_through_the_page() {
    let _serial = SERIAL.lock().await;
    let started = Instant::now();
    let lab = crate::lab::Lab::shared();
    let site = static_server::serve(static_server::web_dist());
    let host = DidWebHost::start();
    let account = did_web_account(lab, &host, "webdw", 2).await;

    let b = Browser::start(&site, Phone::No).await;
    fill_move_form(&b, lab, &account).await;
    b.type_into("handle-resolver", lab.old_url()).await;
    b.click_testid("move-connect").await;
    b.wait_testid("move-plan", Duration::from_secs(60)).await;
    b.click_testid("move-start").await;
    let confirm = b.wait_testid("move-confirm", Duration::from_secs(240)).await;
    let text = confirm.text().await.unwrap();
    assert!(text.contains("publishing the DID document"), "{text}");
    b.click_testid("confirm-button").await;

    let card = b.wait_testid("did-web-update", Duration::from_secs(60)).await;
    let shown = card.text().await.unwrap();
    assert!(shown.contains(&host.url) && shown.contains(lab.new_url().trim_end_matches('/')), "{shown}");
    b.screenshot("move-5-did-web").await;
    // Nothing published yet: checking again keeps the page here.
    b.click_testid("did-web-recheck").await;
    b.wait_testid("did-web-update", Duration::from_secs(60)).await;
    let document: Value =
        serde_json::from_str(&b.wait_testid("did-web-document", Duration::from_secs(5)).await.text().await.unwrap())
            .expect("the page shows JSON");
    host.publish(document);
    b.click_testid("did-web-recheck").await;
    let done = b.wait_testid("move-done", Duration::from_secs(120)).await;
    assert_eq!(done.attr("data-did").await.unwrap().as_deref(), Some(account.did.as_str()));
    b.close().await;

    let missing = pds::missing_on_target(lab.api(Side::New), &account).await;
    assert!(missing.is_empty(), "the new PDS still misses {missing:?}");
    let new = session(lab.api(Side::New), &account).await;
    assert_eq!(new["active"], true, "new account: {new}");
    let old = session(lab.api(Side::Old), &account).await;
    assert_eq!(old["active"], false, "old account: {old}");
    eprintln!("a_did_web_account_moves_through_the_page: {:.1}s", started.elapsed().as_secs_f64());
}
