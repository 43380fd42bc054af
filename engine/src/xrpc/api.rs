//! The typed ATProto calls Tektite uses, as methods on [`XrpcClient`].

use serde::{Deserialize, Serialize};

use super::{Auth, Session, XrpcClient, XrpcError};

/// A blob reference as `uploadBlob` returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobRef {
    pub cid: String,
    pub mime_type: String,
    pub size: u64,
}

#[derive(Deserialize)]
pub(crate) struct UploadBlobOutput {
    pub blob: RawBlobRef,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RawBlobRef {
    #[serde(rename = "ref")]
    link: Link,
    mime_type: String,
    size: u64,
}

#[derive(Deserialize)]
struct Link {
    #[serde(rename = "$link")]
    link: String,
}

impl From<RawBlobRef> for BlobRef {
    fn from(r: RawBlobRef) -> Self {
        BlobRef { cid: r.link.link, mime_type: r.mime_type, size: r.size }
    }
}

/// A blob the new PDS's records reference but it does not have yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordBlob {
    pub cid: String,
    pub record_uri: String,
}

#[derive(Debug, Deserialize)]
pub struct ListMissingBlobsPage {
    pub cursor: Option<String>,
    pub blobs: Vec<RecordBlob>,
}

#[derive(Debug, Deserialize)]
pub struct ListBlobsPage {
    pub cursor: Option<String>,
    pub cids: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerDescription {
    pub did: String,
    #[serde(default)]
    pub available_user_domains: Vec<String>,
    #[serde(default)]
    pub invite_code_required: Option<bool>,
    #[serde(default)]
    pub phone_verification_required: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountStatus {
    pub activated: bool,
    #[serde(default)]
    pub expected_blobs: u64,
    #[serde(default)]
    pub imported_blobs: u64,
    #[serde(default)]
    pub repo_commit: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreateSessionInput<'a> {
    identifier: &'a str,
    password: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    auth_factor_token: Option<&'a str>,
}

#[derive(Deserialize)]
struct ResolveHandleOutput {
    did: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RepoDescription {
    pub did: String,
    pub handle: String,
}

impl XrpcClient {
    /// Signs in (`createSession`) and keeps the session for later calls.
    pub async fn create_session(
        &self,
        identifier: &str,
        password: &str,
        auth_factor_token: Option<&str>,
    ) -> Result<Session, XrpcError> {
        let input = CreateSessionInput { identifier, password, auth_factor_token };
        let session: Session = self.procedure("com.atproto.server.createSession", &input, Auth::None).await?;
        self.set_session(Some(session.clone()));
        Ok(session)
    }

    /// Resolves a handle this server knows to its DID.
    pub async fn resolve_handle(&self, handle: &str) -> Result<String, XrpcError> {
        let out: ResolveHandleOutput =
            self.query("com.atproto.identity.resolveHandle", &[("handle", handle)], Auth::None).await?;
        Ok(out.did)
    }

    /// Whether this server hosts `repo` (a DID or handle), and under which handle.
    pub async fn describe_repo(&self, repo: &str) -> Result<RepoDescription, XrpcError> {
        self.query("com.atproto.repo.describeRepo", &[("repo", repo)], Auth::None).await
    }

    pub async fn describe_server(&self) -> Result<ServerDescription, XrpcError> {
        self.query("com.atproto.server.describeServer", &[], Auth::None).await
    }

    pub async fn check_account_status(&self) -> Result<AccountStatus, XrpcError> {
        self.query("com.atproto.server.checkAccountStatus", &[], Auth::Access).await
    }

    /// One page of `listMissingBlobs` for the signed-in account.
    pub async fn list_missing_blobs(
        &self,
        limit: u16,
        cursor: Option<&str>,
    ) -> Result<ListMissingBlobsPage, XrpcError> {
        let limit = limit.to_string();
        let mut params = vec![("limit", limit.as_str())];
        if let Some(c) = cursor {
            params.push(("cursor", c));
        }
        self.query("com.atproto.repo.listMissingBlobs", &params, Auth::Access).await
    }

    /// One page of `listBlobs` for `did` (authenticated: deactivated accounts list only for themselves).
    pub async fn list_blobs(&self, did: &str, limit: u16, cursor: Option<&str>) -> Result<ListBlobsPage, XrpcError> {
        let limit = limit.to_string();
        let mut params = vec![("did", did), ("limit", limit.as_str())];
        if let Some(c) = cursor {
            params.push(("cursor", c));
        }
        self.query("com.atproto.sync.listBlobs", &params, Auth::Access).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_output_is_read() {
        let json = r#"{"blob":{"$type":"blob","ref":{"$link":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},"mimeType":"image/png","size":0}}"#;
        let out: UploadBlobOutput = serde_json::from_str(json).unwrap();
        let r: BlobRef = out.blob.into();
        assert_eq!(r.cid, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
        assert_eq!(r.mime_type, "image/png");
    }
}
