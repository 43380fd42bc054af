//! Files and folders private to the user: the cache and the resume state name the account's DID and
//! hold its content, so folders Tektite creates are `0700` and its files `0600` (on Unix; other
//! systems keep their defaults). A folder the user chose and that exists already keeps its mode.

use std::fs::{DirBuilder, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::PlatformError;

/// Creates `dir` (and missing parents) private to the user, then proves it can be written by
/// writing and removing a small file in it, so a folder that cannot take the cache or the resume
/// state is found before the first byte moves, with its path in the error.
pub fn private_writable_dir(dir: &Path) -> Result<(), PlatformError> {
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| PlatformError::from_io(&format!("cannot create the folder {}", dir.display()), e))?;
    let probe = dir.join(format!(".tektite-write-check-{}", std::process::id()));
    let written = create_private(&probe).and_then(|mut f| f.write_all(b"ok"));
    let _ = std::fs::remove_file(&probe);
    written.map_err(|e| PlatformError::from_io(&format!("cannot write in the folder {}", dir.display()), e))
}

/// Creates (or truncates) `path` for writing, readable and writable by the user only.
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn folders_and_files_are_private_and_unwritable_folders_are_found() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/b");
        private_writable_dir(&dir).unwrap();
        assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
        let file = dir.join("f");
        create_private(&file).unwrap();
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "the write check leaves nothing behind");

        // A folder that cannot exist (its parent is a file) is named in the error.
        let err = private_writable_dir(&file.join("state")).unwrap_err().to_string();
        assert!(err.contains(&file.join("state").display().to_string()), "{err}");
    }
}
