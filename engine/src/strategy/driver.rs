//! Runs a per-blob transfer over the whole work list: up to N blobs at once (futures combinators, no
//! spawned tasks, so it works the same on a single-threaded browser), retries by error kind, one
//! outcome per blob, progress events.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use futures::StreamExt;

use super::blob_error::BlobError;
use super::context::MigrationContext;
use super::meter::{BlobMeter, RunMeter};
use super::transfer::Moved;
use crate::outcome::{BlobOutcome, BlobStatus, MigrationReport};
use crate::progress::ProgressEvent;
use crate::retry::RetryAdvice;
use crate::runtime::sleep;
use crate::xrpc::api::RecordBlob;
use crate::xrpc::XrpcError;

/// Renewing a session and sending again should work at once; give up if it keeps expiring.
const MAX_RENEWALS: u32 = 3;

pub(crate) async fn drive<'a, F, Fut>(
    ctx: &'a MigrationContext,
    name: &str,
    blobs: &'a [RecordBlob],
    concurrency: usize,
    transfer: F,
) -> MigrationReport
where
    F: Fn(&'a RecordBlob, Arc<BlobMeter>) -> Fut,
    Fut: Future<Output = Result<Moved, BlobError>> + 'a,
{
    let run = RunMeter::new(ctx.progress.clone(), blobs.len());
    let retries = Arc::new(AtomicU64::new(0));
    let transfer = &transfer;
    let outcomes: Vec<BlobOutcome> = futures::stream::iter(blobs)
        .map(|blob| {
            let run = run.clone();
            let retries = retries.clone();
            async move {
                let meter = run.blob(&blob.cid);
                let status = with_retries(ctx, blob, &retries, || transfer(blob, meter.clone())).await;
                run.finished(matches!(status, BlobStatus::Failed { .. }));
                let outcome = BlobOutcome { cid: blob.cid.clone(), status };
                run.sink().emit(ProgressEvent::BlobFinished { outcome: outcome.clone() });
                outcome
            }
        })
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
    let totals = run.totals();
    let retries = retries.load(Ordering::Relaxed);
    // Remembered so the next plan knows whether the network has been unreliable.
    if let Err(e) = ctx.resume.add_network_failures(retries).await {
        tracing::warn!("could not record network failures: {e}");
    }
    MigrationReport {
        strategy: name.to_owned(),
        outcomes,
        bytes_downloaded: totals.bytes_downloaded,
        bytes_uploaded: totals.bytes_uploaded,
        elapsed_secs: totals.elapsed_secs,
        retries,
    }
}

async fn with_retries<Fut>(
    ctx: &MigrationContext,
    blob: &RecordBlob,
    retries: &AtomicU64,
    attempt: impl Fn() -> Fut,
) -> BlobStatus
where
    Fut: Future<Output = Result<Moved, BlobError>>,
{
    let policy = ctx.target.retry_policy().clone();
    let mut attempts = 0u32;
    let mut failures = 0u32;
    let mut renewals = 0u32;
    loop {
        attempts += 1;
        let err = match attempt().await {
            Ok(moved) => return BlobStatus::Migrated { size: moved.size, from_cache: moved.from_cache, attempts },
            Err(e) => e,
        };
        let retry = match err.advice() {
            RetryAdvice::Never => false,
            RetryAdvice::Immediately => {
                renewals += 1;
                renewals <= MAX_RENEWALS
            }
            RetryAdvice::After(_) => {
                // Wait for the server that asked; a wait too long for this run ends the blob as
                // retryable, and the next run (or day) picks it up from the missing list.
                let BlobError::Xrpc(xe @ XrpcError::RateLimited { host, .. }) = &err else { unreachable!() };
                let client = if host == ctx.source.host() { &ctx.source } else { &ctx.target };
                client.wait_out(xe).await.is_ok()
            }
            RetryAdvice::Backoff => {
                failures += 1;
                if failures < policy.max_attempts {
                    retries.fetch_add(1, Ordering::Relaxed);
                    let delay = policy.backoff(failures);
                    ctx.progress.emit(ProgressEvent::Retrying {
                        cid: Some(blob.cid.clone()),
                        attempt: failures + 1,
                        delay_secs: delay.as_secs_f64(),
                        reason: err.to_string(),
                    });
                    tracing::warn!("blob {}: {err}; retrying in {:.1}s", blob.cid, delay.as_secs_f64());
                    sleep(delay).await;
                    true
                } else {
                    false
                }
            }
        };
        if !retry {
            let retryable = !matches!(err.advice(), RetryAdvice::Never);
            tracing::warn!("blob {} failed: {err}", blob.cid);
            return BlobStatus::Failed { kind: err.kind(), message: err.to_string(), retryable, attempts };
        }
    }
}
