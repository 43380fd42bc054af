//! Signing in to the old account through its own server (OAuth), so that Tektite never sees the
//! account's password for anything but, at most, the one call OAuth cannot make (deactivating it).
//!
//! The atproto profile of OAuth 2.1: the PDS's protected-resource metadata names its authorization
//! server (the PDS itself, or an entryway such as bsky.social) ([`discovery`]); a pushed
//! authorization request with PKCE ([`flow`]) gives the address the person opens in a browser; the
//! server sends the browser back to the face's redirect address, and the code there is exchanged for
//! DPoP-bound tokens. Every request with those tokens carries a fresh proof signed by a key made for
//! this sign-in ([`dpop`]; the key itself lives behind the transport seam: `p256` natively,
//! non-extractable WebCrypto in the browser).
//!
//! The result is an ordinary [`crate::xrpc::Session`] with an [`OAuthGrant`] attached: the XRPC
//! client then signs each request, follows the servers' DPoP nonces and refreshes at the token
//! endpoint, and the rest of the engine does not know how the account signed in.
//!
//! Why our own small client rather than `jacquard-oauth` or `atrium-oauth`: the DPoP key must be a
//! non-extractable WebCrypto key in the browser (jacquard keeps a `jose_jwk::Key` in memory; atrium
//! does not build for wasm32 as it is), and the XRPC client must keep owning refresh-and-replay,
//! rate-limit gates and streamed bodies. The cryptography is not ours: ES256 comes from `p256` or
//! WebCrypto, hashes from `sha2`.

pub mod discovery;
pub mod dpop;
pub mod flow;
pub mod grant;
pub mod scopes;

pub use discovery::AuthServer;
pub use flow::{begin, ClientIdentity, PendingSignIn, LOOPBACK_CALLBACK_PATH};
pub use grant::OAuthGrant;
pub use scopes::Purpose;

/// What went wrong signing in through the account's server.
#[derive(Debug, Clone, thiserror::Error)]
pub enum OAuthError {
    /// The PDS or its authorization server does not say how to sign in by OAuth.
    #[error("{host} does not offer signing in through the server ({detail}); use your password instead")]
    NotOffered { host: String, detail: String },
    /// A call to the authorization server failed.
    #[error("{host} refused the sign-in: {error}{}", description.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Refused { host: String, status: u16, error: String, description: Option<String> },
    /// The account is deactivated on its server, whose sign-in page would reactivate it (the
    /// reference PDS asks "Reactivate your account?" before anything else): a moved account must
    /// stay deactivated. Its password reads it without reactivating it.
    #[error("{did} is deactivated on {host}: signing in on its page would reactivate it. Use the password instead (it reads a deactivated account as it is); nothing was changed")]
    Deactivated { host: String, did: String },
    /// The person chose "Deny access" (or closed the page) on the server's own page.
    #[error("the sign-in was not allowed on {host}'s page; nothing was changed")]
    Denied { host: String },
    /// The browser came back with something that does not belong to this sign-in.
    #[error("the browser came back from the sign-in page with {0}; start the sign-in again")]
    BadRedirect(String),
    /// The server signed in another account than the one asked for.
    #[error("the server signed in {got}, not {expected}; sign in with the account you want to use")]
    WrongAccount { expected: String, got: String },
    /// No answer from the browser in time.
    #[error("nobody came back from the sign-in page within {minutes} minutes; start again")]
    TimedOut { minutes: u64 },
    /// The signing key could not be made or used (no WebCrypto, ...).
    #[error("could not make the key that protects the sign-in ({0})")]
    Key(String),
    /// The network or the server failed on the way.
    #[error(transparent)]
    Http(#[from] crate::xrpc::XrpcError),
}

impl OAuthError {
    /// What kind of retry makes sense: the network's or a server's hiccup as for any request; a
    /// refusal, a denial or a wrong account is the person's to change.
    pub fn advice(&self) -> crate::retry::RetryAdvice {
        match self {
            OAuthError::Http(e) => e.advice(),
            OAuthError::Refused { status, .. } if *status >= 500 => crate::retry::RetryAdvice::Backoff,
            _ => crate::retry::RetryAdvice::Never,
        }
    }

    /// Whether trying the same again later may work (a server or network hiccup), as opposed to
    /// something the person must change.
    pub fn is_transient(&self) -> bool {
        !matches!(self.advice(), crate::retry::RetryAdvice::Never)
    }
}
