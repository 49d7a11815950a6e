//! Message bodies and unsend reasons, parsed once at the edge.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Largest body accepted, in bytes of UTF-8 (M-1).
pub const MAX_BODY_BYTES: usize = 8 * 1024;

/// A message body: not blank, at most [`MAX_BODY_BYTES`] of UTF-8, without NUL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct MessageBody(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MessageBodyError {
    #[error("the message is empty")]
    Empty,
    #[error("the message is {0} bytes long; the limit is 8 KiB")]
    TooLong(usize),
    /// PostgreSQL cannot store NUL; refused on every backend so that both answer alike.
    #[error("the text holds a character that cannot be stored (NUL)")]
    Nul,
}

impl MessageBody {
    pub fn parse(text: &str) -> Result<Self, MessageBodyError> {
        if text.len() > MAX_BODY_BYTES {
            return Err(MessageBodyError::TooLong(text.len()));
        }
        if text.trim().is_empty() {
            return Err(MessageBodyError::Empty);
        }
        if text.contains('\0') {
            return Err(MessageBodyError::Nul);
        }
        Ok(MessageBody(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Why a message is removed (the mandatory reason of the unsend dialog).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Confidential,
    Inaccurate,
    DangerousLink,
    Illegal,
    Insulting,
    Impulsive,
    Misunderstanding,
    Tone,
    Typo,
    Other,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown reason `{0}`")]
pub struct ReasonError(pub String);

impl Reason {
    pub const ALL: [Reason; 10] = [
        Reason::Confidential,
        Reason::Inaccurate,
        Reason::DangerousLink,
        Reason::Illegal,
        Reason::Insulting,
        Reason::Impulsive,
        Reason::Misunderstanding,
        Reason::Tone,
        Reason::Typo,
        Reason::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Confidential => "confidential",
            Reason::Inaccurate => "inaccurate",
            Reason::DangerousLink => "dangerous_link",
            Reason::Illegal => "illegal",
            Reason::Insulting => "insulting",
            Reason::Impulsive => "impulsive",
            Reason::Misunderstanding => "misunderstanding",
            Reason::Tone => "tone",
            Reason::Typo => "typo",
            Reason::Other => "other",
        }
    }

    /// A flagrant error is removed at once, whether or not others replied (D-1, D-3).
    pub fn is_flagrant(self) -> bool {
        matches!(
            self,
            Reason::Confidential
                | Reason::Inaccurate
                | Reason::DangerousLink
                | Reason::Illegal
                | Reason::Insulting
        )
    }

    /// Reasons for which a lead may remove a guest's message; anything else is criticism to be
    /// answered, not censored (D-3).
    pub fn allows_moderation(self) -> bool {
        matches!(
            self,
            Reason::Insulting | Reason::Illegal | Reason::DangerousLink | Reason::Confidential
        )
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Reason {
    type Err = ReasonError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Reason::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| ReasonError(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bodies_at_the_limit_are_accepted_and_over_it_refused() {
        assert!(MessageBody::parse(&"a".repeat(MAX_BODY_BYTES)).is_ok());
        assert_eq!(
            MessageBody::parse(&"a".repeat(MAX_BODY_BYTES + 1)),
            Err(MessageBodyError::TooLong(MAX_BODY_BYTES + 1))
        );
        // The limit counts bytes, not characters: 2731 "é" are 5462 bytes, 4097 are 8194.
        assert!(MessageBody::parse(&"é".repeat(4097)).is_err());
        assert_eq!(MessageBody::parse(" \n\t"), Err(MessageBodyError::Empty));
        assert_eq!(MessageBody::parse("a\0b"), Err(MessageBodyError::Nul));
    }

    #[test]
    fn reasons_round_trip_and_flagrant_ones_are_the_seeds() {
        for r in Reason::ALL {
            assert_eq!(r.as_str().parse::<Reason>(), Ok(r));
        }
        assert!(Reason::Confidential.is_flagrant());
        assert!(!Reason::Typo.is_flagrant());
        assert!(Reason::Insulting.allows_moderation());
        assert!(!Reason::Inaccurate.allows_moderation());
    }

    proptest! {
        #[test]
        fn parsed_bodies_are_never_over_the_limit(s in ".{0,3000}") {
            if let Ok(body) = MessageBody::parse(&s) {
                prop_assert!(body.as_str().len() <= MAX_BODY_BYTES);
                prop_assert!(!body.as_str().trim().is_empty());
            }
        }
    }
}
