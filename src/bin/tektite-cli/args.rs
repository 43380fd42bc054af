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

/// The account being moved, and where to find it: by handle or DID alone (handle → DID → DID
/// document → its PDS), or signed in at a given address (its PDS, or an entryway such as
/// bsky.social; the DID document still decides where its data is).
#[derive(Args, Debug, Clone)]
pub struct OldAccount {
    /// Where to sign in to the old account (optional): its PDS, or an entryway such as
    /// https://bsky.social. Default: the PDS its DID document names.
    #[arg(long, value_name = "URL", value_parser = url_arg)]
    pub from: Option<String>,
    /// The account being moved (handle or DID). Password: TEKTITE_FROM_PASSWORD or a prompt,
    /// unless it signs in with --oauth.
    #[arg(long, value_name = "HANDLE|DID")]
    pub from_id: String,
    #[command(flatten)]
    pub lookup: Lookup,
    #[command(flatten)]
    pub sign_in: crate::oauth::OAuthArgs,
}

impl OldAccount {
    pub fn resolver(&self) -> tektite_engine::identity::Resolver {
        self.lookup.resolver()
    }
}

/// How blobs are moved, and where this machine keeps its part.
#[derive(Args, Debug, Clone)]
pub struct Transfer {
    /// How to move blobs; `auto` decides from free memory, cache space and the work list.
    #[arg(long, value_enum, default_value_t = StrategyArg::Auto)]
    pub strategy: StrategyArg,
    /// Pin the blobs moved at once. Default: adaptive, from 4 (fewer when memory is short), doubling
    /// while the throughput grows, up to what a 32 MiB buffer budget holds.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: Option<u16>,
    /// Where the storage strategy keeps verified copies (default: the user's cache folder).
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Where progress is kept (default: the user's data folder). Never holds passwords or tokens.
    #[arg(long, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
}

#[derive(Args, Debug, Clone)]
pub struct BlobArgs {
    #[command(flatten)]
    pub old: OldAccount,
    /// The new PDS, e.g. https://new.example.com
    #[arg(long, value_name = "URL", value_parser = url_arg)]
    pub to: String,
    /// The account on the new PDS (handle or DID). Password: TEKTITE_TO_PASSWORD or a prompt.
    #[arg(long, value_name = "HANDLE|DID")]
    pub to_id: String,
    #[command(flatten)]
    pub transfer: Transfer,
    /// Bytes per chunk in the transfer buffers (16 KiB to 8 MiB).
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(16384..=8388608))]
    pub chunk_size: Option<u64>,
    /// Print events as JSON lines, and a JSON summary as the last line.
    #[arg(long)]
    pub json: bool,
}

/// All subcommands: the blob commands above and the whole-account migration.
#[derive(Parser, Debug)]
#[command(
    name = "tektite-cli",
    version,
    about = "Move a Bluesky/ATProto account (blobs first) from one PDS to another, verified and resumable"
)]
pub struct TopCli {
    #[command(subcommand)]
    pub command: TopCommand,
}

#[derive(Subcommand, Debug)]
pub enum TopCommand {
    #[command(flatten)]
    Blob(Command),
    /// Move the whole account: create it on the new PDS, copy repo, blobs and preferences, then (after
    /// your confirmation and the emailed PLC token) move the identity and deactivate the old account.
    #[command(after_help = "Secrets come from the environment or hidden prompts: TEKTITE_FROM_PASSWORD, \
TEKTITE_NEW_PASSWORD (the new account's password), TEKTITE_FROM_2FA (when the old PDS asks for a sign-in code), \
TEKTITE_PLC_TOKEN (the code the old PDS emails before the identity moves).\n\
With --oauth the old account signs in on its server's page instead; TEKTITE_FROM_PASSWORD, when set, is used \
only to deactivate the old account at the end (a server sign-in may not).\n\
Every finished step is saved (--state-dir): run the same command again to continue.\n\
Exit codes: 0 done, 1 failed (run again to retry), 2 bad usage or configuration, or not confirmed, \
3 waiting for the emailed code (run again with TEKTITE_PLC_TOKEN=…), 4 (did:web) waiting for the new document, \
5 (--oauth) waiting for the old account to be deactivated on its server's account page, 130 interrupted.")]
    Migrate(MigrateArgs),
    /// Show saved migrations (DID, steps done, next step) and scheduled backups (last result).
    Status(StatusArgs),
    /// Back up an account into a folder (repository, every blob verified, preferences, DID document
    /// and PLC history, a manifest); a second run into the same folder fetches only what is new.
    /// `--verify DIR` checks a backup instead.
    #[command(
        after_help = "Password: TEKTITE_FROM_PASSWORD or a prompt (TEKTITE_FROM_2FA when the server asks for a code). \
Without one (--public, an empty answer at the prompt, or no terminal and no TEKTITE_FROM_PASSWORD) the backup takes \
what an active account shows anyone: everything but the preferences, whose last signed-in copy the folder keeps.\n\
--schedule daily|hourly|weekly writes a systemd user timer that runs such a backup into --out (no secret stored); \
--out DIR --unschedule removes it; `status` lists them with their last result.\n\
Exit codes: 0 complete (or intact, or scheduled), 1 some blobs could not be saved or a server did not answer \
(run again; the previous backup in the folder is kept whole) or the backup is damaged, 2 bad usage."
    )]
    Backup(BackupArgs),
    /// Recovery keys: a rotation key you hold, with which you can move the account without its PDS.
    #[command(subcommand)]
    RecoveryKey(RecoveryKeyCommand),
    /// Bring a backup up on a new PDS when the old one is gone, signed with your recovery key.
    #[command(after_help = "The new account's password: TEKTITE_NEW_PASSWORD or a prompt.\n\
Every finished step is saved (--state-dir): run the same command again to continue.\n\
Exit codes: 0 restored, 1 failed (run again to continue), 2 bad usage, or not confirmed.")]
    Restore(RestoreArgs),
}

/// Where identities are looked up (as for the old account of a move).
#[derive(Args, Debug, Clone)]
pub struct Lookup {
    /// The PLC directory holding `did:plc` documents.
    #[arg(long, value_name = "URL", default_value = tektite_engine::identity::DEFAULT_PLC_URL, value_parser = url_arg)]
    pub plc: String,
    /// The service asked to resolve a handle when DNS and the handle's web server do not answer.
    #[arg(long, value_name = "URL", env = "TEKTITE_HANDLE_RESOLVER", default_value = tektite_engine::identity::DEFAULT_HANDLE_RESOLVER, value_parser = url_arg)]
    pub handle_resolver: String,
}

impl Lookup {
    pub fn resolver(&self) -> tektite_engine::identity::Resolver {
        tektite_engine::identity::Resolver { plc_url: self.plc.clone(), handle_resolver: self.handle_resolver.clone() }
    }
}

#[derive(Args, Debug, Clone)]
pub struct BackupArgs {
    /// The account to back up (handle or DID).
    #[arg(long, value_name = "HANDLE|DID", required_unless_present_any = ["verify", "unschedule"])]
    pub from_id: Option<String>,
    /// Where to sign in (optional): its PDS, or an entryway such as https://bsky.social.
    #[arg(long, value_name = "URL", value_parser = url_arg)]
    pub from: Option<String>,
    /// The backup folder (created private to you when missing; an earlier backup of the same
    /// account in it is brought up to date).
    #[arg(long, value_name = "DIR", required_unless_present = "verify", conflicts_with = "verify")]
    pub out: Option<PathBuf>,
    /// Check the backup in DIR (or FILE.tar) against its manifest (every blob re-hashed) instead
    /// of backing up.
    #[arg(long, value_name = "DIR|FILE.tar")]
    pub verify: Option<PathBuf>,
    /// Take what the account shows anyone, without signing in (what a scheduled backup does).
    #[arg(long, conflicts_with = "oauth")]
    pub public: bool,
    /// Keep the backup in --out current: a systemd user timer runs `backup --public` into it this
    /// often (nothing secret is stored). Nothing is backed up now.
    #[arg(long, value_enum, value_name = "EVERY", conflicts_with_all = ["verify", "unschedule"])]
    pub schedule: Option<Every>,
    /// Remove the timer that keeps the backup in --out current.
    #[arg(long, requires = "out", conflicts_with = "verify")]
    pub unschedule: bool,
    #[command(flatten)]
    pub lookup: Lookup,
    #[command(flatten)]
    pub sign_in: crate::oauth::OAuthArgs,
    /// Print the report as JSON (progress events as JSON lines before it).
    #[arg(long)]
    pub json: bool,
}

/// How often a scheduled backup runs (systemd's `OnCalendar=` of the same name).
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Hourly,
    Daily,
    Weekly,
}

impl Every {
    pub fn schedule(self) -> tektite_platform::desktop::schedule::Every {
        use tektite_platform::desktop::schedule::Every as E;
        match self {
            Every::Hourly => E::Hourly,
            Every::Daily => E::Daily,
            Every::Weekly => E::Weekly,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum RecoveryKeyCommand {
    /// Add a recovery key to the account's identity (did:plc) through its current PDS, keeping every
    /// rotation key it has. The PDS emails a code: run again with TEKTITE_PLC_TOKEN (exit 3 until then).
    #[command(after_help = "Secrets: TEKTITE_FROM_PASSWORD (or a prompt), TEKTITE_FROM_2FA, TEKTITE_PLC_TOKEN.\n\
Exit codes: 0 added (or already there), 1 failed, 2 bad usage or a wrong code, 3 waiting for the emailed code.")]
    Add(RecoveryKeyAddArgs),
}

#[derive(Args, Debug, Clone)]
pub struct RecoveryKeyAddArgs {
    #[command(flatten)]
    pub old: OldAccount,
    /// Generate the key and write its private half to FILE (mode 0600; the file must not exist yet,
    /// or be one an earlier run of this command wrote).
    #[arg(long, value_name = "FILE", required_unless_present = "key", conflicts_with = "key")]
    pub out: Option<PathBuf>,
    /// Add a key you already hold (did:key:…) instead of generating one.
    #[arg(long, value_name = "DID_KEY")]
    pub key: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug, Clone)]
pub struct RestoreArgs {
    /// The backup: its folder (written by `backup`), or its `.tar` (the web app's download, or the
    /// folder packed with tar), read in place.
    #[arg(long, value_name = "DIR|FILE.tar")]
    pub backup: PathBuf,
    #[command(flatten)]
    pub new: NewAccount,
    /// Your recovery key file (written by `recovery-key add` or `migrate --new-recovery-key`); its
    /// key must be one of the identity's rotation keys.
    #[arg(long, value_name = "FILE")]
    pub recovery_key_file: PathBuf,
    #[command(flatten)]
    pub lookup: Lookup,
    /// Where progress is kept (default: the user's data folder).
    #[arg(long, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// Confirm without asking.
    #[arg(long)]
    pub yes: bool,
    #[arg(long)]
    pub json: bool,
}

/// The account an identity gets on its new PDS (a move creates it, so does a restore).
#[derive(Args, Debug, Clone)]
pub struct NewAccount {
    /// The new PDS, e.g. https://new.example.com
    #[arg(long, value_name = "URL", value_parser = url_arg)]
    pub to: String,
    /// The handle on the new PDS, e.g. alice.new.example.com. Password: TEKTITE_NEW_PASSWORD or a prompt.
    #[arg(long, value_name = "HANDLE")]
    pub new_handle: String,
    /// The e-mail address of the new account.
    #[arg(long, value_name = "EMAIL")]
    pub new_email: String,
    /// Invite code, when the new PDS requires one.
    #[arg(long, value_name = "CODE")]
    pub invite_code: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub old: OldAccount,
    #[command(flatten)]
    pub new: NewAccount,
    /// A rotation key you hold (did:key:…), put first in the DID document: with its private key
    /// you can change the identity without any PDS. Keys already in the document are kept.
    #[arg(long, value_name = "DID_KEY", conflicts_with = "new_recovery_key")]
    pub recovery_key: Option<String>,
    /// Generate a recovery key (secp256k1) for you to hold: its private key is written to FILE
    /// (mode 0600; the file must not exist yet, or be one this option wrote for this move), its
    /// did:key goes first in the DID document.
    #[arg(long, value_name = "FILE")]
    pub new_recovery_key: Option<PathBuf>,
    /// Move the identity even though some blobs can never be moved (gone from the old PDS, or
    /// larger than the new one accepts). Without it the move stops before the identity steps and
    /// lists them (exit 1).
    #[arg(long)]
    pub accept_missing_blobs: bool,
    #[command(flatten)]
    pub transfer: Transfer,
    /// Print events as JSON lines, and a JSON result as the last line.
    #[arg(long)]
    pub json: bool,
    /// Confirm the irreversible steps (moving the identity, deactivating the old account) without asking.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Args, Debug, Clone)]
pub struct StatusArgs {
    /// Where migration state is kept (default: the user's data folder).
    #[arg(long, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrategyArg {
    Auto,
    Streaming,
    Storage,
}

impl StrategyArg {
    pub fn kind(self) -> Option<tektite_engine::StrategyKind> {
        match self {
            StrategyArg::Auto => None,
            StrategyArg::Streaming => Some(tektite_engine::StrategyKind::Streaming),
            StrategyArg::Storage => Some(tektite_engine::StrategyKind::Storage),
        }
    }
}

/// A server address as typed (`bsky.social`, `https://bsky.social/`): `https://…`, or why not.
fn url_arg(raw: &str) -> Result<String, String> {
    let url = tektite_engine::xrpc::service_url(raw);
    match tektite_engine::XrpcClient::new(&url, std::sync::Arc::new(tektite_engine::NoProgress)) {
        Ok(_) => Ok(url),
        Err(_) => Err(format!("`{raw}` is not a server address; use e.g. bsky.social or https://pds.example.com")),
    }
}

impl TopCommand {
    /// Whether the command speaks JSON (`--json`), which stays English and stable.
    pub fn json(&self) -> bool {
        match self {
            TopCommand::Blob(Command::Blobs(a) | Command::Plan(a)) => a.json,
            TopCommand::Migrate(a) => a.json,
            TopCommand::Status(a) => a.json,
            TopCommand::Backup(a) => a.json,
            TopCommand::RecoveryKey(RecoveryKeyCommand::Add(a)) => a.json,
            TopCommand::Restore(a) => a.json,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_addresses_are_accepted_as_people_type_them() {
        assert_eq!(url_arg("bsky.social").unwrap(), "https://bsky.social");
        assert_eq!(url_arg(" https://bsky.social/ ").unwrap(), "https://bsky.social");
        assert_eq!(url_arg("http://localhost:2583").unwrap(), "http://localhost:2583");
        assert!(url_arg("ftp://example.com").unwrap_err().contains("not a server address"));
        assert!(url_arg("").is_err());
    }
}
