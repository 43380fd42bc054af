//! Tektite's migration engine: everything needed to move an account's blobs from one PDS to another,
//! with no UI and no knowledge of the target it runs on.
//!
//! - [`xrpc`]: our small typed XRPC layer on reqwest (sessions, refresh, rate limits, retries, streaming).
//! - [`worklist`]: what the new PDS still misses, and the old PDS's inventory.
//! - [`strategy`]: the [`MigrationStrategy`] trait, [`StreamingStrategy`], [`StorageStrategy`] and
//!   [`select_optimal_strategy`].
//! - [`blobs`]: the blob step (work list → plan → strategy → what is still missing), used by every face.
//! - [`identity`]: handle → DID → DID document → PDS, for accounts known only by their handle.
//! - [`plan`]: probes + work list → a decided, printable [`MigrationPlan`].
//! - [`resume`]: which blobs are cached-and-verified or uploaded, kept in the platform's key-value store.
//! - [`cid`]: CIDv1 raw sha-256, computed while bytes stream.
//! - [`migration`]: the whole account move (account, repo, blobs, preferences, identity) as a
//!   resumable state machine.
//! - [`recovery_key`]: a secp256k1 rotation key for the user to hold, as a `did:key` and a key file.
//! - [`after_move`]: the checklist after a move, and a check that the new account works.
//! - [`progress`]: events out; whoever listens (CLI, UI) is not our business.
//! - [`outcome`]: what happened to each blob and to a run (plain data, shared by all of the above).
//!
//! - [`transport`]: the one seam between native and browser targets (HTTP bodies, downloads,
//!   timers); no other module looks at the target.
//!
//! Platform services (cache, state, probes) come in through `tektite_platform::Platform`.

pub mod account;
pub mod after_move;
pub mod backup;
pub mod blobs;
pub mod cid;
pub mod identity;
pub mod identity_signing;
pub mod migration;
pub mod oauth;
pub mod outcome;
pub mod plan;
pub mod progress;
pub mod protect;
pub mod recovery_key;
pub mod resume;
pub mod retry;
pub mod runtime;
pub mod strategy;
pub mod transport;
pub mod waits;
pub mod worklist;
pub mod xrpc;

pub use outcome::{BlobFailureKind, BlobOutcome, BlobStatus, MigrationReport};
pub use plan::MigrationPlan;
pub use progress::{NoProgress, ProgressEvent, ProgressSink};
pub use strategy::{
    select_optimal_strategy, BufferOptimization, MigrationContext, MigrationStrategy, StorageStrategy, StrategyChoice,
    StrategyKind, StreamingStrategy,
};
pub use xrpc::{XrpcClient, XrpcError};
