//! One run, the way the CLI runs it, for either way in:
//!
//! ```text
//! move:   describeServer → Migrator::connect (+ blob estimate) → [Go] → Migrator::advance … until
//!         complete, stopping for [Confirm] before the irreversible steps and for the [PlcToken]
//! repair: sign in to both accounts → BlobStep::prepare (work list + plan) → [Go] → BlobStep:
//!         transfer, then the new PDS's verdict
//! backup: sign in to the account → backup::back_up into the platform's backup stores (a folder;
//!         the browser's storage, then one archive offered as a download)
//! protect: sign in → protect::add_recovery_key (the PDS emails a code) → [PlcToken] → added
//! restore: the backup's manifest + the recovery key file → [Go] → backup::restore (identity,
//!         account, repository, blobs, preferences, identity, activation), signed with the key
//! ```
//!
//! Both report into one channel as [`AppEvent`]s (the engine's progress and step events included)
//! and wait on [`Command`]s where the user must act. Nothing here panics on a server's answer or
//! stores a password. Cancelling is dropping the future: the engine's futures are cancel-safe, and
//! every finished step, uploaded blob and verified cached copy is kept for the next run.

use std::future::Future;
use std::sync::Arc;
use tektite_i18n::tr;

use futures::channel::mpsc;
use futures::StreamExt;
use tektite_engine::account::{self, Login, Secret};
use tektite_engine::backup;
use tektite_engine::blobs::BlobStep;
use tektite_engine::migration::{
    Credentials, Input, MigrationConfig, MigrationError, Migrator, Outcome, ServerSignIn, Step, StepEvent, StepSink,
};
use tektite_engine::oauth::Purpose;
use tektite_engine::plan::PlanOptions;
use tektite_engine::protect::{ProtectError, Protection};
use tektite_engine::recovery_key::RecoveryKey;
use tektite_engine::retry::RetryPolicy;
use tektite_engine::xrpc::Session;
use tektite_engine::{MigrationContext, NoProgress, ProgressEvent, ProgressSink, StrategyKind, XrpcClient};
use tektite_platform::{Platform, PlatformError};

use super::events::{AppError, AppEvent, BackupDone, Command, Persistence, ProtectDone, RestorePreview, ServerFacts};
use super::form::{Mode, Request, SignIn};
use super::server_sign_in;
use super::words;

/// Storage runs at least this large ask the browser to keep the site's storage (web only).
pub const LARGE_CACHED_RUN: u64 = 16 * 1024 * 1024;

/// Sends the engine's progress and step events into the app's channel. Never blocks.
struct ChannelSink(mpsc::UnboundedSender<AppEvent>);

impl ChannelSink {
    fn send(&self, event: AppEvent) {
        // A closed channel means the UI went away; the run does not care.
        let _ = self.0.unbounded_send(event);
    }
}

impl ProgressSink for ChannelSink {
    fn emit(&self, event: ProgressEvent) {
        self.send(AppEvent::Progress(event));
    }
}

impl StepSink for ChannelSink {
    fn step_event(&self, event: StepEvent) {
        self.send(match event {
            StepEvent::BlobPlan { plan } => AppEvent::Planned(plan),
            event => AppEvent::Step(event),
        });
    }
}

/// `describeServer` on `url`, in words on failure (the form's "Check" button, and the move's start).
pub async fn describe(url: &str) -> Result<ServerFacts, String> {
    let client =
        XrpcClient::new(url, Arc::new(NoProgress)).map_err(|e| e.to_string())?.with_retry_policy(RetryPolicy::quick());
    let d = client.describe_server().await.map_err(|e| {
        tracing::info!("describeServer at {url}: {e}");
        words::server_check(&e)
    })?;
    Ok(ServerFacts {
        url: url.to_owned(),
        did: d.did,
        user_domains: d.available_user_domains,
        invite_required: d.invite_code_required.unwrap_or(false),
        phone_required: d.phone_verification_required.unwrap_or(false),
    })
}

/// Runs `request`, reporting into `events`; waits on `commands` where the user must act. Ends
/// quietly when the commands channel closes (the user went back).
pub async fn run(
    request: Request,
    events: mpsc::UnboundedSender<AppEvent>,
    commands: mpsc::UnboundedReceiver<Command>,
) {
    run_on(request, events, commands, tektite_platform::open_default).await
}

/// [`run`] with the platform services (cache, saved state, probes) from `open`.
pub async fn run_on<F, Fut>(
    request: Request,
    events: mpsc::UnboundedSender<AppEvent>,
    mut commands: mpsc::UnboundedReceiver<Command>,
    open: F,
) where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Platform, PlatformError>>,
{
    let sink = Arc::new(ChannelSink(events));
    sink.send(AppEvent::Status(tr!("status-opening-storage")));
    let result = match open().await {
        Err(e) => Err(Stop::Failed(words::storage(&e))),
        Ok(platform) => {
            let run = Run { request: &request, sink: &sink, commands: &mut commands };
            match request.form.mode {
                Mode::Move => move_account(run, platform).await,
                Mode::Repair => repair(run, platform).await,
                Mode::Backup => back_up(run, platform).await,
                Mode::Protect => protect(run, platform).await,
                Mode::Restore => restore(run, platform).await,
            }
        }
    };
    match result {
        Ok(()) | Err(Stop::UiGone) => {}
        Err(Stop::Failed(error)) => sink.send(AppEvent::Failed(Box::new(error))),
    }
}

/// What both ways in work with: the request, where events go, where commands come from.
struct Run<'a> {
    request: &'a Request,
    sink: &'a Arc<ChannelSink>,
    commands: &'a mut mpsc::UnboundedReceiver<Command>,
}

/// Why a run ended early.
enum Stop {
    /// The user went away (the commands channel closed): nothing to say.
    UiGone,
    Failed(AppError),
}

impl From<AppError> for Stop {
    fn from(e: AppError) -> Self {
        Stop::Failed(e)
    }
}

impl From<MigrationError> for Stop {
    fn from(e: MigrationError) -> Self {
        Stop::Failed(words::migration(&e))
    }
}

/// Waits for a command `want` accepts, ignoring others; [`Stop::UiGone`] when the UI went away.
async fn wait_for<T>(
    commands: &mut mpsc::UnboundedReceiver<Command>,
    want: impl Fn(Command) -> Option<T>,
) -> Result<T, Stop> {
    while let Some(c) = commands.next().await {
        if let Some(t) = want(c) {
            return Ok(t);
        }
    }
    Err(Stop::UiGone)
}

async fn go(commands: &mut mpsc::UnboundedReceiver<Command>) -> Result<(), Stop> {
    wait_for(commands, |c| (c == Command::Go).then_some(())).await
}

/// The whole move: the engine's [`Migrator`] runs the steps; this waits where the user decides.
async fn move_account(run: Run<'_>, platform: Platform) -> Result<(), Stop> {
    let Run { request, sink, commands } = run;
    let form = &request.form;
    sink.send(AppEvent::Status(tr!("status-asking-new-pds", pds = &form.new_pds)));
    let facts = describe(&form.new_pds)
        .await
        .map_err(|e| AppError::new(tr!("flow-new-pds-silent"), e, tr!("flow-new-pds-silent-advice")))?;
    sink.send(AppEvent::Server(facts));
    sink.send(AppEvent::Status(match request.old_pds() {
        Some(url) => tr!("status-signing-in-old", url = url),
        None => tr!("status-looking-up-old", account = &form.old_id),
    }));
    let config = MigrationConfig {
        old_pds: request.old_pds().map(str::to_owned),
        old_id: form.old_id.clone(),
        new_pds: form.new_pds.clone(),
        new_handle: form.new_handle.clone(),
        new_email: form.new_email.clone(),
        invite_code: Some(form.invite_code.clone()).filter(|c| !c.is_empty()),
        resolver: request.resolver(),
        recovery_key: request.recovery_key(),
        // Never blanket: the user is shown the blobs that cannot move and accepts exactly those.
        accept_missing_blobs: false,
        plan: PlanOptions { strategy: form.strategy.kind(), concurrency: form.concurrency, chunk_size: None },
    };
    let mut config = config;
    let old_session = if request.form.sign_in == SignIn::Server {
        let pds = match tektite_engine::migration::before_server_sign_in(&config, &platform).await? {
            ServerSignIn::Settled(summary) => {
                sink.send(AppEvent::Stopped(Box::new(Outcome::Complete(*summary))));
                return Ok(());
            }
            ServerSignIn::At(pds) => pds,
        };
        let session = server_session(request, Some(&pds), Purpose::Move, sink).await?;
        config.old_pds = Some(pds);
        session
    } else {
        None
    };
    let credentials = Credentials {
        old_password: request.secrets.old_password.clone(),
        old_auth_factor: request.auth_factor().map(str::to_owned),
        new_password: request.secrets.new_password.clone(),
        old_session,
    };
    let mut m = Migrator::connect(config, credentials, platform, sink.clone(), sink.clone()).await?;
    if !m.state().is_done(Step::Blobs) {
        sink.send(AppEvent::Status(tr!("status-counting")));
        match m.estimate_blobs().await {
            Ok(e) => sink.send(AppEvent::Estimate(e)),
            // The plan then says the sizes are unknown; the blob step measures for real anyway.
            Err(e) => tracing::info!("no blob estimate: {e}"),
        }
    }
    let st = m.state();
    sink.send(AppEvent::Connected {
        did: st.did.clone(),
        old_pds: st.old_pds.clone(),
        done: st.done.clone(),
        next: st.next_step(),
    });
    if !request.start_at_once {
        go(commands).await?;
    }
    let mut input = Input::default();
    loop {
        let outcome = match m.advance(&input).await {
            Err(MigrationError::UnmovableBlobs { blobs }) => {
                let shown: Vec<String> = blobs.iter().map(|b| b.cid.clone()).collect();
                sink.send(AppEvent::Unmovable(blobs));
                // Only the list that was shown counts: a stale answer about other blobs is ignored.
                input.accept_missing = wait_for(commands, |c| match c {
                    Command::AcceptMissing(cids) if cids == shown => Some(cids),
                    _ => None,
                })
                .await?;
                continue;
            }
            // A refused code keeps the person on the code screen: the next round asks again (and
            // emails a new code only when the old one expired).
            Err(e @ MigrationError::PlcTokenRejected { .. }) => {
                sink.send(AppEvent::TokenRefused(Box::new(words::migration(&e))));
                input.plc_token = None;
                continue;
            }
            outcome => outcome?,
        };
        sink.send(AppEvent::Stopped(Box::new(outcome.clone())));
        match outcome {
            Outcome::Complete(_) => return Ok(()),
            Outcome::NeedsConfirmation(_) => {
                wait_for(commands, |c| (c == Command::Confirm).then_some(())).await?;
                input.confirmed = true;
            }
            Outcome::NeedsDidWebUpdate(_) => {
                wait_for(commands, |c| (c == Command::Recheck).then_some(())).await?;
            }
            // "Check again" once the person deactivated the old account on its own page, or its
            // password for that one call.
            Outcome::NeedsOldDeactivation { .. } => {
                let password = wait_for(commands, |c| match c {
                    Command::Recheck => Some(None),
                    Command::DeactivateWithPassword(p) if !p.is_empty() => Some(Some(p)),
                    _ => None,
                })
                .await?;
                if let Some(password) = password {
                    m.give_old_password(password);
                }
            }
            Outcome::NeedsPlcToken { .. } => {
                let answer = wait_for(commands, |c| match c {
                    Command::PlcToken(t) if !t.trim().is_empty() => Some(Some(t.trim().to_owned())),
                    Command::NewPlcToken => Some(None),
                    _ => None,
                })
                .await?;
                if answer.is_none() {
                    m.forget_plc_token().await?;
                }
                input.plc_token = answer;
            }
        }
    }
}

/// The backup: the account alone, nothing changed anywhere. Incremental: the stores keep the last
/// backup, so a second one (or one continued after a stop or a reload) fetches only what is new.
async fn back_up(run: Run<'_>, platform: Platform) -> Result<(), Stop> {
    let Run { request, sink, .. } = run;
    let started = web_time::Instant::now();
    let resolver = request.resolver();
    let home = sign_in_alone(request, Purpose::Backup, sink).await?;
    // One run per account (another tab, the CLI): held until the backup ends.
    let _lock = platform.locks.try_lock(&home.session.did, "backup").await.map_err(MigrationError::from)?;
    let stores = tektite_platform::backup::open_backup(&request.backup_location(&home.session.did))
        .await
        .map_err(|e| words::storage(&e))?;
    let in_users_folder = stores.in_users_folder;
    let folder = backup::BackupFolder::new(stores.files, stores.blobs, stores.place);
    if let Some(p) = request_persistence().await {
        sink.send(AppEvent::Persistence(p));
    }
    let source = backup::BackupSource {
        client: &home.client,
        did: &home.session.did,
        handle: Some(&home.session.handle),
        pds: &home.pds,
        resolver: &resolver,
    };
    let report = backup::back_up(source, &folder, &**sink).await.map_err(|e| {
        let advice = if e.is_retryable() { tr!("flow-backup-retry") } else { tr!("flow-backup-place") };
        AppError::new(tr!("flow-backup-stopped"), e.to_string(), advice)
    })?;
    // A backup kept inside the browser leaves it as an archive; a folder the user sees needs none.
    let archive = if report.is_complete() && !in_users_folder {
        hand_over_archive(&folder, &home.session.handle).await?
    } else {
        None
    };
    sink.send(AppEvent::BackedUp(Box::new(BackupDone {
        report,
        place: folder.place.clone(),
        archive,
        seconds: started.elapsed().as_secs_f64(),
    })));
    Ok(())
}

/// The old account's session made on its own server's page, when the person chose that way
/// (`None`: it signs in with the password typed). `pds`: where its data lives when the caller
/// knows better than the DID document.
async fn server_session(
    request: &Request,
    pds: Option<&str>,
    purpose: Purpose,
    sink: &Arc<ChannelSink>,
) -> Result<Option<Session>, Stop> {
    if request.form.sign_in != SignIn::Server {
        return Ok(None);
    }
    sink.send(AppEvent::Status(tr!("status-looking-up-server", account = &request.form.old_id)));
    let session = server_sign_in::sign_in(&request.form, pds, purpose, &|e| sink.send(e)).await?;
    Ok(Some(session))
}

/// How the old account signs in: `session` from its server's page, else the password typed.
fn old_login<'a>(request: &'a Request, session: &Option<Session>) -> Login<'a> {
    match session {
        // The session belongs to the PDS holding the data: calls go there, whatever `old_pds` says.
        Some(s) => Login { url: None, id: &request.form.old_id, secret: Secret::Session(s.clone()) },
        None => Login {
            url: request.old_pds(),
            id: &request.form.old_id,
            secret: Secret::password(&request.secrets.old_password, request.auth_factor()),
        },
    }
}

/// Signs in to the account alone (the backup, the protection), its data calls going to its PDS.
async fn sign_in_alone(request: &Request, purpose: Purpose, sink: &Arc<ChannelSink>) -> Result<account::Home, Stop> {
    let form = &request.form;
    let session = server_session(request, None, purpose, sink).await?;
    sink.send(AppEvent::Status(match (request.old_pds(), &session) {
        (_, Some(_)) => tr!("status-reading-account"),
        (Some(url), None) => tr!("status-signing-in-at", url = url),
        (None, None) => tr!("status-looking-up", account = &form.old_id),
    }));
    let login = old_login(request, &session);
    let mut home = account::sign_in_home(login, account::Side::Old, &request.resolver(), sink.clone())
        .await
        .map_err(|e| MigrationError::Account { side: e.side, source: e.source })?;
    account::patient(&mut home.client);
    sink.send(AppEvent::Connected {
        did: home.session.did.clone(),
        old_pds: home.pds.clone(),
        done: Vec::new(),
        next: None,
    });
    Ok(home)
}

/// "Protect this account": the recovery key goes first among the identity's rotation keys, through
/// its PDS, which emails a code first. A mistyped code is asked for again on the same screen; a new
/// code is emailed only on request.
async fn protect(run: Run<'_>, platform: Platform) -> Result<(), Stop> {
    let Run { request, sink, commands } = run;
    let home = sign_in_alone(request, Purpose::Protect, sink).await?;
    // The identity changes: never beside a move of the same account.
    let _lock = platform.locks.try_lock(&home.session.did, "recovery-key add").await.map_err(MigrationError::from)?;
    let (did, key) = (home.session.did.clone(), request.form.recovery_key.clone());
    let email = home.session.email.clone().unwrap_or_else(|| tr!("flow-account-email"));
    let waiting = |sent_now: bool| {
        AppEvent::Stopped(Box::new(Outcome::NeedsPlcToken {
            email: email.clone(),
            email_sent_now: sent_now,
            expires_unix: tektite_engine::runtime::unix_now() + 15 * 60,
        }))
    };
    let resolver = request.resolver();
    let mut code: Option<String> = None;
    loop {
        sink.send(AppEvent::Status(if code.is_some() { tr!("status-adding-key") } else { tr!("status-asking-code") }));
        match tektite_engine::protect::add_recovery_key(&home.client, &resolver, &did, &key, code.as_deref()).await {
            Ok(Protection::Added { rotation_keys, already }) => {
                sink.send(AppEvent::Protected(Box::new(ProtectDone { did, key, rotation_keys, already })));
                return Ok(());
            }
            Ok(Protection::CodeSent) => sink.send(waiting(true)),
            Err(e @ ProtectError::CodeRejected { .. }) => {
                sink.send(AppEvent::TokenRefused(Box::new(AppError::new(
                    tr!("flow-code-refused"),
                    e.to_string(),
                    tr!("flow-code-refused-advice"),
                ))));
                sink.send(waiting(false));
            }
            Err(e) => {
                let advice = if e.is_bad_input() { tr!("flow-nothing-changed") } else { tr!("flow-maybe-changed") };
                return Err(AppError::new(tr!("flow-key-not-added"), e.to_string(), advice).into());
            }
        }
        code = wait_for(commands, |c| match c {
            Command::PlcToken(t) if !t.trim().is_empty() => Some(Some(t.trim().to_owned())),
            Command::NewPlcToken => Some(None),
            _ => None,
        })
        .await?;
    }
}

/// "My old server is gone": the backup brought up on the new PDS, signed with the recovery key.
/// Nothing changes before the go; every step is saved, so "Continue" after a stop goes on.
async fn restore(run: Run<'_>, platform: Platform) -> Result<(), Stop> {
    let Run { request, sink, commands } = run;
    let form = &request.form;
    sink.send(AppEvent::Status(tr!("status-reading-backup")));
    let unusable = |what: String, e: String, advice: String| AppError::new(what, e, advice);
    // A backup's .tar is read where it lies (nothing copied into the browser's storage).
    let folder = backup::open_to_read(&form.backup_folder).await.map_err(|e| match e {
        backup::ArchiveReadError::Storage(e) => words::storage(&e),
        e => unusable(tr!("flow-not-archive"), e.to_string(), tr!("flow-not-archive-advice")),
    })?;
    let manifest = backup::read_manifest(&folder)
        .await
        .map_err(|e| unusable(tr!("flow-not-backup"), e.to_string(), tr!("flow-not-backup-advice")))?;
    let (_, key_text) = request.secrets.recovery_key_file.clone().unwrap_or_default();
    let key = RecoveryKey::from_file_text(&key_text)
        .map_err(|e| unusable(tr!("flow-key-unusable"), e, tr!("flow-key-unusable-advice")))?;
    sink.send(AppEvent::RestoreReady(Box::new(RestorePreview {
        did: manifest.did.clone(),
        handle: manifest.handle.clone(),
        old_pds: manifest.pds.clone(),
        taken_at: manifest.taken_at.clone(),
        blobs: manifest.blobs.len(),
        bytes: manifest.total_blob_bytes(),
        key: key.did_key(),
        new_pds: form.new_pds.clone(),
        new_handle: form.new_handle.clone(),
    })));
    if !request.start_at_once {
        go(commands).await?;
    }
    let config = backup::RestoreConfig {
        backup: folder,
        new_pds: form.new_pds.clone(),
        new_handle: form.new_handle.clone(),
        new_email: form.new_email.clone(),
        new_password: request.secrets.new_password.clone(),
        invite_code: Some(form.invite_code.clone()).filter(|c| !c.is_empty()),
        key,
        resolver: request.resolver(),
    };
    sink.send(AppEvent::Status(tr!("status-restoring")));
    let report = backup::restore(&config, &platform, sink.clone()).await.map_err(|e| {
        let advice = if e.is_bad_input() { tr!("flow-restore-bad-input") } else { tr!("flow-restore-retry") };
        AppError::new(tr!("flow-restore-stopped"), e.to_string(), advice)
    })?;
    sink.send(AppEvent::Restored(Box::new(report)));
    Ok(())
}

/// Web: the backup leaves the browser as one `.tar` archive (written into OPFS, then downloaded
/// from there). Returns its file name. The desktop's backup is a folder already: nothing to do.
async fn hand_over_archive(folder: &backup::BackupFolder, handle: &str) -> Result<Option<String>, Stop> {
    #[cfg(target_arch = "wasm32")]
    {
        let failed = |e: String| AppError::new(tr!("flow-archive-failed"), e, tr!("flow-archive-failed-advice"));
        let manifest = backup::read_manifest(folder).await.map_err(|e| failed(e.to_string()))?;
        let day = manifest.taken_at.get(..10).unwrap_or("backup").to_owned();
        let stem = format!("tektite-backup-{}-{day}", tektite_platform::backup::safe_name(handle));
        let name = format!("{stem}.tar");
        let store = tektite_platform::backup::archive_store().await.map_err(|e| failed(e.to_string()))?;
        let key = format!("latest-{}.tar", tektite_platform::backup::safe_name(&manifest.did));
        backup::archive::write_archive(folder, &manifest, &*store, &key, &stem)
            .await
            .map_err(|e| failed(e.to_string()))?;
        tektite_platform::backup::hand_over_entry(&*store, &key, &name).await.map_err(|e| failed(e.to_string()))?;
        Ok(Some(name))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (folder, handle);
        Ok(None)
    }
}

/// The repair: the blob step alone, for an account that exists on both PDSes.
async fn repair(run: Run<'_>, platform: Platform) -> Result<(), Stop> {
    let Run { request, sink, commands } = run;
    let form = &request.form;
    let old = request.old_pds().map_or_else(|| tr!("status-their-pds", account = &form.old_id), str::to_owned);
    sink.send(AppEvent::Status(tr!("status-signing-in-both", old = old, new = &form.new_pds)));
    let session = server_session(request, None, Purpose::Read, sink).await?;
    let pair = account::connect_pair(
        old_login(request, &session),
        Login {
            url: Some(&form.new_pds),
            id: &form.new_handle,
            secret: Secret::password(&request.secrets.new_password, None),
        },
        &request.resolver(),
        sink.clone(),
    )
    .await
    .map_err(|e| MigrationError::Account { side: e.side, source: e.source })?;
    let did = pair.did.clone();
    // One run per account (another tab, the CLI): held until the repair ends.
    let _lock = platform.locks.try_lock(&did, "blobs").await.map_err(MigrationError::from)?;
    if let Some(note) = &pair.source_note {
        sink.send(AppEvent::Status(tr!("status-note", note = note)));
    }
    let old_pds = pair.source.base_url().as_str().trim_end_matches('/').to_owned();
    sink.send(AppEvent::Connected { did: did.clone(), old_pds, done: Vec::new(), next: Some(Step::Blobs) });

    let ctx = MigrationContext::new(Arc::new(pair.source), Arc::new(pair.target), &did, platform, sink.clone());
    sink.send(AppEvent::Status(tr!("status-asking-missing")));
    let step = BlobStep::prepare(ctx, &request.plan_options())
        .await
        .map_err(|e| AppError::new(tr!("flow-list-failed"), words::network(&e), tr!("flow-list-failed-advice")))?;
    sink.send(AppEvent::Planned(Box::new(step.plan.clone())));
    if !request.start_at_once {
        go(commands).await?;
    }

    let plan = &step.plan;
    if plan.strategy == StrategyKind::Storage && plan.total_size.is_none_or(|s| s >= LARGE_CACHED_RUN) {
        if let Some(p) = request_persistence().await {
            sink.send(AppEvent::Persistence(p));
        }
    }
    let started = tektite_engine::runtime::Instant::now();
    let transfer = step.transfer().await;
    sink.send(AppEvent::Checking);
    let report = step.verdict(transfer, started).await;
    sink.send(AppEvent::Repaired(Box::new(words::repair_report(&report))));
    Ok(())
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
    use crate::app::form::Form;

    #[test]
    fn engine_events_reach_the_channel() {
        let (tx, mut rx) = mpsc::unbounded();
        let sink = ChannelSink(tx);
        sink.emit(ProgressEvent::SessionRefreshed { host: "pds".into() });
        match rx.try_recv() {
            Ok(AppEvent::Progress(ProgressEvent::SessionRefreshed { host })) => assert_eq!(host, "pds"),
            other => panic!("unexpected {other:?}"),
        }
        sink.step_event(StepEvent::StepFinished { step: Step::Blobs });
        assert!(matches!(rx.try_recv(), Ok(AppEvent::Step(StepEvent::StepFinished { step: Step::Blobs }))));
        drop(rx);
        // A closed channel is not the run's problem.
        sink.emit(ProgressEvent::SessionRefreshed { host: "pds".into() });
    }

    #[tokio::test]
    async fn a_bad_address_fails_before_any_request() {
        for mode in [Mode::Repair, Mode::Move] {
            let (tx, mut rx) = mpsc::unbounded();
            let (_commands, commands_rx) = mpsc::unbounded();
            let request = Request {
                form: Form {
                    mode,
                    old_pds: "not a url".into(),
                    new_pds: "also not".into(),
                    sign_in: crate::app::form::SignIn::Password,
                    ..Default::default()
                },
                secrets: Default::default(),
                start_at_once: false,
            };
            let dir = tempfile::tempdir().unwrap();
            let open = || async { tektite_platform::desktop::platform(&dir.path().join("c"), &dir.path().join("s")) };
            run_on(request, tx, commands_rx, open).await;
            let failure = std::iter::from_fn(|| rx.try_recv().ok()).find_map(|e| match e {
                AppEvent::Failed(e) => Some(e),
                _ => None,
            });
            let e = failure.unwrap_or_else(|| panic!("{mode:?}: no failure"));
            assert!(e.title.contains("PDS"), "{mode:?}: {e:?}");
        }
    }
}
