//! Headless Chromium through a chromedriver this test starts (on a free 127.0.0.1 port, stopped by
//! its own PID), with a fresh profile, and the few page actions the tests need.
#![allow(dead_code)] // shared by the browser tests and the benchmarks; each uses part of it

use std::io::{Read, Write};

use base64::Engine as _;
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Child;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::static_server::Site;

/// A Chrome DevTools command through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (hyper::Method, Option<String>) {
        (hyper::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

/// Chromium's console messages since the last read, through chromedriver's log endpoint (the page
/// needs no script of ours for it: a violation found before any script runs is there too).
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (hyper::Method, Option<String>) {
        (hyper::Method::POST, Some(json!({ "type": "browser" }).to_string()))
    }
}

const LAPTOP: (u32, u32) = (1280, 800);
const PHONE: (u32, u32) = (390, 844);

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Phone {
    Yes,
    No,
}

pub struct Browser {
    client: Client,
    driver: Child,
    driver_port: u16,
    session: Option<String>,
    base: String,
    size: (u32, u32),
    _profile: tempfile::TempDir,
    log: PathBuf,
    /// Where the page's downloads land.
    pub downloads: PathBuf,
}

/// Screens axe-core checked in this run (every screenshot: each theme and width).
pub static AXE_SCREENS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// axe-core's source (`tests/a11y`, installed on first use).
fn axe_source() -> String {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE
        .get_or_init(|| {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/a11y");
            let status =
                std::process::Command::new("bash").arg(dir.join("install.sh")).status().expect("tests/a11y/install.sh");
            assert!(status.success(), "tests/a11y/install.sh failed");
            std::fs::read_to_string(dir.join("node_modules/axe-core/axe.min.js")).expect("axe.min.js")
        })
        .clone()
}

/// Where screenshots go: `TEKTITE_ARTIFACTS`, or `<target>/artifacts`.
pub fn artifacts() -> PathBuf {
    let dir = match std::env::var_os("TEKTITE_ARTIFACTS") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("artifacts"),
    };
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Browser {
    pub async fn start(site: &Site, phone: Phone) -> Browser {
        Browser::start_with(site, phone, Vec::new()).await
    }

    /// [`Browser::start`] with more Chromium flags (e.g. [`crate::lab::Lab::chromium_args`]).
    pub async fn start_with(site: &Site, phone: Phone, extra_args: Vec<String>) -> Browser {
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let profile = tempfile::Builder::new().prefix("tektite-chromium-").tempdir().unwrap();
        let log = profile.path().join("chromedriver.log");
        let (driver, port) = crate::server_page::chromedriver(&[format!("--log-path={}", log.display())]);

        let size = if phone == Phone::Yes { PHONE } else { LAPTOP };
        let user_data = profile.path().join("profile");
        let downloads = profile.path().join("downloads");
        std::fs::create_dir_all(&downloads).unwrap();
        let mut args = crate::server_page::chromium_flags(&user_data, size);
        args.extend(extra_args);
        let caps = json!({
            "browserName": "chrome",
            // The app asks "leave this page?" while a move runs; a test that reloads mid-move says yes.
            "unhandledPromptBehavior": "accept",
            // The console, read for Content-Security-Policy violations (`Browser::csp_reports`).
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                },
            },
        });
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("no WebDriver session: {e}; chromedriver log: {}", log.display()));
        let session = client.session_id().await.ok().flatten();
        let mut b = Browser {
            client,
            driver,
            driver_port: port,
            session,
            base: site.url(),
            size,
            _profile: profile,
            log,
            downloads: downloads.clone(),
        };
        b.resize(size).await;
        // Headless Chromium saves downloads only when told where.
        let allow = Cdp {
            cmd: "Browser.setDownloadBehavior",
            params: json!({ "behavior": "allow", "downloadPath": downloads.display().to_string() }),
        };
        if let Err(e) = b.client.issue_cmd(allow).await {
            eprintln!("downloads may not be saved: {e}");
        }
        b
    }

    /// Runs `script` in the page and returns its value.
    pub async fn execute(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap_or(serde_json::Value::Null)
    }

    /// The text of the first file downloaded whose name starts with `prefix`, waiting for it.
    pub async fn downloaded(&self, prefix: &str, timeout: Duration) -> (String, String) {
        let path = self.downloaded_file(prefix, timeout).await;
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        (path.file_name().unwrap().to_string_lossy().into_owned(), text)
    }

    /// The first file downloaded whose name starts with `prefix`, once complete (not empty, no
    /// longer Chromium's `.crdownload`), waiting for it.
    pub async fn downloaded_file(&self, prefix: &str, timeout: Duration) -> PathBuf {
        let deadline = Instant::now() + timeout;
        loop {
            let found = std::fs::read_dir(&self.downloads).into_iter().flatten().flatten().find(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with(prefix) && !name.ends_with(".crdownload")
            });
            if let Some(entry) = found.filter(|e| e.metadata().is_ok_and(|m| m.len() > 0)) {
                return entry.path();
            }
            assert!(Instant::now() < deadline, "no download named {prefix}… in {}", self.downloads.display());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clears everything this site keeps in the browser (OPFS, IndexedDB, LocalStorage, …), as a
    /// person does with "Clear site data", then reloads the app.
    pub async fn clear_site_storage(&self) {
        let origin = self.base.trim_end_matches('/').to_owned();
        let cmd = Cdp { cmd: "Storage.clearDataForOrigin", params: json!({ "origin": origin, "storageTypes": "all" }) };
        self.client.issue_cmd(cmd).await.expect("Storage.clearDataForOrigin");
        self.reload().await;
    }

    /// Sizes the window so that the page's viewport is `size` (the window's own frame, if any,
    /// comes on top).
    async fn resize(&mut self, size: (u32, u32)) {
        self.client.set_window_size(size.0, size.1).await.unwrap();
        let frame = self.client.execute("return [0, window.outerHeight - window.innerHeight];", vec![]).await.ok();
        // Only the height: headless Chromium reports a frame width that it does not take away from
        // the page.
        let frame_height = frame.as_ref().and_then(|v| v[1].as_u64()).filter(|h| *h < 300).unwrap_or(0) as u32;
        self.size = (size.0, size.1 + frame_height);
        self.client.set_window_size(self.size.0, self.size.1).await.unwrap();
    }

    /// Opens the app and waits until it has rendered (the welcome screen that `index.html` shows
    /// while the wasm loads is outside `#main`, and inert).
    /// Opens `url` (another page than the app's).
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    /// Runs `script` in the first `<iframe>` of the page and returns its value (`Null` when the
    /// frame cannot be entered or the script fails), then comes back to the page.
    pub async fn execute_in_frame(&self, script: &str) -> serde_json::Value {
        let value = match self.client.enter_frame(0).await {
            Ok(_) => self.execute(script).await,
            Err(_) => serde_json::Value::Null,
        };
        let _ = self.client.enter_parent_frame().await;
        value
    }

    pub async fn open_app(&self) {
        self.open_app_with("").await;
    }

    /// Opens the app with `query` in its address (e.g. `?lang=ja`).
    pub async fn open_app_with(&self, query: &str) {
        self.client.goto(&format!("{}{query}", self.base)).await.unwrap();
        self.wait_css("#main .app", Duration::from_secs(60)).await;
    }

    /// The tab the driver talks to now, to come back to with [`Browser::switch_to`].
    pub async fn current_tab(&self) -> fantoccini::wd::WindowHandle {
        self.client.window().await.unwrap()
    }

    /// Opens the app in a second tab of the same browser (same origin, same storage, same Web
    /// Locks) and makes it the one the driver talks to. Returns its handle.
    pub async fn open_tab(&self) -> fantoccini::wd::WindowHandle {
        let tab = self.client.new_window(true).await.unwrap().handle;
        self.switch_to(&tab).await;
        self.open_app().await;
        tab
    }

    pub async fn switch_to(&self, tab: &fantoccini::wd::WindowHandle) {
        self.client.switch_to_window(tab.clone()).await.unwrap();
    }

    pub async fn reload(&self) {
        self.client.refresh().await.unwrap();
        self.wait_css("#main .app", Duration::from_secs(60)).await;
    }

    /// Waits for `css`; fails at once if the page shows its error card instead.
    pub async fn wait_css(&self, css: &str, timeout: Duration) -> Element {
        self.wait(css, timeout, false).await
    }

    /// Waits for the element with `data-testid` `id`, which may be the error card itself.
    pub async fn wait_testid_allowing_error(&self, id: &str, timeout: Duration) -> Element {
        self.wait(&format!("[data-testid={id}]"), timeout, true).await
    }

    async fn wait(&self, css: &str, timeout: Duration, errors_expected: bool) -> Element {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(e) = self.client.find(Locator::Css(css)).await {
                return e;
            }
            if errors_expected {
                // fall through to the timeout check
            } else if let Ok(err) = self.client.find(Locator::Css("[data-testid=error]")).await {
                let text = err.text().await.unwrap_or_default();
                self.screenshot("failure").await;
                panic!("the page shows an error while waiting for {css}:\n{text}");
            }
            if Instant::now() >= deadline {
                self.screenshot("failure").await;
                let body = self.client.find(Locator::Css("body")).await.unwrap().text().await.unwrap_or_default();
                panic!(
                    "{css} did not appear within {timeout:?}; the page says:\n{body}\nchromedriver log: {}",
                    self.log.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn wait_testid(&self, id: &str, timeout: Duration) -> Element {
        self.wait_css(&format!("[data-testid={id}]"), timeout).await
    }

    pub async fn wait_id(&self, id: &str, timeout: Duration) -> Element {
        self.wait_css(&format!("#{id}"), timeout).await
    }

    pub async fn click_testid(&self, id: &str) {
        self.wait_testid(id, Duration::from_secs(10)).await.click().await.unwrap();
    }

    /// Types `text` into the field `id`, replacing what it held, and checks the result (the app's
    /// inputs are controlled: what counts is what the app holds after the events).
    pub async fn type_into(&self, id: &str, text: &str) {
        let field = self.wait_id(id, Duration::from_secs(10)).await;
        for _ in 0..3 {
            // `clear` fires no input event, but the typing after it does, and its event carries the
            // field's whole value.
            field.clear().await.unwrap();
            field.send_keys(text).await.unwrap();
            tokio::time::sleep(Duration::from_millis(50)).await;
            if self.value_of(id).await == text {
                return;
            }
        }
        panic!("#{id} does not hold {text:?} after typing it (it holds {:?})", self.value_of(id).await);
    }

    /// Signs in on the account server's page that the app opened in a popup, answering `consent`
    /// there as a person would, then comes back to the app's window. Returns where the server
    /// sent the popup back to.
    pub async fn sign_in_in_popup(
        &self,
        username: &str,
        password: &str,
        consent: crate::server_page::Consent,
    ) -> String {
        let main = self.client.window().await.unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        let popup = loop {
            let windows = self.client.windows().await.unwrap();
            if let Some(w) = windows.into_iter().find(|w| *w != main) {
                break w;
            }
            if Instant::now() > deadline {
                let said = self.execute("return document.body.innerText + ' / ' + (document.querySelector('[data-testid=error-message]')?.textContent || '')").await;
                panic!("the app opened no window for the server's page; it says: {said}");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        self.client.switch_to_window(popup).await.unwrap();
        let back = crate::server_page::approve(&self.client, username, password, consent).await;
        self.client.switch_to_window(main).await.unwrap();
        back
    }

    /// Types the old account's password: its field shows once "Use your password instead" is
    /// chosen (the account's own server page is the first choice), or when the form remembers it.
    pub async fn type_old_password(&self, password: &str) {
        if self.client.find(Locator::Css("[data-testid=use-password]")).await.is_ok() {
            self.click_testid("use-password").await;
        }
        self.type_into("old-password", password).await;
    }

    /// Presses the keys of `chord` together (e.g. `[Key::Shift, Key::Tab]`) on whatever has focus,
    /// as a keyboard does: no element is targeted.
    pub async fn press(&self, chord: &[Key]) {
        let mut actions = KeyActions::new("keyboard".into());
        for key in chord {
            actions = actions.then(KeyAction::Down { value: (*key).into() });
        }
        for key in chord.iter().rev() {
            actions = actions.then(KeyAction::Up { value: (*key).into() });
        }
        self.client.perform_actions(actions).await.unwrap();
    }

    /// Types `text` key by key into whatever has focus.
    pub async fn type_keys(&self, text: &str) {
        let mut actions = KeyActions::new("keyboard".into());
        for c in text.chars() {
            actions = actions.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
        }
        self.client.perform_actions(actions).await.unwrap();
    }

    /// The `id` of the element that has focus ("" when none has one).
    pub async fn focused_id(&self) -> String {
        let id = self.execute("return document.activeElement ? document.activeElement.id : ''").await;
        id.as_str().unwrap_or_default().to_owned()
    }

    /// What the page's live region says now.
    pub async fn announced(&self) -> String {
        let said = self
            .execute("const a = document.querySelector('[data-testid=announcer]'); return a ? a.textContent : ''")
            .await;
        said.as_str().unwrap_or_default().to_owned()
    }

    pub async fn value_of(&self, id: &str) -> String {
        let field = self.wait_id(id, Duration::from_secs(10)).await;
        field.prop("value").await.unwrap().unwrap_or_default()
    }

    /// Picks `value` in the `<select>` with `data-testid` `testid`.
    pub async fn select_testid(&self, testid: &str, value: &str) {
        let select = self.wait_testid(testid, Duration::from_secs(10)).await;
        select.select_by_value(value).await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    pub async fn select(&self, id: &str, value: &str) {
        let select = self.wait_id(id, Duration::from_secs(10)).await;
        select.select_by_value(value).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(self.value_of(id).await, value, "#{id} did not take {value}");
    }

    /// Unfolds the transfer options (a `<details>`), if folded.
    pub async fn open_options(&self) {
        let details = self.wait_css("details.options", Duration::from_secs(10)).await;
        if details.attr("open").await.unwrap().is_none() {
            self.wait_css("details.options > summary", Duration::from_secs(5)).await.click().await.unwrap();
        }
    }

    /// Saves `browser-<name>.png` (the page as it is), and the same screen in the dark scheme
    /// (`-dark`) and at the other width (`-phone` or `-laptop`, light and dark), so every screen a
    /// test reaches is on file at 1280 and 390 pixels in both schemes. The page itself is left as
    /// it was.
    pub async fn screenshot(&self, name: &str) {
        self.assert_no_csp_violation(name).await;
        self.capture(name).await;
        let other = if self.size.0 == PHONE.0 { ("laptop", LAPTOP, false) } else { ("phone", PHONE, true) };
        self.scheme(true).await;
        self.capture(&format!("{name}-dark")).await;
        let metrics = json!({ "width": other.1 .0, "height": other.1 .1, "deviceScaleFactor": 1, "mobile": other.2 });
        if self.client.issue_cmd(Cdp { cmd: "Emulation.setDeviceMetricsOverride", params: metrics }).await.is_ok() {
            self.capture(&format!("{name}-{}-dark", other.0)).await;
            self.scheme(false).await;
            self.capture(&format!("{name}-{}", other.0)).await;
            let _ = self.client.issue_cmd(Cdp { cmd: "Emulation.clearDeviceMetricsOverride", params: json!({}) }).await;
        } else {
            self.scheme(false).await;
        }
    }

    /// The Content-Security-Policy messages in the console since the last look ("Refused to …
    /// because it violates the following Content Security Policy directive …", framing refused).
    /// Reading the log empties it, so each message is seen once.
    pub async fn csp_reports(&self) -> Vec<String> {
        let entries = self.client.issue_cmd(BrowserLog).await.expect("read the browser's console log");
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["message"].as_str())
            .filter(|m| m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
            .map(str::to_owned)
            .collect()
    }

    /// Fails the test if the page reported a Content-Security-Policy violation: every test serves
    /// the app with the policy it is hosted with (`static_server::serve`), and checks at each
    /// screenshot and at the end.
    pub async fn assert_no_csp_violation(&self, at: &str) {
        let reports = self.csp_reports().await;
        assert!(reports.is_empty(), "Content-Security-Policy violations before {at}:\n{}", reports.join("\n"));
    }

    /// Emulates the dark colour scheme or the light one (`Emulation.setEmulatedMedia`).
    async fn scheme(&self, dark: bool) {
        let value = if dark { "dark" } else { "light" };
        let cmd = Cdp {
            cmd: "Emulation.setEmulatedMedia",
            params: json!({ "features": [{ "name": "prefers-color-scheme", "value": value }] }),
        };
        let _ = self.client.issue_cmd(cmd).await;
    }

    /// Runs axe-core (`tests/a11y`, pinned) on the page as it is now: WCAG 2.0/2.1/2.2 A and AA
    /// and best practice. A violation fails the test, naming the screen, the rule and the elements
    /// (`TEKTITE_AXE_REPORT_ONLY=1` prints them instead, to see every screen's at once).
    pub async fn check_accessibility(&self, screen: &str) {
        let injected = self.execute("return typeof window.axe === 'object'").await;
        if injected != serde_json::Value::Bool(true) {
            self.client.execute(&axe_source(), vec![]).await.expect("axe-core injected");
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                resultTypes: ['violations'],
            }).then(
                (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').split(String.fromCharCode(10)).slice(1, 2).join('')) }))),
                (e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]),
            );
        "#;
        let found = self.client.execute_async(script, vec![]).await.expect("axe ran");
        let violations = found.as_array().cloned().unwrap_or_default();
        AXE_SCREENS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if violations.is_empty() {
            return;
        }
        let said: Vec<String> = violations
            .iter()
            .map(|v| format!("{} ({}): {} — {}", v["id"], v["impact"], v["help"], v["nodes"]))
            .collect();
        let report = format!("axe on {screen}:\n  {}", said.join("\n  "));
        if std::env::var_os("TEKTITE_AXE_REPORT_ONLY").is_some() {
            eprintln!("{report}");
        } else {
            panic!("{report}");
        }
    }

    /// One `browser-<name>.png`: the whole page from its top at the current width, through
    /// chromedriver's DevTools endpoint (`Page.captureScreenshot` beyond the viewport), and the
    /// page checked by axe-core as it looks there.
    async fn capture(&self, name: &str) {
        // After a change of theme or width, the page's colour transitions end first: axe must see
        // the page as a person does, not half-way between two schemes.
        let settled = "return !document.getAnimations().some((a) => a instanceof CSSTransition && a.transitionProperty !== 'width' && a.playState === 'running')";
        let deadline = Instant::now() + Duration::from_secs(3);
        while self.execute(settled).await != serde_json::Value::Bool(true) && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = self.client.execute("window.scrollTo(0, 0)", vec![]).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let shot =
            Cdp { cmd: "Page.captureScreenshot", params: json!({ "format": "png", "captureBeyondViewport": true }) };
        let png = match self.client.issue_cmd(shot).await {
            Ok(answer) => answer["data"]
                .as_str()
                .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
                .ok_or_else(|| format!("unexpected answer {answer}")),
            Err(e) => Err(e.to_string()),
        };
        // Fall back to the viewport when the DevTools endpoint is not there.
        let png = match png {
            Ok(png) => Ok(png),
            Err(e) => {
                eprintln!("full-page screenshot {name} failed ({e}); taking the viewport");
                self.client.screenshot().await.map_err(|e| e.to_string())
            }
        };
        match png {
            Ok(png) => {
                let path = artifacts().join(format!("browser-{name}.png"));
                std::fs::write(&path, png).unwrap();
                eprintln!("screenshot {}", path.display());
            }
            Err(e) => eprintln!("screenshot {name} failed: {e}"),
        }
        self.check_accessibility(name).await;
    }

    /// Ends the session (Chromium quits) and stops chromedriver.
    pub async fn close(self) {
        self.assert_no_csp_violation("the end of the test").await;
        self.close_without_checks().await;
    }

    /// Ends the session without the last look at the console (a test that provoked a violation).
    pub async fn close_without_checks(mut self) {
        if self.client.clone().close().await.is_ok() {
            self.session = None;
        }
        // Drop stops chromedriver.
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // After a panic the async `close` never ran: end the session with a plain HTTP request, so
        // Chromium does not outlive chromedriver.
        if let Some(session) = self.session.take() {
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.driver_port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
                let _ = write!(
                    s,
                    "DELETE /session/{session} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    self.driver_port
                );
                let mut sink = Vec::new();
                let _ = s.read_to_end(&mut sink);
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
