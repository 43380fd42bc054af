//! The names of the strategies: what the user picks, the plan records and selection decides on.

use serde::{Deserialize, Serialize};

/// Which strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StrategyKind {
    Streaming,
    Storage,
}

impl std::fmt::Display for StrategyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StrategyKind::Streaming => "streaming",
            StrategyKind::Storage => "storage",
        })
    }
}
