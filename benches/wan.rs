//! The WAN benchmark: `cargo bench --bench wan`.
//!
//! The lab's account is moved over a shaped link, two ways (`TEKTITE_WAN_PATHS`):
//! - `relay`: the lab behind TLS and HTTP/2, reached through a user-space `CONNECT` proxy with a
//!   delay and a rate per direction (`tests/support/link.rs`, a virtual clock: its own timing
//!   costs no capacity). Good for comparing clients blob by blob; kind to TCP, which ends on
//!   loopback.
//! - `kernel-h1`, `kernel-h2`: the kernel's own TCP end to end (`tests/support/kernel_link.rs`:
//!   two network namespaces, HTB, an NFQUEUE delay stage; needs root), to the PDSes' own ports over
//!   plain HTTP/1.1, or over TLS + HTTP/2 through the lab's nginx front. A probe row measures the
//!   link alone (round trip, one bulk stream each way); each row reports how late the delay stage
//!   released packets, the machine's CPU use, and the share of the upload wire that carried blob
//!   bytes (headers and the downloads' ACKs take the rest): the ceiling of the ratio.
//!
//! Each profile's account is moved by the real release `tektite-cli` (`blobs`, both strategies, at
//! the default concurrency and pinned ones) and by a plain reference client (getBlob piped into
//! uploadBlob, no hashing) at the same concurrencies. Every run is verified (the new PDS misses
//! nothing afterwards) and starts from an emptied target account.
//!
//! The **limit** is the bytes over the link's rate: no client can beat it. The ratio is limit ÷
//! time (1.0 = the link is full the whole time), time being the transfer (first blob to last);
//! the whole run (process start to exit: sign-ins, listings, plan, the new PDS's verdict; for the
//! reference, its two sign-ins) is shown beside it, and where the link's upload direction stood
//! idle (sampled every 100 ms): before it first ran full, in between, after it last ran full. The
//! CPU the link itself used is reported per row (the relay: this process, which runs nothing else
//! during a CLI row; the kernel link: its releaser threads).
//!
//! Profiles (from issue 13): `a` 100 Mbit/s each way, 80 ms round trip, 400 × 300 KiB + 4 × 30 MiB;
//! `b` 20 Mbit/s, 120 ms, 200 × 300 KiB. `TEKTITE_WAN_PROFILES=a,b` picks profiles,
//! `TEKTITE_WAN_PATHS=relay,kernel-h1,kernel-h2` the paths, `TEKTITE_BENCH_RUNS=N` the runs per row
//! (default 3), `TEKTITE_WAN_CONCURRENCY=default,1,16` the concurrencies (`default`: Tektite's
//! adaptive one, the reference's 4; a number: pinned), `TEKTITE_WAN_CLIENTS=streaming,storage,reference`
//! the clients, `TEKTITE_BENCH_BASELINE=path` adds rows for another `tektite-cli` (an earlier build,
//! copied aside) beside each Tektite client, interleaved with it, `TEKTITE_WAN_QUEUE` the kernel
//! link's queue behind its rate (a `tc` leaf qdisc, e.g. "pfifo limit 200"), `TEKTITE_WAN_TRACE=dir`
//! keeps each run's link samples and progress events (stamped; the reference's per blob in the CLI's
//! shape) there. Figures, not assertions.

#[path = "support/cli.rs"]
mod cli;
#[path = "../tests/support/kernel_link.rs"]
mod kernel_link;
#[path = "../tests/support/lab.rs"]
mod lab;
#[path = "../tests/support/link.rs"]
mod link;
#[path = "../tests/support/pds.rs"]
mod pds;

use std::time::Instant;

use cli::Build;
use futures::StreamExt;
use kernel_link::{KernelLink, Lateness};
use lab::{Lab, LabOptions, SeededAccount};
use link::{Profile, ShapedLink};
use serde_json::Value;

struct Case {
    key: &'static str,
    label: &'static str,
    mbit: u64,
    rtt_ms: u64,
    spec: &'static str,
}

const CASES: [Case; 2] = [
    Case {
        key: "a",
        label: "a: 100 Mbit/s, 80 ms, 400 × 300 KiB + 4 × 30 MiB",
        mbit: 100,
        rtt_ms: 80,
        spec: "400x300k,4x30m",
    },
    Case { key: "b", label: "b: 20 Mbit/s, 120 ms, 200 × 300 KiB", mbit: 20, rtt_ms: 120, spec: "200x300k" },
];

/// Who moves the blobs in a row.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Client {
    Tektite(&'static str, Build),
    Reference,
}

impl Client {
    /// The short name used in trace files: the strategy, or "reference".
    fn name(self) -> String {
        match self {
            Client::Tektite(strategy, Build::Current) => strategy.into(),
            Client::Tektite(strategy, Build::Baseline) => format!("{strategy}-baseline"),
            Client::Reference => "reference".into(),
        }
    }
}

struct Row {
    client: Client,
    /// `None`: the CLI's default (the resolved number is printed).
    pinned: Option<usize>,
    resolved: Option<usize>,
    seconds: Vec<f64>,
    /// The whole run: sign-ins, listings and plan included.
    whole: Vec<f64>,
    link_cpu: Vec<f64>,
    /// The share of the machine's CPU (all cores) in use over each whole run.
    machine_busy: Vec<f64>,
    /// Where the link's upload direction stood idle during each run.
    idle: Vec<link::Idle>,
    /// On the kernel link: how late its delay stage released packets, per run.
    late: Vec<Lateness>,
    /// On the kernel link: the blob bytes moved over the bytes its upload direction carried (the
    /// frames of the uploads with their headers, the downloads' ACKs, sign-ins and listings): the
    /// share of the rate that can carry blobs at all, per run.
    payload_share: Vec<f64>,
    /// Every run's blobs, pooled (see [`PerBlob`]).
    per_blob: PerBlob,
}

/// Per blob, in seconds, from a run's stamped events: the time from one blob's answer to the next
/// one's (one blob at a time: what each blob costs, the figure the target names), and from
/// a blob's download headers to its upload's answer. Medians of these resolve a millisecond, where
/// whole-run times of the same build differ by a second from run to run.
#[derive(Default)]
struct PerBlob {
    cycles: Vec<f64>,
    bodies: Vec<f64>,
}

impl PerBlob {
    fn add(&mut self, events: &[(f64, String)]) {
        let mut started = std::collections::HashMap::new();
        let mut finished = Vec::new();
        for (at, line) in events {
            let Ok(event) = serde_json::from_str::<Value>(line) else { continue };
            match event["event"].as_str() {
                Some("blob_started") => {
                    started.entry(event["cid"].as_str().unwrap_or_default().to_owned()).or_insert(*at);
                }
                Some("blob_finished") => {
                    let cid = event["outcome"]["cid"].as_str().unwrap_or_default();
                    if let Some(began) = started.get(cid) {
                        self.bodies.push(at - began);
                    }
                    finished.push(*at);
                }
                _ => {}
            }
        }
        self.cycles.extend(finished.windows(2).map(|w| w[1] - w[0]));
    }
}

/// Set (to a job file) in the benchmark's own child process that runs the reference client.
const REFERENCE_JOB: &str = "TEKTITE_WAN_REFERENCE_JOB";

fn main() {
    if let Some(job) = std::env::var_os(REFERENCE_JOB) {
        return reference_process(&job);
    }
    let wanted: Vec<String> =
        std::env::var("TEKTITE_WAN_PROFILES").unwrap_or_else(|_| "a,b".into()).split(',').map(str::to_owned).collect();
    let runs: usize = std::env::var("TEKTITE_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    // `None` is the default (adaptive for Tektite, 4 for the reference), `Some(n)` pinned at n.
    let concurrencies: Vec<Option<usize>> = std::env::var("TEKTITE_WAN_CONCURRENCY")
        .unwrap_or_else(|_| "default,1,16".into())
        .split(',')
        .filter_map(|v| match v.trim() {
            "default" => Some(None),
            n => n.parse().ok().map(Some),
        })
        .collect();
    // A Tektite client by its strategy, `None` for the reference; each run expands them with
    // the builds of that run (see `Build::in_run`).
    let clients: Vec<Option<&'static str>> = std::env::var("TEKTITE_WAN_CLIENTS")
        .unwrap_or_else(|_| "streaming,storage,reference".into())
        .split(',')
        .filter_map(|c| match c.trim() {
            "streaming" => Some(Some("streaming")),
            "storage" => Some(Some("storage")),
            "reference" => Some(None),
            _ => None,
        })
        .collect();
    // Where to keep each run's link samples and progress events, stamped (for a look at where time
    // went): `TEKTITE_WAN_TRACE=dir`.
    let trace = std::env::var_os("TEKTITE_WAN_TRACE").map(std::path::PathBuf::from);
    if let Some(dir) = &trace {
        std::fs::create_dir_all(dir).unwrap();
    }
    // Which paths the bytes take (`TEKTITE_WAN_PATHS`): the user-space relay, and the kernel link
    // with plain HTTP/1.1 or TLS + HTTP/2.
    let paths: Vec<String> = std::env::var("TEKTITE_WAN_PATHS")
        .unwrap_or_else(|_| "relay,kernel-h1,kernel-h2".into())
        .split(',')
        .map(|p| p.trim().to_owned())
        .collect();
    let kernel = if paths.iter().any(|p| p.starts_with("kernel")) {
        match kernel_link::unavailable() {
            None => Some(KernelLink::create()),
            Some(why) => {
                eprintln!("wan: no kernel link here: {why}; its rows are left out");
                None
            }
        }
    } else {
        None
    };
    // Everything from here on (the runtime's threads, the lab, the relay) lives in the kernel
    // link's server namespace, so that its loopback is the lab's.
    if let Some(k) = &kernel {
        k.enter_server();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let lab = Lab::start_with(LabOptions { tls: true, ..Default::default() });
    for case in CASES.iter().filter(|c| wanted.iter().any(|w| w == c.key)) {
        eprintln!("wan: seeding {}", case.label);
        let account = lab.seed(case.key, case.spec);
        let bytes: u64 = account.blobs.iter().map(|b| b.size).sum();
        let profile = Profile::symmetric(case.mbit, case.rtt_ms);
        let limit = bytes as f64 / profile.down_bytes_per_sec as f64;
        let relay = paths.iter().any(|p| p == "relay").then(|| ShapedLink::start(profile, link::lab_on_loopback));
        let mut ways: Vec<Way> = relay.iter().map(Way::Relay).collect();
        let mut kernel_probe = None;
        if let Some(k) = &kernel {
            k.shape(profile);
            let probe = probe(k, &runtime, bytes);
            eprintln!("wan: kernel link probe: {}", probe.describe(limit));
            kernel_probe = Some(probe);
            for (key, protocol) in [("kernel-h1", Protocol::Http1), ("kernel-h2", Protocol::Tls)] {
                if paths.iter().any(|p| p == key) {
                    ways.push(Way::Kernel(k, protocol));
                }
            }
        }
        for way in &ways {
            let alone = match way {
                Way::Relay(link) => {
                    let alone = runtime.block_on(link_alone(link, bytes));
                    eprintln!("wan: the link alone moved {:.1} MB each way in {alone:.1} s", bytes as f64 / 1e6);
                    Alone::Relay(alone)
                }
                Way::Kernel(..) => Alone::Kernel(kernel_probe.expect("probed")),
            };
            let rows = run_rows(
                &Setting { case, way, lab: &lab, account: &account, runs, trace: trace.as_deref() },
                &runtime,
                &clients,
                &concurrencies,
                profile,
            );
            print_case(case, way, bytes, limit, &rows, alone);
        }
    }
}

/// What one table's rows share.
struct Setting<'a> {
    case: &'a Case,
    way: &'a Way<'a>,
    lab: &'a Lab,
    account: &'a SeededAccount,
    runs: usize,
    trace: Option<&'a std::path::Path>,
}

/// Every row of one profile on one way, runs interleaved: each run goes through the clients and
/// concurrencies in turn, so all of them see the machine alike.
fn run_rows(
    s: &Setting,
    runtime: &tokio::runtime::Runtime,
    clients: &[Option<&'static str>],
    concurrencies: &[Option<usize>],
    profile: Profile,
) -> Vec<Row> {
    let (case, lab, account, runs) = (s.case, s.lab, s.account, s.runs);
    let mut rows: Vec<Row> = Vec::new();
    for run in 0..runs {
        let builds = Build::in_run(run);
        let run_clients: Vec<Client> = clients
            .iter()
            .flat_map(|c| match *c {
                Some(strategy) => builds.iter().map(|&build| Client::Tektite(strategy, build)).collect(),
                None => vec![Client::Reference],
            })
            .collect();
        for &n in concurrencies {
            for client in run_clients.iter().copied() {
                // The reference client has no default: it runs at the pinned numbers and at 4.
                let n_ref = n.or(Some(4));
                let pin = if client == Client::Reference { n_ref } else { n };
                eprintln!("wan: {} {} {client:?} concurrency {pin:?}, run {}/{runs}", case.key, s.way.key(), run + 1);
                lab.reset_target(account);
                let cpu_before = s.way.link_cpu();
                let machine_before = machine_cpu();
                let recording = s.way.record();
                let began = Instant::now();
                // Trace files: `<profile>-<way>-<client>-<concurrency>-<run>-{events,link}.tsv`.
                let trace_file = |kind: &str, lines: &mut dyn Iterator<Item = String>| {
                    if let Some(dir) = s.trace {
                        let name =
                            format!("{}-{}-{}-{}-{run}-{kind}.tsv", case.key, s.way.key(), client.name(), label(pin));
                        std::fs::write(dir.join(name), lines.collect::<String>()).unwrap();
                    }
                };
                let (seconds, resolved, events) = match client {
                    Client::Tektite(strategy, build) => migrate(build, s, strategy, pin),
                    Client::Reference => {
                        let n = pin.unwrap();
                        let (seconds, events) = reference(s, n);
                        (seconds, n, events)
                    }
                };
                trace_file("events", &mut events.iter().map(|(t, l)| format!("{t:.3}\t{l}\n")));
                let whole = began.elapsed().as_secs_f64();
                let timeline = recording.finish();
                let idle = timeline.upload_idle(profile.up_bytes_per_sec);
                trace_file(
                    "link",
                    &mut timeline.samples.iter().map(|s| format!("{:.3}\t{}\t{}\n", s.at, s.down, s.up)),
                );
                let link_cpu = s.way.link_cpu() - cpu_before;
                let machine = machine_cpu();
                let machine_busy = (machine.0 - machine_before.0) as f64 / (machine.1 - machine_before.1).max(1) as f64;
                let late = s.way.lateness();
                let payload_share = timeline.up_bytes().map(|wire| account.total_bytes() as f64 / wire as f64);
                let missing = runtime.block_on(pds::missing_on_target(lab.api(lab::Side::New), account));
                assert!(missing.is_empty(), "{client:?} left {} blobs missing", missing.len());
                let i = rows.iter().position(|r| r.client == client && r.pinned == pin).unwrap_or_else(|| {
                    rows.push(Row {
                        client,
                        pinned: pin,
                        resolved: Some(resolved),
                        seconds: Vec::new(),
                        whole: Vec::new(),
                        link_cpu: Vec::new(),
                        machine_busy: Vec::new(),
                        idle: Vec::new(),
                        late: Vec::new(),
                        payload_share: Vec::new(),
                        per_blob: PerBlob::default(),
                    });
                    rows.len() - 1
                });
                let r = &mut rows[i];
                r.seconds.push(seconds);
                r.whole.push(whole);
                r.link_cpu.push(link_cpu);
                r.machine_busy.push(machine_busy);
                r.idle.push(idle);
                r.late.extend(late);
                r.payload_share.extend(payload_share.filter(|_| matches!(s.way, Way::Kernel(..))));
                r.per_blob.add(&events);
            }
        }
    }
    rows
}

/// The way a table's bytes travel between the clients and the lab.
enum Way<'a> {
    /// The user-space `CONNECT` relay (`tests/support/link.rs`), TLS + HTTP/2 end to end.
    Relay(&'a ShapedLink),
    /// The kernel link (`tests/support/kernel_link.rs`), the client in its own namespace.
    Kernel(&'a KernelLink, Protocol),
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Protocol {
    /// Plain HTTP/1.1 to the PDSes' own ports.
    Http1,
    /// TLS + HTTP/2 through the lab's nginx fronts (1 MiB stream windows, otherwise nginx's
    /// defaults).
    Tls,
}

/// What a link's recording is.
enum Recorder {
    Relay(link::Recording),
    Kernel(kernel_link::KernelRecording),
}

impl Recorder {
    fn finish(self) -> link::Timeline {
        match self {
            Recorder::Relay(r) => r.finish(),
            Recorder::Kernel(r) => r.finish(),
        }
    }
}

impl Way<'_> {
    /// The short name used in trace files and progress lines.
    fn key(&self) -> &'static str {
        match self {
            Way::Relay(_) => "relay",
            Way::Kernel(_, Protocol::Http1) => "kernel-h1",
            Way::Kernel(_, Protocol::Tls) => "kernel-h2",
        }
    }

    fn label(&self) -> &'static str {
        match self {
            Way::Relay(_) => "user-space relay, TLS + HTTP/2",
            Way::Kernel(_, Protocol::Http1) => "kernel link, plain HTTP/1.1",
            Way::Kernel(_, Protocol::Tls) => "kernel link, TLS + HTTP/2 (nginx front, 1 MiB stream windows)",
        }
    }

    /// The (old, new) PDS URLs as a client on this way dials them.
    fn urls(&self, lab: &Lab) -> (String, String) {
        match self {
            Way::Kernel(_, Protocol::Http1) => {
                let on_server = |url: &str| url.replace("localhost", kernel_link::SERVER_ADDR);
                (on_server(lab.api(lab::Side::Old)), on_server(lab.api(lab::Side::New)))
            }
            _ => (lab.old_url().to_owned(), lab.new_url().to_owned()),
        }
    }

    /// Sets up a client process (the CLI, the reference client) to take this way: the relay as
    /// its proxy (it resolves the lab's names), or the kernel link's client namespace with the
    /// lab's names mapped to the server's address there. The lab's CA either way.
    fn client(&self, cmd: &mut std::process::Command, lab: &Lab) {
        cmd.env_remove("NO_PROXY").env_remove("no_proxy").env_remove("HTTPS_PROXY").env_remove("https_proxy");
        match self {
            Way::Relay(link) => {
                cmd.env("HTTPS_PROXY", link.proxy_url());
                for (k, v) in lab.client_env() {
                    if k != "TEKTITE_RESOLVE" {
                        cmd.env(k, v);
                    }
                }
            }
            Way::Kernel(link, _) => {
                link.client(cmd);
                for (k, v) in lab.client_env() {
                    let v = if k == "TEKTITE_RESOLVE" { v.replace("127.0.0.1", kernel_link::SERVER_ADDR) } else { v };
                    cmd.env(k, v);
                }
            }
        }
    }

    fn record(&self) -> Recorder {
        match self {
            Way::Relay(link) => Recorder::Relay(link.record()),
            Way::Kernel(link, _) => Recorder::Kernel(link.record()),
        }
    }

    /// CPU seconds the link itself used so far: this process for the relay (which runs nothing
    /// else during a CLI row), the releaser threads for the kernel link.
    fn link_cpu(&self) -> f64 {
        match self {
            Way::Relay(_) => own_cpu_seconds(),
            Way::Kernel(link, _) => link.releaser_cpu(),
        }
    }

    /// How late the kernel link's delay stage let packets go since the recording began.
    fn lateness(&self) -> Option<Lateness> {
        match self {
            Way::Relay(_) => None,
            Way::Kernel(link, _) => Some(link.lateness()),
        }
    }
}

/// The row above a table's clients: what the link alone delivers.
#[derive(Clone, Copy)]
enum Alone {
    /// The relay: seconds for the case's bytes each way through one tunnel.
    Relay(f64),
    Kernel(Probe),
}

/// The kernel link measured without servers: its round trip, and one TCP stream each way at once
/// carrying the case's bytes (plain sockets, no TLS).
#[derive(Clone, Copy)]
struct Probe {
    rtt_ms: f64,
    down_s: f64,
    up_s: f64,
    late: Lateness,
    /// The stream's bytes over the bytes each direction carried (its frames' headers, the other
    /// stream's ACKs): (down, up).
    payload_share: (f64, f64),
}

impl Probe {
    fn describe(&self, limit: f64) -> String {
        format!(
            "RTT {:.1} ms; one stream each way: down {:.1} s ({:.2}), up {:.1} s ({:.2}); payload share of the wire down {:.3}, up {:.3}; released late p50 {} µs, p99 {} µs",
            self.rtt_ms,
            self.down_s,
            limit / self.down_s,
            self.up_s,
            limit / self.up_s,
            self.payload_share.0,
            self.payload_share.1,
            self.late.p50,
            self.late.p99
        )
    }
}

/// Measures the kernel link: TCP handshakes for the round trip (a SYN and its answer cross it
/// once each way), then one bulk stream each way at once between a socket in each namespace.
fn probe(link: &KernelLink, runtime: &tokio::runtime::Runtime, bytes: u64) -> Probe {
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let port = listener.local_addr().unwrap().port();
    let addr = format!("{}:{port}", kernel_link::SERVER_ADDR);
    let began = Instant::now();
    let recording = link.record();
    let server = runtime.spawn(async move {
        // The handshakes' connections, then the bulk one.
        for _ in 0..5 {
            drop(listener.accept().await.unwrap());
        }
        let (stream, _) = listener.accept().await.unwrap();
        bulk(stream, bytes, began).await
    });
    let (rtt_ms, down_s) = link.on_client(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async move {
            let mut rtts = Vec::new();
            for _ in 0..5 {
                let t = Instant::now();
                let s = tokio::net::TcpStream::connect(&addr).await.unwrap();
                rtts.push(t.elapsed().as_secs_f64() * 1e3);
                drop(s);
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            let stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
            let began = Instant::now();
            (median(rtts), bulk(stream, bytes, began).await)
        })
    });
    let up_s = runtime.block_on(server).unwrap();
    let late = link.lateness();
    let timeline = recording.finish();
    let share = |wire: Option<u64>| wire.map_or(f64::NAN, |w| bytes as f64 / w as f64);
    Probe { rtt_ms, down_s, up_s, late, payload_share: (share(timeline.down_bytes()), share(timeline.up_bytes())) }
}

/// Sends `bytes` on `stream` while receiving as many: seconds from `began` until all came.
async fn bulk(stream: tokio::net::TcpStream, bytes: u64, began: Instant) -> f64 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (mut r, mut w) = stream.into_split();
    let send = async move {
        let piece = vec![0u8; 64 * 1024];
        let mut left = bytes;
        while left > 0 {
            let n = left.min(piece.len() as u64) as usize;
            w.write_all(&piece[..n]).await.unwrap();
            left -= n as u64;
        }
        w.shutdown().await.unwrap();
    };
    let receive = async move {
        let mut buf = vec![0u8; 64 * 1024];
        let mut got = 0u64;
        while got < bytes {
            match r.read(&mut buf).await.unwrap() {
                0 => break,
                n => got += n as u64,
            }
        }
        assert_eq!(got, bytes, "the link lost bytes");
        began.elapsed().as_secs_f64()
    };
    tokio::join!(send, receive).1
}

/// The machine's CPU time so far, (busy, all), in clock ticks, from `/proc/stat`: over a run, the
/// share of both cores in use shows whether the machine itself was the limit.
fn machine_cpu() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let f: Vec<u64> =
        stat.lines().next().unwrap_or_default().split_whitespace().skip(1).filter_map(|v| v.parse().ok()).collect();
    let all: u64 = f.iter().sum();
    // idle and iowait
    let idle = f.get(3).unwrap_or(&0) + f.get(4).unwrap_or(&0);
    (all - idle, all)
}

/// CPU seconds this process used so far (the link's thread and, in a reference row, the client).
fn own_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or_default();
    let f: Vec<f64> = rest.split_whitespace().map(|v| v.parse().unwrap_or(0.0)).collect();
    (f.get(11).unwrap_or(&0.0) + f.get(12).unwrap_or(&0.0)) / 100.0
}

/// The link alone: `bytes` each way at once through one tunnel between two plain sockets (no TLS,
/// no servers), as the one HTTP/2 connection per server carries a run's blobs. Seconds; what the
/// link itself delivers against its nominal rate.
async fn link_alone(link: &ShapedLink, bytes: u64) -> f64 {
    let far = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let far_port = far.local_addr().unwrap().port();
    let began = Instant::now();
    let server = tokio::spawn(async move { bulk(far.accept().await.unwrap().0, bytes, began).await });
    let near = link.connect(&format!("127.0.0.1:{far_port}")).await.unwrap();
    let near_done = bulk(near, bytes, began).await;
    near_done.max(server.await.unwrap())
}

/// A concurrency for file names: the number, or "default".
fn label(pin: Option<usize>) -> String {
    pin.map_or("default".into(), |n| n.to_string())
}

/// One `tektite-cli blobs` run on the setting's way: transfer seconds, the concurrency it used,
/// and the events it printed (stamped).
fn migrate(build: Build, s: &Setting, strategy: &str, n: Option<usize>) -> (f64, usize, Vec<(f64, String)>) {
    let dirs = tempfile::tempdir().unwrap();
    let (from, to) = s.way.urls(s.lab);
    let mut cmd = cli::blobs_between(build, (&from, &to), s.account, strategy, n, &dirs);
    s.way.client(&mut cmd, s.lab);
    let (summary, events) = cli::run(cmd);
    // An adaptive run reports the most blobs it had in flight.
    let used = summary["concurrency_peak"].as_u64().or(summary["concurrency"].as_u64()).expect("summary: concurrency");
    (summary["transfer_seconds"].as_f64().expect("summary: transfer_seconds"), used as usize, events)
}

/// The plain reference client: each blob's getBlob response body piped into an uploadBlob request,
/// `n` at a time, no hashing, on the same way. Returns the seconds from the first request, and per
/// blob a `blob_started` (the getBlob's headers came) and a `blob_finished` (the upload's answer
/// came) event shaped as the CLI's, stamped, so that traces compare blob by blob.
///
/// It runs in a process of its own, as the CLI does (this benchmark's binary again, told so by
/// [`REFERENCE_JOB`]), rather than on this process's runtime beside the link, whose timers keep
/// those threads awake: a client's process pays for waking its threads on each request, and one
/// blob at a time, where a millisecond per blob is the question, both sides should pay it.
fn reference(s: &Setting, n: usize) -> (f64, Vec<(f64, String)>) {
    let (old, new) = s.way.urls(s.lab);
    let (account, lab) = (s.account, s.lab);
    let job = serde_json::json!({
        "ca": lab.tls_ca().expect("a TLS lab"),
        "old": old,
        "new": new,
        // On the kernel link the lab's names are the server's address there; the relay resolves
        // them itself (the process finds it in HTTPS_PROXY).
        "resolve": matches!(s.way, Way::Kernel(..)).then_some(kernel_link::SERVER_ADDR),
        "did": account.did,
        "password": account.password,
        "n": n,
        "blobs": account.blobs.iter().map(|b| serde_json::json!([b.cid, b.size, b.mime_type])).collect::<Vec<_>>(),
    });
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), job.to_string()).unwrap();
    let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
    cmd.env(REFERENCE_JOB, file.path()).stderr(std::process::Stdio::inherit());
    s.way.client(&mut cmd, lab);
    let out = cmd.output().expect("the reference client runs");
    assert!(out.status.success(), "the reference client failed");
    let result: Value = serde_json::from_slice(&out.stdout).expect("the reference client's result");
    let events = result["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_f64().unwrap(), e[1].as_str().unwrap().to_owned()))
        .collect();
    (result["seconds"].as_f64().unwrap(), events)
}

/// The reference client's process: runs the job in `job` (a file), prints its result as JSON.
fn reference_process(job: &std::ffi::OsStr) {
    let job: Value = serde_json::from_slice(&std::fs::read(job).unwrap()).unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let (seconds, events) = runtime.block_on(reference_client(&job));
    println!("{}", serde_json::json!({ "seconds": seconds, "events": events }));
}

async fn reference_client(job: &Value) -> (f64, Vec<(f64, String)>) {
    let text = |k: &str| job[k].as_str().unwrap().to_owned();
    let ca = std::fs::read(text("ca")).unwrap();
    let (did, password, old_url, new_url) = (text("did"), text("password"), text("old"), text("new"));
    // reqwest takes the relay from HTTPS_PROXY, as the CLI does.
    let mut builder = reqwest::Client::builder().add_root_certificate(reqwest::Certificate::from_pem(&ca).unwrap());
    if let Some(addr) = job["resolve"].as_str() {
        for url in [&old_url, &new_url] {
            let url = reqwest::Url::parse(url).unwrap();
            let ip: std::net::IpAddr = addr.parse().unwrap();
            let host = url.host_str().unwrap().to_owned();
            builder = builder.resolve(&host, std::net::SocketAddr::new(ip, url.port_or_known_default().unwrap()));
        }
    }
    let client = builder.build().unwrap();
    let blobs: Vec<(String, u64, String)> = job["blobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b[0].as_str().unwrap().to_owned(), b[1].as_u64().unwrap(), b[2].as_str().unwrap().to_owned()))
        .collect();
    let n = job["n"].as_u64().unwrap() as usize;
    let session = |url: &str| {
        let client = client.clone();
        let url = format!("{url}/xrpc/com.atproto.server.createSession");
        let body = serde_json::json!({ "identifier": did, "password": password });
        async move {
            let v: Value = client.post(url).json(&body).send().await.unwrap().json().await.unwrap();
            v["accessJwt"].as_str().unwrap().to_owned()
        }
    };
    let (old, new) = (session(&old_url).await, session(&new_url).await);
    let (did, old_url, new_url) = (&did, &old_url, &new_url);
    let started = Instant::now();
    let stamps = futures::stream::iter(&blobs)
        .map(|(cid, size, mime_type)| {
            let (client, old, new) = (client.clone(), old.clone(), new.clone());
            async move {
                let got = client
                    .get(format!("{old_url}/xrpc/com.atproto.sync.getBlob"))
                    .bearer_auth(&old)
                    .query(&[("did", did.as_str()), ("cid", cid.as_str())])
                    .send()
                    .await
                    .unwrap()
                    .error_for_status()
                    .unwrap();
                let headers = started.elapsed().as_secs_f64();
                let body = reqwest::Body::wrap_stream(got.bytes_stream());
                client
                    .post(format!("{new_url}/xrpc/com.atproto.repo.uploadBlob"))
                    .bearer_auth(&new)
                    .header("content-type", mime_type.as_str())
                    .header("content-length", *size)
                    .body(body)
                    .send()
                    .await
                    .unwrap()
                    .error_for_status()
                    .unwrap();
                (cid.as_str(), headers, started.elapsed().as_secs_f64())
            }
        })
        .buffer_unordered(n)
        .collect::<Vec<_>>()
        .await;
    let seconds = started.elapsed().as_secs_f64();
    let mut events: Vec<(f64, String)> = stamps
        .into_iter()
        .flat_map(|(cid, headers, answered)| {
            let began = serde_json::json!({ "event": "blob_started", "cid": cid });
            let ended = serde_json::json!({ "event": "blob_finished", "outcome": { "cid": cid } });
            [(headers, began.to_string()), (answered, ended.to_string())]
        })
        .collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0));
    (seconds, events)
}

fn median(v: Vec<f64>) -> f64 {
    percentile(&v, 0.5)
}

/// The value a share `p` of `v` lies below (the upper middle one for the median of an even count).
fn percentile(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p).round() as usize]
}

/// A row's client as the tables name it.
fn who(client: Client) -> String {
    match client {
        Client::Tektite(s, build) => format!("Tektite {s}{}", build.suffix()),
        Client::Reference => "reference (pipe, no hashing)".into(),
    }
}

fn print_case(case: &Case, way: &Way, bytes: u64, limit: f64, rows: &[Row], alone: Alone) {
    println!();
    println!("### {} — {} ({:.1} MB; limit {limit:.1} s)", case.label, way.label(), bytes as f64 / 1e6);
    println!();
    println!(
        "| client | concurrency | seconds (median, spread) | ratio (limit ÷ time) | whole run s (ratio) | upload idle s: start / middle / end | link CPU s | machine CPU busy | released late µs: p50 / p99 (worst run) | blob share of the upload wire |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    match alone {
        Alone::Relay(alone) => println!(
            "| the link alone (one tunnel, both ways, no TLS) | — | {alone:.1} | {:.2} | — | — | — | — | — | — |",
            limit / alone
        ),
        Alone::Kernel(p) => println!(
            "| probe: RTT {:.1} ms; one TCP stream each way (no TLS, no servers) | — | down {:.1} / up {:.1} | {:.2} / {:.2} | — | — | — | — | {} / {} | {:.3} |",
            p.rtt_ms,
            p.down_s,
            p.up_s,
            limit / p.down_s,
            limit / p.up_s,
            p.late.p50,
            p.late.p99,
            p.payload_share.1
        ),
    }
    for r in rows {
        let who = who(r.client);
        let n = match (r.pinned, r.resolved) {
            (None, Some(n)) => format!("default (up to {n})"),
            (Some(n), _) => n.to_string(),
            (None, None) => "?".into(),
        };
        let med = median(r.seconds.clone());
        let lo = r.seconds.iter().cloned().fold(f64::INFINITY, f64::min);
        let hi = r.seconds.iter().cloned().fold(0.0, f64::max);
        let whole = median(r.whole.clone());
        let idle = |part: fn(&link::Idle) -> f64| median(r.idle.iter().map(part).collect());
        let late = if r.late.is_empty() {
            "—".to_owned()
        } else {
            let worst = |f: fn(&Lateness) -> u32| r.late.iter().map(f).max().unwrap_or(0);
            format!("{} / {}", worst(|l| l.p50), worst(|l| l.p99))
        };
        let share = if r.payload_share.is_empty() {
            "—".to_owned()
        } else {
            format!("{:.3}", median(r.payload_share.clone()))
        };
        println!(
            "| {who} | {n} | {med:.1} ({lo:.1}–{hi:.1}) | {:.2} | {whole:.1} ({:.2}) | {:.1} / {:.1} / {:.1} | {:.1} | {:.0} % | {late} | {share} |",
            limit / med,
            limit / whole,
            idle(|i| i.start),
            idle(|i| i.middle),
            idle(|i| i.end),
            median(r.link_cpu.clone()),
            median(r.machine_busy.clone()) * 100.0
        );
    }
    // One blob at a time, what each blob costs: medians over every blob of every run.
    let single: Vec<&Row> = rows.iter().filter(|r| r.pinned == Some(1)).collect();
    if !single.is_empty() {
        println!();
        println!("One blob at a time, per blob (all runs' blobs pooled):");
        println!();
        println!("| client | answer to next answer, ms: median (p10–p90) | download headers to upload answer, ms: median (p10) |");
        println!("|---|---:|---:|");
        for r in single {
            let ms = |v: &[f64], p: f64| if v.is_empty() { f64::NAN } else { percentile(v, p) * 1e3 };
            let (c, b) = (&r.per_blob.cycles, &r.per_blob.bodies);
            println!(
                "| {} | {:.1} ({:.1}–{:.1}) | {:.1} ({:.1}) |",
                who(r.client),
                ms(c, 0.5),
                ms(c, 0.1),
                ms(c, 0.9),
                ms(b, 0.5),
                ms(b, 0.1)
            );
        }
    }
    if let Way::Relay(link) = way {
        let relayed = link.stats.down_bytes.load(std::sync::atomic::Ordering::Relaxed)
            + link.stats.up_bytes.load(std::sync::atomic::Ordering::Relaxed);
        println!();
        println!(
            "(the link carried {:.0} MB in all, over {} connections)",
            relayed as f64 / 1e6,
            link.stats.connections.load(std::sync::atomic::Ordering::Relaxed)
        );
    }
}
