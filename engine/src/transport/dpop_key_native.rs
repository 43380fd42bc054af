//! The DPoP key natively: a P-256 (ES256) key made fresh for each OAuth sign-in by `p256` and kept
//! only in this process's memory. It is never written anywhere (the resume state, caches and logs
//! never see it), and `p256` wipes it when the session is dropped.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{Signature, SigningKey};

/// A key that proves possession of an OAuth session's tokens (RFC 9449).
pub struct DpopKey {
    key: SigningKey,
}

impl std::fmt::Debug for DpopKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DpopKey(..)")
    }
}

impl DpopKey {
    /// A new key from the operating system's randomness.
    pub async fn generate() -> Result<Self, String> {
        Ok(DpopKey { key: SigningKey::random(&mut rand_core::OsRng) })
    }

    /// The public half as a JWK (`kty`, `crv`, `x`, `y`), for the proofs' header.
    pub fn public_jwk(&self) -> serde_json::Value {
        let point = self.key.verifying_key().to_encoded_point(false);
        let coordinate = |c: Option<&p256::FieldBytes>| URL_SAFE_NO_PAD.encode(c.map(|c| c.as_slice()).unwrap_or(&[]));
        serde_json::json!({ "kty": "EC", "crv": "P-256", "x": coordinate(point.x()), "y": coordinate(point.y()) })
    }

    /// An ES256 signature of `input`: `r ‖ s`, 64 bytes, as JWS wants it.
    pub async fn sign(&self, input: &[u8]) -> Result<Vec<u8>, String> {
        let signature: Signature = self.key.sign(input);
        Ok(signature.to_bytes().to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::signature::Verifier as _;

    #[tokio::test]
    async fn signs_what_its_public_key_verifies() {
        let key = DpopKey::generate().await.unwrap();
        let jwk = key.public_jwk();
        let x = URL_SAFE_NO_PAD.decode(jwk["x"].as_str().unwrap()).unwrap();
        let y = URL_SAFE_NO_PAD.decode(jwk["y"].as_str().unwrap()).unwrap();
        let point = p256::EncodedPoint::from_affine_coordinates(x.as_slice().into(), y.as_slice().into(), false);
        let public = p256::ecdsa::VerifyingKey::from_encoded_point(&point).unwrap();
        let sig = key.sign(b"header.payload").await.unwrap();
        assert_eq!(sig.len(), 64);
        public.verify(b"header.payload", &Signature::from_slice(&sig).unwrap()).unwrap();
        assert_eq!(format!("{key:?}"), "DpopKey(..)", "a key is never printed");
    }
}
