//! One blob migration, run the way the CLI runs it (`src/bin/tektite-cli/run.rs` is the reference):
//! sign in to both sides → list the work → plan → wait for the user's go → the planned strategy →
//! ask the new PDS what it still misses, which is the verdict.
//!
//! [`run`] reports everything as [`AppEvent`]s into an unbounded channel (the engine's progress
//! events included, through [`ChannelSink`]); the UI drains it into its state. It never panics on a
//! server's answer and never stores a password. Cancelling is dropping the future: the engine's
//! futures are cancel-safe, so finished blobs and verified cached copies are kept for the next run.

use std::sync::Arc;

use futures::channel::{mpsc, oneshot};
use tektite_engine::account::{self, AccountError};
use tektite_engine::plan::make_plan;
use tektite_engine::resume::ResumeState;
use tektite_engine::retry::RetryPolicy;
use tektite_engine::{
    worklist, BlobFailureKind, BlobStatus, MigrationContext, MigrationPlan, ProgressEvent, ProgressSink, StrategyKind,
    XrpcClient, XrpcError,
};
use tektite_platform::{Platform, PlatformError};

use super::form::Request;

/// Storage runs at least this large ask the browser to keep the site's storage (web only).
pub const LARGE_CACHED_RUN: u64 = 16 * 1024 * 1024;

/// What the migration has to say, in order.
#[derive(Debug, Clone)]
pub enum AppEvent {
    /// What is happening before the transfer starts (signing in, listing, measuring).
    Status(String),
    /// Both sign-ins worked and they are the same identity.
    SignedIn { did: String },
    /// The plan is ready; nothing moves until the user says go.
    Planned(Box<MigrationPlan>),
    /// The browser's answer to "keep this site's storage" (web, before a large cached run).
    Persistence(Persistence),
    /// The strategy started moving blobs.
    Started,
    /// An event from the engine.
    Progress(ProgressEvent),
    /// The transfer ended; the new PDS is being asked what it still misses.
    Checking,
    /// The run is over (whether or not every blob made it).
    Finished(Box<Outcome>),
    /// The run could not go on.
    Failed(AppError),
}

/// Whether the browser agreed to keep the cache and resume state under storage pressure.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // only browsers are asked
pub enum Persistence {
    Granted,
    NotGranted,
    Unavailable(String),
}

/// A failure the user has to act on: what happened and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppError {
    pub title: String,
    pub message: String,
    pub advice: String,
}

/// One blob that did not make it.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedBlob {
    pub cid: String,
    pub kind: BlobFailureKind,
    pub message: String,
    /// A later run may succeed (network, rate limit); otherwise it needs a person.
    pub retryable: bool,
}

/// The report of a finished run.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub did: String,
    pub strategy: StrategyKind,
    /// Blobs the new PDS missed when the run started.
    pub missing_before: usize,
    /// Blobs of the old PDS the new one already had.
    pub already_present: usize,
    pub migrated: usize,
    /// Of those, uploaded from a verified local copy made by an earlier run.
    pub from_cache: usize,
    pub failed: Vec<FailedBlob>,
    pub bytes_migrated: u64,
    pub bytes_downloaded: u64,
    pub bytes_uploaded: u64,
    pub retries: u64,
    pub seconds: f64,
    /// What the new PDS still misses after the run: the verdict.
    pub still_missing: Result<usize, String>,
}

impl Outcome {
    pub fn complete(&self) -> bool {
        self.still_missing == Ok(0)
    }
}

/// Sends the engine's progress events into the app's channel. Never blocks.
pub struct ChannelSink(pub mpsc::UnboundedSender<AppEvent>);

impl ProgressSink for ChannelSink {
    fn emit(&self, event: ProgressEvent) {
        // A closed channel means the UI went away; the migration does not care.
        let _ = self.0.unbounded_send(AppEvent::Progress(event));
    }
}

/// Runs one migration, reporting into `events`. After [`AppEvent::Planned`] it waits for `go`;
/// if `go` is dropped instead (the user went back), it ends quietly.
pub async fn run(request: Request, events: mpsc::UnboundedSender<AppEvent>, go: oneshot::Receiver<()>) {
    run_on(request, events, go, tektite_platform::open_default).await
}

/// [`run`] with the platform services from `open` (opened once both sign-ins worked).
pub async fn run_on<F, Fut>(
    request: Request,
    events: mpsc::UnboundedSender<AppEvent>,
    go: oneshot::Receiver<()>,
    open: F,
) where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Platform, PlatformError>>,
{
    let send = |e: AppEvent| {
        let _ = events.unbounded_send(e);
    };
    match migrate(request, &events, go, open).await {
        Ok(Some(outcome)) => send(AppEvent::Finished(Box::new(outcome))),
        Ok(None) => {}
        Err(e) => send(AppEvent::Failed(e)),
    }
}

async fn migrate<F, Fut>(
    request: Request,
    events: &mpsc::UnboundedSender<AppEvent>,
    go: oneshot::Receiver<()>,
    open: F,
) -> Result<Option<Outcome>, AppError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Platform, PlatformError>>,
{
    let send = |e: AppEvent| {
        let _ = events.unbounded_send(e);
    };
    let status = |s: String| send(AppEvent::Status(s));
    let form = &request.form;
    let sink: Arc<dyn ProgressSink> = Arc::new(ChannelSink(events.clone()));

    // Sign-in fails fast on purpose (a wrong address should not take minutes); the migration itself
    // retries patiently.
    let mut source = client(&form.old_pds, &sink, Side::Old)?;
    let mut target = client(&form.new_pds, &sink, Side::New)?;
    status(format!("Signing in to the old PDS ({})…", source.host()));
    let src = account::sign_in(&source, &form.old_id, &request.secrets.old_password, None)
        .await
        .map_err(|e| sign_in_error(Side::Old, e))?;
    status(format!("Signing in to the new PDS ({})…", target.host()));
    let dst = account::sign_in(&target, &form.new_id, &request.secrets.new_password, None)
        .await
        .map_err(|e| sign_in_error(Side::New, e))?;
    if src.did != dst.did {
        return Err(sign_in_error(
            Side::Both,
            AccountError::DifferentIdentity { source_did: src.did, target_did: dst.did },
        ));
    }
    source.set_retry_policy(RetryPolicy::default());
    target.set_retry_policy(RetryPolicy::default());
    let did = src.did;
    send(AppEvent::SignedIn { did: did.clone() });

    status("Opening local storage for the cache and the resume state…".into());
    let platform = open().await.map_err(storage_error)?;
    let resume = ResumeState::new(platform.kv.clone(), &did);
    let ctx = MigrationContext {
        source: Arc::new(source),
        target: Arc::new(target),
        did: did.clone(),
        platform,
        resume,
        progress: sink.clone(),
    };

    status("Asking the new PDS which blobs it misses, and the old PDS which it holds…".into());
    let work = worklist::build(&ctx.source, &ctx.target, &did).await.map_err(|e| AppError {
        title: "Could not list the blobs".into(),
        message: network_words(&e),
        advice: "Nothing was changed. Try again; if it keeps failing, check that both servers are up.".into(),
    })?;
    status("Measuring blob sizes, free space and memory…".into());
    let plan = make_plan(&ctx, &work, &request.plan_options()).await;
    send(AppEvent::Planned(Box::new(plan.clone())));

    if go.await.is_err() {
        return Ok(None);
    }

    if plan.strategy == StrategyKind::Storage && plan.total_size.is_none_or(|s| s >= LARGE_CACHED_RUN) {
        if let Some(p) = request_persistence().await {
            send(AppEvent::Persistence(p));
        }
    }

    send(AppEvent::Started);
    let started = web_time::Instant::now();
    let report = plan.strategy().migrate(&ctx, &work.missing).await;
    send(AppEvent::Checking);
    // The new PDS is the judge of "done", not our own bookkeeping.
    let still_missing = worklist::missing_blobs(&ctx.target).await.map(|m| m.len()).map_err(|e| network_words(&e));

    let failed = report
        .outcomes
        .iter()
        .filter_map(|o| match &o.status {
            BlobStatus::Failed { kind, message, retryable, .. } => Some(FailedBlob {
                cid: o.cid.clone(),
                kind: *kind,
                message: blob_failure_words(*kind, message),
                retryable: *retryable,
            }),
            _ => None,
        })
        .collect();
    Ok(Some(Outcome {
        did,
        strategy: plan.strategy,
        missing_before: work.missing.len(),
        already_present: work.present().len(),
        migrated: report.migrated(),
        from_cache: report.from_cache(),
        failed,
        bytes_migrated: report.bytes_migrated(),
        bytes_downloaded: report.bytes_downloaded,
        bytes_uploaded: report.bytes_uploaded,
        retries: report.retries,
        seconds: started.elapsed().as_secs_f64(),
        still_missing,
    }))
}

#[derive(Clone, Copy)]
enum Side {
    Old,
    New,
    Both,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Old => "the old PDS",
            Side::New => "the new PDS",
            Side::Both => "the two PDSes",
        }
    }
}

fn client(url: &str, sink: &Arc<dyn ProgressSink>, side: Side) -> Result<XrpcClient, AppError> {
    XrpcClient::new(url, sink.clone()).map(|c| c.with_retry_policy(RetryPolicy::quick())).map_err(|e| AppError {
        title: format!("The address of {} is not usable", side.name()),
        message: e.to_string(),
        advice: "Correct the address and try again.".into(),
    })
}

fn sign_in_error(side: Side, e: AccountError) -> AppError {
    let title = format!("Could not sign in to {}", side.name());
    match e {
        AccountError::Server(x) => AppError {
            title,
            message: network_words(&x),
            advice: if cfg!(target_arch = "wasm32")
                && matches!(x, XrpcError::Unreachable { .. } | XrpcError::Transport { .. })
            {
                "Nothing was changed on either server. Check the address. If it is right, the server may be down, \
                 or a proxy in front of it answered without CORS headers (browsers then hide the answer). Try \
                 again later, or use the desktop app or the command-line tool, which CORS does not affect."
                    .into()
            } else {
                "Nothing was changed on either server. Check the address and try again.".into()
            },
        },
        AccountError::DifferentIdentity { .. } => AppError {
            title: "These are two different accounts".into(),
            message: e.to_string(),
            advice: "Sign in to the same identity (DID) on both servers: on the new PDS, the account that was \
                     created for this migration."
                .into(),
        },
        e => AppError {
            title,
            message: e.to_string(),
            advice: "Nothing was changed on either server. Correct the form and try again.".into(),
        },
    }
}

fn storage_error(e: PlatformError) -> AppError {
    let advice = if cfg!(target_arch = "wasm32") {
        "Allow this site to store data (private windows and some privacy settings block it), then try \
         again. The desktop app and the command-line tool store their data in ordinary files."
    } else {
        "Check that your home folder is writable and has free space, then try again."
    };
    AppError { title: "Local storage is not available".into(), message: e.to_string(), advice: advice.into() }
}

/// In a browser, every network failure looks the same ("Failed to fetch"): a server that is down, a
/// dropped connection, or a proxy error without CORS headers. Say what probably happened.
const BROWSER_NETWORK: &str = "the browser reports a CORS/network error: the PDS or a proxy dropped the connection";

/// An XRPC error in words for the user; network failures in a browser get the probable cause.
fn network_words(e: &XrpcError) -> String {
    let words = match e {
        XrpcError::Unreachable { host, detail } | XrpcError::Transport { host, detail }
            if cfg!(target_arch = "wasm32") =>
        {
            format!("{host}: {BROWSER_NETWORK} ({detail})")
        }
        e => e.to_string(),
    };
    strip_js_stack(&words)
}

/// A blob's failure message; network failures in a browser get the probable cause.
fn blob_failure_words(kind: BlobFailureKind, message: &str) -> String {
    let message = strip_js_stack(message);
    if cfg!(target_arch = "wasm32") && kind == BlobFailureKind::Network && !message.contains("CORS") {
        format!("{message} ({BROWSER_NETWORK})")
    } else {
        message
    }
}

/// Browser errors reach us as `JsValue(TypeError: Failed to fetch\n<stack trace>)`: keep the
/// first line, which is what the browser said, and drop the stack.
pub fn strip_js_stack(message: &str) -> String {
    const OPEN: &str = "JsValue(";
    let Some(start) = message.find(OPEN) else {
        return message.to_owned();
    };
    let inner_start = start + OPEN.len();
    let mut depth = 1usize;
    let mut end = message.len();
    for (i, ch) in message[inner_start..].char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    end = inner_start + i;
                    break;
                }
            }
            _ => {}
        }
    }
    let inner = &message[inner_start..end];
    let first = inner.lines().next().unwrap_or_default().trim();
    let rest = message.get(end + 1..).unwrap_or_default();
    format!("{}{first}{}", &message[..start], strip_js_stack(rest))
}

/// Asks the browser to keep this site's storage; `None` where there is nothing to ask (desktop).
#[cfg(target_arch = "wasm32")]
async fn request_persistence() -> Option<Persistence> {
    Some(match tektite_platform::web::request_persistence().await {
        Ok(true) => Persistence::Granted,
        Ok(false) => Persistence::NotGranted,
        Err(e) => Persistence::Unavailable(e.to_string()),
    })
}

#[cfg(not(target_arch = "wasm32"))]
async fn request_persistence() -> Option<Persistence> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_events_reach_the_channel() {
        let (tx, mut rx) = mpsc::unbounded();
        let sink = ChannelSink(tx);
        sink.emit(ProgressEvent::SessionRefreshed { host: "pds".into() });
        match rx.try_recv() {
            Ok(AppEvent::Progress(ProgressEvent::SessionRefreshed { host })) => assert_eq!(host, "pds"),
            other => panic!("unexpected {other:?}"),
        }
        drop(rx);
        // A closed channel is not the migration's problem.
        sink.emit(ProgressEvent::SessionRefreshed { host: "pds".into() });
    }

    #[test]
    fn errors_say_what_to_do() {
        let e = sign_in_error(Side::Old, AccountError::WrongPassword { id: "alice".into(), host: "old".into() });
        assert_eq!(e.title, "Could not sign in to the old PDS");
        assert!(e.message.contains("password"));
        assert!(e.advice.contains("Nothing was changed"));
        let down = XrpcError::Unreachable { host: "new:1".into(), detail: "refused".into() };
        let e = sign_in_error(Side::New, AccountError::Server(down));
        assert!(e.message.contains("new:1"), "{}", e.message);
    }

    #[test]
    fn browser_stack_traces_are_left_out() {
        let raw = "new:1: the browser reports a CORS/network error (JsValue(TypeError: Failed to fetch\n\
                   TypeError: Failed to fetch\n    at __wbg_fetch (http://x/tektite.js:659:25)\n    at f (http://x/a.wasm:1)))";
        assert_eq!(strip_js_stack(raw), "new:1: the browser reports a CORS/network error (TypeError: Failed to fetch)");
        assert_eq!(strip_js_stack("plain (words)"), "plain (words)");
        let unclosed = "x JsValue(Error: boom\n at y";
        assert_eq!(strip_js_stack(unclosed), "x Error: boom");
    }

    #[tokio::test]
    async fn a_bad_address_fails_before_any_request() {
        let (tx, mut rx) = mpsc::unbounded();
        let (_go_tx, go) = oneshot::channel();
        let request = Request {
            form: crate::app::form::Form { old_pds: "not a url".into(), ..Default::default() },
            secrets: Default::default(),
        };
        run(request, tx, go).await;
        match rx.try_recv() {
            Ok(AppEvent::Failed(e)) => assert!(e.title.contains("old PDS"), "{e:?}"),
            other => panic!("unexpected {other:?}"),
        }
    }
}

/// The controller's flow against the real lab (PLC + two PDSes), on the desktop platform in
/// temporary folders: what the desktop app does when the user clicks through.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod lab_tests {
    use super::*;
    use crate::app::form::{Form, Secrets, StrategyPick};
    use crate::app::lab;
    use crate::app::state::{Controller, Phase};
    use futures::StreamExt;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_desktop_flow_moves_every_blob_through_the_controller() {
        let lab = lab::Lab::shared();
        let account = lab.seed("app-flow", "3x64k,1x1m");
        let dirs = tempfile::tempdir().unwrap();
        let mut ctl = Controller::new(None);
        ctl.form = Form {
            old_pds: lab.old_url().into(),
            old_id: account.old_handle.clone(),
            new_pds: lab.new_url().into(),
            new_id: account.new_handle.clone(),
            strategy: StrategyPick::Storage,
            concurrency: Some(2),
        };
        let secrets = Secrets { old_password: account.password.clone(), new_password: account.password.clone() };
        let request = ctl.submit(&secrets).expect("a valid form");

        let (events, mut rx) = mpsc::unbounded();
        let (go, go_rx) = oneshot::channel();
        let (cache, state) = (dirs.path().join("cache"), dirs.path().join("state"));
        let open = || async move { tektite_platform::desktop::platform(&cache, &state) };
        let run = run_on(request, events, go_rx, open);
        let drive = async {
            let mut go = Some(go);
            while let Some(event) = rx.next().await {
                ctl.apply(event);
                if ctl.phase == Phase::PlanReady {
                    ctl.start();
                    go.take().expect("one plan").send(()).unwrap();
                }
            }
        };
        futures::join!(run, drive);

        let Phase::Done(outcome) = &ctl.phase else { panic!("the run ended in {:?}", ctl.phase) };
        assert!(outcome.complete(), "{outcome:?}");
        assert_eq!(outcome.migrated, account.blobs.len());
        assert_eq!(ctl.did.as_deref(), Some(account.did.as_str()));
        let p = &ctl.progress;
        assert_eq!((p.blobs_migrated, p.blobs_total), (account.blobs.len(), account.blobs.len()));
        assert_eq!(p.bytes_done(), account.total_bytes());
        assert!(p.bytes_downloaded >= account.total_bytes() && p.bytes_uploaded >= account.total_bytes());
        assert!(ctl.log.iter().any(|l| l.text.contains("is on the new PDS")));
    }
}
