//! The page in the person's language, the whole move walked through it against the lab:
//!
//! - in the pseudo-locale (`?lang=pseudo`: every catalogue message accented, lengthened and wrapped
//!   in `⟦…⟧`), every screen's visible text is read and nothing but data (handles, addresses, DIDs,
//!   numbers) may stand outside the markers: a word there was written without the catalogue;
//! - in Japanese and in German at phone width, a screenshot of every screen (looked at by a person:
//!   nothing clipped, German's long words wrapped), and nothing wider than the screen;
//! - `<html lang>` follows, and a language picked in the footer is remembered over a reload.

use std::time::Duration;

use crate::browser::{Browser, Phone};
use crate::lab::Lab;
use crate::{static_server, SERIAL};

/// Waits (up to 20 s) until `script` returns `expected`: the app renders after the page's first
/// paint, and sets `<html lang>` just after.
async fn eventually(b: &Browser, script: &str, expected: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let got = b.execute(script).await;
        if got == expected {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "`{script}` gave {got}, not {expected:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// What to do on each screen of the walk.
#[derive(Clone, Copy)]
enum Look {
    /// Fail on any visible word outside the pseudo-locale's markers.
    Markers,
    /// Take screenshots named `<prefix>-<screen>`, and fail on anything wider than the screen.
    Screenshots(&'static str),
}

impl Look {
    async fn at(self, b: &Browser, screen: &str) {
        match self {
            Look::Markers => {
                let leaks = unmarked_words(b).await;
                assert!(leaks.is_empty(), "{screen}: text outside the catalogue: {leaks:?}");
            }
            Look::Screenshots(prefix) => {
                let wide = b
                    .execute(
                        "return [...document.querySelectorAll('#main *')].filter(e => { const r = e.getBoundingClientRect(); \
                         return r.width > 0 && r.right > document.documentElement.clientWidth + 1; }).map(e => e.tagName + '.' + e.className).slice(0, 5)",
                    )
                    .await;
                assert_eq!(wide, serde_json::json!([]), "{prefix}-{screen}: wider than the screen");
                b.screenshot(&format!("{prefix}-{screen}")).await;
            }
        }
    }
}

/// The visible words of the page that are not inside a `⟦…⟧` marker and do not look like data.
async fn unmarked_words(b: &Browser) -> Vec<String> {
    // Every displayed text node in document order, and the placeholders of empty fields; the
    // language menu names each language in itself, on purpose.
    let texts = b
        .execute(
            r#"const out = [];
            const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let n, last = null;
            while ((n = walk.nextNode())) {
                const p = n.parentElement;
                if (!p || p.closest('[data-testid=language], script, style, noscript, title')) continue;
                if (!p.getClientRects().length) continue;
                if (!n.textContent.trim()) continue;
                // Pieces of one value split by <wbr> (an address, a DID) stay one word.
                if (p === last) out[out.length - 1] += n.textContent; else out.push(n.textContent);
                last = p;
            }
            for (const f of document.querySelectorAll('input[placeholder]')) {
                if (!f.value && f.getClientRects().length) out.push(f.placeholder);
            }
            return out.join('\u0001');"#,
        )
        .await;
    let text = texts.as_str().unwrap_or_default().to_owned();
    // Markers may span nodes (a value drawn bold inside a sentence): strip them on the whole.
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
        .split(|c: char| c.is_whitespace() || c == '\u{1}')
        .map(|w| w.trim_matches(|c: char| "()[]{},;:·—–…\"'“”«»!?".contains(c)))
        .filter(|w| !looks_like_data(w))
        .map(str::to_owned)
        .collect()
}

/// Words that are data, not language: handles, addresses, DIDs, CIDs, numbers, sizes, the name.
fn looks_like_data(word: &str) -> bool {
    word.is_empty()
        || !word.chars().any(|c| c.is_ascii_alphabetic())
        || word.chars().any(|c| c.is_ascii_digit() || ".:/@_…".contains(c))
        || ["Tektite", "B", "KiB", "MiB", "GiB", "TiB"].contains(&word)
}

/// The whole move of a fresh account through the page in `lang`, looking at every screen.
async fn walk_the_move(lab: &Lab, site: &static_server::Site, name: &str, lang: &str, look: Look) {
    let account = crate::pds::old_only_account(lab, name, "3x256k").await;
    let b = Browser::start_with(site, Phone::Yes, lab.chromium_args()).await;
    b.open_app_with(&format!("?lang={lang}")).await;
    b.wait_testid("welcome-move", Duration::from_secs(10)).await;
    let expected = if lang == "pseudo" { "en-XA" } else { lang };
    eventually(&b, "return document.documentElement.lang", expected).await;
    look.at(&b, "welcome").await;

    b.click_testid("welcome-move").await;
    b.wait_testid("move-form", Duration::from_secs(10)).await;
    b.type_into("old-handle", &account.old_handle).await;
    b.type_old_password(&account.password).await;
    b.type_into("new-pds", lab.new_url()).await;
    b.click_testid("check-server").await;
    b.wait_testid("server-facts", Duration::from_secs(30)).await;
    b.type_into("new-handle", &account.new_handle).await;
    b.type_into("new-email", &account.email).await;
    b.type_into("new-password", &account.password).await;
    b.open_options().await;
    b.type_into("plc-url", lab.plc_url()).await;
    b.type_into("handle-resolver", lab.old_url()).await;
    look.at(&b, "form").await;

    b.click_testid("move-connect").await;
    b.wait_testid("move-plan", Duration::from_secs(60)).await;
    look.at(&b, "plan").await;

    b.click_testid("move-start").await;
    b.wait_testid("move-run", Duration::from_secs(30)).await;
    look.at(&b, "run").await;

    b.wait_testid("move-confirm", Duration::from_secs(180)).await;
    look.at(&b, "confirm").await;
    b.click_testid("confirm-button").await;
    b.wait_testid("plc-token", Duration::from_secs(60)).await;
    look.at(&b, "token").await;
    let token = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
        .expect("the PLC token mail");
    b.type_into("plc-token-input", &token).await;
    b.click_testid("token-button").await;

    b.wait_testid("move-done", Duration::from_secs(180)).await;
    b.click_testid("check-account").await;
    b.wait_testid("account-check", Duration::from_secs(60)).await;
    look.at(&b, "done").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_word_of_the_move_comes_from_the_catalogue() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    walk_the_move(lab, &site, "pseudo-move", "pseudo", Look::Markers).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_move_in_japanese_and_german_at_phone_width() {
    let _serial = SERIAL.lock().await;
    let lab = crate::tls_lab();
    let site = static_server::serve(static_server::web_dist());
    walk_the_move(lab, &site, "ja-move", "ja", Look::Screenshots("lang-ja")).await;
    walk_the_move(lab, &site, "de-move", "de", Look::Screenshots("lang-de")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_picked_in_the_footer_is_remembered() {
    let _serial = SERIAL.lock().await;
    let site = static_server::serve(static_server::web_dist());
    let b = Browser::start(&site, Phone::No).await;
    const TITLE: &str = "return document.getElementById('welcome-title').textContent";
    b.open_app().await;
    b.wait_testid("language", Duration::from_secs(30)).await;
    eventually(&b, TITLE, "Move your Bluesky account to a new PDS").await;
    b.select_testid("language", "fr").await;
    eventually(&b, TITLE, "Déménagez votre compte Bluesky vers un nouveau PDS").await;
    eventually(&b, "return document.documentElement.lang", "fr").await;
    b.reload().await;
    b.wait_testid("language", Duration::from_secs(30)).await;
    // Remembered: French again after the reload, without picking it.
    eventually(&b, TITLE, "Déménagez votre compte Bluesky vers un nouveau PDS").await;
    b.close().await;
}
