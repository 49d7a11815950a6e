//! Roles of spec §2 and the one permission table every entry point asks.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A member's role in a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Owner,
    Lead,
    Cm,
    Auditor,
    Exec,
    Guest,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown role `{0}` (expected owner, lead, cm, auditor, exec or guest)")]
pub struct RoleError(pub String);

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Owner,
        Role::Lead,
        Role::Cm,
        Role::Auditor,
        Role::Exec,
        Role::Guest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Lead => "lead",
            Role::Cm => "cm",
            Role::Auditor => "auditor",
            Role::Exec => "exec",
            Role::Guest => "guest",
        }
    }

    /// The brand's own team, whose outgoing messages the guard's rules hold back.
    pub fn is_team(self) -> bool {
        matches!(self, Role::Owner | Role::Lead | Role::Cm | Role::Exec)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = RoleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| RoleError(s.to_string()))
    }
}

/// Something a member may try to do. Membership of a conversation is checked separately: it is
/// required for every conversation-scoped action, whatever the role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    CreateUser,
    CreateConversation,
    SendMessage,
    /// Edit or unsend one's own message (within the windows).
    ChangeOwnMessage,
    /// Remove a guest's message as moderation (not bound by the unsend window).
    ModerateGuestMessage,
    ReadAllIncidents,
    ReadEvidence,
    ExportLedger,
    ChangeSettings,
    ApproveMessages,
    /// Approve or reject another member's unsend that waits for a lead (D-3).
    DecideUnsend,
    /// Work an incident's follow-up: checklist, follow-up messages, closing.
    FollowUpIncident,
    /// Destroy an incident's evidence key (L-3 erasure).
    EraseEvidence,
    ScanText,
    /// List the workspace's members with their e-mail and role.
    ListMembers,
}

/// The permission table of spec §2, in one place for HTTP, pages and WebSocket alike.
pub fn can(role: Role, action: Action) -> bool {
    use Action::*;
    use Role::*;
    match action {
        CreateUser | ChangeSettings | ApproveMessages | ModerateGuestMessage | DecideUnsend => {
            matches!(role, Owner | Lead)
        }
        CreateConversation => matches!(role, Owner | Lead | Cm | Exec),
        SendMessage | ChangeOwnMessage => !matches!(role, Auditor),
        ReadAllIncidents => matches!(role, Owner | Lead | Auditor | Exec),
        ReadEvidence | ExportLedger => matches!(role, Owner | Auditor),
        FollowUpIncident => matches!(role, Owner | Lead | Cm | Exec),
        EraseEvidence => matches!(role, Owner),
        ScanText => role.is_team(),
        ListMembers => !matches!(role, Guest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_names() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert!("admin".parse::<Role>().is_err());
    }

    #[test]
    fn permission_table_matches_spec_section_2() {
        // (role, action, allowed)
        let rows = [
            (Role::Owner, Action::ChangeSettings, true),
            (Role::Lead, Action::ChangeSettings, true),
            (Role::Cm, Action::ChangeSettings, false),
            (Role::Lead, Action::ModerateGuestMessage, true),
            (Role::Cm, Action::ModerateGuestMessage, false),
            (Role::Auditor, Action::SendMessage, false),
            (Role::Auditor, Action::ReadEvidence, true),
            (Role::Lead, Action::ReadEvidence, false),
            (Role::Lead, Action::DecideUnsend, true),
            (Role::Cm, Action::DecideUnsend, false),
            (Role::Cm, Action::FollowUpIncident, true),
            (Role::Auditor, Action::FollowUpIncident, false),
            (Role::Guest, Action::FollowUpIncident, false),
            (Role::Owner, Action::EraseEvidence, true),
            (Role::Auditor, Action::EraseEvidence, false),
            (Role::Guest, Action::SendMessage, true),
            (Role::Guest, Action::CreateConversation, false),
            (Role::Guest, Action::ReadAllIncidents, false),
            (Role::Exec, Action::ReadAllIncidents, true),
            (Role::Cm, Action::ReadAllIncidents, false),
            (Role::Cm, Action::CreateUser, false),
            (Role::Guest, Action::ScanText, false),
            (Role::Guest, Action::ListMembers, false),
            (Role::Cm, Action::ListMembers, true),
            (Role::Auditor, Action::ListMembers, true),
        ];
        for (role, action, allowed) in rows {
            assert_eq!(can(role, action), allowed, "{role} {action:?}");
        }
    }
}
