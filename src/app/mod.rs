//! The app's controller: plain Rust, no Dioxus. The views in `src/ui` read its state and call its
//! methods; nothing here renders anything.
//!
//! Two ways in share everything here: the whole account **move** and the **repair** (the move with
//! only the blob step, for an account whose new PDS misses blobs). [`form::Mode`] says which.
//!
//! - [`form`]: what the user types, validated into a request. Passwords and codes are kept apart
//!   ([`form::Secrets`]) and never stored.
//! - [`saved`]: the non-secret fields of each way in's last run, kept across reloads and crashes so
//!   the app can offer to continue.
//! - [`flow`]: the run itself, exactly as the CLI does it (the engine's `Migrator`, or its blob
//!   step alone), reporting [`events::AppEvent`]s into a channel and waiting for
//!   [`events::Command`]s where the user decides.
//! - [`controller`]: the state machine that turns those events into what the views show, with
//!   [`progress`] (the blob step's live numbers) and [`log`] (one timeline in words).
//! - [`recovery_key`]: a recovery key generated for the user, handed over as a file before use.
//! - [`kept_backups`]: the backups this device knows, with their age, for the start page and the
//!   restore form.
//! - [`language`]: which language the app speaks, and the footer's remembered choice.
//! - [`words`]: errors in words (what happened, what to do); [`format`]: numbers in words.
//!
//! Cancelling is dropping the task that runs [`flow::run`]: the engine's futures are cancel-safe,
//! its saved steps, resume state and cache persist, and the new PDS decides what the next run sends.

// Without a renderer only the unit tests use the controller.
#![cfg_attr(
    not(any(all(feature = "desktop", not(target_arch = "wasm32")), all(feature = "web", target_arch = "wasm32"))),
    allow(dead_code)
)]

pub mod controller;
pub mod events;
pub mod flow;
pub mod form;
pub mod format;
pub mod kept_backups;
pub mod language;
pub mod log;
pub mod progress;
pub mod recovery_key;
pub mod saved;
pub mod server_sign_in;
pub mod words;

/// The test lab (PLC + two PDSes), for the controller's end-to-end tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../../tests/support/lab.rs"]
mod lab;

/// The account server's own pages in headless Chromium, for the controller's sign-in tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../../tests/support/server_page.rs"]
mod server_page;
