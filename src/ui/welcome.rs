//! The first screen: what Tektite does, what the user needs before starting, and the way in.

use dioxus::prelude::*;

use super::icons::{ArrowRightIcon, CheckIcon, LayersIcon, ResumeIcon, ShieldCheckIcon};
use super::runner::Runner;
use super::View;
use crate::app::form::Mode;

#[component]
pub fn Welcome(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let open = move |mode: Mode| open_way_in(runner, view, mode);

    rsx! {
        ReportBanner { view }
        ResumeBanner { mode: Mode::Move, view }
        ResumeBanner { mode: Mode::Repair, view }
        ResumeBanner { mode: Mode::Backup, view }
        ResumeBanner { mode: Mode::Restore, view }
        section { class: "card welcome", "aria-labelledby": "welcome-title",
            p { class: "eyebrow", "Bluesky · ATProtocol" }
            h1 { id: "welcome-title", "Move your Bluesky account to a new PDS" }
            p { class: "lead", "Blobs included, verified, resumable." }

            ul { class: "features",
                li { class: "feature",
                    span { class: "feature-icon", LayersIcon {} }
                    div {
                        h2 { "Blobs included" }
                        p { "Every image and video moves along with your posts, follows and profile." }
                    }
                }
                li { class: "feature",
                    span { class: "feature-icon", ShieldCheckIcon {} }
                    div {
                        h2 { "Verified" }
                        p { "Each blob is checked against its content hash on the new PDS before your identity moves." }
                    }
                }
                li { class: "feature",
                    span { class: "feature-icon", ResumeIcon {} }
                    div {
                        h2 { "Resumable" }
                        p { "If the connection drops or the window closes, start again where you left off." }
                    }
                }
            }

            div { class: "checklist",
                h2 { "Before you start" }
                ul {
                    li { CheckIcon {} span { "The handle and password of the account you are moving" } }
                    li { CheckIcon {} span { "The address of the new PDS, and an invite code if it asks for one" } }
                    li { CheckIcon {} span { "Access to the account's email: the current PDS sends a code to confirm the move" } }
                }
            }

            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    "data-testid": "welcome-move",
                    onclick: move |_| open(Mode::Move),
                    "Move my account"
                    ArrowRightIcon {}
                }
                p { class: "hint", "Nothing changes on either PDS until you start the plan." }
            }
            div { class: "repair",
                h2 { "Repair mode" }
                p { "An account already moved whose new PDS misses blobs (images, videos): find them and copy them from the old PDS. The account must exist on both." }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-repair",
                    onclick: move |_| open(Mode::Repair),
                    "Repair missing blobs"
                }
            }
            div { class: "repair",
                h2 { "Back up this account" }
                p { "Keep everything the account holds where you keep it: posts, follows, images and videos, preferences and its identity's history, every file checked. Nothing changes on the server; the next backup fetches only what is new." }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-backup",
                    onclick: move |_| open(Mode::Backup),
                    "Back up this account"
                }
                KeptBackups { view }
            }
            div { class: "repair",
                h2 { "Protect this account" }
                p { "Add a recovery key that only you hold while the account's server still works: with it and a backup you can bring the account up on another PDS, even if this one disappears. Your PDS emails a code to confirm." }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-protect",
                    onclick: move |_| open(Mode::Protect),
                    "Protect this account"
                }
            }
            div { class: "repair",
                h2 { "My old server is gone" }
                p { "With a backup and your recovery key, bring the account up on a new PDS: same DID, your posts, images and preferences. Nothing from the old server is needed." }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-restore",
                    onclick: move |_| open(Mode::Restore),
                    "Restore from a backup"
                }
            }
        }
    }
}

/// Opens the way in `mode` on its form. Each way in starts from what is known, and no password
/// carries over from another.
fn open_way_in(runner: Runner, mut view: Signal<View>, mode: Mode) {
    let (mut ctl, mut secrets) = (runner.ctl, runner.secrets);
    if ctl.peek().mode() != mode {
        *secrets.write() = Default::default();
    }
    ctl.write().choose(mode);
    view.set(View::Flow);
}

/// The backups this device keeps, each with its age and how its last run went, and "Back up now":
/// a backup is only as good as its date.
#[component]
fn KeptBackups(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let kept = use_resource(crate::app::kept_backups::list);
    let list = kept.read().clone().unwrap_or_default();
    if list.is_empty() {
        return rsx! {};
    }
    let now = tektite_engine::runtime::unix_now();
    rsx! {
        h3 { class: "kept-title", "Your backups on this device" }
        ul { class: "kept-backups", "data-testid": "kept-backups",
            for backup in list {
                li { key: "{backup.location}", class: if backup.stale(now) { "kept stale" } else { "kept" },
                    "data-testid": "kept-backup",
                    div { class: "kept-text",
                        strong { class: "kept-account", "{backup.account}" }
                        span { "{backup.words(now)}" }
                    }
                    button { class: "button secondary small", r#type: "button", "data-testid": "kept-backup-now",
                        "aria-label": "Back up now: {backup.account}",
                        onclick: move |_| {
                            open_way_in(runner, view, Mode::Backup);
                            let mut c = ctl.write();
                            c.form.old_id = backup.account.clone();
                            // The desktop's folder is the backup itself; the web's follows from the DID.
                            if cfg!(not(target_arch = "wasm32")) {
                                c.form.backup_folder = backup.location.clone();
                            }
                        },
                        "Back up now"
                    }
                }
            }
        }
    }
}

/// Offered after a reload or a crash when a run of `mode` was started and not finished: the form is
/// filled from the saved fields and only the passwords are asked for. Renders nothing otherwise.
#[component]
fn ResumeBanner(mode: Mode, view: Signal<View>) -> Element {
    let mut ctl = use_context::<Runner>().ctl;
    let c = ctl.read();
    let (Some(did), Some(saved)) = (c.resumable(mode).map(str::to_owned), c.saved(mode)) else {
        return rsx! {};
    };
    let route = route_of(&saved.form.old_pds, &saved.form.new_pds);
    // Where it got: the step, and the blobs when the blob step had run.
    let mut progress = saved.reached.as_ref().map(|r| format!("Reached: {r}.")).unwrap_or_default();
    if let Some((done, total)) = saved.blobs {
        progress.push_str(&format!(" {done} of {} on the new PDS.", crate::app::format::blobs(total)));
    }
    let who = if saved.form.old_id.is_empty() { did.clone() } else { saved.form.old_id.clone() };
    let (testid, label, heading, text, action, action_testid, dismiss_testid) = match mode {
        Mode::Move => (
            "move-resume-banner",
            "Unfinished account move",
            "Continue moving ",
            format!("{progress} {route}. Every finished step is kept; enter the passwords again to continue where it stopped."),
            "Continue",
            "move-resume-button",
            "move-forget-button",
        ),
        Mode::Repair => (
            "resume-banner",
            "Unfinished migration",
            "Resume the migration of ",
            format!("{progress} {route}. Blobs already on the new PDS and verified copies on this device are kept; enter the passwords to continue."),
            "Resume",
            "resume-button",
            "forget-button",
        ),
        Mode::Backup => (
            "backup-resume-banner",
            "Unfinished backup",
            "Continue the backup of ",
            "Everything it saved is kept; enter the password to fetch the rest.".to_string(),
            "Continue",
            "backup-resume-button",
            "backup-forget-button",
        ),
        Mode::Protect => (
            "protect-resume-banner",
            "Recovery key not added yet",
            "Finish protecting ",
            "The key was not added yet; enter the password to ask for a new code.".to_string(),
            "Continue",
            "protect-resume-button",
            "protect-forget-button",
        ),
        Mode::Restore => (
            "restore-resume-banner",
            "Unfinished restore",
            "Continue restoring ",
            format!("{progress} Every finished step is kept; pick the recovery key file and enter the new password to go on."),
            "Continue",
            "restore-resume-button",
            "restore-forget-button",
        ),
    };
    rsx! {
        section { class: "banner", role: "region", "aria-label": label, "data-testid": testid,
            span { class: "feature-icon", ResumeIcon {} }
            div { class: "banner-text",
                // Not a heading: the banners come before the page's h1 (the region's label names it).
                p { class: "banner-heading", "{heading}" strong { "{who}" } }
                p { class: "banner-did", code { "{did}" } }
                p { "{text}" }
            }
            div { class: "banner-actions",
                button { class: "button primary", r#type: "button", "data-testid": action_testid,
                    onclick: move |_| {
                        ctl.write().resume(mode);
                        view.set(View::Flow);
                    },
                    "{action}"
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": dismiss_testid,
                    onclick: move |_| ctl.write().forget_saved(mode),
                    "Dismiss"
                }
            }
        }
    }
}

/// After a reload of a finished move: its report is one click away.
#[component]
fn ReportBanner(view: Signal<View>) -> Element {
    let mut ctl = use_context::<Runner>().ctl;
    let c = ctl.read();
    let Some(report) = c.saved_report(Mode::Move).cloned() else {
        return rsx! {};
    };
    rsx! {
        section { class: "banner", role: "region", "aria-label": "Finished account move", "data-testid": "report-banner",
            span { class: "feature-icon", ResumeIcon {} }
            div { class: "banner-text",
                p { class: "banner-heading", "Your account moved to " strong { "{host_of(&report.new_pds)}" } }
                p { "{report.new_handle} now lives there. The report has the checklist of what to do next." }
            }
            div { class: "banner-actions",
                button { class: "button primary", r#type: "button", "data-testid": "report-button",
                    onclick: move |_| {
                        ctl.write().show_saved_report();
                        view.set(View::Flow);
                    },
                    "See the report"
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "report-forget-button",
                    onclick: move |_| ctl.write().forget_saved(Mode::Move),
                    "Dismiss"
                }
            }
        }
    }
}

/// `old.example → new.example` (or just `→ new.example` when the old server was looked up), for a
/// banner.
fn route_of(old_pds: &str, new_pds: &str) -> String {
    if old_pds.is_empty() {
        format!("Moving to {}", host_of(new_pds))
    } else {
        format!("{} → {}", host_of(old_pds), host_of(new_pds))
    }
}

/// `https://pds.example.com` → `pds.example.com`.
fn host_of(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest).trim_end_matches('/')
}
