//! A file the person picked in the browser (`<input type=file>`), read in place ([`RandomAccess`]):
//! each range is a `Blob` slice of the `File`, read in pieces through wasm or handed to `fetch` as
//! it is, so an archive of any size is never copied into wasm memory or into the site's storage.

use async_trait::async_trait;
use bytes::Bytes;
use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;

use super::js::{blob_stream, js_error};
use crate::archive::RandomAccess;
use crate::{ByteStream, PlatformError};

pub struct ArchiveFile {
    blob: web_sys::Blob,
    name: String,
}

impl ArchiveFile {
    pub fn new(file: web_sys::File) -> ArchiveFile {
        let name = file.name();
        ArchiveFile { blob: file.into(), name }
    }

    fn part(&self, offset: u64, len: u64) -> Result<web_sys::Blob, PlatformError> {
        let end = (offset + len).min(self.size());
        self.blob
            .slice_with_f64_and_f64(offset as f64, end as f64)
            .map_err(|e| js_error(&format!("reading {}", self.name), &e))
    }
}

#[async_trait(?Send)]
impl RandomAccess for ArchiveFile {
    fn size(&self) -> u64 {
        self.blob.size() as u64
    }

    async fn read_at(&self, offset: u64, len: usize) -> Result<Bytes, PlatformError> {
        let part = self.part(offset, len as u64)?;
        let buffer =
            JsFuture::from(part.array_buffer()).await.map_err(|e| js_error(&format!("reading {}", self.name), &e))?;
        Ok(Bytes::from(Uint8Array::new(&buffer).to_vec()))
    }

    fn stream(&self, offset: u64, len: u64) -> ByteStream {
        match self.part(offset, len) {
            Ok(part) if part.size() as u64 == len => blob_stream(part, self.name.clone()),
            Ok(_) => Box::pin(futures::stream::once(futures::future::ready(Err(PlatformError::Corrupt(format!(
                "{} ends before its entry does: the archive is incomplete",
                self.name
            )))))),
            Err(e) => Box::pin(futures::stream::once(futures::future::ready(Err(e)))),
        }
    }

    fn slice(&self, offset: u64, len: u64) -> Option<web_sys::Blob> {
        self.part(offset, len).ok()
    }
}
