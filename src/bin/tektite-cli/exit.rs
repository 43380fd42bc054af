//! How the CLI ends: exit codes, the typed reason to stop, and secrets read from the environment
//! or a hidden prompt (never from argv, which every user of the machine can see).

use std::future::Future;
use std::io::IsTerminal;
use std::sync::Arc;

use tektite_i18n::tr;

use crate::output::Printer;

pub const EXIT_OK: i32 = 0;
/// Some work failed; running the same command again retries it.
pub const EXIT_FAILED: i32 = 1;
/// Bad usage or configuration; nothing was changed.
pub const EXIT_USAGE: i32 = 2;
/// The account move waits for the token the old PDS emailed.
pub const EXIT_WAITING_FOR_TOKEN: i32 = 3;
/// A `did:web` move waits for the user to publish the DID document it printed: run again once it is.
pub const EXIT_WAITING_FOR_DID_DOCUMENT: i32 = 4;
/// A move signed in by OAuth waits for the old account to be deactivated on its PDS's own page
/// (OAuth may not do it): run again once it is, or with `TEKTITE_FROM_PASSWORD` for that call.
pub const EXIT_WAITING_FOR_DEACTIVATION: i32 = 5;
pub const EXIT_INTERRUPTED: i32 = 130;

/// A reason to stop, with the exit code it deserves.
pub struct Stop {
    pub code: i32,
    pub message: String,
}

impl Stop {
    pub fn usage(message: impl Into<String>) -> Self {
        Stop { code: EXIT_USAGE, message: message.into() }
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Stop { code: EXIT_FAILED, message: message.into() }
    }

    pub fn interrupted(what_is_kept: &str) -> Self {
        Stop { code: EXIT_INTERRUPTED, message: tr!("cli-interrupted", kept = what_is_kept) }
    }
}

/// The exit code of a finished command, saying why it stopped (as JSON with `--json`).
pub fn finish(result: Result<i32, Stop>, json: bool) -> i32 {
    match result {
        Ok(code) => code,
        Err(stop) => {
            if json {
                println!("{}", serde_json::json!({ "error": stop.message, "exit_code": stop.code }));
            } else {
                eprintln!("tektite-cli: {}", stop.message);
            }
            stop.code
        }
    }
}

/// Runs a command: logging per `TEKTITE_LOG`, its work with a [`Printer`], a clean stop on Ctrl-C
/// (`kept` says what an interruption keeps), and the exit code as [`finish`] gives it.
pub async fn run_command<F, Fut>(json: bool, kept: &str, work: F) -> i32
where
    F: FnOnce(Arc<Printer>) -> Fut,
    Fut: Future<Output = Result<i32, Stop>>,
{
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("TEKTITE_LOG").unwrap_or_else(|_| "off".into()))
        .with_writer(std::io::stderr)
        .try_init();
    let printer = Arc::new(Printer::new(json));
    let result = tokio::select! {
        r = work(printer.clone()) => r,
        _ = tokio::signal::ctrl_c() => Err(Stop::interrupted(kept)),
    };
    printer.finish_bar();
    finish(result, json)
}

/// Whether someone can answer a prompt.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// A secret (`what`: "password", "PLC token", …) from `var`, or a hidden prompt when interactive.
pub fn secret(var: &str, prompt: &str, what: &str) -> Result<String, Stop> {
    if let Ok(value) = std::env::var(var) {
        if !value.is_empty() {
            return Ok(value);
        }
    }
    if interactive() {
        return rpassword::prompt_password(prompt)
            .map_err(|e| Stop::usage(tr!("cli-secret-unreadable", what = what, error = e.to_string())));
    }
    Err(Stop::usage(tr!("cli-secret-missing", what = what, var = var)))
}
