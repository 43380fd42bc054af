//! Tektite's app binary: one Dioxus UI (`ui`), launched by whichever renderer feature is on.
//!
//! - `--features desktop` (native): a desktop window through the system webview.
//! - `--features web` (wasm32): the browser app; built by `dx` or by `scripts/build-web.sh`.
//! - neither: there is nothing to render, so `main` says how to get a UI and exits with code 2.
//!   That keeps `cargo build --workspace` and `cargo test` working on machines without the
//!   webview libraries, because Dioxus is an optional dependency of this crate.
//!
//! The command-line face lives in `src/bin/tektite-cli` and needs no renderer.

// The controller is plain Rust and always compiled, so its unit tests run in `cargo test` without a
// renderer.
mod app;

// The UI is compiled only where a renderer can actually launch it; anywhere else (for example
// `--features web` on a native target, as `cargo check --all-features` does) it would be dead code.
#[cfg(any(all(feature = "desktop", not(target_arch = "wasm32")), all(feature = "web", target_arch = "wasm32")))]
mod ui;

#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
fn main() {
    dioxus::LaunchBuilder::desktop().with_cfg(desktop_config()).launch(ui::App);
}

/// The desktop window: title, size and first paint that match the app rather than Dioxus defaults.
#[cfg(all(feature = "desktop", not(target_arch = "wasm32")))]
fn desktop_config() -> dioxus::desktop::Config {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};

    let window = WindowBuilder::new()
        .with_title("Tektite")
        .with_inner_size(LogicalSize::new(1120.0, 760.0))
        // Below this the step list collapses to its phone layout, which still works; smaller
        // than a phone screen nothing useful fits.
        .with_min_inner_size(LogicalSize::new(360.0, 560.0));

    let mut config = Config::new()
        .with_window(window)
        // The default menu bar (Window/Edit/Help) is a Dioxus demo menu, not ours.
        .with_menu(None)
        // Paint the page background before the webview has loaded, instead of a white flash.
        .with_background_color(ui::BACKGROUND_RGBA);

    // Without an explicit icon the window would carry the Dioxus logo. The PNG is decoded by the
    // `image` crate that dioxus-desktop already depends on; a bad file only costs the icon.
    match dioxus::desktop::icon_from_memory(include_bytes!("../assets/icon.png")) {
        Ok(icon) => config = config.with_icon(icon),
        Err(err) => eprintln!("tektite: window icon not loaded: {err}"),
    }
    config
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn main() {
    tektite_platform::web::expose_memory_gauge();
    dioxus::LaunchBuilder::web().launch(ui::App);
}

#[cfg(not(any(all(feature = "desktop", not(target_arch = "wasm32")), all(feature = "web", target_arch = "wasm32"))))]
fn main() {
    eprintln!(
        "tektite: built without a UI renderer; run `cargo run --features desktop` \
         (or `dx serve --platform desktop|web`), or use `tektite-cli` for the command line"
    );
    std::process::exit(2);
}
