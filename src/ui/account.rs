//! The whole account move: the form (account now, the new PDS, the new account), the plan, the
//! steps as they run (blob progress included), the confirmation before the irreversible steps, the
//! emailed code, and the report. Reads [`MoveController`] through [`MoveRunner`]; does nothing itself.
//!
//! Automation hooks: field ids `old-pds`, `old-handle`, `old-password`, `auth-factor`, `new-pds`,
//! `invite-code`, `new-handle`, `new-email`, `new-password`, `plc-url`, `strategy`, `plc-token-input`;
//! `data-testid` `move-form`, `check-server`, `server-facts`, `move-connect`, `move-connecting`,
//! `status`, `move-plan`, `move-start`, `move-run` (with `data-current`), `move-step` (with
//! `data-step` and `data-state`), `move-confirm`, `confirm-button`, `plc-token`, `token-button`,
//! `move-done` (with `data-did`), `error`, `error-retry`, `error-back`, `cancel-button`.

use dioxus::prelude::*;
use tektite_engine::migration::{MigrationSummary, Step as EngineStep};
use tektite_engine::runtime::sleep;

use super::fields::{Bar, CardHead, Fact, SignInActions, StrategySelect, TextField, WorkingCard};
use super::icons::{ArrowLeftIcon, ArrowRightIcon, CheckIcon, ResumeIcon};
use super::runner::MoveRunner;
use super::steps::Step;
use super::View;
use crate::app::account::{plan_lines, MoveController, MoveField, MovePhase};
use crate::app::form::StrategyPick;
use crate::app::format;
use crate::app::state::LogLevel;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    Form,
    Connecting,
    Ready,
    Running,
    Confirm,
    Token,
    Done,
    Error,
}

#[component]
pub fn AccountMove(view: Signal<View>) -> Element {
    let runner = use_context::<MoveRunner>();
    let ctl = runner.ctl;
    let card = use_memo(move || match ctl.read().phase {
        MovePhase::Form => Card::Form,
        MovePhase::Connecting { .. } => Card::Connecting,
        MovePhase::Ready => Card::Ready,
        MovePhase::Running => Card::Running,
        MovePhase::NeedsConfirmation(_) => Card::Confirm,
        MovePhase::NeedsPlcToken { .. } => Card::Token,
        MovePhase::Done(_) => Card::Done,
        MovePhase::Error(_) => Card::Error,
    });
    match card() {
        Card::Form => rsx! { MoveFormCard { view } },
        Card::Connecting => rsx! { Connecting {} },
        Card::Ready => rsx! { PlanCard {} },
        Card::Running => rsx! { RunCard {} },
        Card::Confirm => rsx! { ConfirmCard {} },
        Card::Token => rsx! { TokenCard {} },
        Card::Done => rsx! { DoneCard { view } },
        Card::Error => rsx! { ErrorCard {} },
    }
}

#[component]
fn MoveFormCard(view: Signal<View>) -> Element {
    let runner = use_context::<MoveRunner>();
    let mut ctl = runner.ctl;
    let mut secrets = runner.secrets;
    let c = ctl.read();
    let form = c.form.clone();
    let err = |f: MoveField| c.error_for(f).map(str::to_owned);
    let strategy = form.strategy;
    let server = c.server.clone();
    let server_problem = c.server_problem.clone();
    let needs_code = c.needs_auth_factor;
    let domains_hint = server.as_ref().and_then(|s| s.user_domains.first().cloned());
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "move-form",
            CardHead {
                step: Step::Accounts,
                title: "Move your account".to_string(),
                lead: "The account you are moving, the PDS it moves to, and the account it gets there: same DID, same posts, followers and blobs.".to_string(),
            }
            if let Some(notice) = c.notice.clone() {
                div { class: "callout info", role: "status", "data-testid": "notice", "{notice}" }
            }
            if let Some(did) = c.resuming.clone() {
                div { class: "callout resume", "data-testid": "resuming",
                    ResumeIcon {}
                    div {
                        strong { "Continuing the move of " code { "{did}" } }
                        p { "The addresses and handles are filled in from last time. Enter the passwords again: every finished step is kept and the move continues where it stopped." }
                    }
                }
            }
            form {
                class: "migration-form",
                novalidate: true,
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    runner.submit();
                },
                div { class: "form-columns",
                    fieldset { class: "side",
                        legend { span { class: "side-tag", "From" } "Your account now" }
                        TextField {
                            id: "old-pds", label: "Server address", kind: "url",
                            value: form.old_pds.clone(), placeholder: "https://bsky.social", autocomplete: "url",
                            hint: Some("Where the account lives today"), error: err(MoveField::OldPds),
                            oninput: move |v| ctl.write().form.old_pds = v,
                        }
                        TextField {
                            id: "old-handle", label: "Handle or DID", kind: "text",
                            value: form.old_id.clone(), placeholder: "alice.bsky.social", autocomplete: "username",
                            hint: None, error: err(MoveField::OldId),
                            oninput: move |v| ctl.write().form.old_id = v,
                        }
                        TextField {
                            id: "old-password", label: "Password", kind: "password",
                            value: secrets.read().old_password.clone(), placeholder: "", autocomplete: "current-password",
                            hint: Some("The account password, not an app password"), error: err(MoveField::OldPassword),
                            oninput: move |v| secrets.write().old_password = v,
                        }
                        if needs_code {
                            TextField {
                                id: "auth-factor", label: "Sign-in code", kind: "text",
                                value: secrets.read().auth_factor.clone(), placeholder: "ABCDE-12345", autocomplete: "one-time-code",
                                hint: Some("The old PDS emailed it to the account's address"), error: None,
                                oninput: move |v| secrets.write().auth_factor = v,
                            }
                        }
                    }
                    fieldset { class: "side",
                        legend { span { class: "side-tag to", "To" } "The new PDS" }
                        TextField {
                            id: "new-pds", label: "Server address", kind: "url",
                            value: form.new_pds.clone(), placeholder: "https://pds.example.com", autocomplete: "url",
                            hint: Some("The server the account moves to"), error: err(MoveField::NewPds),
                            oninput: move |v| ctl.write().form.new_pds = v,
                        }
                        button {
                            class: "button secondary",
                            r#type: "button",
                            "data-testid": "check-server",
                            onclick: move |_| runner.check_server(),
                            "Check this PDS"
                        }
                        if let Some(s) = server.clone() {
                            dl { class: "facts compact", "data-testid": "server-facts",
                                Fact { label: "Server DID", value: s.did.clone(), long: true }
                                Fact { label: "Handles under", value: if s.user_domains.is_empty() { "—".to_string() } else { s.user_domains.join(", ") } }
                                Fact { label: "Invite code", value: if s.invite_required { "needed".to_string() } else { "not needed".to_string() }, testid: "invite-needed" }
                                if s.phone_required {
                                    Fact { label: "Phone", value: "verification needed: Tektite cannot do that".to_string(), wide: true }
                                }
                            }
                        }
                        if let Some(p) = server_problem {
                            p { class: "field-error", role: "alert", "{p}" }
                        }
                        TextField {
                            id: "invite-code", label: "Invite code", kind: "text",
                            value: form.invite_code.clone(), placeholder: "", autocomplete: "off",
                            hint: Some("Only if the new PDS asks for one"), error: err(MoveField::InviteCode),
                            oninput: move |v| ctl.write().form.invite_code = v,
                        }
                    }
                    fieldset { class: "side",
                        legend { span { class: "side-tag to", "New" } "The account on the new PDS" }
                        TextField {
                            id: "new-handle", label: "New handle", kind: "text",
                            value: form.new_handle.clone(), placeholder: "alice.pds.example.com", autocomplete: "off",
                            hint: if domains_hint.is_some() { Some("Must end with one of the domains above (or be a domain you own)") } else { Some("Under one of the new PDS's domains, or a domain you own") },
                            error: err(MoveField::NewHandle),
                            oninput: move |v| ctl.write().form.new_handle = v,
                        }
                        TextField {
                            id: "new-email", label: "Email", kind: "email",
                            value: form.new_email.clone(), placeholder: "alice@example.com", autocomplete: "email",
                            hint: None, error: err(MoveField::NewEmail),
                            oninput: move |v| ctl.write().form.new_email = v,
                        }
                        TextField {
                            id: "new-password", label: "New password", kind: "password",
                            value: secrets.read().new_password.clone(), placeholder: "", autocomplete: "new-password",
                            hint: Some("For the account on the new PDS"), error: err(MoveField::NewPassword),
                            oninput: move |v| secrets.write().new_password = v,
                        }
                    }
                }
                details { class: "options", open: strategy != StrategyPick::Auto,
                    summary { "Options" }
                    div { class: "options-grid",
                        StrategySelect {
                            label: "Blob strategy",
                            value: strategy,
                            onchange: move |pick| ctl.write().form.strategy = pick,
                        }
                        TextField {
                            id: "plc-url", label: "PLC directory", kind: "url",
                            value: form.plc_url.clone(), placeholder: "https://plc.directory", autocomplete: "off",
                            hint: Some("Leave as it is unless you run your own"), error: err(MoveField::PlcUrl),
                            oninput: move |v| ctl.write().form.plc_url = v,
                        }
                    }
                }
                p { class: "privacy",
                    "Passwords and codes are only used from this device, and never stored. The addresses and handles are remembered so an interrupted move can continue."
                }
                SignInActions {
                    submit_testid: "move-connect",
                    hint: "Nothing changes on either PDS until you start the plan.",
                    onback: move |_| view.set(View::Welcome),
                }
            }
        }
    }
}

#[component]
fn Connecting() -> Element {
    let runner = use_context::<MoveRunner>();
    let status = match &runner.ctl.read().phase {
        MovePhase::Connecting { status } => status.clone(),
        _ => String::new(),
    };
    rsx! {
        WorkingCard {
            testid: "move-connecting",
            step: Step::TargetPds,
            title: "Signing in",
            lead: "Tektite asks the new PDS about itself, signs in to the old one and looks for a move of this account that was started earlier.",
            status,
            oncancel: move |_| runner.cancel(),
        }
    }
}

#[component]
fn PlanCard() -> Element {
    let runner = use_context::<MoveRunner>();
    let c = runner.ctl.read();
    let lines = plan_lines(&c);
    let did = c.did.clone().unwrap_or_default();
    let server = c.server.clone();
    let resumed = !c.done.is_empty();
    let form = c.form.clone();
    let has_estimate = c.estimate.is_some();
    let estimate = c.estimate.clone().map(|e| {
        let (strategy, why) = e.likely_strategy(form.strategy);
        let size = match e.bytes {
            Some(b) if e.sampled < e.blobs => format!("about {} (from {} measured)", format::bytes(b), e.sampled),
            Some(b) => format::bytes(b),
            None => "unknown".to_string(),
        };
        let time = e.seconds().map_or("unknown".to_string(), |s| {
            format!("about {} at 10 MiB/s, plus the repository", format::duration(s.max(1.0)))
        });
        let space = match e.space_needed(form.strategy) {
            Some(0) => "none (each blob goes straight through)".to_string(),
            Some(b) => format!(
                "up to {} in the local cache ({} free)",
                format::bytes(b),
                e.cache_available.map_or("?".to_string(), format::bytes)
            ),
            None => "unknown".to_string(),
        };
        (format!("{} · {size}", format::blobs(e.blobs)), format!("{strategy} — {why}"), time, space)
    });
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "move-plan",
            CardHead {
                step: Step::Plan,
                title: "What will happen".to_string(),
                lead: if resumed { "A move of this account was started earlier: the steps already done are kept, and it continues at the next one.".to_string() } else { "Nothing has changed yet. Copying comes first; your identity moves only after everything is on the new PDS, and only after you agree again.".to_string() },
            }
            dl { class: "facts",
                Fact { label: "Account (DID)", value: did, wide: true, testid: "plan-did" }
                Fact { label: "From", value: form.old_pds.clone(), long: true }
                Fact { label: "To", value: form.new_pds.clone(), long: true }
                Fact { label: "New handle", value: form.new_handle.clone() }
                if let Some(s) = server {
                    Fact { label: "New PDS's DID", value: s.did.clone(), long: true }
                    Fact { label: "Invite code", value: if s.invite_required { "needed (given)".to_string() } else { "not needed".to_string() } }
                }
                if let Some((blobs, strategy, time, space)) = estimate {
                    Fact { label: "Blobs on the old PDS", value: blobs, testid: "plan-blobs" }
                    Fact { label: "Estimated time", value: time, testid: "plan-time" }
                    Fact { label: "Local space", value: space, testid: "plan-space" }
                    Fact { label: "Blob strategy (likely)", value: strategy, wide: true, testid: "plan-strategy" }
                } else {
                    Fact { label: "Blob strategy", value: format!("{} — {}", form.strategy.label(), form.strategy.explain()), wide: true }
                }
            }
            h2 { class: "section-title", "The steps" }
            ol { class: "move-steps",
                for (step, words, done) in lines {
                    li { key: "{step}", class: if done { "move-step is-done" } else { "move-step" },
                        "data-testid": "plan-step", "data-step": step.name(),
                        if done { CheckIcon {} }
                        span { "{words}" }
                        if step.is_irreversible() { span { class: "tag warn", "cannot be undone" } }
                    }
                }
            }
            div { class: "callout info",
                if has_estimate {
                    "The blob figures above come from the old PDS and are an upper bound; the blob step decides for real from what the new PDS reports missing after the repository import, and shows time and space live. "
                }
                "The PLC code the old PDS emails is valid for 15 minutes, so it is asked for only once all data is there."
            }
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "move-start",
                    onclick: move |_| runner.go(),
                    if resumed { "Continue" } else { "Start copying" }
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), "Cancel"
                }
            }
        }
    }
}

/// The engine's steps with done / current marks.
#[component]
fn StepList() -> Element {
    let runner = use_context::<MoveRunner>();
    let rows = runner.ctl.read().step_rows();
    rsx! {
        ol { class: "move-steps",
            for (step, done, current) in rows {
                li {
                    key: "{step}",
                    class: if done { "move-step is-done" } else if current { "move-step is-current" } else { "move-step" },
                    "data-testid": "move-step",
                    "data-step": step.name(),
                    "data-state": if done { "done" } else if current { "current" } else { "upcoming" },
                    if done { CheckIcon {} } else if current { span { class: "spinner", "aria-hidden": "true" } }
                    span { "{capitalize(step.describe())}" }
                }
            }
        }
    }
}

#[component]
fn RunCard() -> Element {
    let runner = use_context::<MoveRunner>();
    let mut tick = use_signal(|| 0u64);
    use_future(move || async move {
        loop {
            sleep(std::time::Duration::from_secs(1)).await;
            tick += 1;
        }
    });
    let _ = tick();
    let c = runner.ctl.read();
    let current = c.current.map(|s| s.name()).unwrap_or("");
    let blobs = blob_block(&c);
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "move-run", "data-current": current,
            CardHead {
                step: Step::Run,
                title: match c.current { Some(s) => capitalize(s.describe()), None => "Working".to_string() },
                lead: "Each step is saved as it finishes: if this stops, the move continues where it was.".to_string(),
            }
            StepList {}
            {blobs}
            MoveLog {}
            div { class: "actions",
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), "Stop"
                }
                p { class: "hint", "Stopping keeps every finished step and every blob already on the new PDS." }
            }
        }
    }
}

/// The blob step's plan and live numbers, once the blob step has begun.
fn blob_block(c: &MoveController) -> Element {
    let Some(plan) = c.blob_plan.clone() else {
        return rsx! {};
    };
    let p = &c.blobs.progress;
    let bytes_line = match p.bytes_total {
        Some(total) => format!("{} of {}", format::bytes(p.bytes_done().min(total)), format::bytes(total)),
        None => format!("{} uploaded", format::bytes(p.bytes_done())),
    };
    let mut summary = format!("{} of {} · {bytes_line}", p.blobs_done(), format::blobs(p.blobs_total));
    if let Some(eta) = p.eta_secs() {
        summary.push_str(&format!(" · about {} left", format::duration(eta)));
    }
    if p.rate > 0.0 {
        summary.push_str(&format!(" · {}", format::rate(p.rate)));
    }
    let wait = p.waiting.clone().map(|w| {
        let left = w.until_unix.saturating_sub(tektite_engine::runtime::unix_now());
        format!(
            "Paused: {} is limiting the request rate. Continuing at {} (in about {}). You can leave this open, or stop and continue later.",
            w.host,
            format::utc_clock(w.until_unix),
            format::duration(left as f64)
        )
    });
    let space = plan.total_size.map(format::bytes).unwrap_or_else(|| "unknown".into());
    let blob_step_done = c.done.contains(&EngineStep::Blobs);
    rsx! {
        div { class: "strategy-box", "data-testid": "move-blobs", "data-blobs-done": p.blobs_done(), "data-blobs-total": p.blobs_total,
            p { class: "strategy-name", "Blobs: {plan.strategy}" span { class: "tag", "{format::blobs(plan.blobs_missing)} to copy · {space}" } }
            p { class: "strategy-why", "Why: {plan.reason}" }
            Bar { percent: if blob_step_done { Some(100.0) } else { Some(p.percent()) }, kind: "total", label: "Blobs copied".to_string() }
            p { class: "total-summary", "{summary}" }
            if let Some(w) = wait {
                div { class: "callout warn", role: "status", "data-testid": "rate-wait", "{w}" }
            }
        }
    }
}

#[component]
fn MoveLog() -> Element {
    let runner = use_context::<MoveRunner>();
    let c = runner.ctl.read();
    let lines: Vec<(String, LogLevel, String)> =
        c.log_lines().rev().take(80).map(|l| (format!("{:.0}s", l.at_secs), l.level, l.text.clone())).collect();
    rsx! {
        details { class: "log",
            summary { "Log ({lines.len()} latest lines)" }
            ol {
                for (i, (at, level, text)) in lines.into_iter().enumerate() {
                    li { key: "{i}", class: match level { LogLevel::Info => "log-info", LogLevel::Warn => "log-warn", LogLevel::Error => "log-error" },
                        span { class: "log-time", "{at}" }
                        span { class: "log-text", "{text}" }
                    }
                }
            }
        }
    }
}

fn summary_facts(s: &MigrationSummary) -> Element {
    let opt = |v: Option<u64>| v.map_or("—".to_string(), |n| n.to_string());
    rsx! {
        dl { class: "facts",
            Fact { label: "Account (DID)", value: s.did.clone(), wide: true }
            Fact { label: "From", value: format!("{} ({})", s.old_pds, s.old_handle), long: true }
            Fact { label: "To", value: format!("{} ({})", s.new_pds, s.new_handle), long: true }
            Fact { label: "Records on the new PDS", value: opt(s.records), testid: "records" }
            Fact { label: "Blobs expected / imported", value: format!("{} / {}", opt(s.blobs_expected), opt(s.blobs_imported)) }
            Fact { label: "Blobs missing", value: s.blobs_missing.map_or("—".to_string(), |n| n.to_string()), testid: "blobs-missing" }
            Fact { label: "New account", value: match s.new_account_active { Some(true) => "active".to_string(), Some(false) => "not active yet".to_string(), None => "—".to_string() } }
            Fact { label: "DID document names", value: s.did_document_pds.clone().unwrap_or_else(|| "—".into()), long: true, testid: "did-doc-pds" }
        }
    }
}

#[component]
fn ConfirmCard() -> Element {
    let runner = use_context::<MoveRunner>();
    let MovePhase::NeedsConfirmation(s) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let facts = summary_facts(&s);
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "move-confirm",
            CardHead {
                step: Step::Identity,
                title: "Everything is copied. Move your identity?".to_string(),
                lead: "Your posts, follows, preferences and every blob are on the new PDS. The next steps cannot be undone.".to_string(),
            }
            {facts}
            div { class: "callout warn", role: "note",
                strong { "What will happen:" }
                ul {
                    li { "The old PDS emails a confirmation code to the account's address; you type it here (it is valid for 15 minutes)." }
                    for (i, line) in s.irreversible.iter().enumerate() {
                        li { key: "{i}", "{capitalize(line)}" }
                    }
                    li { "The account is activated on the new PDS." }
                }
            }
            StepList {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "confirm-button",
                    onclick: move |_| runner.confirm(),
                    "Yes, move my identity"
                    ArrowRightIcon {}
                }
                button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                    onclick: move |_| runner.cancel(), "Not now"
                }
                p { class: "hint", "“Not now” keeps everything copied; you can come back to this step later." }
            }
        }
    }
}

#[component]
fn TokenCard() -> Element {
    let runner = use_context::<MoveRunner>();
    let mut token = use_signal(String::new);
    let MovePhase::NeedsPlcToken { email, email_sent_now, expires_unix } = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let now = tektite_engine::runtime::unix_now();
    let left = format::duration(expires_unix.saturating_sub(now) as f64);
    let when = if email_sent_now { "has just emailed" } else { "emailed earlier" };
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "plc-token",
            CardHead {
                step: Step::Identity,
                title: "Type the code from the email".to_string(),
                lead: format!("The old PDS {when} a confirmation code to {email}."),
            }
            dl { class: "facts",
                Fact { label: "Sent to", value: email.clone(), testid: "token-email" }
                Fact { label: "Valid until", value: format!("{} (about {left} from now)", format::utc_clock(expires_unix)), testid: "token-expires" }
            }
            form {
                class: "migration-form",
                novalidate: true,
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    runner.token(token.read().clone());
                },
                TextField {
                    id: "plc-token-input", label: "Confirmation code", kind: "text",
                    value: String::new(), placeholder: "ABCDE-12345", autocomplete: "one-time-code",
                    hint: Some("If it has expired, stop and continue: a new code is emailed"), error: None,
                    oninput: move |v| token.set(v),
                }
                div { class: "actions",
                    button { class: "button primary", r#type: "submit", "data-testid": "token-button",
                        "Move my identity"
                        ArrowRightIcon {}
                    }
                    button { class: "button secondary", r#type: "button", "data-testid": "cancel-button",
                        onclick: move |_| runner.cancel(), "Stop"
                    }
                }
            }
        }
    }
}

#[component]
fn DoneCard(view: Signal<View>) -> Element {
    let runner = use_context::<MoveRunner>();
    let MovePhase::Done(s) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    let facts = summary_facts(&s);
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "move-done", "data-did": "{s.did}",
            CardHead {
                step: Step::Done,
                title: "Your account has moved".to_string(),
                lead: format!("{} now lives on {} as {}.", s.did, s.new_pds, s.new_handle),
            }
            div { class: "callout ok", CheckIcon {} span { "Every step is done: data and blobs copied and checked by the new PDS, the DID points at it, the new account is active and the old one deactivated." } }
            {facts}
            StepList {}
            MoveLog {}
            div { class: "next-step",
                h2 { "What next" }
                p { "Sign in to your app with the new handle and password. The old account stays deactivated on the old PDS; its operator can delete it at your request." }
            }
            div { class: "actions",
                button { class: "button secondary", r#type: "button", onclick: move |_| { runner.back(); view.set(View::Welcome); },
                    ArrowLeftIcon {} "Back to the start"
                }
            }
        }
    }
}

#[component]
fn ErrorCard() -> Element {
    let runner = use_context::<MoveRunner>();
    let MovePhase::Error(error) = runner.ctl.read().phase.clone() else {
        return rsx! {};
    };
    // The step list matters once something was done; before that it is noise.
    let started = !runner.ctl.read().done.is_empty();
    rsx! {
        section { class: "card step-card", "aria-labelledby": "card-title", "data-testid": "error",
            p { class: "eyebrow danger", "Something went wrong" }
            h1 { id: "card-title", "{error.title}" }
            div { class: "callout error", role: "alert",
                p { "data-testid": "error-message", "{error.message}" }
            }
            div { class: "callout advice",
                strong { "What to do: " }
                "{error.advice}"
            }
            if started {
                StepList {}
            }
            MoveLog {}
            div { class: "actions",
                button { class: "button primary", r#type: "button", "data-testid": "error-retry",
                    onclick: move |_| runner.submit(),
                    "Try again"
                }
                button { class: "button secondary", r#type: "button", "data-testid": "error-back",
                    onclick: move |_| runner.back(),
                    ArrowLeftIcon {}
                    "Back to the form"
                }
            }
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
