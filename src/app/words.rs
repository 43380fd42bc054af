//! Errors in words for the user: what happened and what to do, one place for every way in. In a
//! browser every network failure looks alike ("Failed to fetch"), so those get their probable cause.

use tektite_engine::account::AccountError;
use tektite_engine::migration::MigrationError;
use tektite_engine::{BlobFailureKind, XrpcError};
use tektite_platform::{LockError, PlatformError};

use tektite_engine::blobs::{BlobReport, FailedBlob};

use super::events::{AppError, RepairReport};

/// What a browser's network failure probably was.
const BROWSER_NETWORK: &str = "the browser reports a CORS/network error: the PDS or a proxy dropped the connection";

/// An XRPC error in words; network failures in a browser get the probable cause.
pub fn network(e: &XrpcError) -> String {
    let words = match e {
        XrpcError::Unreachable { host, detail } | XrpcError::Transport { host, detail }
            if cfg!(target_arch = "wasm32") =>
        {
            format!("{host}: {BROWSER_NETWORK} ({detail})")
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
                format!("No server answered at {host} (or it does not let web pages ask it): check the address")
            } else {
                format!("No server answered at {host}: check the address")
            }
        }
        XrpcError::Status { host, status: 404, .. } => {
            format!("{host} answered, but it is not a PDS (it does not know describeServer): check the address")
        }
        other => network(other),
    }
}

/// A blob's failure message; network failures in a browser get the probable cause.
pub fn blob_failure(kind: BlobFailureKind, message: &str) -> String {
    let message = strip_js_stack(message);
    if cfg!(target_arch = "wasm32") && kind == BlobFailureKind::Network && !message.contains("CORS") {
        format!("{message} ({BROWSER_NETWORK})")
    } else {
        message
    }
}

/// Local storage (cache, saved steps) could not be opened.
pub fn storage(e: &PlatformError) -> AppError {
    storage_words(e.to_string())
}

fn storage_words(message: String) -> AppError {
    let advice = if cfg!(target_arch = "wasm32") {
        "Allow this site to store data (private windows and some privacy settings block it), then try \
         again. The desktop app and the command-line tool store their data in ordinary files."
    } else {
        "Check that your home folder is writable and has free space, then try again."
    };
    AppError::new("Local storage is not available", message, advice)
}

/// A failure of either way in, in words. Sign-in failures of the repair arrive here as
/// [`MigrationError::Account`] too.
pub fn migration(e: &MigrationError) -> AppError {
    let message = strip_js_stack(&e.to_string());
    let kept = "Every finished step is kept: press “Try again” to continue where it stopped.";
    match e {
        MigrationError::Account { source: AccountError::TwoFactorRequired { .. }, .. } => AppError {
            auth_factor: true,
            ..AppError::new(
                "The old PDS asks for a sign-in code",
                message,
                "It has emailed a code to the account's address. Go back, type it into “Sign-in code” and \
                 continue. Nothing was changed.",
            )
        },
        MigrationError::Account { source: AccountError::DifferentIdentity { .. }, .. } => AppError::new(
            "These are two different accounts",
            message,
            "Sign in to the same identity (DID) on both servers: on the new PDS, the account that was created \
             for this migration.",
        ),
        MigrationError::Account { side, source } => {
            let message = match source {
                AccountError::Server(x) => format!("{side}: {}", network(x)),
                _ => message,
            };
            let unreachable =
                matches!(source, AccountError::Server(XrpcError::Unreachable { .. } | XrpcError::Transport { .. }));
            let advice = if source.is_bad_input() {
                "Nothing was changed on either server. Correct the form and try again."
            } else if cfg!(target_arch = "wasm32") && unreachable {
                "Nothing was changed on either server. Check the address. If it is right, the server may be down, \
                 or a proxy in front of it answered without CORS headers (browsers then hide the answer). Try \
                 again later, or use the desktop app or the command-line tool, which CORS does not affect."
            } else {
                "Nothing was changed on either server. Check the address; if it is right the server may be down: \
                 try again later."
            };
            // The title says which problem it is; the advice what to do; the details hold the rest.
            let title = match source {
                AccountError::WrongPassword { .. } => format!("The {side} did not accept the password"),
                AccountError::UnknownHandle { handle, .. } | AccountError::UnknownHandleOrPassword { handle, .. } => {
                    format!("The {side} does not know {handle}")
                }
                AccountError::NotOnServer { .. } => format!("The account is not on the {side}"),
                AccountError::Identity(tektite_engine::identity::IdentityError::UnknownHandle { handle, .. }) => {
                    format!("No account was found for {handle}")
                }
                AccountError::Identity(_) => "The account's identity could not be looked up".to_owned(),
                _ if unreachable => format!("The {side} could not be reached"),
                _ => format!("Could not sign in to the {side}"),
            };
            AppError::new(title, message, advice)
        }
        MigrationError::InviteCodeRequired { .. } => AppError::new(
            "The new PDS needs an invite code",
            message,
            "Ask the new PDS's operator for an invite code, enter it in the form and try again. Nothing was \
             changed.",
        ),
        MigrationError::HandleNotReady { handle, domains, .. } => AppError::new(
            "The new handle is not ready",
            message,
            if domains.is_empty() {
                format!("Set up {handle} as described, or choose another handle. Nothing was changed.")
            } else {
                format!(
                    "Go back and pick a handle under {}, or set up {handle} as described. Nothing was changed.",
                    domains.join(", ")
                )
            },
        ),
        MigrationError::PlcTokenRejected { expired, .. } => AppError::new(
            if *expired { "The code has expired" } else { "That code is not right" },
            message,
            if *expired {
                "A new code has been emailed: type that one. Your identity has not moved yet."
            } else {
                "Check the email and type the code again. Your identity has not moved yet."
            },
        ),
        MigrationError::UnmovableBlobs { blobs } => AppError::new(
            if blobs.len() == 1 { "A blob can never be moved".to_owned() } else { format!("{} blobs can never be moved", blobs.len()) },
            message,
            "Your identity has not moved: the old account still works. These blobs are gone from the old PDS or larger \
             than the new PDS accepts, so no later run can move them. To move without them, run tektite-cli migrate \
             with --accept-missing-blobs; or ask the new PDS's operator to raise its upload limit.",
        ),
        MigrationError::BlobsIncomplete { .. } | MigrationError::DataIncomplete { .. } => AppError::new(
            "Some blobs are not on the new PDS yet",
            message,
            format!(
                "Your identity has not moved: the old account still works. {kept} Blobs that fail again are \
                 listed in the log."
            ),
        ),
        MigrationError::Storage(_) => storage_words(message),
        MigrationError::Locked(LockError::Held { .. }) => AppError::new(
            "Another run is working on this account",
            message,
            "Another tab, window or the command line is running for this account. Let it finish (or close it), \
             then continue here: nothing was changed, and nothing is lost.",
        ),
        e if e.is_bad_input() => AppError::new(
            "The new PDS refused the new account",
            message,
            "Correct the form (handle, email, password, invite code) and try again.",
        ),
        _ => AppError::new("The move stopped", message, kept),
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
