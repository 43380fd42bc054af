//! Desktop probes: free space on the cache volume (`fs4`) and available memory (`sysinfo`, bounded
//! by the cgroup limit when the process runs in a container).

use std::path::PathBuf;

use async_trait::async_trait;

use crate::{PlatformError, Probes, StorageBackend, SystemProbe};

pub struct DesktopProbe {
    cache_dir: PathBuf,
}

impl DesktopProbe {
    pub fn new(cache_dir: PathBuf) -> Self {
        DesktopProbe { cache_dir }
    }
}

#[async_trait(?Send)]
impl SystemProbe for DesktopProbe {
    async fn probe(&self) -> Result<Probes, PlatformError> {
        let dir = self.cache_dir.clone();
        tokio::task::spawn_blocking(move || {
            std::fs::create_dir_all(&dir)
                .map_err(|e| PlatformError::from_io(&format!("creating {}", dir.display()), e))?;
            let free = fs4::available_space(&dir)
                .map_err(|e| PlatformError::from_io(&format!("measuring free space of {}", dir.display()), e))?;
            let mut sys = sysinfo::System::new()
                .map_err(|e| PlatformError::Io(format!("reading memory figures from the OS: {e}")))?;
            sys.refresh_memory();
            let mut available = sys.available_memory();
            let mut notes = vec![
                format!("free space measured on the volume of {}", dir.display()),
                "available memory from the OS".to_owned(),
            ];
            if let Some(limits) = sys.cgroup_limits() {
                if limits.free_memory < available {
                    available = limits.free_memory;
                    notes.push("memory bounded by this process's cgroup limit".to_owned());
                }
            }
            Ok(Probes {
                available_memory: Some(available),
                cache_available: Some(free),
                cache_quota: None,
                cache_usage: None,
                cache_backend: Some(StorageBackend::Filesystem),
                cache_location: Some(dir.display().to_string()),
                notes,
            })
        })
        .await
        .map_err(|e| PlatformError::Io(format!("probe task failed: {e}")))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn probes_report_real_nonzero_numbers() {
        let dir = tempfile::tempdir().unwrap();
        let p = DesktopProbe::new(dir.path().join("cache")).probe().await.unwrap();
        assert!(p.available_memory.unwrap() > 0);
        assert!(p.cache_available.unwrap() > 0);
        assert!(dir.path().join("cache").is_dir());
    }
}
