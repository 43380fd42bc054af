//! Moving one blob: the streamed old-PDS → bounded channel → new-PDS transfer that the streaming
//! strategy (and the storage strategy when its cache is full) use, and the checks both strategies
//! share.

use std::sync::Arc;

use bytes::Bytes;
use futures::future::{select, Either};
use futures::{StreamExt, TryStreamExt};

use super::blob_error::BlobError;
use super::context::MigrationContext;
use super::meter::BlobMeter;
use super::verify::{end_slot, verified, StreamEnd};
use crate::cid::BlobCid;
use crate::xrpc::api::{BlobRef, RecordBlob};
use crate::xrpc::{BoxError, UploadBody, UploadStream, XrpcError};

/// A blob that reached the new PDS.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Moved {
    pub size: u64,
    pub from_cache: bool,
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

/// Counts upload bytes as hyper takes them from the body.
pub(crate) fn metered_body<S>(stream: S, meter: Arc<BlobMeter>) -> UploadStream
where
    S: futures::Stream<Item = Result<Bytes, BoxError>> + MaybeSend + 'static,
{
    Box::pin(stream.inspect_ok(move |c| meter.add_uploaded(c.len() as u64)))
}

/// `Send` where the target has threads.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) trait MaybeSend: Send {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send> MaybeSend for T {}
#[cfg(target_arch = "wasm32")]
pub(crate) trait MaybeSend {}
#[cfg(target_arch = "wasm32")]
impl<T> MaybeSend for T {}

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
    meter.start(download.content_length, false);
    let content_type = content_type_of(download.content_type.as_deref());
    let size = download.content_length;

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
    let upload = upload_from_channel(ctx, rx, size, &content_type, meter.clone());
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
    ctx.resume.mark_uploaded(&blob.cid, stored.size, &content_type).await?;
    Ok(Moved { size: stored.size, from_cache: false })
}

/// The upload side of [`stream_blob`]: on native targets the channel is the request body itself.
#[cfg(not(target_arch = "wasm32"))]
async fn upload_from_channel(
    ctx: &MigrationContext,
    rx: tokio::sync::mpsc::Receiver<Result<Bytes, BoxError>>,
    size: Option<u64>,
    content_type: &str,
    meter: Arc<BlobMeter>,
) -> Result<BlobRef, XrpcError> {
    let body = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|item| (item, rx)) });
    ctx.target.upload_blob(UploadBody::Stream { stream: metered_body(body, meter), length: size }, content_type).await
}

/// How a browser upload of a streamed blob is sent, given the new PDS's address.
pub fn browser_upload_path(target_is_https: bool) -> &'static str {
    if target_is_https {
        "a ReadableStream request body (fetch with duplex: 'half', HTTP/2)"
    } else {
        "a browser Blob assembled from the verified chunks (plain HTTP cannot stream request bodies)"
    }
}

/// The upload side of [`stream_blob`] in the browser. Over HTTPS the channel becomes a
/// `ReadableStream` body; over plain HTTP, where Chromium refuses streamed bodies, each chunk is
/// copied into browser memory and the upload is a JS `Blob` of them. Either way wasm memory holds
/// only the channel's chunks.
#[cfg(target_arch = "wasm32")]
async fn upload_from_channel(
    ctx: &MigrationContext,
    mut rx: tokio::sync::mpsc::Receiver<Result<Bytes, BoxError>>,
    size: Option<u64>,
    content_type: &str,
    meter: Arc<BlobMeter>,
) -> Result<BlobRef, XrpcError> {
    let https = ctx.target.base_url().scheme() == "https";
    tracing::debug!("uploading through {}", browser_upload_path(https));
    if https {
        let body = futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|item| (item, rx)) });
        return ctx
            .target
            .upload_blob(UploadBody::Stream { stream: metered_body(body, meter), length: size }, content_type)
            .await;
    }
    let parts = js_sys::Array::new();
    let mut total = 0u64;
    while let Some(item) = rx.recv().await {
        // A failed download or a CID mismatch: stop here; the caller reports the real cause.
        let chunk = item.map_err(|e| XrpcError::Invalid(format!("the upload was stopped: {e}")))?;
        total += chunk.len() as u64;
        parts.push(&js_sys::Uint8Array::from(&chunk[..]));
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| XrpcError::Invalid(format!("the browser could not assemble the blob: {e:?}")))?;
    drop(parts);
    let stored = ctx.target.upload_blob(UploadBody::Blob(blob), content_type).await?;
    meter.add_uploaded(total);
    Ok(stored)
}
