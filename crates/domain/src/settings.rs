//! Workspace settings: the windows and the guard's lists, with their bounds.

use serde::{Deserialize, Serialize};

use crate::Millis;

/// Longest unsend or edit window a workspace may choose (M-3: 0–24 h).
const MAX_WINDOW_SECONDS: u32 = 24 * 3600;
/// Longest undo-send grace delay (M-8: 0–60 s).
const MAX_GRACE_SECONDS: u32 = 60;

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

    /// Applies a partial update, refusing the whole patch if any value is out of bounds.
    pub fn apply(&self, patch: SettingsPatch) -> Result<WorkspaceSettings, SettingsError> {
        let mut next = self.clone();
        let window = |name: &'static str, v: u32| {
            if v > MAX_WINDOW_SECONDS {
                Err(SettingsError::OutOfRange(name, 0, MAX_WINDOW_SECONDS))
            } else {
                Ok(v)
            }
        };
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
            if v > MAX_GRACE_SECONDS {
                return Err(SettingsError::OutOfRange(
                    "grace_seconds",
                    0,
                    MAX_GRACE_SECONDS,
                ));
            }
            next.grace_seconds = v;
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
        Ok(next)
    }
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
    pub unsend_window_seconds: Option<u32>,
    pub edit_window_seconds: Option<u32>,
    pub grace_seconds: Option<u32>,
    pub approval_deadline_seconds: Option<u32>,
    pub confidential_terms: Option<Vec<String>>,
    pub blocked_domains: Option<Vec<String>>,
    pub brand_domains: Option<Vec<String>>,
    pub show_reason_to_guests: Option<bool>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SettingsError {
    #[error("`{0}` must be between {1} and {2}")]
    OutOfRange(&'static str, u32, u32),
    #[error("`{0}` may hold at most {1} entries")]
    TooManyEntries(&'static str, usize),
    #[error("an entry of `{0}` is longer than {1} characters")]
    EntryTooLong(&'static str, usize),
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
