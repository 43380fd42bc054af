//! A file on disk read in place ([`RandomAccess`]): positional reads, so one open file serves many
//! readers at once without a shared cursor.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;

use crate::archive::RandomAccess;
use crate::{ByteStream, PlatformError};

/// Bytes read per chunk of a stream.
const CHUNK: u64 = 256 * 1024;

pub struct ArchiveFile {
    file: Arc<File>,
    size: u64,
}

impl ArchiveFile {
    pub fn open(path: &Path) -> Result<ArchiveFile, PlatformError> {
        let file = File::open(path).map_err(|e| PlatformError::from_io(&path.display().to_string(), e))?;
        let size = file.metadata().map_err(|e| PlatformError::from_io(&path.display().to_string(), e))?.len();
        Ok(ArchiveFile { file: Arc::new(file), size })
    }
}

fn read_at(file: &File, offset: u64, len: usize) -> Result<Bytes, PlatformError> {
    let mut buf = vec![0u8; len];
    let mut filled = 0;
    while filled < len {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(file, &mut buf[filled..], offset + filled as u64);
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(file, &mut buf[filled..], offset + filled as u64);
        match n {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(PlatformError::from_io("reading the archive", e)),
        }
    }
    buf.truncate(filled);
    Ok(Bytes::from(buf))
}

#[async_trait(?Send)]
impl RandomAccess for ArchiveFile {
    fn size(&self) -> u64 {
        self.size
    }

    async fn read_at(&self, offset: u64, len: usize) -> Result<Bytes, PlatformError> {
        read_at(&self.file, offset, len)
    }

    fn stream(&self, offset: u64, len: u64) -> ByteStream {
        let file = self.file.clone();
        let end = offset + len;
        Box::pin(futures::stream::try_unfold(offset, move |at| {
            let file = file.clone();
            async move {
                if at >= end {
                    return Ok(None);
                }
                let chunk = read_at(&file, at, CHUNK.min(end - at) as usize)?;
                if chunk.is_empty() {
                    return Err(PlatformError::Corrupt(format!("the archive ends {} bytes early", end - at)));
                }
                let next = at + chunk.len() as u64;
                Ok(Some((chunk, next)))
            }
        }))
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
