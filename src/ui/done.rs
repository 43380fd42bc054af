//! The report at the end, for every way in: the repair's (what moved, what failed and why, what the
//! new PDS says), the move's (where the account lives now, what to do next, in order, and a look
//! at the new account from outside) or the backup's (what it holds, what changed, where it is).

use dioxus::prelude::*;
use tektite_engine::migration::MigrationSummary;
use tektite_engine::BlobFailureKind;

use super::fields::{CardHead, Fact};
use super::icons::{ArrowLeftIcon, CheckIcon};
use super::identity::summary_facts;
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
            let missing = r.still_missing.as_ref().map(|n| n.to_string()).unwrap_or_else(|_| "unknown".into());
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
                        "Run again"
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
                    "Back to the start"
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
            title: "Your account has moved".to_string(),
            lead: format!("{} now lives on {} as {}.", s.did, s.new_pds, s.new_handle),
        }
        div { class: "callout ok", CheckIcon {} span { "Every step is done: data and blobs copied and checked by the new PDS, the DID points at it, the new account is active and the old one deactivated." } }
        if let Some(how) = s.old_deactivated_by {
            p { class: "hint", "data-testid": "deactivated-by",
                "The old account on {s.old_pds} was deactivated {how.describe()}."
            }
        }
        div { class: "next-step", "data-testid": "after-move",
            h2 { "What to do now" }
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
            h2 { "Is the new account working?" }
            p { "Tektite can look at it the way apps do: your handle, your DID document and the new PDS." }
            button { class: "button secondary small check-button", r#type: "button", "data-testid": "check-account",
                disabled: looking,
                onclick: move |_| runner.check_account(),
                if looking { "Looking…" } else { "Check my new account" }
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
            h2 { class: "section-title", "Blobs left behind, as you chose" }
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
        Ok(0) => ("Every blob is on the new PDS".to_string(), "Tektite asked the new PDS: it misses no blobs.".to_string()),
        Ok(n) => (
            format!("{} still missing", format::blobs(*n)),
            format!(
                "The new PDS still misses {}. Blobs that failed for a passing reason usually go through on the next run; the others need the action shown below.",
                format::blobs(*n)
            ),
        ),
        Err(e) => (
            "Finished, not confirmed".to_string(),
            format!("The run ended, but the new PDS could not be asked what it still misses: {e}. Run it again to check."),
        ),
    };
    let storage = persistence.map(|p| match p {
        Persistence::Granted => "kept (persistent)".to_string(),
        Persistence::NotGranted => "may be cleared by the browser".to_string(),
        Persistence::Unavailable(_) => "unknown".to_string(),
    });
    let copied = format!("{} ({})", format::blobs(r.migrated), format::bytes(r.bytes_migrated));
    rsx! {
        CardHead { step: Step::Done, title, lead: verdict }
        if r.complete() {
            div { class: "callout ok", CheckIcon {} span { "Blobs verified against their content hashes on the way, and confirmed by the new PDS." } }
        }
        dl { class: "facts",
            Fact { label: "Copied", value: copied, testid: "done-migrated" }
            Fact { label: "From the local cache", value: format::blobs(r.from_cache), testid: "done-from-cache" }
            Fact { label: "Failed", value: format::blobs(r.failed.len()), testid: "done-failed" }
            Fact { label: "Already there before", value: format::blobs(r.already_present) }
            Fact { label: "Downloaded / uploaded", value: format!("{} / {}", format::bytes(r.bytes_downloaded), format::bytes(r.bytes_uploaded)) }
            Fact { label: "Time", value: format::duration(r.seconds) }
            Fact { label: "Strategy", value: r.strategy.to_string() }
            Fact { label: "Blobs at once", value: format!("up to {}", r.peak_concurrency) }
            Fact { label: "Retries", value: r.retries.to_string() }
            if let Some(storage) = storage {
                Fact { label: "Browser storage", value: storage }
            }
        }
        if !r.failed.is_empty() {
            h2 { class: "section-title", "Blobs that did not make it" }
            ul { class: "failures",
                for f in r.failed.iter() {
                    li { key: "{f.cid}", class: "failure", "data-testid": "failed-blob",
                        div { class: "blob-head",
                            code { class: "cid", title: "{f.cid}", "{format::short_cid(&f.cid)}" }
                            span { class: if f.retryable { "tag warn" } else { "tag danger" }, "{failure_kind(f.kind)}" }
                        }
                        p { "{f.message}" }
                        p { class: "field-hint",
                            if f.retryable { "Passing problem: run again to retry it." } else { "Needs attention: running again will not fix it by itself." }
                        }
                    }
                }
            }
        }
        div { class: "next-step",
            h2 { "Next: identity" }
            p {
                "If the account has not moved yet, “Move my account” on the start page continues the move: it keeps the blobs copied here and moves your identity once the new PDS misses nothing."
            }
        }
    }
}

fn backup_report(b: &BackupDone) -> Element {
    let r = &b.report;
    let (title, lead) = if r.is_complete() {
        (
            if r.incremental { "Your backup is up to date" } else { "Your account is backed up" }.to_string(),
            format!("{} blobs and the repository of {}, every file checked against its hash.", r.blobs_total, r.did),
        )
    } else {
        (
            format!("{} could not be saved", format::blobs(r.failed.len())),
            "Everything else is saved. Run the backup again: only what is missing is fetched.".to_string(),
        )
    };
    let changed = if !r.incremental {
        "first backup here".to_string()
    } else if r.repo_changed {
        "new posts or changes since the last backup".to_string()
    } else {
        "no changes since the last backup".to_string()
    };
    let fetched = format!("{} ({})", format::blobs(r.downloaded.len()), format::bytes(r.downloaded_bytes));
    rsx! {
        CardHead { step: Step::Done, title, lead }
        if let Some(name) = b.archive.clone() {
            div { class: "callout ok", "data-testid": "backup-archive",
                CheckIcon {}
                span { "The backup is in your downloads as " strong { "{name}" } ", and stays in this browser for the next backup. Keep the download somewhere safe: “My old server is gone” takes it as it is, in any browser, and so does the Tektite command line (backup --verify, restore)." }
            }
        } else if r.is_complete() {
            div { class: "callout ok", "data-testid": "backup-place",
                CheckIcon {}
                span { "The backup is in " strong { "{b.place}" } ". “My old server is gone” on the start page restores from it; the Tektite command line can check it (backup --verify)." }
            }
        }
        dl { class: "facts",
            Fact { label: "Blobs", value: format!("{} ({})", r.blobs_total, format::bytes(r.bytes_total)), testid: "backup-blobs" }
            Fact { label: "Fetched now", value: fetched, testid: "backup-fetched" }
            Fact { label: "Already in the backup", value: format::blobs(r.kept), testid: "backup-kept" }
            Fact { label: "Repository", value: changed }
            Fact { label: "Time", value: format::duration(b.seconds) }
            if !r.repaired.is_empty() {
                Fact { label: "Damaged copies replaced", value: format::blobs(r.repaired.len()) }
            }
            if !r.no_longer_in_account.is_empty() {
                Fact { label: "No longer in the account (kept)", value: format::blobs(r.no_longer_in_account.len()) }
            }
        }
        if !r.failed.is_empty() {
            h2 { class: "section-title", "Blobs that could not be saved" }
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
            h2 { "Keep it safe" }
            p { "A backup lets you restore the account on another PDS if its server disappears (“My old server is gone” on the start page); for that you also need a recovery key, added while the server still works (“Protect this account”)." }
        }
    }
}

/// The account is back: where it lives, the keys of its identity, what to do now.
fn restored_report(r: &RestoreReport) -> Element {
    let resumed = (!r.resumed_from.is_empty())
        .then(|| format!("continued: {} steps were done by an earlier run", r.resumed_from.len()));
    rsx! {
        CardHead {
            step: Step::Done,
            title: "Your account is back".to_string(),
            lead: format!("{} lives on {} as {}, restored from your backup.", r.did, r.new_pds, r.handle),
        }
        div { class: "callout ok", "data-testid": "restored",
            CheckIcon {}
            span { "The PLC directory names the new PDS, the account is active, and every blob of the backup is there, checked." }
        }
        dl { class: "facts",
            Fact { label: "New PDS", value: r.new_pds.clone(), long: true }
            Fact { label: "Handle", value: r.handle.clone() }
            Fact { label: "Blobs uploaded", value: format::blobs(r.blobs_uploaded), testid: "restored-blobs" }
            if let Some(resumed) = resumed {
                Fact { label: "Run", value: resumed }
            }
        }
        h2 { class: "section-title", "Keys that may change your identity, first wins" }
        ol { class: "key-list", "data-testid": "rotation-keys",
            for (i, k) in r.rotation_keys.iter().enumerate() {
                li { key: "{i}", code { class: "did-key", "{k}" } }
            }
        }
        div { class: "next-step",
            h2 { "What to do now" }
            ol { class: "todo",
                li { strong { "Sign in again everywhere" } p { "Log out of every Bluesky app and sign in with {r.handle} and the new password: the apps still point at the server that is gone." } }
                li { strong { "Keep your recovery key" } p { "It is still the first key of your identity: keep the file offline and secret." } }
                li { strong { "Back up again" } p { "“Back up this account” on the start page, from the new PDS, so the next backup holds what you post from now on." } }
            }
        }
    }
}

/// The recovery key is first among the rotation keys: which keys there are now, and what to keep.
fn protected_report(p: &ProtectDone, file: Option<String>) -> Element {
    let title = if p.already { "This key already protects your account" } else { "Your account is protected" };
    let lead = format!("Your key is now the first of the keys allowed to change {}.", p.did);
    rsx! {
        CardHead { step: Step::Done, title: title.to_string(), lead }
        div { class: "callout ok", "data-testid": "protected",
            CheckIcon {}
            span { "The PLC directory lists your key first. The keys that were there before are all kept." }
        }
        h2 { class: "section-title", "Keys that may change your identity, first wins" }
        ol { class: "key-list", "data-testid": "rotation-keys",
            for (i, k) in p.rotation_keys.iter().enumerate() {
                li { key: "{i}", code { class: "did-key", "{k}" } if *k == p.key { " (yours)" } }
            }
        }
        div { class: "next-step",
            h2 { "What to keep" }
            ol { class: "todo",
                li {
                    strong { "The key file" }
                    p {
                        match file {
                            Some(place) => format!("It was saved {place}. Move it somewhere offline (a USB stick, a password manager): whoever holds it can change your identity."),
                            None => "Keep the private half of this key offline and secret: whoever holds it can change your identity.".to_string(),
                        }
                    }
                }
                li {
                    strong { "A backup" }
                    p { "“Back up this account” on the start page keeps posts, images and preferences; with the key and a backup, “My old server is gone” brings the account up on a new PDS if this one disappears." }
                }
            }
        }
    }
}

fn failure_kind(kind: BlobFailureKind) -> &'static str {
    match kind {
        BlobFailureKind::Integrity => "damaged at the source",
        BlobFailureKind::TooLarge => "too large for the new PDS",
        BlobFailureKind::NotFound => "gone from the old PDS",
        BlobFailureKind::RateLimited => "rate limited",
        BlobFailureKind::Auth => "signed out",
        BlobFailureKind::Network => "network",
        BlobFailureKind::Server => "server error",
        BlobFailureKind::Cache => "local cache",
        // Kinds the engine may add later.
        #[allow(unreachable_patterns)]
        _ => "failed",
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
            h2 { "Keep this backup current" }
            p { "Your system can bring this backup up to date every day by itself, without your password: it fetches what the account shows anyone (everything but the preferences, which stay as saved now)." }
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
                "Back it up every day"
            }
            match said() {
                Some(Ok(text)) => rsx! { p { class: "hint", role: "status", "data-testid": "keep-current-done", "{text}" } },
                Some(Err(e)) => rsx! { p { class: "field-error", role: "alert", "data-testid": "keep-current-error", "{e}" } },
                None => rsx! {},
            }
        }
    }
}
