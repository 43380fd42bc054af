//! The permissions each way in asks for: the fewest that let it do its work (atproto's granular
//! scopes). `atproto` is always there; it alone already lets a session read what any reader can,
//! its own account's status and, for a deactivated account, its own repository and blobs.

/// Why Tektite signs in to the old account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A backup: the repository and blobs (also of a deactivated account) and the preferences.
    Backup,
    /// Putting a recovery key in the DID document: identity changes (the emailed code is still asked).
    Protect,
    /// A whole move: the new PDS's `createAccount` authorised by the old one, identity changes, and
    /// the preferences carried over.
    Move,
    /// Reading the account only (a blob repair, a plan): nothing beyond `atproto`.
    Read,
}

const PREFERENCES: &str = "rpc:app.bsky.actor.getPreferences?aud=*";
const IDENTITY: &str = "identity:*";
const CREATE_ACCOUNT: &str = "rpc:com.atproto.server.createAccount?aud=*";

impl Purpose {
    /// The scope string asked for.
    pub fn scope(self) -> String {
        let extra: &[&str] = match self {
            Purpose::Backup => &[PREFERENCES],
            Purpose::Protect => &[IDENTITY],
            Purpose::Move => &[IDENTITY, CREATE_ACCOUNT, PREFERENCES],
            Purpose::Read => &[],
        };
        std::iter::once("atproto").chain(extra.iter().copied()).collect::<Vec<_>>().join(" ")
    }

    /// Every way in.
    pub const ALL: [Purpose; 4] = [Purpose::Backup, Purpose::Protect, Purpose::Move, Purpose::Read];

    /// Every permission any way in asks for: what a hosted web client's metadata declares
    /// (`scripts/client-metadata.sh`), each sign-in then asking only for its own.
    pub fn all_scopes() -> String {
        let mut scopes: Vec<String> = Vec::new();
        for purpose in Purpose::ALL {
            for s in purpose.scope().split(' ') {
                if !scopes.iter().any(|k| k == s) {
                    scopes.push(s.to_owned());
                }
            }
        }
        scopes.join(" ")
    }

    /// What the permissions are for, in words (the README and the faces say it before the person
    /// goes to the server's page).
    pub fn explain(self) -> String {
        match self {
            Purpose::Backup => tektite_i18n::tr!("oauth-purpose-backup"),
            Purpose::Protect => tektite_i18n::tr!("oauth-purpose-protect"),
            Purpose::Move => tektite_i18n::tr!("oauth-purpose-move"),
            Purpose::Read => tektite_i18n::tr!("oauth-purpose-read"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_way_in_asks_only_for_what_it_needs() {
        assert_eq!(Purpose::Read.scope(), "atproto");
        assert_eq!(Purpose::Backup.scope(), "atproto rpc:app.bsky.actor.getPreferences?aud=*");
        assert_eq!(Purpose::Protect.scope(), "atproto identity:*");
        let moving = Purpose::Move.scope();
        assert!(moving.contains("identity:*") && moving.contains("rpc:com.atproto.server.createAccount?aud=*"));
        assert!(!moving.contains("transition:generic"), "never the catch-all scope");
    }

    #[test]
    fn the_hosted_clients_metadata_declares_every_scope_asked_for() {
        let script = include_str!("../../../scripts/client-metadata.sh");
        let declared = script.lines().find_map(|l| l.strip_prefix("scope='")).map(|l| l.trim_end_matches('\''));
        let declared: std::collections::BTreeSet<&str> = declared.expect("a scope line").split(' ').collect();
        let asked = Purpose::all_scopes();
        let asked: std::collections::BTreeSet<&str> = asked.split(' ').collect();
        assert_eq!(declared, asked, "scripts/client-metadata.sh and the scopes asked for differ");
    }
}
