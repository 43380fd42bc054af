//! A recovery key made in the app for the user to hold: the engine generates it, the user gets
//! its file (a download in the browser, a private file in Downloads on the desktop) and says "I
//! saved it" before the move may use it. The private half lives in memory only (like a password,
//! in [`super::form::Secrets`]); the form keeps the public `did:key`, which is safe to store.

use tektite_engine::after_move::RecoveryKeyNote;
use tektite_engine::recovery_key::RecoveryKey;
use tektite_i18n::tr;

/// A key generated in this window, and what became of its file.
#[derive(Clone, PartialEq, Eq)]
pub struct NewRecoveryKey {
    pub did_key: String,
    pub file_name: String,
    /// The key file, private key included. Never stored, never logged.
    file_text: String,
    /// Where its file went ("in …"), or why it could not be saved; `None` before the first try.
    pub saved_to: Option<Result<String, String>>,
    /// The user ticked "I saved it".
    pub kept: bool,
}

impl std::fmt::Debug for NewRecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NewRecoveryKey({})", self.did_key)
    }
}

impl NewRecoveryKey {
    /// A fresh key for the account `account` (handle or DID, named in the file).
    pub fn generate(account: &str) -> Self {
        let key = RecoveryKey::generate();
        NewRecoveryKey {
            did_key: key.did_key(),
            file_name: RecoveryKey::file_name(account),
            file_text: key.file_text(account),
            saved_to: None,
            kept: false,
        }
    }

    /// Hands the key file to the user (again, if asked) and remembers where it went.
    pub fn hand_over(&mut self) {
        self.saved_to =
            Some(tektite_platform::hand_over_file(&self.file_name, &self.file_text).map_err(|e| e.to_string()));
    }

    /// What blocks using this key, if anything.
    pub fn problem(&self) -> Option<String> {
        match (&self.saved_to, self.kept) {
            (Some(Ok(_)), true) => None,
            (Some(Ok(_)), false) => Some(tr!("key-problem-not-ticked")),
            _ => Some(tr!("key-problem-not-saved")),
        }
    }
}

/// Where the move's recovery key is, for the after-move checklist.
pub fn note(did_key: &str, generated: Option<&NewRecoveryKey>) -> RecoveryKeyNote {
    if did_key.is_empty() {
        return RecoveryKeyNote::None;
    }
    let whereabouts = match generated {
        Some(NewRecoveryKey { did_key: k, saved_to: Some(Ok(place)), .. }) if k == did_key => place.clone(),
        _ => tr!("key-whereabouts-kept"),
    };
    RecoveryKeyNote::Held { did_key: did_key.to_owned(), whereabouts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_key_is_usable_only_once_saved_and_confirmed() {
        let mut key = NewRecoveryKey::generate("alice.test");
        assert!(key.did_key.starts_with("did:key:z") && key.problem().is_some());
        assert!(!format!("{key:?}").contains("private"));
        key.saved_to = Some(Ok("in /tmp/x".into()));
        assert!(key.problem().unwrap().contains("I saved it"));
        key.kept = true;
        assert_eq!(key.problem(), None);
        match note(&key.did_key.clone(), Some(&key)) {
            RecoveryKeyNote::Held { whereabouts, .. } => assert_eq!(whereabouts, "in /tmp/x"),
            other => panic!("{other:?}"),
        }
        assert_eq!(note("", Some(&key)), RecoveryKeyNote::None);
    }
}
