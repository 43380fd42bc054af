//! Direct PDS calls for tests and benchmarks (independent of the engine, so they can check its
//! work): sign in and get an access token.

/// A signed-in access token for `id` (handle or DID) on `pds`.
pub async fn login(pds: &str, id: &str, password: &str) -> String {
    let resp: serde_json::Value = reqwest::Client::new()
        .post(format!("{pds}/xrpc/com.atproto.server.createSession"))
        .json(&serde_json::json!({ "identifier": id, "password": password }))
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
