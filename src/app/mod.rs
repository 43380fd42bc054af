//! The app's controllers: plain Rust, no Dioxus. The views in `src/ui` read its state
//! and call its methods; nothing here renders anything.
//!
//! - [`form`]: what the user types (server addresses, handles, strategy), validated into a request.
//!   Passwords are kept apart ([`form::Secrets`]) and never stored.
//! - [`saved`]: the non-secret fields of the last migration, kept across reloads and crashes
//!   (web: LocalStorage; desktop: a small file in the data folder), so the app can offer to resume.
//! - [`flow`]: the migration itself, run exactly like the CLI (sign in to both sides → work list →
//!   plan → wait for the user's go → strategy → ask the new PDS what it still misses). Everything
//!   it has to say goes into one channel as [`AppEvent`]s; the engine's progress events too.
//! - [`state`]: the state machine ([`Controller`]) that turns those events into what the views show.
//! - [`format`]: numbers in words (bytes, rates, durations).
//! - [`account`] and [`move_flow`]: the whole account move (the engine's `Migrator`): its form,
//!   state machine and runner; the blob controller above is its progress view and the repair mode.
//!
//! Cancelling is dropping the task that runs [`flow::run`]: the engine's futures are cancel-safe, its
//! resume state and cache persist, and the new PDS's missing list decides what the next run sends.

// Without a renderer only the unit tests use the controller.
#![cfg_attr(
    not(any(all(feature = "desktop", not(target_arch = "wasm32")), all(feature = "web", target_arch = "wasm32"))),
    allow(dead_code)
)]

pub mod account;
pub mod flow;
pub mod form;
pub mod format;
pub mod move_flow;
pub mod saved;
pub mod state;

/// The test lab (PLC + two PDSes), for the controller's end-to-end unit test in [`flow`].
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../../tests/support/lab.rs"]
mod lab;
