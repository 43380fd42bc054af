//! End-to-end tests of the blob migration against real servers: a PLC directory and two reference
//! PDSes from npm, on loopback (`tests/lab`), driven through the real `tektite-cli` binary. Faults
//! come from a small proxy placed between the CLI and a PDS (`tests/support/fault_proxy.rs`).
//!
//! One test binary with modules, sharing one lab per run.

#[path = "../support/fault_proxy.rs"]
#[allow(dead_code)]
mod fault_proxy;
#[path = "../support/lab.rs"]
#[allow(dead_code)]
mod lab;

mod common;

mod bad_input;
mod engine_api;
mod faults;
mod migrate;
mod resume;
