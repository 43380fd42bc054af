//! The app shell shared by the web and desktop builds: page head, header, step list and the main
//! card, which shows the welcome screen or the flow ([`flow`]: one set of cards for both ways in,
//! the whole account move and the repair, chosen by the controller's phase).
//! The move's form can be prefilled by a link (`?from=…&id=…&to=…&handle=…&email=…&plc=…`) or, on
//! the desktop, by `TEKTITE_FROM`, `TEKTITE_ID`, … (see `scripts/demo.sh`); it then opens directly.
//!
//! Components stay thin: they read the controller (`crate::app::controller::Controller`, held in a
//! signal) and call it through [`runner::Runner`]; what the rail's steps are lives in [`steps`],
//! and the migration itself in the engine crate, run by `crate::app::flow`.
//!
//! Automation hooks: see [`flow`] (cards), [`form`] (fields) and [`welcome`] (`welcome-move`,
//! `welcome-repair`, the banners `move-resume-banner` / `resume-banner` with their buttons).

mod deactivate;
mod done;
mod fields;
mod flow;
mod focus;
mod form;
mod icons;
mod identity;
mod language;
mod leave_guard;
mod plan;
mod recovery_key;
mod run;
mod runner;
mod steps;
mod testids;
mod unmovable;
mod welcome;
mod window_title;

use dioxus::prelude::*;

use tektite_i18n::tr;

use crate::app::controller::{Controller, Phase};
use crate::app::form::{prefill_from_environment, Mode};
use flow::Flow;
use runner::Runner;
use steps::{rail_of, Stage};
use welcome::Welcome;
use window_title::set_window_title;

/// The stylesheet, compiled into the desktop binary and `dx serve`'s web build (the web build we
/// ship links `main.css` from `index.html`).
///
/// `asset!()` would be the usual way, but its path is only filled in when `dx` links the app;
/// `cargo run --features desktop` would get a broken stylesheet link. The price: `dx serve`
/// cannot hot-reload the CSS on its own.
#[cfg(any(not(target_arch = "wasm32"), feature = "devtools"))]
const MAIN_CSS: &str = include_str!("../../assets/main.css");

/// The logo, inlined for the same reason as the CSS; also used as the favicon.
const LOGO_SVG: &str = include_str!("../../assets/icon.svg");

/// The page background (`--bg` in `main.css`), for the desktop window's first paint.
#[cfg(not(target_arch = "wasm32"))]
pub const BACKGROUND_RGBA: (u8, u8, u8, u8) = (0xf4, 0xf6, 0xf3, 0xff);

/// What the main card shows: the welcome screen, or the flow (whose phase decides the card).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Welcome,
    Flow,
}

/// Root component, launched by `main.rs` for both renderers.
#[component]
pub fn App() -> Element {
    let mut prefilled = false;
    // Owned by the root scope, where the run's tasks live (see `runner`).
    let ctl = use_hook(|| {
        let mut c = Controller::load();
        prefilled = prefill_from_environment(&mut c.form);
        if prefilled {
            c.prefilled();
        }
        Signal::new_in_scope(c, ScopeId::ROOT)
    });
    use_context_provider(|| Runner::new(ctl));
    // A link or the demo that fills in the move's form opens it directly.
    let view = use_signal(|| if prefilled { View::Flow } else { View::Welcome });
    // A memo, so the shell re-renders when the stage changes, not on every progress event.
    let stage = use_memo(move || match view() {
        View::Welcome => Stage::Welcome,
        View::Flow => stage_of(&ctl.read()),
    });
    // The welcome screen shows the whole move's steps; a flow its own.
    let mode = if view() == View::Welcome { Mode::Move } else { ctl.read().mode() };
    // Leaving the page mid-move asks first (web).
    let busy = use_memo(move || {
        matches!(
            ctl.read().phase,
            Phase::Connecting { .. }
                | Phase::Running
                | Phase::UnmovableBlobs(_)
                | Phase::NeedsConfirmation(_)
                | Phase::NeedsPlcToken { .. }
                | Phase::NeedsDidWebUpdate(_)
                | Phase::NeedsOldDeactivation { .. }
        )
    });
    use_effect(move || leave_guard::set_leave_guard(busy()));
    // The start page's title (each flow screen sets its own, see `flow.rs`).
    use_effect(move || {
        if view() == View::Welcome {
            set_window_title(&tr!("welcome-window-title"));
        }
    });

    language::use_html_lang();
    // Every view under here re-renders in a newly picked language (see `language::LANG`).
    let lang = language::LANG();

    // Keyed by the language: a new choice mounts the views afresh, in its words.
    let page = rsx! {
        for lang in std::iter::once(lang) {
        div { class: "app", key: "{lang.tag()}",
            Announcer {}
            Header {}
            div { class: "layout",
                StepRail { stage: stage(), mode }
                main { class: "content",
                    match view() {
                        View::Welcome => rsx! { Welcome { view } },
                        View::Flow => rsx! { Flow { view } },
                    }
                }
            }
            Footer {}
        }
        }
    };
    rsx! {
        Head {}
        {page}
    }
}

/// The page's polite live region: what changed while the person is elsewhere on the page (a step
/// began or ended, a tenth of the blobs, a wait), as the controller words it. Its own component, so
/// that only it re-renders when the words change.
#[component]
fn Announcer() -> Element {
    let ctl = use_context::<Runner>().ctl;
    let spoken = use_memo(move || ctl.read().spoken.clone());
    rsx! {
        div { class: "visually-hidden", role: "status", "aria-live": "polite", "aria-atomic": "true",
            "data-testid": "announcer",
            "{spoken}"
        }
    }
}

fn stage_of(c: &Controller) -> Stage {
    match &c.phase {
        Phase::Form | Phase::Connecting { .. } => Stage::Accounts,
        Phase::Error(_) => error_stage(c),
        Phase::Ready => Stage::Plan,
        Phase::Running | Phase::UnmovableBlobs(_) => Stage::Run,
        Phase::Stopped => error_stage(c),
        Phase::NeedsConfirmation(_)
        | Phase::NeedsPlcToken { .. }
        | Phase::NeedsDidWebUpdate(_)
        | Phase::NeedsOldDeactivation { .. } => Stage::Identity,
        Phase::Done(_) => Stage::Done,
    }
}

/// Where an error (or a stop) belongs: the step the move was on, the blob transfer, or signing in.
fn error_stage(c: &Controller) -> Stage {
    use tektite_engine::migration::Step as Engine;
    match c.failed_step {
        Some(Engine::RequestPlcToken | Engine::PlcOperation | Engine::ActivateNew | Engine::DeactivateOld) => {
            Stage::Identity
        }
        Some(_) => Stage::Run,
        None if c.transfer_began() => Stage::Run,
        None => Stage::Accounts,
    }
}

/// Title, stylesheet and favicon for the desktop window, which has no page around the app. The web
/// app's `index.html` links them as files instead: its Content-Security-Policy (`style-src 'self'`,
/// `img-src 'self'`) refuses an inline `<style>` and a `data:` icon. A component of its own, without
/// props, so it renders once: head elements ignore later changes, and Dioxus warns when their props
/// are rebuilt on every render of a parent that holds state.
#[component]
fn Head() -> Element {
    #[cfg(not(target_arch = "wasm32"))]
    return rsx! {
        document::Title { "Tektite" }
        document::Style { "{MAIN_CSS}" }
        document::Link { rel: "icon", r#type: "image/svg+xml", href: favicon_href() }
    };
    // `dx serve` (the `devtools` feature) serves a page of its own: no stylesheet link, no policy.
    #[cfg(all(target_arch = "wasm32", feature = "devtools"))]
    return rsx! {
        document::Style { "{MAIN_CSS}" }
    };
    #[cfg(all(target_arch = "wasm32", not(feature = "devtools")))]
    return rsx! {};
}

#[component]
fn Header() -> Element {
    rsx! {
        header { class: "topbar",
            div { class: "topbar-inner",
                div { class: "brand",
                    span { class: "brand-mark", "aria-hidden": "true", dangerous_inner_html: LOGO_SVG }
                    span { class: "brand-name", "Tektite" }
                }
                span { class: "topbar-note", {tr!("header-note")} }
            }
        }
    }
}

/// The list of steps, drawn for the current stage.
#[component]
fn StepRail(stage: Stage, mode: Mode) -> Element {
    let rail = rail_of(stage, mode);

    rsx! {
        nav { class: "steps", "aria-label": tr!("rail-label"),
            ol {
                for (step , state) in rail {
                    li {
                        key: "{step:?}",
                        class: format!("step {}", state.class()),
                        "data-step": step.number_in(mode),
                        "aria-current": (state == steps::StepState::Current).then_some("step"),
                        span { class: "step-number", "{step.number_in(mode)}" }
                        span { class: "step-text",
                            span { class: "step-title", "{step.title_in(mode)}" }
                            span { class: "step-summary", "{step.summary_in(mode)}" }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn Footer() -> Element {
    let version = env!("CARGO_PKG_VERSION");
    let face = if cfg!(target_arch = "wasm32") { tr!("footer-face-web") } else { tr!("footer-face-desktop") };
    rsx! {
        footer { class: "footer",
            span { "Tektite {version} · {face}" }
            language::LanguageMenu {}
            span { {tr!("footer-license")} }
        }
    }
}

/// The logo as a `data:` URL, so the favicon needs no file next to the page (desktop has none).
#[cfg(not(target_arch = "wasm32"))]
fn favicon_href() -> String {
    // In a data URL only `#` (fragment start), `%` and line breaks need escaping for this SVG;
    // it contains no `%`.
    let svg = LOGO_SVG.replace('#', "%23").replace('\n', " ");
    format!("data:image/svg+xml,{svg}")
}
