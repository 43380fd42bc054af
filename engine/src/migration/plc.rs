//! The identity update's content, decided before it is signed and checked after: the PDS replaces
//! the DID document's rotation-key list with whatever the operation names, so an operation built
//! from the new PDS's recommendation alone would silently drop a recovery key the user holds —
//! the one key that lets them override a misbehaving PDS.
//!
//! The rotation keys after a move: the user's recovery key (when one is given) first, then every
//! key of the current document that is not the old PDS's own, in their order, then the new PDS's.
//! The signed operation must name exactly those keys, the handle and the endpoint shown to the
//! user; otherwise it is not submitted.

use serde_json::Value;

/// What the identity update will say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedOperation {
    /// The input for `signPlcOperation` (without the token).
    pub input: Value,
    pub rotation_keys: Vec<String>,
    pub also_known_as: Vec<String>,
    pub endpoint: String,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

/// The rotation keys after the move (see the module docs); no key twice.
pub fn rotation_keys(
    recovery: Option<&str>,
    current: &[String],
    old_pds: &[String],
    new_pds: &[String],
) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let kept = current.iter().filter(|k| !old_pds.contains(k));
    for key in recovery.map(str::to_owned).into_iter().chain(kept.cloned()).chain(new_pds.iter().cloned()) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// The operation to sign: the new PDS's recommended credentials (`getRecommendedDidCredentials`)
/// with the rotation keys of [`rotation_keys`].
pub fn plan(
    recommended: &Value,
    recovery: Option<&str>,
    current: &[String],
    old_pds: &[String],
) -> Result<PlannedOperation, String> {
    let endpoint = recommended
        .pointer("/services/atproto_pds/endpoint")
        .and_then(Value::as_str)
        .ok_or("the new PDS recommends no #atproto_pds endpoint")?
        .to_owned();
    let rotation = rotation_keys(recovery, current, old_pds, &strings(recommended.get("rotationKeys")));
    let mut input = recommended.clone();
    let object = input.as_object_mut().ok_or("the new PDS's recommended credentials are not an object")?;
    object.insert("rotationKeys".into(), Value::from(rotation.clone()));
    Ok(PlannedOperation {
        also_known_as: strings(recommended.get("alsoKnownAs")),
        rotation_keys: rotation,
        endpoint,
        input,
    })
}

/// Whether the operation the old PDS signed says what was planned (and shown).
pub fn check(signed: &Value, planned: &PlannedOperation) -> Result<(), String> {
    let keys = strings(signed.get("rotationKeys"));
    if keys != planned.rotation_keys {
        return Err(format!("rotation keys {keys:?}, expected {:?}", planned.rotation_keys));
    }
    let aka = strings(signed.get("alsoKnownAs"));
    if aka != planned.also_known_as {
        return Err(format!("handles {aka:?}, expected {:?}", planned.also_known_as));
    }
    let endpoint = signed.pointer("/services/atproto_pds/endpoint").and_then(Value::as_str).unwrap_or_default();
    if endpoint.trim_end_matches('/') != planned.endpoint.trim_end_matches('/') {
        return Err(format!("PDS endpoint {endpoint:?}, expected {:?}", planned.endpoint));
    }
    Ok(())
}

/// Whether `key` looks like a `did:key` (the user's recovery key, pasted or generated).
pub fn is_did_key(key: &str) -> bool {
    key.strip_prefix("did:key:z")
        .is_some_and(|rest| rest.len() >= 40 && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn keys(k: &[&str]) -> Vec<String> {
        k.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_users_keys_are_kept_in_order_ahead_of_the_new_pds_and_a_recovery_key_goes_first() {
        let current = keys(&["did:key:user1", "did:key:oldpds", "did:key:user2"]);
        let got = rotation_keys(None, &current, &keys(&["did:key:oldpds"]), &keys(&["did:key:newpds"]));
        assert_eq!(got, keys(&["did:key:user1", "did:key:user2", "did:key:newpds"]));
        let got = rotation_keys(Some("did:key:rec"), &current, &keys(&["did:key:oldpds"]), &keys(&["did:key:newpds"]));
        assert_eq!(got, keys(&["did:key:rec", "did:key:user1", "did:key:user2", "did:key:newpds"]));
        // Nothing twice (a recovery key already in the document).
        let got =
            rotation_keys(Some("did:key:user1"), &current, &keys(&["did:key:oldpds"]), &keys(&["did:key:newpds"]));
        assert_eq!(got, keys(&["did:key:user1", "did:key:user2", "did:key:newpds"]));
    }

    #[test]
    fn the_signed_operation_must_say_what_was_planned() {
        let recommended = json!({
            "rotationKeys": ["did:key:newpds"],
            "alsoKnownAs": ["at://alice.new.test"],
            "verificationMethods": {"atproto": "did:key:sig"},
            "services": {"atproto_pds": {"type": "AtprotoPersonalDataServer", "endpoint": "https://new.test"}},
        });
        let planned =
            plan(&recommended, None, &keys(&["did:key:user", "did:key:oldpds"]), &keys(&["did:key:oldpds"])).unwrap();
        assert_eq!(planned.input["rotationKeys"], json!(["did:key:user", "did:key:newpds"]));
        assert_eq!(planned.input["verificationMethods"], recommended["verificationMethods"]);
        let mut signed = planned.input.clone();
        signed["sig"] = json!("abc");
        assert_eq!(check(&signed, &planned), Ok(()));
        signed["rotationKeys"] = json!(["did:key:newpds"]);
        assert!(check(&signed, &planned).unwrap_err().contains("rotation keys"));
        signed["rotationKeys"] = planned.input["rotationKeys"].clone();
        signed["services"]["atproto_pds"]["endpoint"] = json!("https://elsewhere.test");
        assert!(check(&signed, &planned).unwrap_err().contains("endpoint"));
        assert!(is_did_key("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme"));
        assert!(!is_did_key("did:plc:abc") && !is_did_key("did:key:zshort"));
    }
}
