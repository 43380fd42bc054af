//! The waits servers ask for during a move, noted for its saved state: the move's progress events
//! pass through [`WaitNoter`] on their way to the face, and the blob step saves the latest wait
//! while it runs (see `Migrator::move_blobs`), so that `status` can say that, and until when, a
//! run waits (or was stopped in a wait).

use std::sync::Arc;

use tokio::sync::watch;

use super::state::SavedWait;
use crate::progress::{ProgressEvent, ProgressSink};

/// Passes every event on, and keeps the latest rate-limit wait.
struct WaitNoter {
    inner: Arc<dyn ProgressSink>,
    latest: watch::Sender<Option<SavedWait>>,
}

impl ProgressSink for WaitNoter {
    fn emit(&self, event: ProgressEvent) {
        if let ProgressEvent::RateLimited { host, resume_at_unix, .. } = &event {
            self.latest.send_replace(Some(SavedWait { host: host.clone(), until_unix: *resume_at_unix }));
        }
        self.inner.emit(event);
    }
}

/// `inner` with waits noted: the sink to give the clients, and where the latest wait shows.
pub(super) fn note_waits(inner: Arc<dyn ProgressSink>) -> (Arc<dyn ProgressSink>, watch::Receiver<Option<SavedWait>>) {
    let (latest, seen) = watch::channel(None);
    (Arc::new(WaitNoter { inner, latest }), seen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::NoProgress;

    #[test]
    fn the_latest_wait_is_kept_and_every_event_passes() {
        let (sink, seen) = note_waits(Arc::new(NoProgress));
        assert_eq!(*seen.borrow(), None);
        sink.emit(ProgressEvent::SessionRefreshed { host: "new".into() });
        assert_eq!(*seen.borrow(), None);
        for until in [100, 200] {
            sink.emit(ProgressEvent::RateLimited {
                host: "new".into(),
                wait_secs: 10,
                resume_at_unix: until,
                stated_by_server: true,
                quota: None,
            });
        }
        assert_eq!(*seen.borrow(), Some(SavedWait { host: "new".into(), until_unix: 200 }));
    }
}
