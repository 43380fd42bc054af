//! Runs a per-blob transfer over the whole work list: up to N blobs at once, N pinned or adapted to
//! the throughput ([`super::concurrency`]; futures only, no spawned tasks, so it works the same on a
//! single-threaded browser), retries by error kind, one outcome per blob, progress events.
//!
//! **Overlap:** a blob whose download has ended gives its slot to the next blob while its upload
//! finishes (its last bytes, then the server's answer: a round trip or more), so the next one's
//! request is on its way meanwhile. Without it, blobs of one size that share a link fairly all end
//! together and leave the link idle for a round trip or two before the next round's bytes flow
//! (measured over the kernel's TCP, 20 Mbit/s and 120 ms, 300 KiB blobs: both directions at about
//! 40 % for 0.3 s every 2.5 s). At most a quarter of the number in flight overlap, so memory stays
//! within a quarter over the budget (their buffers only drain), and only once the number has grown
//! above its start (more blobs helped); a pinned number never overlaps: "one at a time" stays one
//! at a time.
//!
//! A moved blob's resume record ("uploaded") is written while the next blob already starts: the
//! blob is on the new PDS once its answer is checked, and the record only spares a later run a
//! question (the new PDS's missing list stays the judge), so its file write need not hold the
//! blob's slot (one blob at a time it took 0.5 ms of each blob's ~400 ms). The report waits for
//! every record.

use std::cell::Cell;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use futures::future::{select, Either};
use futures::stream::FuturesUnordered;
use futures::StreamExt;

use super::blob_error::BlobError;
use super::concurrency::{Concurrency, Controller};
use super::context::MigrationContext;
use super::kind::StrategyKind;
use super::meter::{BlobMeter, RunMeter};
use super::transfer::Moved;
use crate::outcome::{BlobOutcome, BlobStatus, MigrationReport};
use crate::progress::ProgressEvent;
use crate::resume::BlobPhase;
use crate::retry::{retry, RetryAdvice, Wait};
use crate::runtime::Instant;
use crate::xrpc::api::{RecordBlob, GET_BLOB, UPLOAD_BLOB};
use crate::xrpc::XrpcError;

/// Downloads of one blob whose bytes did not match its CID before it is reported as damaged.
const MAX_DAMAGED_DOWNLOADS: u32 = 3;

pub(crate) async fn drive<'a, F, Fut>(
    ctx: &'a MigrationContext,
    kind: StrategyKind,
    blobs: &'a [RecordBlob],
    concurrency: Concurrency,
    transfer: F,
) -> MigrationReport
where
    F: Fn(&'a RecordBlob, Arc<BlobMeter>) -> Fut,
    Fut: Future<Output = Result<Moved, BlobError>> + 'a,
{
    let run = RunMeter::new(ctx.progress.clone(), blobs.len());
    let retries = Arc::new(AtomicU64::new(0));
    let transfer = &transfer;
    let one = |blob: &'a RecordBlob| {
        let run = run.clone();
        let retries = retries.clone();
        async move {
            let meter = run.blob(&blob.cid);
            let (status, moved) = with_retries(ctx, blob, &retries, || transfer(blob, meter.clone())).await;
            meter.settle();
            run.finished(matches!(status, BlobStatus::Failed { .. }));
            let outcome = BlobOutcome { cid: blob.cid.clone(), status };
            run.sink().emit(ProgressEvent::BlobFinished { outcome: outcome.clone() });
            (outcome, moved.map(|moved| (blob, moved)))
        }
    };
    let record = |blob: &'a RecordBlob, mut moved: Moved| async move {
        ctx.resume.record(&blob.cid, BlobPhase::Uploaded, moved.size, &moved.content_type, &*ctx.progress).await;
        // Only now may the local copy go (see `Moved::cache_entry`); dropped here, it is deleted.
        if let Some(entry) = moved.cache_entry.as_mut() {
            entry.uploaded();
        }
    };
    let mut control = Controller::new(concurrency);
    if concurrency.is_adaptive() {
        run.sink().emit(ProgressEvent::Concurrency {
            blobs_at_once: concurrency.start,
            reason: format!("starting; up to {} while the throughput grows", concurrency.ceiling),
        });
    }
    let mut queue = blobs.iter();
    let mut running = FuturesUnordered::new();
    let mut records = FuturesUnordered::new();
    let mut outcomes = Vec::with_capacity(blobs.len());
    let mut retries_seen = 0;
    // Only where more blobs at once have been worth it: with no round trip to hide (loopback), the
    // controller settles at its start and an overlap would only add work (measured: 10–18 % slower
    // on loopback, 100 × 1 MiB, when it applied from the start).
    let overlap =
        |limit: usize| if concurrency.is_adaptive() && limit > concurrency.start { (limit / 4).max(1) } else { 0 };
    loop {
        // Records being written make progress while the blobs run; an ended download may free a
        // slot. Every future raced here is cancel-safe (`next`, `download_ends`).
        let next = loop {
            let limit = control.limit();
            while running.len() < limit + run.downloads_ended().min(overlap(limit)) {
                match queue.next() {
                    Some(blob) => running.push(one(blob)),
                    None => break,
                }
            }
            let writing = async {
                match records.is_empty() {
                    true => futures::future::pending().await,
                    false => records.next().await,
                }
            };
            let others = select(Box::pin(writing), Box::pin(run.download_ends()));
            match select(running.next(), others).await {
                Either::Left((next, _)) => break next,
                Either::Right(_) => {}
            }
        };
        let Some((outcome, moved)) = next else { break };
        if let Some((blob, moved)) = moved {
            records.push(record(blob, moved));
        }
        // Retries (transient failures, rate limits waited out) say the servers want less.
        let retried = retries.load(Ordering::Relaxed);
        let trouble = retried > retries_seen || matches!(outcome.status, BlobStatus::Failed { .. });
        retries_seen = retried;
        if let Some(change) = control.observe(Instant::now(), run.totals().bytes_uploaded, trouble) {
            tracing::info!("blobs at once: {} ({})", change.to, change.reason);
            run.sink().emit(ProgressEvent::Concurrency { blobs_at_once: change.to, reason: change.reason });
        }
        outcomes.push(outcome);
    }
    while records.next().await.is_some() {}
    let totals = run.totals();
    let retries = retries.load(Ordering::Relaxed);
    // Remembered so the next plan knows whether the network has been unreliable.
    if let Err(e) = ctx.resume.add_network_failures(retries).await {
        tracing::warn!("could not record network failures: {e}");
    }
    MigrationReport {
        strategy: kind.to_string(),
        outcomes,
        bytes_downloaded: totals.bytes_downloaded,
        bytes_uploaded: totals.bytes_uploaded,
        elapsed_secs: totals.elapsed_secs,
        retries,
        // Never more than there were blobs (a single blob is one at once, whatever the start).
        peak_concurrency: control.peak().min(blobs.len()),
    }
}

/// One blob, retried by error kind under the target's retry policy ([`retry`]): transient failures
/// back off (each one counted in `retries` and announced), rate limits are waited out on the side
/// that asked, a renewed session sends again at once. A wait too long for this run ends the blob as
/// retryable, and the next run (or day) picks it up from the missing list. With the status, what a
/// moved blob needs for its record.
async fn with_retries<Fut>(
    ctx: &MigrationContext,
    blob: &RecordBlob,
    retries: &AtomicU64,
    attempt: impl Fn() -> Fut,
) -> (BlobStatus, Option<Moved>)
where
    Fut: Future<Output = Result<Moved, BlobError>>,
{
    let policy = ctx.target.retry_policy().clone();
    let attempts = Cell::new(0u32);
    let damaged = Cell::new(0u32);
    // A body that fails its CID check is downloaded again a few times: one flipped byte in transit
    // is a transport fault. The same failure every time means the old PDS's copy is damaged.
    let classify = |err: &BlobError| match err {
        BlobError::IntegrityMismatch { .. } if damaged.get() < MAX_DAMAGED_DOWNLOADS => RetryAdvice::Backoff,
        err => err.advice(),
    };
    let on_wait = |err: &BlobError, wait: Wait| match wait {
        Wait::Backoff { attempt, delay } => {
            retries.fetch_add(1, Ordering::Relaxed);
            ctx.progress.emit(ProgressEvent::Retrying {
                cid: Some(blob.cid.clone()),
                attempt,
                delay_secs: delay.as_secs_f64(),
                reason: err.to_string(),
            });
            tracing::warn!("blob {}: {err}; retrying in {:.1}s", blob.cid, delay.as_secs_f64());
        }
        // Told by the client of the server that asked, so the event names that host.
        Wait::RateLimited(_) => {
            if let BlobError::Xrpc(xe @ XrpcError::RateLimited { host, .. }) = err {
                let client = if host == ctx.source.host() { &ctx.source } else { &ctx.target };
                client.announce_wait(xe, wait);
            }
        }
    };
    let result = retry(&policy, classify, on_wait, || {
        attempts.set(attempts.get() + 1);
        let transfer = attempt();
        async {
            // A blob starts only when neither side is rate-limiting its kind of call: otherwise its
            // download would be held open (or its upload spent) until the reset.
            ctx.source.pass_gate(GET_BLOB).await;
            ctx.target.pass_gate(UPLOAD_BLOB).await;
            let result = transfer.await;
            if let Err(BlobError::IntegrityMismatch { .. }) = &result {
                damaged.set(damaged.get() + 1);
            }
            result
        }
    })
    .await;
    match result {
        Ok(moved) => {
            let status =
                BlobStatus::Migrated { size: moved.size, from_cache: moved.from_cache, attempts: attempts.get() };
            (status, Some(moved))
        }
        Err(err) => {
            let retryable = !matches!(err.advice(), RetryAdvice::Never);
            tracing::warn!("blob {} failed: {err}", blob.cid);
            let mut message = err.to_string();
            if damaged.get() > 1 {
                message.push_str(&format!(
                    "; it was damaged the same way on all {} downloads, so the old PDS's copy itself is damaged",
                    damaged.get()
                ));
            }
            (BlobStatus::Failed { kind: err.kind(), message, retryable, attempts: attempts.get() }, None)
        }
    }
}
