//! Moving one blob: the streamed old-PDS → bounded channel → new-PDS transfer that the streaming
//! strategy (and the storage strategy when its cache is full) use, and the checks both strategies
//! share.

use std::sync::Arc;

use bytes::Bytes;
use futures::future::{select, Either};
use futures::StreamExt;

use super::blob_error::BlobError;
use super::context::MigrationContext;
use super::guard::StorageGuard;
use super::meter::BlobMeter;
use super::verify::{end_slot, verified, StreamEnd};
use crate::cid::BlobCid;
use crate::transport::{self, BoxError};
use crate::worklist;
use crate::xrpc::api::{BlobRef, RecordBlob};

/// A blob that reached the new PDS (checked: it stored the CID we sent). Its resume record is
/// written by the driver, off the blob's path (see [`super::driver`]).
#[derive(Debug)]
pub(crate) struct Moved {
    pub size: u64,
    pub from_cache: bool,
    pub content_type: String,
    /// The storage strategy's cache entry of the blob: the driver releases it once the blob's
    /// record says "uploaded", so that a crash or a cancellation in between leaves the entry
    /// with its "cached" record (which the next run sweeps), never a record without its file.
    pub cache_entry: Option<StorageGuard>,
}

/// Checks that the new PDS stored exactly the blob we meant to send.
pub(crate) fn check_stored(expected: &BlobCid, stored: &BlobRef) -> Result<(), BlobError> {
    match stored.cid.parse::<BlobCid>() {
        Ok(got) if got.digest() == expected.digest() => Ok(()),
        _ => Err(BlobError::WrongCidStored { expected: expected.to_string(), stored: stored.cid.clone() }),
    }
}

/// The content type to declare: the source's, as the new PDS keeps whatever the upload says.
pub(crate) fn content_type_of(declared: Option<&str>) -> String {
    declared.filter(|t| !t.trim().is_empty()).unwrap_or("application/octet-stream").to_owned()
}

/// Streams one blob from the old PDS to the new one through a bounded channel of `capacity` chunks
/// of `chunk` bytes. The download waits whenever the channel is full, i.e. whenever the upload is
/// slower, so memory stays at about `capacity × chunk` whatever the blob's size.
pub(crate) async fn stream_blob(
    ctx: &MigrationContext,
    blob: &RecordBlob,
    chunk: usize,
    capacity: usize,
    meter: Arc<BlobMeter>,
) -> Result<Moved, BlobError> {
    let expected: BlobCid = blob.cid.parse()?;
    let download = ctx.source.get_blob(&ctx.did, &blob.cid).await.map_err(BlobError::from_download)?;
    // The upload declares the blob's length (some servers refuse a body without one): the
    // download's, else the one its record states (a compressed answer has none); the CID check
    // still decides whether the bytes are right.
    let size = match download.content_length {
        Some(size) => Some(size),
        None => worklist::size_in_record(&ctx.source, &blob.record_uri, &blob.cid).await,
    };
    meter.start(size, false);
    let content_type = content_type_of(download.content_type.as_deref());

    let end = end_slot();
    let down_meter = meter.clone();
    let checked =
        verified(download.stream, expected.clone(), chunk, end.clone(), move |n| down_meter.add_downloaded(n));

    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, BoxError>>(capacity);
    let pump = async move {
        futures::pin_mut!(checked);
        while let Some(item) = checked.next().await {
            let stop = item.is_err();
            if tx.send(item.map_err(BoxError::from)).await.is_err() || stop {
                break;
            }
        }
        // Dropping `tx` here ends the body: only after the verified last chunk went in.
    };
    let sent = {
        let meter = meter.clone();
        move |n| meter.add_uploaded(n)
    };
    let upload = transport::upload_channel(rx, size, &content_type, ctx.target.base_url(), sent, |body| {
        ctx.target.upload_blob(body, &content_type)
    });
    futures::pin_mut!(pump, upload);
    let uploaded = match select(pump, upload).await {
        Either::Left(((), upload)) => upload.await,
        // The upload ended first: either it succeeded (so the pump already sent everything) or it
        // failed, and the pump must stop rather than wait for a reader that is gone.
        Either::Right((result, pump)) => {
            if result.is_ok() {
                pump.await;
            }
            result
        }
    };
    meter.emit();
    let verdict = end.lock().unwrap().clone();
    match verdict {
        Some(StreamEnd::Mismatch { actual }) => {
            return Err(BlobError::IntegrityMismatch { expected: expected.to_string(), actual })
        }
        Some(StreamEnd::InputFailed(e)) => return Err(e),
        _ => {}
    }
    let stored = uploaded.map_err(|e| BlobError::from_upload(e, size))?;
    check_stored(&expected, &stored)?;
    Ok(Moved { size: stored.size, from_cache: false, content_type: content_type.clone(), cache_entry: None })
}
