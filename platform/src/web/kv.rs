//! Resume state in IndexedDB: one record per key in its own database (`tektite-state`, store `kv`),
//! so the blob cache can be cleared without losing what was already uploaded.
//!
//! Each `put` is one read-write transaction, so a reader sees the old value or the new one. Values
//! are stored as `Uint8Array` copies (they are small JSON documents). `list` asks IndexedDB for
//! the keys in the prefix's range only, then sorts them in Rust's order (IndexedDB orders strings
//! by UTF-16 code units, which differs for characters beyond U+FFFF).

use async_trait::async_trait;
use js_sys::{JsString, Uint8Array};
use rexie::{KeyRange, ObjectStore, Rexie, TransactionMode, TransactionResult};
use wasm_bindgen::{JsCast, JsValue};

use super::js::{idb_error, js_bytes};
use crate::{KvStore, PlatformError};

const STORE: &str = "kv";

/// The web [`KvStore`].
pub struct IdbKv {
    db: Rexie,
    name: String,
}

impl IdbKv {
    /// The database the app uses.
    pub const DEFAULT_DATABASE: &'static str = "tektite-state";

    /// Opens the default database.
    pub async fn open() -> Result<Self, PlatformError> {
        Self::open_named(Self::DEFAULT_DATABASE).await
    }

    /// Opens (creating it if needed) the database `name`.
    pub async fn open_named(name: &str) -> Result<Self, PlatformError> {
        let db = Rexie::builder(name)
            .version(1)
            .add_object_store(ObjectStore::new(STORE))
            .build()
            .await
            .map_err(|e| idb_error(&format!("opening the IndexedDB database {name}"), e))?;
        Ok(IdbKv { db, name: name.to_owned() })
    }

    /// The IndexedDB database of this store.
    pub fn database(&self) -> &str {
        &self.name
    }

    async fn write(&self, key: &str, value: Option<&[u8]>) -> Result<(), PlatformError> {
        let context = format!("saving {key} in IndexedDB");
        let err = |e| idb_error(&context, e);
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(err)?;
        let store = tx.store(STORE).map_err(err)?;
        match value {
            Some(value) => {
                store.put(&js_bytes(value), Some(&key.into())).await.map_err(err)?;
            }
            None => store.delete(key.into()).await.map_err(err)?,
        }
        match tx.done().await {
            Ok(TransactionResult::Committed) => Ok(()),
            Ok(TransactionResult::Aborted) => {
                Err(PlatformError::Io(format!("{context}: the browser aborted the transaction")))
            }
            Err(e) => Err(err(e)),
        }
    }
}

/// The smallest string greater than every string that starts with `prefix` (UTF-16 units, as
/// IndexedDB compares), or `None` when there is none (a prefix of only U+FFFF units).
fn prefix_end(prefix: &str) -> Option<JsString> {
    let mut units: Vec<u16> = prefix.encode_utf16().collect();
    while let Some(last) = units.pop() {
        if last < u16::MAX {
            units.push(last + 1);
            return Some(JsString::from_char_code(&units));
        }
    }
    None
}

#[async_trait(?Send)]
impl KvStore for IdbKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, PlatformError> {
        let context = format!("reading {key} from IndexedDB");
        let err = |e| idb_error(&context, e);
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(err)?;
        let Some(value) = tx.store(STORE).map_err(err)?.get(key.into()).await.map_err(err)? else {
            return Ok(None);
        };
        let value = value
            .dyn_into::<Uint8Array>()
            .map_err(|_| PlatformError::Corrupt(format!("the value of {key} in IndexedDB is not bytes")))?;
        Ok(Some(value.to_vec()))
    }

    async fn put(&self, key: &str, value: &[u8]) -> Result<(), PlatformError> {
        self.write(key, Some(value)).await
    }

    async fn delete(&self, key: &str) -> Result<(), PlatformError> {
        self.write(key, None).await
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError> {
        let err = |e| idb_error("listing keys in IndexedDB", e);
        let range = if prefix.is_empty() {
            None
        } else {
            let lower = JsValue::from_str(prefix);
            let range = match prefix_end(prefix) {
                Some(upper) => KeyRange::bound(&lower, &upper.into(), None, Some(true)),
                None => KeyRange::lower_bound(&lower, None),
            };
            Some(range.map_err(|e| PlatformError::Io(format!("building an IndexedDB key range: {e}")))?)
        };
        let tx = self.db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(err)?;
        let keys = tx.store(STORE).map_err(err)?.get_all_keys(range, None).await.map_err(err)?;
        let mut keys: Vec<String> =
            keys.into_iter().filter_map(|k| k.as_string()).filter(|k| k.starts_with(prefix)).collect();
        keys.sort();
        Ok(keys)
    }
}
