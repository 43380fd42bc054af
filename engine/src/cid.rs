//! Blob identity: CIDv1, codec raw (0x55), sha2-256 multihash, base32 lower (`bafkrei…`).
//!
//! Every byte we move is hashed while it streams ([`CidHasher`]) and compared with the CID the blob is
//! listed under, so a corrupted download is never uploaded.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

const RAW_CODEC: u64 = 0x55;
const SHA2_256: u64 = 0x12;

/// A blob CID as listed by the PDS.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobCid(cid::Cid);

/// Why a string is not a blob CID we can verify.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CidError {
    #[error("`{0}` is not a valid CID: {1}")]
    Invalid(String, String),
    #[error("`{0}` uses a hash we cannot verify (only sha2-256 is used for blobs)")]
    UnsupportedHash(String),
}

impl BlobCid {
    /// The CID of `bytes` (CIDv1 raw sha-256).
    pub fn of_bytes(bytes: &[u8]) -> Self {
        let mut h = CidHasher::new();
        h.update(bytes);
        h.finish()
    }

    fn from_digest(digest: &[u8]) -> Self {
        let mh = multihash::Multihash::<64>::wrap(SHA2_256, digest).expect("a 32-byte digest fits");
        BlobCid(cid::Cid::new_v1(RAW_CODEC, mh))
    }

    /// The sha-256 digest inside the CID.
    pub fn digest(&self) -> &[u8] {
        self.0.hash().digest()
    }
}

impl FromStr for BlobCid {
    type Err = CidError;
    fn from_str(s: &str) -> Result<Self, CidError> {
        let c = cid::Cid::from_str(s).map_err(|e| CidError::Invalid(s.to_owned(), e.to_string()))?;
        if c.hash().code() != SHA2_256 || c.hash().digest().len() != 32 {
            return Err(CidError::UnsupportedHash(s.to_owned()));
        }
        Ok(BlobCid(c))
    }
}

impl fmt::Display for BlobCid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Debug for BlobCid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BlobCid({})", self.0)
    }
}

/// Hashes a blob chunk by chunk.
#[derive(Clone, Default)]
pub struct CidHasher {
    sha: Sha256,
    len: u64,
}

impl CidHasher {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn update(&mut self, chunk: &[u8]) {
        self.sha.update(chunk);
        self.len += chunk.len() as u64;
    }

    /// Bytes hashed so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn finish(self) -> BlobCid {
        BlobCid::from_digest(&self.sha.finalize())
    }

    /// Whether the bytes hashed so far are exactly the blob `expected` names. Compares digests, so
    /// a CIDv0/v1 or codec difference in how the CID was written does not matter.
    pub fn matches(self, expected: &BlobCid) -> (bool, BlobCid) {
        let got = self.finish();
        (got.digest() == expected.digest(), got)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_has_the_known_cid() {
        assert_eq!(BlobCid::of_bytes(b"").to_string(), "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
    }

    #[test]
    fn chunked_hashing_equals_one_shot_and_round_trips() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let mut h = CidHasher::new();
        for part in data.chunks(777) {
            h.update(part);
        }
        assert_eq!(h.len(), 100_000);
        let cid = h.finish();
        assert_eq!(cid, BlobCid::of_bytes(&data));
        let parsed: BlobCid = cid.to_string().parse().unwrap();
        assert_eq!(parsed, cid);
        assert!(cid.to_string().starts_with("bafkrei"));
    }

    #[test]
    fn a_changed_byte_changes_the_cid() {
        let mut data = vec![7u8; 4096];
        let cid = BlobCid::of_bytes(&data);
        data[2048] ^= 1;
        let mut h = CidHasher::new();
        h.update(&data);
        assert!(!h.matches(&cid).0);
    }

    #[test]
    fn garbage_is_rejected_with_a_message() {
        let err = "not-a-cid".parse::<BlobCid>().unwrap_err();
        assert!(err.to_string().contains("not a valid CID"));
    }
}
