//! A file on disk read in place ([`RandomAccess`]): positional reads on the blocking pool
//! (`super::positional`, as the blob cache reads), so one open file serves many readers at once
//! without a shared cursor.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;

use super::positional::{range_stream, read_at};
use crate::archive::RandomAccess;
use crate::{ByteStream, PlatformError};

/// Bytes read per chunk of a stream.
const CHUNK: usize = 256 * 1024;

pub struct ArchiveFile {
    file: Arc<File>,
    path: PathBuf,
    size: u64,
}

impl ArchiveFile {
    pub fn open(path: &Path) -> Result<ArchiveFile, PlatformError> {
        let file = File::open(path).map_err(|e| PlatformError::from_io(&path.display().to_string(), e))?;
        let size = file.metadata().map_err(|e| PlatformError::from_io(&path.display().to_string(), e))?.len();
        Ok(ArchiveFile { file: Arc::new(file), path: path.to_owned(), size })
    }
}

#[async_trait(?Send)]
impl RandomAccess for ArchiveFile {
    fn size(&self) -> u64 {
        self.size
    }

    async fn read_at(&self, offset: u64, len: usize) -> Result<Bytes, PlatformError> {
        read_at(&self.file, offset, len).await.map_err(|e| PlatformError::from_io(&self.path.display().to_string(), e))
    }

    fn stream(&self, offset: u64, len: u64) -> ByteStream {
        range_stream(self.file.clone(), self.path.clone(), offset, len, CHUNK)
    }
}

#[cfg(test)]
mod tests {
    use futures::TryStreamExt;

    use super::*;

    #[tokio::test]
    async fn reads_a_range_in_place_and_streams_it_in_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        let bytes: Vec<u8> = (0..600_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let file = ArchiveFile::open(&path).unwrap();
        assert_eq!(file.size(), 600_000);
        assert_eq!(&file.read_at(1000, 10).await.unwrap()[..], &bytes[1000..1010]);
        assert_eq!(file.read_at(599_995, 10).await.unwrap().len(), 5, "short only at the end");
        let streamed: Vec<Bytes> = file.stream(7, 500_000).try_collect().await.unwrap();
        assert_eq!(streamed.len(), 2);
        assert_eq!(streamed.concat(), &bytes[7..500_007]);
        let past_end: Result<Vec<Bytes>, _> = file.stream(599_000, 5_000).try_collect().await;
        assert!(past_end.is_err(), "a truncated archive is said, not padded");
    }
}
