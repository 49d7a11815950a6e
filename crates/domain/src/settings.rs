//! Workspace settings: the windows and the guard's lists, with their bounds.

use serde::{Deserialize, Serialize};

use crate::zone::{UnknownTimeZone, WorkspaceZone, DEFAULT_TIME_ZONE};
use crate::Millis;

/// Longest unsend or edit window a workspace may choose (M-3: 0–24 h).
const MAX_WINDOW_SECONDS: u32 = 24 * 3600;
/// Longest undo-send grace delay (M-8: 0–60 s).
const MAX_GRACE_SECONDS: u32 = 60;
/// Largest moderation rules text a workspace may save (the full rule table is about 1 KiB).
const MAX_RULES_BYTES: usize = 16 * 1024;
/// Most conversations marked sensitive, or members in onboarding, one workspace may list.
const MAX_ID_ENTRIES: usize = 10_000;
/// Longest evidence retention a workspace may choose (L-3): ten years.
const MAX_RETENTION_DAYS: u32 = 3650;

/// The interfaces' default moderation rules, in the guard's TOML shape
/// (`retract_guard::ModerationRules`; the server checks that both agree).
pub const DEFAULT_MODERATION_RULES: &str = r#"[categories]
confidential = "needs_approval"
illegal = "block"
insult = "needs_approval"
pii = "needs_approval"
secret = "block"
tone = "warn"

[kinds]
"link.blocklisted" = "needs_approval"
"link.insecure" = "warn"
"link.ip_host" = "needs_approval"
"link.lookalike" = "needs_approval"
"link.mismatch" = "needs_approval"
"link.punycode" = "needs_approval"
"link.shortener" = "warn"
"#;

/// How long after sending an author may still unsend, enforced with the server clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnsendWindow(u32);

impl UnsendWindow {
    pub fn from_seconds(seconds: u32) -> Result<Self, SettingsError> {
        if seconds > MAX_WINDOW_SECONDS {
            return Err(SettingsError::OutOfRange(
                "unsend_window_seconds",
                0,
                MAX_WINDOW_SECONDS,
            ));
        }
        Ok(UnsendWindow(seconds))
    }

    pub fn seconds(self) -> u32 {
        self.0
    }

    /// Whether a message sent at `sent_at` may still be changed at `now` (the window is half-open:
    /// at exactly `sent_at + window` it has closed).
    pub fn allows(self, sent_at: Millis, now: Millis) -> bool {
        now.saturating_sub(sent_at) < i64::from(self.0) * 1000
    }
}

/// All settings of one workspace, as `GET /workspace/settings` shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceSettings {
    pub unsend_window_seconds: u32,
    pub edit_window_seconds: u32,
    pub grace_seconds: u32,
    pub approval_deadline_seconds: u32,
    pub confidential_terms: Vec<String>,
    pub blocked_domains: Vec<String>,
    pub brand_domains: Vec<String>,
    pub show_reason_to_guests: bool,
    /// The guard's moderation rules (TOML: which verdict each finding category or kind leads to).
    pub moderation_rules: String,
    /// Approval trigger: every team message holding a link waits for a lead.
    pub approve_links: bool,
    /// Approval trigger: conversations (a VIP influencer's…) where every team message waits.
    pub sensitive_conversations: Vec<i64>,
    /// Approval trigger: members in onboarding, every message of whom waits.
    pub onboarding_members: Vec<i64>,
    /// The IANA zone incidents are dated in beside UTC (L-1).
    pub time_zone: String,
    /// Days after which a removed message's evidence is erased by destroying its key (L-3);
    /// 0 keeps it until an owner erases it.
    pub evidence_retention_days: u32,
}

impl Default for WorkspaceSettings {
    fn default() -> Self {
        WorkspaceSettings {
            unsend_window_seconds: 600,
            edit_window_seconds: 900,
            grace_seconds: 0,
            approval_deadline_seconds: 900,
            confidential_terms: Vec::new(),
            blocked_domains: Vec::new(),
            brand_domains: Vec::new(),
            show_reason_to_guests: false,
            moderation_rules: DEFAULT_MODERATION_RULES.to_string(),
            approve_links: false,
            sensitive_conversations: Vec::new(),
            onboarding_members: Vec::new(),
            time_zone: DEFAULT_TIME_ZONE.to_string(),
            evidence_retention_days: 0,
        }
    }
}

impl WorkspaceSettings {
    pub fn unsend_window(&self) -> UnsendWindow {
        UnsendWindow(self.unsend_window_seconds.min(MAX_WINDOW_SECONDS))
    }

    pub fn edit_window(&self) -> UnsendWindow {
        UnsendWindow(self.edit_window_seconds.min(MAX_WINDOW_SECONDS))
    }

    pub fn zone(&self) -> WorkspaceZone {
        WorkspaceZone::of_setting(&self.time_zone)
    }

    /// Evidence of incidents opened before this instant is due for erasure; `None` when the
    /// workspace keeps evidence until an owner erases it.
    pub fn evidence_erasure_cutoff(&self, now: Millis) -> Option<Millis> {
        (self.evidence_retention_days > 0)
            .then(|| now.saturating_sub(i64::from(self.evidence_retention_days) * 86_400_000))
    }

    /// Applies a partial update, refusing the whole patch if any value is out of bounds.
    pub fn apply(&self, patch: SettingsPatch) -> Result<WorkspaceSettings, SettingsError> {
        let mut next = self.clone();
        // Signed in the patch so that a negative number is refused as out of range, with the
        // range, rather than as a JSON type error.
        let in_range = |name: &'static str, v: i64, max: u32| {
            u32::try_from(v)
                .ok()
                .filter(|v| *v <= max)
                .ok_or(SettingsError::OutOfRange(name, 0, max))
        };
        let window = |name: &'static str, v: i64| in_range(name, v, MAX_WINDOW_SECONDS);
        if let Some(v) = patch.unsend_window_seconds {
            next.unsend_window_seconds = window("unsend_window_seconds", v)?;
        }
        if let Some(v) = patch.edit_window_seconds {
            next.edit_window_seconds = window("edit_window_seconds", v)?;
        }
        if let Some(v) = patch.approval_deadline_seconds {
            next.approval_deadline_seconds = window("approval_deadline_seconds", v)?;
        }
        if let Some(v) = patch.grace_seconds {
            next.grace_seconds = in_range("grace_seconds", v, MAX_GRACE_SECONDS)?;
        }
        if let Some(v) = patch.confidential_terms {
            next.confidential_terms = clean_list("confidential_terms", v)?;
        }
        if let Some(v) = patch.blocked_domains {
            next.blocked_domains = clean_list("blocked_domains", v)?;
        }
        if let Some(v) = patch.brand_domains {
            next.brand_domains = clean_list("brand_domains", v)?;
        }
        if let Some(v) = patch.show_reason_to_guests {
            next.show_reason_to_guests = v;
        }
        if let Some(v) = patch.moderation_rules {
            if v.len() > MAX_RULES_BYTES {
                return Err(SettingsError::TooLong("moderation_rules", MAX_RULES_BYTES));
            }
            next.moderation_rules = if v.trim().is_empty() {
                DEFAULT_MODERATION_RULES.to_string()
            } else {
                v
            };
        }
        if let Some(v) = patch.approve_links {
            next.approve_links = v;
        }
        if let Some(v) = patch.sensitive_conversations {
            next.sensitive_conversations = clean_ids("sensitive_conversations", v)?;
        }
        if let Some(v) = patch.onboarding_members {
            next.onboarding_members = clean_ids("onboarding_members", v)?;
        }
        if let Some(v) = patch.time_zone {
            next.time_zone = WorkspaceZone::parse(&v)?.name().to_string();
        }
        if let Some(v) = patch.evidence_retention_days {
            next.evidence_retention_days =
                in_range("evidence_retention_days", v, MAX_RETENTION_DAYS)?;
        }
        Ok(next)
    }

    /// The names of the settings that differ between `self` and `next` (for the audit trail).
    pub fn changed_fields(&self, next: &WorkspaceSettings) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut check = |name: &'static str, same: bool| {
            if !same {
                out.push(name);
            }
        };
        check(
            "unsend_window_seconds",
            self.unsend_window_seconds == next.unsend_window_seconds,
        );
        check(
            "edit_window_seconds",
            self.edit_window_seconds == next.edit_window_seconds,
        );
        check("grace_seconds", self.grace_seconds == next.grace_seconds);
        check(
            "approval_deadline_seconds",
            self.approval_deadline_seconds == next.approval_deadline_seconds,
        );
        check(
            "confidential_terms",
            self.confidential_terms == next.confidential_terms,
        );
        check(
            "blocked_domains",
            self.blocked_domains == next.blocked_domains,
        );
        check("brand_domains", self.brand_domains == next.brand_domains);
        check(
            "show_reason_to_guests",
            self.show_reason_to_guests == next.show_reason_to_guests,
        );
        check(
            "moderation_rules",
            self.moderation_rules == next.moderation_rules,
        );
        check("approve_links", self.approve_links == next.approve_links);
        check(
            "sensitive_conversations",
            self.sensitive_conversations == next.sensitive_conversations,
        );
        check(
            "onboarding_members",
            self.onboarding_members == next.onboarding_members,
        );
        check("time_zone", self.time_zone == next.time_zone);
        check(
            "evidence_retention_days",
            self.evidence_retention_days == next.evidence_retention_days,
        );
        out
    }
}

impl WorkspaceSettings {
    /// What changed between `self` and `next`, for the audit trail: numbers and switches as
    /// `{"from", "to"}`, lists (and the rules' lines) as `{"added", "removed"}`.
    pub fn audit_diff(&self, next: &WorkspaceSettings) -> serde_json::Value {
        use serde_json::{json, Map, Value};
        fn list<T: PartialEq + Serialize>(a: &[T], b: &[T]) -> Value {
            let added: Vec<&T> = b.iter().filter(|x| !a.contains(x)).collect();
            let removed: Vec<&T> = a.iter().filter(|x| !b.contains(x)).collect();
            json!({"added": added, "removed": removed})
        }
        let mut out = Map::new();
        for name in self.changed_fields(next) {
            let value = match name {
                "unsend_window_seconds" => {
                    json!({"from": self.unsend_window_seconds, "to": next.unsend_window_seconds})
                }
                "edit_window_seconds" => {
                    json!({"from": self.edit_window_seconds, "to": next.edit_window_seconds})
                }
                "grace_seconds" => json!({"from": self.grace_seconds, "to": next.grace_seconds}),
                "approval_deadline_seconds" => json!({
                    "from": self.approval_deadline_seconds,
                    "to": next.approval_deadline_seconds
                }),
                "show_reason_to_guests" => json!({
                    "from": self.show_reason_to_guests,
                    "to": next.show_reason_to_guests
                }),
                "approve_links" => json!({"from": self.approve_links, "to": next.approve_links}),
                "time_zone" => json!({"from": self.time_zone, "to": next.time_zone}),
                "evidence_retention_days" => json!({
                    "from": self.evidence_retention_days,
                    "to": next.evidence_retention_days
                }),
                "confidential_terms" => list(&self.confidential_terms, &next.confidential_terms),
                "blocked_domains" => list(&self.blocked_domains, &next.blocked_domains),
                "brand_domains" => list(&self.brand_domains, &next.brand_domains),
                "sensitive_conversations" => {
                    list(&self.sensitive_conversations, &next.sensitive_conversations)
                }
                "onboarding_members" => list(&self.onboarding_members, &next.onboarding_members),
                _ => {
                    let lines = |t: &str| -> Vec<String> {
                        t.lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(str::to_string)
                            .collect()
                    };
                    list(
                        &lines(&self.moderation_rules),
                        &lines(&next.moderation_rules),
                    )
                }
            };
            out.insert(name.to_string(), value);
        }
        Value::Object(out)
    }
}

/// Drops duplicates and refuses lists of ids too large to be a real setting.
fn clean_ids(name: &'static str, mut ids: Vec<i64>) -> Result<Vec<i64>, SettingsError> {
    if ids.len() > MAX_ID_ENTRIES {
        return Err(SettingsError::TooManyEntries(name, MAX_ID_ENTRIES));
    }
    if ids.iter().any(|id| *id <= 0) {
        return Err(SettingsError::InvalidId(name));
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Trims entries, drops blanks and refuses lists too large to be a real setting.
fn clean_list(name: &'static str, list: Vec<String>) -> Result<Vec<String>, SettingsError> {
    const MAX_ENTRIES: usize = 20_000;
    const MAX_ENTRY_CHARS: usize = 200;
    if list.len() > MAX_ENTRIES {
        return Err(SettingsError::TooManyEntries(name, MAX_ENTRIES));
    }
    let mut out = Vec::with_capacity(list.len());
    for entry in list {
        let entry = entry.trim();
        if entry.chars().count() > MAX_ENTRY_CHARS {
            return Err(SettingsError::EntryTooLong(name, MAX_ENTRY_CHARS));
        }
        if !entry.is_empty() && !out.iter().any(|e: &String| e == entry) {
            out.push(entry.to_string());
        }
    }
    Ok(out)
}

/// A partial update of the settings (`PATCH /workspace/settings`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsPatch {
    pub unsend_window_seconds: Option<i64>,
    pub edit_window_seconds: Option<i64>,
    pub grace_seconds: Option<i64>,
    pub approval_deadline_seconds: Option<i64>,
    pub confidential_terms: Option<Vec<String>>,
    pub blocked_domains: Option<Vec<String>>,
    pub brand_domains: Option<Vec<String>>,
    pub show_reason_to_guests: Option<bool>,
    /// TOML; blank restores the default rules.
    pub moderation_rules: Option<String>,
    pub approve_links: Option<bool>,
    pub sensitive_conversations: Option<Vec<i64>>,
    pub onboarding_members: Option<Vec<i64>>,
    /// An IANA name such as `Europe/Paris`.
    pub time_zone: Option<String>,
    pub evidence_retention_days: Option<i64>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SettingsError {
    #[error("`{0}` must be between {1} and {2}")]
    OutOfRange(&'static str, u32, u32),
    #[error("`{0}` may hold at most {1} entries")]
    TooManyEntries(&'static str, usize),
    #[error("an entry of `{0}` is longer than {1} characters")]
    EntryTooLong(&'static str, usize),
    #[error("`{0}` is longer than {1} bytes")]
    TooLong(&'static str, usize),
    #[error("`{0}` holds an id that is not a positive number")]
    InvalidId(&'static str),
    #[error("`time_zone`: {0}")]
    TimeZone(#[from] UnknownTimeZone),
}

impl SettingsError {
    /// The setting the patch was refused for, as named in the API.
    pub fn field(&self) -> &'static str {
        match self {
            SettingsError::OutOfRange(f, ..)
            | SettingsError::TooManyEntries(f, _)
            | SettingsError::EntryTooLong(f, _)
            | SettingsError::TooLong(f, _)
            | SettingsError::InvalidId(f) => f,
            SettingsError::TimeZone(_) => "time_zone",
        }
    }

    /// A stable name for what is wrong, so that an interface can explain it in its own language.
    pub fn problem(&self) -> &'static str {
        match self {
            SettingsError::OutOfRange(..) => "out_of_range",
            SettingsError::TooManyEntries(..) => "too_many_entries",
            SettingsError::EntryTooLong(..) => "entry_too_long",
            SettingsError::TooLong(..) => "too_long",
            SettingsError::InvalidId(_) => "invalid_id",
            SettingsError::TimeZone(_) => "unknown_time_zone",
        }
    }

    /// The bound that was exceeded (the maximum of a range, of a list or of a length), if any.
    pub fn limit(&self) -> Option<u64> {
        match self {
            SettingsError::OutOfRange(_, _, max) => Some(u64::from(*max)),
            SettingsError::TooManyEntries(_, n)
            | SettingsError::EntryTooLong(_, n)
            | SettingsError::TooLong(_, n) => u64::try_from(*n).ok(),
            SettingsError::InvalidId(_) | SettingsError::TimeZone(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn defaults_are_the_interfaces() {
        let s = WorkspaceSettings::default();
        assert_eq!(s.unsend_window_seconds, 600);
        assert_eq!(s.edit_window_seconds, 900);
        assert_eq!(s.grace_seconds, 0);
        assert_eq!(s.approval_deadline_seconds, 900);
    }

    #[test]
    fn patches_out_of_range_change_nothing() {
        let s = WorkspaceSettings::default();
        let patch = SettingsPatch {
            unsend_window_seconds: Some(30),
            grace_seconds: Some(61),
            ..Default::default()
        };
        assert!(s.apply(patch).is_err());
        for negative in [
            SettingsPatch {
                unsend_window_seconds: Some(-1),
                ..Default::default()
            },
            SettingsPatch {
                grace_seconds: Some(-5),
                ..Default::default()
            },
            SettingsPatch {
                evidence_retention_days: Some(i64::MIN),
                ..Default::default()
            },
        ] {
            assert!(matches!(
                s.apply(negative),
                Err(SettingsError::OutOfRange(_, 0, _))
            ));
        }
        let ok = s
            .apply(SettingsPatch {
                unsend_window_seconds: Some(30),
                brand_domains: Some(vec![
                    " shop.example ".into(),
                    "".into(),
                    "shop.example".into(),
                ]),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(ok.unsend_window_seconds, 30);
        assert_eq!(ok.brand_domains, vec!["shop.example".to_string()]);
    }

    #[test]
    fn time_zone_and_retention_patch_within_bounds() {
        let s = WorkspaceSettings::default();
        assert_eq!(s.time_zone, "Europe/Paris");
        assert_eq!(s.evidence_retention_days, 0);
        assert_eq!(s.evidence_erasure_cutoff(1_000_000_000), None);
        // Settings saved before these existed read back with the defaults.
        let old: WorkspaceSettings = serde_json::from_str(r#"{"grace_seconds":5}"#).unwrap();
        assert_eq!(old.time_zone, "Europe/Paris");
        assert_eq!(old.evidence_retention_days, 0);
        let next = s
            .apply(SettingsPatch {
                time_zone: Some("america/montreal".into()),
                evidence_retention_days: Some(30),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(next.time_zone, "America/Montreal");
        assert_eq!(
            next.evidence_erasure_cutoff(40 * 86_400_000),
            Some(10 * 86_400_000)
        );
        assert_eq!(
            s.changed_fields(&next),
            ["time_zone", "evidence_retention_days"]
        );
        assert_eq!(
            s.audit_diff(&next)["time_zone"],
            serde_json::json!({"from": "Europe/Paris", "to": "America/Montreal"})
        );
        let bad_zone = s.apply(SettingsPatch {
            time_zone: Some("Paris".into()),
            ..Default::default()
        });
        assert!(matches!(bad_zone, Err(SettingsError::TimeZone(_))));
        let too_long = s.apply(SettingsPatch {
            evidence_retention_days: Some(3651),
            ..Default::default()
        });
        assert_eq!(
            too_long,
            Err(SettingsError::OutOfRange(
                "evidence_retention_days",
                0,
                3650
            ))
        );
    }

    #[test]
    fn approval_triggers_default_off_and_patch_cleanly() {
        let s = WorkspaceSettings::default();
        assert!(!s.approve_links);
        assert!(s.sensitive_conversations.is_empty() && s.onboarding_members.is_empty());
        // Settings saved before the triggers existed read back with them off.
        let old: WorkspaceSettings =
            serde_json::from_str(r#"{"unsend_window_seconds":30}"#).unwrap();
        assert_eq!(old.moderation_rules, DEFAULT_MODERATION_RULES);
        assert!(!old.approve_links && old.onboarding_members.is_empty());
        let next = s
            .apply(SettingsPatch {
                approve_links: Some(true),
                sensitive_conversations: Some(vec![7, 3, 7]),
                onboarding_members: Some(vec![4]),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(next.sensitive_conversations, vec![3, 7]);
        assert_eq!(
            s.changed_fields(&next),
            [
                "approve_links",
                "sensitive_conversations",
                "onboarding_members"
            ]
        );
        assert_eq!(
            s.audit_diff(&next),
            serde_json::json!({
                "approve_links": {"from": false, "to": true},
                "sensitive_conversations": {"added": [3, 7], "removed": []},
                "onboarding_members": {"added": [4], "removed": []},
            })
        );
        let rules = s
            .apply(SettingsPatch {
                moderation_rules: Some(
                    DEFAULT_MODERATION_RULES.replace("tone = \"warn\"", "tone = \"allow\""),
                ),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(
            s.audit_diff(&rules)["moderation_rules"],
            serde_json::json!({"added": ["tone = \"allow\""], "removed": ["tone = \"warn\""]})
        );
        assert!(s
            .apply(SettingsPatch {
                onboarding_members: Some(vec![0]),
                ..Default::default()
            })
            .is_err());
        assert!(s
            .apply(SettingsPatch {
                moderation_rules: Some("x".repeat(MAX_RULES_BYTES + 1)),
                ..Default::default()
            })
            .is_err());
        let blank = next
            .apply(SettingsPatch {
                moderation_rules: Some("  ".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(blank.moderation_rules, DEFAULT_MODERATION_RULES);
    }

    proptest! {
        #[test]
        fn unsend_after_the_window_is_always_refused(window in 0u32..=86_400, sent in 0i64..1_000_000_000_000, extra in 0i64..10_000_000) {
            let w = UnsendWindow::from_seconds(window).unwrap();
            prop_assert!(!w.allows(sent, sent + i64::from(window) * 1000 + extra));
        }

        #[test]
        fn unsend_inside_the_window_is_allowed(window in 1u32..=86_400, sent in 0i64..1_000_000_000_000, frac in 0.0f64..1.0) {
            let w = UnsendWindow::from_seconds(window).unwrap();
            let age = (f64::from(window) * 1000.0 * frac) as i64;
            prop_assert!(w.allows(sent, sent + age.min(i64::from(window) * 1000 - 1)));
        }
    }
}
