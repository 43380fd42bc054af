//! The report at the end, for every way in: the repair's (what moved, what failed and why, what the
//! new PDS says), the move's (where the account lives now, what to do next, in order, and a look
//! at the new account from outside) or the backup's (what it holds, what changed, where it is).

use dioxus::prelude::*;
use tektite_engine::migration::MigrationSummary;
use tektite_engine::BlobFailureKind;
use tektite_i18n::tr;

use super::fields::{CardHead, Fact};
use super::icons::{ArrowLeftIcon, CheckIcon};
use super::identity::summary_facts;
use super::language::Emphasized;
use super::run::{LogView, StepList};
use super::runner::Runner;
use super::steps::Step;
use super::testids::TestIds;
use super::View;
use tektite_engine::after_move::{self, ChecklistItem};

use crate::app::controller::{AccountCheck, Phase};
use crate::app::events::{BackupDone, Finished, Persistence, ProtectDone, RepairReport};
use crate::app::format;
use crate::app::recovery_key;
use tektite_engine::backup::RestoreReport;

#[component]
pub fn DoneCard(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let c = runner.ctl.read();
    let Phase::Done(finished) = c.phase.clone() else {
        return rsx! {};
    };
    // For the browser benchmark: the transfer's own time, beside the page's wall clock.
    let (transfer_seconds, peak_concurrency) = match &*finished {
        Finished::Repaired(r) => (Some(format!("{:.2}", r.transfer_seconds)), Some(r.peak_concurrency)),
        _ => (None, None),
    };
    let (body, complete, still_missing, did) = match &*finished {
        Finished::BackedUp(b) => (backup_report(b), b.report.is_complete(), None, Some(b.report.did.clone())),
        Finished::Restored(r) => (restored_report(r), true, None, Some(r.did.clone())),
        Finished::Protected(p) => {
            let generated = runner.secrets.read().new_recovery_key.clone().filter(|k| k.did_key == p.key);
            (
                protected_report(p, generated.and_then(|k| k.saved_to).and_then(Result::ok)),
                true,
                None,
                Some(p.did.clone()),
            )
        }
        Finished::Repaired(r) => {
            let missing = r.still_missing.as_ref().map(|n| n.to_string()).unwrap_or_else(|_| "unknown".into()); // a data attribute, not words
            (repair_report(r, c.persistence.clone()), r.complete(), Some(missing), None)
        }
        Finished::Moved(s) => {
            let key = recovery_key::note(&c.form.recovery_key, runner.secrets.read().new_recovery_key.as_ref());
            (
                moved(s, &after_move::checklist(s, &key), c.account_check.clone(), runner),
                true,
                None,
                Some(s.did.clone()),
            )
        }
    };
    rsx! {
        section {
            class: "card step-card",
            "aria-labelledby": "card-title",
            "data-testid": TestIds::of(c.mode()).done,
            "data-complete": "{complete}",
            "data-still-missing": still_missing,
            "data-did": did,
            "data-transfer-seconds": transfer_seconds,
            "data-peak-concurrency": peak_concurrency,
            {body}
            LogView {}
            div { class: "actions",
                if !complete {
                    button { class: "button primary", r#type: "button", "data-testid": "retry-button",
                        onclick: move |_| runner.back(),
                        {tr!("done-run-again")}
                    }
                }
                button {
                    class: if complete { "button primary" } else { "button secondary" },
                    r#type: "button",
                    "data-testid": "home-button",
                    onclick: move |_| {
                        runner.back();
                        view.set(View::Welcome);
                    },
                    ArrowLeftIcon {}
                    {tr!("done-back-to-start")}
                }
            }
        }
    }
}

fn moved(s: &MigrationSummary, todo: &[ChecklistItem], check: Option<AccountCheck>, runner: Runner) -> Element {
    let facts = summary_facts(s);
    let looking = check == Some(AccountCheck::Looking);
    rsx! {
        CardHead {
            step: Step::Done,
            title: tr!("done-moved-title"),
            lead: tr!("done-moved-lead", did = &s.did, pds = &s.new_pds, handle = &s.new_handle),
        }
        div { class: "callout ok", CheckIcon {} span { {tr!("done-moved-all")} } }
        if let Some(how) = s.old_deactivated_by {
            p { class: "hint", "data-testid": "deactivated-by",
                {tr!("old-deactivated", pds = &s.old_pds, how = how.describe())}
            }
        }
        div { class: "next-step", "data-testid": "after-move",
            h2 { {tr!("done-what-to-do")} }
            ol { class: "todo",
                for (i, item) in todo.iter().enumerate() {
                    li { key: "{i}", "data-testid": "todo-item",
                        strong { "{item.title}" }
                        p { "{item.detail}" }
                    }
                }
            }
        }
        div { class: "next-step",
            h2 { {tr!("done-working")} }
            p { {tr!("done-look-explain")} }
            button { class: "button secondary small check-button", r#type: "button", "data-testid": "check-account",
                disabled: looking,
                onclick: move |_| runner.check_account(),
                if looking { {tr!("done-looking")} } else { {tr!("done-check-account")} }
            }
            if let Some(AccountCheck::Seen(results)) = check {
                ul { class: "account-check", "data-testid": "account-check",
                    "data-ok": "{results.iter().all(|r| r.ok)}",
                    for (i, r) in results.iter().enumerate() {
                        li { key: "{i}",
                            span { class: if r.ok { "ok" } else { "bad" }, if r.ok { "✓" } else { "✗" } }
                            span { strong { "{r.what}" } " — {r.detail}" }
                        }
                    }
                }
            }
        }
        if !s.accepted_missing.is_empty() {
            h2 { class: "section-title", {tr!("done-left-behind")} }
            ul { class: "failures spaced", "data-testid": "accepted-missing",
                for cid in s.accepted_missing.iter() {
                    li { key: "{cid}", class: "failure", code { class: "cid", title: "{cid}", "{cid}" } }
                }
            }
        }
        {facts}
        StepList {}
    }
}

fn repair_report(r: &RepairReport, persistence: Option<Persistence>) -> Element {
    let (title, verdict) = match &r.still_missing {
        Ok(0) => (tr!("done-repair-complete"), tr!("done-repair-complete-lead")),
        Ok(n) => (tr!("done-repair-missing", count = *n), tr!("done-repair-missing-lead", count = *n)),
        Err(e) => (tr!("done-repair-unconfirmed"), tr!("done-repair-unconfirmed-lead", error = e)),
    };
    let storage = persistence.map(|p| match p {
        Persistence::Granted => tr!("done-storage-kept"),
        Persistence::NotGranted => tr!("done-storage-may-clear"),
        Persistence::Unavailable(_) => tr!("plan-unknown"),
    });
    let copied = format!("{} ({})", format::blobs(r.migrated), format::bytes(r.bytes_migrated));
    rsx! {
        CardHead { step: Step::Done, title, lead: verdict }
        if r.complete() {
            div { class: "callout ok", CheckIcon {} span { {tr!("done-repair-verified")} } }
        }
        dl { class: "facts",
            Fact { label: tr!("done-copied"), value: copied, testid: "done-migrated" }
            Fact { label: tr!("done-from-cache"), value: format::blobs(r.from_cache), testid: "done-from-cache" }
            Fact { label: tr!("run-failed"), value: format::blobs(r.failed.len()), testid: "done-failed" }
            Fact { label: tr!("done-already-there"), value: format::blobs(r.already_present) }
            Fact { label: tr!("done-down-up"), value: format!("{} / {}", format::bytes(r.bytes_downloaded), format::bytes(r.bytes_uploaded)) }
            Fact { label: tr!("plan-time"), value: format::duration(r.seconds) }
            Fact { label: tr!("form-strategy"), value: format::strategy(r.strategy) }
            Fact { label: tr!("form-concurrency"), value: tr!("done-up-to", count = r.peak_concurrency) }
            Fact { label: tr!("done-retries"), value: tektite_i18n::numbers::integer(r.retries) }
            if let Some(storage) = storage {
                Fact { label: tr!("done-browser-storage"), value: storage }
            }
        }
        if !r.failed.is_empty() {
            h2 { class: "section-title", {tr!("done-failed-title")} }
            ul { class: "failures",
                for f in r.failed.iter() {
                    li { key: "{f.cid}", class: "failure", "data-testid": "failed-blob",
                        div { class: "blob-head",
                            code { class: "cid", title: "{f.cid}", "{format::short_cid(&f.cid)}" }
                            span { class: if f.retryable { "tag warn" } else { "tag danger" }, "{failure_kind(f.kind)}" }
                        }
                        p { "{f.message}" }
                        p { class: "field-hint",
                            if f.retryable { {tr!("done-retryable")} } else { {tr!("done-not-retryable")} }
                        }
                    }
                }
            }
        }
        div { class: "next-step",
            h2 { {tr!("done-next-identity")} }
            p {
                {tr!("done-next-identity-text")}
            }
        }
    }
}

fn backup_report(b: &BackupDone) -> Element {
    let r = &b.report;
    let (title, lead) = if r.is_complete() {
        (
            if r.incremental { tr!("done-backup-up-to-date") } else { tr!("done-backup-done") },
            tr!("done-backup-lead", count = r.blobs_total, did = &r.did),
        )
    } else {
        (tr!("done-backup-failed", count = r.failed.len()), tr!("done-backup-failed-lead"))
    };
    let changed = if !r.incremental {
        tr!("done-backup-first")
    } else if r.repo_changed {
        tr!("done-backup-changed")
    } else {
        tr!("done-backup-unchanged")
    };
    let fetched = format!("{} ({})", format::blobs(r.downloaded.len()), format::bytes(r.downloaded_bytes));
    rsx! {
        CardHead { step: Step::Done, title, lead }
        if let Some(name) = b.archive.clone() {
            div { class: "callout ok", "data-testid": "backup-archive",
                CheckIcon {}
                span { Emphasized { text: tr!("done-backup-archive", name = &name), part: name.clone() } }
            }
        } else if r.is_complete() {
            div { class: "callout ok", "data-testid": "backup-place",
                CheckIcon {}
                span { Emphasized { text: tr!("done-backup-place", place = &b.place), part: b.place.clone() } }
            }
        }
        dl { class: "facts",
            Fact { label: tr!("plan-blobs"), value: format!("{} ({})", tektite_i18n::numbers::integer(r.blobs_total as u64), format::bytes(r.bytes_total)), testid: "backup-blobs" }
            Fact { label: tr!("done-fetched"), value: fetched, testid: "backup-fetched" }
            Fact { label: tr!("run-kept-backup"), value: format::blobs(r.kept), testid: "backup-kept" }
            Fact { label: tr!("done-repository"), value: changed }
            Fact { label: tr!("plan-time"), value: format::duration(b.seconds) }
            if !r.repaired.is_empty() {
                Fact { label: tr!("done-repaired"), value: format::blobs(r.repaired.len()) }
            }
            if !r.no_longer_in_account.is_empty() {
                Fact { label: tr!("done-no-longer"), value: format::blobs(r.no_longer_in_account.len()) }
            }
        }
        if !r.failed.is_empty() {
            h2 { class: "section-title", {tr!("done-not-saved")} }
            ul { class: "failures",
                for (cid, why) in r.failed.iter() {
                    li { key: "{cid}", class: "failure", "data-testid": "failed-blob",
                        code { class: "cid", title: "{cid}", "{format::short_cid(cid)}" }
                        p { "{why}" }
                    }
                }
            }
        }
        if cfg!(not(target_arch = "wasm32")) && r.is_complete() {
            KeepCurrent { place: b.place.clone(), did: r.did.clone() }
        }
        div { class: "next-step",
            h2 { {tr!("done-keep-safe")} }
            p { {tr!("done-keep-safe-text")} }
        }
    }
}

/// The account is back: where it lives, the keys of its identity, what to do now.
fn restored_report(r: &RestoreReport) -> Element {
    let resumed = (!r.resumed_from.is_empty()).then(|| tr!("done-restore-continued", count = r.resumed_from.len()));
    rsx! {
        CardHead {
            step: Step::Done,
            title: tr!("done-restored-title"),
            lead: tr!("done-restored-lead", did = &r.did, pds = &r.new_pds, handle = &r.handle),
        }
        div { class: "callout ok", "data-testid": "restored",
            CheckIcon {}
            span { {tr!("done-restored-ok")} }
        }
        dl { class: "facts",
            Fact { label: tr!("done-new-pds"), value: r.new_pds.clone(), long: true }
            Fact { label: tr!("done-handle"), value: r.handle.clone() }
            Fact { label: tr!("done-blobs-uploaded"), value: format::blobs(r.blobs_uploaded), testid: "restored-blobs" }
            if let Some(resumed) = resumed {
                Fact { label: tr!("done-run"), value: resumed }
            }
        }
        h2 { class: "section-title", {tr!("done-rotation-keys")} }
        ol { class: "key-list", "data-testid": "rotation-keys",
            for (i, k) in r.rotation_keys.iter().enumerate() {
                li { key: "{i}", code { class: "did-key", "{k}" } }
            }
        }
        div { class: "next-step",
            h2 { {tr!("done-what-to-do")} }
            ol { class: "todo",
                li { strong { {tr!("done-restored-sign-in")} } p { {tr!("done-restored-sign-in-detail", handle = &r.handle)} } }
                li { strong { {tr!("done-keep-key")} } p { {tr!("done-keep-key-text")} } }
                li { strong { {tr!("done-back-up-again")} } p { {tr!("done-back-up-again-text")} } }
            }
        }
    }
}

/// The recovery key is first among the rotation keys: which keys there are now, and what to keep.
fn protected_report(p: &ProtectDone, file: Option<String>) -> Element {
    let title = if p.already { tr!("done-protected-already") } else { tr!("done-protected") };
    let lead = tr!("done-protected-lead", did = &p.did);
    rsx! {
        CardHead { step: Step::Done, title, lead }
        div { class: "callout ok", "data-testid": "protected",
            CheckIcon {}
            span { {tr!("done-protected-ok")} }
        }
        h2 { class: "section-title", {tr!("done-rotation-keys")} }
        ol { class: "key-list", "data-testid": "rotation-keys",
            for (i, k) in p.rotation_keys.iter().enumerate() {
                li { key: "{i}", code { class: "did-key", "{k}" } if *k == p.key { " " {tr!("done-key-yours")} } }
            }
        }
        div { class: "next-step",
            h2 { {tr!("done-what-to-keep")} }
            ol { class: "todo",
                li {
                    strong { {tr!("done-key-file")} }
                    p {
                        match file {
                            Some(place) => tr!("done-key-file-saved", place = place),
                            None => tr!("done-key-file-keep"),
                        }
                    }
                }
                li {
                    strong { {tr!("done-a-backup")} }
                    p { {tr!("done-a-backup-text")} }
                }
            }
        }
    }
}

fn failure_kind(kind: BlobFailureKind) -> String {
    match kind {
        BlobFailureKind::Integrity => tr!("failure-integrity"),
        BlobFailureKind::TooLarge => tr!("failure-too-large"),
        BlobFailureKind::NotFound => tr!("failure-not-found"),
        BlobFailureKind::RateLimited => tr!("failure-rate-limited"),
        BlobFailureKind::Auth => tr!("failure-auth"),
        BlobFailureKind::Network => tr!("failure-network"),
        BlobFailureKind::Server => tr!("failure-server"),
        BlobFailureKind::Cache => tr!("failure-cache"),
        // Kinds the engine may add later.
        #[allow(unreachable_patterns)]
        _ => tr!("failure-other"),
    }
}

/// Desktop: the offer to keep this backup current by a timer (see `app::kept_backups::keep_current`).
#[component]
fn KeepCurrent(place: String, did: String) -> Element {
    let ctl = use_context::<Runner>().ctl;
    // Only the desktop shows this card (a browser cannot run a backup while it is closed).
    #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
    let mut said = use_signal(|| None::<Result<String, String>>);
    rsx! {
        div { class: "next-step", "data-testid": "keep-current",
            h2 { {tr!("done-keep-current")} }
            p { {tr!("done-keep-current-text")} }
            // Not disabled afterwards: pressing it again rewrites the same timer, and a disabled
            // button would drop the keyboard's focus to the page.
            button { class: "button secondary small", r#type: "button", "data-testid": "keep-current-button",
                onclick: move |_| {
                    #[cfg(not(target_arch = "wasm32"))]
                    {
                        let lookup = ctl.peek().form.normalized().resolver();
                        said.set(Some(crate::app::kept_backups::keep_current(&place, &did, &lookup.plc_url, &lookup.handle_resolver)));
                    }
                    #[cfg(target_arch = "wasm32")]
                    let _ = (&ctl, &place, &did);
                },
                {tr!("done-keep-current-button")}
            }
            match said() {
                Some(Ok(text)) => rsx! { p { class: "hint", role: "status", "data-testid": "keep-current-done", "{text}" } },
                Some(Err(e)) => rsx! { p { class: "field-error", role: "alert", "data-testid": "keep-current-error", "{e}" } },
                None => rsx! {},
            }
        }
    }
}
