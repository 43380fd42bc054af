//! Where an account signs in: its PDS's protected-resource metadata names the authorization server
//! (RFC 9728), whose own metadata (RFC 8414) gives the endpoints. Both documents are checked
//! against what asked for them: a resource that names another resource, or an issuer that calls
//! itself something else, is refused (as the atproto profile requires).

use serde::Deserialize;
use url::Url;

use super::OAuthError;
use crate::xrpc::XrpcError;

/// An authorization server's endpoints, as its metadata states them.
#[derive(Debug, Clone, Deserialize)]
pub struct AuthServer {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub pushed_authorization_request_endpoint: Option<String>,
    #[serde(default)]
    pub dpop_signing_alg_values_supported: Vec<String>,
    #[serde(default)]
    pub scopes_supported: Vec<String>,
}

#[derive(Deserialize)]
struct ProtectedResource {
    resource: String,
    #[serde(default)]
    authorization_servers: Vec<String>,
}

/// `host[:port]` of an address given as text (itself when it is not one).
pub(super) fn host_of(url: &str) -> String {
    Url::parse(url).map(|u| crate::xrpc::host_of(&u)).unwrap_or_else(|_| url.to_owned())
}

/// `https://host[:port]`, the form both metadata documents use for their identifiers.
fn origin(url: &str) -> String {
    url.trim().trim_end_matches('/').to_owned()
}

async fn get_json<T: serde::de::DeserializeOwned>(http: &reqwest::Client, url: &str) -> Result<T, OAuthError> {
    let host = host_of(url);
    let not_offered = |detail: String| OAuthError::NotOffered { host: host.clone(), detail };
    let resp = http
        .get(url)
        .header("accept", "application/json")
        .timeout(std::time::Duration::from_secs(20))
        .send()
        .await
        .map_err(|e| OAuthError::Http(XrpcError::from_reqwest(&host, e)))?;
    let status = resp.status().as_u16();
    if status == 404 {
        return Err(not_offered(format!("no {}", Url::parse(url).map(|u| u.path().to_owned()).unwrap_or_default())));
    }
    if !(200..300).contains(&status) {
        return Err(OAuthError::Http(XrpcError::Status { host, status, error: None, message: None }));
    }
    let bytes = resp.bytes().await.map_err(|e| OAuthError::Http(XrpcError::from_reqwest(&host, e)))?;
    serde_json::from_slice(&bytes).map_err(|e| not_offered(format!("{url} is not metadata Tektite can read: {e}")))
}

/// The authorization server of the PDS at `pds` (`https://host[:port]`).
pub async fn authorization_server(http: &reqwest::Client, pds: &str) -> Result<AuthServer, OAuthError> {
    let pds = origin(pds);
    let resource: ProtectedResource = get_json(http, &format!("{pds}/.well-known/oauth-protected-resource")).await?;
    if origin(&resource.resource) != pds {
        return Err(OAuthError::NotOffered {
            host: host_of(&pds),
            detail: format!("its metadata describes {} instead", resource.resource),
        });
    }
    let Some(issuer) = resource.authorization_servers.first().map(|s| origin(s)) else {
        return Err(OAuthError::NotOffered { host: host_of(&pds), detail: "it names no authorization server".into() });
    };
    let server: AuthServer = get_json(http, &format!("{issuer}/.well-known/oauth-authorization-server")).await?;
    check(&server, &issuer)?;
    Ok(server)
}

/// What Tektite relies on: the issuer is the one asked for, PAR exists, ES256 proofs are taken.
fn check(server: &AuthServer, issuer: &str) -> Result<(), OAuthError> {
    let refuse = |detail: String| Err(OAuthError::NotOffered { host: host_of(issuer), detail });
    if origin(&server.issuer) != issuer {
        return refuse(format!("its metadata names the issuer {}", server.issuer));
    }
    if server.pushed_authorization_request_endpoint.is_none() {
        return refuse("it takes no pushed authorization requests".into());
    }
    if !server.dpop_signing_alg_values_supported.iter().any(|a| a == "ES256") {
        return refuse("it takes no ES256 DPoP proofs".into());
    }
    for endpoint in [&server.authorization_endpoint, &server.token_endpoint] {
        if Url::parse(endpoint).is_err() {
            return refuse(format!("`{endpoint}` is not an address"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(issuer: &str) -> AuthServer {
        serde_json::from_value(serde_json::json!({
            "issuer": issuer,
            "authorization_endpoint": format!("{issuer}/oauth/authorize"),
            "token_endpoint": format!("{issuer}/oauth/token"),
            "pushed_authorization_request_endpoint": format!("{issuer}/oauth/par"),
            "dpop_signing_alg_values_supported": ["ES256"],
        }))
        .unwrap()
    }

    #[test]
    fn an_issuer_must_be_what_it_was_asked_as() {
        assert!(check(&server("https://pds.example"), "https://pds.example").is_ok());
        let other = check(&server("https://evil.example"), "https://pds.example").unwrap_err();
        assert!(other.to_string().contains("evil.example"), "{other}");
        let mut no_par = server("https://pds.example");
        no_par.pushed_authorization_request_endpoint = None;
        assert!(check(&no_par, "https://pds.example").is_err());
    }
}
