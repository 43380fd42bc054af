//! The account server's own pages, driven in headless Chromium the way a person uses them: the
//! reference PDS's OAuth sign-in and consent screens (`@atproto/oauth-provider-ui`, a JavaScript
//! app whose API checks CSRF and `Sec-Fetch-*`, so no plain HTTP client will do), and its account
//! page (`<pds>/account`), where a person deactivates the account.
//!
//! [`ServerPage`] is a Chromium of its own (the e2e tests open the address the CLI prints in it);
//! [`approve`] fills the pages in any WebDriver session (the browser tests use it in the popup
//! the web app opens).

#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

/// What the person answers on the consent screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consent {
    Allow,
    Deny,
}

const PAGE_WAIT: Duration = Duration::from_secs(30);

/// A headless Chromium with a fresh profile, on its own chromedriver.
pub struct ServerPage {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A chromedriver (`CHROMEDRIVER`, default `/usr/bin/chromedriver`) listening on a free port of
/// 127.0.0.1, with its extra arguments (e.g. a log file); returns it and its port.
pub fn chromedriver(extra_args: &[String]) -> (Child, u16) {
    let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let port = free_port();
    let driver = Command::new(&chromedriver)
        .arg(format!("--port={port}"))
        .args(extra_args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {chromedriver}: {e}"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not listen on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    (driver, port)
}

/// The flags every test Chromium runs with: headless, as root, with a fresh profile in
/// `user_data_dir` and nothing talking to the internet on its own; the window `size`.
pub fn chromium_flags(user_data_dir: &std::path::Path, size: (u32, u32)) -> Vec<String> {
    vec![
        "--headless".to_owned(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--hide-scrollbars".into(),
        format!("--user-data-dir={}", user_data_dir.display()),
        format!("--window-size={},{}", size.0, size.1),
    ]
}

impl ServerPage {
    /// Starts Chromium (`extra_args`: e.g. the TLS lab's host rules).
    pub async fn start(extra_args: Vec<String>) -> ServerPage {
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let profile = tempfile::Builder::new().prefix("tektite-server-page-").tempdir().unwrap();
        let (driver, port) = chromedriver(&[]);
        let mut args = chromium_flags(&profile.path().join("profile"), (1280, 900));
        args.extend(extra_args);
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
        });
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("no WebDriver session: {e}"));
        ServerPage { client, driver, _profile: profile }
    }

    /// Opens `url` (the address Tektite printed) and answers as a person would. Returns the
    /// address the server sent the browser back to.
    pub async fn sign_in(&self, url: &str, username: &str, password: &str, consent: Consent) -> String {
        self.client.goto(url).await.unwrap();
        approve(&self.client, username, password, consent).await
    }

    /// Deactivates the account on the PDS's own account page (`<pds>/account`): sign in,
    /// "Account", "Deactivate account", "Yes, Deactivate".
    pub async fn deactivate_account(&self, account_page: &str, username: &str, password: &str) {
        self.client.goto(account_page).await.unwrap();
        click_button(&self.client, "Sign in").await;
        fill_credentials(&self.client, username, password).await;
        click_button(&self.client, "Sign in").await;
        click_link_or_button(&self.client, "Account").await;
        click_button(&self.client, "Deactivate account").await;
        click_button(&self.client, "Yes, Deactivate").await;
        wait_text(&self.client, "Account deactivated").await;
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// On the server's sign-in page: the account and password, "Sign in", then "Authorize" or "Deny
/// access" on the consent screen. Returns the address the browser was sent back to.
pub async fn approve(client: &Client, username: &str, password: &str, consent: Consent) -> String {
    fill_credentials(client, username, password).await;
    click_button(client, "Sign in").await;
    let answer = match consent {
        Consent::Allow => "Authorize",
        Consent::Deny => "Deny access",
    };
    let before = client.current_url().await.unwrap();
    click_button(client, answer).await;
    // The server redirects to the client's address.
    let deadline = Instant::now() + PAGE_WAIT;
    loop {
        let now = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        if !now.is_empty() && now != before.as_str() && !now.contains("/oauth/authorize") {
            return now;
        }
        assert!(Instant::now() < deadline, "the server's page did not send the browser back (still at {now})");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn fill_credentials(client: &Client, username: &str, password: &str) {
    let user = wait_for(client, Locator::Css(r#"input[title="Username or email address"]"#)).await;
    // The page may have filled it from the sign-in's hint.
    if user.prop("value").await.ok().flatten().unwrap_or_default().is_empty() {
        user.send_keys(username).await.unwrap();
    }
    let pw = wait_for(client, Locator::Css(r#"input[autocomplete="current-password"]"#)).await;
    pw.send_keys(password).await.unwrap();
}

async fn wait_for(client: &Client, locator: Locator<'_>) -> Element {
    client.wait().at_most(PAGE_WAIT).for_element(locator).await.unwrap_or_else(|e| {
        panic!("the server's page has no {locator:?}: {e}");
    })
}

/// Clicks the button whose text is `text` once it is there and enabled.
async fn click_button(client: &Client, text: &str) {
    click_xpath(client, &format!("//button[normalize-space()='{text}']"), text).await
}

async fn click_link_or_button(client: &Client, text: &str) {
    click_xpath(client, &format!("//a[normalize-space()='{text}'] | //button[normalize-space()='{text}']"), text).await
}

async fn click_xpath(client: &Client, xpath: &str, what: &str) {
    let deadline = Instant::now() + PAGE_WAIT;
    loop {
        if let Ok(el) = client.find(Locator::XPath(xpath)).await {
            if el.is_enabled().await.unwrap_or(false) && el.click().await.is_ok() {
                return;
            }
        }
        if Instant::now() > deadline {
            let text = client.source().await.unwrap_or_default();
            panic!("no `{what}` to click on the server's page: {}", text.chars().take(2000).collect::<String>());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn wait_text(client: &Client, text: &str) {
    let deadline = Instant::now() + PAGE_WAIT;
    loop {
        let body = client.find(Locator::Css("body")).await.unwrap().text().await.unwrap_or_default();
        if body.contains(text) {
            return;
        }
        assert!(Instant::now() < deadline, "the server's page never said `{text}`: {body}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
