//! The internet's way of talking: every server of a lab behind TLS and HTTP/2 (nginx from Debian,
//! a test CA made for the lab; `tests/lab/lab.mjs --tls`), DID documents and session answers naming
//! `https://…tektite-lab.test:PORT` hosts. The CLI trusts the test CA only through
//! `TEKTITE_EXTRA_CA_FILE` and finds the names through `TEKTITE_RESOLVE`; nothing turns checks off.
//! Whole moves, checked on the servers: by handle alone, and through an entryway (itself behind
//! TLS) that demands an emailed sign-in code. nginx's access log shows the protocol of each call.

use std::sync::OnceLock;

use crate::account_migration::{assert_migrated, before_the_move};
use crate::common::dirs;
use crate::fault_proxy::{FaultProxy, Faults};
use crate::identity::{go, migrate, move_to_the_end};
use crate::lab::{Lab, LabOptions, Side};

/// One TLS lab for this module's tests.
fn tls_lab() -> &'static Lab {
    static LAB: OnceLock<Lab> = OnceLock::new();
    LAB.get_or_init(|| Lab::start_with(LabOptions { tls: true, ..Default::default() }))
}

/// (protocol, count) of the requests nginx passed to `port`, for the XRPC method `nsid`.
fn protocols(lab: &Lab, port: u16, nsid: &str) -> Vec<(String, usize)> {
    let log = std::fs::read_to_string(lab.dir().join("logs").join("nginx-access.log")).unwrap_or_default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    for line in log.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 && f[0] == port.to_string() && f[2] == format!("/xrpc/{nsid}") {
            match seen.iter_mut().find(|(p, _)| p == f[3]) {
                Some((_, n)) => *n += 1,
                None => seen.push((f[3].to_owned(), 1)),
            }
        }
    }
    seen
}

fn port_of(url: &str) -> u16 {
    url.rsplit(':').next().unwrap().trim_end_matches('/').parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_move_by_handle_alone_runs_over_https_and_http2() {
    let lab = tls_lab();
    assert!(lab.old_url().starts_with("https://") && lab.plc_url().starts_with("https://"));
    let account = crate::pds::old_only_account(lab, "tls-handle", "3x64k,1x2m").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let work = dirs();
    move_to_the_end(lab, &account, None, |token| {
        let env: Vec<(&str, &str)> = token.map(|t| ("TEKTITE_PLC_TOKEN", t)).into_iter().collect();
        migrate(lab, &account, work.path(), None, &env)
    });
    assert_migrated(lab, &account, &old_records, &prefs).await;
    // Blobs went down and up over HTTP/2, through TLS.
    let downloads = protocols(lab, port_of(lab.old_url()), "com.atproto.sync.getBlob");
    let uploads = protocols(lab, port_of(lab.new_url()), "com.atproto.repo.uploadBlob");
    assert!(!downloads.is_empty() && downloads.iter().all(|(p, _)| p == "HTTP/2.0"), "{downloads:?}");
    assert!(!uploads.is_empty() && uploads.iter().all(|(p, _)| p == "HTTP/2.0"), "{uploads:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entryway_with_an_emailed_sign_in_code_over_https() {
    let lab = tls_lab();
    let account = crate::pds::old_only_account(lab, "tls-entryway", "3x64k").await;
    let (old_records, prefs) = before_the_move(lab, &account).await;
    let code = "CODE-67890";
    let entryway = FaultProxy::start(
        lab.api(Side::Old),
        Faults { entryway: true, require_auth_factor: Some(code.into()), ..Default::default() },
    );
    let front = lab.tls_front("entryway", port_of(&entryway.url()));
    let work = dirs();
    let refused = go(migrate(lab, &account, work.path(), Some(&front), &[]));
    assert_eq!(refused.code, Some(2), "{:?}", refused.lines.last());
    move_to_the_end(lab, &account, None, |token| {
        let mut env = vec![("TEKTITE_FROM_2FA", code)];
        env.extend(token.map(|t| ("TEKTITE_PLC_TOKEN", t)));
        migrate(lab, &account, work.path(), Some(&front), &env)
    });
    let stats = entryway.stats();
    assert!(stats.auth_factor_demanded >= 1);
    assert_eq!(stats.entryway_refused, 0, "a PDS call was sent to the entryway");
    let sessions = protocols(lab, port_of(&front), "com.atproto.server.createSession");
    assert!(sessions.iter().any(|(p, _)| p == "HTTP/2.0"), "{sessions:?}");
    assert_migrated(lab, &account, &old_records, &prefs).await;
}
