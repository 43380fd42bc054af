//! The DPoP key in the browser: a WebCrypto ECDSA P-256 key pair made with `extractable: false`, so
//! that no script (ours included) can ever read the private half; the page holds only a handle to
//! it, in memory, for as long as the session is needed. The public half is exported as a JWK for
//! the proofs' header.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use super::backend::js_text;
use wasm_bindgen_futures::JsFuture;

/// A key that proves possession of an OAuth session's tokens (RFC 9449).
pub struct DpopKey {
    private: web_sys::CryptoKey,
    jwk: serde_json::Value,
}

impl std::fmt::Debug for DpopKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DpopKey(..)")
    }
}

fn subtle() -> Result<web_sys::SubtleCrypto, String> {
    let global = js_sys::global();
    let crypto = Reflect::get(&global, &"crypto".into()).map_err(js_text)?;
    let crypto: web_sys::Crypto = crypto.dyn_into().map_err(|_| "this browser has no WebCrypto".to_owned())?;
    Ok(crypto.subtle())
}

fn set(obj: &Object, key: &str, value: &JsValue) -> Result<(), String> {
    Reflect::set(obj, &key.into(), value).map(drop).map_err(js_text)
}

impl DpopKey {
    /// A new non-extractable key pair from the browser's WebCrypto.
    pub async fn generate() -> Result<Self, String> {
        let subtle = subtle()?;
        let params = Object::new();
        set(&params, "name", &"ECDSA".into())?;
        set(&params, "namedCurve", &"P-256".into())?;
        let usages = Array::of1(&"sign".into());
        let pair = JsFuture::from(subtle.generate_key_with_object(&params, false, &usages).map_err(js_text)?)
            .await
            .map_err(js_text)?;
        let private: web_sys::CryptoKey =
            Reflect::get(&pair, &"privateKey".into()).map_err(js_text)?.dyn_into().map_err(|_| "no private key")?;
        let public: web_sys::CryptoKey =
            Reflect::get(&pair, &"publicKey".into()).map_err(js_text)?.dyn_into().map_err(|_| "no public key")?;
        // The public half is always exportable, whatever `extractable` says of the private one.
        let exported = JsFuture::from(subtle.export_key("jwk", &public).map_err(js_text)?).await.map_err(js_text)?;
        let field = |name: &str| Reflect::get(&exported, &name.into()).ok().and_then(|v| v.as_string());
        let (Some(x), Some(y)) = (field("x"), field("y")) else {
            return Err("the browser exported no public key coordinates".into());
        };
        let jwk = serde_json::json!({ "kty": "EC", "crv": "P-256", "x": x, "y": y });
        Ok(DpopKey { private, jwk })
    }

    /// The public half as a JWK (`kty`, `crv`, `x`, `y`), for the proofs' header.
    pub fn public_jwk(&self) -> serde_json::Value {
        self.jwk.clone()
    }

    /// An ES256 signature of `input`: WebCrypto's ECDSA gives `r ‖ s` (64 bytes), as JWS wants it.
    pub async fn sign(&self, input: &[u8]) -> Result<Vec<u8>, String> {
        let subtle = subtle()?;
        let params = Object::new();
        set(&params, "name", &"ECDSA".into())?;
        set(&params, "hash", &"SHA-256".into())?;
        let data = Uint8Array::from(input);
        let promise = subtle.sign_with_object_and_js_u8_array(&params, &self.private, &data).map_err(js_text)?;
        let signature = JsFuture::from(promise).await.map_err(js_text)?;
        Ok(Uint8Array::new(&signature).to_vec())
    }
}
