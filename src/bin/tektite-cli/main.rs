//! `tektite-cli`: the headless face of Tektite, for very large accounts and for scripts.
//!
//! ```text
//! tektite-cli blobs --from URL --from-id ID --to URL --to-id ID [--strategy auto|streaming|storage]
//!                   [--concurrency N] [--chunk-size BYTES] [--cache-dir DIR] [--json]
//! tektite-cli plan  <same account flags>
//! tektite-cli migrate --from URL --from-id ID --to URL --new-handle H --new-email E [--invite-code C]
//!                   [--plc URL] [--strategy ..] [--cache-dir DIR] [--state-dir DIR] [--json] [--yes]
//! tektite-cli status [--state-dir DIR] [--json]
//! tektite-cli backup --from-id ID [--from URL] --out DIR [--json]   |   backup --verify DIR
//! tektite-cli recovery-key add --from-id ID [--from URL] (--out FILE | --key did:key:…)
//! tektite-cli restore --backup DIR --to URL --new-handle H --new-email E --recovery-key-file FILE
//! ```
//! `--oauth [--no-browser]` on `migrate`, `blobs`, `plan`, `backup` and `recovery-key add`: the old
//! account signs in on its own server's page (one stderr line `Open this address to sign in: URL`).
//!
//! Exit codes: 0 done (the new PDS misses nothing), 1 failed (run again to retry), 2 bad usage or
//! configuration, a sign-in refused on the server's page, or another run holds the account's lock
//! (nothing changed), 3 (`migrate`) waiting for the PLC token the old PDS emailed, 4 (`migrate`,
//! did:web) waiting for the new document, 5 (`migrate --oauth`) waiting for the old account to be
//! deactivated on its server's account page, 130 interrupted.
//! The binary is thin: arguments → engine calls → output. All the work happens in `tektite-engine`.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod backup;
#[cfg(not(target_arch = "wasm32"))]
mod exit;
#[cfg(not(target_arch = "wasm32"))]
mod local;
#[cfg(not(target_arch = "wasm32"))]
mod migrate;
#[cfg(not(target_arch = "wasm32"))]
mod oauth;
#[cfg(not(target_arch = "wasm32"))]
mod output;
#[cfg(not(target_arch = "wasm32"))]
mod protect;
#[cfg(not(target_arch = "wasm32"))]
mod recovery_key;
#[cfg(not(target_arch = "wasm32"))]
mod restore;
#[cfg(not(target_arch = "wasm32"))]
mod run;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use clap::Parser;
    let cli = args::TopCli::parse();
    // With `--json` every text field stays English: scripts read it.
    tektite_i18n::set_lang(if cli.command.json() { tektite_i18n::Lang::En } else { language() });
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let code = runtime.block_on(async move {
        match cli.command {
            args::TopCommand::Blob(command) => run::main(args::Cli { command }).await,
            args::TopCommand::Migrate(a) => migrate::main(a).await,
            args::TopCommand::Status(a) => migrate::status(a).await,
            args::TopCommand::Backup(a) => backup::main(a).await,
            args::TopCommand::RecoveryKey(args::RecoveryKeyCommand::Add(a)) => protect::main(a).await,
            args::TopCommand::Restore(a) => restore::main(a).await,
        }
    });
    // Leave at once: idle pooled connections need no goodbye.
    runtime.shutdown_background();
    std::process::exit(code);
}

/// The language of the human-readable messages (never of `--json`): `TEKTITE_LANG` when it names
/// one we speak, else the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
#[cfg(not(target_arch = "wasm32"))]
fn language() -> tektite_i18n::Lang {
    let system: Vec<String> = sys_locale::get_locales().collect();
    tektite_i18n::choose(std::env::var("TEKTITE_LANG").ok().as_deref(), &system)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
