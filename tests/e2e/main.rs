//! End-to-end tests of the blob migration against real servers: a PLC directory and two reference
//! PDSes from npm, on loopback (`tests/lab`), driven through the real `tektite-cli` binary. Faults
//! come from a small proxy placed between the CLI and a PDS (`tests/support/fault_proxy.rs`).
//!
//! One test binary with modules, sharing one lab per run.

#[path = "../support/did_web_host.rs"]
mod did_web_host;
#[path = "../support/fault_proxy.rs"]
mod fault_proxy;
#[path = "../support/lab.rs"]
mod lab;
#[path = "../support/pds.rs"]
mod pds;
#[path = "../support/server_page.rs"]
mod server_page;

mod common;

mod account_migration;
mod backup;
mod bad_input;
mod did_web;
mod engine_api;
mod faults;
mod https;
mod identity;
mod languages;
mod migrate;
mod nothing_lost;
mod oauth;
mod one_run;
mod other_pds;
mod pds_rules;
mod resume;
mod unattended_backup;
