//! Who an account is and where it lives, the way the protocol says: handle → DID (DNS TXT
//! `_atproto.<handle>`, then `https://<handle>/.well-known/atproto-did`, then
//! `com.atproto.identity.resolveHandle` on a resolver service) → DID document (`did:plc` from the
//! PLC directory, `did:web` from `.well-known/did.json`) → the `#atproto_pds` endpoint. A handle
//! counts only when the document names it back (`alsoKnownAs`).
//!
//! A real user knows their handle, not their PDS: with this the old PDS's address is optional
//! everywhere. The DNS lookup is the one target difference ([`crate::transport::dns_txt`]: a DNS
//! resolver natively, DNS-over-HTTPS in the browser, which has no DNS); the rest is plain HTTP.

use std::time::Duration;

use serde::Deserialize;

use crate::transport;

/// The PLC directory used unless told otherwise.
pub const DEFAULT_PLC_URL: &str = "https://plc.directory";
/// The service asked to resolve a handle when DNS and `.well-known` do not answer.
pub const DEFAULT_HANDLE_RESOLVER: &str = "https://public.api.bsky.app";

/// How long one lookup (a DNS query, a `.well-known` file, a resolver call) may take.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(8);

/// Where identities are looked up. Both are knobs for operators and tests (a lab resolves its own
/// handles through its PDS, without DNS).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolver {
    /// The PLC directory, for `did:plc` documents.
    pub plc_url: String,
    /// A service answering `com.atproto.identity.resolveHandle`.
    pub handle_resolver: String,
}

impl Default for Resolver {
    fn default() -> Self {
        Resolver { plc_url: DEFAULT_PLC_URL.to_owned(), handle_resolver: DEFAULT_HANDLE_RESOLVER.to_owned() }
    }
}

/// The parts of a DID document a migration looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DidDocument {
    pub did: String,
    /// `at://handle` entries.
    pub also_known_as: Vec<String>,
    /// The `#atproto_pds` service endpoint.
    pub pds_endpoint: Option<String>,
    /// The `#atproto` signing key as a `did:key`, when it is given as a `Multikey`.
    pub signing_key: Option<String>,
}

impl DidDocument {
    /// Whether the document names `handle` as the account's handle.
    pub fn names_handle(&self, handle: &str) -> bool {
        let handle = handle.trim().trim_start_matches('@');
        self.also_known_as.iter().any(|a| a.strip_prefix("at://").is_some_and(|h| h.eq_ignore_ascii_case(handle)))
    }

    /// The handle the document names, if any.
    pub fn handle(&self) -> Option<&str> {
        self.also_known_as.iter().find_map(|a| a.strip_prefix("at://"))
    }

    /// Reads a document as `createSession` returns it (`didDoc`) or as a directory serves it.
    pub fn from_json(value: &serde_json::Value) -> Option<DidDocument> {
        serde_json::from_value::<RawDoc>(value.clone()).ok().map(parse)
    }
}

/// An account found: its DID, its verified handle (when it was looked up by handle), its document,
/// and the PDS that holds its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub did: String,
    pub handle: Option<String>,
    pub document: DidDocument,
    pub pds: String,
}

/// Why an identity could not be resolved. Every one is the user's to check (a typo, a handle whose
/// DNS record is missing): nothing has been changed anywhere.
#[derive(Debug, Clone, thiserror::Error)]
pub enum IdentityError {
    #[error("the handle `{handle}` could not be resolved to a DID ({detail}); check the spelling, or give the account's DID")]
    UnknownHandle { handle: String, detail: String },
    #[error("could not read the DID document of {did} ({detail})")]
    Document { did: String, detail: String },
    #[error("the DID document of {did} names no PDS (no #atproto_pds service)")]
    NoPds { did: String },
    #[error("the handle `{handle}` points at {did}, but that DID's document does not name the handle back ({names}); the handle is not verified: use the DID, or fix the handle's DNS record or .well-known file")]
    HandleMismatch { handle: String, did: String, names: String },
    #[error("the PLC directory did not accept the change to {did} ({detail})")]
    PlcRefused { did: String, detail: String },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawDoc {
    id: String,
    #[serde(default)]
    also_known_as: Vec<String>,
    #[serde(default)]
    service: Vec<RawService>,
    #[serde(default)]
    verification_method: Vec<RawMethod>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawMethod {
    id: String,
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    public_key_multibase: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawService {
    id: String,
    #[serde(default)]
    service_endpoint: serde_json::Value,
}

#[derive(Deserialize)]
struct ResolveHandleOutput {
    did: String,
}

/// Where the DID document of `did` lives.
pub fn document_url(plc_url: &str, did: &str) -> Option<String> {
    if did.starts_with("did:plc:") {
        Some(format!("{}/{did}", plc_url.trim_end_matches('/')))
    } else if let Some(host) = did.strip_prefix("did:web:") {
        // A port is written `%3A` in a did:web; a path would be `:`-separated (not used by PDSes).
        let host = host.replace("%3A", ":").replace("%3a", ":");
        let scheme = if host.starts_with("localhost") { "http" } else { "https" };
        Some(format!("{scheme}://{host}/.well-known/did.json"))
    } else {
        None
    }
}

/// Whether two service URLs name the same server (ignoring a trailing slash and letter case).
pub fn same_endpoint(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('/').to_ascii_lowercase();
    norm(a) == norm(b)
}

/// Names under the special-use top-level domains (RFC 6761/6762) never resolve on the internet:
/// asking DNS or a web server about them only costs time. Labs use them; the resolver service
/// still answers for them.
fn special_use(handle: &str) -> bool {
    let tld = handle.rsplit('.').next().unwrap_or_default().to_ascii_lowercase();
    matches!(tld.as_str(), "test" | "example" | "invalid" | "localhost" | "local" | "internal")
}

/// A DID as a handle's DNS record or `.well-known` file states it.
fn did_in(text: &str) -> Option<String> {
    let text = text.trim();
    let did = text.strip_prefix("did=").unwrap_or(text).trim();
    (did.starts_with("did:plc:") || did.starts_with("did:web:")).then(|| did.to_owned())
}

fn parse(raw: RawDoc) -> DidDocument {
    let pds_endpoint = raw
        .service
        .iter()
        .find(|s| s.id == "#atproto_pds" || s.id.ends_with("#atproto_pds"))
        .and_then(|s| s.service_endpoint.as_str())
        .map(|s| s.trim_end_matches('/').to_owned());
    let signing_key = raw
        .verification_method
        .iter()
        .find(|m| (m.id == "#atproto" || m.id.ends_with("#atproto")) && m.kind == "Multikey")
        .and_then(|m| m.public_key_multibase.as_deref())
        .map(|k| format!("did:key:{k}"));
    DidDocument { did: raw.id, also_known_as: raw.also_known_as, pds_endpoint, signing_key }
}

impl Resolver {
    /// `handle` → DID: DNS, then `.well-known`, then the resolver service (each failure is noted,
    /// the next way tried).
    pub async fn handle_to_did(&self, handle: &str) -> Result<String, IdentityError> {
        let handle = handle.trim().trim_start_matches('@').to_ascii_lowercase();
        let mut tried = Vec::new();
        if !special_use(&handle) {
            match transport::dns_txt(&format!("_atproto.{handle}"), LOOKUP_TIMEOUT).await {
                Ok(records) => match records.iter().find_map(|r| did_in(r)) {
                    Some(did) => return Ok(did),
                    None => tried.push("no DNS record _atproto".to_owned()),
                },
                Err(e) => tried.push(format!("DNS: {e}")),
            }
            let url = format!("https://{handle}/.well-known/atproto-did");
            match get_text(&url).await {
                Ok(text) => match did_in(&text) {
                    Some(did) => return Ok(did),
                    None => tried.push(format!("{url} holds no DID")),
                },
                Err(e) => tried.push(e),
            }
        }
        let url = format!(
            "{}/xrpc/com.atproto.identity.resolveHandle?handle={}",
            self.handle_resolver.trim_end_matches('/'),
            handle
        );
        match get_text(&url)
            .await
            .and_then(|t| serde_json::from_str::<ResolveHandleOutput>(&t).map_err(|e| e.to_string()))
        {
            Ok(out) if did_in(&out.did).is_some() => Ok(out.did),
            Ok(out) => {
                tried.push(format!("the resolver answered `{}`", out.did));
                Err(IdentityError::UnknownHandle { handle, detail: tried.join("; ") })
            }
            Err(e) => {
                tried.push(e);
                Err(IdentityError::UnknownHandle { handle, detail: tried.join("; ") })
            }
        }
    }

    /// The DID document of `did`.
    pub async fn document(&self, did: &str) -> Result<DidDocument, IdentityError> {
        self.document_with_json(did).await.map(|(doc, _)| doc)
    }

    /// The DID document of `did`, and the JSON it was read from (a `did:web` owner edits it).
    pub async fn document_with_json(&self, did: &str) -> Result<(DidDocument, serde_json::Value), IdentityError> {
        let err = |detail: String| IdentityError::Document { did: did.to_owned(), detail };
        let url = document_url(&self.plc_url, did).ok_or_else(|| err("not a did:plc or did:web".into()))?;
        let text = get_text(&url).await.map_err(err)?;
        let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| err(format!("{url}: {e}")))?;
        let raw: RawDoc = serde_json::from_value(json.clone()).map_err(|e| err(format!("{url}: {e}")))?;
        Ok((parse(raw), json))
    }

    /// The rotation keys of a `did:plc` identity's current operation (`<plc>/<did>/data`), in order:
    /// who may sign its next changes.
    pub async fn plc_rotation_keys(&self, did: &str) -> Result<Vec<String>, IdentityError> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Data {
            #[serde(default)]
            rotation_keys: Vec<String>,
        }
        let err = |detail: String| IdentityError::Document { did: did.to_owned(), detail };
        let url = format!("{}/{did}/data", self.plc_url.trim_end_matches('/'));
        let text = get_text(&url).await.map_err(err)?;
        let data: Data = serde_json::from_str(&text).map_err(|e| err(format!("{url}: {e}")))?;
        Ok(data.rotation_keys)
    }

    /// The PLC directory's audit log of `did` (`<plc>/<did>/log/audit`), as JSON: every operation
    /// with its CID, oldest first. A backup keeps it; a restore continues from its last entry.
    pub async fn plc_audit_log(&self, did: &str) -> Result<serde_json::Value, IdentityError> {
        let err = |detail: String| IdentityError::Document { did: did.to_owned(), detail };
        let url = format!("{}/{did}/log/audit", self.plc_url.trim_end_matches('/'));
        let text = get_text(&url).await.map_err(err)?;
        serde_json::from_str(&text).map_err(|e| err(format!("{url}: {e}")))
    }

    /// The identity's current operation and its CID (the last entry of the audit log that was not
    /// overridden): what the next operation must name as `prev`.
    pub async fn plc_last_operation(&self, did: &str) -> Result<(serde_json::Value, String), IdentityError> {
        let log = self.plc_audit_log(did).await?;
        log.as_array()
            .and_then(|entries| {
                entries.iter().rev().find(|e| !e.get("nullified").and_then(serde_json::Value::as_bool).unwrap_or(false))
            })
            .and_then(|e| Some((e.get("operation")?.clone(), e.get("cid")?.as_str()?.to_owned())))
            .ok_or_else(|| IdentityError::Document {
                did: did.to_owned(),
                detail: "the PLC directory's log is empty".into(),
            })
    }

    /// Sends a signed operation straight to the PLC directory, which checks it (signature by a
    /// current rotation key, `prev`, shape) and refuses it with its reason otherwise.
    pub async fn plc_submit(&self, did: &str, operation: &serde_json::Value) -> Result<(), IdentityError> {
        let url = format!("{}/{did}", self.plc_url.trim_end_matches('/'));
        let err = |detail: String| IdentityError::PlcRefused { did: did.to_owned(), detail };
        let client = transport::http_client().map_err(|e| err(format!("{url}: {e}")))?;
        let resp = client
            .post(&url)
            .json(operation)
            .timeout(LOOKUP_TIMEOUT)
            .send()
            .await
            .map_err(|e| err(format!("{url}: {e}")))?;
        if resp.status().is_success() {
            return Ok(());
        }
        let status = resp.status().as_u16();
        let body = resp.text().await.unwrap_or_default();
        Err(err(format!("HTTP {status}: {}", body.chars().take(300).collect::<String>())))
    }

    /// A handle or DID → the account's DID, document and PDS; a handle must be named back by the
    /// document.
    pub async fn locate(&self, id: &str) -> Result<Located, IdentityError> {
        let id = id.trim().trim_start_matches('@');
        let (did, handle) = if id.starts_with("did:") {
            (id.to_owned(), None)
        } else {
            (self.handle_to_did(id).await?, Some(id.to_ascii_lowercase()))
        };
        let document = self.document(&did).await?;
        if let Some(h) = &handle {
            if !document.names_handle(h) {
                let names = if document.also_known_as.is_empty() {
                    "no handle".into()
                } else {
                    document.also_known_as.join(", ")
                };
                return Err(IdentityError::HandleMismatch { handle: h.clone(), did, names });
            }
        }
        let pds = document.pds_endpoint.clone().ok_or_else(|| IdentityError::NoPds { did: did.clone() })?;
        Ok(Located { did, handle, document, pds })
    }
}

/// A small text answer from `url` (a document, a `.well-known` file, a resolver's JSON), or why not.
async fn get_text(url: &str) -> Result<String, String> {
    let client = transport::http_client().map_err(|e| format!("{url}: {e}"))?;
    let resp = client.get(url).timeout(LOOKUP_TIMEOUT).send().await.map_err(|e| format!("{url}: {e}"))?;
    if !resp.status().is_success() {
        return Err(format!("{url} answered HTTP {}", resp.status().as_u16()));
    }
    resp.text().await.map_err(|e| format!("{url}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_pds_endpoint_and_the_handle() {
        let raw: RawDoc = serde_json::from_str(
            r##"{"id":"did:plc:abc","alsoKnownAs":["at://a.test"],"service":[{"id":"#atproto_pds","type":"AtprotoPersonalDataServer","serviceEndpoint":"https://pds.example/"}]}"##,
        )
        .unwrap();
        let doc = parse(raw);
        assert_eq!(doc.pds_endpoint.as_deref(), Some("https://pds.example"));
        assert_eq!(doc.also_known_as, vec!["at://a.test".to_owned()]);
        assert!(doc.names_handle("@A.test") && !doc.names_handle("b.test"));
        assert_eq!(doc.handle(), Some("a.test"));
        assert!(same_endpoint("https://PDS.example/", "https://pds.example"));
        assert_eq!(document_url("https://plc.test/", "did:plc:abc").unwrap(), "https://plc.test/did:plc:abc");
        assert_eq!(document_url("", "did:web:localhost%3A2583").unwrap(), "http://localhost:2583/.well-known/did.json");
        let json = serde_json::json!({"id": "did:plc:x", "service": []});
        assert_eq!(DidDocument::from_json(&json).unwrap().pds_endpoint, None);
    }

    #[test]
    fn dns_and_well_known_answers_are_read_and_lab_names_skip_them() {
        assert_eq!(did_in("did=did:plc:abc\n").as_deref(), Some("did:plc:abc"));
        assert_eq!(did_in(" did:web:example.com ").as_deref(), Some("did:web:example.com"));
        assert_eq!(did_in("v=spf1 -all"), None);
        assert!(special_use("alice.old.test") && special_use("bob.localhost"));
        assert!(!special_use("alice.bsky.social"));
    }
}
