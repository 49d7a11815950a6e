//! After a removal (spec §6, F-1 to F-4): an incident's life cycle, its follow-up checklist and
//! the message templates that fill the composer, per reason and language.
//!
//! The templates follow the seed's "mesures immédiates": a short apology without excuses, a brief
//! explanation, the correction or alternative, and an invitation to ask questions. They never
//! repeat the removed content — they are posted where everyone can read them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Millis, Reason};

/// Where an incident stands. `PendingLeadApproval` and `Rejected` exist only for an unsend that
/// the advisor sent to a lead (rewriting history, D-3); every other incident starts `Open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentStatus {
    PendingLeadApproval,
    Open,
    FollowedUp,
    Closed,
    Rejected,
}

impl IncidentStatus {
    pub const ALL: [IncidentStatus; 5] = [
        IncidentStatus::PendingLeadApproval,
        IncidentStatus::Open,
        IncidentStatus::FollowedUp,
        IncidentStatus::Closed,
        IncidentStatus::Rejected,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IncidentStatus::PendingLeadApproval => "pending_lead_approval",
            IncidentStatus::Open => "open",
            IncidentStatus::FollowedUp => "followed_up",
            IncidentStatus::Closed => "closed",
            IncidentStatus::Rejected => "rejected",
        }
    }

    /// Whether follow-up work (checklist, follow-up messages, closing) applies: the message was
    /// actually removed and the incident is not closed yet.
    pub fn accepts_follow_up(self) -> bool {
        matches!(self, IncidentStatus::Open | IncidentStatus::FollowedUp)
    }

    /// The status after a follow-up action: an open incident becomes followed up.
    pub fn after_follow_up(self) -> IncidentStatus {
        match self {
            IncidentStatus::Open => IncidentStatus::FollowedUp,
            other => other,
        }
    }
}

impl fmt::Display for IncidentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown value `{0}`")]
pub struct UnknownValue(pub String);

impl FromStr for IncidentStatus {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        IncidentStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownValue(s.to_string()))
    }
}

/// One step of the follow-up checklist (F-1 to F-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowupItem {
    Apology,
    Explanation,
    Correction,
    Answers,
}

impl FollowupItem {
    pub const ALL: [FollowupItem; 4] = [
        FollowupItem::Apology,
        FollowupItem::Explanation,
        FollowupItem::Correction,
        FollowupItem::Answers,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FollowupItem::Apology => "apology",
            FollowupItem::Explanation => "explanation",
            FollowupItem::Correction => "correction",
            FollowupItem::Answers => "answers",
        }
    }

    /// The checklist line shown to the CM.
    pub fn label(self, french: bool) -> &'static str {
        match (self, french) {
            (FollowupItem::Apology, true) => {
                "S'excuser (clairement, brièvement, sans se justifier)"
            }
            (FollowupItem::Apology, false) => "Apologise (clearly, briefly, no excuses)",
            (FollowupItem::Explanation, true) => "Expliquer brièvement la suppression",
            (FollowupItem::Explanation, false) => "Briefly explain the removal",
            (FollowupItem::Correction, true) => "Donner la correction ou l'alternative",
            (FollowupItem::Correction, false) => "Give the correction or an alternative",
            (FollowupItem::Answers, true) => "Répondre aux questions de la communauté",
            (FollowupItem::Answers, false) => "Answer the community's questions",
        }
    }
}

impl fmt::Display for FollowupItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FollowupItem {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FollowupItem::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownValue(s.to_string()))
    }
}

/// Hours a controller has to notify the supervisory authority of a personal-data breach after
/// becoming aware of it (GDPR Art. 33; spec C-3).
pub const BREACH_NOTIFICATION_HOURS: i64 = 72;

/// When the GDPR notification of an incident is due: 72 hours after it was opened, if the guard
/// found personal data (category `pii`) in the removed message; `None` otherwise.
pub fn breach_notification_due<'a>(
    opened_at: Millis,
    finding_categories: impl IntoIterator<Item = &'a str>,
) -> Option<Millis> {
    finding_categories
        .into_iter()
        .any(|c| c == "pii")
        .then(|| opened_at.saturating_add(BREACH_NOTIFICATION_HOURS * 3_600_000))
}

/// What was wrong with the removed message, said publicly without repeating it.
fn what_was_wrong(reason: Reason, french: bool) -> &'static str {
    match (reason, french) {
        (Reason::Confidential, true) => {
            "contenait une information qui n'aurait pas dû être partagée"
        }
        (Reason::Confidential, false) => "contained information that should not have been shared",
        (Reason::Inaccurate, true) => "contenait une information inexacte",
        (Reason::Inaccurate, false) => "contained inaccurate information",
        (Reason::DangerousLink, true) => "contenait un lien qui n'était pas sûr",
        (Reason::DangerousLink, false) => "contained a link that was not safe",
        (Reason::Illegal, true) => "contenait un contenu contraire à nos règles",
        (Reason::Illegal, false) => "contained content that breaks our rules",
        (Reason::Insulting, true) => "contenait des propos blessants",
        (Reason::Insulting, false) => "contained hurtful words",
        (Reason::Impulsive, true) => "était une réponse écrite trop vite",
        (Reason::Impulsive, false) => "was a reply written too quickly",
        (Reason::Misunderstanding, true) => "reposait sur un malentendu",
        (Reason::Misunderstanding, false) => "was based on a misunderstanding",
        (Reason::Tone, true) => "n'avait pas le ton juste",
        (Reason::Tone, false) => "did not strike the right tone",
        (Reason::Typo, true) => "contenait une erreur de frappe",
        (Reason::Typo, false) => "contained a typo",
        (Reason::Other, true) => "contenait une erreur",
        (Reason::Other, false) => "contained a mistake",
    }
}

/// The text a follow-up template puts in the composer, for the CM to complete and send. Bracketed
/// parts are for the CM to fill in.
pub fn followup_template(item: FollowupItem, reason: Reason, french: bool) -> String {
    let wrong = what_was_wrong(reason, french);
    match (item, french) {
        (FollowupItem::Apology, true) => {
            format!("Toutes nos excuses : un de nos messages {wrong}. Nous l'avons retiré.")
        }
        (FollowupItem::Apology, false) => {
            format!("We apologise: one of our messages {wrong}. We have removed it.")
        }
        (FollowupItem::Explanation, true) => format!(
            "Pour être transparents : nous avons supprimé ce message parce qu'il {wrong}. La suppression est consignée de notre côté."
        ),
        (FollowupItem::Explanation, false) => format!(
            "To be transparent: we removed that message because it {wrong}. The removal is recorded on our side."
        ),
        (FollowupItem::Correction, true) => match reason {
            Reason::Inaccurate | Reason::Typo => {
                "Voici l'information exacte : [à compléter].".to_string()
            }
            Reason::DangerousLink => "Voici le lien officiel : [lien officiel].".to_string(),
            _ => "Voici ce que nous voulions dire : [à compléter].".to_string(),
        },
        (FollowupItem::Correction, false) => match reason {
            Reason::Inaccurate | Reason::Typo => {
                "Here is the correct information: [to complete].".to_string()
            }
            Reason::DangerousLink => "Here is the official link: [official link].".to_string(),
            _ => "Here is what we meant to say: [to complete].".to_string(),
        },
        (FollowupItem::Answers, true) => {
            "Si vous avez des questions à ce sujet, posez-les ici : nous y répondons.".to_string()
        }
        (FollowupItem::Answers, false) => {
            "If you have any questions about this, ask them here: we will answer.".to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_personal_data_leak_is_due_for_notification_72_hours_after_it_was_opened() {
        assert_eq!(
            breach_notification_due(1_000, ["tone", "pii"]),
            Some(1_000 + 72 * 3_600_000)
        );
        assert_eq!(breach_notification_due(1_000, ["secret", "insult"]), None);
        assert_eq!(breach_notification_due(1_000, []), None);
    }

    #[test]
    fn names_round_trip() {
        for s in IncidentStatus::ALL {
            assert_eq!(s.as_str().parse::<IncidentStatus>(), Ok(s));
        }
        for i in FollowupItem::ALL {
            assert_eq!(i.as_str().parse::<FollowupItem>(), Ok(i));
        }
        assert!("reopened".parse::<IncidentStatus>().is_err());
    }

    #[test]
    fn only_removed_and_unclosed_incidents_take_follow_ups() {
        assert!(IncidentStatus::Open.accepts_follow_up());
        assert!(IncidentStatus::FollowedUp.accepts_follow_up());
        assert!(!IncidentStatus::Closed.accepts_follow_up());
        assert!(!IncidentStatus::PendingLeadApproval.accepts_follow_up());
        assert!(!IncidentStatus::Rejected.accepts_follow_up());
        assert_eq!(
            IncidentStatus::Open.after_follow_up(),
            IncidentStatus::FollowedUp
        );
        assert_eq!(
            IncidentStatus::Closed.after_follow_up(),
            IncidentStatus::Closed
        );
    }

    #[test]
    fn every_reason_has_a_template_for_every_item_in_both_languages() {
        for reason in Reason::ALL {
            for item in FollowupItem::ALL {
                let fr = followup_template(item, reason, true);
                let en = followup_template(item, reason, false);
                assert!(!fr.is_empty() && !en.is_empty());
                assert_ne!(fr, en, "{item} {reason:?}");
            }
        }
        assert!(
            followup_template(FollowupItem::Correction, Reason::DangerousLink, false)
                .contains("official link")
        );
        assert!(
            followup_template(FollowupItem::Apology, Reason::Inaccurate, true).contains("inexacte")
        );
    }
}
