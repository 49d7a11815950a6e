//! Where an outgoing message goes after the guard's verdict (spec §3 M-8, §4 outcomes).
//!
//! The rules hold back the brand team's messages only; a guest's message is scanned (its
//! findings are shown to leads) but always delivered. A warned message that the author confirmed
//! is "risky but allowed" and gets a longer undo-send grace: twice the workspace's delay, at
//! least [`RISKY_GRACE_MIN_SECONDS`], at most the 60-second ceiling of M-8.
//!
//! Beyond the guard's verdict, the workspace's rules decide what needs a lead's approval
//! ([`approval_triggers`]): any link (a switch), every team message in a conversation marked
//! sensitive (a VIP influencer), every message of a member in onboarding; and a team member may
//! ask for a second reading of one message (`Trigger::Requested`). A held message records
//! which triggers held it, so the approval queue says why it waits. Order of the decision: a
//! `block` is refused; a `warn` needs the author's confirmation first; then any trigger (the
//! guard's `needs_approval` included) sends it to approval; otherwise the grace delay applies.

use crate::{ConversationId, Millis, UserId, WorkspaceSettings};

/// The guard's verdict, as the domain sees it (the guard crate is not a dependency of the model).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuardOutcome {
    Allow,
    Warn,
    NeedsApproval,
    Block,
}

/// What happens to an outgoing message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Refused: nothing is stored.
    Blocked,
    /// Refused until the author confirms the warnings.
    NeedsAcknowledgement,
    Deliver,
    /// Held, visible only to its author, who may cancel until `deliver_at`.
    Grace {
        deliver_at: Millis,
    },
    /// Held until a lead other than the author approves, for these reasons.
    Approval {
        triggers: Triggers,
    },
}

/// Why a message waits for approval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// The guard's verdict under the moderation rules was `needs_approval`.
    Guard,
    /// The message holds a link and the workspace approves every link.
    Link,
    /// The conversation is marked sensitive.
    SensitiveConversation,
    /// The author is in onboarding.
    Onboarding,
    /// The author asked for a second reading of this one message (the seed: « Faites relire les
    /// messages par une tierce personne »).
    Requested,
}

impl Trigger {
    pub const ALL: [Trigger; 5] = [
        Trigger::Guard,
        Trigger::Link,
        Trigger::SensitiveConversation,
        Trigger::Onboarding,
        Trigger::Requested,
    ];

    /// The stable name (`sensitive_conversation`), as stored and shown by the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Guard => "guard",
            Trigger::Link => "link",
            Trigger::SensitiveConversation => "sensitive_conversation",
            Trigger::Onboarding => "onboarding",
            Trigger::Requested => "requested",
        }
    }

    pub fn parse(name: &str) -> Option<Trigger> {
        Trigger::ALL.into_iter().find(|t| t.as_str() == name)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Trigger`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Triggers(u8);

impl Triggers {
    pub fn insert(&mut self, t: Trigger) {
        self.0 |= t.bit();
    }

    pub fn contains(self, t: Trigger) -> bool {
        self.0 & t.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The triggers in a fixed order.
    pub fn iter(self) -> impl Iterator<Item = Trigger> {
        Trigger::ALL.into_iter().filter(move |t| self.contains(*t))
    }

    pub fn names(self) -> Vec<&'static str> {
        self.iter().map(Trigger::as_str).collect()
    }
}

impl FromIterator<Trigger> for Triggers {
    fn from_iter<I: IntoIterator<Item = Trigger>>(iter: I) -> Self {
        let mut set = Triggers::default();
        for t in iter {
            set.insert(t);
        }
        set
    }
}

/// The facts about one outgoing message the workspace's approval rules look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outgoing {
    pub author: UserId,
    pub author_is_team: bool,
    pub conversation: ConversationId,
    pub outcome: GuardOutcome,
    /// Whether the text holds any link, risky or not.
    pub has_link: bool,
    pub acknowledged: bool,
    /// The author asked a lead to read this message before it goes out.
    pub review_requested: bool,
}

/// Which of the workspace's rules hold this message for approval (empty for guests: they are
/// never held).
pub fn approval_triggers(settings: &WorkspaceSettings, msg: &Outgoing) -> Triggers {
    let mut set = Triggers::default();
    if !msg.author_is_team {
        return set;
    }
    if msg.outcome == GuardOutcome::NeedsApproval {
        set.insert(Trigger::Guard);
    }
    if settings.approve_links && msg.has_link {
        set.insert(Trigger::Link);
    }
    if settings
        .sensitive_conversations
        .contains(&msg.conversation.0)
    {
        set.insert(Trigger::SensitiveConversation);
    }
    if settings.onboarding_members.contains(&msg.author.0) {
        set.insert(Trigger::Onboarding);
    }
    if msg.review_requested {
        set.insert(Trigger::Requested);
    }
    set
}

/// Link kinds that make a guest's message dangerous (the interfaces' `needs_approval` link kinds).
pub const DANGEROUS_LINK_KINDS: [&str; 5] = [
    "ip_host",
    "punycode",
    "lookalike",
    "blocklisted",
    "mismatch",
];

/// Whether a finding (`category`, `kind`) on a guest's incoming message flags it to the leads:
/// insults, illegal content and dangerous links (M-9's grounds for a moderation removal). The
/// message is delivered all the same; the findings are never shown to guests.
pub fn flags_incoming(category: &str, kind: &str) -> bool {
    match category {
        "insult" | "illegal" => true,
        "link" => DANGEROUS_LINK_KINDS.contains(&kind),
        _ => false,
    }
}

/// Where an outgoing message goes under the workspace's settings (guard verdict, approval
/// triggers, grace delay).
pub fn route_message(settings: &WorkspaceSettings, msg: &Outgoing, now: Millis) -> Route {
    let route = route_outgoing(
        msg.author_is_team,
        msg.outcome,
        msg.acknowledged,
        settings.grace_seconds,
        now,
    );
    match route {
        Route::Blocked | Route::NeedsAcknowledgement => route,
        _ => {
            let triggers = approval_triggers(settings, msg);
            if triggers.is_empty() {
                route
            } else {
                Route::Approval { triggers }
            }
        }
    }
}

pub const RISKY_GRACE_MIN_SECONDS: u32 = 10;
const GRACE_CEILING_SECONDS: u32 = 60;

pub fn route_outgoing(
    author_is_team: bool,
    outcome: GuardOutcome,
    acknowledged: bool,
    grace_seconds: u32,
    now: Millis,
) -> Route {
    if !author_is_team {
        return Route::Deliver;
    }
    let grace = |seconds: u32| {
        if seconds == 0 {
            Route::Deliver
        } else {
            Route::Grace {
                deliver_at: now + i64::from(seconds.min(GRACE_CEILING_SECONDS)) * 1000,
            }
        }
    };
    match outcome {
        GuardOutcome::Block => Route::Blocked,
        GuardOutcome::NeedsApproval => Route::Approval {
            triggers: Triggers::from_iter([Trigger::Guard]),
        },
        GuardOutcome::Warn if !acknowledged => Route::NeedsAcknowledgement,
        GuardOutcome::Warn => grace((grace_seconds * 2).max(RISKY_GRACE_MIN_SECONDS)),
        GuardOutcome::Allow => grace(grace_seconds),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use GuardOutcome::*;

    #[test]
    fn outgoing_routes_row_by_row() {
        // (team author, verdict, acknowledged, workspace grace, expected)
        let rows = [
            (true, Allow, false, 0, Route::Deliver),
            (true, Allow, false, 5, Route::Grace { deliver_at: 5_000 }),
            (true, Warn, false, 0, Route::NeedsAcknowledgement),
            (true, Warn, true, 0, Route::Grace { deliver_at: 10_000 }),
            (true, Warn, true, 8, Route::Grace { deliver_at: 16_000 }),
            (true, Warn, true, 45, Route::Grace { deliver_at: 60_000 }),
            (
                true,
                NeedsApproval,
                true,
                5,
                Route::Approval {
                    triggers: Triggers::from_iter([Trigger::Guard]),
                },
            ),
            (true, Block, true, 0, Route::Blocked),
            (false, Block, false, 30, Route::Deliver),
            (false, NeedsApproval, false, 0, Route::Deliver),
        ];
        for (team, outcome, ack, grace, expected) in rows {
            assert_eq!(
                route_outgoing(team, outcome, ack, grace, 0),
                expected,
                "{team} {outcome:?} {ack} {grace}"
            );
        }
    }

    #[test]
    fn workspace_triggers_row_by_row() {
        use Trigger::*;
        let settings = WorkspaceSettings {
            approve_links: true,
            sensitive_conversations: vec![7],
            onboarding_members: vec![3],
            grace_seconds: 5,
            ..WorkspaceSettings::default()
        };
        let off = WorkspaceSettings::default();
        let held = |t: &[Trigger]| Route::Approval {
            triggers: t.iter().copied().collect(),
        };
        // (settings, author, team, conversation, verdict, has link, acknowledged, expected)
        let rows = [
            // Everything off: the existing behaviour.
            (&off, 3, true, 7, Allow, true, false, Route::Deliver),
            (&off, 3, true, 7, NeedsApproval, true, false, held(&[Guard])),
            // Each trigger alone.
            (&settings, 2, true, 1, Allow, true, false, held(&[Link])),
            (
                &settings,
                2,
                true,
                7,
                Allow,
                false,
                false,
                held(&[SensitiveConversation]),
            ),
            (
                &settings,
                3,
                true,
                1,
                Allow,
                false,
                false,
                held(&[Onboarding]),
            ),
            // None applies: the grace delay.
            (
                &settings,
                2,
                true,
                1,
                Allow,
                false,
                false,
                Route::Grace { deliver_at: 5_000 },
            ),
            // Several at once, the guard's included.
            (
                &settings,
                3,
                true,
                7,
                NeedsApproval,
                true,
                false,
                held(&[Guard, Link, SensitiveConversation, Onboarding]),
            ),
            // A block is refused whatever the triggers; a warning is confirmed first.
            (&settings, 3, true, 7, Block, true, true, Route::Blocked),
            (
                &settings,
                3,
                true,
                7,
                Warn,
                false,
                false,
                Route::NeedsAcknowledgement,
            ),
            (
                &settings,
                3,
                true,
                7,
                Warn,
                false,
                true,
                held(&[SensitiveConversation, Onboarding]),
            ),
            // Guests are never held, even listed or in a sensitive conversation.
            (
                &settings,
                3,
                false,
                7,
                NeedsApproval,
                true,
                false,
                Route::Deliver,
            ),
        ];
        for (i, (s, author, team, conv, outcome, has_link, ack, expected)) in
            rows.into_iter().enumerate()
        {
            let msg = Outgoing {
                author: UserId(author),
                author_is_team: team,
                conversation: ConversationId(conv),
                outcome,
                has_link,
                acknowledged: ack,
                review_requested: false,
            };
            assert_eq!(route_message(s, &msg, 0), expected, "row {i}");
        }
    }

    #[test]
    fn an_author_may_ask_for_a_second_reading_of_one_message() {
        use Trigger::*;
        let settings = WorkspaceSettings::default();
        let held = |t: &[Trigger]| Route::Approval {
            triggers: t.iter().copied().collect(),
        };
        let msg = |team, outcome, ack| Outgoing {
            author: UserId(3),
            author_is_team: team,
            conversation: ConversationId(7),
            outcome,
            has_link: false,
            acknowledged: ack,
            review_requested: true,
        };
        assert_eq!(
            route_message(&settings, &msg(true, Allow, false), 0),
            held(&[Requested])
        );
        assert_eq!(
            route_message(&settings, &msg(true, NeedsApproval, false), 0),
            held(&[Guard, Requested])
        );
        // Asking for a review never lets a blocked text through nor skips a warning.
        assert_eq!(
            route_message(&settings, &msg(true, Block, false), 0),
            Route::Blocked
        );
        assert_eq!(
            route_message(&settings, &msg(true, Warn, false), 0),
            Route::NeedsAcknowledgement
        );
        // Guests are never held, even when they ask.
        assert_eq!(
            route_message(&settings, &msg(false, Allow, false), 0),
            Route::Deliver
        );
    }

    #[test]
    fn guest_flags_row_by_row() {
        let rows = [
            ("insult", "insult", true),
            ("illegal", "hate", true),
            ("illegal", "threat", true),
            ("link", "lookalike", true),
            ("link", "ip_host", true),
            ("link", "mismatch", true),
            ("link", "shortener", false),
            ("link", "insecure", false),
            ("pii", "phone", false),
            ("tone", "shouting", false),
            ("confidential", "lexicon", false),
        ];
        for (category, kind, flagged) in rows {
            assert_eq!(flags_incoming(category, kind), flagged, "{category}.{kind}");
        }
    }

    #[test]
    fn trigger_names_round_trip() {
        for t in Trigger::ALL {
            assert_eq!(Trigger::parse(t.as_str()), Some(t));
        }
        let set: Triggers = [Trigger::Onboarding, Trigger::Link].into_iter().collect();
        assert_eq!(set.names(), ["link", "onboarding"]);
    }
}
