//! Direct PDS calls for tests and benchmarks (independent of the engine, so they can check its
//! work): sign in, ask the new PDS what it still misses, prepare an account that exists on the old
//! PDS only. Each includer uses a subset.
#![allow(dead_code)]

use serde_json::{json, Value};

use crate::lab::{Lab, SeededAccount, Side};

/// A signed-in access token for `id` (handle or DID) on `pds`.
pub async fn login(pds: &str, id: &str, password: &str) -> String {
    let resp: Value = reqwest::Client::new()
        .post(format!("{pds}/xrpc/com.atproto.server.createSession"))
        .json(&json!({ "identifier": id, "password": password }))
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    resp["accessJwt"].as_str().unwrap().to_owned()
}

/// One XRPC call with the bearer `token` (and a JSON `body`), which must succeed; its JSON answer
/// (`null` when it has none).
pub async fn xrpc(method: reqwest::Method, url: String, token: &str, body: Option<Value>) -> Value {
    let mut req = reqwest::Client::new().request(method, &url).bearer_auth(token);
    if let Some(body) = body {
        req = req.json(&body);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap_or_default();
    assert!(status.is_success(), "{url}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// What `createSession` at `pds` answers for `account` (its `active` and `status` say whether the
/// account is deactivated there).
pub async fn session(pds: &str, account: &SeededAccount) -> Value {
    reqwest::Client::new()
        .post(format!("{pds}/xrpc/com.atproto.server.createSession"))
        .json(&json!({ "identifier": account.did, "password": account.password }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// CIDs the account still misses on the PDS at `pds` (`com.atproto.repo.listMissingBlobs`, all
/// pages): the verdict of every migration test.
pub async fn missing_on_target(pds: &str, account: &SeededAccount) -> Vec<String> {
    let token = login(pds, &account.did, &account.password).await;
    let http = reqwest::Client::new();
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
        cids.extend(blobs.iter().map(|b| b["cid"].as_str().expect("a missing blob has a cid").to_owned()));
        match page["cursor"].as_str() {
            Some(c) if Some(c) != cursor.as_deref() => cursor = Some(c.to_owned()),
            _ => break,
        }
    }
    cids
}

/// An account that exists on the old PDS only, as before a real migration: the lab's seed also
/// prepares the new PDS, so that account is deleted there again (admin API).
pub async fn old_only_account(lab: &Lab, name: &str, blobs: &str) -> SeededAccount {
    let account = tokio::task::block_in_place(|| lab.seed(name, blobs));
    let resp = reqwest::Client::new()
        .post(format!("{}/xrpc/com.atproto.admin.deleteAccount", lab.api(Side::New)))
        .basic_auth("admin", Some(lab.admin_password(Side::New)))
        .json(&json!({ "did": account.did }))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "deleting the prepared target account: {}", resp.status());
    account
}
