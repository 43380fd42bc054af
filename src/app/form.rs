//! What the user types, and its validation into a [`Request`] for [`super::flow::run`].

use serde::{Deserialize, Serialize};
use tektite_engine::plan::PlanOptions;
use tektite_engine::StrategyKind;

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

    pub fn label(self) -> &'static str {
        match self {
            StrategyPick::Auto => "Automatic",
            StrategyPick::Streaming => "Streaming",
            StrategyPick::Storage => "Storage (local copy first)",
        }
    }

    /// One sentence on what the pick does, shown under the choice.
    pub fn explain(self) -> &'static str {
        match self {
            StrategyPick::Auto => {
                "Decided from the measurements: a local copy first for up to 50 blobs when there is room, \
                 streaming otherwise."
            }
            StrategyPick::Streaming => {
                "Each blob goes straight from the old PDS to the new one; nothing is kept on this device."
            }
            StrategyPick::Storage => {
                "Each blob is downloaded and verified into local storage, then uploaded from there: a failed \
                 upload never downloads it again."
            }
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

/// The non-secret fields of the form: safe to store, and stored (see [`super::saved`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Form {
    /// Address of the old PDS, e.g. `https://bsky.social`.
    pub old_pds: String,
    /// Handle or DID of the account on the old PDS.
    pub old_id: String,
    /// Address of the new PDS.
    pub new_pds: String,
    /// Handle or DID of the (already created, usually deactivated) account on the new PDS.
    pub new_id: String,
    pub strategy: StrategyPick,
    /// Blobs moved at once; `None` = the plan's default.
    pub concurrency: Option<usize>,
}

/// The passwords. Held only in memory for one run; never serialised.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secrets {
    pub old_password: String,
    pub new_password: String,
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
    NewId,
    NewPassword,
}

/// A validated form: everything [`super::flow::run`] needs.
#[derive(Debug, Clone)]
pub struct Request {
    pub form: Form,
    pub secrets: Secrets,
}

impl Request {
    pub fn plan_options(&self) -> PlanOptions {
        PlanOptions { strategy: self.form.strategy.kind(), concurrency: self.form.concurrency, chunk_size: None }
    }
}

/// `pds.example.com` → `https://pds.example.com`; trims spaces and trailing slashes.
pub fn normalize_url(raw: &str) -> String {
    let t = raw.trim().trim_end_matches('/');
    if t.is_empty() || t.contains("://") {
        t.to_owned()
    } else {
        format!("https://{t}")
    }
}

pub fn url_problem(url: &str) -> Option<&'static str> {
    if url.is_empty() {
        return Some("Enter the server's address, e.g. https://bsky.social");
    }
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    match rest {
        None => Some("Use an http:// or https:// address"),
        Some(host) if host.is_empty() || host.starts_with('/') => Some("The address has no host name"),
        Some(_) => None,
    }
}

impl Form {
    /// The form with addresses and handles tidied (what gets stored and sent).
    pub fn normalized(&self) -> Form {
        Form {
            old_pds: normalize_url(&self.old_pds),
            old_id: self.old_id.trim().trim_start_matches('@').to_owned(),
            new_pds: normalize_url(&self.new_pds),
            new_id: self.new_id.trim().trim_start_matches('@').to_owned(),
            strategy: self.strategy,
            concurrency: self.concurrency.filter(|c| *c > 0),
        }
    }

    /// Checks the form; every problem is returned, each with its field.
    pub fn validate(&self, secrets: &Secrets) -> Result<Request, Vec<(Field, String)>> {
        let form = self.normalized();
        let mut problems = Vec::new();
        if let Some(p) = url_problem(&form.old_pds) {
            problems.push((Field::OldPds, p.to_owned()));
        }
        if form.old_id.is_empty() {
            problems.push((Field::OldId, "Enter your handle (alice.bsky.social) or DID".to_owned()));
        }
        if secrets.old_password.is_empty() {
            problems.push((Field::OldPassword, "Enter the account's password on the old PDS".to_owned()));
        }
        if let Some(p) = url_problem(&form.new_pds) {
            problems.push((Field::NewPds, p.to_owned()));
        }
        if form.new_id.is_empty() {
            problems.push((Field::NewId, "Enter the handle or DID of the account on the new PDS".to_owned()));
        }
        if secrets.new_password.is_empty() {
            problems.push((Field::NewPassword, "Enter the account's password on the new PDS".to_owned()));
        }
        if !form.old_pds.is_empty() && form.old_pds == form.new_pds {
            problems.push((Field::NewPds, "The new PDS has the same address as the old one".to_owned()));
        }
        if problems.is_empty() {
            Ok(Request { form, secrets: secrets.clone() })
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> (Form, Secrets) {
        (
            Form {
                old_pds: " old.example.com/ ".into(),
                old_id: "@alice.old.example.com".into(),
                new_pds: "http://localhost:2583".into(),
                new_id: "alice.new.test".into(),
                strategy: StrategyPick::Storage,
                concurrency: Some(0),
            },
            Secrets { old_password: "a".into(), new_password: "b".into() },
        )
    }

    #[test]
    fn a_filled_form_is_tidied_into_a_request() {
        let (form, secrets) = filled();
        let req = form.validate(&secrets).unwrap();
        assert_eq!(req.form.old_pds, "https://old.example.com");
        assert_eq!(req.form.old_id, "alice.old.example.com");
        assert_eq!(req.form.new_pds, "http://localhost:2583");
        assert_eq!(req.form.concurrency, None);
        assert_eq!(req.plan_options().strategy, Some(StrategyKind::Storage));
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let problems = Form::default().validate(&Secrets::default()).unwrap_err();
        let fields: Vec<Field> = problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [Field::OldPds, Field::OldId, Field::OldPassword, Field::NewPds, Field::NewId, Field::NewPassword]
        );
        let (mut form, secrets) = filled();
        form.new_pds = "old.example.com".into();
        let problems = form.validate(&secrets).unwrap_err();
        assert_eq!(problems[0].0, Field::NewPds);
        form.new_pds = "ftp://x".into();
        assert!(form.validate(&secrets).unwrap_err()[0].1.contains("http"));
    }

    #[test]
    fn passwords_never_serialise_and_never_print() {
        let (form, secrets) = filled();
        let json = serde_json::to_string(&form).unwrap();
        assert!(!json.contains("password"));
        assert_eq!(format!("{secrets:?}"), "Secrets { .. }");
        let back: Form = serde_json::from_str(&json).unwrap();
        assert_eq!(back, form);
        assert_eq!(StrategyPick::from_value(StrategyPick::Storage.value()), StrategyPick::Storage);
    }
}
