//! Command-line arguments. Passwords are deliberately not among them: argv is visible to every user
//! of the machine, so they come from the environment or a hidden prompt.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "tektite-cli",
    version,
    about = "Move a Bluesky/ATProto account's blobs from one PDS to another, verified and resumable"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Copy every blob the new PDS still misses (also repairs an earlier, incomplete migration).
    Blobs(BlobArgs),
    /// Print the migration plan (probes, chosen strategy and why) without moving anything.
    Plan(BlobArgs),
}

#[derive(Args, Debug, Clone)]
pub struct BlobArgs {
    /// The old PDS, e.g. https://old.example.com
    #[arg(long, value_name = "URL")]
    pub from: String,
    /// The account on the old PDS (handle or DID). Password: TEKTITE_FROM_PASSWORD or a prompt.
    #[arg(long, value_name = "HANDLE|DID")]
    pub from_id: String,
    /// The new PDS, e.g. https://new.example.com
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// The account on the new PDS (handle or DID). Password: TEKTITE_TO_PASSWORD or a prompt.
    #[arg(long, value_name = "HANDLE|DID")]
    pub to_id: String,
    /// How to move blobs; `auto` decides from free memory, cache space and the work list.
    #[arg(long, value_enum, default_value_t = StrategyArg::Auto)]
    pub strategy: StrategyArg,
    /// Blobs moved at once (default: chosen from available memory, at most 4).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: Option<u16>,
    /// Bytes per chunk in the transfer buffers (16 KiB to 8 MiB).
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(16384..=8388608))]
    pub chunk_size: Option<u64>,
    /// Where the storage strategy keeps verified copies (default: the user's cache folder).
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Where resume state is kept (default: the user's data folder). Never holds passwords or tokens.
    #[arg(long, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// Print events as JSON lines, and a JSON summary as the last line.
    #[arg(long)]
    pub json: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrategyArg {
    Auto,
    Streaming,
    Storage,
}
