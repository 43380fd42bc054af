//! The repair form as a person fills it, shared by the browser tests and the browser benchmark:
//! the accounts typed in, the plan asked for and checked, the report waited for.

use std::time::Duration;

use fantoccini::elements::Element;

use crate::browser::Browser;
use crate::lab::{Lab, SeededAccount};

/// What the test types into the accounts form.
pub struct Accounts<'a> {
    pub account: &'a SeededAccount,
    pub old_pds: String,
    pub new_pds: String,
}

impl<'a> Accounts<'a> {
    pub fn lab(account: &'a SeededAccount, lab: &Lab) -> Self {
        Accounts { account, old_pds: lab.old_url().to_owned(), new_pds: lab.new_url().to_owned() }
    }
}

/// Fills the whole form (the page must show it) with `strategy` and an optional concurrency.
pub async fn fill_form(b: &Browser, a: &Accounts<'_>, strategy: &str, concurrency: Option<&str>) {
    b.type_into("old-handle", &a.account.old_handle).await;
    b.type_old_password(&a.account.password).await;
    b.type_into("new-pds", &a.new_pds).await;
    b.type_into("new-handle", &a.account.new_handle).await;
    b.type_into("new-password", &a.account.password).await;
    // Where to sign in is an advanced option (by default the handle is looked up); these tests name
    // the server, to put a proxy in between.
    b.open_options().await;
    b.type_into("old-pds", &a.old_pds).await;
    b.select("strategy", strategy).await;
    if let Some(n) = concurrency {
        b.select("concurrency", n).await;
    }
}

/// Opens the app's repair form.
pub async fn open_repair(b: &Browser) {
    b.open_app().await;
    b.click_testid("welcome-repair").await;
    b.wait_id("old-pds", Duration::from_secs(10)).await;
}

/// Opens the repair, fills it in, plans and starts it; returns once the run shows its progress.
pub async fn start_repair(b: &Browser, a: &Accounts<'_>, strategy: &str, concurrency: Option<&str>) -> Element {
    open_repair(b).await;
    fill_form(b, a, strategy, concurrency).await;
    plan(b, strategy, None).await;
    b.click_testid("start-button").await;
    b.wait_testid("progress", Duration::from_secs(30)).await
}

/// Plans (the form is filled) and returns once the plan shows, checking its strategy.
pub async fn plan(b: &Browser, strategy: &str, shot: Option<&str>) {
    b.click_testid("plan-button").await;
    let plan = b.wait_testid("plan", Duration::from_secs(90)).await;
    let shown = plan.attr("data-strategy").await.unwrap().unwrap_or_default();
    assert_eq!(shown, strategy, "the plan shows another strategy than the one picked");
    // Every blob sized, in a browser too (where compressed answers come without a length), where
    // the plan sizes them: up to 50 blobs, where the storage strategy is possible.
    let to_copy = b.wait_testid("plan-missing", Duration::from_secs(5)).await.text().await.unwrap();
    let count: usize = to_copy.split_whitespace().find_map(|w| w.parse().ok()).unwrap_or(0);
    assert!(count > 50 || !to_copy.contains("unknown"), "the plan does not know the size: {to_copy}");
    if let Some(name) = shot {
        b.screenshot(name).await;
    }
}

/// Waits for the report; panics with the page's words if it shows an error instead.
pub async fn wait_done(b: &Browser, timeout: Duration) {
    let done = b.wait_testid("done", timeout).await;
    let complete = done.attr("data-complete").await.unwrap();
    let missing = done.attr("data-still-missing").await.unwrap();
    assert_eq!(
        complete.as_deref(),
        Some("true"),
        "the report says the new PDS still misses {missing:?} blobs:\n{}",
        done.text().await.unwrap_or_default()
    );
}
