//! Where an outgoing message goes after the guard's verdict (spec §3 M-8, §4 outcomes).
//!
//! The rules hold back the brand team's messages only; a guest's message is scanned (its
//! findings are shown to leads) but always delivered. A warned message that the author confirmed
//! is "risky but allowed" and gets a longer undo-send grace: twice the workspace's delay, at
//! least [`RISKY_GRACE_MIN_SECONDS`], at most the 60-second ceiling of M-8.

use crate::Millis;

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
    /// Held until a lead other than the author approves.
    Approval,
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
        GuardOutcome::NeedsApproval => Route::Approval,
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
            (true, NeedsApproval, true, 5, Route::Approval),
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
}
