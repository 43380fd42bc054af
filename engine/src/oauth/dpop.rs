//! DPoP proofs (RFC 9449): every request that carries an OAuth token, and every call to the token
//! endpoint, carries a fresh JWT signed by the sign-in's own key, bound to the method, the address
//! and (with a token) the token's hash. Servers hand out nonces (`DPoP-Nonce`) that proofs must
//! repeat; they rotate them every minute or so, so the latest one per server is kept and a request
//! refused with `use_dpop_nonce` is sent once more with the new one.

use std::collections::HashMap;
use std::sync::Mutex;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand_core::RngCore as _;
use reqwest::header::HeaderMap;
use sha2::{Digest, Sha256};
use url::Url;

use super::OAuthError;
use crate::runtime::unix_now;
use crate::transport::DpopKey;

/// The key of one sign-in and the nonces its servers asked for.
pub struct Dpop {
    key: DpopKey,
    /// The latest nonce per origin (the authorization server and the PDS may differ).
    nonces: Mutex<HashMap<String, String>>,
}

impl std::fmt::Debug for Dpop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Dpop(..)")
    }
}

fn origin_of(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// The address a proof names: no query, no fragment.
fn htu(url: &Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.set_fragment(None);
    u.to_string()
}

fn random_id() -> String {
    let mut bytes = [0u8; 16];
    rand_core::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

impl Dpop {
    /// A new key for a new sign-in.
    pub async fn generate() -> Result<Self, OAuthError> {
        let key = DpopKey::generate().await.map_err(OAuthError::Key)?;
        Ok(Dpop { key, nonces: Mutex::new(HashMap::new()) })
    }

    /// The proof for `method url`, bound to `access_token` when one is sent.
    pub async fn proof(&self, method: &str, url: &Url, access_token: Option<&str>) -> Result<String, OAuthError> {
        let header = serde_json::json!({ "typ": "dpop+jwt", "alg": "ES256", "jwk": self.key.public_jwk() });
        let mut claims = serde_json::json!({
            "jti": random_id(),
            "htm": method,
            "htu": htu(url),
            "iat": unix_now(),
        });
        if let Some(nonce) = self.nonce_for(url) {
            claims["nonce"] = nonce.into();
        }
        if let Some(token) = access_token {
            claims["ath"] = URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes())).into();
        }
        let input =
            format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()));
        let signature = self.key.sign(input.as_bytes()).await.map_err(OAuthError::Key)?;
        Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature)))
    }

    fn nonce_for(&self, url: &Url) -> Option<String> {
        self.nonces.lock().unwrap_or_else(|e| e.into_inner()).get(&origin_of(url)).cloned()
    }

    /// Keeps the nonce an answer from `url` carries. Returns whether it is a new one.
    pub fn note_nonce(&self, url: &Url, headers: &HeaderMap) -> bool {
        let Some(nonce) = headers.get("dpop-nonce").and_then(|v| v.to_str().ok()) else { return false };
        let mut nonces = self.nonces.lock().unwrap_or_else(|e| e.into_inner());
        nonces.insert(origin_of(url), nonce.to_owned()).as_deref() != Some(nonce)
    }
}

/// Whether an answer asks for the proof to be made again with the nonce it carries: the token
/// endpoint says so in its JSON error (400), a resource server in `WWW-Authenticate` (401).
pub fn wants_nonce(status: u16, headers: &HeaderMap, error: Option<&str>) -> bool {
    let challenged = headers
        .get_all("www-authenticate")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("use_dpop_nonce"));
    matches!(status, 400 | 401) && (challenged || error == Some("use_dpop_nonce"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(jwt: &str) -> serde_json::Value {
        let part = jwt.split('.').nth(1).unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
    }

    #[tokio::test]
    async fn a_proof_names_the_request_its_nonce_and_its_token() {
        let dpop = Dpop::generate().await.unwrap();
        let url = Url::parse("https://pds.example/xrpc/com.atproto.sync.getBlob?did=x&cid=y").unwrap();
        let first = claims(&dpop.proof("GET", &url, None).await.unwrap());
        assert_eq!(first["htu"], "https://pds.example/xrpc/com.atproto.sync.getBlob", "no query in htu");
        assert!(first.get("nonce").is_none() && first.get("ath").is_none());
        let mut headers = HeaderMap::new();
        headers.insert("dpop-nonce", "n1".parse().unwrap());
        assert!(dpop.note_nonce(&url, &headers), "a new nonce");
        assert!(!dpop.note_nonce(&url, &headers), "the same nonce again");
        let second = claims(&dpop.proof("GET", &url, Some("token")).await.unwrap());
        assert_eq!(second["nonce"], "n1");
        assert_eq!(second["ath"], URL_SAFE_NO_PAD.encode(Sha256::digest(b"token")));
        assert_ne!(first["jti"], second["jti"], "each proof is new");
        let other = Url::parse("https://entryway.example/oauth/token").unwrap();
        assert!(claims(&dpop.proof("POST", &other, None).await.unwrap()).get("nonce").is_none(), "nonces per server");
    }

    #[test]
    fn nonce_requests_are_recognised_both_ways() {
        let mut challenge = HeaderMap::new();
        challenge.insert("www-authenticate", r#"DPoP error="use_dpop_nonce", error_description="x""#.parse().unwrap());
        assert!(wants_nonce(401, &challenge, None));
        assert!(wants_nonce(400, &HeaderMap::new(), Some("use_dpop_nonce")));
        assert!(!wants_nonce(401, &HeaderMap::new(), Some("invalid_token")));
    }
}
