//! What the user types, and its validation into a [`Request`] for [`super::flow::run`].
//!
//! One form serves every way in: the whole **move** (a new account is created on the new PDS), the
//! **repair** (the account exists on both; only the blob step runs) and the **backup** (the old
//! account alone, into a folder or the browser's storage). The repair asks for fewer fields and
//! reads `new_handle` as the existing account's handle or DID; the backup asks for the account only.

use serde::{Deserialize, Serialize};
use tektite_engine::identity::{Resolver, DEFAULT_HANDLE_RESOLVER, DEFAULT_PLC_URL};
use tektite_engine::plan::PlanOptions;
use tektite_engine::StrategyKind;
use tektite_i18n::tr;

use super::events::ServerFacts;
use super::recovery_key::NewRecoveryKey;

/// Which way in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The whole account move: account, repository, blobs, preferences, identity.
    #[default]
    Move,
    /// Only the blob step, for an account already moved whose new PDS misses blobs.
    Repair,
    /// A backup of the account: repository, blobs, preferences, identity (nothing is changed).
    Backup,
    /// A recovery key added to the account's identity through its current PDS, ahead of trouble.
    Protect,
    /// The old PDS is gone: a backup brought up on a new PDS, signed with the recovery key.
    Restore,
}

impl Mode {
    /// Whether this way in needs a new PDS (the backup and the protection need none).
    pub fn has_new_pds(self) -> bool {
        !matches!(self, Mode::Backup | Mode::Protect)
    }

    /// Whether this way in signs in to the account where it lives now (a restore has no server to
    /// sign in to: the backup and the recovery key stand in for it).
    pub fn has_old_account(self) -> bool {
        self != Mode::Restore
    }

    /// Whether this way in creates the account on the new PDS (handle, email, new password).
    pub fn creates_account(self) -> bool {
        matches!(self, Mode::Move | Mode::Restore)
    }
}

/// The strategy the user picked; `Auto` lets the plan decide from the probes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StrategyPick {
    #[default]
    Auto,
    Streaming,
    Storage,
}

impl StrategyPick {
    pub const ALL: [StrategyPick; 3] = [StrategyPick::Auto, StrategyPick::Streaming, StrategyPick::Storage];

    /// The value of the `<select>` option (and of the saved form).
    pub fn value(self) -> &'static str {
        match self {
            StrategyPick::Auto => "auto",
            StrategyPick::Streaming => "streaming",
            StrategyPick::Storage => "storage",
        }
    }

    pub fn from_value(value: &str) -> StrategyPick {
        match value {
            "streaming" => StrategyPick::Streaming,
            "storage" => StrategyPick::Storage,
            _ => StrategyPick::Auto,
        }
    }

    pub fn label(self) -> String {
        match self {
            StrategyPick::Auto => tr!("strategy-auto"),
            StrategyPick::Streaming => tr!("strategy-streaming"),
            StrategyPick::Storage => tr!("strategy-storage"),
        }
    }

    /// One sentence on what the pick does, shown under the choice.
    pub fn explain(self) -> String {
        match self {
            StrategyPick::Auto => tr!("strategy-auto-explain"),
            StrategyPick::Streaming => tr!("strategy-streaming-explain"),
            StrategyPick::Storage => tr!("strategy-storage-explain"),
        }
    }

    pub fn kind(self) -> Option<StrategyKind> {
        match self {
            StrategyPick::Auto => None,
            StrategyPick::Streaming => Some(StrategyKind::Streaming),
            StrategyPick::Storage => Some(StrategyKind::Storage),
        }
    }
}

/// How the old account signs in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignIn {
    /// On its own server's page (OAuth): Tektite never sees the password.
    #[default]
    Server,
    /// With the account's password, typed here.
    Password,
}

/// The non-secret fields of the form: safe to store, and stored (see [`super::saved`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Form {
    /// Not stored: the saved record's key says which way it was.
    #[serde(skip)]
    pub mode: Mode,
    /// Where to sign in to the old account (advanced): its PDS, or an entryway such as
    /// `https://bsky.social`. Empty: the PDS its DID document names.
    pub old_pds: String,
    /// Handle or DID of the account on the old PDS.
    pub old_id: String,
    /// How the old account signs in (its server's page unless the person chose the password).
    pub sign_in: SignIn,
    pub new_pds: String,
    /// Move: the handle the account gets on the new PDS. Repair: the handle or DID of the account
    /// already there (records of earlier versions call it `new_id`).
    #[serde(alias = "new_id")]
    pub new_handle: String,
    /// Move: the email address of the new account (the PLC code goes to the old account's address).
    pub new_email: String,
    pub invite_code: String,
    /// The PLC directory; the public one unless testing.
    pub plc_url: String,
    /// The service that resolves handles DNS does not (advanced; a lab's own PDS when testing).
    pub handle_resolver: String,
    /// Move: a rotation key the user holds (`did:key:…`, a public key: safe to keep), put first in
    /// the DID document.
    pub recovery_key: String,
    pub strategy: StrategyPick,
    /// Blobs moved at once; `None` = the plan's default.
    pub concurrency: Option<usize>,
    /// Backup, desktop: the folder it goes into (empty: `Documents/Tektite backups/<account>`).
    pub backup_folder: String,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            mode: Mode::Move,
            old_pds: String::new(),
            old_id: String::new(),
            sign_in: SignIn::Server,
            new_pds: String::new(),
            new_handle: String::new(),
            new_email: String::new(),
            invite_code: String::new(),
            plc_url: DEFAULT_PLC_URL.to_owned(),
            handle_resolver: DEFAULT_HANDLE_RESOLVER.to_owned(),
            recovery_key: String::new(),
            strategy: StrategyPick::Auto,
            concurrency: None,
            backup_folder: String::new(),
        }
    }
}

/// Passwords and codes: in memory for one run, never serialised.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secrets {
    pub old_password: String,
    /// The sign-in code the old PDS emailed (two-factor), when it asked for one.
    pub auth_factor: String,
    pub new_password: String,
    /// A recovery key generated in this window (its private half), until the move has used it.
    pub new_recovery_key: Option<NewRecoveryKey>,
    /// Restore: the recovery key file the user picked (name, text with the private key).
    pub recovery_key_file: Option<(String, String)>,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secrets { .. }")
    }
}

/// Which form field a validation message belongs to (the view shows it next to the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    OldPds,
    OldId,
    OldPassword,
    NewPds,
    NewHandle,
    NewEmail,
    NewPassword,
    InviteCode,
    PlcUrl,
    HandleResolver,
    RecoveryKey,
    /// Restore: the backup to bring up.
    Backup,
    /// Restore: the recovery key file.
    RecoveryKeyFile,
}

/// A validated form: everything [`super::flow::run`] needs.
#[derive(Debug, Clone)]
pub struct Request {
    pub form: Form,
    pub secrets: Secrets,
    /// Continue a stopped run: start without waiting for the go at the plan.
    pub start_at_once: bool,
}

impl Request {
    pub fn plan_options(&self) -> PlanOptions {
        PlanOptions { strategy: self.form.strategy.kind(), concurrency: self.form.concurrency, chunk_size: None }
    }

    /// Where the old account is signed in to, when the user said (else its DID document decides).
    pub fn old_pds(&self) -> Option<&str> {
        Some(self.form.old_pds.as_str()).filter(|u| !u.is_empty())
    }

    /// The rotation key the user holds, when given.
    pub fn recovery_key(&self) -> Option<String> {
        Some(self.form.recovery_key.clone()).filter(|k| !k.is_empty())
    }

    /// Where handles and DID documents are looked up.
    pub fn resolver(&self) -> Resolver {
        self.form.resolver()
    }

    /// Where the backup of `did` goes: the folder typed (desktop), else the target's default.
    pub fn backup_location(&self, did: &str) -> String {
        match self.form.backup_folder.as_str() {
            "" => tektite_platform::backup::default_backup_location(&self.form.old_id, did),
            folder => folder.to_owned(),
        }
    }

    /// The two-factor code, when one was typed.
    pub fn auth_factor(&self) -> Option<&str> {
        Some(self.secrets.auth_factor.trim()).filter(|c| !c.is_empty())
    }
}

/// A URL field, tidied, or `default` when left empty.
fn or_default(raw: &str, default: &str) -> String {
    if raw.trim().is_empty() {
        default.to_owned()
    } else {
        normalize_url(raw)
    }
}

/// `pds.example.com` → `https://pds.example.com`; trims spaces and trailing slashes.
pub use tektite_engine::xrpc::service_url as normalize_url;

pub fn url_problem(url: &str) -> Option<String> {
    if url.is_empty() {
        return Some(tr!("form-error-no-address"));
    }
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    match rest {
        None => Some(tr!("form-error-scheme")),
        Some(host) if host.is_empty() || host.starts_with('/') => Some(tr!("form-error-no-host")),
        Some(_) => None,
    }
}

impl Form {
    /// Where handles and DID documents are looked up.
    pub fn resolver(&self) -> Resolver {
        Resolver { plc_url: self.plc_url.clone(), handle_resolver: self.handle_resolver.clone() }
    }

    /// The form with addresses and handles tidied (what gets stored and sent).
    pub fn normalized(&self) -> Form {
        let handle = |s: &str| s.trim().trim_start_matches('@').to_owned();
        Form {
            mode: self.mode,
            old_pds: normalize_url(&self.old_pds),
            old_id: handle(&self.old_id),
            sign_in: self.sign_in,
            new_pds: normalize_url(&self.new_pds),
            new_handle: handle(&self.new_handle),
            new_email: self.new_email.trim().to_owned(),
            invite_code: self.invite_code.trim().to_owned(),
            plc_url: or_default(&self.plc_url, DEFAULT_PLC_URL),
            handle_resolver: or_default(&self.handle_resolver, DEFAULT_HANDLE_RESOLVER),
            recovery_key: self.recovery_key.trim().to_owned(),
            strategy: self.strategy,
            concurrency: self.concurrency.filter(|c| *c > 0),
            backup_folder: self.backup_folder.trim().to_owned(),
        }
    }

    /// Checks the form for its mode; every problem is returned with its field. `invite_required`
    /// comes from the new PDS's `describeServer`, when it was asked.
    /// Checks the form; `server` is what the new PDS said about itself, when known (its invite
    /// rule and handle domains).
    pub fn validate(&self, secrets: &Secrets, server: Option<&ServerFacts>) -> Result<Request, Vec<(Field, String)>> {
        let form = self.normalized();
        let invite_required = server.is_some_and(|s| s.invite_required);
        let domains: &[String] = server.map_or(&[], |s| &s.user_domains);
        let moving = form.mode.creates_account();
        let mut p = Vec::new();
        let mut problem = |field: Field, text: &str| p.push((field, text.to_owned()));
        if let Some(e) = Some(&form.old_pds).filter(|u| !u.is_empty()).and_then(|u| url_problem(u)) {
            problem(Field::OldPds, &e);
        }
        if !form.mode.has_old_account() {
            if form.backup_folder.is_empty() {
                problem(Field::Backup, &tr!("form-error-backup"));
            }
            match &secrets.recovery_key_file {
                None => problem(Field::RecoveryKeyFile, &tr!("form-error-key-file")),
                Some((name, text)) => {
                    if let Err(e) = tektite_engine::recovery_key::RecoveryKey::from_file_text(text) {
                        problem(
                            Field::RecoveryKeyFile,
                            &tr!("form-key-file-unusable", name = name, error = e.to_string()),
                        );
                    }
                }
            }
        } else if form.old_id.is_empty() {
            problem(Field::OldId, &tr!("form-error-old-id"));
        } else if !form.old_id.contains('.') && !form.old_id.starts_with("did:") {
            problem(Field::OldId, &tr!("form-error-handle-domain-bsky", handle = &form.old_id));
        }
        if form.mode.has_old_account() && form.sign_in == SignIn::Password && secrets.old_password.is_empty() {
            problem(Field::OldPassword, &tr!("form-error-old-password"));
        }
        if !form.mode.has_new_pds() {
            // A backup needs the account alone.
        } else if let Some(e) = url_problem(&form.new_pds) {
            problem(Field::NewPds, &e);
        } else if form.mode.has_old_account() && form.new_pds == form.old_pds {
            problem(Field::NewPds, &tr!("form-error-same-pds"));
        }
        if form.mode == Mode::Backup {
            // Nothing more to ask: where it goes has a default.
        } else if form.mode == Mode::Protect {
            let generated = secrets.new_recovery_key.as_ref().filter(|k| k.did_key == form.recovery_key);
            if form.recovery_key.is_empty() {
                problem(Field::RecoveryKey, &tr!("form-error-key-missing"));
            } else if !tektite_engine::migration::is_did_key(&form.recovery_key) {
                problem(Field::RecoveryKey, &tr!("form-error-key-format"));
            } else if let Some(p) = generated.and_then(NewRecoveryKey::problem) {
                problem(Field::RecoveryKey, &p);
            }
        } else if moving {
            if form.new_handle.is_empty() || form.new_handle.starts_with("did:") {
                problem(Field::NewHandle, &tr!("form-error-new-handle"));
            } else if !form.new_handle.contains('.') {
                problem(
                    Field::NewHandle,
                    &match domains.first() {
                        Some(d) => tr!("form-error-handle-domain", suggestion = format!("{}{d}", form.new_handle)),
                        None => tr!("form-error-handle-domain-example", handle = &form.new_handle),
                    },
                );
            }
            if !form.new_email.contains('@') {
                problem(Field::NewEmail, &tr!("form-error-email"));
            }
            if secrets.new_password.len() < 8 {
                problem(Field::NewPassword, &tr!("form-error-new-password"));
            }
            if invite_required && form.invite_code.is_empty() {
                problem(Field::InviteCode, &tr!("form-error-invite"));
            }
            let generated = secrets.new_recovery_key.as_ref().filter(|k| k.did_key == form.recovery_key);
            if form.mode == Mode::Restore {
                // The recovery key is the file's.
            } else if !form.recovery_key.is_empty() && !tektite_engine::migration::is_did_key(&form.recovery_key) {
                problem(Field::RecoveryKey, &tr!("form-error-key-format"));
            } else if let Some(p) = generated.and_then(NewRecoveryKey::problem) {
                problem(Field::RecoveryKey, &p);
            }
        } else {
            if form.new_handle.is_empty() {
                problem(Field::NewHandle, &tr!("form-error-repair-handle"));
            }
            if secrets.new_password.is_empty() {
                problem(Field::NewPassword, &tr!("form-error-repair-password"));
            }
        }
        if url_problem(&form.plc_url).is_some() {
            problem(Field::PlcUrl, &tr!("form-error-scheme"));
        }
        if url_problem(&form.handle_resolver).is_some() {
            problem(Field::HandleResolver, &tr!("form-error-scheme"));
        }
        if p.is_empty() {
            Ok(Request { form, secrets: secrets.clone(), start_at_once: false })
        } else {
            Err(p)
        }
    }

    /// A fresh form for `mode` that starts from what this one knows: the account, how it signs
    /// in, the PLC directory and handle resolver (a lab's, a company's), and for a repair the new
    /// PDS and the account there. Nothing secret is in a form.
    pub fn carried_to(&self, mode: Mode) -> Form {
        let repairing = mode == Mode::Repair;
        Form {
            mode,
            old_pds: self.old_pds.clone(),
            old_id: self.old_id.clone(),
            sign_in: self.sign_in,
            plc_url: self.plc_url.clone(),
            handle_resolver: self.handle_resolver.clone(),
            new_pds: if repairing { self.new_pds.clone() } else { String::new() },
            new_handle: if repairing { self.new_handle.clone() } else { String::new() },
            ..Form::default()
        }
    }

    /// The same accounts and servers (a saved record of this form's run may continue it).
    pub fn same_accounts(&self, other: &Form) -> bool {
        self.mode == other.mode
            && self.old_pds == other.old_pds
            && self.old_id == other.old_id
            && (self.mode != Mode::Repair || (self.new_pds == other.new_pds && self.new_handle == other.new_handle))
            && (self.mode != Mode::Restore
                || (self.backup_folder == other.backup_folder && self.new_pds == other.new_pds))
    }

    /// Fills fields from `key=value` pairs (the web page's query string, the demo's environment):
    /// `from`, `id`, `to`, `handle`, `email`, `invite`, `plc`, `resolver`. Returns whether anything
    /// was filled.
    pub fn prefill(&mut self, pairs: impl IntoIterator<Item = (String, String)>) -> bool {
        let mut any = false;
        for (k, v) in pairs {
            let slot = match k.as_str() {
                "from" => &mut self.old_pds,
                "id" => &mut self.old_id,
                "to" => &mut self.new_pds,
                "handle" => &mut self.new_handle,
                "email" => &mut self.new_email,
                "invite" => &mut self.invite_code,
                "plc" => &mut self.plc_url,
                "resolver" => &mut self.handle_resolver,
                _ => continue,
            };
            if !v.is_empty() {
                *slot = v;
                any = true;
            }
        }
        any
    }
}

/// Prefill for demos and links: on the web the page's query string (`?from=…&id=…&to=…&handle=…&
/// email=…&invite=…&plc=…&resolver=…`), on the desktop the environment (`TEKTITE_FROM`, `TEKTITE_ID`,
/// `TEKTITE_TO`, `TEKTITE_HANDLE`, `TEKTITE_EMAIL`, `TEKTITE_INVITE`, `TEKTITE_PLC`, `TEKTITE_RESOLVER`).
/// Returns whether
/// anything was filled in.
pub fn prefill_from_environment(form: &mut Form) -> bool {
    #[cfg(target_arch = "wasm32")]
    let pairs = web_sys::window().and_then(|w| w.location().search().ok()).map(|q| parse_query(&q)).unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let pairs: Vec<(String, String)> = ["from", "id", "to", "handle", "email", "invite", "plc", "resolver"]
        .into_iter()
        .filter_map(|k| std::env::var(format!("TEKTITE_{}", k.to_uppercase())).ok().map(|v| (k.to_owned(), v)))
        .collect();
    form.prefill(pairs)
}

/// `a=1&b=x%40y` → pairs, percent- and plus-decoded.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // the web's query string
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                        Ok(b) => {
                            out.push(b);
                            i += 2;
                        }
                        Err(_) => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// A filled-in move form (addresses still untidied), for tests here and in the controller.
#[cfg(test)]
pub(crate) fn example_move() -> (Form, Secrets) {
    (
        Form {
            old_pds: "old.example".into(),
            old_id: "@alice.old.example".into(),
            new_pds: "https://new.example/".into(),
            new_handle: "alice.new.example".into(),
            new_email: "alice@example.com".into(),
            ..Default::default()
        },
        Secrets { old_password: "pw".into(), new_password: "new-password".into(), ..Default::default() },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invite_only() -> ServerFacts {
        ServerFacts {
            url: "https://new.example".into(),
            did: "did:web:new.example".into(),
            user_domains: vec![".new.example".into()],
            invite_required: true,
            phone_required: false,
        }
    }

    fn repair() -> (Form, Secrets) {
        (
            Form {
                mode: Mode::Repair,
                old_pds: " old.example.com/ ".into(),
                old_id: "@alice.old.example.com".into(),
                new_pds: "http://localhost:2583".into(),
                new_handle: "alice.new.test".into(),
                strategy: StrategyPick::Storage,
                concurrency: Some(0),
                ..Default::default()
            },
            Secrets { old_password: "a".into(), new_password: "b".into(), ..Default::default() },
        )
    }

    #[test]
    fn a_filled_repair_form_is_tidied_into_a_request() {
        let (form, secrets) = repair();
        let req = form.validate(&secrets, None).unwrap();
        assert_eq!(req.form.old_pds, "https://old.example.com");
        assert_eq!(req.form.old_id, "alice.old.example.com");
        assert_eq!(req.form.new_pds, "http://localhost:2583");
        assert_eq!(req.form.concurrency, None);
        assert_eq!(req.plan_options().strategy, Some(StrategyKind::Storage));
    }

    #[test]
    fn another_way_in_starts_from_what_is_known() {
        let (moving, _) = example_move();
        let moving = Form { plc_url: "http://localhost:2582".into(), ..moving };
        let backup = moving.carried_to(Mode::Backup);
        assert_eq!((backup.mode, backup.old_id.as_str()), (Mode::Backup, moving.old_id.as_str()));
        assert_eq!(backup.plc_url, "http://localhost:2582", "the directory used last");
        assert!(backup.new_pds.is_empty() && backup.new_email.is_empty());
        let repair = moving.carried_to(Mode::Repair);
        assert_eq!(
            (repair.new_pds.as_str(), repair.new_handle.as_str()),
            (moving.new_pds.as_str(), moving.new_handle.as_str())
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let blank = Form { mode: Mode::Repair, ..Default::default() };
        let fields: Vec<Field> =
            blank.validate(&Secrets::default(), None).unwrap_err().iter().map(|(f, _)| *f).collect();
        // The old PDS's address is optional: the account's DID document says where it lives. The
        // old account signs in on its server's page: no password asked.
        assert_eq!(fields, [Field::OldId, Field::NewPds, Field::NewHandle, Field::NewPassword]);
        let with_password = Form { sign_in: SignIn::Password, ..blank };
        let fields: Vec<Field> =
            with_password.validate(&Secrets::default(), None).unwrap_err().iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [Field::OldId, Field::OldPassword, Field::NewPds, Field::NewHandle, Field::NewPassword]);
        let (mut form, secrets) = repair();
        form.old_pds = "ftp://old".into();
        assert_eq!(form.validate(&secrets, None).unwrap_err()[0].0, Field::OldPds);
        form.old_pds = String::new();
        let req = form.validate(&secrets, None).expect("no old address is fine");
        assert_eq!(req.old_pds(), None);
        assert_eq!(req.resolver().handle_resolver, DEFAULT_HANDLE_RESOLVER);
        let (mut form, secrets) = repair();
        form.new_pds = "old.example.com".into();
        assert_eq!(form.validate(&secrets, None).unwrap_err()[0].0, Field::NewPds);
        form.new_pds = "ftp://x".into();
        assert!(form.validate(&secrets, None).unwrap_err()[0].1.contains("http"));

        // The move asks for more: the new account's handle, email, password and invite code.
        let fields: Vec<Field> = Form { sign_in: SignIn::Password, ..Form::default() }
            .validate(&Secrets::default(), Some(&invite_only()))
            .unwrap_err()
            .iter()
            .map(|(f, _)| *f)
            .collect();
        for f in [Field::OldId, Field::OldPassword, Field::NewHandle, Field::NewEmail, Field::InviteCode] {
            assert!(fields.contains(&f), "{f:?} not reported");
        }
        let (form, secrets) = example_move();
        assert_eq!(form.validate(&secrets, Some(&invite_only())).unwrap_err()[0].0, Field::InviteCode);
        let req = form.validate(&secrets, None).expect("valid");
        assert_eq!(req.form.old_pds, "https://old.example");
        assert_eq!(req.form.new_pds, "https://new.example");
        assert_eq!(req.form.plc_url, DEFAULT_PLC_URL);
    }

    #[test]
    fn secrets_never_serialise_and_never_print() {
        let (form, secrets) = repair();
        let json = serde_json::to_string(&form).unwrap();
        assert!(!json.contains("password"));
        assert_eq!(format!("{secrets:?}"), "Secrets { .. }");
        let back: Form = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Form { mode: Mode::Move, ..form });
        assert_eq!(StrategyPick::from_value(StrategyPick::Storage.value()), StrategyPick::Storage);
    }

    #[test]
    fn the_query_prefills_the_form() {
        let mut f = Form::default();
        assert!(f.prefill(parse_query("?from=http%3A%2F%2F127.0.0.1%3A2583&id=a.test&email=a%40b.c&x=1&plc=")));
        assert_eq!(f.old_pds, "http://127.0.0.1:2583");
        assert_eq!(f.new_email, "a@b.c");
        assert_eq!(f.plc_url, DEFAULT_PLC_URL, "an empty value changes nothing");
        assert_eq!(parse_query("a=%zz&b=c+d"), vec![("a".into(), "%zz".into()), ("b".into(), "c d".into())]);
    }

    #[test]
    fn a_handle_without_its_domain_gets_the_likely_one_suggested() {
        let secrets = Secrets { old_password: "pw".into(), new_password: "new-password".into(), ..Default::default() };
        let form = Form {
            old_id: "alice".into(),
            new_pds: "https://new.example".into(),
            new_handle: "alice".into(),
            new_email: "a@b.c".into(),
            ..Default::default()
        };
        let problems = form.validate(&secrets, Some(&invite_only())).unwrap_err();
        let said = |f: Field| problems.iter().find(|(g, _)| *g == f).map(|(_, m)| m.clone()).unwrap_or_default();
        assert!(said(Field::OldId).contains("alice.bsky.social"), "{problems:?}");
        assert!(said(Field::NewHandle).contains("alice.new.example"), "{problems:?}");
    }
}
