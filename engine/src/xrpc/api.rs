//! The typed ATProto calls Tektite uses, as methods on [`XrpcClient`] (which owns sending, sessions
//! and retries). Blob and repo bodies go through [`crate::transport`], which knows the target.

use serde::{Deserialize, Serialize};

use super::body::BlobDownload;
use super::{is_nonce_request, Auth, Session, XrpcClient, XrpcError};
use crate::transport::{self, Download, UploadBody};

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
    /// `recordUri` in the lexicon; rsky-pds (0.13) answers `record_uri`, taken too.
    #[serde(alias = "record_uri")]
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
    /// The largest blob it accepts, in bytes, where it says (the reference PDS since 0.5.22).
    #[serde(default)]
    pub blob_upload_limit: Option<u64>,
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

/// `getLatestCommit`'s answer.
#[derive(Debug, Clone, Deserialize)]
pub struct LatestCommit {
    pub cid: String,
    pub rev: String,
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

    /// Fills in a session made elsewhere (OAuth): `getSession` says the handle, the status and,
    /// where the session may see it, the email. The tokens stay those already held.
    pub async fn complete_session(&self) -> Result<Session, XrpcError> {
        let Some(mut session) = self.session() else {
            return Err(XrpcError::NotSignedIn { host: self.host.clone(), detail: "sign in first".into() });
        };
        let about: serde_json::Value = self.query("com.atproto.server.getSession", &[], Auth::Access).await?;
        let text = |k: &str| about.get(k).and_then(|v| v.as_str()).map(str::to_owned);
        if let Some(did) = text("did").filter(|d| *d != session.did) {
            return Err(XrpcError::Invalid(format!("the server says this session is {did}, not {}", session.did)));
        }
        // Latest tokens: a refresh may have happened during the call.
        if let Some(current) = self.session() {
            session = current;
        }
        session.handle = text("handle").unwrap_or_default();
        session.email = text("email");
        session.active = about.get("active").and_then(|v| v.as_bool());
        session.status = text("status");
        session.did_doc = about.get("didDoc").cloned();
        self.set_session(Some(session.clone()));
        Ok(session)
    }

    /// Whether this server serves `did`'s repository as active (`com.atproto.sync.getRepoStatus`,
    /// public): `false` once the account is deactivated here, by whoever did it.
    pub async fn repo_active(&self, did: &str) -> Result<bool, XrpcError> {
        let out: serde_json::Value = self.query("com.atproto.sync.getRepoStatus", &[("did", did)], Auth::None).await?;
        Ok(out.get("active").and_then(|v| v.as_bool()).unwrap_or(true))
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

    /// One record by its `at://` URI, as JSON (`com.atproto.repo.getRecord`; the authenticated
    /// read also works for a deactivated account).
    pub async fn get_record(&self, at_uri: &str) -> Result<serde_json::Value, XrpcError> {
        let rest = at_uri.strip_prefix("at://").unwrap_or(at_uri);
        let mut parts = rest.splitn(3, '/');
        let (repo, collection, rkey) = (parts.next(), parts.next(), parts.next());
        let (Some(repo), Some(collection), Some(rkey)) = (repo, collection, rkey) else {
            return Err(XrpcError::Invalid(format!("not a record URI: {at_uri}")));
        };
        self.query(
            "com.atproto.repo.getRecord",
            &[("repo", repo), ("collection", collection), ("rkey", rkey)],
            Auth::Access,
        )
        .await
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

    /// One page of `listBlobs` for `did` (with the session when there is one: deactivated accounts list
    /// only for themselves).
    pub async fn list_blobs(&self, did: &str, limit: u16, cursor: Option<&str>) -> Result<ListBlobsPage, XrpcError> {
        let limit = limit.to_string();
        let mut params = vec![("did", did), ("limit", limit.as_str())];
        if let Some(c) = cursor {
            params.push(("cursor", c));
        }
        self.query("com.atproto.sync.listBlobs", &params, Auth::Source).await
    }
}

/// What `createAccount` needs to take over an existing identity on a new PDS.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateAccountInput {
    pub did: String,
    pub handle: String,
    pub email: String,
    pub password: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invite_code: Option<String>,
}

#[derive(Deserialize)]
struct ServiceAuthOutput {
    token: String,
}

#[derive(Deserialize)]
struct SignPlcOperationOutput {
    operation: serde_json::Value,
}

/// Calls for moving a whole account (see `crate::migration`). Procedures without input send no body
/// at all: the reference PDS rejects a body on `requestPlcOperationSignature` and `activateAccount`.
impl XrpcClient {
    /// `getServiceAuth`: a token for `aud` (a service DID), limited to the method `lxm`, valid until `exp`.
    pub async fn get_service_auth(&self, aud: &str, lxm: &str, exp_unix: u64) -> Result<String, XrpcError> {
        let exp = exp_unix.to_string();
        let out: ServiceAuthOutput = self
            .query("com.atproto.server.getServiceAuth", &[("aud", aud), ("lxm", lxm), ("exp", &exp)], Auth::Access)
            .await?;
        Ok(out.token)
    }

    /// `createAccount` with an existing DID, authorised by the old PDS's service-auth token. The new
    /// account starts deactivated; its session is kept by this client.
    pub async fn create_account(&self, input: &CreateAccountInput, service_auth: &str) -> Result<Session, XrpcError> {
        let url = self.endpoint("com.atproto.server.createAccount");
        let body = serde_json::to_vec(input).map_err(|e| XrpcError::Invalid(format!("createAccount input: {e}")))?;
        let resp = self
            .send(Auth::None, &|http| {
                http.post(url.clone())
                    .bearer_auth(service_auth)
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(body.clone())
                    .timeout(self.retry_policy().request_timeout)
            })
            .await?;
        let session: Session = self.json(resp).await?;
        self.set_session(Some(session.clone()));
        Ok(session)
    }

    /// `checkAccountStatus` with every field the server sends (`validDid`, `indexedRecords`, ...).
    pub async fn account_status_raw(&self) -> Result<serde_json::Value, XrpcError> {
        self.query("com.atproto.server.checkAccountStatus", &[], Auth::Access).await
    }

    /// `getLatestCommit`: the repository's current commit and revision.
    pub async fn get_latest_commit(&self, did: &str) -> Result<LatestCommit, XrpcError> {
        self.query("com.atproto.sync.getLatestCommit", &[("did", did)], Auth::Source).await
    }

    /// `getRepo` as a stream of CAR bytes (with the session when there is one: a deactivated account's
    /// repo too); with
    /// `since` (a revision), only what changed after it.
    pub async fn get_repo(&self, did: &str, since: Option<&str>) -> Result<BlobDownload, XrpcError> {
        let url = self.endpoint("com.atproto.sync.getRepo");
        let mut params = vec![("did", did)];
        params.extend(since.map(|rev| ("since", rev)));
        let resp = self.send(Auth::Source, &|http| http.get(url.clone()).query(&params)).await?;
        let content_length = resp.content_length();
        let host = self.host.clone();
        let stream =
            futures::StreamExt::map(resp.bytes_stream(), move |r| r.map_err(|e| XrpcError::from_reqwest(&host, e)));
        Ok(BlobDownload {
            content_type: Some("application/vnd.ipld.car".into()),
            content_length,
            stream: Box::pin(stream),
        })
    }

    /// `importRepo` with a CAR body. One attempt (a streamed body cannot be replayed): on
    /// `ExpiredToken` the session is renewed and [`XrpcError::SessionRenewed`] says to send again.
    pub async fn import_repo(&self, body: UploadBody) -> Result<(), XrpcError> {
        self.post_once("com.atproto.repo.importRepo", "application/vnd.ipld.car", body, false).await.map(drop)
    }

    /// `app.bsky.actor.getPreferences`: the `preferences` array, as is.
    pub async fn get_preferences(&self) -> Result<serde_json::Value, XrpcError> {
        let out: serde_json::Value = self.query("app.bsky.actor.getPreferences", &[], Auth::Access).await?;
        Ok(out.get("preferences").cloned().unwrap_or_else(|| serde_json::Value::Array(Vec::new())))
    }

    /// `app.bsky.actor.putPreferences`, replacing all preferences.
    pub async fn put_preferences(&self, preferences: &serde_json::Value) -> Result<(), XrpcError> {
        let input = serde_json::json!({ "preferences": preferences });
        self.procedure_no_output("app.bsky.actor.putPreferences", &input, Auth::Access).await
    }

    /// A procedure with no input body and no output we need.
    async fn procedure_without_body(&self, nsid: &str) -> Result<(), XrpcError> {
        let url = self.endpoint(nsid);
        self.send(Auth::Access, &|http| http.post(url.clone()).timeout(self.retry_policy().request_timeout))
            .await
            .map(drop)
    }

    /// `requestPlcOperationSignature` (old PDS): emails the account a token valid for 15 minutes.
    pub async fn request_plc_operation_signature(&self) -> Result<(), XrpcError> {
        self.procedure_without_body("com.atproto.identity.requestPlcOperationSignature").await
    }

    /// `getRecommendedDidCredentials` (new PDS): rotation keys, handles, verification methods, services.
    pub async fn get_recommended_did_credentials(&self) -> Result<serde_json::Value, XrpcError> {
        self.query("com.atproto.identity.getRecommendedDidCredentials", &[], Auth::Access).await
    }

    /// `signPlcOperation` (old PDS) with the mailed token and the new PDS's credentials.
    pub async fn sign_plc_operation(
        &self,
        token: &str,
        credentials: &serde_json::Value,
    ) -> Result<serde_json::Value, XrpcError> {
        let mut input = match credentials {
            serde_json::Value::Object(m) => m.clone(),
            _ => serde_json::Map::new(),
        };
        input.insert("token".into(), serde_json::Value::String(token.to_owned()));
        let out: SignPlcOperationOutput =
            self.procedure("com.atproto.identity.signPlcOperation", &input, Auth::Access).await?;
        Ok(out.operation)
    }

    /// `submitPlcOperation` (new PDS): the new PDS sends the signed operation to the PLC directory.
    pub async fn submit_plc_operation(&self, operation: &serde_json::Value) -> Result<(), XrpcError> {
        let input = serde_json::json!({ "operation": operation });
        self.procedure_no_output("com.atproto.identity.submitPlcOperation", &input, Auth::Access).await
    }

    /// `activateAccount` (new PDS, at the very end).
    pub async fn activate_account(&self) -> Result<(), XrpcError> {
        self.procedure_without_body("com.atproto.server.activateAccount").await
    }

    /// `deactivateAccount` (old PDS). The reference PDS requires a JSON body: `{}`.
    pub async fn deactivate_account(&self) -> Result<(), XrpcError> {
        self.procedure_no_output("com.atproto.server.deactivateAccount", &serde_json::json!({}), Auth::Access).await
    }
}

/// The NSID of `getBlob` (its rate-limit gate is waited on before a blob transfer starts).
pub const GET_BLOB: &str = "com.atproto.sync.getBlob";
/// The NSID of `uploadBlob` (idem; the PDS may allow only 1000 a day per IP).
pub const UPLOAD_BLOB: &str = "com.atproto.repo.uploadBlob";

/// Blobs: sizes, downloads and uploads.
impl XrpcClient {
    /// `Content-Length` of a blob, when the server says, without downloading it.
    ///
    /// A `GET` whose response is dropped as soon as the headers are in, not a `HEAD`: the reference
    /// PDS answers `HEAD` by reading the whole blob and throwing the bytes away before it sends the
    /// headers (measured in the lab: 2 s and 2.5 CPU-seconds of the old PDS for a 500 MiB blob, for
    /// one number). Dropping the response closes the transfer (natively the connection, in the
    /// browser reqwest aborts the fetch), so only what was already in flight is wasted.
    pub async fn blob_size(&self, did: &str, cid: &str) -> Result<Option<u64>, XrpcError> {
        let url = self.endpoint("com.atproto.sync.getBlob");
        let resp = self
            .send(Auth::Source, &|http| {
                http.get(url.clone()).query(&[("did", did), ("cid", cid)]).timeout(self.retry_policy().request_timeout)
            })
            .await?;
        let size = resp
            .headers()
            .get(reqwest::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        drop(resp);
        Ok(size)
    }

    /// Opens `getBlob` (through [`transport::open_download`]: in the browser a BYOB reader keeps
    /// wasm memory at a few small pieces). Sent with the session when there is one, since a
    /// deactivated account serves its blobs only to itself; without one, an active account's blobs
    /// are public. Retries happen before the first byte; a broken body is the caller's to retry
    /// (the PDS ignores `Range`, so a retry starts from byte 0).
    pub async fn get_blob(&self, did: &str, cid: &str) -> Result<BlobDownload, XrpcError> {
        let mut url = self.endpoint(GET_BLOB);
        url.query_pairs_mut().append_pair("did", did).append_pair("cid", cid);
        let url = &url;
        self.replay(Auth::Source, |token| async move {
            let credentials = match &token {
                Some(t) => self.credential_headers("GET", url, t).await?,
                None => Vec::new(),
            };
            self.pass_gate(GET_BLOB).await;
            let result = match transport::open_download(&self.http, url.clone(), &credentials).await {
                Ok(Download::Body { content_type, content_length, stream }) => {
                    let host = self.host.clone();
                    let stream =
                        futures::StreamExt::map(stream, move |r| r.map_err(|e| XrpcError::from_transport(&host, e)));
                    Ok(BlobDownload { content_type, content_length, stream: Box::pin(stream) })
                }
                Ok(Download::Refused(answer)) => {
                    self.note_nonce(url, &answer.headers);
                    Err(self.refused(&answer))
                }
                Err(e) => Err(XrpcError::from_transport(&self.host, e)),
            };
            self.note_limit(GET_BLOB, result)
        })
        .await
    }

    /// Sends one blob. One attempt only (the body cannot be replayed): on `ExpiredToken` the session
    /// is renewed and [`XrpcError::SessionRenewed`] tells the caller to send again.
    pub async fn upload_blob(&self, body: UploadBody, content_type: &str) -> Result<BlobRef, XrpcError> {
        let output = self.post_once(UPLOAD_BLOB, content_type, body, true).await?;
        let out: UploadBlobOutput = serde_json::from_slice(&output)
            .map_err(|e| XrpcError::Decode { host: self.host.clone(), detail: e.to_string() })?;
        Ok(out.blob.into())
    }

    /// One `POST` of a body that cannot be replayed; returns the answer's body when `read_output`.
    async fn post_once(
        &self,
        nsid: &str,
        content_type: &str,
        body: UploadBody,
        read_output: bool,
    ) -> Result<bytes::Bytes, XrpcError> {
        let token = self.token_for(Auth::Access).await?.unwrap_or_default();
        let url = self.endpoint(nsid);
        let credentials = self.credential_headers("POST", &url, &token).await?;
        self.pass_gate(nsid).await;
        let result = match transport::post(&self.http, url.clone(), &credentials, content_type, body, read_output).await
        {
            Ok(answer) => {
                self.note_nonce(&url, &answer.headers);
                if answer.is_success() {
                    Ok(answer.body)
                } else {
                    Err(self.refused(&answer))
                }
            }
            Err(e) => Err(XrpcError::from_transport(&self.host, e)),
        };
        let result = self.note_limit(nsid, result);
        match result {
            Err(err) if self.is_expired(&err) => {
                self.renew(&token).await?;
                Err(XrpcError::SessionRenewed { host: self.host.clone() })
            }
            Err(err) if is_nonce_request(&err) => Err(XrpcError::DpopNonce { host: self.host.clone() }),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_blobs_page_is_read_in_either_spelling() {
        let lexicon = r#"{"blobs":[{"cid":"bafkreia","recordUri":"at://did:plc:x/c/1"}]}"#;
        let rsky = r#"{"cursor":"c","blobs":[{"cid":"bafkreia","record_uri":"at://did:plc:x/c/1"}]}"#;
        for json in [lexicon, rsky] {
            let page: ListMissingBlobsPage = serde_json::from_str(json).unwrap();
            assert_eq!(page.blobs[0].record_uri, "at://did:plc:x/c/1");
        }
    }

    #[test]
    fn upload_output_is_read() {
        let json = r#"{"blob":{"$type":"blob","ref":{"$link":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},"mimeType":"image/png","size":0}}"#;
        let out: UploadBlobOutput = serde_json::from_str(json).unwrap();
        let r: BlobRef = out.blob.into();
        assert_eq!(r.cid, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
        assert_eq!(r.mime_type, "image/png");
    }
}
