//! Reading a file at an offset without a shared cursor (`pread`), on tokio's blocking pool: one open
//! file then serves many readers at once. Used by the blob cache (its entries, and a follower of an
//! entry still being written) and by a backup archive read in place.

use std::fs::File;
use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;

use crate::{ByteStream, PlatformError};

/// Up to `want` bytes at `pos` (fewer only at the end of the file), read on the blocking pool in one
/// hop (tokio's `File` takes two, a seek and a read, and copies through its own buffer). Dropping the
/// future mid-read is harmless: the read finishes on its thread and its bytes are discarded.
pub async fn read_at(file: &Arc<File>, pos: u64, want: usize) -> std::io::Result<Bytes> {
    let file = file.clone();
    let read = tokio::task::spawn_blocking(move || {
        let mut buf = vec![0u8; want];
        let mut got = 0;
        while got < want {
            match positional_read(&file, &mut buf[got..], pos + got as u64) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        buf.truncate(got);
        Ok(Bytes::from(buf))
    });
    read.await.map_err(std::io::Error::other)?
}

/// The `len` bytes of `file` (called `path` in messages) from `offset`, in pieces of at most
/// `piece` bytes, ending with an error if the file ends early (someone truncated it, or an archive
/// is cut short).
pub fn range_stream(file: Arc<File>, path: PathBuf, offset: u64, len: u64, piece: usize) -> ByteStream {
    let end = offset + len;
    Box::pin(futures::stream::try_unfold(offset, move |pos| {
        let (file, path) = (file.clone(), path.clone());
        async move {
            if pos >= end {
                return Ok(None);
            }
            let bytes = read_at(&file, pos, piece.min((end - pos) as usize))
                .await
                .map_err(|e| PlatformError::from_io(&format!("reading {}", path.display()), e))?;
            if bytes.is_empty() {
                return Err(PlatformError::Corrupt(format!(
                    "{} ended after {} of {len} bytes",
                    path.display(),
                    pos - offset
                )));
            }
            let next = pos + bytes.len() as u64;
            Ok(Some((bytes, next)))
        }
    }))
}

#[cfg(unix)]
fn positional_read(file: &File, buf: &mut [u8], pos: u64) -> std::io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, pos)
}

#[cfg(windows)]
fn positional_read(file: &File, buf: &mut [u8], pos: u64) -> std::io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, pos)
}
