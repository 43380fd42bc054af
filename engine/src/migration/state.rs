//! What a whole-account migration has done so far, saved in the platform's key-value store under
//! `migration/<did>` after every step, so an interrupted run continues at the step it was in, also
//! days later. Holds addresses, the DID, the new handle and e-mail address: never a password or token.

use std::fmt;
use std::sync::Arc;
use tektite_i18n::tr;

use serde::{Deserialize, Serialize};
use tektite_platform::{KvStore, PlatformError};

use crate::runtime::unix_now;

/// Key prefix of saved migrations.
pub const KEY_PREFIX: &str = "migration/";

/// The persisted steps, in the order they run. Signing in and `describeServer` happen on every run
/// (they need the passwords, which are never saved) and are not steps of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// `getServiceAuth` (old) + `createAccount` (new, deactivated), or sign-in when it already exists.
    CreateAccount,
    /// `getRepo` (old) streamed into `importRepo` (new).
    ImportRepo,
    /// Every blob the new PDS misses, copied; `listMissingBlobs` is empty afterwards.
    Blobs,
    /// `getPreferences` (old) → `putPreferences` (new).
    Preferences,
    /// `requestPlcOperationSignature` (old): a token is emailed, valid 15 minutes.
    RequestPlcToken,
    /// `getRecommendedDidCredentials` (new), `signPlcOperation` (old), `submitPlcOperation` (new).
    /// Irreversible: the DID now points at the new PDS.
    PlcOperation,
    /// `activateAccount` (new).
    ActivateNew,
    /// `deactivateAccount` (old). Irreversible for the user's audience: the old account stops serving.
    DeactivateOld,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::CreateAccount,
        Step::ImportRepo,
        Step::Blobs,
        Step::Preferences,
        Step::RequestPlcToken,
        Step::PlcOperation,
        Step::ActivateNew,
        Step::DeactivateOld,
    ];

    /// The snake_case name used in events, state and the CLI.
    pub fn name(self) -> &'static str {
        match self {
            Step::CreateAccount => "create_account",
            Step::ImportRepo => "import_repo",
            Step::Blobs => "blobs",
            Step::Preferences => "preferences",
            Step::RequestPlcToken => "request_plc_token",
            Step::PlcOperation => "plc_operation",
            Step::ActivateNew => "activate_new",
            Step::DeactivateOld => "deactivate_old",
        }
    }

    /// What the step does, for people, in the current language.
    pub fn describe(self) -> String {
        match self {
            Step::CreateAccount => tr!("step-create-account"),
            Step::ImportRepo => tr!("step-import-repo"),
            Step::Blobs => tr!("step-blobs"),
            Step::Preferences => tr!("step-preferences"),
            Step::RequestPlcToken => tr!("step-request-plc-token"),
            Step::PlcOperation => tr!("step-plc-operation"),
            Step::ActivateNew => tr!("step-activate-new"),
            Step::DeactivateOld => tr!("step-deactivate-old"),
        }
    }

    /// What the step does for the identity `did`: a `did:web` has no PLC operation and no emailed
    /// code; its owner publishes the new document instead.
    pub fn describe_for(self, did: &str) -> String {
        match self {
            Step::RequestPlcToken if did.starts_with("did:web:") => tr!("step-request-plc-token-did-web"),
            Step::PlcOperation if did.starts_with("did:web:") => tr!("step-plc-operation-did-web"),
            _ => self.describe(),
        }
    }

    /// Steps that cannot be undone by running Tektite again.
    pub fn is_irreversible(self) -> bool {
        matches!(self, Step::PlcOperation | Step::DeactivateOld)
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A wait a server asked for: who, and until when (Unix seconds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedWait {
    pub host: String,
    pub until_unix: u64,
}

/// One saved migration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MigrationState {
    pub version: u32,
    pub did: String,
    /// The old PDS as the user gave it.
    pub old_pds: String,
    /// The new PDS as the user gave it.
    pub new_pds: String,
    /// The new PDS's service DID (`describeServer`), which identifies it whatever address it is
    /// reached under.
    pub new_pds_did: String,
    pub new_handle: String,
    pub new_email: String,
    /// Steps finished, in order.
    pub done: Vec<Step>,
    /// When the PLC token was last requested (it is valid for 15 minutes).
    #[serde(default)]
    pub plc_token_requested_unix: Option<u64>,
    /// The old repository's revision when it was last copied: what a catch-up asks the changes
    /// since (the new PDS's own revision is its own clock's).
    #[serde(default)]
    pub copied_rev: Option<String>,
    /// Blobs that can never be moved (gone at the source, too large for the new PDS) which the
    /// user accepted to lose; the identity moves without them.
    #[serde(default)]
    pub accepted_missing: Vec<String>,
    /// The last wait a server asked for during the blob step (a daily upload limit), until that
    /// step ends: what `status` says while a run waits or after it was stopped in a wait.
    #[serde(default)]
    pub waiting: Option<SavedWait>,
    /// The old account's handle when the move began: after the move it may resolve no more (a
    /// deactivated account's), and a run given that handle still finds its saved move.
    #[serde(default)]
    pub old_handle: Option<String>,
    /// How the old account was deactivated, once it was: the report says it.
    #[serde(default)]
    pub old_deactivated_by: Option<Deactivation>,
    pub created_unix: u64,
    pub updated_unix: u64,
}

impl MigrationState {
    pub fn new(did: &str, old_pds: &str, new_pds: &str, new_pds_did: &str, new_handle: &str, new_email: &str) -> Self {
        let now = unix_now();
        MigrationState {
            version: 1,
            did: did.to_owned(),
            old_pds: old_pds.to_owned(),
            new_pds: new_pds.to_owned(),
            new_pds_did: new_pds_did.to_owned(),
            new_handle: new_handle.to_owned(),
            new_email: new_email.to_owned(),
            done: Vec::new(),
            plc_token_requested_unix: None,
            copied_rev: None,
            accepted_missing: Vec::new(),
            waiting: None,
            old_handle: None,
            old_deactivated_by: None,
            created_unix: now,
            updated_unix: now,
        }
    }

    pub fn is_done(&self, step: Step) -> bool {
        self.done.contains(&step)
    }

    pub fn mark_done(&mut self, step: Step) {
        if !self.is_done(step) {
            self.done.push(step);
            self.done.sort();
        }
    }

    /// The first step not yet done; `None` when the migration is complete.
    pub fn next_step(&self) -> Option<Step> {
        Step::ALL.into_iter().find(|s| !self.is_done(*s))
    }

    pub fn is_complete(&self) -> bool {
        self.next_step().is_none()
    }
}

/// How the old account came to be deactivated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deactivation {
    /// Tektite asked the old PDS (`deactivateAccount`) with a password session.
    Password,
    /// The person did it on the old PDS's own account page (an OAuth session cannot), and Tektite
    /// saw the old account deactivated (`getRepoStatus`).
    AccountPage,
}

impl Deactivation {
    pub fn describe(self) -> String {
        match self {
            Deactivation::Password => tr!("deactivated-by-password"),
            Deactivation::AccountPage => tr!("deactivated-on-account-page"),
        }
    }
}

/// Saved migrations in a [`KvStore`].
#[derive(Clone)]
pub struct MigrationStore {
    kv: Arc<dyn KvStore>,
}

impl MigrationStore {
    pub fn new(kv: Arc<dyn KvStore>) -> Self {
        MigrationStore { kv }
    }

    fn key(did: &str) -> String {
        format!("{KEY_PREFIX}{did}")
    }

    pub async fn load(&self, did: &str) -> Result<Option<MigrationState>, PlatformError> {
        match self.kv.get(&Self::key(did)).await? {
            None => Ok(None),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| PlatformError::Io(format!("the saved migration of {did} is damaged ({e})"))),
        }
    }

    pub async fn save(&self, state: &mut MigrationState) -> Result<(), PlatformError> {
        state.updated_unix = unix_now();
        let bytes = serde_json::to_vec_pretty(state).map_err(|e| PlatformError::Io(e.to_string()))?;
        self.kv.put(&Self::key(&state.did), &bytes).await
    }

    pub async fn delete(&self, did: &str) -> Result<(), PlatformError> {
        self.kv.delete(&Self::key(did)).await
    }

    /// Every saved migration (damaged entries are skipped).
    pub async fn list(&self) -> Result<Vec<MigrationState>, PlatformError> {
        let mut out = Vec::new();
        for key in self.kv.list(KEY_PREFIX).await? {
            if let Some(did) = key.strip_prefix(KEY_PREFIX) {
                if let Ok(Some(state)) = self.load(did).await {
                    out.push(state);
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tektite_platform::memory::MemoryKv;

    #[tokio::test]
    async fn state_round_trips_and_knows_the_next_step() {
        let store = MigrationStore::new(Arc::new(MemoryKv::default()));
        let mut st = MigrationState::new("did:plc:a", "https://old", "https://new", "did:web:new", "a.new", "a@x");
        assert_eq!(st.next_step(), Some(Step::CreateAccount));
        st.mark_done(Step::ImportRepo);
        st.mark_done(Step::CreateAccount);
        st.mark_done(Step::CreateAccount);
        assert_eq!(st.done, vec![Step::CreateAccount, Step::ImportRepo]);
        assert_eq!(st.next_step(), Some(Step::Blobs));
        store.save(&mut st).await.unwrap();
        let back = store.load("did:plc:a").await.unwrap().unwrap();
        assert_eq!(back, st);
        assert_eq!(store.list().await.unwrap().len(), 1);
        let json = String::from_utf8(serde_json::to_vec(&back).unwrap()).unwrap();
        assert!(json.contains("\"import_repo\""), "{json}");
        for s in Step::ALL {
            st.mark_done(s);
        }
        assert!(st.is_complete());
    }
}
