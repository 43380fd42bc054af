//! The blob benchmark: `cargo bench --bench blobs`.
//!
//! Starts the lab (PLC + two reference PDSes on loopback), seeds 100 × 1 MiB, 10 × 50 MiB and
//! 1 × 500 MiB, and moves each set with both strategies at concurrency 1 and at the CLI's default,
//! through the real release `tektite-cli` (a separate process, whose own peak RSS it reports).
//! In the same run it measures the **limit** at the same concurrency: the old PDS serving `getBlob`
//! alone into a sink, and the new PDS accepting `uploadBlob` alone (the same blobs, sent from memory
//! into the emptied account, so the PDS also makes them permanent, as in a migration); a pipelined
//! migration cannot beat the slower of the two. It prints one Markdown table. Figures, not assertions: the machine is
//! shared and the PDS's speed varies run to run, which is why the limit is measured alongside.
//!
//! `TEKTITE_BENCH_CASES=small,medium,large` picks cases (default: all three).

#[path = "../tests/support/lab.rs"]
mod lab;
#[path = "../tests/support/pds.rs"]
mod pds;

use std::process::{Command, Stdio};
use std::time::Instant;

use bytes::Bytes;
use futures::StreamExt;
use lab::{Lab, SeededAccount};
use pds::login;
use serde_json::Value;

const CLI: &str = env!("CARGO_BIN_EXE_tektite-cli");
const MIB: f64 = 1024.0 * 1024.0;

struct Case {
    key: &'static str,
    label: &'static str,
    spec: &'static str,
}

const CASES: [Case; 3] = [
    Case { key: "small", label: "100 × 1 MiB", spec: "100x1m" },
    Case { key: "medium", label: "10 × 50 MiB", spec: "10x50m" },
    Case { key: "large", label: "1 × 500 MiB", spec: "1x500m" },
];

struct Row {
    case: &'static str,
    what: String,
    concurrency: usize,
    seconds: f64,
    bytes: u64,
    limit_mbps: Option<f64>,
    peak_rss: Option<u64>,
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is a filter we do not use.
    let wanted: Vec<String> = std::env::var("TEKTITE_BENCH_CASES")
        .unwrap_or_else(|_| "small,medium,large".into())
        .split(',')
        .map(str::to_owned)
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let lab = Lab::start(Some(1 << 30));
    let mut rows = Vec::new();
    for case in CASES.iter().filter(|c| wanted.iter().any(|w| w == c.key)) {
        eprintln!("bench: seeding {}", case.label);
        let account = lab.seed(case.key, case.spec);
        let total: u64 = account.blobs.iter().map(|b| b.size).sum();
        let mut first_run = true;
        let mut bodies: Option<Vec<Bytes>> = None;
        for concurrency in [Some(1usize), None] {
            // Migrations first: their rows say which concurrency "default" resolved to.
            let mut migrations = Vec::new();
            for strategy in ["streaming", "storage"] {
                if !first_run {
                    lab.reset_target(&account);
                }
                first_run = false;
                eprintln!("bench: {} {strategy} concurrency {concurrency:?}", case.label);
                let summary = migrate(&lab, &account, strategy, concurrency);
                assert_eq!(summary["blobs_missing_after"], 0, "the benchmark migration did not finish: {summary}");
                assert_eq!(summary["bytes"].as_u64(), Some(total));
                migrations.push(Row {
                    case: case.label,
                    what: strategy.to_owned(),
                    concurrency: summary["concurrency"].as_u64().unwrap() as usize,
                    seconds: summary["transfer_seconds"].as_f64().unwrap(),
                    bytes: total,
                    limit_mbps: None,
                    peak_rss: summary["peak_rss_bytes"].as_u64(),
                });
            }
            let n = migrations[0].concurrency;
            eprintln!("bench: {} limits at concurrency {n}", case.label);
            let down = runtime.block_on(download_to_sink(&lab, &account, n));
            // The same blobs, into the same freshly emptied account: the new PDS does exactly the
            // work of a migration (each blob is referenced by a record, so it is made permanent).
            let bodies = bodies.get_or_insert_with(|| runtime.block_on(download_to_memory(&lab, &account)));
            lab.reset_target(&account);
            let up = runtime.block_on(upload_alone(&lab, &account, bodies.clone(), n));
            let limit = mbps(total, down).min(mbps(total, up));
            for row in [("limit: getBlob alone", down), ("limit: uploadBlob alone", up)] {
                rows.push(Row {
                    case: case.label,
                    what: row.0.into(),
                    concurrency: n,
                    seconds: row.1,
                    bytes: total,
                    limit_mbps: Some(limit),
                    peak_rss: None,
                });
            }
            for mut m in migrations {
                m.limit_mbps = Some(limit);
                rows.push(m);
            }
        }
    }
    print_table(&rows);
}

fn mbps(bytes: u64, seconds: f64) -> f64 {
    bytes as f64 / MIB / seconds
}

/// Runs the release CLI and returns its JSON summary.
fn migrate(lab: &Lab, account: &SeededAccount, strategy: &str, concurrency: Option<usize>) -> Value {
    let dirs = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(CLI);
    cmd.args(["blobs", "--from", lab.old_url(), "--from-id", &account.old_handle])
        .args(["--to", lab.new_url(), "--to-id", &account.new_handle, "--strategy", strategy, "--json"])
        .arg("--cache-dir")
        .arg(dirs.path().join("cache"))
        .arg("--state-dir")
        .arg(dirs.path().join("state"))
        .env("TEKTITE_FROM_PASSWORD", &account.password)
        .env("TEKTITE_TO_PASSWORD", &account.password)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    if let Some(n) = concurrency {
        cmd.args(["--concurrency", &n.to_string()]);
    }
    let out = cmd.output().expect("tektite-cli runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    let summary: Value = serde_json::from_str(last).unwrap_or_else(|e| panic!("no JSON summary ({e}): {last}"));
    assert_eq!(out.status.code(), Some(0), "tektite-cli failed: {summary}");
    summary
}

/// Seconds for the old PDS to serve every blob into a sink, `n` at a time.
async fn download_to_sink(lab: &Lab, account: &SeededAccount, n: usize) -> f64 {
    let token = login(lab.old_url(), &account.did, &account.password).await;
    let client = reqwest::Client::new();
    let started = Instant::now();
    let total: u64 = futures::stream::iter(&account.blobs)
        .map(|b| {
            let req = client
                .get(format!("{}/xrpc/com.atproto.sync.getBlob", lab.old_url()))
                .bearer_auth(&token)
                .query(&[("did", account.did.as_str()), ("cid", b.cid.as_str())]);
            async move {
                let mut body = req.send().await.unwrap().error_for_status().unwrap().bytes_stream();
                let mut n = 0u64;
                while let Some(chunk) = body.next().await {
                    n += chunk.unwrap().len() as u64;
                }
                n
            }
        })
        .buffer_unordered(n)
        .fold(0, |acc, n| async move { acc + n })
        .await;
    assert_eq!(total, account.blobs.iter().map(|b| b.size).sum::<u64>());
    started.elapsed().as_secs_f64()
}

/// The account's blobs, held in this (benchmark) process's memory for the upload limit.
async fn download_to_memory(lab: &Lab, account: &SeededAccount) -> Vec<Bytes> {
    let token = login(lab.old_url(), &account.did, &account.password).await;
    let client = reqwest::Client::new();
    let mut bodies = Vec::new();
    for b in &account.blobs {
        let req = client
            .get(format!("{}/xrpc/com.atproto.sync.getBlob", lab.old_url()))
            .bearer_auth(&token)
            .query(&[("did", account.did.as_str()), ("cid", b.cid.as_str())]);
        bodies.push(req.send().await.unwrap().error_for_status().unwrap().bytes().await.unwrap());
    }
    bodies
}

/// Seconds for the new PDS to accept the account's blobs from memory, `n` at a time.
async fn upload_alone(lab: &Lab, account: &SeededAccount, bodies: Vec<Bytes>, n: usize) -> f64 {
    let token = login(lab.new_url(), &account.did, &account.password).await;
    let client = reqwest::Client::new();
    let started = Instant::now();
    futures::stream::iter(bodies)
        .map(|body| {
            let req = client
                .post(format!("{}/xrpc/com.atproto.repo.uploadBlob", lab.new_url()))
                .bearer_auth(&token)
                .header("content-type", "application/octet-stream")
                .body(body);
            async move {
                req.send().await.unwrap().error_for_status().unwrap();
            }
        })
        .buffer_unordered(n)
        .collect::<Vec<()>>()
        .await;
    started.elapsed().as_secs_f64()
}

fn print_table(rows: &[Row]) {
    println!("| case | what | concurrency | seconds | MiB/s | ratio to limit | peak RSS |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for r in rows {
        let speed = mbps(r.bytes, r.seconds);
        let ratio = match (r.limit_mbps, r.what.starts_with("limit")) {
            (Some(l), false) => format!("{:.2}", speed / l),
            _ => "—".into(),
        };
        let rss = r.peak_rss.map(|b| format!("{:.1} MiB", b as f64 / MIB)).unwrap_or_else(|| "—".into());
        println!(
            "| {} | {} | {} | {:.2} | {:.1} | {} | {} |",
            r.case, r.what, r.concurrency, r.seconds, speed, ratio, rss
        );
    }
}
