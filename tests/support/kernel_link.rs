//! A shaped link made of the kernel's own parts, for the WAN benchmark: two network namespaces this
//! process creates (and removes when dropped) joined by a veth pair, so that every byte between a
//! client and the lab crosses the machine's real TCP stack (its congestion control, slow start,
//! socket buffers) rather than a user-space relay.
//!
//! - The **server** namespace holds the lab (the benchmark's process enters it before starting
//!   anything) and the address [`SERVER_ADDR`]; connections to that address are DNATed to the
//!   namespace's loopback, where the lab listens (`route_localnet`), so every lab port is reachable
//!   on it without a relay.
//! - The **client** namespace holds [`CLIENT_ADDR`]; a client process is put there with
//!   [`KernelLink::client`].
//! - The **rate**: HTB on each sending side (its default leaf: a FIFO of the device's queue
//!   length), with segmentation offloads off so that HTB and the delay see wire-sized packets.
//! - The **delay**: this kernel has no netem, so each receiving side sends its incoming packets to
//!   NFQUEUE, and a releaser thread of this process (one per namespace, `nfq`) gives each its
//!   verdict half a round trip after it came. How late it released packets is reported
//!   ([`Lateness`]), so a run on a busy machine can be recognised.
#![allow(dead_code)] // shared by the benchmarks; each uses part of it

use std::collections::VecDeque;
use std::fs::File;
use std::os::fd::AsRawFd;
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::link::{Profile, Sample, Timeline, SAMPLE};

/// The server side's address, as clients dial it.
pub const SERVER_ADDR: &str = "10.77.0.1";
pub const CLIENT_ADDR: &str = "10.77.0.2";
/// The veth's name, the same on both sides (each lives in its own namespace).
const DEV: &str = "wan0";
/// How long the releaser sleeps when nothing is due sooner: the bound on what it adds to a
/// packet's delay when it finds one newly queued.
const POLL: Duration = Duration::from_micros(100);

/// Why a kernel link cannot be made here (not root, a tool missing), in words.
pub fn unavailable() -> Option<String> {
    if unsafe { libc::geteuid() } != 0 {
        return Some("needs root (network namespaces, tc, iptables)".into());
    }
    for tool in ["ip", "tc", "iptables", "ethtool"] {
        let found = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
            .unwrap_or(false)
            || std::path::Path::new("/usr/sbin").join(tool).is_file();
        if !found {
            return Some(format!("`{tool}` is not installed (scripts/install-deps.sh)"));
        }
    }
    None
}

/// The pair of namespaces and what shapes the path between them.
pub struct KernelLink {
    server: Namespace,
    client: Namespace,
    /// Half the round trip, in microseconds, read by both releasers at each packet.
    one_way_us: Arc<AtomicU64>,
    releasers: Vec<Releaser>,
}

struct Namespace {
    name: String,
    /// Held open: a thread or a child enters the namespace through it.
    file: File,
}

impl Namespace {
    fn create(name: String) -> Namespace {
        run(Command::new("ip").args(["netns", "add", &name]));
        let file = File::open(format!("/var/run/netns/{name}")).expect("the namespace's file");
        Namespace { name, file }
    }

    /// Moves the calling thread into this namespace (threads it starts afterwards are there too).
    fn enter(&self) {
        set_netns(self.file.as_raw_fd()).unwrap_or_else(|e| panic!("setns {}: {e}", self.name));
    }

    /// A command run inside this namespace.
    fn exec(&self, program: &str) -> Command {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &self.name, program]);
        cmd
    }
}

/// Moves the calling thread (or, before exec, the child) into the network namespace open as `fd`.
fn set_netns(fd: std::os::fd::RawFd) -> std::io::Result<()> {
    // SAFETY: a plain system call on a descriptor the caller keeps open.
    match unsafe { libc::setns(fd, libc::CLONE_NEWNET) } {
        0 => Ok(()),
        _ => Err(std::io::Error::last_os_error()),
    }
}

/// Runs `cmd` to completion; it must succeed.
fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr).trim());
}

impl KernelLink {
    /// Creates both namespaces and the veth pair between them, starts the releasers and installs
    /// the rules that feed them. Unshaped until [`KernelLink::shape`].
    pub fn create() -> KernelLink {
        let tag = std::process::id();
        let server = Namespace::create(format!("tkw-srv-{tag}"));
        let client = Namespace::create(format!("tkw-cli-{tag}"));
        run(Command::new("ip")
            .args(["link", "add", DEV, "netns", &server.name, "type", "veth", "peer", "name", DEV])
            .args(["netns", &client.name]));
        for (ns, addr) in [(&server, SERVER_ADDR), (&client, CLIENT_ADDR)] {
            run(Command::new("ip").args(["-n", &ns.name, "addr", "add", &format!("{addr}/24"), "dev", DEV]));
            run(Command::new("ip").args(["-n", &ns.name, "link", "set", "lo", "up"]));
            run(Command::new("ip").args(["-n", &ns.name, "link", "set", DEV, "up"]));
            // Wire-sized packets: otherwise the veth carries 64 KiB segments that HTB and the delay
            // would treat as one.
            run(ns.exec("ethtool").args(["-K", DEV, "tso", "off", "gso", "off", "gro", "off"]));
        }
        // The lab listens on the server namespace's loopback; its ports are reached on SERVER_ADDR.
        run(server.exec("sysctl").args([
            "-qw",
            "net.ipv4.conf.all.route_localnet=1",
            &format!("net.ipv4.conf.{DEV}.route_localnet=1"),
        ]));
        let one_way_us = Arc::new(AtomicU64::new(0));
        // The releasers bind their queues before any packet is sent to them (a queue nobody
        // listens on drops what it gets).
        let releasers = [&server, &client].map(|ns| Releaser::start(ns, one_way_us.clone())).into();
        // The delay: what comes in on the veth goes to the releaser first (the raw table, before
        // connection tracking). This kernel's nftables has no `queue` statement (NFT_QUEUE), so
        // iptables' NFQUEUE target does it, through nftables' compatibility layer.
        for ns in [&server, &client] {
            run(ns.exec("iptables").args([
                "-t",
                "raw",
                "-A",
                "PREROUTING",
                "-i",
                DEV,
                "-j",
                "NFQUEUE",
                "--queue-num",
                "0",
            ]));
        }
        run(server
            .exec("iptables")
            .args(["-t", "nat", "-A", "PREROUTING", "-i", DEV, "-d", SERVER_ADDR, "-p", "tcp"])
            .args(["-j", "DNAT", "--to-destination", "127.0.0.1"]));
        KernelLink { server, client, one_way_us, releasers }
    }

    /// Gives the path `profile`'s rate (HTB on each sending side) and round trip (half on each
    /// receiving side).
    pub fn shape(&self, profile: Profile) {
        for (ns, rate) in [(&self.server, profile.down_bytes_per_sec), (&self.client, profile.up_bytes_per_sec)] {
            let rate = format!("{}bit", rate * 8);
            // A fresh HTB each time (HTB cannot be changed into another HTB in place); the first
            // time there is none to delete.
            let _ =
                ns.exec("tc").args(["qdisc", "del", "dev", DEV, "root"]).stderr(std::process::Stdio::null()).status();
            run(ns.exec("tc").args(["qdisc", "add", "dev", DEV, "root", "handle", "1:", "htb", "default", "1"]));
            run(ns
                .exec("tc")
                .args(["class", "add", "dev", DEV, "parent", "1:", "classid", "1:1", "htb"])
                .args(["rate", &rate, "ceil", &rate]));
        }
        // The queue behind the rate: `TEKTITE_WAN_QUEUE` names a leaf qdisc with its options
        // ("pfifo limit 300"; this kernel has no fq_codel); unset, HTB's own default, a FIFO of the device's
        // queue length (1000 packets).
        if let Ok(leaf) = std::env::var("TEKTITE_WAN_QUEUE") {
            for ns in [&self.server, &self.client] {
                run(ns
                    .exec("tc")
                    .args(["qdisc", "replace", "dev", DEV, "parent", "1:1", "handle", "10:"])
                    .args(leaf.split_whitespace()));
            }
        }
        self.one_way_us.store(profile.rtt.as_micros() as u64 / 2, Ordering::Relaxed);
    }

    /// Moves the calling thread into the server namespace. The benchmark's main thread does so
    /// before it starts the lab or a runtime, so that everything it starts lives there.
    pub fn enter_server(&self) {
        self.server.enter();
    }

    /// Puts `cmd`'s process in the client namespace when it starts (the rest of its set-up is
    /// kept).
    pub fn client(&self, cmd: &mut Command) {
        use std::os::unix::process::CommandExt;
        let fd = self.client.file.as_raw_fd();
        // SAFETY: between fork and exec only setns, an async-signal-safe system call, runs.
        unsafe {
            cmd.pre_exec(move || set_netns(fd));
        }
    }

    /// Runs `f` on a thread of its own inside the client namespace (a probe's client end).
    pub fn on_client<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> T {
        let fd = self.client.file.try_clone().expect("dup the namespace's file");
        std::thread::spawn(move || {
            set_netns(fd.as_raw_fd()).expect("setns");
            f()
        })
        .join()
        .expect("the client-side thread")
    }

    /// Starts sampling the bytes that cross the veth every [`SAMPLE`], until
    /// [`KernelRecording::finish`]. The caller must be in the server namespace.
    pub fn record(&self) -> KernelRecording {
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            let began = Instant::now();
            let mut samples = Vec::new();
            let sample = || {
                let (rx, tx) = device_bytes();
                // The server's side: what it sends goes down to the client, what it gets came up.
                Sample { at: began.elapsed().as_secs_f64(), down: tx, up: rx }
            };
            while !stopped.load(Ordering::Relaxed) {
                samples.push(sample());
                std::thread::sleep(SAMPLE);
            }
            // The last bytes, which came after the last tick.
            samples.push(sample());
            samples
        });
        for r in &self.releasers {
            r.lateness.lock().unwrap().clear();
        }
        KernelRecording { stop, thread }
    }

    /// How late the releasers let packets go since the last [`KernelLink::record`]: both
    /// directions pooled.
    pub fn lateness(&self) -> Lateness {
        let mut all: Vec<u32> = Vec::new();
        for r in &self.releasers {
            all.extend(r.lateness.lock().unwrap().iter());
        }
        Lateness::of(all)
    }

    /// CPU seconds the releaser threads used so far.
    pub fn releaser_cpu(&self) -> f64 {
        self.releasers.iter().map(|r| r.cpu_seconds()).sum()
    }
}

impl Drop for KernelLink {
    fn drop(&mut self) {
        for r in &self.releasers {
            r.stop.store(true, Ordering::Relaxed);
        }
        for r in self.releasers.drain(..) {
            let _ = r.thread.join();
        }
        // The namespaces go next (their own drop), and the veth pair, its qdiscs and the rules
        // with them.
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.name]).status();
    }
}

/// The veth's (received, sent) byte counters, read in the calling thread's namespace.
fn device_bytes() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/thread-self/net/dev").unwrap_or_default();
    text.lines()
        .find_map(|l| {
            let (name, rest) = l.split_once(':')?;
            (name.trim() == DEV).then(|| {
                let f: Vec<u64> = rest.split_whitespace().filter_map(|v| v.parse().ok()).collect();
                (f[0], f[8])
            })
        })
        .unwrap_or((0, 0))
}

/// A recording in progress.
pub struct KernelRecording {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<Vec<Sample>>,
}

impl KernelRecording {
    pub fn finish(self) -> Timeline {
        self.stop.store(true, Ordering::Relaxed);
        Timeline { samples: self.thread.join().expect("the recorder") }
    }
}

/// How late packets were released against their due time, in microseconds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lateness {
    pub packets: usize,
    pub p50: u32,
    pub p99: u32,
    pub max: u32,
}

impl Lateness {
    fn of(mut v: Vec<u32>) -> Lateness {
        if v.is_empty() {
            return Lateness::default();
        }
        v.sort_unstable();
        let at = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
        Lateness { packets: v.len(), p50: at(0.5), p99: at(0.99), max: *v.last().unwrap() }
    }
}

/// One namespace's delay stage: a thread that holds each queued packet for the one-way delay.
struct Releaser {
    stop: Arc<AtomicBool>,
    /// Microseconds late, per released packet since the last clear.
    lateness: Arc<Mutex<Vec<u32>>>,
    thread: std::thread::JoinHandle<()>,
    /// The thread's CPU clock, for [`Releaser::cpu_seconds`].
    clock: libc::clockid_t,
}

impl Releaser {
    fn start(ns: &Namespace, one_way_us: Arc<AtomicU64>) -> Releaser {
        let stop = Arc::new(AtomicBool::new(false));
        let lateness = Arc::new(Mutex::new(Vec::new()));
        let fd = ns.file.try_clone().expect("dup the namespace's file");
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stopped, late) = (stop.clone(), lateness.clone());
        let thread = std::thread::spawn(move || {
            set_netns(fd.as_raw_fd()).expect("setns");
            let mut queue = nfq::Queue::open().expect("NFQUEUE (nfnetlink_queue)");
            queue.bind(0).expect("bind queue 0");
            // Only the packet's metadata comes up: its id is all a verdict needs.
            queue.set_copy_range(0, 0).expect("copy range");
            // Room for every packet in flight on the fastest profile, several times over.
            queue.set_queue_max_len(0, 65_536).expect("queue length");
            queue.set_nonblocking(true);
            let mut clock: libc::clockid_t = 0;
            unsafe { libc::pthread_getcpuclockid(libc::pthread_self(), &mut clock) };
            ready_tx.send(clock).unwrap();
            release(&mut queue, &one_way_us, &stopped, &late);
        });
        let clock = ready_rx.recv().expect("the releaser started");
        Releaser { stop, lateness, thread, clock }
    }

    fn cpu_seconds(&self) -> f64 {
        let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        if unsafe { libc::clock_gettime(self.clock, &mut t) } != 0 {
            return 0.0;
        }
        t.tv_sec as f64 + t.tv_nsec as f64 / 1e9
    }
}

/// The releaser's loop: take every packet the kernel queued (stamped when taken), let each go when
/// its delay is over, sleep until the next is due (at most [`POLL`]). The delay is the same for
/// every packet, so the held ones are due in the order they came.
fn release(queue: &mut nfq::Queue, one_way_us: &AtomicU64, stop: &AtomicBool, lateness: &Mutex<Vec<u32>>) {
    let mut held: VecDeque<(Instant, nfq::Message)> = VecDeque::new();
    let mut late = Vec::new();
    loop {
        let stopping = stop.load(Ordering::Relaxed);
        let delay = Duration::from_micros(one_way_us.load(Ordering::Relaxed));
        loop {
            match queue.recv() {
                Ok(message) => held.push_back((Instant::now() + delay, message)),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => panic!("NFQUEUE: {e}"),
            }
        }
        let now = Instant::now();
        while held.front().is_some_and(|(due, _)| *due <= now || stopping) {
            let (due, mut message) = held.pop_front().unwrap();
            message.set_verdict(nfq::Verdict::Accept);
            queue.verdict(message).expect("verdict");
            late.push(now.saturating_duration_since(due).as_micros().min(u32::MAX as u128) as u32);
        }
        if !late.is_empty() {
            lateness.lock().unwrap().append(&mut late);
        }
        if stopping {
            return;
        }
        let wait = held.front().map_or(POLL, |(due, _)| due.saturating_duration_since(Instant::now()).min(POLL));
        std::thread::sleep(wait);
    }
}
