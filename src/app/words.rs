//! Errors in words for the user: what happened and what to do, one place for every way in. In a
//! browser every network failure looks alike ("Failed to fetch"), so those get their probable cause.

use tektite_engine::account::AccountError;
use tektite_engine::migration::MigrationError;
use tektite_engine::{BlobFailureKind, XrpcError};
use tektite_i18n::tr;
use tektite_platform::{LockError, PlatformError};

use tektite_engine::blobs::{BlobReport, FailedBlob};

use super::events::{AppError, RepairReport};

/// An XRPC error in words; network failures in a browser get the probable cause.
pub fn network(e: &XrpcError) -> String {
    let words = match e {
        XrpcError::Unreachable { host, detail } | XrpcError::Transport { host, detail }
            if cfg!(target_arch = "wasm32") =>
        {
            format!("{host}: {} ({detail})", tr!("error-browser-network"))
        }
        e => e.to_string(),
    };
    strip_js_stack(&words)
}

/// Why a server's address gave no facts, in words for the form: a mistyped or unreachable address
/// says just that (the browser's own words, "Failed to fetch", say nothing to a person).
pub fn server_check(e: &XrpcError) -> String {
    match e {
        XrpcError::Unreachable { host, .. } | XrpcError::Transport { host, .. } | XrpcError::Timeout { host } => {
            if cfg!(target_arch = "wasm32") {
                tr!("error-no-server-web", host = host)
            } else {
                tr!("error-no-server", host = host)
            }
        }
        XrpcError::Status { host, status: 404, .. } => {
            tr!("error-not-a-pds", host = host)
        }
        other => network(other),
    }
}

/// A blob's failure message; network failures in a browser get the probable cause.
pub fn blob_failure(kind: BlobFailureKind, message: &str) -> String {
    let message = strip_js_stack(message);
    if cfg!(target_arch = "wasm32") && kind == BlobFailureKind::Network && !message.contains("CORS") {
        format!("{message} ({})", tr!("error-browser-network"))
    } else {
        message
    }
}

/// Local storage (cache, saved steps) could not be opened.
pub fn storage(e: &PlatformError) -> AppError {
    storage_words(e.to_string())
}

fn storage_words(message: String) -> AppError {
    let advice = if cfg!(target_arch = "wasm32") { tr!("error-storage-web") } else { tr!("error-storage-desktop") };
    AppError::new(tr!("error-storage"), message, advice)
}

/// A failure of either way in, in words. Sign-in failures of the repair arrive here as
/// [`MigrationError::Account`] too.
pub fn migration(e: &MigrationError) -> AppError {
    let message = strip_js_stack(&e.to_string());
    let kept = tr!("error-kept");
    match e {
        MigrationError::Account { source: AccountError::TwoFactorRequired { .. }, .. } => {
            AppError { auth_factor: true, ..AppError::new(tr!("error-2fa"), message, tr!("error-2fa-advice")) }
        }
        MigrationError::Account { source: AccountError::DifferentIdentity { .. }, .. } => {
            AppError::new(tr!("error-different-accounts"), message, tr!("error-different-accounts-advice"))
        }
        MigrationError::Account { side, source } => {
            let message = match source {
                AccountError::Server(x) => format!("{side}: {}", network(x)),
                _ => message,
            };
            let unreachable =
                matches!(source, AccountError::Server(XrpcError::Unreachable { .. } | XrpcError::Transport { .. }));
            let advice = if source.is_bad_input() {
                tr!("error-sign-in-bad-input")
            } else if cfg!(target_arch = "wasm32") && unreachable {
                tr!("error-sign-in-unreachable-web")
            } else {
                tr!("error-sign-in-unreachable")
            };
            let side_word = match side {
                tektite_engine::account::Side::Old => "old",
                tektite_engine::account::Side::New => "new",
            };
            // The title says which problem it is; the advice what to do; the details hold the rest.
            let title = match source {
                AccountError::WrongPassword { .. } => tr!("error-wrong-password", side = side_word),
                AccountError::UnknownHandle { handle, .. } | AccountError::UnknownHandleOrPassword { handle, .. } => {
                    tr!("error-unknown-handle", side = side_word, handle = handle)
                }
                AccountError::NotOnServer { .. } => tr!("error-not-on-server", side = side_word),
                AccountError::Identity(tektite_engine::identity::IdentityError::UnknownHandle { handle, .. }) => {
                    tr!("error-no-account-found", handle = handle)
                }
                AccountError::Identity(_) => tr!("error-identity"),
                _ if unreachable => tr!("error-unreachable", side = side_word),
                _ => tr!("error-sign-in", side = side_word),
            };
            AppError::new(title, message, advice)
        }
        MigrationError::InviteCodeRequired { .. } => {
            AppError::new(tr!("error-invite"), message, tr!("error-invite-advice"))
        }
        MigrationError::HandleNotReady { handle, domains, .. } => AppError::new(
            tr!("error-handle-not-ready"),
            message,
            if domains.is_empty() {
                tr!("error-handle-not-ready-advice", handle = handle)
            } else {
                tr!("error-handle-not-ready-domains", handle = handle, domains = domains.join(", "))
            },
        ),
        MigrationError::PlcTokenRejected { expired, .. } => AppError::new(
            if *expired { tr!("error-code-expired") } else { tr!("error-code-wrong") },
            message,
            if *expired { tr!("error-code-expired-advice") } else { tr!("error-code-wrong-advice") },
        ),
        MigrationError::UnmovableBlobs { blobs } => {
            AppError::new(tr!("error-unmovable", count = blobs.len()), message, tr!("error-unmovable-advice"))
        }
        MigrationError::BlobsIncomplete { .. } | MigrationError::DataIncomplete { .. } => {
            AppError::new(tr!("error-blobs-incomplete"), message, tr!("error-blobs-incomplete-advice", kept = &kept))
        }
        MigrationError::Storage(_) => storage_words(message),
        MigrationError::Locked(LockError::Held { .. }) => {
            AppError::new(tr!("error-locked"), message, tr!("error-locked-advice"))
        }
        e if e.is_bad_input() => {
            AppError::new(tr!("error-new-account-refused"), message, tr!("error-new-account-refused-advice"))
        }
        _ => AppError::new(tr!("error-move-stopped"), message, kept),
    }
}

/// A finished repair's report in the words the views show (failure messages and the verdict's
/// error included).
pub fn repair_report(r: &BlobReport) -> RepairReport {
    let failed =
        r.failures().into_iter().map(|f| FailedBlob { message: blob_failure(f.kind, &f.message), ..f }).collect();
    RepairReport {
        did: r.did.clone(),
        strategy: r.strategy,
        missing_before: r.missing_before,
        already_present: r.already_present,
        migrated: r.transfer.migrated(),
        from_cache: r.transfer.from_cache(),
        failed,
        bytes_migrated: r.transfer.bytes_migrated(),
        bytes_downloaded: r.transfer.bytes_downloaded,
        bytes_uploaded: r.transfer.bytes_uploaded,
        retries: r.transfer.retries,
        seconds: r.seconds,
        transfer_seconds: r.transfer.elapsed_secs,
        peak_concurrency: r.transfer.peak_concurrency,
        still_missing: r.still_missing().map_err(network),
    }
}

/// Browser errors reach us as `JsValue(TypeError: Failed to fetch\n<stack trace>)`: keep the
/// first line, which is what the browser said, and drop the stack.
pub fn strip_js_stack(message: &str) -> String {
    const OPEN: &str = "JsValue(";
    let Some(start) = message.find(OPEN) else {
        return message.to_owned();
    };
    let inner_start = start + OPEN.len();
    let mut depth = 1usize;
    let mut end = message.len();
    for (i, ch) in message[inner_start..].char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    end = inner_start + i;
                    break;
                }
            }
            _ => {}
        }
    }
    let inner = &message[inner_start..end];
    let first = inner.lines().next().unwrap_or_default().trim();
    let rest = message.get(end + 1..).unwrap_or_default();
    format!("{}{first}{}", &message[..start], strip_js_stack(rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tektite_engine::account::Side;

    #[test]
    fn errors_say_what_to_do() {
        let e = migration(&MigrationError::PlcTokenRejected { detail: "400".into(), expired: false });
        assert!(e.title.contains("not right") && !e.auth_factor);
        assert!(e.advice.contains("type the code again"), "{e:?}");
        let e = migration(&MigrationError::Account {
            side: Side::Old,
            source: AccountError::TwoFactorRequired { id: "a".into(), host: "old".into() },
        });
        assert!(e.auth_factor);
        assert!(e.advice.contains("Sign-in code"));
        let e = migration(&MigrationError::BlobsIncomplete { missing: 2, failures: vec![] });
        assert!(e.advice.contains("has not moved"));

        let e = migration(&MigrationError::Account {
            side: Side::Old,
            source: AccountError::WrongPassword { id: "alice".into(), host: "old".into() },
        });
        assert_eq!(e.title, "The old PDS did not accept the password");
        assert!(e.message.contains("password"));
        // An unknown handle reads differently from a wrong password.
        let e = migration(&MigrationError::Account {
            side: Side::Old,
            source: AccountError::UnknownHandle { handle: "alice.example".into(), host: "old".into() },
        });
        assert_eq!(e.title, "The old PDS does not know alice.example");
        assert!(e.advice.contains("Nothing was changed"));
        let down = XrpcError::Unreachable { host: "new:1".into(), detail: "refused".into() };
        let e = migration(&MigrationError::Account { side: Side::New, source: AccountError::Server(down) });
        assert!(e.message.contains("new:1"), "{}", e.message);
        assert!(e.title.contains("new PDS") && e.title.contains("reached"), "{}", e.title);

        // Another run holds the account: who, in the details; what to do, in words.
        let holder = tektite_platform::Holder { command: "blobs in another tab".into(), since: 0, pid: None };
        let e = migration(&MigrationError::Locked(LockError::Held { holder: Some(holder) }));
        assert_eq!(e.title, "Another run is working on this account");
        assert!(e.message.contains("`blobs in another tab` since 1970-01-01"), "{}", e.message);
        assert!(e.advice.contains("nothing was changed"), "{}", e.advice);
    }

    #[test]
    fn browser_stack_traces_are_left_out() {
        let raw = "new:1: the browser reports a CORS/network error (JsValue(TypeError: Failed to fetch\n\
                   TypeError: Failed to fetch\n    at __wbg_fetch (http://x/tektite.js:659:25)\n    at f (http://x/a.wasm:1)))";
        assert_eq!(strip_js_stack(raw), "new:1: the browser reports a CORS/network error (TypeError: Failed to fetch)");
        assert_eq!(strip_js_stack("plain (words)"), "plain (words)");
        let unclosed = "x JsValue(Error: boom\n at y";
        assert_eq!(strip_js_stack(unclosed), "x Error: boom");
    }
}
