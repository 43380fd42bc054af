//! A recovery key: a rotation key the user holds, generated here, so that its holder can sign
//! changes to the identity without any PDS (and override a PDS's change within 72 hours).
//!
//! secp256k1 (`k256`, randomness from the OS or the browser's `crypto.getRandomValues`); the public
//! half as a `did:key` (multicodec `secp256k1-pub` 0xe7 over the compressed point, base58btc
//! multibase), the private half as hex and as multibase with its multicodec (`secp256k1-priv`),
//! which other ATProto tools read. Where the key file goes is the face's business: the CLI writes
//! it (0600, a new file), the app hands it to the user as a download.

use k256::ecdsa::signature::Signer;
use k256::ecdsa::{Signature, SigningKey};

/// Multicodec prefixes (unsigned varints): `secp256k1-pub` (0xe7) and `secp256k1-priv` (0x1301).
const SECP256K1_PUB: [u8; 2] = [0xe7, 0x01];
const SECP256K1_PRIV: [u8; 2] = [0x81, 0x26];

/// Where a recovery key file names its public half.
const DID_KEY_LINE: &str = "did_key: ";

/// A recovery key: generated here, or read back from its key file to sign identity changes with
/// (a restore when the old PDS is gone). Its private half leaves only through
/// [`RecoveryKey::file_text`].
pub struct RecoveryKey(SigningKey);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecoveryKey({})", self.did_key())
    }
}

impl RecoveryKey {
    pub fn generate() -> RecoveryKey {
        RecoveryKey(SigningKey::random(&mut rand_core::OsRng))
    }

    /// The public half as a `did:key`, as it appears in the DID document's rotation keys.
    pub fn did_key(&self) -> String {
        let point = self.0.verifying_key().to_encoded_point(true);
        let mut bytes = SECP256K1_PUB.to_vec();
        bytes.extend_from_slice(point.as_bytes());
        format!("did:key:{}", multibase::encode(multibase::Base::Base58Btc, bytes))
    }

    /// The key file for the account `account` (DID or handle): what it is, the public `did:key`,
    /// and the private key.
    pub fn file_text(&self, account: &str) -> String {
        let secret = self.0.to_bytes();
        let mut tagged = SECP256K1_PRIV.to_vec();
        tagged.extend_from_slice(&secret);
        format!(
            "# Tektite recovery key: a rotation key for {account}.\n\
             # Whoever holds the private key below can change this identity. Keep it offline and secret.\n\
             {DID_KEY_LINE}{}\n\
             private_key_hex: {}\n\
             private_key_multibase: {}\n",
            self.did_key(),
            secret.iter().map(|b| format!("{b:02x}")).collect::<String>(),
            multibase::encode(multibase::Base::Base58Btc, tagged),
        )
    }

    /// The key of a recovery key file (as [`RecoveryKey::file_text`] writes it): the private key,
    /// checked against the `did:key` the file names, so a damaged file is found before it signs.
    pub fn from_file_text(text: &str) -> Result<RecoveryKey, String> {
        let hex = text
            .lines()
            .find_map(|l| l.strip_prefix("private_key_hex: "))
            .map(str::trim)
            .ok_or("it holds no private key (no `private_key_hex:` line); is it a Tektite recovery key file?")?;
        let bytes = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u8>>>()
            .filter(|b| b.len() == 32)
            .ok_or("its private key is not 64 hexadecimal digits: the file is damaged")?;
        let key =
            RecoveryKey(SigningKey::from_slice(&bytes).map_err(|e| format!("its private key is not valid: {e}"))?);
        match did_key_in_file(text) {
            Some(named) if named != key.did_key() => {
                Err(format!("its private key does not belong to the key it names ({named}): the file is damaged"))
            }
            _ => Ok(key),
        }
    }

    /// An ES256K signature of `message` (sha-256, RFC 6979), compact `r‖s` with the low `s` that
    /// ATProto and the PLC directory require.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let signature: Signature = self.0.sign(message);
        let signature = signature.normalize_s().unwrap_or(signature);
        signature.to_bytes().into()
    }

    /// A file name that says what the file is and whose key it holds.
    pub fn file_name(account: &str) -> String {
        let safe: String =
            account.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '-' }).collect();
        format!("tektite-recovery-key-{safe}.txt")
    }
}

/// The `did:key` a recovery key file names, if `text` is one.
pub fn did_key_in_file(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(DID_KEY_LINE))
        .map(|k| k.trim().to_owned())
        .filter(|k| crate::migration::is_did_key(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_names_its_public_half_and_holds_the_private_one() {
        let key = RecoveryKey::generate();
        let did = key.did_key();
        assert!(did.starts_with("did:key:zQ3s"), "{did}");
        assert!(crate::migration::is_did_key(&did));
        let text = key.file_text("did:plc:abc");
        assert_eq!(did_key_in_file(&text).as_deref(), Some(did.as_str()));
        // The private half in the file signs what the public half verifies.
        let hex = text.lines().find_map(|l| l.strip_prefix("private_key_hex: ")).unwrap();
        let bytes: Vec<u8> =
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
        let signer = SigningKey::from_slice(&bytes).unwrap();
        assert_eq!(RecoveryKey(signer).did_key(), did);
        assert!(!format!("{key:?}").contains(hex));
        assert_ne!(RecoveryKey::generate().did_key(), did, "two keys are not the same");
        assert_eq!(did_key_in_file("hello"), None);
        assert_eq!(RecoveryKey::file_name("did:plc:ab c"), "tektite-recovery-key-did-plc-ab-c.txt");
    }

    #[test]
    fn a_key_file_read_back_signs_with_low_s_and_damage_is_found() {
        use k256::ecdsa::signature::Verifier;
        let key = RecoveryKey::generate();
        let text = key.file_text("did:plc:abc");
        let back = RecoveryKey::from_file_text(&text).unwrap();
        assert_eq!(back.did_key(), key.did_key());
        for message in [&b"one"[..], b"two", b"three", b"four"] {
            let sig = Signature::from_slice(&back.sign(message)).unwrap();
            assert!(sig.normalize_s().is_none(), "s is already low");
            key.0.verifying_key().verify(message, &sig).unwrap();
        }
        let other = RecoveryKey::generate().did_key();
        let swapped = text.replace(&key.did_key(), &other);
        assert!(RecoveryKey::from_file_text(&swapped).unwrap_err().contains("does not belong"));
        assert!(RecoveryKey::from_file_text("hello").unwrap_err().contains("no private key"));
        let cut = text.replace("private_key_hex: ", "private_key_hex: 0");
        assert!(RecoveryKey::from_file_text(&cut).unwrap_err().contains("damaged"));
    }
}
