//! A shaped link for benchmarks: an HTTP `CONNECT` proxy on 127.0.0.1 that carries every byte
//! between a client and the lab's servers with a delay and a rate limit per direction, standing in
//! for a user's internet link. This kernel has HTB but no netem (no delay qdisc), so the link is
//! emulated in userspace; its own CPU use is the benchmark process's, which reports it.
//!
//! The model: one full-duplex access link shared by every connection (downloads from the old PDS
//! and uploads to the new one each get the full rate of their direction), a fixed one-way delay of
//! half the round trip in each direction, and a buffer of about one bandwidth-delay product per
//! connection and direction, so a sender that outruns the link is slowed by TCP, as on a real link.
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

/// A token bucket shared by every connection in one direction.
struct Bucket {
    rate: f64,
    state: Mutex<(f64, Instant)>,
}

impl Bucket {
    fn new(rate: u64) -> Bucket {
        Bucket { rate: rate as f64, state: Mutex::new((PIECE as f64, Instant::now())) }
    }

    /// Waits until `n` bytes may go.
    async fn take(&self, n: usize) {
        loop {
            let wait = {
                let mut s = self.state.lock().unwrap();
                let now = Instant::now();
                // At most one piece of burst: the link never goes faster than its rate.
                s.0 = (s.0 + now.duration_since(s.1).as_secs_f64() * self.rate).min(PIECE as f64 * 2.0);
                s.1 = now;
                if s.0 >= n as f64 {
                    s.0 -= n as f64;
                    return;
                }
                Duration::from_secs_f64((n as f64 - s.0) / self.rate)
            };
            tokio::time::sleep(wait).await;
        }
    }
}

/// A running shaped link (its own thread and runtime); stops when dropped.
pub struct ShapedLink {
    port: u16,
    pub stats: Arc<Stats>,
    _runtime: tokio::runtime::Runtime,
}

impl ShapedLink {
    /// Starts the link; `resolve` maps a host name of a `CONNECT` to the address to dial.
    pub fn start(profile: Profile, resolve: fn(&str) -> String) -> ShapedLink {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stats = Arc::new(Stats::default());
        let down = Arc::new(Bucket::new(profile.down_bytes_per_sec));
        let up = Arc::new(Bucket::new(profile.up_bytes_per_sec));
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
        ShapedLink { port, stats, _runtime: runtime }
    }

    /// The proxy's address for `HTTPS_PROXY` / `--proxy-server`.
    pub fn proxy_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// One `CONNECT` tunnel: the request head, the upstream connection, then both directions shaped.
async fn tunnel(
    mut client: TcpStream,
    profile: Profile,
    resolve: fn(&str) -> String,
    down: Arc<Bucket>,
    up: Arc<Bucket>,
    stats: Arc<Stats>,
) -> std::io::Result<()> {
    client.set_nodelay(true)?;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if client.read(&mut byte).await? == 0 || head.len() > 8192 {
            return Ok(());
        }
        head.push(byte[0]);
    }
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
    let to_server =
        pipe(client_read, server_write, one_way, up, profile.up_bytes_per_sec, profile.rtt, stats.clone(), false);
    let to_client =
        pipe(server_read, client_write, one_way, down, profile.down_bytes_per_sec, profile.rtt, stats, true);
    let _ = tokio::join!(to_server, to_client);
    Ok(())
}

/// Carries one direction: pieces are read as they come (while the link's buffer has room), each
/// leaves `delay` after it arrived, at the direction's rate.
#[allow(clippy::too_many_arguments)]
async fn pipe(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    delay: Duration,
    bucket: Arc<Bucket>,
    rate: u64,
    rtt: Duration,
    stats: Arc<Stats>,
    downstream: bool,
) {
    // About one bandwidth-delay product of buffer, as a router would have.
    let slots = ((rate as f64 * rtt.as_secs_f64()) as usize / PIECE).max(4) + 4;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(Instant, Vec<u8>)>(slots);
    let reader = async move {
        loop {
            let mut buf = vec![0u8; PIECE];
            match from.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    buf.truncate(n);
                    if tx.send((Instant::now(), buf)).await.is_err() {
                        break;
                    }
                }
            }
        }
    };
    let writer = async move {
        while let Some((arrived, piece)) = rx.recv().await {
            tokio::time::sleep_until(arrived + delay).await;
            bucket.take(piece.len()).await;
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
