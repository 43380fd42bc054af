//! DID documents: where an identity says its PDS is. `did:plc` documents come from the PLC
//! directory (`<plc>/<did>`), `did:web` ones from `https://<host>/.well-known/did.json`.

use serde::Deserialize;

/// The PLC directory used unless told otherwise.
pub const DEFAULT_PLC_URL: &str = "https://plc.directory";

/// The parts of a DID document a migration looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DidDocument {
    pub did: String,
    /// `at://handle` entries.
    pub also_known_as: Vec<String>,
    /// The `#atproto_pds` service endpoint.
    pub pds_endpoint: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawDoc {
    id: String,
    #[serde(default)]
    also_known_as: Vec<String>,
    #[serde(default)]
    service: Vec<RawService>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawService {
    id: String,
    #[serde(default)]
    service_endpoint: serde_json::Value,
}

/// Why a DID document could not be read.
#[derive(Debug, Clone, thiserror::Error)]
#[error("could not resolve the DID document of {did} ({detail})")]
pub struct ResolveError {
    pub did: String,
    pub detail: String,
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

/// Fetches and reads the DID document of `did`.
pub async fn resolve(plc_url: &str, did: &str) -> Result<DidDocument, ResolveError> {
    let err = |detail: String| ResolveError { did: did.to_owned(), detail };
    let url = document_url(plc_url, did).ok_or_else(|| err("not a did:plc or did:web".into()))?;
    let resp = reqwest::Client::new().get(&url).send().await.map_err(|e| err(format!("{url}: {e}")))?;
    if !resp.status().is_success() {
        return Err(err(format!("{url} answered HTTP {}", resp.status().as_u16())));
    }
    let raw: RawDoc = resp.json().await.map_err(|e| err(format!("{url}: {e}")))?;
    Ok(parse(raw))
}

fn parse(raw: RawDoc) -> DidDocument {
    let pds_endpoint = raw
        .service
        .iter()
        .find(|s| s.id == "#atproto_pds" || s.id.ends_with("#atproto_pds"))
        .and_then(|s| s.service_endpoint.as_str())
        .map(str::to_owned);
    DidDocument { did: raw.id, also_known_as: raw.also_known_as, pds_endpoint }
}

/// Whether two service URLs name the same server (ignoring a trailing slash and letter case).
pub fn same_endpoint(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('/').to_ascii_lowercase();
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_pds_endpoint() {
        let raw: RawDoc = serde_json::from_str(
            r##"{"id":"did:plc:abc","alsoKnownAs":["at://a.test"],"service":[{"id":"#atproto_pds","type":"AtprotoPersonalDataServer","serviceEndpoint":"https://pds.example"}]}"##,
        )
        .unwrap();
        let doc = parse(raw);
        assert_eq!(doc.pds_endpoint.as_deref(), Some("https://pds.example"));
        assert_eq!(doc.also_known_as, vec!["at://a.test".to_owned()]);
        assert!(same_endpoint("https://PDS.example/", "https://pds.example"));
        assert_eq!(document_url("https://plc.test/", "did:plc:abc").unwrap(), "https://plc.test/did:plc:abc");
        assert_eq!(document_url("", "did:web:localhost%3A2583").unwrap(), "http://localhost:2583/.well-known/did.json");
    }
}
