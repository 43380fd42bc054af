//! A small key-value store for resume state (which blobs are cached and verified, which are uploaded).
//!
//! Values are opaque bytes (the engine stores JSON). A `put` is atomic: a reader sees the old value or
//! the new one, never a torn write. Never store a password here.

use async_trait::async_trait;

use crate::PlatformError;

/// Durable key-value storage. Keys are printable strings, `/`-separated by convention.
#[async_trait(?Send)]
pub trait KvStore {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, PlatformError>;
    /// Stores `value` atomically, replacing any previous value.
    async fn put(&self, key: &str, value: &[u8]) -> Result<(), PlatformError>;
    /// Removes `key`; removing a missing key is not an error.
    async fn delete(&self, key: &str) -> Result<(), PlatformError>;
    /// All keys starting with `prefix`, in ascending order.
    async fn list(&self, prefix: &str) -> Result<Vec<String>, PlatformError>;
}
