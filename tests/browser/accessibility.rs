//! The app as someone without a mouse meets it: the whole account move walked with the keyboard
//! alone (Tab, Shift-Tab, Enter and Space to move and press; the values typed key by key), with
//! where focus lands after every screen change, the window's title and what the live region said
//! checked on the way; and Lighthouse on the welcome page of the release build served as the demo
//! serves it (its accessibility score asserted, its performance figures printed).

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use serde_json::Value;

use crate::browser::{Browser, Phone};
use crate::fault_proxy::{FaultProxy, Faults};
use crate::lab::Side;
use crate::{static_server, SERIAL};

/// Where focus is, in words for a failure message: `#id`, `[data-testid=…]`, or the tag and its
/// text; "body" when nothing has focus.
const DESCRIBE_FOCUS: &str = "(() => { const a = document.activeElement; \
    if (!a || a === document.body) return 'body'; \
    if (a.id) return '#' + a.id; \
    if (a.dataset.testid) return '[data-testid=' + a.dataset.testid + ']'; \
    return a.tagName.toLowerCase() + ' \"' + (a.textContent || '').trim().slice(0, 40) + '\"'; })()";

/// Presses Tab (or Shift-Tab) until the element `css` has focus, checking on the way that every
/// element reached shows a focus ring. Returns the path focus took; panics naming it when `css`
/// is not reached within 60 presses.
async fn tab_to(b: &Browser, css: &str, backwards: bool) -> Vec<String> {
    let chord: &[Key] = if backwards { &[Key::Shift, Key::Tab] } else { &[Key::Tab] };
    let wanted = serde_json::to_string(css).unwrap();
    let mut path = Vec::new();
    for _ in 0..60 {
        b.press(chord).await;
        let seen = b
            .execute(&format!(
                "const a = document.activeElement; const s = a ? getComputedStyle(a) : null; \
                 return [{DESCRIBE_FOCUS}, !!a && a !== document.body && a.matches({wanted}), \
                         !!s && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2];"
            ))
            .await;
        let here = seen[0].as_str().unwrap_or_default().to_owned();
        assert!(
            here == "body" || seen[2] == Value::Bool(true),
            "{here} has focus but shows no focus ring (after {path:?})"
        );
        path.push(here);
        if seen[1] == Value::Bool(true) {
            return path;
        }
    }
    panic!("{css} cannot be reached with {}: focus went {path:?}", if backwards { "Shift-Tab" } else { "Tab" });
}

/// Tabs to the field `id` and types `text` there (Chromium selects what a field holds when Tab
/// enters it, so the typing replaces it), then checks what the app holds.
async fn fill(b: &Browser, id: &str, text: &str) {
    tab_to(b, &format!("#{id}"), false).await;
    b.type_keys(text).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while b.value_of(id).await != text {
        assert!(Instant::now() < deadline, "#{id} holds {:?} after typing {text:?}", b.value_of(id).await);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits for the screen `testid`, then checks that focus went to its heading and the window's
/// title names it and the way in.
async fn arrived(b: &Browser, testid: &str, title: &str, timeout: Duration) {
    b.wait_testid(testid, timeout).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (focus, shown) = (b.focused_id().await, b.execute("return document.title").await);
        if focus == "card-title" && shown == title {
            return;
        }
        let here = b.execute(&format!("return {DESCRIBE_FOCUS}")).await;
        assert!(
            Instant::now() < deadline,
            "on {testid}: focus on {here}, title {shown} (wanted the heading, {title:?})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Everything the live region said since the page opened (recorded by a MutationObserver that
/// [`listen_to_live_region`] installs).
async fn spoken(b: &Browser) -> Vec<String> {
    let said = b.execute("return window.__tektiteSpoken || []").await;
    said.as_array().unwrap().iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()
}

async fn listen_to_live_region(b: &Browser) {
    b.execute(
        "const region = document.querySelector('[data-testid=announcer]'); window.__tektiteSpoken = []; \
         new MutationObserver(() => { const t = region.textContent.trim(); \
           if (t && window.__tektiteSpoken[window.__tektiteSpoken.length - 1] !== t) window.__tektiteSpoken.push(t); }) \
         .observe(region, { childList: true, subtree: true, characterData: true }); return true;",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_whole_move_with_the_keyboard_alone() {
    let _serial = SERIAL.lock().await;
    let started = Instant::now();
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    let account = crate::pds::old_only_account(lab, "web-keys", "10x96k").await;
    // Uploads slowed down, so that the copying lasts long enough for its progress to be spoken.
    let slow = FaultProxy::start(
        lab.api(Side::New),
        Faults { upload_delay: Some(Duration::from_millis(400)), ..Default::default() },
    );
    let _through_slow = lab.route_through(Side::New, slow.url().rsplit(':').next().unwrap().parse().unwrap());

    let b = Browser::start_with(&site, Phone::No, lab.chromium_args()).await;
    b.open_app().await;
    listen_to_live_region(&b).await;
    tab_to(&b, "[data-testid=welcome-move]", false).await;
    b.press(&[Key::Enter]).await;
    arrived(&b, "move-form", "Accounts — Move your account — Tektite", Duration::from_secs(10)).await;

    fill(&b, "old-handle", &account.old_handle).await;
    // "Use your password instead" replaces itself with the password field, which takes focus.
    tab_to(&b, "[data-testid=use-password]", false).await;
    b.press(&[Key::Space]).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while b.focused_id().await != "old-password" {
        assert!(Instant::now() < deadline, "focus did not go to the password field that replaced the button");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.type_keys(&account.password).await;
    fill(&b, "new-pds", lab.new_url()).await;
    fill(&b, "new-handle", &account.new_handle).await;
    fill(&b, "new-email", &account.email).await;
    fill(&b, "new-password", &account.password).await;
    // Back to a field already filled, and forward again: Shift-Tab walks the same order.
    let back = tab_to(&b, "#new-email", true).await;
    assert_eq!(back.len(), 1, "Shift-Tab from the new password went {back:?}");
    assert_eq!(b.value_of("new-email").await, account.email);
    // The lab's identities, behind "Advanced" (a summary that Enter opens).
    tab_to(&b, "details.options > summary", false).await;
    b.press(&[Key::Enter]).await;
    fill(&b, "plc-url", lab.plc_url()).await;
    fill(&b, "handle-resolver", lab.old_url()).await;
    b.screenshot("keyboard-1-form").await;
    tab_to(&b, "[data-testid=move-connect]", false).await;
    b.press(&[Key::Enter]).await;

    arrived(&b, "move-plan", "Plan — Move your account — Tektite", Duration::from_secs(60)).await;
    b.screenshot("keyboard-2-plan").await;
    tab_to(&b, "[data-testid=move-start]", false).await;
    b.press(&[Key::Space]).await;

    arrived(&b, "move-confirm", "Confirm — Move your account — Tektite", Duration::from_secs(240)).await;
    let said = spoken(&b).await;
    for words in ["Now: ", "% of the blobs copied", "confirm to move the identity"] {
        assert!(said.iter().any(|s| s.contains(words)), "the live region never said {words:?}: {said:?}");
    }
    b.screenshot("keyboard-3-confirm").await;
    tab_to(&b, "[data-testid=confirm-button]", false).await;
    b.press(&[Key::Enter]).await;

    arrived(&b, "plc-token", "Code from your email — Move your account — Tektite", Duration::from_secs(60)).await;
    let token = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
        .expect("the PLC code in the lab's mail");
    fill(&b, "plc-token-input", &token).await;
    b.screenshot("keyboard-4-code").await;
    tab_to(&b, "[data-testid=token-button]", false).await;
    b.press(&[Key::Enter]).await;

    arrived(&b, "move-done", "Done — Move your account — Tektite", Duration::from_secs(120)).await;
    let said = spoken(&b).await;
    assert!(
        said.iter().any(|s| s.contains("lives on the new PDS")),
        "the live region did not say the move is done: {said:?}"
    );
    b.screenshot("keyboard-5-done").await;
    b.close().await;

    // The verdict, from the servers: the identity names the new PDS, the new account is whole.
    let doc: Value = reqwest::get(format!("{}/{}", lab.plc_api(), account.did)).await.unwrap().json().await.unwrap();
    assert!(doc.to_string().contains(lab.new_url().trim_end_matches('/')), "DID document: {doc}");
    assert!(crate::pds::missing_on_target(lab.api(Side::New), &account).await.is_empty());
    eprintln!(
        "the_whole_move_with_the_keyboard_alone: {:.1}s, the live region said {:?}",
        started.elapsed().as_secs_f64(),
        spoken_summary(&said)
    );
}

/// The live region's words, shortened for the log.
fn spoken_summary(said: &[String]) -> Vec<&str> {
    said.iter().map(|s| s.get(..s.len().min(60)).unwrap_or(s)).collect()
}

/// Lighthouse 12.2.3 on the welcome page of the release build, gzip-served as the demo and
/// `scripts/run.sh web` serve it (`scripts/lighthouse.sh`). Accessibility must be 100; the
/// performance figures (simulated slow 4G, 4x slower CPU) are printed, not asserted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lighthouse_on_the_welcome_page() {
    let _serial = SERIAL.lock().await;
    let dist = static_server::release_web_dist();
    let report = tempfile::tempdir().unwrap();
    let out = report.path().join("lighthouse.json");
    let root = env!("CARGO_MANIFEST_DIR");
    let run = tokio::task::block_in_place(|| {
        std::process::Command::new("bash")
            .arg(format!("{root}/scripts/lighthouse.sh"))
            .arg(&dist)
            .arg(&out)
            .current_dir(root)
            .output()
            .expect("run scripts/lighthouse.sh")
    });
    let printed = String::from_utf8_lossy(&run.stdout);
    eprintln!("{printed}");
    assert!(run.status.success(), "scripts/lighthouse.sh failed: {}", String::from_utf8_lossy(&run.stderr));
    let report: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let score = |category: &str| report["categories"][category]["score"].as_f64().unwrap_or(0.0);
    assert_eq!(score("accessibility"), 1.0, "Lighthouse's accessibility score: {printed}");
    assert!(report["categories"]["performance"]["score"].is_number(), "no performance score: {printed}");
    let _ = std::fs::copy(&out, crate::browser::artifacts().join("lighthouse.json"));
}
