//! The web app as it is hosted (`scripts/serve-hosted.sh`, the Caddyfile `scripts/hosting.py`
//! writes): the headers a browser gets, and a page of another origin that frames the app sees it
//! refused. Every other browser test runs under the same server, and fails on any
//! Content-Security-Policy violation in the console (`Browser::assert_no_csp_violation`).

use std::time::{Duration, Instant};

use crate::browser::{Browser, Phone};
use crate::{static_server, SERIAL};

/// The response headers of the page and of the hashed wasm, as a browser gets them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_is_served_with_its_security_headers() {
    let dist = static_server::web_dist();
    let site = static_server::serve(dist.clone());
    let client = reqwest::Client::new();
    let page = client.get(site.url()).send().await.unwrap();
    assert!(page.status().is_success());
    let header = |name: &str| page.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let csp = header("content-security-policy");
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "connect-src 'self' https:",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "the policy lacks {directive:?}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{csp}");
    assert_eq!(header("referrer-policy"), "no-referrer");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("x-frame-options"), "DENY");
    assert!(header("permissions-policy").contains("camera=()"), "{}", header("permissions-policy"));
    assert_eq!(header("cache-control"), "no-cache", "the page is revalidated on every visit");
    let body = page.text().await.unwrap();
    // For hosts that cannot set headers: the same policy in the page (frame-ancestors cannot be).
    assert!(
        body.contains(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'"#),
        "no <meta> policy"
    );
    assert!(!body.contains("<script>") && !body.contains("style="), "inline script or style in index.html");

    let wasm = std::fs::read_dir(&dist)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("tektite_bg-") && n.ends_with(".wasm"))
        .expect("a hashed wasm file name");
    let resp = client.get(format!("{}{wasm}", site.url())).send().await.unwrap();
    assert!(resp.status().is_success());
    let cache = resp.headers().get("cache-control").unwrap().to_str().unwrap().to_owned();
    assert_eq!(cache, "public, max-age=31536000, immutable", "a hashed name is cached for good");
    assert_eq!(resp.headers().get("content-type").unwrap(), "application/wasm");
}

/// A page of another origin puts the app in an `<iframe>`: served as hosted, the browser refuses to
/// render it (`frame-ancestors 'none'`). The control: the same build from a server without the
/// headers renders in the same frame, so the check can tell the two apart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_site_cannot_frame_the_app() {
    let _serial = SERIAL.lock().await;
    let dist = static_server::web_dist();
    let hosted = static_server::serve(dist.clone());
    let bare = static_server::serve_without_headers(dist);
    // The framing page, on an origin of its own (another port).
    let outer_dir = tempfile::tempdir().unwrap();
    let frame = |url: &str| {
        format!("<!doctype html><title>another site</title><iframe src=\"{url}\" width=800 height=600></iframe>")
    };
    std::fs::write(outer_dir.path().join("hosted.html"), frame(&hosted.url())).unwrap();
    std::fs::write(outer_dir.path().join("bare.html"), frame(&bare.url())).unwrap();
    let outer = static_server::serve_without_headers(outer_dir.path().to_path_buf());

    let b = Browser::start(&hosted, Phone::No).await;
    let rendered = "return !!document.querySelector('#main .app')";

    b.goto(&format!("{}bare.html", outer.url())).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    while b.execute_in_frame(rendered).await != serde_json::Value::Bool(true) {
        assert!(Instant::now() < deadline, "the control: the app did not render in a frame without the headers");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(b.csp_reports().await.is_empty(), "the control page reported a policy violation");

    b.goto(&format!("{}hosted.html", outer.url())).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let refused = loop {
        let reports = b.csp_reports().await;
        if let Some(r) = reports.iter().find(|r| r.contains("frame-ancestors")) {
            break r.clone();
        }
        assert!(Instant::now() < deadline, "no refusal to frame reported; console: {reports:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(refused.contains(&hosted.url().trim_end_matches('/').to_string()), "{refused}");
    // Give a render that was not refused time to happen, then look into the frame.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_ne!(
        b.execute_in_frame(rendered).await,
        serde_json::Value::Bool(true),
        "the app rendered inside another site's frame"
    );
    b.close_without_checks().await;
}
