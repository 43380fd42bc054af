//! The migration's steps as plain data: order, names and what each one is for.
//!
//! Views read this; they do not hard-code step names. When the engine's migration state
//! machine lands, it should map its phases onto these steps rather than the other way round,
//! so the step list the user sees stays stable while the engine's internals change.

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
    pub fn title(self) -> &'static str {
        match self {
            Step::Accounts => "Accounts",
            Step::TargetPds => "Target PDS",
            Step::Plan => "Plan",
            Step::Run => "Run",
            Step::Identity => "Identity",
            Step::Done => "Done",
        }
    }

    /// One line under the title in the step list.
    pub fn summary(self) -> &'static str {
        match self {
            Step::Accounts => "Sign in to the account you are moving",
            Step::TargetPds => "Choose the server it moves to",
            Step::Plan => "Review what will be copied",
            Step::Run => "Copy records, blobs and preferences",
            Step::Identity => "Point your identity at the new PDS",
            Step::Done => "Check the result and finish",
        }
    }

    /// What happens in the step, for the step's own card.
    pub fn description(self) -> &'static str {
        match self {
            Step::Accounts => {
                "Sign in to your current PDS with your handle and password. Tektite reads your \
                 repository, blobs and preferences from there."
            }
            Step::TargetPds => {
                "Enter the address of the new PDS. Tektite checks that it answers and what it \
                 needs to create your account there, such as an invite code."
            }
            Step::Plan => {
                "Before anything is copied, Tektite counts your records and blobs, checks the \
                 space available, and shows you the plan to confirm."
            }
            Step::Run => {
                "Your repository, every blob and your preferences are copied to the new PDS. \
                 Each blob is checked against its content hash, and an interrupted run \
                 continues where it stopped."
            }
            Step::Identity => {
                "Your current PDS emails you a confirmation code. With it, the update that \
                 points your DID at the new PDS is signed, and the new account is activated."
            }
            Step::Done => {
                "The new account is checked end to end, the old one is deactivated, and you see \
                 anything that still needs your attention."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Step;

    #[test]
    fn steps_are_numbered_from_one_in_order() {
        let numbers: Vec<usize> = Step::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
        assert_eq!(Step::Accounts.number(), 1);
        assert_eq!(Step::Done.number(), Step::ALL.len());
    }
}
