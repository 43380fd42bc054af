//! `recovery-key add`: a recovery key added to the account's identity through its current PDS
//! (`tektite_engine::protect`), generated into a private file or given as a `did:key`. Like
//! `migrate`, the PDS emails a code: exit 3 until the command runs again with `TEKTITE_PLC_TOKEN`.

use std::sync::Arc;
use tektite_i18n::tr;

use tektite_engine::account::{self, Login, Secret, Side};
use tektite_engine::oauth::Purpose;
use tektite_engine::protect::{self, Protection};

use crate::args::RecoveryKeyAddArgs;
use crate::exit::{run_command, secret, Stop, EXIT_FAILED, EXIT_OK, EXIT_USAGE, EXIT_WAITING_FOR_TOKEN};
use crate::migrate::env_nonempty;
use crate::output::Printer;

pub async fn main(args: RecoveryKeyAddArgs) -> i32 {
    run_command(args.json, &tr!("cli-kept-protect"), |printer| run(&args, printer)).await
}

async fn run(args: &RecoveryKeyAddArgs, printer: Arc<Printer>) -> Result<i32, Stop> {
    let old = &args.old;
    let key = match (&args.key, &args.out) {
        (Some(key), _) if tektite_engine::migration::is_did_key(key) => key.clone(),
        (Some(key), _) => return Err(Stop::usage(tr!("cli-not-a-did-key", key = key))),
        (None, Some(path)) => {
            let (key, new) = crate::recovery_key::obtain(path, &old.from_id).map_err(Stop::usage)?;
            if new && !args.json {
                eprintln!("{}", tr!("cli-new-key-file", path = path.display().to_string()));
            }
            key
        }
        (None, None) => return Err(Stop::usage(tr!("cli-protect-needs-key"))),
    };
    let resolver = old.resolver();
    let (password, auth_factor, session) = if old.sign_in.oauth {
        let session = crate::oauth::sign_in(&old.sign_in, &old.from_id, None, &resolver, Purpose::Protect).await?;
        (String::new(), None, Some(session))
    } else {
        let prompt = tr!("cli-prompt-password", id = &old.from_id);
        let password = secret("TEKTITE_FROM_PASSWORD", &prompt, &tr!("cli-what-password"))?;
        (password, env_nonempty("TEKTITE_FROM_2FA"), None)
    };
    let (url, secret) = match session {
        Some(session) => (None, Secret::Session(session)),
        None => (old.from.as_deref(), Secret::password(&password, auth_factor.as_deref())),
    };
    let login = Login { url, id: &old.from_id, secret };
    let home = account::sign_in_home(login, Side::Old, &resolver, printer)
        .await
        .map_err(|e| Stop::usage(e.source.to_string()))?;
    let code = env_nonempty("TEKTITE_PLC_TOKEN");
    let did = &home.session.did;
    // The identity changes: never beside a move of the same account.
    let _lock = crate::local::account_lock(did, "recovery-key add")?;
    let outcome = protect::add_recovery_key(&home.client, &resolver, did, &key, code.as_deref())
        .await
        .map_err(|e| Stop { code: if e.is_bad_input() { EXIT_USAGE } else { EXIT_FAILED }, message: e.to_string() })?;
    if args.json {
        println!("{}", serde_json::json!({ "did": did, "key": key, "result": outcome }));
    }
    match outcome {
        Protection::CodeSent => {
            if !args.json {
                eprintln!("{}", tr!("cli-protect-code-sent", pds = &home.pds, key = &key));
            }
            Ok(EXIT_WAITING_FOR_TOKEN)
        }
        Protection::Added { rotation_keys, already } => {
            if !args.json {
                eprintln!(
                    "{}",
                    match already {
                        true => tr!("cli-key-was-first", key = &key, did = did),
                        false => tr!("cli-key-is-first", key = &key, did = did),
                    }
                );
                for k in &rotation_keys {
                    eprintln!("  {k}");
                }
                eprintln!("{}", tr!("cli-keep-key-file"));
            }
            Ok(EXIT_OK)
        }
    }
}
