//! The form, for every way in. The move asks for the account now, the new PDS (checked with
//! `describeServer`) and the account it gets there; the repair for the two existing accounts; the
//! backup for the account and (desktop) the folder it goes into.
//! Passwords go to the runner's in-memory secrets only.
//!
//! The account being moved is asked for by handle (or DID) and password only: where it lives is
//! looked up. Where to sign in (an entryway such as bsky.social), the PLC directory and the handle
//! resolver are under tr!("form-advanced").
//!
//! Field ids (automation hooks): `old-pds`, `old-handle`, `old-password`, `auth-factor`, `new-pds`,
//! `invite-code`, `new-handle`, `new-email`, `new-password`, `plc-url`, `handle-resolver`, `recovery-key`, `strategy`,
//! `concurrency`, `backup-folder`;
//! `data-testid` `check-server`, `server-facts`, `invite-needed`.

use dioxus::prelude::*;
use tektite_i18n::tr;

use super::fields::{CardHead, Fact, SignInActions, StrategySelect, TextField};
use super::focus::focus_field;
use super::icons::ResumeIcon;
use super::language::Emphasized;
use super::recovery_key::RecoveryKeyField;
use super::runner::Runner;
use super::steps::Step;
use super::testids::TestIds;
use super::View;
use tektite_engine::identity::{DEFAULT_HANDLE_RESOLVER, DEFAULT_PLC_URL};

use crate::app::controller::Controller;
use crate::app::form::{Field, Mode, SignIn, StrategyPick};

#[component]
pub fn FormCard(view: Signal<View>) -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let mut secrets = runner.secrets;
    let c = ctl.read();
    let mode = c.mode();
    let moving = mode == Mode::Move;
    let backing_up = mode == Mode::Backup;
    let protecting = mode == Mode::Protect;
    let restoring = mode == Mode::Restore;
    let creates = mode.creates_account();
    let ids = TestIds::of(mode);
    let form = c.form.clone();
    let err = |f: Field| c.error_for(f).map(str::to_owned);
    let strategy = form.strategy;
    let concurrency = form.concurrency.map(|n| n.to_string()).unwrap_or_default();
    // Options the user changed stay in view (they decide where the account is looked up).
    let advanced_set = strategy != StrategyPick::Auto
        || !concurrency.is_empty()
        || !form.old_pds.is_empty()
        || form.plc_url != DEFAULT_PLC_URL
        || form.handle_resolver != DEFAULT_HANDLE_RESOLVER
        || !form.recovery_key.is_empty()
        || c.error_for(Field::OldPds).is_some();
    let server = c.server.clone();
    let server_problem = c.server_problem.clone();
    let needs_code = c.needs_auth_factor;
    // A refused submit: focus to the first wrong field (its message is tied to it). The count
    // makes a second refusal of the same field move focus there again.
    let refused = use_memo(move || {
        let c = ctl.read();
        (c.refused_submits, c.field_errors.first().map(|(f, _)| *f))
    });
    use_effect(move || {
        if let (_, Some(field)) = refused() {
            focus_field(field_element(field));
        }
    });
    let submit_label = match mode {
        Mode::Backup => tr!("form-submit-backup"),
        Mode::Restore => tr!("form-submit-restore"),
        Mode::Protect => tr!("form-submit-protect"),
        Mode::Move | Mode::Repair => tr!("form-submit-plan"),
    };
    let (from_legend, resuming_heading, options_label, strategy_label) = if backing_up || protecting {
        (tr!("form-legend-the-account"), tr!("form-resuming-backup"), tr!("form-advanced"), tr!("form-strategy"))
    } else if moving {
        (tr!("form-legend-account-now"), tr!("form-resuming-move"), tr!("form-advanced"), tr!("form-blob-strategy"))
    } else {
        (tr!("form-legend-account-now"), tr!("form-resuming-repair"), tr!("form-advanced"), tr!("form-strategy"))
    };
    let (title, lead, resuming_text, privacy, hint) = if restoring {
        (
            tr!("form-restore-title"),
            tr!("form-restore-lead"),
            tr!("form-restore-resuming"),
            tr!("form-restore-privacy"),
            tr!("form-restore-hint"),
        )
    } else if protecting {
        (
            tr!("form-protect-title"),
            tr!("form-protect-lead"),
            tr!("form-protect-resuming"),
            tr!("form-protect-privacy"),
            tr!("form-protect-hint"),
        )
    } else if backing_up {
        (
            tr!("form-backup-title"),
            tr!("form-backup-lead"),
            tr!("form-backup-resuming"),
            tr!("form-backup-privacy"),
            tr!("form-backup-hint"),
        )
    } else if moving {
        (
            tr!("form-move-title"),
            tr!("form-move-lead"),
            tr!("form-move-resuming"),
            tr!("form-move-privacy"),
            tr!("welcome-move-hint"),
        )
    } else {
        (
            tr!("form-repair-title"),
            tr!("form-repair-lead"),
            tr!("form-repair-resuming"),
            tr!("form-repair-privacy"),
            tr!("form-repair-hint"),
        )
    };

    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": ids.form,
            CardHead { step: Step::Accounts, title: title.to_string(), lead: lead.to_string() }
            if let Some(notice) = c.notice.clone() {
                div { class: "callout info", role: "status", "data-testid": "notice", "{notice}" }
            }
            if let Some(did) = c.resuming.clone() {
                div { class: "callout resume", "data-testid": "resuming",
                    ResumeIcon {}
                    div {
                        strong { "{resuming_heading}" " " code { "{did}" } }
                        p { "{resuming_text}" }
                    }
                }
            }
            form {
                class: "migration-form",
                novalidate: true,
                "data-testid": if moving { None } else { Some("accounts-form") },
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    runner.submit();
                },
                div { class: "form-columns",
                    if restoring {
                        RestoreSource {}
                    } else {
                    fieldset { class: "side",
                        legend { span { class: "side-tag", {tr!("form-tag-from")} } "{from_legend}" }
                        TextField {
                            id: "old-handle", label: tr!("form-handle-or-did"), kind: "text",
                            value: form.old_id.clone(), placeholder: "alice.bsky.social", autocomplete: "username",
                            hint: Some(tr!("form-old-handle-hint")), error: err(Field::OldId),
                            oninput: move |v| { ctl.write().form.old_id = v; forget_error(ctl, Field::OldId); },
                        }
                        if form.sign_in == SignIn::Server {
                            div { class: "sign-in-choice", "data-testid": "sign-in-with-server",
                                p { class: "hint",
                                    strong { {tr!("form-server-sign-in")} }
                                    " "
                                    if cfg!(target_arch = "wasm32") {
                                        {tr!("form-server-sign-in-web")}
                                    } else {
                                        {tr!("form-server-sign-in-desktop")}
                                    }
                                }
                                button { class: "link-button", r#type: "button", "data-testid": "use-password",
                                    onclick: move |_| {
                                        ctl.write().form.sign_in = SignIn::Password;
                                        // The button is gone: the keyboard goes on in the field that took its place.
                                        focus_field("old-password");
                                    },
                                    {tr!("form-use-password")}
                                }
                            }
                        } else {
                            TextField {
                                id: "old-password", label: tr!("form-password"), kind: "password",
                                value: secrets.read().old_password.clone(), placeholder: "", autocomplete: "current-password",
                                hint: Some(tr!("form-old-password-hint")), error: err(Field::OldPassword),
                                oninput: move |v| { secrets.write().old_password = v; forget_error(ctl, Field::OldPassword); },
                            }
                            button { class: "link-button", r#type: "button", "data-testid": "use-server",
                                onclick: move |_| {
                                    ctl.write().form.sign_in = SignIn::Server;
                                    forget_error(ctl, Field::OldPassword);
                                    focus_field("use-password");
                                },
                                {tr!("form-use-server")}
                            }
                        }
                        if needs_code && form.sign_in == SignIn::Password {
                            TextField {
                                id: "auth-factor", label: tr!("form-sign-in-code"), kind: "text",
                                value: secrets.read().auth_factor.clone(), placeholder: "ABCDE-12345", autocomplete: "one-time-code",
                                hint: Some(tr!("form-sign-in-code-hint")), error: None,
                                oninput: move |v| secrets.write().auth_factor = v,
                            }
                        }
                    }
                    }
                    if backing_up {
                        BackupPlace {}
                    } else if protecting {
                        fieldset { class: "side",
                            legend { span { class: "side-tag to", {tr!("form-tag-key")} } {tr!("form-legend-recovery-key")} }
                            RecoveryKeyField {}
                        }
                    } else {
                    fieldset { class: "side",
                        legend { span { class: "side-tag to", {tr!("form-tag-to")} } {tr!("form-legend-new-pds")} }
                        TextField {
                            id: "new-pds", label: tr!("form-server-address"), kind: "url",
                            value: form.new_pds.clone(), placeholder: "https://pds.example.com", autocomplete: "url",
                            hint: Some(tr!("form-new-pds-hint")),
                            // {tr!("form-check-server")} found nothing there: the field itself is marked.
                            error: err(Field::NewPds).or_else(|| server_problem.clone()),
                            oninput: move |v| { ctl.write().form.new_pds = v; forget_error(ctl, Field::NewPds); },
                        }
                        if creates {
                            button {
                                class: "button secondary",
                                r#type: "button",
                                "data-testid": "check-server",
                                onclick: move |_| runner.check_server(),
                                {tr!("form-check-server")}
                            }
                            if let Some(s) = server.clone() {
                                dl { class: "facts compact two", "data-testid": "server-facts", title: "{s.did}",
                                    Fact { label: tr!("form-fact-handles-under"), value: if s.user_domains.is_empty() { tr!("form-none") } else { s.user_domains.join(", ") } }
                                    Fact { label: tr!("form-invite-code"), value: if s.invite_required { tr!("form-invite-needed") } else { tr!("form-invite-not-needed") }, testid: "invite-needed" }
                                    if s.phone_required {
                                        Fact { label: tr!("form-fact-phone"), value: tr!("form-phone-needed"), wide: true }
                                    }
                                }
                            }
                            TextField {
                                id: "invite-code", label: tr!("form-invite-code"), kind: "text",
                                value: form.invite_code.clone(), placeholder: "", autocomplete: "off",
                                hint: Some(tr!("form-invite-hint")), error: err(Field::InviteCode),
                                oninput: move |v| { ctl.write().form.invite_code = v; forget_error(ctl, Field::InviteCode); },
                            }
                        } else {
                            NewAccountFields {}
                        }
                    }
                    }
                    if creates {
                        fieldset { class: "side",
                            legend { span { class: "side-tag to", {tr!("form-tag-new")} } {tr!("form-legend-new-account")} }
                            NewAccountFields {}
                        }
                    }
                }
                details { class: "options", open: advanced_set,
                    summary { "{options_label}" }
                    div { class: "options-grid",
                        if matches!(mode, Mode::Move | Mode::Repair) {
                        StrategySelect {
                            label: strategy_label,
                            value: strategy,
                            onchange: move |pick| ctl.write().form.strategy = pick,
                        }
                        div { class: "field",
                            label { r#for: "concurrency", {tr!("form-concurrency")} }
                            select {
                                id: "concurrency",
                                name: "concurrency",
                                onchange: move |e| ctl.write().form.concurrency = e.value().parse().ok(),
                                option { value: "", selected: concurrency.is_empty(), {tr!("form-concurrency-default")} }
                                for n in [1usize, 2, 4, 8] {
                                    option { value: "{n}", selected: concurrency == n.to_string(), "{n}" }
                                }
                            }
                            p { class: "field-hint", {tr!("form-concurrency-hint")} }
                        }
                        }
                        if mode.has_old_account() {
                        TextField {
                            id: "old-pds", label: tr!("form-old-pds"), kind: "url",
                            value: form.old_pds.clone(), placeholder: tr!("form-old-pds-placeholder"), autocomplete: "url",
                            hint: Some(tr!("form-old-pds-hint")), error: err(Field::OldPds),
                            oninput: move |v| { ctl.write().form.old_pds = v; forget_error(ctl, Field::OldPds); },
                        }
                        }
                        TextField {
                            id: "plc-url", label: tr!("form-plc-url"), kind: "url",
                            value: form.plc_url.clone(), placeholder: "https://plc.directory", autocomplete: "off",
                            hint: Some(tr!("form-plc-url-hint")), error: err(Field::PlcUrl),
                            oninput: move |v| { ctl.write().form.plc_url = v; forget_error(ctl, Field::PlcUrl); },
                        }
                        if moving {
                            RecoveryKeyField {}
                        }
                        TextField {
                            id: "handle-resolver", label: tr!("form-handle-resolver"), kind: "url",
                            value: form.handle_resolver.clone(), placeholder: "https://public.api.bsky.app", autocomplete: "off",
                            hint: Some(tr!("form-handle-resolver-hint")), error: err(Field::HandleResolver),
                            oninput: move |v| { ctl.write().form.handle_resolver = v; forget_error(ctl, Field::HandleResolver); },
                        }
                    }
                }
                p { class: "privacy",
                    if form.sign_in == SignIn::Server && !restoring {
                        {tr!("form-server-privacy")}
                        if creates { " " }
                        if creates { {tr!("form-server-privacy-new")} }
                    } else {
                        "{privacy}"
                    }
                }
                SignInActions {
                    submit_testid: ids.submit,
                    label: submit_label,
                    hint,
                    onback: move |_| view.set(View::Welcome),
                }
            }
        }
    }
}

/// A restore's sources: the backup (a folder on the desktop; on the web one of the backups kept in
/// this browser) and the recovery key file, read into memory only.
#[component]
fn RestoreSource() -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let mut secrets = runner.secrets;
    let c = ctl.read();
    let err = |f: Field| c.error_for(f).map(str::to_owned);
    let folder = c.form.backup_folder.clone();
    let key = secrets.read().recovery_key_file.clone().map(|(name, text)| {
        match tektite_engine::recovery_key::RecoveryKey::from_file_text(&text) {
            Ok(k) => Ok(format!("{name}: {}", k.did_key())),
            Err(e) => Err(tr!("form-key-file-unusable", name = &name, error = e.to_string())),
        }
    });
    let key_error = err(Field::RecoveryKeyFile).or_else(|| key.clone().and_then(Result::err));
    // The backups this browser keeps, by the handle and date in their manifests (web).
    let known = use_resource(|| async {
        let mut found = Vec::new();
        for (location, _, m) in crate::app::kept_backups::with_manifests().await {
            let who = m.handle.clone().unwrap_or(m.did.clone());
            found.push((location, tr!("form-backup-choice", who = who, taken = &m.taken_at, blobs = m.blobs.len())));
        }
        found
    });
    let on_web = cfg!(target_arch = "wasm32");
    let choices = known.read().clone().unwrap_or_default();
    rsx! {
        fieldset { class: "side",
            legend { span { class: "side-tag", {tr!("form-tag-from")} } {tr!("form-legend-backup-and-key")} }
            if on_web {
                div { class: "field",
                    label { r#for: "backup-choice", {tr!("form-backup")} }
                    select {
                        id: "backup-choice",
                        onchange: move |e| { ctl.write().form.backup_folder = e.value(); forget_error(ctl, Field::Backup); },
                        option { value: "", selected: folder.is_empty(), {tr!("form-backup-choose")} }
                        for (location, label) in choices.iter() {
                            option { key: "{location}", value: "{location}", selected: *location == folder, "{label}" }
                        }
                    }
                    if let Some(name) = folder.strip_prefix(tektite_platform::backup::PICKED) {
                        p { class: "field-hint", "data-testid": "restore-picked",
                            Emphasized { text: tr!("restore-picked-folder", name = name), part: name.to_owned() }
                        }
                    } else if choices.is_empty() && !folder.starts_with(tektite_platform::backup::ARCHIVE) {
                        p { class: "field-hint", {tr!("form-backup-none")} }
                    }
                    if tektite_platform::backup::can_pick_folder() {
                        button { class: "button secondary small", r#type: "button", "data-testid": "pick-backup-folder",
                            onclick: move |_| pick_folder(ctl, Field::Backup),
                            {tr!("form-backup-pick-folder")}
                        }
                    }
                    if let Some(e) = err(Field::Backup) {
                        p { class: "field-error", id: "backup-choice-error", "{e}" }
                    }
                }
                div { class: "field",
                    label { r#for: "backup-archive", {tr!("form-backup-archive")} }
                    input {
                        id: "backup-archive",
                        r#type: "file",
                        accept: ".tar,application/x-tar",
                        "aria-describedby": "backup-archive-hint",
                        onchange: move |e: FormEvent| choose_archive(ctl, e),
                    }
                    if let Some(name) = folder.strip_prefix(tektite_platform::backup::ARCHIVE) {
                        p { class: "field-hint", id: "backup-archive-hint", "data-testid": "restore-archive",
                            Emphasized { text: tr!("restore-archive-picked", name = name), part: name.to_owned() }
                        }
                    } else {
                        p { class: "field-hint", id: "backup-archive-hint",
                            {tr!("form-backup-archive-hint")}
                        }
                    }
                }
            } else {
                TextField {
                    id: "backup-folder", label: tr!("form-backup-folder"), kind: "text",
                    value: folder, placeholder: tr!("form-backup-folder-placeholder"), autocomplete: "off",
                    hint: Some(tr!("form-backup-folder-hint")), error: err(Field::Backup),
                    oninput: move |v| { ctl.write().form.backup_folder = v; forget_error(ctl, Field::Backup); },
                }
            }
            div { class: if key_error.is_some() { "field has-error" } else { "field" },
                label { r#for: "recovery-key-file", {tr!("form-key-file")} }
                input {
                    id: "recovery-key-file",
                    r#type: "file",
                    accept: ".txt,text/plain",
                    onchange: move |e: FormEvent| async move {
                        if let Some(file) = e.files().into_iter().next() {
                            if let Ok(text) = file.read_string().await {
                                secrets.write().recovery_key_file = Some((file.name(), text));
                                forget_error(ctl, Field::RecoveryKeyFile);
                            }
                        }
                    },
                }
                match (&key, &key_error) {
                    (_, Some(e)) => rsx! { p { class: "field-error", id: "recovery-key-file-error", "{e}" } },
                    (Some(Ok(line)), None) => rsx! { p { class: "field-hint did-key", "data-testid": "recovery-key-file-ok", "{line}" } },
                    _ => rsx! { p { class: "field-hint", {tr!("form-key-file-hint")} } },
                }
            }
        }
    }
}

/// The backup archive chosen in the file input (web): kept for this page, read in place later.
fn choose_archive(mut ctl: Signal<Controller>, event: FormEvent) {
    #[cfg(target_arch = "wasm32")]
    if let Some(file) = event.files().into_iter().next() {
        if let Some(file) = file.inner().downcast_ref::<web_sys::File>() {
            ctl.write().form.backup_folder = tektite_platform::backup::keep_archive(file.clone());
            forget_error(ctl, Field::Backup);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (&mut ctl, event);
}

/// Lets the user pick a folder (web, where the browser allows it) and puts its location in the
/// form; a cancelled dialog changes nothing.
fn pick_folder(mut ctl: Signal<Controller>, field: Field) {
    #[cfg(target_arch = "wasm32")]
    spawn(async move {
        match tektite_platform::backup::pick_folder().await {
            Ok(location) => {
                ctl.write().form.backup_folder = location;
                forget_error(ctl, field);
            }
            Err(e) => tracing::info!("{e}"),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (&mut ctl, field);
}

/// Where a backup goes: a folder on the desktop (a default under Documents), the browser's storage
/// and then one downloaded archive on the web.
#[component]
fn BackupPlace() -> Element {
    let mut ctl = use_context::<Runner>().ctl;
    let c = ctl.read();
    let account = Some(c.form.old_id.trim()).filter(|a| !a.is_empty()).unwrap_or("alice.bsky.social");
    let default = tektite_platform::backup::default_backup_location(account, "");
    let folder = c.form.backup_folder.clone();
    let on_web = cfg!(target_arch = "wasm32");
    let can_pick = tektite_platform::backup::can_pick_folder();
    rsx! {
        fieldset { class: "side",
            legend { span { class: "side-tag to", {tr!("form-tag-into")} } {tr!("form-legend-backup-place")} }
            if on_web {
                if let Some(name) = folder.strip_prefix(tektite_platform::backup::PICKED) {
                    p { class: "field-hint", "data-testid": "backup-place",
                        Emphasized { text: tr!("backup-into-picked-folder", name = name), part: name.to_owned() }
                    }
                } else {
                    p { class: "field-hint", "data-testid": "backup-place",
                        {tr!("form-backup-into-browser")}
                    }
                }
                if can_pick {
                    button { class: "button secondary small", r#type: "button", "data-testid": "pick-backup-folder",
                        onclick: move |_| pick_folder(ctl, Field::Backup),
                        if folder.starts_with(tektite_platform::backup::PICKED) { {tr!("form-backup-pick-another")} } else { {tr!("form-backup-pick-instead")} }
                    }
                }
                if let Some(e) = c.error_for(Field::Backup) {
                    p { class: "field-error", role: "alert", "{e}" }
                }
            } else {
                TextField {
                    id: "backup-folder", label: tr!("form-folder"), kind: "text",
                    value: folder, placeholder: default, autocomplete: "off",
                    hint: Some(tr!("form-folder-hint")), error: None,
                    oninput: move |v| ctl.write().form.backup_folder = v,
                }
            }
        }
    }
}

/// The account on the new PDS: the one the move creates (handle, email, password), or the one
/// the repair signs in to (handle or DID, password).
#[component]
fn NewAccountFields() -> Element {
    let runner = use_context::<Runner>();
    let mut ctl = runner.ctl;
    let mut secrets = runner.secrets;
    let c = ctl.read();
    let moving = c.mode().creates_account();
    let err = |f: Field| c.error_for(f).map(str::to_owned);
    let (handle_label, handle_hint, password_label, password_hint) = if !moving {
        (tr!("form-handle-or-did"), tr!("form-repair-new-handle-hint"), tr!("form-password"), None)
    } else if c.server.as_ref().is_some_and(|s| !s.user_domains.is_empty()) {
        (
            tr!("form-new-handle"),
            tr!("form-new-handle-hint-domains"),
            tr!("form-new-password"),
            Some(tr!("form-new-password-hint")),
        )
    } else {
        (
            tr!("form-new-handle"),
            tr!("form-new-handle-hint"),
            tr!("form-new-password"),
            Some(tr!("form-new-password-hint")),
        )
    };
    // The whole handles the new PDS gives out, from what is typed so far (a pick list).
    let suggestions: Vec<String> = match c.server.as_ref().filter(|_| moving) {
        Some(s) => {
            let name =
                c.form.new_handle.trim().trim_start_matches('@').split('.').next().unwrap_or_default().to_owned();
            let name = if name.is_empty() { "alice".to_owned() } else { name };
            s.user_domains.iter().map(|d| format!("{name}{d}")).collect()
        }
        None => Vec::new(),
    };
    rsx! {
        TextField {
            id: "new-handle", label: handle_label, kind: "text",
            value: c.form.new_handle.clone(), placeholder: "alice.pds.example.com", autocomplete: "off",
            hint: Some(handle_hint), error: err(Field::NewHandle),
            oninput: move |v| { ctl.write().form.new_handle = v; forget_error(ctl, Field::NewHandle); },
            suggestions,
        }
        if moving {
            TextField {
                id: "new-email", label: tr!("form-email"), kind: "email",
                value: c.form.new_email.clone(), placeholder: "alice@example.com", autocomplete: "email",
                hint: None, error: err(Field::NewEmail),
                oninput: move |v| { ctl.write().form.new_email = v; forget_error(ctl, Field::NewEmail); },
            }
        }
        TextField {
            id: "new-password", label: password_label, kind: "password",
            value: secrets.read().new_password.clone(), placeholder: "", autocomplete: "new-password",
            hint: password_hint, error: err(Field::NewPassword),
            oninput: move |v| { secrets.write().new_password = v; forget_error(ctl, Field::NewPassword); },
        }
    }
}

/// The person changed `field`: the message about its old value goes (shown again, if still
/// right, at the next submit). Writes only when there is a message, so typing re-renders nothing else.
/// The element of each field, where focus goes when its value is refused.
pub fn field_element(field: Field) -> &'static str {
    match field {
        Field::OldPds => "old-pds",
        Field::OldId => "old-handle",
        Field::OldPassword => "old-password",
        Field::NewPds => "new-pds",
        Field::NewHandle => "new-handle",
        Field::NewEmail => "new-email",
        Field::NewPassword => "new-password",
        Field::InviteCode => "invite-code",
        Field::PlcUrl => "plc-url",
        Field::HandleResolver => "handle-resolver",
        Field::RecoveryKey => "recovery-key",
        Field::Backup => "backup-choice",
        Field::RecoveryKeyFile => "recovery-key-file",
    }
}

pub fn forget_error(mut ctl: Signal<Controller>, field: Field) {
    let stale =
        ctl.peek().error_for(field).is_some() || (field == Field::NewPds && ctl.peek().server_problem.is_some());
    if stale {
        ctl.write().edited(field);
    }
}
