//! The glue between the controller and Dioxus: starts [`flow::run`] as a task, drains its event
//! channel into the controller's signal, passes the user's commands (go, confirm, the code) to the
//! run, and cancels by dropping the task.
//!
//! Tasks are spawned in the root scope (`spawn_forever`): the card that started a run unmounts as
//! soon as the phase changes, and a task spawned in its scope would be cancelled with it.

use dioxus::core::{spawn_forever, Task};
use dioxus::prelude::*;
use futures::channel::mpsc;
use futures::StreamExt;
use tektite_engine::runtime::sleep;

use tektite_engine::after_move::check_moved;

use crate::app::controller::{AccountCheck, Controller, Phase};
use crate::app::events::{AppEvent, Command, Finished};
use crate::app::flow;
use crate::app::form::{normalize_url, Secrets};
use crate::app::recovery_key::NewRecoveryKey;

/// The UI applies events at most this often (each application re-renders).
const REPAINT_EVERY: std::time::Duration = std::time::Duration::from_millis(100);

/// Handles to the running flow, shared through the context. `Copy`: it holds only signals.
#[derive(Clone, Copy)]
pub struct Runner {
    pub ctl: Signal<Controller>,
    /// Passwords and codes, in memory for this page/window only (so going back to the form keeps
    /// them); never written anywhere.
    pub secrets: Signal<Secrets>,
    tasks: Signal<Vec<Task>>,
    commands: Signal<Option<mpsc::UnboundedSender<Command>>>,
}

impl Runner {
    pub fn new(ctl: Signal<Controller>) -> Self {
        // Owned by the root scope: the run's tasks live there too (`spawn_forever`), and signals
        // owned by a component's scope but used from the root make Dioxus warn at every use.
        Runner {
            ctl,
            secrets: Signal::new_in_scope(Secrets::default(), ScopeId::ROOT),
            tasks: Signal::new_in_scope(Vec::new(), ScopeId::ROOT),
            commands: Signal::new_in_scope(None, ScopeId::ROOT),
        }
    }

    /// Validates the form and, if it is complete, signs in and plans.
    pub fn submit(mut self) {
        let secrets = self.secrets.read().clone();
        let Some(request) = self.ctl.write().submit(&secrets) else {
            return;
        };
        self.launch(request);
    }

    /// Runs `request` in the background, its events feeding the controller.
    fn launch(mut self, request: crate::app::form::Request) {
        self.stop_tasks();
        let (events, rx) = mpsc::unbounded();
        let (commands, commands_rx) = mpsc::unbounded();
        self.commands.set(Some(commands));
        let run = spawn_forever(flow::run(request, events, commands_rx));
        let drain = spawn_forever(drain(rx, self.ctl));
        self.tasks.set(vec![run, drain]);
    }

    /// "Continue" on a stopped run: the same accounts and passwords, straight past the plan.
    pub fn continue_run(mut self) {
        let secrets = self.secrets.read().clone();
        let Some(request) = self.ctl.write().continue_run(&secrets) else {
            return;
        };
        self.launch(request);
    }

    /// Asks the new PDS about itself (the form's "Check" button).
    pub fn check_server(self) {
        let mut ctl = self.ctl;
        let url = normalize_url(&ctl.read().form.new_pds);
        spawn_forever(async move {
            let result = flow::describe(&url).await;
            ctl.write().server_checked(result);
        });
    }

    fn send(mut self, command: Command) {
        let sent = self.commands.read().as_ref().is_some_and(|c| c.unbounded_send(command).is_ok());
        if sent {
            self.ctl.write().running();
        }
    }

    /// Start after the plan.
    pub fn go(self) {
        self.send(Command::Go)
    }

    /// Agreed to the irreversible steps.
    pub fn confirm(self) {
        self.send(Command::Confirm)
    }

    /// The emailed code. Kept in the controller (memory only) so that a refused one is still in
    /// its field to correct, not typed again from scratch.
    pub fn token(mut self, token: String) {
        self.ctl.write().typed_code.clone_from(&token);
        self.send(Command::PlcToken(token))
    }

    /// Email a new PLC code (the first is lost or expired).
    pub fn new_token(self) {
        self.send(Command::NewPlcToken)
    }

    /// The did:web document is published: look again.
    pub fn recheck(self) {
        self.send(Command::Recheck)
    }

    /// The old account's password, for deactivating it (a server sign-in may not).
    pub fn deactivate_with_password(self, password: String) {
        self.send(Command::DeactivateWithPassword(password))
    }

    /// Accepted losing the blobs shown (they can never be moved).
    pub fn accept_missing(self, cids: Vec<String>) {
        self.send(Command::AcceptMissing(cids))
    }

    /// Generates a recovery key for the account in the form, hands its file to the user and puts
    /// its public half in the form.
    pub fn generate_recovery_key(mut self) {
        let account = self.ctl.read().form.old_id.trim().to_owned();
        let mut key = NewRecoveryKey::generate(if account.is_empty() { "your account" } else { &account });
        key.hand_over();
        self.ctl.write().form.recovery_key = key.did_key.clone();
        self.secrets.write().new_recovery_key = Some(key);
    }

    /// Hands the generated key's file over again (the first download went astray).
    pub fn save_recovery_key_again(mut self) {
        if let Some(key) = self.secrets.write().new_recovery_key.as_mut() {
            key.hand_over();
        }
    }

    /// The user says the generated key's file is safe (or takes that back).
    pub fn recovery_key_kept(mut self, kept: bool) {
        if let Some(key) = self.secrets.write().new_recovery_key.as_mut() {
            key.kept = kept;
        }
    }

    /// Forgets the generated key (the form's recovery key field is emptied with it).
    pub fn drop_recovery_key(mut self) {
        self.secrets.write().new_recovery_key = None;
        self.ctl.write().form.recovery_key.clear();
    }

    /// Looks at the moved account from outside (handle, DID document, new PDS).
    pub fn check_account(self) {
        let mut ctl = self.ctl;
        let (did, handle, pds, resolver) = {
            let c = ctl.read();
            let Phase::Done(finished) = &c.phase else { return };
            let Finished::Moved(s) = &**finished else { return };
            (s.did.clone(), s.new_handle.clone(), s.new_pds.clone(), c.form.resolver())
        };
        ctl.write().account_check = Some(AccountCheck::Looking);
        spawn_forever(async move {
            let seen = check_moved(&resolver, &did, &handle, &pds).await;
            ctl.write().account_check = Some(AccountCheck::Seen(seen));
        });
    }

    /// Stops the run (the engine's futures are cancel-safe) and returns to the form.
    pub fn cancel(mut self) {
        self.stop_tasks();
        self.ctl.write().cancelled();
    }

    /// Leaves the plan, an error or the report for the form; anything still running is stopped.
    pub fn back(mut self) {
        self.stop_tasks();
        self.ctl.write().back_to_form();
    }

    fn stop_tasks(&mut self) {
        self.commands.set(None);
        for task in self.tasks.write().drain(..) {
            task.cancel();
        }
    }
}

/// Applies a run's events to the controller in batches, one repaint per batch.
async fn drain(mut rx: mpsc::UnboundedReceiver<AppEvent>, mut ctl: Signal<Controller>) {
    while let Some(first) = rx.next().await {
        let mut batch = vec![first];
        while let Ok(event) = rx.try_recv() {
            batch.push(event);
        }
        {
            let mut c = ctl.write();
            for event in batch {
                c.apply(event);
            }
        }
        sleep(REPAINT_EVERY).await;
    }
}
