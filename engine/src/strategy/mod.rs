//! Blob migration strategies behind one trait.
//!
//! - [`StreamingStrategy`]: old PDS → bounded channel → new PDS, memory O(chunk).
//! - [`StorageStrategy`] (≤ 50 blobs): old PDS → local cache → new PDS → cleanup, so a verified copy
//!   survives crashes and failed uploads.
//!
//! Both share the per-blob machinery: [`gather`] (when bytes read go on), [`verify`] (hash while
//! streaming, hold the last bytes back until the CID matches), [`driver`] (N blobs at once, retries
//! by error kind, events) and [`meter`] (download and upload bytes counted separately).
//! [`selection`] picks one from real probes.
//!
//! This file only declares and re-exports: the submodules import each other directly (never through
//! here), in one direction — `kind` and `blob_error` at the bottom, then `context`, `meter`,
//! `gather`, `verify`, `transfer`, `driver`, and the strategies on top — so there are no import cycles.

mod blob_error;
pub mod concurrency;
mod context;
mod driver;
mod gather;
mod guard;
mod kind;
mod meter;
pub mod selection;
pub mod sizing;
pub(crate) mod storage;
mod streaming;
mod transfer;
mod verify;

pub use blob_error::BlobError;
pub use concurrency::Concurrency;
pub use context::{MigrationContext, MigrationStrategy};
pub use guard::StorageGuard;
pub use kind::StrategyKind;
pub use selection::{select_optimal_strategy, StrategyChoice, STORAGE_MAX_BLOBS};
pub use sizing::BufferOptimization;
pub use storage::StorageStrategy;
pub use streaming::StreamingStrategy;

// The outcome types were defined here once; these paths keep working.
pub use crate::outcome::{BlobFailureKind, BlobOutcome, BlobStatus, MigrationReport};
