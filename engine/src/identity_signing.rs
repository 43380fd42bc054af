//! Identity changes signed with the user's own rotation key, for when no PDS will sign them: the
//! old server is gone, and the recovery key the user holds is what is left.
//!
//! Two things are signed here, both ES256K through [`RecoveryKey::sign`] (no cryptography of our own):
//! - **PLC operations**: the operation without `sig`, encoded as DAG-CBOR (`serde_ipld_dagcbor`,
//!   canonical key order), signed, the signature added as base64url. `prev` is the CID (CIDv1,
//!   dag-cbor, sha-256) of the operation it follows; [`operation_cid`] computes it the way the
//!   directory does, which the tests check against the directory's own log.
//! - **A service-auth token** (a JWT) that lets a new PDS create an account for an existing DID:
//!   the PDS checks it against the DID document's `#atproto` key, so the identity must first name
//!   a key we hold there.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::recovery_key::RecoveryKey;

/// The multicodec of DAG-CBOR, the codec of a PLC operation's CID.
const DAG_CBOR: u64 = 0x71;
const SHA2_256: u64 = 0x12;

/// What a new operation changes; `None` keeps the previous operation's value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdentityChange {
    pub rotation_keys: Option<Vec<String>>,
    /// The `#atproto` signing key (a `did:key`).
    pub signing_key: Option<String>,
    pub also_known_as: Option<Vec<String>>,
    /// The `#atproto_pds` endpoint.
    pub pds_endpoint: Option<String>,
}

/// Why an operation could not be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SigningError {
    #[error("the identity's last operation is not one that can be continued: {0}")]
    NotContinuable(String),
    #[error("could not encode the operation: {0}")]
    Encode(String),
}

/// The unsigned operation that follows `last` (its CID `last_cid`) with `change` applied. A
/// legacy `create` operation is continued too (its fields are mapped to today's shape).
pub fn next_operation(last: &Value, last_cid: &str, change: &IdentityChange) -> Result<Value, SigningError> {
    let (mut rotation_keys, mut verification_methods, mut also_known_as, mut services) =
        match last.get("type").and_then(Value::as_str) {
            Some("plc_operation") => (
                last.get("rotationKeys").cloned().unwrap_or(json!([])),
                last.get("verificationMethods").cloned().unwrap_or(json!({})),
                last.get("alsoKnownAs").cloned().unwrap_or(json!([])),
                last.get("services").cloned().unwrap_or(json!({})),
            ),
            Some("create") => {
                let field = |name: &str| last.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
                (
                    json!([field("recoveryKey"), field("signingKey")]),
                    json!({ "atproto": field("signingKey") }),
                    json!([format!("at://{}", field("handle"))]),
                    json!({ "atproto_pds": { "type": "AtprotoPersonalDataServer", "endpoint": field("service") } }),
                )
            }
            other => return Err(SigningError::NotContinuable(format!("type {other:?} (a tombstoned identity?)"))),
        };
    if let Some(keys) = &change.rotation_keys {
        rotation_keys = json!(keys);
    }
    if let Some(key) = &change.signing_key {
        verification_methods["atproto"] = json!(key);
    }
    if let Some(aka) = &change.also_known_as {
        also_known_as = json!(aka);
    }
    if let Some(endpoint) = &change.pds_endpoint {
        services["atproto_pds"] = json!({ "type": "AtprotoPersonalDataServer", "endpoint": endpoint });
    }
    Ok(json!({
        "type": "plc_operation",
        "rotationKeys": rotation_keys,
        "verificationMethods": verification_methods,
        "alsoKnownAs": also_known_as,
        "services": services,
        "prev": last_cid,
    }))
}

/// `operation` (without `sig`) signed by `key`.
pub fn sign_operation(operation: &Value, key: &RecoveryKey) -> Result<Value, SigningError> {
    let mut unsigned = operation.clone();
    if let Some(o) = unsigned.as_object_mut() {
        o.remove("sig");
    }
    let bytes = serde_ipld_dagcbor::to_vec(&unsigned).map_err(|e| SigningError::Encode(e.to_string()))?;
    let mut signed = unsigned;
    signed["sig"] = json!(URL_SAFE_NO_PAD.encode(key.sign(&bytes)));
    Ok(signed)
}

/// The CID of a signed operation, as the PLC directory names it (and as the next operation's `prev`).
pub fn operation_cid(signed: &Value) -> Result<String, SigningError> {
    let bytes = serde_ipld_dagcbor::to_vec(signed).map_err(|e| SigningError::Encode(e.to_string()))?;
    let digest = Sha256::digest(&bytes);
    let hash = multihash::Multihash::<64>::wrap(SHA2_256, &digest).map_err(|e| SigningError::Encode(e.to_string()))?;
    Ok(cid::Cid::new_v1(DAG_CBOR, hash).to_string())
}

/// A service-auth token from `iss` (the DID) for the service `aud` (its DID) to call `lxm` once,
/// valid `lifetime_secs` from `now_unix`, signed by `key` (which the DID document must name as
/// its `#atproto` key for the service to accept it).
pub fn service_auth_token(
    key: &RecoveryKey,
    iss: &str,
    aud: &str,
    lxm: &str,
    now_unix: u64,
    lifetime_secs: u64,
) -> String {
    let header = URL_SAFE_NO_PAD.encode(json!({ "typ": "JWT", "alg": "ES256K" }).to_string());
    let mut nonce = [0u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut nonce);
    let payload = json!({
        "iss": iss,
        "aud": aud,
        "lxm": lxm,
        "iat": now_unix,
        "exp": now_unix + lifetime_secs,
        "jti": nonce.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    });
    let signing_input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(payload.to_string()));
    let signature = URL_SAFE_NO_PAD.encode(key.sign(signing_input.as_bytes()));
    format!("{signing_input}.{signature}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last() -> Value {
        json!({
            "type": "plc_operation",
            "rotationKeys": ["did:key:zA", "did:key:zB"],
            "verificationMethods": { "atproto": "did:key:zS" },
            "alsoKnownAs": ["at://old.test"],
            "services": { "atproto_pds": { "type": "AtprotoPersonalDataServer", "endpoint": "https://old.test" } },
            "prev": null,
            "sig": "x",
        })
    }

    #[test]
    fn the_next_operation_changes_only_what_is_asked_and_points_back() {
        let change = IdentityChange { signing_key: Some("did:key:zMine".into()), ..Default::default() };
        let op = next_operation(&last(), "bafyprev", &change).unwrap();
        assert_eq!(op["prev"], "bafyprev");
        assert_eq!(op["verificationMethods"]["atproto"], "did:key:zMine");
        assert_eq!(op["rotationKeys"], json!(["did:key:zA", "did:key:zB"]));
        assert_eq!(op["services"]["atproto_pds"]["endpoint"], "https://old.test");
        assert!(op.get("sig").is_none());
        let change = IdentityChange {
            rotation_keys: Some(vec!["did:key:zR".into()]),
            also_known_as: Some(vec!["at://new.test".into()]),
            pds_endpoint: Some("https://new.test".into()),
            signing_key: None,
        };
        let op = next_operation(&last(), "bafyprev", &change).unwrap();
        assert_eq!(op["rotationKeys"], json!(["did:key:zR"]));
        assert_eq!(op["alsoKnownAs"], json!(["at://new.test"]));
        assert_eq!(op["services"]["atproto_pds"]["endpoint"], "https://new.test");
        assert!(next_operation(&json!({ "type": "plc_tombstone" }), "b", &change).is_err());
    }

    #[test]
    fn a_signed_operation_verifies_and_its_cid_is_dag_cbor() {
        use k256::ecdsa::signature::Verifier;
        use k256::ecdsa::{Signature, VerifyingKey};
        let key = RecoveryKey::generate();
        let op = next_operation(&last(), "bafyprev", &IdentityChange::default()).unwrap();
        let signed = sign_operation(&op, &key).unwrap();
        let sig = URL_SAFE_NO_PAD.decode(signed["sig"].as_str().unwrap()).unwrap();
        // The signature covers the canonical DAG-CBOR of the operation without `sig`.
        let bytes = serde_ipld_dagcbor::to_vec(&op).unwrap();
        let public = multibase::decode(key.did_key().trim_start_matches("did:key:")).unwrap().1;
        let verifying = VerifyingKey::from_sec1_bytes(&public[2..]).unwrap();
        verifying.verify(&bytes, &Signature::from_slice(&sig).unwrap()).unwrap();
        // DAG-CBOR orders map keys by length first: "sig" and "prev" come before "rotationKeys".
        let cbor = serde_ipld_dagcbor::to_vec(&signed).unwrap();
        let at = |needle: &[u8]| cbor.windows(needle.len()).position(|w| w == needle).unwrap();
        assert!(at(b"sig") < at(b"prev") && at(b"prev") < at(b"rotationKeys"));
        let cid = operation_cid(&signed).unwrap();
        assert!(cid.starts_with("bafyrei"), "{cid}");
    }

    #[test]
    fn a_service_token_names_who_for_what_and_is_signed() {
        let key = RecoveryKey::generate();
        let token =
            service_auth_token(&key, "did:plc:me", "did:web:pds.test", "com.atproto.server.createAccount", 1000, 60);
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        let payload: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
        assert_eq!(payload["iss"], "did:plc:me");
        assert_eq!(payload["aud"], "did:web:pds.test");
        assert_eq!(payload["lxm"], "com.atproto.server.createAccount");
        assert_eq!(payload["exp"], 1060);
        assert_eq!(URL_SAFE_NO_PAD.decode(parts[2]).unwrap().len(), 64);
    }
}
