//! The workspace's time zone (L-1): incidents are dated in UTC and in the zone the team works in.
//!
//! Zone names are IANA names looked up in the time zone database compiled into the binary, so a
//! name is valid the same way on every node whatever the host has installed, and looking one up
//! reads no file.

use jiff::tz::TimeZone;

use crate::Millis;

/// The zone of a workspace that never chose one: retract is French-first.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Paris";

/// A valid IANA time zone, under its canonical name.
#[derive(Debug, Clone)]
pub struct WorkspaceZone {
    name: String,
    zone: TimeZone,
}

/// A zone name the time zone database does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an IANA time zone (for example Europe/Paris or America/New_York)")]
pub struct UnknownTimeZone(pub String);

impl WorkspaceZone {
    /// Looks a name up, ignoring case; the zone keeps the database's spelling.
    pub fn parse(name: &str) -> Result<Self, UnknownTimeZone> {
        let trimmed = name.trim();
        let zone = TimeZone::get(trimmed).map_err(|_| UnknownTimeZone(trimmed.to_string()))?;
        let name = zone.iana_name().unwrap_or(trimmed).to_string();
        Ok(WorkspaceZone { name, zone })
    }

    /// The zone of a saved setting; an unknown name (a database older than the one that saved
    /// it) falls back to the default rather than losing the date.
    pub fn of_setting(name: &str) -> Self {
        WorkspaceZone::parse(name).unwrap_or_else(|_| WorkspaceZone {
            name: DEFAULT_TIME_ZONE.to_string(),
            zone: TimeZone::get(DEFAULT_TIME_ZONE).unwrap_or(TimeZone::UTC),
        })
    }

    /// Every zone name the database knows, sorted (the settings page's choices).
    pub fn available() -> Vec<String> {
        let mut names: Vec<String> = jiff::tz::db()
            .available()
            .map(|name| name.as_str().to_string())
            .collect();
        names.sort();
        names
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The instant as the team's clocks showed it, RFC 3339 with its offset to the second
    /// (`2026-11-27T10:15:00+01:00`). Offsets follow the zone's rules at that instant, summer
    /// time included.
    pub fn local_rfc3339(&self, at: Millis) -> String {
        let Ok(instant) = jiff::Timestamp::from_millisecond(at) else {
            return String::new();
        };
        instant
            .to_zoned(self.zone.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_and_canonical() {
        assert_eq!(
            WorkspaceZone::parse(" europe/paris ").unwrap().name(),
            "Europe/Paris"
        );
        assert_eq!(
            WorkspaceZone::parse("America/New_York").unwrap().name(),
            "America/New_York"
        );
        assert!(WorkspaceZone::parse("Europe/Lutece").is_err());
        assert!(WorkspaceZone::parse("").is_err());
        assert!(WorkspaceZone::parse("+01:00").is_err());
    }

    #[test]
    fn local_time_follows_summer_and_winter_offsets() {
        let paris = WorkspaceZone::parse("Europe/Paris").unwrap();
        // 2026-11-27T09:15:00Z, winter time.
        assert_eq!(
            paris.local_rfc3339(1_795_770_900_000),
            "2026-11-27T10:15:00+01:00"
        );
        // 2026-07-01T12:00:00Z, summer time.
        assert_eq!(
            paris.local_rfc3339(1_782_907_200_000),
            "2026-07-01T14:00:00+02:00"
        );
        let noumea = WorkspaceZone::parse("Pacific/Noumea").unwrap();
        assert_eq!(
            noumea.local_rfc3339(1_795_770_900_000),
            "2026-11-27T20:15:00+11:00"
        );
    }

    #[test]
    fn an_unknown_saved_name_falls_back_to_the_default() {
        assert_eq!(
            WorkspaceZone::of_setting("Mars/Olympus").name(),
            DEFAULT_TIME_ZONE
        );
    }
}
