//! `migrate --new-recovery-key FILE`: a rotation key for the user to hold, generated here and put
//! first in the DID document by the move. With its private key the user can sign PLC operations
//! without any PDS (and override a PDS's operation within 72 hours).
//!
//! The key is secp256k1 (`k256`), its public half a `did:key` (multicodec `secp256k1-pub`, 0xe7,
//! over the compressed point, base58btc multibase). The private key is written once, to a file of
//! the user's naming that must not exist yet, readable by the user only (0600), and printed
//! nowhere else. A move resumed with the same FILE reads the key back instead of making another.

use std::io::Write;
use std::path::Path;

use k256::ecdsa::SigningKey;

/// Multicodec prefixes (unsigned varints): `secp256k1-pub` (0xe7) and `secp256k1-priv` (0x1301).
const SECP256K1_PUB: [u8; 2] = [0xe7, 0x01];
const SECP256K1_PRIV: [u8; 2] = [0x81, 0x26];

/// Where a recovery key file says its public half is.
const DID_KEY_LINE: &str = "did_key: ";

/// The `did:key` of a secp256k1 public key.
pub fn did_key(key: &SigningKey) -> String {
    let point = key.verifying_key().to_encoded_point(true);
    let mut bytes = SECP256K1_PUB.to_vec();
    bytes.extend_from_slice(point.as_bytes());
    format!("did:key:{}", multibase::encode(multibase::Base::Base58Btc, bytes))
}

/// The key file's text: what it is, the public `did:key`, and the private key (hex, and multibase
/// with its multicodec, which other ATProto tools read).
fn file_text(key: &SigningKey, did: &str) -> String {
    let secret = key.to_bytes();
    let mut tagged = SECP256K1_PRIV.to_vec();
    tagged.extend_from_slice(&secret);
    format!(
        "# Tektite recovery key: a rotation key for {did}.\n\
         # Whoever holds the private key below can change this identity. Keep it offline and secret.\n\
         {DID_KEY_LINE}{}\n\
         private_key_hex: {}\n\
         private_key_multibase: {}\n",
        did_key(key),
        secret.iter().map(|b| format!("{b:02x}")).collect::<String>(),
        multibase::encode(multibase::Base::Base58Btc, tagged),
    )
}

/// The `did:key` named in a recovery key file written earlier.
fn read_did_key(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .find_map(|l| l.strip_prefix(DID_KEY_LINE))
        .map(|k| k.trim().to_owned())
        .filter(|k| tektite_engine::migration::is_did_key(k))
        .ok_or_else(|| {
            format!("{} exists and is not a Tektite recovery key file; choose a new file name", path.display())
        })
}

/// The recovery key of `path`: generated and written there (0600, the file must not exist yet),
/// or, when a resumed move wrote it before, read back. Returns the `did:key` and whether it is new.
pub fn obtain(path: &Path, did_hint: &str) -> Result<(String, bool), String> {
    if path.exists() {
        return read_did_key(path).map(|k| (k, false));
    }
    let key = SigningKey::random(&mut rand_core::OsRng);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(file_text(&key, did_hint).as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((did_key(&key), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_is_written_once_privately_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery.key");
        let (did, new) = obtain(&path, "did:plc:abc").unwrap();
        assert!(new && did.starts_with("did:key:zQ3s"), "{did}");
        assert!(tektite_engine::migration::is_did_key(&did));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("private_key_hex: ") && text.contains(&did));
        // A resumed move reads the same key back; a file of something else is refused.
        assert_eq!(obtain(&path, "did:plc:abc").unwrap(), (did, false));
        let other = dir.path().join("notes.txt");
        std::fs::write(&other, "hello").unwrap();
        assert!(obtain(&other, "did:plc:abc").unwrap_err().contains("not a Tektite recovery key"));
    }
}
