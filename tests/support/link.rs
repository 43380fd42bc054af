//! A shaped link for benchmarks: an HTTP `CONNECT` proxy on 127.0.0.1 that carries every byte
//! between a client and the lab's servers with a delay and a rate limit per direction, standing in
//! for a user's internet link. This kernel has HTB but no netem (no delay qdisc), so the link is
//! emulated in userspace; its own CPU use is the benchmark process's, which reports it.
//!
//! The model: one full-duplex access link shared by every connection (downloads from the old PDS
//! and uploads to the new one each get the full rate of their direction), a fixed one-way delay of
//! half the round trip in each direction, and a queue of about one bandwidth-delay product per
//! direction (shared, first come first served), so a sender that outruns the link is slowed by TCP,
//! as on a real link. Pieces get their place on the wire when they arrive, so the relay's own timer
//! jitter does not cost the link capacity (the benchmark measures what it delivers alone).
//! Clients reach it through `HTTPS_PROXY` (the CLI, reqwest) or `--proxy-server` (Chromium); the
//! lab's TLS names are resolved here (`*.tektite-lab.test` → 127.0.0.1), and TLS passes through.
#![allow(dead_code)] // shared by the browser tests and the benchmarks; each uses part of it

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

/// Bytes moved per read: small enough that the delay and the rate apply smoothly.
const PIECE: usize = 16 * 1024;

/// A link's shape.
#[derive(Clone, Copy, Debug)]
pub struct Profile {
    /// Bytes per second from the servers to the client, and from the client to the servers.
    pub down_bytes_per_sec: u64,
    pub up_bytes_per_sec: u64,
    pub rtt: Duration,
}

impl Profile {
    /// A symmetric link of `mbit` Mbit/s each way with `rtt_ms` of round trip.
    pub fn symmetric(mbit: u64, rtt_ms: u64) -> Profile {
        let bytes = mbit * 1_000_000 / 8;
        Profile { down_bytes_per_sec: bytes, up_bytes_per_sec: bytes, rtt: Duration::from_millis(rtt_ms) }
    }
}

/// What crossed the link.
#[derive(Default)]
pub struct Stats {
    pub down_bytes: AtomicU64,
    pub up_bytes: AtomicU64,
    pub connections: AtomicU64,
}

/// One direction's wire, shared by every connection: bytes leave one after another at the rate.
/// Each piece is given its slot when it arrives (first come, first served, as a router's queue),
/// so the link keeps its rate even when this process wakes late: a piece that waited in the queue
/// leaves when the wire is free, not when the relay next looks at it.
struct Wire {
    rate: f64,
    /// When the wire has sent everything given to it so far.
    free_at: Mutex<Instant>,
}

impl Wire {
    fn new(rate: u64) -> Wire {
        Wire { rate: rate as f64, free_at: Mutex::new(Instant::now()) }
    }

    /// Queues `n` bytes that arrived now; when their last byte will have left.
    fn send(&self, n: usize) -> Instant {
        let mut free_at = self.free_at.lock().unwrap();
        let start = (*free_at).max(Instant::now());
        *free_at = start + Duration::from_secs_f64(n as f64 / self.rate);
        *free_at
    }
}

/// A running shaped link (its own thread and runtime); stops when dropped.
pub struct ShapedLink {
    port: u16,
    pub stats: Arc<Stats>,
    runtime: tokio::runtime::Runtime,
}

impl ShapedLink {
    /// Starts the link; `resolve` maps a host name of a `CONNECT` to the address to dial.
    pub fn start(profile: Profile, resolve: fn(&str) -> String) -> ShapedLink {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stats = Arc::new(Stats::default());
        let down = Arc::new(Wire::new(profile.down_bytes_per_sec));
        let up = Arc::new(Wire::new(profile.up_bytes_per_sec));
        let s = stats.clone();
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                s.connections.fetch_add(1, Ordering::Relaxed);
                let (down, up, s) = (down.clone(), up.clone(), s.clone());
                tokio::spawn(async move {
                    let _ = tunnel(client, profile, resolve, down, up, s).await;
                });
            }
        });
        ShapedLink { port, stats, runtime }
    }

    /// Starts sampling what crosses the link every [`SAMPLE`], until [`Recording::finish`].
    pub fn record(&self) -> Recording {
        let stats = self.stats.clone();
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        let task = self.runtime.spawn(async move {
            let began = Instant::now();
            let mut samples = Vec::new();
            let mut tick = tokio::time::interval(SAMPLE);
            while !stopped.load(Ordering::Relaxed) {
                tick.tick().await;
                samples.push(Sample {
                    at: began.elapsed().as_secs_f64(),
                    down: stats.down_bytes.load(Ordering::Relaxed),
                    up: stats.up_bytes.load(Ordering::Relaxed),
                });
            }
            samples
        });
        Recording { stop, task, handle: self.runtime.handle().clone() }
    }

    /// The proxy's address for `HTTPS_PROXY` / `--proxy-server`.
    pub fn proxy_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// A raw TCP stream to `addr` (host:port, resolved as the link resolves) through the link, as a
    /// proxy client opens one: `CONNECT`, then the proxy's answer read and checked.
    pub async fn connect(&self, addr: &str) -> std::io::Result<TcpStream> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).await?;
        stream.write_all(format!("CONNECT {addr} HTTP/1.1\r\n\r\n").as_bytes()).await?;
        let head = read_head(&mut stream).await?.unwrap_or_default();
        let status = String::from_utf8_lossy(&head);
        if !status.starts_with("HTTP/1.1 200") {
            return Err(std::io::Error::other(format!("the link refused CONNECT {addr}: {}", status.trim())));
        }
        Ok(stream)
    }
}

/// How often a [`Recording`] reads the link's counters.
pub const SAMPLE: Duration = Duration::from_millis(100);

/// The link's counters at one moment of a recording.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    pub at: f64,
    pub down: u64,
    pub up: u64,
}

/// A recording in progress.
pub struct Recording {
    stop: Arc<std::sync::atomic::AtomicBool>,
    task: tokio::task::JoinHandle<Vec<Sample>>,
    handle: tokio::runtime::Handle,
}

impl Recording {
    /// Stops sampling; the samples taken.
    pub fn finish(self) -> Timeline {
        self.stop.store(true, Ordering::Relaxed);
        // Called from outside the link's runtime (a benchmark's main thread).
        Timeline { samples: self.handle.block_on(self.task).expect("the link's recorder") }
    }
}

/// What crossed the link over time.
pub struct Timeline {
    pub samples: Vec<Sample>,
}

/// Seconds the link's upload direction stood idle (its unused share of the rate) while blobs were
/// moving: before it first ran full, between, and after it last ran full — where a client loses
/// time against the limit (set-up and growth, stalls, the tail).
#[derive(Clone, Copy, Debug, Default)]
pub struct Idle {
    pub start: f64,
    pub middle: f64,
    pub end: f64,
}

impl Timeline {
    /// Bytes that went towards the servers (up) and towards the client (down) while recording.
    pub fn up_bytes(&self) -> Option<u64> {
        Some(self.samples.last()?.up - self.samples.first()?.up)
    }
    pub fn down_bytes(&self) -> Option<u64> {
        Some(self.samples.last()?.down - self.samples.first()?.down)
    }

    /// Idle time of the direction towards the servers (the uploads, which finish the work), at
    /// `rate` bytes per second. "Full" is a sample at ≥ 90 % of the rate; the span runs from the
    /// first to the last sample carrying ≥ 10 % of it (sign-ins and listings carry less).
    pub fn upload_idle(&self, rate: u64) -> Idle {
        let per: Vec<(f64, f64)> = self
            .samples
            .windows(2)
            .map(|w| {
                let dt = w[1].at - w[0].at;
                (dt, (w[1].up - w[0].up) as f64 / (rate as f64 * dt).max(1.0))
            })
            .collect();
        let (Some(first), Some(last)) = (per.iter().position(|p| p.1 >= 0.1), per.iter().rposition(|p| p.1 >= 0.1))
        else {
            return Idle::default();
        };
        let full_from = per.iter().position(|p| p.1 >= 0.9).unwrap_or(last + 1).max(first);
        let full_to = per.iter().rposition(|p| p.1 >= 0.9).unwrap_or(first).min(last);
        let lost = |range: std::ops::Range<usize>| -> f64 {
            // `+ 0.0`: an empty float sum is -0.0, which would print as "-0.0".
            per.get(range).unwrap_or_default().iter().map(|(dt, busy)| dt * (1.0 - busy.min(1.0))).sum::<f64>() + 0.0
        };
        if full_from > full_to {
            return Idle { start: 0.0, middle: lost(first..last + 1), end: 0.0 };
        }
        Idle { start: lost(first..full_from), middle: lost(full_from..full_to + 1), end: lost(full_to + 1..last + 1) }
    }
}

/// An HTTP/1.1 head (up to and with its blank line), read a byte at a time so that nothing after it
/// is consumed; `None` if the peer closed first or the head is over 8 KiB.
async fn read_head(stream: &mut TcpStream) -> std::io::Result<Option<Vec<u8>>> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).await? == 0 || head.len() > 8192 {
            return Ok(None);
        }
        head.push(byte[0]);
    }
    Ok(Some(head))
}

/// One `CONNECT` tunnel: the request head, the upstream connection, then both directions shaped.
async fn tunnel(
    mut client: TcpStream,
    profile: Profile,
    resolve: fn(&str) -> String,
    down: Arc<Wire>,
    up: Arc<Wire>,
    stats: Arc<Stats>,
) -> std::io::Result<()> {
    client.set_nodelay(true)?;
    let Some(head) = read_head(&mut client).await? else { return Ok(()) };
    let head = String::from_utf8_lossy(&head);
    let target = head.split_whitespace().nth(1).unwrap_or_default().to_owned();
    let (host, port) = target.rsplit_once(':').unwrap_or((&target, "443"));
    let upstream = TcpStream::connect(format!("{}:{port}", resolve(host))).await;
    let Ok(upstream) = upstream else {
        client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await?;
        return Ok(());
    };
    upstream.set_nodelay(true)?;
    client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n").await?;
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = upstream.into_split();
    let one_way = profile.rtt / 2;
    // About one bandwidth-delay product of buffer, as a router would have.
    let to_server = pipe(client_read, server_write, one_way, up, profile.rtt, stats.clone(), false);
    let to_client = pipe(server_read, client_write, one_way, down, profile.rtt, stats, true);
    let _ = tokio::join!(to_server, to_client);
    Ok(())
}

/// Carries one direction: each piece read goes onto the wire (queued behind what is already on it),
/// then takes `delay` to reach the far end. While the queue holds more than `buffer` of sending
/// time, reading stops, so a sender that outruns the link is slowed by TCP, as on a real link.
async fn pipe(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    delay: Duration,
    wire: Arc<Wire>,
    buffer: Duration,
    stats: Arc<Stats>,
    downstream: bool,
) {
    // Unbounded in pieces, bounded in time: at most `buffer` queued plus `delay` travelling.
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    let reader = async move {
        loop {
            let mut buf = vec![0u8; PIECE];
            match from.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    buf.truncate(n);
                    let sent = wire.send(n);
                    if tx.send((sent + delay, buf)).is_err() {
                        break;
                    }
                    if let Some(backlog) = sent.checked_duration_since(Instant::now()) {
                        if backlog > buffer {
                            tokio::time::sleep(backlog - buffer).await;
                        }
                    }
                }
            }
        }
    };
    let writer = async move {
        while let Some((arrives, piece)) = rx.recv().await {
            tokio::time::sleep_until(arrives).await;
            if to.write_all(&piece).await.is_err() {
                break;
            }
            let counter = if downstream { &stats.down_bytes } else { &stats.up_bytes };
            counter.fetch_add(piece.len() as u64, Ordering::Relaxed);
        }
        let _ = to.shutdown().await;
    };
    tokio::join!(reader, writer);
}

/// The link's resolver for the lab: its TLS names (`*.tektite-lab.test`) are served on 127.0.0.1.
pub fn lab_on_loopback(host: &str) -> String {
    if host.ends_with(".tektite-lab.test") || host == "localhost" {
        "127.0.0.1".into()
    } else {
        host.into()
    }
}
