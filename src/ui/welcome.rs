//! The first screen: what Tektite does, what the user needs before starting, and the way in.

use dioxus::prelude::*;

use super::icons::{ArrowRightIcon, CheckIcon, LayersIcon, ResumeIcon, ShieldCheckIcon};
use super::runner::Runner;
use super::View;
use tektite_i18n::tr;

use super::language::Emphasized;
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
            p { class: "eyebrow", {tr!("welcome-eyebrow")} }
            h1 { id: "welcome-title", {tr!("welcome-title")} }
            p { class: "lead", {tr!("welcome-lead")} }

            ul { class: "features",
                li { class: "feature",
                    span { class: "feature-icon", LayersIcon {} }
                    div {
                        h2 { {tr!("welcome-feature-blobs")} }
                        p { {tr!("welcome-feature-blobs-text")} }
                    }
                }
                li { class: "feature",
                    span { class: "feature-icon", ShieldCheckIcon {} }
                    div {
                        h2 { {tr!("welcome-feature-verified")} }
                        p { {tr!("welcome-feature-verified-text")} }
                    }
                }
                li { class: "feature",
                    span { class: "feature-icon", ResumeIcon {} }
                    div {
                        h2 { {tr!("welcome-feature-resumable")} }
                        p { {tr!("welcome-feature-resumable-text")} }
                    }
                }
            }

            div { class: "checklist",
                h2 { {tr!("welcome-before")} }
                ul {
                    li { CheckIcon {} span { {tr!("welcome-before-account")} } }
                    li { CheckIcon {} span { {tr!("welcome-before-server")} } }
                    li { CheckIcon {} span { {tr!("welcome-before-email")} } }
                }
            }

            div { class: "actions",
                button {
                    class: "button primary",
                    r#type: "button",
                    "data-testid": "welcome-move",
                    onclick: move |_| open(Mode::Move),
                    {tr!("welcome-move")}
                    ArrowRightIcon {}
                }
                p { class: "hint", {tr!("welcome-move-hint")} }
            }
            div { class: "repair",
                h2 { {tr!("welcome-repair")} }
                p { {tr!("welcome-repair-text")} }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-repair",
                    onclick: move |_| open(Mode::Repair),
                    {tr!("welcome-repair-button")}
                }
            }
            div { class: "repair",
                h2 { {tr!("welcome-backup")} }
                p { {tr!("welcome-backup-text")} }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-backup",
                    onclick: move |_| open(Mode::Backup),
                    {tr!("welcome-backup")}
                }
                KeptBackups { view }
            }
            div { class: "repair",
                h2 { {tr!("welcome-protect")} }
                p { {tr!("welcome-protect-text")} }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-protect",
                    onclick: move |_| open(Mode::Protect),
                    {tr!("welcome-protect")}
                }
            }
            div { class: "repair",
                h2 { {tr!("welcome-restore")} }
                p { {tr!("welcome-restore-text")} }
                button {
                    class: "button secondary",
                    r#type: "button",
                    "data-testid": "welcome-restore",
                    onclick: move |_| open(Mode::Restore),
                    {tr!("welcome-restore-button")}
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
        h3 { class: "kept-title", {tr!("kept-title")} }
        ul { class: "kept-backups", "data-testid": "kept-backups",
            for backup in list {
                li { key: "{backup.location}", class: if backup.stale(now) { "kept stale" } else { "kept" },
                    "data-testid": "kept-backup",
                    div { class: "kept-text",
                        strong { class: "kept-account", "{backup.account}" }
                        span { "{backup.words(now)}" }
                    }
                    button { class: "button secondary small", r#type: "button", "data-testid": "kept-backup-now",
                        "aria-label": tr!("kept-backup-now-label", account = &backup.account),
                        onclick: move |_| {
                            open_way_in(runner, view, Mode::Backup);
                            let mut c = ctl.write();
                            c.form.old_id = backup.account.clone();
                            // The desktop's folder is the backup itself; the web's follows from the DID.
                            if cfg!(not(target_arch = "wasm32")) {
                                c.form.backup_folder = backup.location.clone();
                            }
                        },
                        {tr!("kept-backup-now")}
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
    let mut progress = saved.reached.as_ref().map(|r| tr!("banner-reached", step = r)).unwrap_or_default();
    if let Some((done, total)) = saved.blobs {
        progress = format!("{progress} {}", tr!("banner-blobs-on-new", done = done, total = total));
    }
    let who = if saved.form.old_id.is_empty() { did.clone() } else { saved.form.old_id.clone() };
    let (testid, label, heading, text, action, action_testid, dismiss_testid) = match mode {
        Mode::Move => (
            "move-resume-banner",
            tr!("banner-move-label"),
            tr!("banner-move-heading", who = &who),
            tr!("banner-move-text", progress = &progress, route = &route),
            tr!("banner-continue"),
            "move-resume-button",
            "move-forget-button",
        ),
        Mode::Repair => (
            "resume-banner",
            tr!("banner-repair-label"),
            tr!("banner-repair-heading", who = &who),
            tr!("banner-repair-text", progress = &progress, route = &route),
            tr!("banner-resume"),
            "resume-button",
            "forget-button",
        ),
        Mode::Backup => (
            "backup-resume-banner",
            tr!("banner-backup-label"),
            tr!("banner-backup-heading", who = &who),
            tr!("banner-backup-text"),
            tr!("banner-continue"),
            "backup-resume-button",
            "backup-forget-button",
        ),
        Mode::Protect => (
            "protect-resume-banner",
            tr!("banner-protect-label"),
            tr!("banner-protect-heading", who = &who),
            tr!("banner-protect-text"),
            tr!("banner-continue"),
            "protect-resume-button",
            "protect-forget-button",
        ),
        Mode::Restore => (
            "restore-resume-banner",
            tr!("banner-restore-label"),
            tr!("banner-restore-heading", who = &who),
            tr!("banner-restore-text", progress = &progress),
            tr!("banner-continue"),
            "restore-resume-button",
            "restore-forget-button",
        ),
    };
    rsx! {
        section { class: "banner", role: "region", "aria-label": label, "data-testid": testid,
            span { class: "feature-icon", ResumeIcon {} }
            div { class: "banner-text",
                // Not a heading: the banners come before the page's h1 (the region's label names it).
                p { class: "banner-heading", Emphasized { text: heading, part: who } }
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
                    {tr!("banner-dismiss")}
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
        section { class: "banner", role: "region", "aria-label": tr!("report-banner-label"), "data-testid": "report-banner",
            span { class: "feature-icon", ResumeIcon {} }
            div { class: "banner-text",
                p { class: "banner-heading",
                    Emphasized {
                        text: tr!("report-banner-heading", host = host_of(&report.new_pds)),
                        part: host_of(&report.new_pds).to_owned(),
                    }
                }
                p { {tr!("report-banner-text", handle = &report.new_handle)} }
            }
            div { class: "banner-actions",
                button { class: "button primary", r#type: "button", "data-testid": "report-button",
                    onclick: move |_| {
                        ctl.write().show_saved_report();
                        view.set(View::Flow);
                    },
                    {tr!("report-banner-button")}
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "report-forget-button",
                    onclick: move |_| ctl.write().forget_saved(Mode::Move),
                    {tr!("banner-dismiss")}
                }
            }
        }
    }
}

/// `old.example → new.example` (or just `→ new.example` when the old server was looked up), for a
/// banner.
fn route_of(old_pds: &str, new_pds: &str) -> String {
    if old_pds.is_empty() {
        tr!("banner-route-to", host = host_of(new_pds))
    } else {
        format!("{} → {}", host_of(old_pds), host_of(new_pds))
    }
}

/// `https://pds.example.com` → `pds.example.com`.
fn host_of(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest).trim_end_matches('/')
}
