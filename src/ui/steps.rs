//! The migration's steps as plain data: order, names and what each one is for, and how the
//! controller's phases map onto them ([`rail`]).
//!
//! Views read this; they do not hard-code step names. The controller's phases map onto these
//! steps rather than the other way round, so the step list the user sees stays stable while the
//! internals change. "Accounts" and "Target PDS" are one form; "Identity" (the PLC update) belongs
//! to the whole account move and is shown as not part of the repair mode. A backup and adding a
//! recovery key go through three of the steps only ([`steps_of`]), under their own words.

use tektite_i18n::tr;

use crate::app::form::Mode;

/// One step of a migration, in the order the user goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Accounts,
    TargetPds,
    Plan,
    Run,
    Identity,
    Done,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [Step::Accounts, Step::TargetPds, Step::Plan, Step::Run, Step::Identity, Step::Done];

    /// Position in [`Step::ALL`], counting from 1 as the user sees it.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).map_or(0, |i| i + 1)
    }

    /// Short name for the step list.
    pub fn title(self) -> String {
        match self {
            Step::Accounts => tr!("rail-accounts"),
            Step::TargetPds => tr!("rail-target-pds"),
            Step::Plan => tr!("rail-plan"),
            Step::Run => tr!("rail-run"),
            Step::Identity => tr!("rail-identity"),
            Step::Done => tr!("rail-done"),
        }
    }

    /// One line under the title in the step list.
    pub fn summary(self) -> String {
        match self {
            Step::Accounts => tr!("rail-accounts-summary"),
            Step::TargetPds => tr!("rail-target-pds-summary"),
            Step::Plan => tr!("rail-plan-summary"),
            Step::Run => tr!("rail-run-summary"),
            Step::Identity => tr!("rail-identity-summary"),
            Step::Done => tr!("rail-done-summary"),
        }
    }
}

/// The steps `mode` goes through, in order (the repair shows the identity step as not its own).
pub fn steps_of(mode: Mode) -> &'static [Step] {
    match mode {
        Mode::Backup => &[Step::Accounts, Step::Run, Step::Done],
        Mode::Protect => &[Step::Accounts, Step::Identity, Step::Done],
        Mode::Restore => &[Step::Accounts, Step::Plan, Step::Run, Step::Done],
        // Both accounts on one form; no identity step.
        Mode::Repair => &[Step::Accounts, Step::Plan, Step::Run, Step::Done],
        Mode::Move => &Step::ALL,
    }
}

impl Step {
    /// Position among the steps of `mode`, counting from 1.
    pub fn number_in(self, mode: Mode) -> usize {
        steps_of(mode).iter().position(|s| *s == self).map_or(0, |i| i + 1)
    }

    /// The step's name for `mode`.
    pub fn title_in(self, mode: Mode) -> String {
        match (mode, self) {
            (Mode::Backup | Mode::Protect, Step::Accounts) => tr!("rail-account"),
            (Mode::Backup, Step::Run) => tr!("rail-back-up"),
            (Mode::Protect, Step::Identity) => tr!("rail-confirm"),
            (Mode::Restore, Step::Accounts) => tr!("rail-backup-and-key"),
            (Mode::Restore, Step::Plan) => tr!("rail-check"),
            (Mode::Restore, Step::Run) => tr!("rail-restore"),
            _ => self.title(),
        }
    }

    /// The line under the name for `mode`.
    pub fn summary_in(self, mode: Mode) -> String {
        match (mode, self) {
            (Mode::Backup, Step::Accounts) => tr!("rail-backup-accounts-summary"),
            (Mode::Backup, Step::Run) => tr!("rail-backup-run-summary"),
            (Mode::Backup, Step::Done) => tr!("rail-backup-done-summary"),
            (Mode::Protect, Step::Accounts) => tr!("rail-protect-accounts-summary"),
            (Mode::Protect, Step::Identity) => tr!("rail-protect-identity-summary"),
            (Mode::Protect, Step::Done) => tr!("rail-protect-done-summary"),
            (Mode::Restore, Step::Accounts) => tr!("rail-restore-accounts-summary"),
            (Mode::Restore, Step::Plan) => tr!("rail-restore-plan-summary"),
            (Mode::Restore, Step::Run) => tr!("rail-restore-run-summary"),
            (Mode::Restore, Step::Done) => tr!("rail-restore-done-summary"),
            _ => self.summary(),
        }
    }
}

/// Where the user is, in the step list's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The welcome screen: nothing started.
    Welcome,
    /// The accounts form (old and new PDS together), or signing in.
    Accounts,
    Plan,
    Run,
    /// The confirmation before the irreversible steps, and the emailed code (full move only).
    Identity,
    Done,
}

/// How a step is drawn in the step list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    Done,
    Current,
    Upcoming,
    /// Not part of this version of the app yet.
    Later,
}

impl StepState {
    /// The CSS class.
    pub fn class(self) -> &'static str {
        match self {
            StepState::Done => "is-done",
            StepState::Current => "is-current",
            StepState::Upcoming => "is-upcoming",
            StepState::Later => "is-later",
        }
    }
}

/// Every step's state at `stage` in the repair mode (no identity step), in [`Step::ALL`] order.
#[cfg(test)]
pub fn rail(stage: Stage) -> [StepState; 6] {
    rail_for(stage, false)
}

/// The steps of `mode` with their state at `stage`, in order.
pub fn rail_of(stage: Stage, mode: Mode) -> Vec<(Step, StepState)> {
    let states = rail_for(stage, matches!(mode, Mode::Move | Mode::Protect));
    Step::ALL.into_iter().zip(states).filter(|(step, _)| steps_of(mode).contains(step)).collect()
}

/// Every step's state at `stage`; `full`: the whole account move, where the identity step is real.
pub fn rail_for(stage: Stage, full: bool) -> [StepState; 6] {
    let current: &[Step] = match stage {
        Stage::Welcome => &[],
        Stage::Accounts => &[Step::Accounts, Step::TargetPds],
        Stage::Plan => &[Step::Plan],
        Stage::Run => &[Step::Run],
        Stage::Identity => &[Step::Identity],
        Stage::Done => &[Step::Done],
    };
    let first_current = current.first().map_or(0, |s| s.number());
    Step::ALL.map(|step| {
        if step == Step::Identity && !full {
            StepState::Later
        } else if current.contains(&step) {
            StepState::Current
        } else if step.number() < first_current {
            StepState::Done
        } else {
            StepState::Upcoming
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{rail, rail_for, Stage, Step, StepState};

    #[test]
    fn the_rail_follows_the_stage() {
        use StepState::*;
        assert_eq!(rail(Stage::Welcome), [Upcoming, Upcoming, Upcoming, Upcoming, Later, Upcoming]);
        assert_eq!(rail(Stage::Accounts), [Current, Current, Upcoming, Upcoming, Later, Upcoming]);
        assert_eq!(rail(Stage::Run), [Done, Done, Done, Current, Later, Upcoming]);
        assert_eq!(rail(Stage::Done), [Done, Done, Done, Done, Later, Current]);
        assert_eq!(rail_for(Stage::Identity, true), [Done, Done, Done, Done, Current, Upcoming]);
        assert_eq!(rail_for(Stage::Done, true), [Done, Done, Done, Done, Done, Current]);
    }

    #[test]
    fn a_backup_shows_its_three_steps_in_its_own_words() {
        use crate::app::form::Mode;
        use StepState::*;
        let rail = super::rail_of(Stage::Run, Mode::Backup);
        assert_eq!(rail, vec![(Step::Accounts, Done), (Step::Run, Current), (Step::Done, Upcoming)]);
        assert_eq!((Step::Run.number_in(Mode::Backup), Step::Run.title_in(Mode::Backup)), (2, "Back up".to_owned()));
        assert_eq!(super::rail_of(Stage::Run, Mode::Move).len(), 6);
    }

    #[test]
    fn steps_are_numbered_from_one_in_order() {
        let numbers: Vec<usize> = Step::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
        assert_eq!(Step::Accounts.number(), 1);
        assert_eq!(Step::Done.number(), Step::ALL.len());
    }
}
