//! XRPC failures, grouped by kind so callers can decide whether to retry, and worded for users.

use std::time::Duration;

use crate::retry::RetryAdvice;
use crate::transport::{self, TransportError, Unsendable};

/// A failed XRPC call.
#[derive(Debug, Clone, thiserror::Error)]
pub enum XrpcError {
    /// No connection could be made (refused, DNS, TLS).
    #[error("could not connect to {host} ({detail}); check the address and that the server is running")]
    Unreachable { host: String, detail: String },
    /// The connection broke while the request or response was under way.
    #[error("the connection to {host} broke ({detail})")]
    Transport { host: String, detail: String },
    /// The server stopped answering.
    #[error("{host} did not answer in time")]
    Timeout { host: String },
    /// The server answered with an error status.
    #[error("{host} answered HTTP {status}{}: {}", error.as_deref().map(|e| format!(" {e}")).unwrap_or_default(), explain(*status, error.as_deref(), message.as_deref()))]
    Status { host: String, status: u16, error: Option<String>, message: Option<String> },
    /// HTTP 429. `wait` comes from `RateLimit-Reset`/`Retry-After`, or a default when absent.
    #[error("{host} is limiting our request rate; it will accept more in {}s{}", wait.as_secs(), if *stated { "" } else { " (the server did not say when; waiting a default)" })]
    RateLimited { host: String, wait: Duration, reset_at: u64, stated: bool, quota: Option<super::rate_limit::Quota> },
    /// The access token had expired and has been renewed; a request with a one-shot body must be
    /// sent again by the caller.
    #[error("the session on {host} expired and was renewed; sending again")]
    SessionRenewed { host: String },
    /// The server wants DPoP proofs with a new nonce (it rotates them); the request is sent again
    /// at once with it.
    #[error("{host} asked for a proof with its new nonce; sending again")]
    DpopNonce { host: String },
    /// There is no usable session: sign in again.
    #[error("not signed in to {host}: {detail}")]
    NotSignedIn { host: String, detail: String },
    /// The answer did not have the expected shape.
    #[error("{host} sent an answer we could not read ({detail})")]
    Decode { host: String, detail: String },
    /// The request is not possible as given (bad URL, unsupported on this platform).
    #[error("{0}")]
    Invalid(String),
}

fn explain(status: u16, error: Option<&str>, message: Option<&str>) -> String {
    let hint = match (status, error) {
        (413, _) => {
            "the body is larger than the server accepts (a size limit of that server or of a proxy in front of it)"
        }
        (_, Some("AuthenticationRequired")) => "the identifier or password is wrong",
        (_, Some("AuthFactorTokenRequired")) => "this account needs the two-factor code sent by email",
        (_, Some("BlobNotFound")) => "the server does not have this blob",
        (_, Some("RepoDeactivated")) => "the account is deactivated on this server",
        (_, Some("RepoTakendown")) => "the account was taken down on this server",
        (_, Some("RepoNotFound")) => "no such account on this server",
        (502, _) | (503, _) => "the server or a proxy in front of it is unavailable",
        (504, _) => "the server or a proxy in front of it timed out",
        _ => "",
    };
    match (message, hint) {
        (Some(m), "") => m.to_owned(),
        (Some(m), h) => format!("{h} ({m})"),
        (None, "") => "no details given".to_owned(),
        (None, h) => h.to_owned(),
    }
}

impl XrpcError {
    /// What kind of retry makes sense.
    pub fn advice(&self) -> RetryAdvice {
        match self {
            XrpcError::Unreachable { .. } | XrpcError::Transport { .. } | XrpcError::Timeout { .. } => {
                RetryAdvice::Backoff
            }
            // 500 included: the reference PDS answers 500 for some transient internal failures.
            XrpcError::Status { status: 408 | 500 | 502 | 503 | 504, .. } => RetryAdvice::Backoff,
            XrpcError::Status { .. } => RetryAdvice::Never,
            XrpcError::RateLimited { wait, .. } => RetryAdvice::After(*wait),
            XrpcError::SessionRenewed { .. } | XrpcError::DpopNonce { .. } => RetryAdvice::Immediately,
            XrpcError::NotSignedIn { .. } | XrpcError::Decode { .. } | XrpcError::Invalid(_) => RetryAdvice::Never,
        }
    }

    /// The XRPC error name (`ExpiredToken`, `BlobNotFound`, ...), when the server gave one.
    pub fn error_name(&self) -> Option<&str> {
        match self {
            XrpcError::Status { error, .. } => error.as_deref(),
            _ => None,
        }
    }

    /// The server the failed call went to (none for a request that could not be made at all).
    pub fn host(&self) -> Option<&str> {
        match self {
            XrpcError::Unreachable { host, .. }
            | XrpcError::Transport { host, .. }
            | XrpcError::Timeout { host }
            | XrpcError::Status { host, .. }
            | XrpcError::RateLimited { host, .. }
            | XrpcError::SessionRenewed { host }
            | XrpcError::DpopNonce { host }
            | XrpcError::NotSignedIn { host, .. }
            | XrpcError::Decode { host, .. } => Some(host),
            XrpcError::Invalid(_) => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            XrpcError::Status { status, .. } => Some(*status),
            XrpcError::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    pub(crate) fn from_reqwest(host: &str, err: reqwest::Error) -> Self {
        let detail = root_cause(&err);
        let host = host.to_owned();
        if err.is_timeout() {
            XrpcError::Timeout { host }
        } else if transport::is_connect(&err) {
            XrpcError::Unreachable { host, detail }
        } else {
            XrpcError::Transport { host, detail }
        }
    }

    /// The typed error for a request to `host` that got no (complete) answer.
    pub(crate) fn from_transport(host: &str, err: TransportError) -> Self {
        match err {
            TransportError::Http(e) => XrpcError::from_reqwest(host, e),
            TransportError::Network(detail) => XrpcError::Transport { host: host.to_owned(), detail },
            TransportError::Stalled => XrpcError::Timeout { host: host.to_owned() },
        }
    }
}

/// A body the transport could not prepare was never sent: not possible as given.
impl From<Unsendable> for XrpcError {
    fn from(e: Unsendable) -> Self {
        XrpcError::Invalid(e.0)
    }
}

/// The innermost cause, which carries the useful words ("Connection refused").
fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_happened_and_whether_to_retry() {
        let too_big =
            XrpcError::Status { host: "pds".into(), status: 413, error: Some("PayloadTooLarge".into()), message: None };
        assert!(too_big.to_string().contains("larger than the server accepts"));
        assert_eq!(too_big.advice(), RetryAdvice::Never);
        let bad_gateway = XrpcError::Status { host: "pds".into(), status: 502, error: None, message: None };
        assert_eq!(bad_gateway.advice(), RetryAdvice::Backoff);
        let login = XrpcError::Status {
            host: "pds".into(),
            status: 401,
            error: Some("AuthenticationRequired".into()),
            message: Some("Invalid identifier or password".into()),
        };
        assert!(login.to_string().contains("identifier or password is wrong"));
        let limited = XrpcError::RateLimited {
            host: "pds".into(),
            wait: Duration::from_secs(30),
            reset_at: 0,
            stated: false,
            quota: None,
        };
        assert_eq!(limited.advice(), RetryAdvice::After(Duration::from_secs(30)));
        assert!(limited.to_string().contains("did not say when"));
    }
}
