//! A `did:web` identity in the lab: a web server on loopback serving `/.well-known/did.json` with
//! whatever document the test publishes (as its owner would on their own server), and an account
//! made with it on the lab's old PDS the way a did:web owner does it (a key of their own in the
//! document, a service token signed with it, then the PDS's signing key published), with records
//! and blobs. `did:web:localhost%3aPORT` is resolved over
//! plain HTTP by the reference PDS and by Tektite (localhost only).

#![allow(dead_code)] // each test binary uses part of it

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use k256::ecdsa::signature::Signer;
use k256::ecdsa::{Signature, SigningKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::lab::{Lab, SeededAccount, SeededBlob, Side};
use crate::pds::xrpc;

pub struct DidWebHost {
    pub did: String,
    pub url: String,
    doc: Arc<Mutex<serde_json::Value>>,
}

impl DidWebHost {
    /// Starts serving on 127.0.0.1 (a free port); the document is empty until [`Self::publish`].
    pub fn start() -> DidWebHost {
        let listener = TcpListener::bind("127.0.0.1:0").expect("did:web host: bind");
        let port = listener.local_addr().unwrap().port();
        let doc = Arc::new(Mutex::new(serde_json::Value::Null));
        let served = doc.clone();
        std::thread::Builder::new()
            .name(format!("did-web-{port}"))
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    let served = served.clone();
                    std::thread::spawn(move || answer(stream, &served));
                }
            })
            .unwrap();
        DidWebHost {
            // `%3a`, not `%3A`: the reference PDS lowercases sign-in identifiers, so a DID with
            // capitals could never sign in by DID there.
            did: format!("did:web:localhost%3a{port}"),
            url: format!("http://localhost:{port}/.well-known/did.json"),
            doc,
        }
    }

    /// What the server hands out from now on.
    pub fn publish(&self, doc: serde_json::Value) {
        *self.doc.lock().unwrap() = doc;
    }

    pub fn published(&self) -> serde_json::Value {
        self.doc.lock().unwrap().clone()
    }
}

/// One request, one answer (`Connection: close`): the document, or 404.
fn answer(mut stream: std::net::TcpStream, doc: &Mutex<serde_json::Value>) {
    let mut buf = [0u8; 4096];
    let mut request = Vec::new();
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&request);
    let wanted = head.starts_with("GET /.well-known/did.json ");
    let body = doc.lock().unwrap().clone();
    let (status, body) = if wanted && !body.is_null() {
        ("200 OK", body.to_string())
    } else {
        ("404 Not Found", r#"{"error":"NotFound"}"#.to_owned())
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// A test key (not for anything real: derived from the time and the name).
fn test_key(name: &str) -> SigningKey {
    let seed = Sha256::digest(format!("{name}-{:?}-{}", SystemTime::now(), std::process::id()));
    SigningKey::from_slice(&seed).unwrap()
}

/// The key as a `Multikey` `publicKeyMultibase` (multicodec secp256k1-pub, compressed point).
fn multikey(key: &SigningKey) -> String {
    let mut bytes = vec![0xe7, 0x01];
    bytes.extend_from_slice(key.verifying_key().to_encoded_point(true).as_bytes());
    multibase::encode(multibase::Base::Base58Btc, bytes)
}

fn document(did: &str, handle: &str, key_multibase: &str, pds: &str) -> Value {
    json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "alsoKnownAs": [format!("at://{handle}")],
        "verificationMethod": [{ "id": format!("{did}#atproto"), "type": "Multikey", "controller": did, "publicKeyMultibase": key_multibase }],
        "service": [{ "id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": pds }],
    })
}

/// An inter-service token from `iss`, signed with `key` (ES256K, low-S).
fn service_token(key: &SigningKey, iss: &str, aud: &str, lxm: &str) -> String {
    let header = b64url(json!({ "typ": "JWT", "alg": "ES256K" }).to_string().as_bytes());
    let jti = hex(&Sha256::digest(format!("{iss}{:?}", SystemTime::now()))[..8]);
    let claims = json!({ "iss": iss, "aud": aud, "lxm": lxm, "iat": now(), "exp": now() + 120, "jti": jti });
    let payload = b64url(claims.to_string().as_bytes());
    let signature: Signature = key.sign(format!("{header}.{payload}").as_bytes());
    let signature = signature.normalize_s().unwrap_or(signature);
    format!("{header}.{payload}.{}", b64url(&signature.to_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A did:web account on the old PDS with `blobs` blobs of 64 KiB, each used by a record; `name`
/// is made unique.
pub async fn did_web_account(lab: &Lab, host: &DidWebHost, name: &str, blobs: usize) -> SeededAccount {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let name = format!("{name}{}-{}", now() % 100_000, COUNT.fetch_add(1, Ordering::Relaxed));
    let name = name.as_str();
    let old = lab.api(Side::Old);
    let (did, password) = (host.did.clone(), "did-web-password".to_owned());
    let old_handle = format!("{name}.old.test");
    let email = format!("{name}@tektite-lab.example.org");
    let own_key = test_key(name);
    host.publish(document(&did, &old_handle, &multikey(&own_key), lab.old_url()));
    let token = service_token(&own_key, &did, lab.old_did(), "com.atproto.server.createAccount");
    let created = xrpc(
        reqwest::Method::POST,
        format!("{old}/xrpc/com.atproto.server.createAccount"),
        &token,
        Some(json!({ "did": did, "handle": old_handle, "email": email, "password": password })),
    )
    .await;
    let access = created["accessJwt"].as_str().expect("a session").to_owned();
    // The PDS signs from now on: its key goes into the document, then the account is activated.
    let creds = xrpc(
        reqwest::Method::GET,
        format!("{old}/xrpc/com.atproto.identity.getRecommendedDidCredentials"),
        &access,
        None,
    )
    .await;
    let pds_key = creds["verificationMethods"]["atproto"].as_str().unwrap().strip_prefix("did:key:").unwrap();
    host.publish(document(&did, &old_handle, pds_key, lab.old_url()));
    xrpc(reqwest::Method::POST, format!("{old}/xrpc/com.atproto.server.activateAccount"), &access, None).await;

    let mut seeded = Vec::new();
    for i in 0..blobs {
        let bytes: Vec<u8> = (0..64 * 1024).map(|j| ((i * 7919 + j * 31) % 251) as u8).collect();
        let resp: Value = reqwest::Client::new()
            .post(format!("{old}/xrpc/com.atproto.repo.uploadBlob"))
            .bearer_auth(&access)
            .header("content-type", "application/octet-stream")
            .body(bytes.clone())
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let blob = resp["blob"].clone();
        let cid = blob["ref"]["$link"].as_str().unwrap().to_owned();
        xrpc(
            reqwest::Method::POST,
            format!("{old}/xrpc/com.atproto.repo.createRecord"),
            &access,
            Some(json!({ "repo": did, "collection": "com.example.tektite.file", "validate": false,
                         "record": { "$type": "com.example.tektite.file", "file": blob, "createdAt": "2026-12-01T00:00:00Z" } })),
        )
        .await;
        seeded.push(SeededBlob { cid, size: bytes.len() as u64, mime_type: "application/octet-stream".into() });
    }
    SeededAccount { did, password, old_handle, new_handle: format!("{name}.new.test"), email, blobs: seeded }
}
