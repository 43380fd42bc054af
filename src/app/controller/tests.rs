//! The controller's states, event by event, for both ways in; and both ways in end to end against
//! the real lab (PLC + two PDSes) on the desktop platform, as the desktop app runs them.

use super::*;
use tektite_engine::blobs::FailedBlob;
use tektite_engine::{BlobOutcome, BlobStatus, ProgressEvent, StrategyKind};
use tektite_platform::Probes;

use crate::app::events::RepairReport;
use crate::app::form::SignIn;

fn plan(missing: usize, total: Option<u64>) -> MigrationPlan {
    MigrationPlan {
        did: "did:plc:abc".into(),
        source: "https://old/".into(),
        target: "https://new/".into(),
        blobs_missing: missing,
        blobs_inventory: missing + 1,
        blobs_present: 1,
        blobs_cached: 0,
        total_size: total,
        probes: Probes::default(),
        network_reliable: true,
        strategy: StrategyKind::Streaming,
        forced: false,
        reason: "many blobs".into(),
        concurrency: 4,
        concurrency_ceiling: 4,
        chunk_size: 65536,
        channel_capacity: Some(4),
        estimated_memory: 1 << 20,
        upload_path: "a streamed request body".into(),
    }
}

fn repair() -> (Controller, Secrets) {
    let mut c = Controller::new([]);
    c.choose(Mode::Repair);
    c.form.old_pds = "https://old".into();
    c.form.old_id = "alice.old".into();
    c.form.new_pds = "https://new".into();
    c.form.new_handle = "alice.new".into();
    c.form.sign_in = SignIn::Password;
    (c, Secrets { old_password: "pw".into(), new_password: "pw".into(), ..Default::default() })
}

fn moving() -> (Controller, Secrets) {
    let mut c = Controller::new([]);
    let (form, secrets) = crate::app::form::example_move();
    c.form = form;
    (c, secrets)
}

fn report(still_missing: Result<usize, String>) -> RepairReport {
    RepairReport {
        did: "did:plc:abc".into(),
        strategy: StrategyKind::Streaming,
        missing_before: 2,
        already_present: 1,
        migrated: 2,
        from_cache: 1,
        failed: vec![],
        bytes_migrated: 300,
        bytes_downloaded: 100,
        bytes_uploaded: 300,
        retries: 1,
        seconds: 1.0,
        transfer_seconds: 0.9,
        peak_concurrency: 4,
        still_missing,
    }
}

fn summary(done: Vec<Step>) -> MigrationSummary {
    MigrationSummary {
        did: "did:plc:abc".into(),
        old_pds: "https://old.example".into(),
        old_handle: "alice.old.example".into(),
        new_pds: "https://new.example".into(),
        new_pds_did: "did:web:new.example".into(),
        new_handle: "alice.new.example".into(),
        new_email: "alice@example.com".into(),
        did_document_pds: Some("https://old.example".into()),
        records: Some(12),
        blobs_expected: Some(3),
        blobs_imported: Some(3),
        blobs_missing: Some(0),
        new_account_active: Some(false),
        next_step: Step::ALL.into_iter().find(|s| !done.contains(s)),
        steps_done: done,
        irreversible: vec!["the DID did:plc:abc will point at https://new.example".into()],
        accepted_missing: vec![],
        rotation_keys: Some(vec!["did:key:zUser".into(), "did:key:zNewPds".into()]),
        old_deactivated_by: None,
    }
}

/// Signed in as `did:plc:abc` with nothing done yet; the move would continue at `next`.
fn connected(next: Option<Step>) -> AppEvent {
    AppEvent::Connected { did: "did:plc:abc".into(), old_pds: "https://old".into(), done: vec![], next }
}

fn failed(title: &str, auth_factor: bool) -> AppEvent {
    AppEvent::Failed(Box::new(AppError { auth_factor, ..AppError::new(title, "m", "a") }))
}

#[test]
fn a_repair_goes_from_form_to_report() {
    let (mut c, secrets) = repair();
    assert!(c.submit(&Secrets::default()).is_none());
    assert_eq!(c.field_errors.len(), 2);
    let req = c.submit(&secrets).expect("valid");
    assert_eq!((req.form.mode, req.form.new_handle.as_str()), (Mode::Repair, "alice.new"));
    assert!(matches!(c.phase, Phase::Connecting { .. }));
    c.apply(AppEvent::Status("Signing in".into()));
    assert!(matches!(&c.phase, Phase::Connecting { status } if status == "Signing in"));
    c.apply(connected(Some(Step::Blobs)));
    assert!(matches!(c.phase, Phase::Connecting { .. }), "the repair waits for its plan");
    assert_eq!(c.resumable(Mode::Repair), Some("did:plc:abc"));
    assert_eq!(c.resumable(Mode::Move), None);
    c.apply(AppEvent::Planned(Box::new(plan(2, Some(300)))));
    assert!(matches!(c.phase, Phase::Ready));
    c.running();
    assert!(matches!(c.phase, Phase::Running));
    assert_eq!(c.progress.blobs_total, 2);

    let ev = AppEvent::Progress;
    c.apply(ev(ProgressEvent::BlobStarted { cid: "a".into(), size: Some(100), from_cache: false }));
    c.apply(ev(ProgressEvent::BlobStarted { cid: "b".into(), size: Some(200), from_cache: true }));
    assert_eq!(c.progress.active.last().unwrap().cid, "b");
    c.apply(ev(ProgressEvent::BlobBytes { cid: "a".into(), downloaded: 60, uploaded: 40, size: Some(100) }));
    assert_eq!((c.progress.bytes_downloaded, c.progress.bytes_uploaded), (60, 40));
    // A new attempt restarts the blob's counters but not the run's bytes.
    c.apply(ev(ProgressEvent::Retrying { cid: Some("a".into()), attempt: 2, delay_secs: 0.5, reason: "502".into() }));
    c.apply(ev(ProgressEvent::BlobStarted { cid: "a".into(), size: Some(100), from_cache: false }));
    assert_eq!(c.progress.active[0].attempt, 2);
    c.apply(ev(ProgressEvent::BlobBytes { cid: "a".into(), downloaded: 100, uploaded: 100, size: Some(100) }));
    assert_eq!((c.progress.bytes_downloaded, c.progress.bytes_uploaded), (160, 140));
    c.apply(ev(ProgressEvent::BlobFinished {
        outcome: BlobOutcome {
            cid: "a".into(),
            status: BlobStatus::Migrated { size: 100, from_cache: false, attempts: 2 },
        },
    }));
    c.apply(ev(ProgressEvent::RateLimited {
        host: "new".into(),
        wait_secs: 30,
        resume_at_unix: 3600,
        stated_by_server: true,
        quota: None,
    }));
    assert!(c.progress.waiting.is_some());
    c.apply(ev(ProgressEvent::SessionRefreshed { host: "new".into() }));
    c.apply(ev(ProgressEvent::BlobFinished {
        outcome: BlobOutcome {
            cid: "b".into(),
            status: BlobStatus::Migrated { size: 200, from_cache: true, attempts: 1 },
        },
    }));
    let p = &c.progress;
    assert_eq!((p.blobs_migrated, p.blobs_from_cache, p.blobs_done()), (2, 1, 2));
    assert_eq!(p.bytes_uploaded, 340, "every byte sent counts, the retried attempt's too");
    assert_eq!(p.bytes_done(), 300);
    assert_eq!(p.bytes_downloaded, 160, "a cached blob is not downloaded");
    assert!(p.active.is_empty());
    assert_eq!((p.retries, p.rate_limit_waits, p.session_refreshes), (1, 1, 1));
    assert_eq!(p.percent(), 100.0);
    // When, in this machine's time zone: the same words the CLI prints.
    let until = tektite_engine::waits::until_local(3600 - 30, 3600);
    assert!(c.log.lines().any(|l| l.text.contains("limiting the request rate") && l.text.contains(&until)), "{until}");

    c.apply(AppEvent::Checking);
    assert!(c.progress.checking);
    c.apply(AppEvent::Repaired(Box::new(report(Ok(0)))));
    assert!(matches!(&c.phase, Phase::Done(f) if matches!(**f, Finished::Repaired(ref r) if r.complete())));
    assert_eq!(c.resumable(Mode::Repair), None, "a complete repair is not offered for continuing");
}

#[test]
fn an_incomplete_repair_stays_resumable_and_cancel_keeps_the_did() {
    let (mut c, secrets) = repair();
    c.submit(&secrets).unwrap();
    c.apply(connected(Some(Step::Blobs)));
    c.apply(AppEvent::Planned(Box::new(plan(2, None))));
    c.running();
    c.cancelled();
    // Stopped on the run screen, state intact; "Continue" goes straight past the plan.
    assert!(matches!(c.phase, Phase::Stopped));
    assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
    assert_eq!(c.progress.blobs_total, 2, "the progress stays on screen");
    let again = c.continue_run(&secrets).unwrap();
    assert!(again.start_at_once);
    c.apply(connected(Some(Step::Blobs)));
    c.apply(AppEvent::Planned(Box::new(plan(2, None))));
    assert!(matches!(c.phase, Phase::Running), "{:?}", c.phase);
    // Stopping before anything changed goes back to the form.
    c.submit(&secrets).unwrap();
    c.cancelled();
    assert!(matches!(c.phase, Phase::Form));
    assert!(c.notice.as_deref().unwrap().contains("before anything"));

    c.submit(&secrets).unwrap();
    c.apply(connected(Some(Step::Blobs)));
    let mut r = report(Ok(1));
    r.failed = vec![FailedBlob {
        cid: "b".into(),
        kind: tektite_engine::BlobFailureKind::TooLarge,
        message: "too large".into(),
        retryable: false,
    }];
    c.apply(AppEvent::Repaired(Box::new(r)));
    assert_eq!(c.resumable(Mode::Repair), Some("did:plc:abc"));
}

#[test]
fn resuming_fills_the_form_from_the_saved_record_of_its_way_in() {
    let repair_form = Form {
        mode: Mode::Repair,
        old_pds: "https://old".into(),
        new_handle: "alice.new".into(),
        ..Default::default()
    };
    let saved = SavedRun { form: repair_form, did: Some("did:plc:abc".into()), updated_unix: 1, ..Default::default() };
    let moved =
        SavedRun { form: moving().0.form, did: Some("did:plc:def".into()), updated_unix: 1, ..Default::default() };
    let mut c = Controller::new([saved, moved]);
    assert_eq!(c.resumable(Mode::Repair), Some("did:plc:abc"));
    assert_eq!(c.resumable(Mode::Move), Some("did:plc:def"));
    c.resume(Mode::Repair);
    assert_eq!((c.mode(), c.form.new_handle.as_str()), (Mode::Repair, "alice.new"));
    assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
    c.forget_saved(Mode::Repair);
    assert_eq!(c.resumable(Mode::Repair), None);
    assert_eq!(c.resumable(Mode::Move), Some("did:plc:def"), "the other way in keeps its record");
    c.resume(Mode::Move);
    assert_eq!((c.mode(), c.form.new_email.as_str()), (Mode::Move, "alice@example.com"));
}

#[test]
fn a_move_runs_through_confirmation_and_token_to_done() {
    let (mut c, secrets) = moving();
    c.server = Some(ServerFacts {
        url: "https://new.example".into(),
        did: "did:web:new.example".into(),
        user_domains: vec![".new.example".into()],
        invite_required: true,
        phone_required: false,
    });
    assert!(c.submit(&secrets).is_none());
    assert!(c.error_for(Field::InviteCode).is_some());
    c.form.invite_code = "code-1".into();
    let req = c.submit(&secrets).expect("valid");
    assert_eq!(req.form.old_id, "alice.old.example");
    assert!(!format!("{:?}", req.secrets).contains("pw"));
    c.apply(AppEvent::Status("Signing in".into()));
    assert!(matches!(&c.phase, Phase::Connecting { status } if status == "Signing in"));
    c.apply(connected(Some(Step::CreateAccount)));
    assert!(matches!(c.phase, Phase::Ready));
    assert_eq!(c.resumable(Mode::Move), Some("did:plc:abc"));
    c.running();
    c.apply(AppEvent::Step(StepEvent::StepStarted { step: Step::CreateAccount, description: "create".into() }));
    assert_eq!(c.current, Some(Step::CreateAccount));
    c.apply(AppEvent::Step(StepEvent::StepFinished { step: Step::CreateAccount }));
    assert_eq!(c.step_rows()[0], (Step::CreateAccount, true, false));

    // Running blobs, then waiting on a rate limit.
    c.apply(AppEvent::Step(StepEvent::StepStarted { step: Step::Blobs, description: "blobs".into() }));
    c.apply(AppEvent::Planned(Box::new(plan(2, Some(300)))));
    assert!(matches!(c.phase, Phase::Running), "the move's blob plan does not stop it");
    assert_eq!(c.progress.blobs_total, 2);
    c.apply(AppEvent::Progress(ProgressEvent::BlobStarted { cid: "a".into(), size: Some(100), from_cache: false }));
    c.apply(AppEvent::Progress(ProgressEvent::RateLimited {
        host: "new.example".into(),
        wait_secs: 60,
        resume_at_unix: 7200,
        stated_by_server: true,
        quota: None,
    }));
    let w = c.progress.waiting.clone().expect("a wait is shown");
    assert_eq!((w.host.as_str(), w.until_unix), ("new.example", 7200));
    let until = tektite_engine::waits::until_local(7200 - 60, 7200);
    assert!(c.log.lines().any(|l| l.text.contains(&until)), "{until}");

    // Needs confirmation.
    let done = vec![Step::CreateAccount, Step::ImportRepo, Step::Blobs, Step::Preferences];
    c.apply(AppEvent::Stopped(Box::new(Outcome::NeedsConfirmation(summary(done.clone())))));
    let Phase::NeedsConfirmation(s) = &c.phase else { panic!("{:?}", c.phase) };
    assert_eq!(s.irreversible.len(), 1);
    assert_eq!(c.done, done);
    c.running();

    // Needs the PLC token.
    c.apply(AppEvent::Stopped(Box::new(Outcome::NeedsPlcToken {
        email: "alice@old.example".into(),
        email_sent_now: true,
        expires_unix: 900,
    })));
    assert!(matches!(c.phase, Phase::NeedsPlcToken { expires_unix: 900, .. }));
    // A wrong code: said on the same screen, which asks for the code again.
    c.running();
    c.apply(AppEvent::TokenRefused(Box::new(AppError::new("That code is not right", "m", "a"))));
    c.apply(AppEvent::Stopped(Box::new(Outcome::NeedsPlcToken {
        email: "alice@old.example".into(),
        email_sent_now: false,
        expires_unix: 900,
    })));
    assert!(matches!(c.phase, Phase::NeedsPlcToken { email_sent_now: false, .. }));
    assert_eq!(c.token_rejected.as_ref().map(|e| e.title.as_str()), Some("That code is not right"));
    assert_eq!(c.resumable(Mode::Move), Some("did:plc:abc"), "an unfinished move stays resumable");
    // The next code sent clears the message.
    c.running();
    assert!(c.token_rejected.is_none());
    // A failure during the identity steps belongs to them.
    c.apply(AppEvent::Step(StepEvent::StepStarted { step: Step::PlcOperation, description: String::new() }));
    c.apply(failed("t", false));
    assert_eq!(c.failed_step, Some(Step::PlcOperation));

    c.running();
    c.apply(AppEvent::Stopped(Box::new(Outcome::Complete(summary(Step::ALL.to_vec())))));
    assert!(matches!(&c.phase, Phase::Done(f) if matches!(**f, Finished::Moved(_))));
    assert_eq!(c.resumable(Mode::Move), None, "a finished move is not offered again");
    assert!(c.step_rows().iter().all(|(_, done, current)| *done && !*current));
}

#[test]
fn a_two_factor_request_shows_the_code_field_and_cancel_keeps_the_did() {
    let (mut c, secrets) = moving();
    c.submit(&secrets).unwrap();
    c.apply(failed("t", true));
    assert!(c.needs_auth_factor);
    c.back_to_form();
    assert!(matches!(c.phase, Phase::Form));
    c.submit(&secrets).unwrap();
    c.apply(connected(None));
    assert!(!c.needs_auth_factor);
    c.running();
    c.cancelled();
    assert_eq!(c.resuming.as_deref(), Some("did:plc:abc"));
    assert!(matches!(c.phase, Phase::Stopped));
}

#[test]
fn choosing_a_way_in_shows_its_own_form() {
    let mut c = Controller::new([]);
    c.form.old_id = "alice.test".into();
    c.choose(Mode::Repair);
    // Another way in starts from what is known: the account typed for the move is offered.
    assert_eq!((c.mode(), c.form.old_id.as_str()), (Mode::Repair, "alice.test"));
    c.choose(Mode::Repair);
    c.form.old_id = "bob.test".into();
    c.choose(Mode::Repair);
    assert_eq!(c.form.old_id, "bob.test", "the same way in keeps what was typed");
}

/// Both ways in through the controller against the real lab (PLC + two PDSes), on the desktop
/// platform in temporary folders: what the desktop app does when the user clicks through.
#[cfg(not(target_arch = "wasm32"))]
mod lab {
    use std::time::Duration;

    use futures::channel::mpsc;
    use futures::StreamExt;

    use super::*;
    use crate::app::events::Command;
    use crate::app::flow::run_on;
    use crate::app::form::StrategyPick;
    use crate::app::{lab, server_page};

    /// An account on the old PDS only, as before a real move (the lab's seed prepares the new PDS
    /// too: that account is deleted again).
    async fn old_only(lab: &lab::Lab, name: &str, blobs: &str) -> lab::SeededAccount {
        let account = tokio::task::block_in_place(|| lab.seed(name, blobs));
        let resp = reqwest::Client::new()
            .post(format!("{}/xrpc/com.atproto.admin.deleteAccount", lab.new_url()))
            .basic_auth("admin", Some(lab.admin_password(lab::Side::New)))
            .json(&serde_json::json!({ "did": account.did }))
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success(), "deleting the prepared account: {}", resp.status());
        account
    }

    /// Drives `ctl`'s run to its end, answering each wait with what `answer` says.
    async fn drive(
        ctl: &mut Controller,
        request: Request,
        dirs: &std::path::Path,
        mut answer: impl FnMut(&Controller) -> Option<Command>,
    ) -> Vec<Command> {
        let (events, mut rx) = mpsc::unbounded();
        let (commands, commands_rx) = mpsc::unbounded();
        let (cache, state) = (dirs.join("cache"), dirs.join("state"));
        let open = || async move { tektite_platform::desktop::platform(&cache, &state) };
        let run = run_on(request, events, commands_rx, open);
        let drive = async {
            let mut seen = Vec::new();
            while let Some(event) = rx.next().await {
                ctl.apply(event);
                if let Some(c) = answer(ctl) {
                    seen.push(c.clone());
                    ctl.running();
                    commands.unbounded_send(c).unwrap();
                }
            }
            seen
        };
        futures::join!(run, drive).1
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_desktop_repair_moves_every_blob_through_the_controller() {
        let lab = lab::Lab::shared();
        let account = tokio::task::block_in_place(|| lab.seed("app-flow", "3x64k,1x1m"));
        let dirs = tempfile::tempdir().unwrap();
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Repair);
        ctl.form = Form {
            mode: Mode::Repair,
            old_pds: lab.old_url().into(),
            old_id: account.old_handle.clone(),
            sign_in: SignIn::Password,
            new_pds: lab.new_url().into(),
            new_handle: account.new_handle.clone(),
            strategy: StrategyPick::Storage,
            concurrency: Some(2),
            ..Default::default()
        };
        let secrets = Secrets {
            old_password: account.password.clone(),
            new_password: account.password.clone(),
            ..Default::default()
        };
        let request = ctl.submit(&secrets).expect("a valid form");
        let seen =
            drive(&mut ctl, request, dirs.path(), |c| matches!(c.phase, Phase::Ready).then_some(Command::Go)).await;
        assert_eq!(seen, [Command::Go]);

        let Phase::Done(finished) = &ctl.phase else { panic!("the run ended in {:?}", ctl.phase) };
        let Finished::Repaired(report) = &**finished else { panic!("{finished:?}") };
        assert!(report.complete(), "{report:?}");
        assert_eq!(report.migrated, account.blobs.len());
        assert_eq!(ctl.did.as_deref(), Some(account.did.as_str()));
        let p = &ctl.progress;
        assert_eq!((p.blobs_migrated, p.blobs_total), (account.blobs.len(), account.blobs.len()));
        assert_eq!(p.bytes_done(), account.total_bytes());
        assert!(p.bytes_downloaded >= account.total_bytes() && p.bytes_uploaded >= account.total_bytes());
        assert!(ctl.log.lines().any(|l| l.text.contains("is on the new PDS")));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_desktop_backup_writes_a_checked_folder_through_the_controller() {
        let lab = lab::Lab::shared();
        let account = tokio::task::block_in_place(|| lab.seed("app-backup", "3x64k,1x1m"));
        let dirs = tempfile::tempdir().unwrap();
        let folder = dirs.path().join("alice's backup");
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Backup);
        ctl.form = Form {
            mode: Mode::Backup,
            old_id: account.old_handle.clone(),
            sign_in: SignIn::Password,
            plc_url: lab.plc_url().into(),
            handle_resolver: lab.old_url().into(),
            backup_folder: folder.display().to_string(),
            ..Default::default()
        };
        let secrets = Secrets { old_password: account.password.clone(), ..Default::default() };
        let request = ctl.submit(&secrets).expect("a valid form");
        let seen = drive(&mut ctl, request, dirs.path(), |_| None).await;
        assert!(seen.is_empty(), "a backup asks nothing once started");

        let Phase::Done(finished) = &ctl.phase else { panic!("the run ended in {:?}", ctl.phase) };
        let Finished::BackedUp(done) = &**finished else { panic!("{finished:?}") };
        assert!(done.report.is_complete(), "{:?}", done.report);
        assert_eq!(done.place, folder.display().to_string());
        assert_eq!(done.archive, None, "the desktop's backup is the folder itself");
        assert_eq!(ctl.progress.blobs_done(), account.blobs.len());
        for blob in &account.blobs {
            let bytes = std::fs::read(folder.join("blobs").join(&blob.cid)).unwrap();
            assert_eq!(tektite_engine::cid::BlobCid::of_bytes(&bytes).to_string(), blob.cid);
        }
        assert!(folder.join("manifest.json").is_file() && folder.join("repo.car").is_file());
    }

    /// The desktop's "Sign in with your server": the controller's backup signs in through the
    /// loopback listener; the server's page (opened here in headless Chromium, as the system
    /// browser would) is filled in like a person does. No password is given to the app at all.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_desktop_signs_in_on_the_server_page_through_the_loopback_listener() {
        // The system browser is the test's Chromium: nothing else may open the page first.
        std::env::set_var("TEKTITE_OPEN_BROWSER", "0");
        let lab = lab::Lab::shared();
        let account = tokio::task::block_in_place(|| lab.seed("app-oauth", "2x64k"));
        let dirs = tempfile::tempdir().unwrap();
        let folder = dirs.path().join("backup");
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Backup);
        ctl.form = Form {
            mode: Mode::Backup,
            old_id: account.old_handle.clone(),
            plc_url: lab.plc_url().into(),
            handle_resolver: lab.old_url().into(),
            backup_folder: folder.display().to_string(),
            ..Default::default()
        };
        assert_eq!(ctl.form.sign_in, SignIn::Server, "the server's page is the first choice");
        let request = ctl.submit(&Secrets::default()).expect("no password is needed");

        let (events, mut rx) = mpsc::unbounded();
        let (_commands, commands_rx) = mpsc::unbounded::<Command>();
        let (cache, state) = (dirs.path().join("cache"), dirs.path().join("state"));
        let open = || async move { tektite_platform::desktop::platform(&cache, &state) };
        let run = run_on(request, events, commands_rx, open);
        let mut page_task = None;
        let drive = async {
            while let Some(event) = rx.next().await {
                ctl.apply(event);
                if let (Some((url, host)), None) = (ctl.sign_in_page.clone(), &page_task) {
                    assert!(url.contains("request_uri="), "{url}");
                    assert!(lab.old_url().contains(&host), "{host}");
                    assert!(matches!(&ctl.phase, Phase::Connecting { status } if status.contains("own page")));
                    let (user, password) = (account.old_handle.clone(), account.password.clone());
                    page_task = Some(tokio::spawn(async move {
                        let page = server_page::ServerPage::start(Vec::new()).await;
                        let back = page.sign_in(&url, &user, &password, server_page::Consent::Allow).await;
                        page.close().await;
                        back
                    }));
                }
            }
        };
        futures::join!(run, drive);
        let back = page_task.expect("the app asked to sign in on the server's page").await.unwrap();
        assert!(back.starts_with("http://127.0.0.1:") && back.contains("/oauth/callback?"), "{back}");
        let Phase::Done(finished) = &ctl.phase else { panic!("the run ended in {:?}", ctl.phase) };
        let Finished::BackedUp(done) = &**finished else { panic!("{finished:?}") };
        assert!(done.report.is_complete(), "{:?}", done.report);
        assert!(folder.join("manifest.json").is_file() && folder.join("preferences.json").is_file());
        assert!(ctl.log.lines().any(|l| l.text.contains("never sees the password")));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn protecting_an_account_puts_the_key_first_after_a_mistyped_code() {
        let lab = lab::Lab::shared();
        let account = tokio::task::block_in_place(|| lab.seed("app-protect", "1x64k"));
        let dirs = tempfile::tempdir().unwrap();
        let key = tektite_engine::recovery_key::RecoveryKey::generate().did_key();
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Protect);
        ctl.form = Form {
            mode: Mode::Protect,
            old_id: account.old_handle.clone(),
            sign_in: SignIn::Password,
            plc_url: lab.plc_url().into(),
            handle_resolver: lab.old_url().into(),
            recovery_key: key.clone(),
            ..Default::default()
        };
        let secrets = Secrets { old_password: account.password.clone(), ..Default::default() };
        let request = ctl.submit(&secrets).expect("a valid form");
        let mut wrong_tried = false;
        let seen = drive(&mut ctl, request, dirs.path(), |c| match &c.phase {
            Phase::NeedsPlcToken { .. } if !wrong_tried => {
                wrong_tried = true;
                Some(Command::PlcToken("WRONG-CODE".into()))
            }
            Phase::NeedsPlcToken { email_sent_now, .. } => {
                assert!(!email_sent_now, "a mistyped code must not send a new email");
                assert!(c.token_rejected.is_some(), "the refusal is shown");
                let token = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
                    .expect("the PLC code in the lab's mail");
                Some(Command::PlcToken(token))
            }
            _ => None,
        })
        .await;
        assert_eq!(seen.len(), 2, "{seen:?}");
        let Phase::Done(finished) = &ctl.phase else { panic!("the run ended in {:?}", ctl.phase) };
        let Finished::Protected(done) = &**finished else { panic!("{finished:?}") };
        assert_eq!(done.rotation_keys.first(), Some(&key));
        assert!(done.rotation_keys.len() >= 2, "the PDS's key is kept: {:?}", done.rotation_keys);
        let codes =
            lab.mails(lab::Side::Old).iter().filter(|m| m.template == "plcOperation" && m.to == account.email).count();
        assert_eq!(codes, 1, "one code emailed");
    }

    /// Protect (through the controller), back up (through the controller), then restore (through
    /// the controller) with the key file: the account is active on the new PDS, the identity
    /// names it, the recovery key first.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn protect_back_up_and_restore_through_the_controller() {
        let lab = lab::Lab::shared();
        let account = old_only(lab, "app-restore", "2x64k").await;
        let dirs = tempfile::tempdir().unwrap();
        let base = Form {
            old_id: account.old_handle.clone(),
            sign_in: SignIn::Password,
            plc_url: lab.plc_url().into(),
            handle_resolver: lab.old_url().into(),
            ..Default::default()
        };

        // Protect: a key made here, its file kept in memory for the restore.
        let key = tektite_engine::recovery_key::RecoveryKey::generate();
        let key_file = key.file_text(&account.did);
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Protect);
        ctl.form = Form { mode: Mode::Protect, recovery_key: key.did_key(), ..base.clone() };
        let secrets = Secrets { old_password: account.password.clone(), ..Default::default() };
        let request = ctl.submit(&secrets).expect("a valid protect form");
        drive(&mut ctl, request, dirs.path(), |c| match &c.phase {
            Phase::NeedsPlcToken { .. } => Some(Command::PlcToken(
                tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30))).unwrap(),
            )),
            _ => None,
        })
        .await;
        assert!(matches!(&ctl.phase, Phase::Done(f) if matches!(**f, Finished::Protected(_))), "{:?}", ctl.phase);

        // Back up.
        let folder = dirs.path().join("backup");
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Backup);
        ctl.form = Form { mode: Mode::Backup, backup_folder: folder.display().to_string(), ..base.clone() };
        let request = ctl.submit(&secrets).expect("a valid backup form");
        drive(&mut ctl, request, dirs.path(), |_| None).await;
        assert!(matches!(&ctl.phase, Phase::Done(f) if matches!(**f, Finished::BackedUp(_))), "{:?}", ctl.phase);

        // Restore onto the new PDS: the check first, then the go.
        let mut ctl = Controller::new([]);
        ctl.choose(Mode::Restore);
        ctl.form = Form {
            mode: Mode::Restore,
            backup_folder: folder.display().to_string(),
            new_pds: lab.new_url().into(),
            new_handle: account.new_handle.clone(),
            new_email: account.email.clone(),
            plc_url: lab.plc_url().into(),
            ..Default::default()
        };
        let mut secrets = Secrets { new_password: account.password.clone(), ..Default::default() };
        assert!(ctl.submit(&secrets).is_none(), "the key file is needed");
        assert!(ctl.error_for(Field::RecoveryKeyFile).is_some());
        secrets.recovery_key_file = Some(("key.txt".into(), key_file));
        let request = ctl.submit(&secrets).expect("a valid restore form");
        let seen = drive(&mut ctl, request, dirs.path(), |c| {
            matches!(c.phase, Phase::Ready).then(|| {
                let preview = c.restore_preview.as_ref().expect("the preview");
                assert_eq!(preview.did, account.did);
                assert_eq!(preview.blobs, account.blobs.len());
                Command::Go
            })
        })
        .await;
        assert_eq!(seen, [Command::Go]);
        let Phase::Done(finished) = &ctl.phase else { panic!("the restore ended in {:?}", ctl.phase) };
        let Finished::Restored(report) = &**finished else { panic!("{finished:?}") };
        assert_eq!(report.rotation_keys.first(), Some(&key.did_key()));
        let data: serde_json::Value =
            reqwest::get(format!("{}/{}/data", lab.plc_url(), account.did)).await.unwrap().json().await.unwrap();
        let endpoint = data["services"]["atproto_pds"]["endpoint"].as_str().unwrap_or_default();
        assert_eq!(endpoint.trim_end_matches('/'), lab.new_url().trim_end_matches('/'), "{data}");
        assert_eq!(ctl.progress.blobs_done(), account.blobs.len());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_desktop_move_moves_the_whole_account_through_the_controller() {
        let lab = lab::Lab::shared();
        let account = old_only(lab, "app-move", "3x64k").await;

        let dirs = tempfile::tempdir().unwrap();
        let mut ctl = Controller::new([]);
        ctl.form = Form {
            old_pds: lab.old_url().into(),
            old_id: account.old_handle.clone(),
            sign_in: SignIn::Password,
            new_pds: lab.new_url().into(),
            new_handle: account.new_handle.clone(),
            new_email: account.email.clone(),
            plc_url: lab.plc_url().into(),
            ..Default::default()
        };
        let secrets = Secrets {
            old_password: account.password.clone(),
            new_password: account.password.clone(),
            ..Default::default()
        };
        let request = ctl.submit(&secrets).expect("a valid form");
        let seen = drive(&mut ctl, request, dirs.path(), |c| match &c.phase {
            Phase::Ready => Some(Command::Go),
            Phase::NeedsConfirmation(s) => {
                assert_eq!(s.blobs_missing, Some(0), "{s:?}");
                Some(Command::Confirm)
            }
            Phase::NeedsPlcToken { .. } => {
                let token = tokio::task::block_in_place(|| lab.wait_plc_token(&account, None, Duration::from_secs(30)))
                    .expect("the PLC code in the lab's mail");
                Some(Command::PlcToken(token))
            }
            _ => None,
        })
        .await;
        let Phase::Done(finished) = &ctl.phase else { panic!("the move ended in {:?}", ctl.phase) };
        let Finished::Moved(summary) = &**finished else { panic!("{finished:?}") };
        assert_eq!(summary.did, account.did);
        assert_eq!(summary.new_account_active, Some(true));
        assert_eq!(seen.len(), 3, "go, confirm, token: {seen:?}");
        assert!(ctl.step_rows().iter().all(|(_, done, _)| *done));
        assert_eq!(ctl.progress.blobs_migrated, account.blobs.len());
        assert!(ctl.estimate.as_ref().is_some_and(|e| e.blobs == account.blobs.len()), "{:?}", ctl.estimate);
    }
}

/// The backup: the account alone, no plan to agree to; it runs as soon as it is signed in, its
/// progress counts blobs saved and kept, and a stopped one is offered for continuing.
#[test]
fn a_backup_starts_once_signed_in_and_ends_with_its_report() {
    let mut c = Controller::new([]);
    c.choose(Mode::Backup);
    c.form.old_id = "alice.old".into();
    assert_eq!(c.form.sign_in, SignIn::Server, "the server's own page comes first");
    c.form.sign_in = SignIn::Password;
    let secrets = Secrets { old_password: "pw".into(), ..Default::default() };
    assert!(c.submit(&Secrets::default()).is_none(), "the password is needed when chosen");
    assert!(c.error_for(Field::OldPassword).is_some());
    assert!(c.error_for(Field::NewPds).is_none(), "a backup needs no new PDS");
    let request = c.submit(&secrets).expect("a valid backup request");
    assert!(
        request.backup_location("did:plc:abc").ends_with("alice.old"),
        "{}",
        request.backup_location("did:plc:abc")
    );
    c.apply(AppEvent::Connected { did: "did:plc:abc".into(), old_pds: "https://old".into(), done: vec![], next: None });
    assert!(matches!(c.phase, Phase::Running), "{:?}", c.phase);
    assert_eq!(c.resumable(Mode::Backup), Some("did:plc:abc"), "an unfinished backup can be continued");
    let ev = AppEvent::Progress;
    c.apply(ev(ProgressEvent::WorkListed { missing: 2, inventory: 2 }));
    c.apply(ev(ProgressEvent::BlobFinished {
        outcome: BlobOutcome {
            cid: "a".into(),
            status: BlobStatus::Migrated { size: 10, from_cache: true, attempts: 0 },
        },
    }));
    assert_eq!((c.progress.blobs_total, c.progress.blobs_done(), c.progress.blobs_from_cache), (2, 1, 1));
    let report = tektite_engine::backup::BackupReport {
        did: "did:plc:abc".into(),
        incremental: true,
        repo_rev: Some("r".into()),
        repo_changed: false,
        blobs_total: 2,
        bytes_total: 20,
        downloaded: vec!["b".into()],
        downloaded_bytes: 10,
        kept: 1,
        repaired: vec![],
        no_longer_in_account: vec![],
        failed: vec![],
        signed_in: true,
        preferences: true,
        preferences_taken_at: Some("2026-12-07T12:00:00Z".into()),
        plc_audit_log: true,
        left_out: vec![],
        manifest_written: true,
    };
    c.apply(AppEvent::BackedUp(Box::new(crate::app::events::BackupDone {
        report,
        place: "/backups/alice".into(),
        archive: None,
        seconds: 1.0,
    })));
    assert!(matches!(&c.phase, Phase::Done(f) if matches!(**f, Finished::BackedUp(ref b) if b.report.is_complete())));
    assert_eq!(c.resumable(Mode::Backup), None, "a complete backup is not offered for continuing");
}
