//! The storage strategy: download → local cache → upload → cleanup.
//!
//! Each blob is written to the platform's cache while it is hashed; it is committed (and recorded as
//! cached in the resume state) only once its CID matches. The upload follows the entry as it is
//! written (the cache's follower: the file itself natively, a relay of the chunks in a browser) and
//! so runs while the download does (a big blob is not transferred twice in sequence); where the
//! upload cannot take a streamed body (a browser over HTTP/1.1) it starts after the commit, with
//! the stored file as its body. A [`StorageGuard`] deletes
//! the copy once the new PDS has it and the resume state says so. After a crash, every blob recorded as cached whose copy still
//! hashes to its CID is uploaded from the cache without being downloaded again.

use std::collections::HashSet;
use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;
use futures::StreamExt;
use tektite_platform::{BlobCache, CacheReader, PlatformError};

use super::blob_error::BlobError;
use super::concurrency::Concurrency;
use super::context::{MigrationContext, MigrationStrategy};
use super::driver::drive;
use super::gather::Gather;
use super::guard::StorageGuard;
use super::kind::StrategyKind;
use super::meter::BlobMeter;
use super::sizing;
use super::transfer::{check_stored, content_type_of, stream_blob, Moved};
use super::verify::{end_slot, verified, StreamEnd};
use crate::cid::{BlobCid, CidHasher};
use crate::outcome::MigrationReport;
use crate::progress::ProgressEvent;
use crate::resume::BlobPhase;
use crate::transport::{self, counted, BoxError, CachedBody, MaybeSend, UploadBody};
use crate::xrpc::api::BlobRef;
use crate::xrpc::api::RecordBlob;
use crate::xrpc::{XrpcClient, XrpcError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageStrategy {
    concurrency: usize,
    /// The most blobs in flight when the number adapts (equal to `concurrency` when pinned).
    ceiling: usize,
    chunk_size: usize,
}

impl Default for StorageStrategy {
    fn default() -> Self {
        Self::new()
    }
}

impl StorageStrategy {
    pub fn new() -> Self {
        StorageStrategy {
            concurrency: sizing::DEFAULT_CONCURRENCY,
            ceiling: sizing::DEFAULT_CONCURRENCY,
            chunk_size: 512 * 1024,
        }
    }

    /// Blobs moved at once (1–32), pinned.
    pub fn with_concurrency(mut self, concurrency: usize) -> Self {
        self.concurrency = concurrency.clamp(1, sizing::MAX_CONCURRENCY);
        self.ceiling = self.concurrency;
        self
    }

    /// Lets the number of blobs at once grow up to `ceiling` while the throughput grows.
    pub fn with_adaptive_ceiling(mut self, ceiling: usize) -> Self {
        self.ceiling = ceiling.clamp(self.concurrency, sizing::MAX_CONCURRENCY);
        self
    }

    pub fn with_chunk_size(mut self, chunk_size: usize) -> Self {
        self.chunk_size = sizing::clamp_chunk(chunk_size);
        self
    }

    pub fn concurrency(&self) -> usize {
        self.concurrency
    }

    pub fn ceiling(&self) -> usize {
        self.ceiling
    }

    /// Bytes of buffers one blob in flight holds: the chunk being assembled, the chunk being written
    /// and the follower's read buffer.
    pub fn per_blob_bytes(&self) -> u64 {
        3 * self.chunk_size as u64 + 512 * 1024
    }

    pub fn chunk_size(&self) -> usize {
        self.chunk_size
    }

    /// Deletes the cached copies of this account's blobs that the new PDS no longer misses: an earlier
    /// run uploaded them and then crashed before its cleanup (possibly even before recording the
    /// upload). Their records become `uploaded`.
    async fn sweep_done(&self, ctx: &MigrationContext, missing: &[RecordBlob]) -> Result<(), PlatformError> {
        let missing: HashSet<&str> = missing.iter().map(|b| b.cid.as_str()).collect();
        let cached: HashSet<String> = ctx.platform.cache.list().await?.into_iter().map(|e| e.key).collect();
        for (cid, record) in ctx.resume.all().await? {
            if missing.contains(cid.as_str()) {
                continue;
            }
            if cached.contains(&cid) {
                ctx.platform.cache.remove(&cid).await?;
            }
            if record.phase == BlobPhase::Cached {
                ctx.resume.mark_uploaded(&cid, record.size, &record.content_type).await?;
            }
        }
        Ok(())
    }

    async fn move_blob(
        &self,
        ctx: &MigrationContext,
        blob: &RecordBlob,
        meter: Arc<BlobMeter>,
    ) -> Result<Moved, BlobError> {
        let expected: BlobCid = blob.cid.parse()?;
        let cache = ctx.platform.cache.clone();
        let guard = StorageGuard::new(cache.clone(), &blob.cid);
        let moved = match self.reuse_cached(ctx, blob, &expected, &cache, meter.clone()).await? {
            Some(moved) => moved,
            None => match self.download_then_upload(ctx, blob, &expected, &cache, meter.clone()).await {
                // The cache filled up under this blob (its partial entry is gone): move this one
                // directly rather than fail it; the next blob tries the cache again.
                Err(BlobError::Cache(PlatformError::QuotaExceeded(why))) => {
                    tracing::warn!("no cache space for {} ({why}); moving it directly", blob.cid);
                    ctx.progress.emit(ProgressEvent::CacheFull { cid: blob.cid.clone(), detail: why });
                    stream_blob(ctx, blob, self.chunk_size, sizing::MIN_SLOTS, meter).await?
                }
                other => other?,
            },
        };
        // Released by the driver once the blob's record says "uploaded" (see `Moved::cache_entry`).
        Ok(Moved { cache_entry: Some(guard), ..moved })
    }

    /// Uploads from a copy an earlier run verified, re-hashing it on the way (the last chunk is held
    /// back until it matches, as for downloads). `None` when there is no usable copy.
    async fn reuse_cached(
        &self,
        ctx: &MigrationContext,
        blob: &RecordBlob,
        expected: &BlobCid,
        cache: &Arc<dyn BlobCache>,
        meter: Arc<BlobMeter>,
    ) -> Result<Option<Moved>, BlobError> {
        let Some(record) = ctx.resume.get(&blob.cid).await? else {
            return Ok(None);
        };
        if record.phase != BlobPhase::Cached {
            return Ok(None);
        }
        let Some(reader) = cache.open(&blob.cid).await? else {
            ctx.resume.forget(&blob.cid).await?;
            return Ok(None);
        };
        meter.start(Some(reader.size), true);
        let size = reader.size;
        let sent = uploaded_to(&meter);
        let uploaded = upload_cached(&ctx.target, reader, expected, self.chunk_size, &record.content_type, sent).await;
        meter.emit();
        let Ok(result) = uploaded else {
            // The copy went bad in storage: drop it and download afresh.
            tracing::warn!("cached copy of {} no longer matches its CID; downloading it again", blob.cid);
            cache.remove(&blob.cid).await?;
            ctx.resume.forget(&blob.cid).await?;
            return Ok(None);
        };
        let stored = result.map_err(|e| BlobError::from_upload(e, Some(size)))?;
        check_stored(expected, &stored)?;
        Ok(Some(Moved { size: stored.size, from_cache: true, content_type: record.content_type, cache_entry: None }))
    }

    async fn download_then_upload(
        &self,
        ctx: &MigrationContext,
        blob: &RecordBlob,
        expected: &BlobCid,
        cache: &Arc<dyn BlobCache>,
        meter: Arc<BlobMeter>,
    ) -> Result<Moved, BlobError> {
        let download = ctx.source.get_blob(&ctx.did, &blob.cid).await.map_err(BlobError::from_download)?;
        let size = download.content_length;
        let content_type = content_type_of(download.content_type.as_deref());
        meter.start(size, false);
        let mut writer = cache.create(&blob.cid, size).await?;
        // Uploading while the cache fills needs a streamed request body (in a browser: HTTP/2) and
        // the blob's length, which some servers demand up front; without it the verified copy is
        // uploaded once complete, with the length the cache then knows.
        let follower = if size.is_some() && transport::streams_request_bodies(ctx.target.base_url()).await {
            writer.follow()
        } else {
            None
        };

        let fill_cache = async {
            let mut hasher = CidHasher::new();
            let mut input = Gather::new(download.stream);
            let mut pending = bytes::BytesMut::new();
            loop {
                let next = input.next().await;
                let flush = match &next {
                    Some(Ok(bytes)) => {
                        meter.add_downloaded(bytes.len() as u64);
                        pending.extend_from_slice(bytes);
                        // Chunk-sized writes while bytes pour in; what came as soon as the network
                        // pauses, so that the follower, and the upload it feeds, keep up with a
                        // slow download (see `gather`).
                        input.pass_now(pending.len(), self.chunk_size)
                    }
                    Some(Err(_)) => false,
                    None => !pending.is_empty(),
                };
                if flush {
                    let piece: Bytes = pending.split().freeze();
                    hasher.update(&piece);
                    writer.write(piece).await?;
                }
                match next {
                    Some(Ok(_)) => {}
                    Some(Err(e)) => {
                        writer.abort().await;
                        return Err(BlobError::from_download(e));
                    }
                    None => break,
                }
            }
            let (ok, actual) = hasher.matches(expected);
            if !ok {
                writer.abort().await;
                return Err(BlobError::IntegrityMismatch {
                    expected: expected.to_string(),
                    actual: actual.to_string(),
                });
            }
            let len = writer.written();
            writer.commit().await?;
            ctx.resume.record(&blob.cid, BlobPhase::Cached, len, &content_type, &*ctx.progress).await;
            Ok::<u64, BlobError>(len)
        };

        let stored = match follower {
            Some(follow) => {
                let body = follow.map(|r| r.map_err(BoxError::from));
                let sent = uploaded_to(&meter);
                let upload = ctx
                    .target
                    .upload_blob(UploadBody::Stream { stream: counted(body, sent), length: size }, &content_type);
                // Both run to the end: a failed upload still leaves a verified copy for the retry.
                let (cached, uploaded) = futures::join!(fill_cache, upload);
                cached?;
                uploaded.map_err(|e| BlobError::from_upload(e, size))?
            }
            None => {
                let len = fill_cache.await?;
                let reader = cache.open(&blob.cid).await?.ok_or_else(|| {
                    BlobError::Cache(PlatformError::Io(format!("cached copy of {} vanished", blob.cid)))
                })?;
                upload_cached(&ctx.target, reader, expected, self.chunk_size, &content_type, uploaded_to(&meter))
                    .await
                    .map_err(|StaleCopy| {
                        BlobError::Cache(PlatformError::Corrupt(format!(
                            "the cached copy of {} changed after it was verified",
                            blob.cid
                        )))
                    })?
                    .map_err(|e| BlobError::from_upload(e, Some(len)))?
            }
        };
        meter.emit();
        check_stored(expected, &stored)?;
        Ok(Moved { size: stored.size, from_cache: false, content_type, cache_entry: None })
    }
}

/// Above this many blobs the storage strategy is not used.
pub const STORAGE_MAX_BLOBS: usize = 50;

#[async_trait(?Send)]
impl MigrationStrategy for StorageStrategy {
    fn kind(&self) -> StrategyKind {
        StrategyKind::Storage
    }
    /// Below streaming: it costs local space, so it runs only where the measurements argue for it.
    fn priority(&self) -> u8 {
        60
    }
    /// A verified local copy per blob pays off for a few blobs; many are streamed.
    fn supports_blob_count(&self, count: usize) -> bool {
        count <= STORAGE_MAX_BLOBS
    }
    fn estimate_memory_usage(&self, blob_count: usize, _total_size: u64) -> u64 {
        // Per blob: the chunk being assembled, the chunk being written and the follower's read buffer.
        let in_flight = self.ceiling.min(blob_count.max(1)) as u64;
        in_flight * self.per_blob_bytes()
    }

    async fn migrate(&self, ctx: &MigrationContext, blobs: &[RecordBlob]) -> MigrationReport {
        if let Err(e) = self.sweep_done(ctx, blobs).await {
            tracing::warn!("could not clean up the cache: {e}");
        }
        let concurrency = Concurrency::adaptive(self.concurrency, self.ceiling);
        drive(ctx, self.kind(), blobs, concurrency, |blob, meter| self.move_blob(ctx, blob, meter)).await
    }
}

/// Counts bytes sent into the blob's meter.
fn uploaded_to(meter: &Arc<BlobMeter>) -> impl Fn(u64) + MaybeSend + 'static {
    let meter = meter.clone();
    move |n| meter.add_uploaded(n)
}

/// A cached copy that no longer hashes to its CID.
pub(crate) struct StaleCopy;

/// Uploads a committed cache entry (or a backup's copy: the restore sends its blobs this way),
/// checking that it still matches its CID, the way the transport says suits the target
/// ([`transport::cached_body`]): streamed through the verifier into the request body, whose last
/// bytes are held back until the hash matches; or hashed first and then sent as the storage's own
/// file, so its bytes never sit in (wasm) memory. `sent` is told the bytes that left.
pub(crate) async fn upload_cached(
    target: &XrpcClient,
    reader: CacheReader,
    expected: &BlobCid,
    chunk: usize,
    content_type: &str,
    sent: impl Fn(u64) + MaybeSend + 'static,
) -> Result<Result<BlobRef, XrpcError>, StaleCopy> {
    match transport::cached_body(reader) {
        CachedBody::Stream { stream, size } => {
            let end = end_slot();
            let body =
                verified(stream, expected.clone(), chunk, end.clone(), |_| {}).map(|r| r.map_err(BoxError::from));
            let result = target
                .upload_blob(UploadBody::Stream { stream: counted(body, sent), length: Some(size) }, content_type)
                .await;
            let verdict = end.lock().unwrap().clone();
            match verdict {
                Some(StreamEnd::Mismatch { .. } | StreamEnd::InputFailed(_)) => Err(StaleCopy),
                _ => Ok(result),
            }
        }
        CachedBody::HashThenSend { mut stream, size, held } => {
            let mut hasher = CidHasher::new();
            while let Some(chunk) = stream.next().await {
                hasher.update(&chunk.map_err(|_| StaleCopy)?);
            }
            if !hasher.matches(expected).0 {
                return Err(StaleCopy);
            }
            let Some(body) = held else {
                return Ok(Err(XrpcError::Invalid("this browser cache cannot hand its entries to fetch".into())));
            };
            let result = target.upload_blob(body, content_type).await;
            if result.is_ok() {
                sent(size);
            }
            Ok(result)
        }
    }
}
