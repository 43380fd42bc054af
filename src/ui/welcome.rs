//! The first screen: what Tektite does, what the user needs before starting, and the way in.

use dioxus::prelude::*;

use super::icons::{ArrowRightIcon, CheckIcon, LayersIcon, ResumeIcon, ShieldCheckIcon};
use super::runner::{MoveRunner, Runner};
use super::View;

#[component]
pub fn Welcome(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let resumable = runner.ctl.read().resumable().map(str::to_owned);
    let move_runner = use_context::<MoveRunner>();
    let move_resumable = move_runner.ctl.read().resumable().map(str::to_owned);

    rsx! {
        if let Some(did) = move_resumable {
            MoveResumeBanner { did, view }
        }
        if let Some(did) = resumable {
            ResumeBanner { did, view }
        }
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
                    onclick: move |_| view.set(View::Move),
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
                    onclick: move |_| view.set(View::Migration),
                    "Repair missing blobs"
                }
            }
        }
    }
}

/// Offered after a reload or a crash when a migration was started and not finished: the form is
/// filled from the saved fields and only the passwords are asked for.
#[component]
fn ResumeBanner(did: String, view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let route = ctl.read().saved.as_ref().map(|s| route_of(&s.form.old_pds, &s.form.new_pds)).unwrap_or_default();
    rsx! {
        UnfinishedBanner {
            testid: "resume-banner",
            label: "Unfinished migration",
            heading: "Resume the migration of ",
            did,
            text: format!("{route}. Blobs already on the new PDS and verified copies on this device are kept; enter the passwords to continue."),
            action: "Resume",
            action_testid: "resume-button",
            dismiss_testid: "forget-button",
            onaction: move |_| {
                ctl.write().resume();
                view.set(View::Migration);
            },
            ondismiss: move |_| ctl.write().forget_saved(),
        }
    }
}

/// Offered when an account move was started and not finished.
#[component]
fn MoveResumeBanner(did: String, view: Signal<View>) -> Element {
    let runner = use_context::<MoveRunner>();
    let mut ctl = runner.ctl;
    let route = ctl.read().saved.as_ref().map(|s| route_of(&s.form.old_pds, &s.form.new_pds)).unwrap_or_default();
    rsx! {
        UnfinishedBanner {
            testid: "move-resume-banner",
            label: "Unfinished account move",
            heading: "Continue moving ",
            did,
            text: format!("{route}. Every finished step is kept; enter the passwords again to continue where it stopped."),
            action: "Continue",
            action_testid: "move-resume-button",
            dismiss_testid: "move-forget-button",
            onaction: move |_| {
                ctl.write().resume();
                view.set(View::Move);
            },
            ondismiss: move |_| ctl.write().forget_saved(),
        }
    }
}

/// The banner both unfinished flows share: what was left, a button to go on, one to dismiss.
#[component]
fn UnfinishedBanner(
    testid: &'static str,
    label: &'static str,
    heading: &'static str,
    did: String,
    text: String,
    action: &'static str,
    action_testid: &'static str,
    dismiss_testid: &'static str,
    onaction: EventHandler<()>,
    ondismiss: EventHandler<()>,
) -> Element {
    rsx! {
        section { class: "banner", role: "region", "aria-label": label, "data-testid": testid,
            span { class: "feature-icon", ResumeIcon {} }
            div { class: "banner-text",
                h2 { "{heading}" code { "{did}" } }
                p { "{text}" }
            }
            div { class: "banner-actions",
                button { class: "button primary", r#type: "button", "data-testid": action_testid,
                    onclick: move |_| onaction.call(()),
                    "{action}"
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": dismiss_testid,
                    onclick: move |_| ondismiss.call(()),
                    "Dismiss"
                }
            }
        }
    }
}

/// `old.example → new.example`, for a banner.
fn route_of(old_pds: &str, new_pds: &str) -> String {
    format!("{} → {}", host_of(old_pds), host_of(new_pds))
}

/// `https://pds.example.com` → `pds.example.com`.
fn host_of(url: &str) -> &str {
    url.split_once("://").map_or(url, |(_, rest)| rest).trim_end_matches('/')
}
