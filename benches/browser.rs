//! The browser benchmark: `scripts/bench-browser.sh` (builds the release web app, then runs
//! `cargo bench --bench browser` against it).
//!
//! The real web app in headless Chromium moves a seeded account's blobs in repair mode, typed in
//! like a person, against the TLS/HTTP/2 lab:
//!
//! - **over a shaped link** (`tests/support/link.rs`, Chromium's `--proxy-server`): the WAN
//!   profiles of `benches/wan.rs` (`a` 100 Mbit/s, 80 ms, 400 × 300 KiB + 4 × 30 MiB; `b`
//!   20 Mbit/s, 120 ms, 200 × 300 KiB); ratio = limit (bytes / link rate) ÷ transfer time;
//! - **on loopback**: the seed's three browser cases (100 × 1 MB, 10 × 50 MB, 1 × 500 MB), whose
//!   published times (45 s, 120 s, 240 s) are printed beside ours.
//!
//! Each run starts a fresh Chromium profile and an emptied target account, and is verified (the
//! new PDS misses nothing afterwards). Times: the engine's transfer (first blob to last, from the
//! report) and the page's (the Start click to the report). wasm linear memory is read before the
//! start, every half second during the run, and at the end: flat means it does not grow with the
//! blobs' sizes. `TEKTITE_BROWSER_CASES=a,b,seed-1m,seed-50m,seed-500m` picks cases,
//! `TEKTITE_BENCH_RUNS=N` the runs per row (default 1), `TEKTITE_WEB_DIST` the build to measure.
//! Figures, not assertions.

#[path = "../tests/browser/browser.rs"]
mod browser;
#[path = "../tests/support/lab.rs"]
mod lab;
#[path = "../tests/support/link.rs"]
mod link;
// The browser tests' helpers; this benchmark uses some of them.
#[allow(dead_code)]
#[path = "../tests/browser/page.rs"]
mod page;
#[path = "../tests/support/pds.rs"]
mod pds;
#[path = "../tests/support/server_page.rs"]
mod server_page;
#[path = "../tests/browser/static_server.rs"]
mod static_server;

use std::time::{Duration, Instant};

use browser::{Browser, Phone};
use lab::{Lab, LabOptions, SeededAccount};
use link::{Profile, ShapedLink};
use page::{fill_form, open_repair, plan, wait_done, Accounts};

struct Case {
    key: &'static str,
    label: &'static str,
    spec: &'static str,
    /// `(Mbit/s, round trip ms)` of the shaped link, or loopback.
    link: Option<(u64, u64)>,
    /// The seed's published browser time for this case, in seconds.
    seed_seconds: Option<f64>,
}

const CASES: [Case; 5] = [
    Case {
        key: "a",
        label: "WAN a: 100 Mbit/s, 80 ms, 400 × 300 KiB + 4 × 30 MiB",
        spec: "400x300k,4x30m",
        link: Some((100, 80)),
        seed_seconds: None,
    },
    Case {
        key: "b",
        label: "WAN b: 20 Mbit/s, 120 ms, 200 × 300 KiB",
        spec: "200x300k",
        link: Some((20, 120)),
        seed_seconds: None,
    },
    Case { key: "seed-1m", label: "100 × 1 MB (loopback)", spec: "100x1000k", link: None, seed_seconds: Some(45.0) },
    Case { key: "seed-50m", label: "10 × 50 MB (loopback)", spec: "10x50000k", link: None, seed_seconds: Some(120.0) },
    Case {
        key: "seed-500m", label: "1 × 500 MB (loopback)", spec: "1x500000k", link: None, seed_seconds: Some(240.0)
    },
];

/// One run through the page.
struct Run {
    transfer: f64,
    /// The most blobs in flight at once.
    peak: usize,
    page: f64,
    memory_before: u64,
    memory_peak: u64,
    memory_after: u64,
}

fn main() {
    let wanted: Vec<String> = std::env::var("TEKTITE_BROWSER_CASES")
        .unwrap_or_else(|_| "a,b,seed-1m,seed-50m,seed-500m".into())
        .split(',')
        .map(str::to_owned)
        .collect();
    let runs: usize = std::env::var("TEKTITE_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let lab = Lab::start_with(LabOptions { tls: true, ..Default::default() });
    let site = static_server::serve(static_server::web_dist());
    println!("| case | strategy | blobs at once (most) | transfer s (median, spread) | ratio | page s | MB/s | wasm memory MiB: before → peak → after | the seed's time |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for case in CASES.iter().filter(|c| wanted.iter().any(|w| w == c.key)) {
        eprintln!("browser bench: seeding {}", case.label);
        let account = lab.seed(case.key, case.spec);
        let bytes: u64 = account.blobs.iter().map(|b| b.size).sum();
        let shaped = case
            .link
            .map(|(mbit, rtt)| (ShapedLink::start(Profile::symmetric(mbit, rtt), link::lab_on_loopback), mbit));
        let mut args = lab.chromium_args();
        if let Some((link, _)) = &shaped {
            // The page itself (127.0.0.1) is never proxied by Chromium; the lab's servers are.
            args.push(format!("--proxy-server={}", link.proxy_url()));
        }
        for strategy in ["streaming", "storage"] {
            let mut got = Vec::new();
            for run in 0..runs {
                eprintln!("browser bench: {} {strategy}, run {}/{runs}", case.key, run + 1);
                lab.reset_target(&account);
                let r = runtime.block_on(through_the_page(&site, &lab, &account, strategy, args.clone()));
                let missing = runtime.block_on(pds::missing_on_target(lab.api(lab::Side::New), &account));
                assert!(missing.is_empty(), "{strategy} left {} blobs missing", missing.len());
                got.push(r);
            }
            let limit = shaped.as_ref().map(|(_, mbit)| bytes as f64 / (*mbit as f64 * 1e6 / 8.0));
            print_row(case, strategy, bytes, limit, &got);
        }
    }
}

/// A fresh Chromium: the repair form filled, planned, started; the report waited for.
async fn through_the_page(
    site: &static_server::Site,
    lab: &Lab,
    account: &SeededAccount,
    strategy: &str,
    args: Vec<String>,
) -> Run {
    let b = Browser::start_with(site, Phone::No, args).await;
    open_repair(&b).await;
    fill_form(&b, &Accounts::lab(account, lab), strategy, None).await;
    plan(&b, strategy, None).await;
    let memory_before = wasm_memory(&b).await;
    let started = Instant::now();
    b.click_testid("start-button").await;
    let mut memory_peak = memory_before;
    // Polls the report (not waiting on it) so that memory is sampled during the run.
    loop {
        memory_peak = memory_peak.max(wasm_memory(&b).await);
        let done = b.execute("return document.querySelector('[data-testid=done]') !== null").await;
        if done.as_bool() == Some(true) {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(900), "no report within 15 minutes");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let page = started.elapsed().as_secs_f64();
    wait_done(&b, Duration::from_secs(5)).await;
    let done = b.wait_testid("done", Duration::from_secs(5)).await;
    let transfer: f64 = done.attr("data-transfer-seconds").await.unwrap().and_then(|v| v.parse().ok()).unwrap();
    let peak: usize = done.attr("data-peak-concurrency").await.unwrap().and_then(|v| v.parse().ok()).unwrap();
    let memory_after = wasm_memory(&b).await;
    b.close().await;
    Run { transfer, page, peak, memory_before, memory_peak: memory_peak.max(memory_after), memory_after }
}

async fn wasm_memory(b: &Browser) -> u64 {
    b.execute("return window.tektiteWasmMemory()").await.as_f64().expect("the page's memory gauge") as u64
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn print_row(case: &Case, strategy: &str, bytes: u64, limit: Option<f64>, runs: &[Run]) {
    let transfer = median(runs.iter().map(|r| r.transfer).collect());
    let lo = runs.iter().map(|r| r.transfer).fold(f64::INFINITY, f64::min);
    let hi = runs.iter().map(|r| r.transfer).fold(0.0, f64::max);
    let page = median(runs.iter().map(|r| r.page).collect());
    let mib = |b: u64| b as f64 / (1u64 << 20) as f64;
    let before = runs.iter().map(|r| r.memory_before).min().unwrap();
    let highest = runs.iter().map(|r| r.memory_peak).max().unwrap();
    let after = runs.iter().map(|r| r.memory_after).max().unwrap();
    let ratio = limit.map_or("—".to_owned(), |l| format!("{:.2}", l / transfer));
    let seed = case.seed_seconds.map_or("—".to_owned(), |s| format!("{s:.0} s"));
    println!(
        "| {} ({:.1} MB) | {strategy} | {} | {transfer:.1} ({lo:.1}–{hi:.1}) | {ratio} | {page:.1} | {:.1} | {:.1} → {:.1} → {:.1} | {seed} |",
        case.label,
        bytes as f64 / 1e6,
        runs.iter().map(|r| r.peak).max().unwrap(),
        bytes as f64 / 1e6 / transfer,
        mib(before),
        mib(highest),
        mib(after)
    );
}
