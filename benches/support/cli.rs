//! The release `tektite-cli blobs` run the benchmarks time: one place for its arguments, and for
//! reading (and checking) the JSON summary it ends with.
#![allow(dead_code)] // shared by the benchmarks; each uses part of it

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::lab::{Lab, SeededAccount};

const CLI: &str = env!("CARGO_BIN_EXE_tektite-cli");

/// Which `tektite-cli` a row runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Build {
    /// The one built with this benchmark.
    Current,
    /// An earlier build named by `TEKTITE_BENCH_BASELINE`, run interleaved with the current one so
    /// that both see the same machine (on a shared machine the lab's speed swings by tens of percent
    /// from one minute to the next, so two benchmarks run one after the other compare poorly).
    Baseline,
}

impl Build {
    /// The builds to run in run number `run`: the current one, and the baseline when
    /// `TEKTITE_BENCH_BASELINE` names one; which goes first alternates run by run, so that neither
    /// always finds the machine as the other left it.
    pub fn in_run(run: usize) -> Vec<Build> {
        match std::env::var_os("TEKTITE_BENCH_BASELINE") {
            Some(path) => {
                assert!(std::path::Path::new(&path).is_file(), "TEKTITE_BENCH_BASELINE={path:?} is not a file");
                if run.is_multiple_of(2) {
                    vec![Build::Current, Build::Baseline]
                } else {
                    vec![Build::Baseline, Build::Current]
                }
            }
            None => vec![Build::Current],
        }
    }

    /// What a row's label adds for this build.
    pub fn suffix(self) -> &'static str {
        match self {
            Build::Current => "",
            Build::Baseline => " (baseline)",
        }
    }

    fn program(self) -> std::ffi::OsString {
        match self {
            Build::Current => CLI.into(),
            Build::Baseline => std::env::var_os("TEKTITE_BENCH_BASELINE").expect("TEKTITE_BENCH_BASELINE is set"),
        }
    }
}

/// `blobs` for `account` from the lab's old PDS to its new one with `strategy` (and `concurrency`
/// pinned, if given), run by `build`, with fresh cache and state folders inside `dirs`. Callers add
/// what their setting needs (a proxy, say) before [`summary`].
pub fn blobs(
    build: Build,
    lab: &Lab,
    account: &SeededAccount,
    strategy: &str,
    concurrency: Option<usize>,
    dirs: &tempfile::TempDir,
) -> Command {
    blobs_between(build, (lab.old_url(), lab.new_url()), account, strategy, concurrency, dirs)
}

/// [`blobs`] between the PDSes at these (old, new) URLs, for a path on which the lab's servers
/// have other addresses (the kernel link's).
pub fn blobs_between(
    build: Build,
    (from, to): (&str, &str),
    account: &SeededAccount,
    strategy: &str,
    concurrency: Option<usize>,
    dirs: &tempfile::TempDir,
) -> Command {
    let mut cmd = Command::new(build.program());
    cmd.args(["blobs", "--from", from, "--from-id", &account.old_handle])
        .args(["--to", to, "--to-id", &account.new_handle, "--strategy", strategy, "--json"])
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
    cmd
}

/// Runs `cmd` and returns its summary, which must say it succeeded (exit 0).
pub fn summary(cmd: Command) -> Value {
    run(cmd).0
}

/// Runs `cmd`: its summary (which must say it succeeded), and every line it printed (its progress
/// events, with `--json`) with the seconds since the start at which it came.
pub fn run(mut cmd: Command) -> (Value, Vec<(f64, String)>) {
    let began = std::time::Instant::now();
    let mut child = cmd.stdout(Stdio::piped()).spawn().expect("tektite-cli runs");
    let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let lines: Vec<(f64, String)> =
        stdout.lines().map_while(Result::ok).map(|l| (began.elapsed().as_secs_f64(), l)).collect();
    let status = child.wait().expect("tektite-cli ends");
    let last = lines.last().map(|(_, l)| l.as_str()).unwrap_or_default();
    let summary: Value = serde_json::from_str(last).unwrap_or_else(|e| panic!("no JSON summary ({e}): {last}"));
    assert_eq!(status.code(), Some(0), "tektite-cli failed: {summary}");
    (summary, lines)
}
