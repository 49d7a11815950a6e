//! retract's pure model and rules.
//!
//! Everything here is plain data and decisions: no I/O, no async, no clock (the caller passes the
//! time in, as unix milliseconds). The server parses requests into these types at its edge, so
//! the rest of the code only ever holds valid values.
//!
//! ```
//! use retract_domain::{can, Action, Role, MessageBody, UnsendWindow};
//! assert!(can(Role::Lead, Action::ModerateGuestMessage));
//! assert!(!can(Role::Auditor, Action::SendMessage));
//! assert!(MessageBody::parse("Bonjour !").is_ok());
//! let window = UnsendWindow::from_seconds(600).unwrap();
//! assert!(window.allows(0, 599_000) && !window.allows(0, 600_000));
//! ```

mod advisor;
mod followup;
mod ids;
mod ledger;
mod message;
mod prevention;
mod role;
mod settings;
mod zone;

pub use advisor::{advise, rationale_text, Advice, AdviceInput, Recommendation};
pub use followup::{
    breach_notification_due, followup_template, FollowupItem, IncidentStatus, UnknownValue,
    BREACH_NOTIFICATION_HOURS,
};
pub use ids::{ConversationId, IncidentId, MessageId, UserId, WorkspaceId};
pub use ledger::{
    content_commitment, kinds, public_key_from_hex, sign_checkpoint, verify_checkpoint,
    verify_export, Chain, Checkpoint, LedgerEntry, LedgerHash, NewEntry, SigningKey, Verifier,
    VerifyError, VerifyFailure, VerifyReport, VerifyingKey,
};
pub use message::{MessageBody, MessageBodyError, Reason, ReasonError, MAX_BODY_BYTES};
pub use prevention::{
    approval_triggers, flags_incoming, route_message, route_outgoing, GuardOutcome, Outgoing,
    Route, Trigger, Triggers, DANGEROUS_LINK_KINDS, RISKY_GRACE_MIN_SECONDS,
};
pub use role::{can, Action, Role, RoleError};
pub use settings::{
    SettingsError, SettingsPatch, UnsendWindow, WorkspaceSettings, DEFAULT_MODERATION_RULES,
};
pub use zone::{UnknownTimeZone, WorkspaceZone, DEFAULT_TIME_ZONE};

/// Unix time in milliseconds, as every timestamp in the model.
pub type Millis = i64;
