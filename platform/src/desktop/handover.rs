//! A file for the user to keep (a recovery key): written into their Downloads folder (home when
//! there is none), readable by them only, never over an existing file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::PlatformError;

/// Writes `text` as `name` in the user's Downloads folder; returns the path written.
pub fn hand_over(name: &str, text: &str) -> Result<PathBuf, PlatformError> {
    let dirs = directories::UserDirs::new()
        .ok_or_else(|| PlatformError::Io("could not find this user's home directory".into()))?;
    let dir = dirs.download_dir().unwrap_or(dirs.home_dir());
    write_new(dir, name, text)
}

/// Writes `text` into `dir` as `name`, or `name` with " (2)", " (3)", … when it exists.
pub fn write_new(dir: &Path, name: &str, text: &str) -> Result<PathBuf, PlatformError> {
    let (stem, ext) = name.rsplit_once('.').map_or((name, ""), |(s, e)| (s, e));
    for n in 1..1000 {
        let file = if n == 1 { name.to_owned() } else { format!("{stem} ({n}).{ext}") };
        let path = dir.join(file);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut f) => {
                return f
                    .write_all(text.as_bytes())
                    .and_then(|()| f.sync_all())
                    .map(|()| path.clone())
                    .map_err(|e| PlatformError::from_io(&format!("cannot write {}", path.display()), e));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(PlatformError::from_io(&format!("cannot write {}", path.display()), e)),
        }
    }
    Err(PlatformError::Io(format!("too many files named {name} in {}", dir.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_new(dir.path(), "key.txt", "one").unwrap();
        let b = write_new(dir.path(), "key.txt", "two").unwrap();
        assert_eq!(a.file_name().unwrap(), "key.txt");
        assert_eq!(b.file_name().unwrap(), "key (2).txt");
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&b).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
