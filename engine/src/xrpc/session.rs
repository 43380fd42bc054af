//! An authenticated session: the tokens, and when the access token runs out.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::oauth::OAuthGrant;

/// Tokens from `createSession` / `refreshSession`. Held in memory only; never written to disk.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub did: String,
    pub handle: String,
    pub access_jwt: String,
    pub refresh_jwt: String,
    #[serde(default)]
    pub active: Option<bool>,
    #[serde(default)]
    pub status: Option<String>,
    /// The account's email address, where the PDS sends its confirmation tokens.
    #[serde(default)]
    pub email: Option<String>,
    /// The account's DID document, as `createSession` returns it: where its data lives.
    #[serde(default, rename = "didDoc", skip_serializing)]
    pub did_doc: Option<serde_json::Value>,
    /// When the access token runs out (Unix seconds), where the server said so (OAuth's
    /// `expires_in`); otherwise read from the token itself.
    #[serde(skip)]
    pub expires_at: Option<u64>,
    /// When the access token was issued (Unix seconds), where known: with `expires_at`, how long
    /// tokens live here, which sets how early to renew them.
    #[serde(skip)]
    pub issued_at: Option<u64>,
    /// An OAuth session's DPoP key and token endpoint: its requests are signed, and it is renewed
    /// there instead of with `refreshSession`. `None` for a password session.
    #[serde(skip)]
    pub oauth: Option<Arc<OAuthGrant>>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Tokens are credentials: keep them out of logs.
        f.debug_struct("Session")
            .field("did", &self.did)
            .field("handle", &self.handle)
            .field("oauth", &self.oauth.is_some())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// The access token's `exp` (Unix seconds), read from the JWT payload without verifying it:
    /// only used to refresh ahead of time, the server stays the judge.
    pub fn access_expires_at(&self) -> Option<u64> {
        self.expires_at.or_else(|| jwt_exp(&self.access_jwt))
    }

    /// Whether the access token should be renewed before it is used at `now`: when less than five
    /// minutes are left, or a quarter of its lifetime for short-lived tokens (a server that hands out
    /// 20-second tokens is not asked for a new one before every request).
    pub fn renewal_due(&self, now: u64, margin: u64) -> bool {
        let Some(exp) = self.access_expires_at() else { return false };
        let issued = self.issued_at.or_else(|| jwt_claim(&self.access_jwt, "iat"));
        let margin = match issued {
            Some(iat) if exp > iat => margin.min((exp - iat) / 4),
            _ => margin,
        };
        exp <= now + margin
    }

    /// Whether the session was made by OAuth (through the account's server, no password).
    pub fn is_oauth(&self) -> bool {
        self.oauth.is_some()
    }
}

fn jwt_exp(jwt: &str) -> Option<u64> {
    jwt_claim(jwt, "exp")
}

fn jwt_claim(jwt: &str, claim: &str) -> Option<u64> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64url_decode(payload)?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    v.get(claim)?.as_u64()
}

fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter(|&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_exp_from_a_jwt() {
        // {"alg":"ES256K"} . {"scope":"com.atproto.access","sub":"did:plc:x","exp":1700007200} . sig
        let jwt = "eyJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImNvbS5hdHByb3RvLmFjY2VzcyIsInN1YiI6ImRpZDpwbGM6eCIsImV4cCI6MTcwMDAwNzIwMH0.c2ln";
        assert_eq!(jwt_exp(jwt), Some(1_700_007_200));
        assert_eq!(jwt_exp("garbage"), None);
    }

    #[test]
    fn short_lived_tokens_are_renewed_at_a_quarter_of_their_life() {
        let session = |iat: u64, exp: u64| Session {
            did: "did:plc:x".into(),
            handle: String::new(),
            access_jwt: "opaque".into(),
            refresh_jwt: String::new(),
            active: None,
            status: None,
            email: None,
            did_doc: None,
            expires_at: Some(exp),
            issued_at: Some(iat),
            oauth: None,
        };
        // Two hours: five minutes ahead.
        assert!(!session(0, 7200).renewal_due(6800, 300));
        assert!(session(0, 7200).renewal_due(6901, 300));
        // Twenty seconds: five seconds ahead, not before every request.
        assert!(!session(1000, 1020).renewal_due(1010, 300));
        assert!(session(1000, 1020).renewal_due(1016, 300));
    }
}
