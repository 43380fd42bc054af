//! The app shell shared by the web and desktop builds: page head, header, step list and the
//! main card, which shows either the welcome screen or the current step.
//!
//! Components stay thin: what the steps are lives in [`steps`], and the migration itself will
//! live in the engine crate. Nothing here talks to a PDS yet.

mod icons;
mod step_card;
mod steps;
mod welcome;

use dioxus::prelude::*;

use step_card::StepCard;
use steps::Step;
use welcome::Welcome;

/// The stylesheet, compiled into the binary.
///
/// `asset!()` would be the usual way, but its path is only filled in when `dx` links the app;
/// the plain cargo + wasm-bindgen web build and `cargo run --features desktop` would get a
/// broken stylesheet link. Inlining works for every build, costs ~10 KB, and avoids an
/// unstyled first paint. The price: `dx serve` cannot hot-reload the CSS on its own.
const MAIN_CSS: &str = include_str!("../../assets/main.css");

/// The logo, inlined for the same reason as the CSS; also used as the favicon.
const LOGO_SVG: &str = include_str!("../../assets/icon.svg");

/// The page background (`--bg` in `main.css`), for the desktop window's first paint.
#[cfg(not(target_arch = "wasm32"))]
pub const BACKGROUND_RGBA: (u8, u8, u8, u8) = (0xf4, 0xf6, 0xf3, 0xff);

/// What the main card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Welcome,
    Step(Step),
}

impl View {
    fn current_step(self) -> Option<Step> {
        match self {
            View::Welcome => None,
            View::Step(step) => Some(step),
        }
    }
}

/// Root component, launched by `main.rs` for both renderers.
#[component]
pub fn App() -> Element {
    let view = use_signal(|| View::Welcome);

    rsx! {
        Head {}
        div { class: "app",
            Header {}
            div { class: "layout",
                StepRail { current: view().current_step() }
                main { class: "content",
                    match view() {
                        View::Welcome => rsx! { Welcome { view } },
                        View::Step(step) => rsx! { StepCard { step, view } },
                    }
                }
            }
            Footer {}
        }
    }
}

/// Title, stylesheet and favicon. A component of its own, without props, so it renders once:
/// head elements ignore later changes, and Dioxus warns when their props are rebuilt on every
/// render of a parent that holds state.
#[component]
fn Head() -> Element {
    rsx! {
        document::Title { "Tektite" }
        document::Style { "{MAIN_CSS}" }
        document::Link { rel: "icon", r#type: "image/svg+xml", href: favicon_href() }
    }
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
                span { class: "topbar-note", "ATProto account migration" }
            }
        }
    }
}

/// The list of steps. Before a migration starts (`current` is `None`) every step is upcoming.
#[component]
fn StepRail(current: Option<Step>) -> Element {
    let current_number = current.map_or(0, Step::number);

    rsx! {
        nav { class: "steps", "aria-label": "Migration steps",
            ol {
                for step in Step::ALL {
                    li {
                        key: "{step:?}",
                        class: format!("step {}", step_state(step.number(), current_number)),
                        "aria-current": (Some(step) == current).then_some("step"),
                        span { class: "step-number", "{step.number()}" }
                        span { class: "step-text",
                            span { class: "step-title", "{step.title()}" }
                            span { class: "step-summary", "{step.summary()}" }
                        }
                    }
                }
            }
        }
    }
}

/// CSS state of a step relative to the current one (0 = none started).
fn step_state(number: usize, current: usize) -> &'static str {
    if number < current {
        "is-done"
    } else if number == current {
        "is-current"
    } else {
        "is-upcoming"
    }
}

#[component]
fn Footer() -> Element {
    let version = env!("CARGO_PKG_VERSION");
    let face = if cfg!(target_arch = "wasm32") { "web" } else { "desktop" };
    rsx! {
        footer { class: "footer",
            span { "Tektite {version} · {face}" }
            span { "Open source · MIT or Apache-2.0" }
        }
    }
}

/// The logo as a `data:` URL, so the favicon needs no file next to the page (desktop has none).
fn favicon_href() -> String {
    // In a data URL only `#` (fragment start), `%` and line breaks need escaping for this SVG;
    // it contains no `%`.
    let svg = LOGO_SVG.replace('#', "%23").replace('\n', " ");
    format!("data:image/svg+xml,{svg}")
}
