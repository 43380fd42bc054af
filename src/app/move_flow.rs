//! The whole account move, run the way `tektite-cli migrate` runs it (`src/bin/tektite-cli/migrate.rs`
//! is the reference): `describeServer` on the new PDS → [`Migrator::connect`] → wait for the user's
//! go → [`Migrator::advance`] until it is complete or needs something only the user can give (the
//! go for the irreversible steps, the code the old PDS emailed), which arrives as a [`Command`].
//!
//! Everything goes into one channel as [`MoveEvent`]s. Cancelling is dropping the future: every
//! finished step is saved by the engine, and the next run continues at the step it was in.

use std::sync::Arc;

use futures::channel::mpsc;
use futures::StreamExt;
use tektite_engine::account::{self, AccountError};
use tektite_engine::migration::{
    Credentials, Input, MigrationConfig, MigrationError, Migrator, Outcome, StepEvent, StepSink,
};
use tektite_engine::plan::PlanOptions;
use tektite_engine::retry::RetryPolicy;
use tektite_engine::{worklist, NoProgress, ProgressEvent, ProgressSink, XrpcClient};
use tektite_platform::{Platform, PlatformError};

use super::account::{BlobEstimate, MoveEvent, MoveRequest, ServerFacts};
use super::flow::{strip_js_stack, AppError};

/// What the user gives while the move runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start the steps (after the plan).
    Go,
    /// Agreed to the irreversible steps.
    Confirm,
    /// The code the old PDS emailed.
    PlcToken(String),
}

struct Sink(mpsc::UnboundedSender<MoveEvent>);

impl ProgressSink for Sink {
    fn emit(&self, event: ProgressEvent) {
        let _ = self.0.unbounded_send(MoveEvent::Progress(event));
    }
}

impl StepSink for Sink {
    fn step_event(&self, event: StepEvent) {
        let _ = self.0.unbounded_send(MoveEvent::Step(event));
    }
}

/// `describeServer` on `url`, in words on failure.
pub async fn describe(url: &str) -> Result<ServerFacts, String> {
    let client =
        XrpcClient::new(url, Arc::new(NoProgress)).map_err(|e| e.to_string())?.with_retry_policy(RetryPolicy::quick());
    let d = client.describe_server().await.map_err(|e| strip_js_stack(&e.to_string()))?;
    Ok(ServerFacts {
        url: url.to_owned(),
        did: d.did,
        user_domains: d.available_user_domains,
        invite_required: d.invite_code_required.unwrap_or(false),
        phone_required: d.phone_verification_required.unwrap_or(false),
    })
}

/// Runs the move, reporting into `events`; waits on `commands` where the user must act.
pub async fn run(
    request: MoveRequest,
    events: mpsc::UnboundedSender<MoveEvent>,
    commands: mpsc::UnboundedReceiver<Command>,
) {
    run_on(request, events, commands, tektite_platform::open_default).await
}

pub async fn run_on<F, Fut>(
    request: MoveRequest,
    events: mpsc::UnboundedSender<MoveEvent>,
    mut commands: mpsc::UnboundedReceiver<Command>,
    open: F,
) where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Platform, PlatformError>>,
{
    let send = |e: MoveEvent| {
        let _ = events.unbounded_send(e);
    };
    let fail = |error: AppError, auth_factor: bool, plc_token: bool| {
        let _ = events.unbounded_send(MoveEvent::Failed { error, auth_factor, plc_token });
    };
    let form = &request.form;
    send(MoveEvent::Status(format!("Asking the new PDS ({}) about itself…", form.new_pds)));
    match describe(&form.new_pds).await {
        Ok(facts) => send(MoveEvent::Server(facts)),
        Err(e) => {
            return fail(
                AppError {
                    title: "The new PDS did not answer".into(),
                    message: e,
                    advice: "Nothing was changed. Check the new PDS's address and try again.".into(),
                },
                false,
                false,
            )
        }
    }
    send(MoveEvent::Status("Opening local storage for the saved steps and the blob cache…".into()));
    let platform = match open().await {
        Ok(p) => p,
        Err(e) => {
            return fail(
                AppError {
                    title: "Local storage is not available".into(),
                    message: e.to_string(),
                    advice: "Allow this app to store data (private windows block it), then try again.".into(),
                },
                false,
                false,
            )
        }
    };
    send(MoveEvent::Status(format!("Signing in to the old PDS ({})…", form.old_pds)));
    let config = MigrationConfig {
        old_pds: form.old_pds.clone(),
        old_id: form.old_id.clone(),
        new_pds: form.new_pds.clone(),
        new_handle: form.new_handle.clone(),
        new_email: form.new_email.clone(),
        invite_code: Some(form.invite_code.clone()).filter(|c| !c.is_empty()),
        plc_url: form.plc_url.clone(),
        plan: PlanOptions { strategy: form.strategy.kind(), concurrency: None, chunk_size: None },
    };
    let credentials = Credentials {
        old_password: request.secrets.old_password.clone(),
        old_auth_factor: Some(request.secrets.auth_factor.trim().to_owned()).filter(|c| !c.is_empty()),
        new_password: request.secrets.new_password.clone(),
    };
    let probes = platform.probe.probe().await.unwrap_or_default();
    let sink = Arc::new(Sink(events.clone()));
    let mut m = match Migrator::connect(config, credentials, platform, sink.clone(), sink).await {
        Ok(m) => m,
        Err(e) => {
            let (error, tf, tok) = words(&e);
            return fail(error, tf, tok);
        }
    };
    if !m.state().is_done(tektite_engine::migration::Step::Blobs) {
        send(MoveEvent::Status("Counting and measuring the blobs on the old PDS…".into()));
        match estimate(&request, m.did(), probes).await {
            Ok(e) => send(MoveEvent::Estimate(e)),
            Err(e) => tracing::info!("no blob estimate: {e}"),
        }
    }
    let st = m.state();
    send(MoveEvent::Connected {
        did: st.did.clone(),
        old_handle: form.old_id.clone(),
        done: st.done.clone(),
        next: st.next_step(),
    });
    if !wait_for(&mut commands, |c| matches!(c, Command::Go)).await {
        return;
    }
    let mut input = Input::default();
    loop {
        match m.advance(&input).await {
            Ok(outcome) => {
                let waiting = outcome.clone();
                send(MoveEvent::Stopped(Box::new(outcome)));
                match waiting {
                    Outcome::Complete(_) => return,
                    Outcome::NeedsConfirmation(_) => {
                        if !wait_for(&mut commands, |c| matches!(c, Command::Confirm)).await {
                            return;
                        }
                        input.confirmed = true;
                    }
                    Outcome::NeedsPlcToken { .. } => loop {
                        match commands.next().await {
                            Some(Command::PlcToken(t)) if !t.trim().is_empty() => {
                                input.plc_token = Some(t.trim().to_owned());
                                break;
                            }
                            Some(_) => {}
                            None => return,
                        }
                    },
                }
            }
            Err(e) => {
                let (error, tf, tok) = words(&e);
                return fail(error, tf, tok);
            }
        }
    }
}

/// Blobs measured when there are more than this many: the total is extrapolated from these.
const ESTIMATE_SAMPLE: usize = 50;

/// The old PDS's blob inventory and sizes, and this device's room (see [`BlobEstimate`]). Its own
/// session, so the engine's clients stay untouched; read-only.
async fn estimate(request: &MoveRequest, did: &str, probes: tektite_platform::Probes) -> Result<BlobEstimate, String> {
    let client = XrpcClient::new(&request.form.old_pds, Arc::new(NoProgress))
        .map_err(|e| e.to_string())?
        .with_retry_policy(RetryPolicy::quick());
    let factor = Some(request.secrets.auth_factor.trim()).filter(|c| !c.is_empty());
    account::sign_in(&client, did, &request.secrets.old_password, factor).await.map_err(|e| e.to_string())?;
    let cids = worklist::source_inventory(&client, did).await.map_err(|e| e.to_string())?;
    let (mut measured, mut bytes) = (0usize, 0u64);
    for cid in cids.iter().take(ESTIMATE_SAMPLE) {
        if let Ok(Some(size)) = client.blob_size(did, cid).await {
            measured += 1;
            bytes += size;
        }
    }
    let total = match measured {
        0 if cids.is_empty() => Some(0),
        0 => None,
        n => Some(bytes.saturating_mul(cids.len() as u64) / n as u64),
    };
    Ok(BlobEstimate {
        blobs: cids.len(),
        bytes: total,
        sampled: measured,
        cache_available: probes.cache_available,
        memory: probes.available_memory,
    })
}

/// Waits for a command matching `want`; false when the UI went away.
async fn wait_for(commands: &mut mpsc::UnboundedReceiver<Command>, want: impl Fn(&Command) -> bool) -> bool {
    while let Some(c) = commands.next().await {
        if want(&c) {
            return true;
        }
    }
    false
}

/// A migration error in words: what happened, what to do; and whether it asks for a two-factor
/// code or a new PLC code.
pub fn words(e: &MigrationError) -> (AppError, bool, bool) {
    let message = strip_js_stack(&e.to_string());
    let kept = "Every finished step is kept: press “Try again” to continue where it stopped.";
    match e {
        MigrationError::Account { source: AccountError::TwoFactorRequired { .. }, .. } => (
            AppError {
                title: "The old PDS asks for a sign-in code".into(),
                message,
                advice: "It has emailed a code to the account's address. Go back, type it into “Sign-in code” and \
                         continue. Nothing was changed."
                    .into(),
            },
            true,
            false,
        ),
        MigrationError::Account { side, source } => (
            AppError {
                title: format!("Could not sign in to the {side}"),
                message,
                advice: if source.is_bad_input() {
                    "Nothing was changed. Correct the form and try again.".into()
                } else {
                    "Nothing was changed. Check the address; if it is right the server may be down: try again later."
                        .into()
                },
            },
            false,
            false,
        ),
        MigrationError::InviteCodeRequired { .. } => (
            AppError {
                title: "The new PDS needs an invite code".into(),
                message,
                advice: "Ask the new PDS's operator for an invite code, enter it in the form and try again. Nothing \
                         was changed."
                    .into(),
            },
            false,
            false,
        ),
        MigrationError::PlcTokenRejected { .. } => (
            AppError {
                title: "The old PDS refused the code".into(),
                message,
                advice: "The code was mistyped or has expired (it is valid for 15 minutes). Press “Try again”: a new \
                         code will be emailed. Your identity has not moved yet."
                    .into(),
            },
            false,
            true,
        ),
        MigrationError::BlobsIncomplete { .. } | MigrationError::DataIncomplete { .. } => (
            AppError {
                title: "Some blobs are not on the new PDS yet".into(),
                message,
                advice: format!(
                    "Your identity has not moved: the old account still works. {kept} Blobs that fail again are \
                     listed in the log."
                ),
            },
            false,
            false,
        ),
        e if e.is_bad_input() => (
            AppError {
                title: "The new PDS refused the new account".into(),
                message,
                advice: "Correct the form (handle, email, password, invite code) and try again.".into(),
            },
            false,
            false,
        ),
        _ => (AppError { title: "The move stopped".into(), message, advice: kept.into() }, false, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_to_do() {
        let (e, tf, tok) = words(&MigrationError::PlcTokenRejected { detail: "400".into() });
        assert!(tok && !tf);
        assert!(e.advice.contains("new code"), "{e:?}");
        let (e, tf, _) = words(&MigrationError::Account {
            side: "old PDS",
            source: AccountError::TwoFactorRequired { id: "a".into(), host: "old".into() },
        });
        assert!(tf);
        assert!(e.advice.contains("Sign-in code"));
        let (e, _, _) = words(&MigrationError::BlobsIncomplete { missing: 2, failures: vec![] });
        assert!(e.advice.contains("has not moved"));
    }
}

/// The whole move through the controller against the real lab (PLC + two PDSes), on the desktop
/// platform in temporary folders: what the desktop app does when the user clicks through.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod lab_tests {
    use super::*;
    use crate::app::account::{MoveController, MoveForm, MovePhase, MoveSecrets};
    use crate::app::lab;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_desktop_flow_moves_the_whole_account_through_the_controller() {
        let lab = lab::Lab::shared();
        let account = tokio::task::block_in_place(|| lab.seed("app-move", "3x64k"));
        let resp = reqwest::Client::new()
            .post(format!("{}/xrpc/com.atproto.admin.deleteAccount", lab.new_url()))
            .basic_auth("admin", Some(lab.admin_password(lab::Side::New)))
            .json(&serde_json::json!({ "did": account.did }))
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success());

        let dirs = tempfile::tempdir().unwrap();
        let mut ctl = MoveController::new(None);
        ctl.form = MoveForm {
            old_pds: lab.old_url().into(),
            old_id: account.old_handle.clone(),
            new_pds: lab.new_url().into(),
            new_handle: account.new_handle.clone(),
            new_email: account.email.clone(),
            plc_url: lab.plc_url().into(),
            ..Default::default()
        };
        let secrets = MoveSecrets {
            old_password: account.password.clone(),
            auth_factor: String::new(),
            new_password: account.password.clone(),
        };
        let request = ctl.submit(&secrets).expect("a valid form");
        let (events, mut rx) = mpsc::unbounded();
        let (commands, commands_rx) = mpsc::unbounded();
        let (cache, state) = (dirs.path().join("cache"), dirs.path().join("state"));
        let open = || async move { tektite_platform::desktop::platform(&cache, &state) };
        let run = run_on(request, events, commands_rx, open);
        let drive = async {
            let mut seen = Vec::new();
            while let Some(event) = rx.next().await {
                ctl.apply(event);
                let command = match &ctl.phase {
                    MovePhase::Ready => Some(Command::Go),
                    MovePhase::NeedsConfirmation(s) => {
                        assert_eq!(s.blobs_missing, Some(0), "{s:?}");
                        Some(Command::Confirm)
                    }
                    MovePhase::NeedsPlcToken { .. } => {
                        let token =
                            tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
                                .expect("the PLC code in the lab's mail");
                        Some(Command::PlcToken(token))
                    }
                    _ => None,
                };
                if let Some(c) = command {
                    seen.push(c.clone());
                    ctl.running();
                    commands.unbounded_send(c).unwrap();
                }
            }
            seen
        };
        let ((), seen) = futures::join!(run, drive);
        let MovePhase::Done(summary) = &ctl.phase else { panic!("the move ended in {:?}", ctl.phase) };
        assert_eq!(summary.did, account.did);
        assert_eq!(summary.new_account_active, Some(true));
        assert_eq!(seen.len(), 3, "go, confirm, token: {seen:?}");
        assert!(ctl.step_rows().iter().all(|(_, done, _)| *done));
        assert_eq!(ctl.blobs.progress.blobs_migrated, account.blobs.len());
    }

    use std::time::Duration;
}
