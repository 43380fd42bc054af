//! `did:web` accounts: no PLC directory, no emailed code. The user owns the DID document (a
//! `did.json` on their web server), so the move stops where a `did:plc` would be updated, says
//! exactly what the document must now say — the new PDS's endpoint, the signing key the new PDS
//! recommends, the new handle — and goes on once the published document says it.

use serde::Serialize;
use serde_json::{json, Value};
use tektite_i18n::tr;

use crate::identity::{self, DidDocument};

/// What the user must publish, and what the published document still lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DidWebUpdate {
    pub did: String,
    /// Where the document is published (`https://host/.well-known/did.json`).
    pub document_url: String,
    /// The `#atproto_pds` service endpoint it must name.
    pub pds_endpoint: String,
    /// The `#atproto` signing key (`did:key:…`) it must name, as a `Multikey`.
    pub signing_key: String,
    /// The handle it must name (`at://handle` in `alsoKnownAs`).
    pub handle: String,
    /// What the published document still lacks, in words (empty when nothing).
    pub lacking: Vec<String>,
    /// The whole document to publish: the current one with those three things changed.
    pub document: Value,
}

/// What the new PDS recommends (`getRecommendedDidCredentials`), for a `did:web`.
pub fn wanted(did: &str, recommended: &Value, fallback_endpoint: &str, handle: &str) -> Result<DidWebUpdate, String> {
    let signing_key = recommended
        .pointer("/verificationMethods/atproto")
        .and_then(Value::as_str)
        .ok_or("the new PDS recommends no signing key (getRecommendedDidCredentials)")?
        .to_owned();
    let pds_endpoint = recommended
        .pointer("/services/atproto_pds/endpoint")
        .and_then(Value::as_str)
        .unwrap_or(fallback_endpoint)
        .trim_end_matches('/')
        .to_owned();
    Ok(DidWebUpdate {
        did: did.to_owned(),
        document_url: identity::document_url("", did).unwrap_or_default(),
        pds_endpoint,
        signing_key,
        handle: handle.to_owned(),
        lacking: Vec::new(),
        document: Value::Null,
    })
}

impl DidWebUpdate {
    /// Compares with the published document (`doc`, and its raw JSON when it could be read):
    /// fills in what is lacking and the document to publish.
    pub fn against(mut self, doc: Option<&DidDocument>, raw: Option<&Value>) -> DidWebUpdate {
        self.lacking = match doc {
            None => vec![tr!("did-web-unreadable", url = &self.document_url)],
            Some(doc) => {
                let mut lacking = Vec::new();
                if !doc.pds_endpoint.as_deref().is_some_and(|p| identity::same_endpoint(p, &self.pds_endpoint)) {
                    lacking.push(match doc.pds_endpoint.as_deref() {
                        Some(now) => tr!("did-web-lacks-pds", pds = &self.pds_endpoint, now = now),
                        None => tr!("did-web-lacks-pds-missing", pds = &self.pds_endpoint),
                    });
                }
                if doc.signing_key.as_deref() != Some(self.signing_key.as_str()) {
                    lacking.push(match doc.signing_key.as_deref() {
                        Some(now) => tr!("did-web-lacks-key", key = &self.signing_key, now = now),
                        None => tr!("did-web-lacks-key-missing", key = &self.signing_key),
                    });
                }
                if !doc.names_handle(&self.handle) {
                    lacking.push(tr!("did-web-lacks-handle", handle = &self.handle));
                }
                lacking
            }
        };
        self.document = self.document_from(raw);
        self
    }

    /// The current document (or a minimal one) with the endpoint, key and handle the move needs;
    /// anything else the user keeps there stays as it is.
    fn document_from(&self, raw: Option<&Value>) -> Value {
        let mut doc = raw.cloned().filter(Value::is_object).unwrap_or_else(|| {
            json!({ "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"], "id": self.did })
        });
        let key = self.signing_key.strip_prefix("did:key:").unwrap_or(&self.signing_key);
        let method = json!({ "id": format!("{}#atproto", self.did), "type": "Multikey", "controller": self.did, "publicKeyMultibase": key });
        let service =
            json!({ "id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": self.pds_endpoint });
        let handle = format!("at://{}", self.handle);
        let obj = doc.as_object_mut().expect("an object");
        replace_entry(obj, "verificationMethod", method, |m| id_is(m, "#atproto"));
        replace_entry(obj, "service", service, |s| id_is(s, "#atproto_pds"));
        let aka = obj.entry("alsoKnownAs").or_insert_with(|| json!([]));
        if let Some(list) = aka.as_array_mut() {
            // The account's handle goes first; other at:// names are the old handle's, now stale.
            list.retain(|v| !v.as_str().is_some_and(|s| s.starts_with("at://")));
            list.insert(0, Value::String(handle));
        }
        doc
    }
}

fn id_is(entry: &Value, fragment: &str) -> bool {
    entry.get("id").and_then(Value::as_str).is_some_and(|id| id == fragment || id.ends_with(fragment))
}

/// Puts `new` in the array `key` of `obj` in place of the entries `matches` picks (or appends it).
fn replace_entry(obj: &mut serde_json::Map<String, Value>, key: &str, new: Value, matches: impl Fn(&Value) -> bool) {
    let list = obj.entry(key).or_insert_with(|| json!([]));
    if !list.is_array() {
        *list = json!([]);
    }
    let items = list.as_array_mut().expect("an array");
    items.retain(|v| !matches(v));
    items.push(new);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recommended() -> Value {
        json!({
            "verificationMethods": { "atproto": "did:key:zQ3shNew" },
            "services": { "atproto_pds": { "type": "AtprotoPersonalDataServer", "endpoint": "https://new.example" } },
            "alsoKnownAs": ["at://alice.new.example"],
        })
    }

    #[test]
    fn says_what_the_published_document_lacks_and_what_to_publish() {
        let current = json!({
            "id": "did:web:alice.example",
            "alsoKnownAs": ["at://alice.old.example"],
            "verificationMethod": [{ "id": "did:web:alice.example#atproto", "type": "Multikey", "controller": "did:web:alice.example", "publicKeyMultibase": "zQ3shOld" }],
            "service": [
                { "id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": "https://old.example" },
                { "id": "#blog", "type": "Website", "serviceEndpoint": "https://alice.example/blog" },
            ],
        });
        let doc = DidDocument::from_json(&current).unwrap();
        let update = wanted("did:web:alice.example", &recommended(), "https://fallback", "alice.new.example")
            .unwrap()
            .against(Some(&doc), Some(&current));
        assert_eq!(update.document_url, "https://alice.example/.well-known/did.json");
        assert_eq!(update.lacking.len(), 3, "{:?}", update.lacking);
        assert!(update.lacking[0].contains("https://new.example") && update.lacking[1].contains("zQ3shNew"));

        // The document to publish says exactly that, and keeps the user's other entries.
        let published = DidDocument::from_json(&update.document).unwrap();
        assert_eq!(published.pds_endpoint.as_deref(), Some("https://new.example"));
        assert_eq!(published.signing_key.as_deref(), Some("did:key:zQ3shNew"));
        assert!(published.names_handle("alice.new.example") && !published.names_handle("alice.old.example"));
        assert!(update.document.to_string().contains("#blog"));
        let again = wanted("did:web:alice.example", &recommended(), "", "alice.new.example")
            .unwrap()
            .against(Some(&published), Some(&update.document));
        assert!(again.lacking.is_empty(), "{:?}", again.lacking);
        assert!(wanted("did:web:a", &json!({}), "", "a").is_err());
    }
}
