//! Moderation rules: which verdict each finding leads to.
//!
//! Written in TOML. A kind rule (`"link.shortener" = "warn"`) overrides its category rule
//! (`link = "needs_approval"`); a finding whose kind and category have no rule counts as `allow`.
//! The message's verdict is the strongest verdict of its findings (`allow` when there are none).
//!
//! The defaults are the interfaces' default rules:
//!
//! ```toml
//! [categories]
//! secret = "block"
//! illegal = "block"
//! pii = "needs_approval"
//! confidential = "needs_approval"
//! insult = "needs_approval"
//! tone = "warn"
//!
//! [kinds]
//! "link.ip_host" = "needs_approval"
//! "link.punycode" = "needs_approval"
//! "link.lookalike" = "needs_approval"
//! "link.blocklisted" = "needs_approval"
//! "link.mismatch" = "needs_approval"
//! "link.shortener" = "warn"
//! "link.insecure" = "warn"
//! ```
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::kind::{Kind, CATEGORIES};
use crate::GuardError;

/// Outcome for a message, ordered from the mildest to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Allow,
    Warn,
    NeedsApproval,
    Block,
}

impl Verdict {
    /// The snake_case name (`needs_approval`).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Allow => "allow",
            Verdict::Warn => "warn",
            Verdict::NeedsApproval => "needs_approval",
            Verdict::Block => "block",
        }
    }
}

/// Per-category and per-kind verdicts (see the module docs for the TOML shape and defaults).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModerationRules {
    /// Category name (`pii`) → verdict.
    #[serde(default)]
    pub categories: BTreeMap<String, Verdict>,
    /// `category.kind` (`link.shortener`) → verdict; wins over the category rule.
    #[serde(default)]
    pub kinds: BTreeMap<String, Verdict>,
}

impl Default for ModerationRules {
    fn default() -> Self {
        let categories = [
            ("secret", Verdict::Block),
            ("illegal", Verdict::Block),
            ("pii", Verdict::NeedsApproval),
            ("confidential", Verdict::NeedsApproval),
            ("insult", Verdict::NeedsApproval),
            ("tone", Verdict::Warn),
        ];
        let kinds = [
            ("link.ip_host", Verdict::NeedsApproval),
            ("link.punycode", Verdict::NeedsApproval),
            ("link.lookalike", Verdict::NeedsApproval),
            ("link.blocklisted", Verdict::NeedsApproval),
            ("link.mismatch", Verdict::NeedsApproval),
            ("link.shortener", Verdict::Warn),
            ("link.insecure", Verdict::Warn),
        ];
        ModerationRules {
            categories: categories
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect(),
            kinds: kinds.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }
}

impl ModerationRules {
    /// Parse rules written in TOML and check every name against the category/kind table.
    pub fn from_toml(text: &str) -> Result<ModerationRules, GuardError> {
        let rules: ModerationRules =
            toml::from_str(text).map_err(|e| GuardError::InvalidConfig(e.to_string()))?;
        rules.validate()?;
        Ok(rules)
    }

    /// Serialize to TOML (the inverse of [`ModerationRules::from_toml`]).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// Reject unknown category or kind names (a typo would silently allow a risk).
    pub fn validate(&self) -> Result<(), GuardError> {
        for c in self.categories.keys() {
            if !CATEGORIES.contains(&c.as_str()) {
                return Err(GuardError::InvalidConfig(format!(
                    "unknown category `{c}` in moderation rules (expected one of {})",
                    CATEGORIES.join(", ")
                )));
            }
        }
        for k in self.kinds.keys() {
            let ok = k
                .split_once('.')
                .and_then(|(c, k)| Kind::from_names(c, k))
                .is_some();
            if !ok {
                return Err(GuardError::InvalidConfig(format!(
                    "unknown kind `{k}` in moderation rules (expected `category.kind`, e.g. `link.shortener`)"
                )));
            }
        }
        Ok(())
    }

    pub(crate) fn compile(&self) -> [Verdict; 32] {
        let mut table = [Verdict::Allow; 32];
        for (i, kind) in Kind::ALL.iter().enumerate() {
            let key = format!("{}.{}", kind.category(), kind.as_str());
            table[i] = self
                .kinds
                .get(&key)
                .or_else(|| self.categories.get(kind.category()))
                .copied()
                .unwrap_or(Verdict::Allow);
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_through_toml() {
        let rules = ModerationRules::default();
        let text = rules.to_toml();
        assert_eq!(ModerationRules::from_toml(&text).unwrap(), rules);
    }

    #[test]
    fn kind_rule_wins_over_category() {
        let rules = ModerationRules::from_toml(
            "[categories]\nlink = \"block\"\n[kinds]\n\"link.insecure\" = \"allow\"\n",
        )
        .unwrap();
        let t = rules.compile();
        let idx = |k: Kind| Kind::ALL.iter().position(|x| *x == k).unwrap();
        assert_eq!(t[idx(Kind::Insecure)], Verdict::Allow);
        assert_eq!(t[idx(Kind::Lookalike)], Verdict::Block);
        assert_eq!(t[idx(Kind::Phone)], Verdict::Allow);
    }

    #[test]
    fn unknown_names_are_refused() {
        assert!(ModerationRules::from_toml("[categories]\npi = \"block\"\n").is_err());
        assert!(ModerationRules::from_toml("[kinds]\n\"link.short\" = \"warn\"\n").is_err());
        assert!(ModerationRules::from_toml("[kinds]\n\"link.insecure\" = \"maybe\"\n").is_err());
    }
}
