//! The fast path: reading one entry line without building a JSON tree.
//!
//! Entry lines have one layout (the parent module's docs), so the fixed members are matched
//! literally and their integers read in place; `serde_json` only validates the two free-form
//! values, `kind` and `data`, without allocating (`IgnoredAny`). The last 154 bytes are always
//! `,"prev_hash":"<64 hex>","hash":"<64 hex>"}`, which makes `data` the bytes in between and the
//! hashed body everything before `,"hash"`. A line in any other layout is refused: the form an
//! appender writes is the only one.

use serde::de::IgnoredAny;

use super::{decode_hex, hash_body, LedgerHash, VerifyFailure, ENTRY_PREFIX};

/// `,"prev_hash":"` + 64 + `","hash":"` + 64 + `"}`.
const TAIL_LEN: usize = 14 + 64 + 10 + 64 + 2;
/// Where `,"hash":"` starts, counted from the end of the line: 9 + 64 + `"}`.
const HASH_MEMBER_FROM_END: usize = 9 + 64 + 2;

/// An entry line's fields, borrowed: `kind` and `data` as their raw, validated JSON.
pub(super) struct RawEntry<'a> {
    pub seq: u64,
    pub workspace_id: i64,
    pub at: i64,
    pub kind: &'a str,
    pub incident_id: Option<i64>,
    pub actor: Option<i64>,
    pub data: &'a str,
    pub prev_hash: LedgerHash,
}

/// Parses an entry line and checks that its `hash` is SHA-256 of its body; returns that hash.
pub(super) fn check_entry_line(line: &str) -> Result<(RawEntry<'_>, LedgerHash), VerifyFailure> {
    let rest = line
        .strip_prefix(ENTRY_PREFIX)
        .ok_or(VerifyFailure::NotALedgerLine)?;
    let split = rest
        .len()
        .checked_sub(TAIL_LEN)
        .filter(|&at| rest.is_char_boundary(at))
        .ok_or_else(|| malformed("the line is too short for an entry"))?;
    let (head, tail) = rest.split_at(split);
    let tail = tail.as_bytes();
    if &tail[..14] != b",\"prev_hash\":\"" || &tail[78..88] != b"\",\"hash\":\"" {
        return Err(VerifyFailure::HashNotLast);
    }
    if &tail[152..] != b"\"}" {
        return Err(malformed("an entry line ends with its hash and `}`"));
    }
    let prev_hash = decode_hex(&tail[14..78])
        .map(LedgerHash)
        .ok_or(VerifyFailure::BadHex("prev_hash"))?;
    let claimed = decode_hex(&tail[88..152])
        .map(LedgerHash)
        .ok_or(VerifyFailure::BadHex("hash"))?;

    let mut cursor = Cursor { text: head, pos: 0 };
    cursor.literal("\"seq\":")?;
    let seq = cursor.u64()?;
    cursor.literal(",\"workspace_id\":")?;
    let workspace_id = cursor.i64()?;
    cursor.literal(",\"at\":")?;
    let at = cursor.i64()?;
    cursor.literal(",\"kind\":")?;
    let kind = cursor.string()?;
    cursor.literal(",\"incident_id\":")?;
    let incident_id = cursor.optional_i64()?;
    cursor.literal(",\"actor\":")?;
    let actor = cursor.optional_i64()?;
    cursor.literal(",\"data\":")?;
    let data = &head[cursor.pos..];
    for (name, value) in [("kind", kind), ("data", data)] {
        serde_json::from_str::<IgnoredAny>(value)
            .map_err(|e| malformed(&format!("{name} is not valid JSON: {e}")))?;
    }

    let body = &line.as_bytes()[..line.len() - HASH_MEMBER_FROM_END];
    let actual = hash_body(body);
    if actual != claimed {
        return Err(VerifyFailure::HashMismatch);
    }
    let raw = RawEntry {
        seq,
        workspace_id,
        at,
        kind,
        incident_id,
        actor,
        data,
        prev_hash,
    };
    Ok((raw, actual))
}

fn malformed(reason: &str) -> VerifyFailure {
    VerifyFailure::Malformed(reason.to_string())
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn literal(&mut self, expected: &str) -> Result<(), VerifyFailure> {
        if self.text.as_bytes()[self.pos..].starts_with(expected.as_bytes()) {
            self.pos += expected.len();
            Ok(())
        } else {
            Err(malformed(&format!(
                "expected {expected} at byte {}",
                self.pos
            )))
        }
    }

    /// A JSON integer's magnitude and sign: `-?(0|[1-9][0-9]*)`.
    fn integer(&mut self, allow_negative: bool) -> Result<(bool, u64), VerifyFailure> {
        let bytes = self.text.as_bytes();
        let negative = allow_negative && bytes.get(self.pos) == Some(&b'-');
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(&digit @ b'0'..=b'9') = bytes.get(self.pos) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(digit - b'0')))
                .ok_or_else(|| malformed("integer out of range"))?;
            self.pos += 1;
        }
        let digits = self.pos - start;
        if digits == 0 || (digits > 1 && bytes[start] == b'0') {
            return Err(malformed(&format!("expected an integer at byte {start}")));
        }
        Ok((negative, value))
    }

    fn u64(&mut self) -> Result<u64, VerifyFailure> {
        Ok(self.integer(false)?.1)
    }

    fn i64(&mut self) -> Result<i64, VerifyFailure> {
        let (negative, magnitude) = self.integer(true)?;
        let value = if negative {
            0i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        };
        value.ok_or_else(|| malformed("integer out of range"))
    }

    fn optional_i64(&mut self) -> Result<Option<i64>, VerifyFailure> {
        if self.text.as_bytes()[self.pos..].starts_with(b"null") {
            self.pos += 4;
            Ok(None)
        } else {
            self.i64().map(Some)
        }
    }

    /// The raw JSON string at the cursor, quotes included (escapes validated later).
    fn string(&mut self) -> Result<&'a str, VerifyFailure> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        if bytes.get(start) != Some(&b'"') {
            return Err(malformed(&format!("expected a string at byte {start}")));
        }
        let mut i = start + 1;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'"' => {
                    self.pos = i + 1;
                    return Ok(&self.text[start..self.pos]);
                }
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        Err(malformed("unterminated string"))
    }
}
