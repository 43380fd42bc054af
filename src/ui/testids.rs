//! The `data-testid`s that name the way in (automation hooks of the browser tests and of any user
//! scripts): one table, so the cards stay one set.

use crate::app::form::Mode;

/// The `data-testid`s of the cards whose name tells the way in (kept from the time each way in had
/// cards of its own, so the browser tests and any user scripts keep working).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TestIds {
    pub form: &'static str,
    pub submit: &'static str,
    pub connecting: &'static str,
    pub plan: &'static str,
    pub start: &'static str,
    pub run: &'static str,
    pub done: &'static str,
}

impl TestIds {
    pub fn of(mode: Mode) -> TestIds {
        match mode {
            Mode::Move => TestIds {
                form: "move-form",
                submit: "move-connect",
                connecting: "move-connecting",
                plan: "move-plan",
                start: "move-start",
                run: "move-run",
                done: "move-done",
            },
            Mode::Repair => TestIds {
                form: "accounts",
                submit: "plan-button",
                connecting: "signing-in",
                plan: "plan",
                start: "start-button",
                run: "progress",
                done: "done",
            },
            Mode::Backup => TestIds {
                form: "backup-form",
                submit: "backup-start",
                connecting: "backup-connecting",
                plan: "backup-plan",
                start: "backup-go",
                run: "backup-run",
                done: "backup-done",
            },
            Mode::Protect => TestIds {
                form: "protect-form",
                submit: "protect-start",
                connecting: "protect-connecting",
                plan: "protect-plan",
                start: "protect-go",
                run: "protect-run",
                done: "protect-done",
            },
            Mode::Restore => TestIds {
                form: "restore-form",
                submit: "restore-check",
                connecting: "restore-connecting",
                plan: "restore-plan",
                start: "restore-go",
                run: "restore-run",
                done: "restore-done",
            },
        }
    }
}
