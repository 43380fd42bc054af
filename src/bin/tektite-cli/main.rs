//! `tektite-cli`: the headless face of Tektite, for very large accounts and for scripts.
//!
//! ```text
//! tektite-cli blobs --from URL --from-id ID --to URL --to-id ID [--strategy auto|streaming|storage]
//!                   [--concurrency N] [--chunk-size BYTES] [--cache-dir DIR] [--json]
//! tektite-cli plan  <same account flags>
//! ```
//! Exit codes: 0 the new PDS misses nothing, 1 some blobs failed, 2 bad usage or configuration.
//! The binary is thin: arguments → engine calls → output. All the work happens in `tektite-engine`.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod output;
#[cfg(not(target_arch = "wasm32"))]
mod run;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use clap::Parser;
    let cli = args::Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let code = runtime.block_on(run::main(cli));
    // Leave at once: idle pooled connections need no goodbye.
    runtime.shutdown_background();
    std::process::exit(code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
