//! The blob benchmark: `cargo bench --bench blobs`.
//!
//! Starts the lab (PLC + two reference PDSes on loopback), seeds 100 × 1 MiB, 10 × 50 MiB and
//! 1 × 500 MiB, and moves each set with both strategies at concurrency 1 and at the CLI's default,
//! through the real release `tektite-cli` (a separate process, whose own peak RSS it reports).
//! Alongside it measures the **limit** at the same concurrency: the old PDS serving `getBlob`
//! alone into a sink, and the new PDS accepting `uploadBlob` alone (the same blobs, sent from memory
//! into the emptied account, so the PDS also makes them permanent, as in a migration); a pipelined
//! migration cannot beat the slower of the two.
//!
//! The lab's speed swings ±40 % from one minute to the next on a shared machine, so every row is
//! measured several times, the rows of one case interleaved run by run (migrations and limits see
//! the same conditions), and the table shows the median with the spread. Before each timed run the
//! page cache is written back (`sync`), so no run pays for the previous one's disk writes. The CPU
//! columns (seconds of CPU each process used during the row, median) show where the work goes: on a
//! small machine the two PDSes and the migrator share the cores, which a limit measured alone does
//! not. Figures, not assertions.
//!
//! `TEKTITE_BENCH_CASES=small,medium,large` picks cases (default: all three);
//! `TEKTITE_BENCH_RUNS=N` the runs per row (default 3); `TEKTITE_BENCH_BASELINE=path` adds rows for
//! another `tektite-cli` (an earlier build, copied aside), interleaved run by run with this one's,
//! for an A/B comparison on the same machine minute.

#[path = "support/cli.rs"]
mod cli;
#[path = "../tests/support/lab.rs"]
mod lab;
#[path = "../tests/support/pds.rs"]
mod pds;

use std::process::Command;
use std::time::{Duration, Instant};

use bytes::Bytes;
use cli::Build;
use futures::StreamExt;
use lab::{Lab, SeededAccount};
use pds::login;

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

/// What one row measures.
#[derive(Clone, Copy, PartialEq)]
enum What {
    Migration(&'static str, Build),
    Download,
    Upload,
}

impl What {
    fn label(self) -> String {
        match self {
            What::Migration(strategy, build) => format!("{strategy}{}", build.suffix()),
            What::Download => "limit: getBlob alone".into(),
            What::Upload => "limit: uploadBlob alone".into(),
        }
    }
}

/// One timed run of a row.
struct Sample {
    seconds: f64,
    peak_rss: Option<u64>,
    cpu: Cpu,
}

/// CPU seconds used during a run by the old PDS, the new PDS and the client (the CLI for a
/// migration, this process for a limit).
#[derive(Clone, Copy, Default)]
struct Cpu {
    old: f64,
    new: f64,
    client: f64,
}

struct Row {
    case: &'static str,
    what: What,
    concurrency: usize,
    bytes: u64,
    samples: Vec<Sample>,
}

impl Row {
    fn median_seconds(&self) -> f64 {
        median(self.samples.iter().map(|s| s.seconds).collect())
    }
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is a filter we do not use.
    let wanted: Vec<String> = std::env::var("TEKTITE_BENCH_CASES")
        .unwrap_or_else(|_| "small,medium,large".into())
        .split(',')
        .map(str::to_owned)
        .collect();
    let runs: usize = std::env::var("TEKTITE_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let lab = Lab::start(Some(1 << 30));
    let clock = Clock::new(&lab);
    let mut table = Vec::new();
    for case in CASES.iter().filter(|c| wanted.iter().any(|w| w == c.key)) {
        eprintln!("bench: seeding {}", case.label);
        let account = lab.seed(case.key, case.spec);
        let total: u64 = account.blobs.iter().map(|b| b.size).sum();
        let bodies = runtime.block_on(download_to_memory(&lab, &account));
        for concurrency in [Some(1usize), None] {
            // The CLI resolves "default" itself; its first summary says to what, and the limits
            // then use the same number.
            let mut n = concurrency;
            let mut rows: Vec<Row> = Vec::new();
            for run in 0..runs {
                let builds = Build::in_run(run);
                let migrations = ["streaming", "storage"]
                    .into_iter()
                    .flat_map(|strategy| builds.iter().map(move |&build| What::Migration(strategy, build)));
                for what in migrations.chain([What::Download, What::Upload]) {
                    eprintln!("bench: {} {} concurrency {n:?}, run {}/{runs}", case.label, what.label(), run + 1);
                    let sample = match what {
                        What::Migration(strategy, build) => {
                            lab.reset_target(&account);
                            let (sample, resolved) =
                                clock.time(|| migrate(build, &lab, &account, strategy, concurrency));
                            n.get_or_insert(resolved);
                            sample
                        }
                        What::Download => {
                            let n = n.expect("a migration ran first");
                            let seconds = || runtime.block_on(download_to_sink(&lab, &account, n));
                            clock.time(|| (Timed { seconds: seconds(), peak_rss: None }, ())).0
                        }
                        What::Upload => {
                            let n = n.expect("a migration ran first");
                            lab.reset_target(&account);
                            let bodies = bodies.clone();
                            let seconds = || runtime.block_on(upload_alone(&lab, &account, bodies, n));
                            clock.time(|| (Timed { seconds: seconds(), peak_rss: None }, ())).0
                        }
                    };
                    match rows.iter_mut().find(|r| r.what == what) {
                        Some(row) => row.samples.push(sample),
                        None => rows.push(Row {
                            case: case.label,
                            what,
                            concurrency: n.unwrap(),
                            bytes: total,
                            samples: vec![sample],
                        }),
                    }
                }
            }
            // Limits first in the table, as the ratio refers to them.
            rows.sort_by_key(|r| matches!(r.what, What::Migration(..)));
            table.push(rows);
        }
    }
    print_table(&table);
}

/// A timed run's outcome: seconds, and for a migration the CLI's summary fields we report.
struct Timed {
    seconds: f64,
    peak_rss: Option<u64>,
}

/// Times runs the same way for every row: page cache written back first, CPU counters read around.
struct Clock {
    old_pid: u64,
    new_pid: u64,
    ticks_per_second: f64,
}

impl Clock {
    fn new(lab: &Lab) -> Clock {
        let pid = |side: &str| lab.info()[side]["pid"].as_u64().expect("lab.json names the PDS processes");
        let ticks = Command::new("getconf").arg("CLK_TCK").output().ok();
        let ticks_per_second =
            ticks.and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok()).unwrap_or(100.0);
        Clock { old_pid: pid("old"), new_pid: pid("new"), ticks_per_second }
    }

    /// Runs `f` (which returns its own timing of the transfer and a value to pass on) between two
    /// readings of the CPU counters.
    fn time<T>(&self, f: impl FnOnce() -> (Timed, T)) -> (Sample, T) {
        let _ = Command::new("sync").status();
        std::thread::sleep(Duration::from_millis(500));
        let before = self.cpu();
        let (timed, value) = f();
        let after = self.cpu();
        let cpu =
            Cpu { old: after.old - before.old, new: after.new - before.new, client: after.client - before.client };
        (Sample { seconds: timed.seconds, peak_rss: timed.peak_rss, cpu }, value)
    }

    /// CPU seconds so far: the two PDS processes, and this process plus its waited-for children
    /// (the CLI of a migration is waited for before the second reading).
    fn cpu(&self) -> Cpu {
        let fields = |pid: &str| -> Vec<f64> {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // Fields after the command name, which is in parentheses and may contain spaces.
            let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
            rest.split_whitespace().map(|f| f.parse::<f64>().unwrap_or(0.0) / self.ticks_per_second).collect()
        };
        // utime, stime, cutime, cstime are fields 14–17 of stat, i.e. 11–14 after the name.
        let busy = |f: &[f64], children: bool| -> f64 {
            let own = f.get(11).unwrap_or(&0.0) + f.get(12).unwrap_or(&0.0);
            own + if children { f.get(13).unwrap_or(&0.0) + f.get(14).unwrap_or(&0.0) } else { 0.0 }
        };
        Cpu {
            old: busy(&fields(&self.old_pid.to_string()), false),
            new: busy(&fields(&self.new_pid.to_string()), false),
            client: busy(&fields("self"), true),
        }
    }
}

fn mbps(bytes: u64, seconds: f64) -> f64 {
    bytes as f64 / MIB / seconds
}

/// Runs the release CLI; returns its transfer time and peak RSS, and the concurrency it used.
fn migrate(
    build: Build,
    lab: &Lab,
    account: &SeededAccount,
    strategy: &str,
    concurrency: Option<usize>,
) -> (Timed, usize) {
    let dirs = tempfile::tempdir().unwrap();
    let summary = cli::summary(cli::blobs(build, lab, account, strategy, concurrency, &dirs));
    assert_eq!(summary["blobs_missing_after"], 0, "the benchmark migration did not finish: {summary}");
    assert_eq!(summary["bytes"].as_u64(), Some(account.blobs.iter().map(|b| b.size).sum::<u64>()));
    let timed = Timed {
        seconds: summary["transfer_seconds"].as_f64().expect("summary: transfer_seconds"),
        peak_rss: summary["peak_rss_bytes"].as_u64(),
    };
    (timed, summary["concurrency"].as_u64().expect("summary: concurrency") as usize)
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

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

fn print_table(table: &[Vec<Row>]) {
    println!(
        "| case | what | concurrency | seconds (median) | runs: min–max s | MiB/s | ratio to limit | peak RSS | CPU s old PDS / new PDS / client |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for rows in table {
        let side = |w: What| rows.iter().find(|r| r.what == w).map(|r| mbps(r.bytes, r.median_seconds()));
        let limit = side(What::Download).zip(side(What::Upload)).map(|(d, u)| d.min(u));
        for r in rows {
            let seconds = r.median_seconds();
            let speed = mbps(r.bytes, seconds);
            let ratio = match (r.what, limit) {
                (What::Migration(..), Some(l)) => format!("{:.2}", speed / l),
                _ => "—".into(),
            };
            let (lo, hi) =
                r.samples.iter().fold((f64::MAX, 0f64), |(lo, hi), s| (lo.min(s.seconds), hi.max(s.seconds)));
            let rss = r.samples.iter().filter_map(|s| s.peak_rss).max();
            let rss = rss.map(|b| format!("{:.1} MiB", b as f64 / MIB)).unwrap_or_else(|| "—".into());
            let cpu = |f: fn(&Cpu) -> f64| median(r.samples.iter().map(|s| f(&s.cpu)).collect());
            println!(
                "| {} | {} | {} | {:.2} | {:.2}–{:.2} | {:.1} | {} | {} | {:.2} / {:.2} / {:.2} |",
                r.case,
                r.what.label(),
                r.concurrency,
                seconds,
                lo,
                hi,
                speed,
                ratio,
                rss,
                cpu(|c| c.old),
                cpu(|c| c.new),
                cpu(|c| c.client),
            );
        }
    }
}
