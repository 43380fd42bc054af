//! Asking the new PDS itself what it still misses: the verdict of every test.

use serde_json::Value;

use crate::lab::SeededAccount;

/// CIDs the account on the PDS at `pds` still misses (`com.atproto.repo.listMissingBlobs`, all pages).
pub async fn missing_on_target(pds: &str, account: &SeededAccount) -> Vec<String> {
    let http = reqwest::Client::new();
    let session: Value = http
        .post(format!("{pds}/xrpc/com.atproto.server.createSession"))
        .json(&serde_json::json!({ "identifier": account.did, "password": account.password }))
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = session["accessJwt"].as_str().expect("accessJwt").to_owned();
    let mut cids = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut req = http
            .get(format!("{pds}/xrpc/com.atproto.repo.listMissingBlobs"))
            .bearer_auth(&token)
            .query(&[("limit", "1000")]);
        if let Some(c) = &cursor {
            req = req.query(&[("cursor", c)]);
        }
        let page: Value = req.send().await.unwrap().error_for_status().unwrap().json().await.unwrap();
        let blobs = page["blobs"].as_array().cloned().unwrap_or_default();
        if blobs.is_empty() {
            break;
        }
        cids.extend(blobs.iter().filter_map(|b| b["cid"].as_str().map(str::to_owned)));
        match page["cursor"].as_str() {
            Some(c) if Some(c) != cursor.as_deref() => cursor = Some(c.to_owned()),
            _ => break,
        }
    }
    cids
}
