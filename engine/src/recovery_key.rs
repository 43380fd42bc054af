//! A recovery key: a rotation key the user holds, generated here, so that its holder can sign
//! changes to the identity without any PDS (and override a PDS's change within 72 hours).
//!
//! secp256k1 (`k256`, randomness from the OS or the browser's `crypto.getRandomValues`); the public
//! half as a `did:key` (multicodec `secp256k1-pub` 0xe7 over the compressed point, base58btc
//! multibase), the private half as hex and as multibase with its multicodec (`secp256k1-priv`),
//! which other ATProto tools read. Where the key file goes is the face's business: the CLI writes
//! it (0600, a new file), the app hands it to the user as a download.

use k256::ecdsa::SigningKey;

/// Multicodec prefixes (unsigned varints): `secp256k1-pub` (0xe7) and `secp256k1-priv` (0x1301).
const SECP256K1_PUB: [u8; 2] = [0xe7, 0x01];
const SECP256K1_PRIV: [u8; 2] = [0x81, 0x26];

/// Where a recovery key file names its public half.
const DID_KEY_LINE: &str = "did_key: ";

/// A freshly generated recovery key. Its private half leaves only through [`RecoveryKey::file_text`].
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
}
