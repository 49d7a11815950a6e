//! Incidents on SQLite: removals with their sealed evidence, pending unsends, follow-up and
//! closing. Every function runs inside the writer's (or a reader's) transaction, and every change
//! lands on the ledger in that same transaction.

use retract_domain::{kinds, FollowupItem, IncidentStatus, LedgerEntry, NewEntry};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;

use super::{append_ledger_in, load_message, parse_reason, parse_role};
use crate::removal::{opened_entry, seal};
use crate::vault::{Sealed, SealedEvidence, WorkspaceKey};
use crate::*;

pub(super) const INCIDENT_COLUMNS: &str = "id, kind, reason, note, message_id, conversation_id, actor_id, actor_role, author_id, at, status, advice, advice_followed, escalated, decided_by, first_followup_at, closed_at, closing_note";

pub(super) fn incident_from_row(row: &Row<'_>) -> rusqlite::Result<Incident> {
    let kind = match row.get::<_, String>(1)?.as_str() {
        "moderation" => IncidentKind::Moderation,
        _ => IncidentKind::Unsend,
    };
    let advice: String = row.get(11)?;
    let status: String = row.get(10)?;
    Ok(Incident {
        id: IncidentId(row.get(0)?),
        kind,
        reason: parse_reason(&row.get::<_, String>(2)?)?,
        note: row.get(3)?,
        message_id: MessageId(row.get(4)?),
        conversation_id: ConversationId(row.get(5)?),
        actor: UserId(row.get(6)?),
        actor_role: parse_role(&row.get::<_, String>(7)?)?,
        author: UserId(row.get(8)?),
        at: row.get(9)?,
        status: status.parse().map_err(|e: retract_domain::UnknownValue| {
            rusqlite::Error::FromSqlConversionFailure(10, rusqlite::types::Type::Text, Box::new(e))
        })?,
        advice: serde_json::from_str(&advice).unwrap_or(serde_json::Value::Null),
        advice_followed: row.get(12)?,
        escalated: row.get(13)?,
        decided_by: row.get::<_, Option<i64>>(14)?.map(UserId),
        first_followup_at: row.get(15)?,
        closed_at: row.get(16)?,
        closing_note: row.get(17)?,
    })
}

pub(super) fn load_incident(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
) -> StoreResult<Option<Incident>> {
    let sql =
        format!("SELECT {INCIDENT_COLUMNS} FROM incidents WHERE workspace_id = ?1 AND id = ?2");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![ws.0, id.0], incident_from_row)
        .optional()?)
}

/// The incident if it still takes follow-up work, `Conflict("incident_closed")` otherwise.
fn open_incident(conn: &Connection, ws: WorkspaceId, id: IncidentId) -> StoreResult<Incident> {
    let incident = load_incident(conn, ws, id)?.ok_or(StoreError::NotFound)?;
    if !incident.status.accepts_follow_up() {
        return Err(StoreError::Conflict("incident_closed"));
    }
    Ok(incident)
}

/// `Conflict("removal_pending")` while an unsend of `message` waits for a lead.
pub(super) fn refuse_if_pending(conn: &Connection, message: MessageId) -> StoreResult<()> {
    let pending: Option<i64> = conn
        .prepare_cached(
            "SELECT id FROM incidents WHERE message_id = ?1 AND status = 'pending_lead_approval'",
        )?
        .query_row([message.0], |r| r.get(0))
        .optional()?;
    match pending {
        Some(_) => Err(StoreError::Conflict("removal_pending")),
        None => Ok(()),
    }
}

/// A delivered, visible message's conversation, author and content as evidence (its body and
/// every earlier version).
fn removable_content(
    conn: &Connection,
    ws: WorkspaceId,
    id: MessageId,
) -> StoreResult<(i64, i64, String)> {
    let row: Option<(i64, i64, Option<String>, String)> = conn
        .prepare_cached("SELECT conversation_id, author_id, body, state FROM messages WHERE id = ?1 AND workspace_id = ?2 AND status = 'delivered'")?
        .query_row(params![id.0, ws.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((conversation, author, body, state)) = row else {
        return Err(StoreError::NotFound);
    };
    let (Some(body), "visible") = (body, state.as_str()) else {
        return Err(StoreError::Conflict("already_unsent"));
    };
    let mut versions = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT body FROM message_versions WHERE message_id = ?1 ORDER BY version",
        )?;
        for v in stmt.query_map([id.0], |r| r.get::<_, String>(0))? {
            versions.push(v?);
        }
    }
    let evidence = json!({ "body": body, "earlier_versions": versions }).to_string();
    Ok((conversation, author, evidence))
}

/// Nulls the body, drops every earlier version and the search entry: nothing a member can reach
/// keeps the text.
fn tombstone(
    conn: &Connection,
    id: MessageId,
    by: UserId,
    role: Role,
    reason: Reason,
    now: Millis,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE messages SET body = NULL, state = 'unsent', removed_by = ?1, removed_role = ?2, removed_reason = ?3, removed_at = ?4
         WHERE id = ?5",
    )?
    .execute(params![by.0, role.as_str(), reason.as_str(), now, id.0])?;
    conn.prepare_cached("DELETE FROM message_versions WHERE message_id = ?1")?
        .execute([id.0])?;
    super::search_index::unindex(conn, id.0)?;
    Ok(())
}

fn store_sealed(conn: &Connection, incident: IncidentId, sealed: &Sealed) -> StoreResult<()> {
    let evidence = &sealed.evidence;
    conn.prepare_cached(
        "INSERT INTO incident_evidence (incident_id, wrapped_data_key, nonce, ciphertext, commitment)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        incident.0,
        evidence.wrapped_data_key.as_ref().map(|k| k.to_bytes()),
        evidence.nonce.as_slice(),
        evidence.ciphertext,
        sealed.commitment
    ])?;
    Ok(())
}

fn insert_incident(
    conn: &Connection,
    r: &Removal,
    note: Option<&str>,
    conversation: i64,
    author: i64,
    status: IncidentStatus,
) -> StoreResult<IncidentId> {
    conn.prepare_cached(
        "INSERT INTO incidents (workspace_id, kind, reason, note, message_id, conversation_id, actor_id, actor_role, author_id, at, status, advice, advice_followed, escalated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        r.workspace_id.0,
        r.kind.as_str(),
        r.reason.as_str(),
        note,
        r.message_id.0,
        conversation,
        r.actor.0,
        r.actor_role.as_str(),
        author,
        r.now,
        status.as_str(),
        r.advice.to_string(),
        r.advice_followed,
        r.escalated
    ])?;
    Ok(IncidentId(conn.last_insert_rowid()))
}

pub(super) fn remove(
    conn: &Connection,
    r: &Removal,
    vault: &WorkspaceKey,
) -> StoreResult<(StoredMessage, IncidentId)> {
    let ws = r.workspace_id;
    refuse_if_pending(conn, r.message_id)?;
    let (conversation, author, content) = removable_content(conn, ws, r.message_id)?;
    tombstone(conn, r.message_id, r.actor, r.actor_role, r.reason, r.now)?;
    let incident = insert_incident(
        conn,
        r,
        r.note.as_deref(),
        conversation,
        author,
        IncidentStatus::Open,
    )?;
    let sealed = seal(vault, ws, incident, &content)?;
    store_sealed(conn, incident, &sealed)?;
    append_ledger_in(
        conn,
        ws,
        opened_entry(
            r,
            incident,
            conversation,
            author,
            IncidentStatus::Open,
            Some(&sealed.commitment),
        ),
    )?;
    let message = load_message(conn, ws, r.message_id)?.ok_or(StoreError::NotFound)?;
    Ok((message, incident))
}

pub(super) fn request(conn: &Connection, r: &Removal) -> StoreResult<IncidentId> {
    refuse_if_pending(conn, r.message_id)?;
    let (conversation, author, _) = removable_content(conn, r.workspace_id, r.message_id)?;
    let status = IncidentStatus::PendingLeadApproval;
    let incident = insert_incident(conn, r, r.note.as_deref(), conversation, author, status)?;
    append_ledger_in(
        conn,
        r.workspace_id,
        opened_entry(r, incident, conversation, author, status, None),
    )?;
    Ok(incident)
}

pub(super) fn decide(
    conn: &Connection,
    d: &RemovalDecision,
    vault: &WorkspaceKey,
) -> StoreResult<(Incident, Option<StoredMessage>)> {
    let ws = d.workspace_id;
    let incident = load_incident(conn, ws, d.incident_id)?.ok_or(StoreError::NotFound)?;
    if incident.status != IncidentStatus::PendingLeadApproval {
        return Err(StoreError::Conflict("not_pending"));
    }
    let (status, kind) = if d.approve {
        (IncidentStatus::Open, kinds::UNSEND_APPROVED)
    } else {
        (IncidentStatus::Rejected, kinds::UNSEND_REJECTED)
    };
    let mut data = json!({ "comment": d.comment, "status": status.as_str() });
    let mut message = None;
    if d.approve {
        let (_, _, content) = removable_content(conn, ws, incident.message_id)?;
        // The tombstone names the requester: it is their unsend, approved by a lead.
        tombstone(
            conn,
            incident.message_id,
            incident.actor,
            incident.actor_role,
            incident.reason,
            d.now,
        )?;
        let sealed = seal(vault, ws, incident.id, &content)?;
        store_sealed(conn, incident.id, &sealed)?;
        data["content_commitment"] = json!(sealed.commitment);
        message = load_message(conn, ws, incident.message_id)?;
    }
    conn.prepare_cached("UPDATE incidents SET status = ?1, decided_by = ?2 WHERE id = ?3")?
        .execute(params![status.as_str(), d.actor.0, incident.id.0])?;
    append_ledger_in(
        conn,
        ws,
        NewEntry {
            at: d.now,
            kind: kind.to_string(),
            incident_id: Some(incident.id),
            actor: Some(d.actor),
            data,
        },
    )?;
    let incident = load_incident(conn, ws, incident.id)?.ok_or(StoreError::NotFound)?;
    Ok((incident, message))
}

/// Links a follow-up message to its incident (inside the send's transaction). `NotFound` when
/// the incident is not one of this conversation that still takes follow-ups.
pub(super) fn link_followup(
    conn: &Connection,
    ws: WorkspaceId,
    incident: IncidentId,
    conversation: ConversationId,
    message: MessageId,
    author: UserId,
    now: Millis,
) -> StoreResult<()> {
    let found = load_incident(conn, ws, incident)?
        .filter(|i| i.conversation_id == conversation && i.status.accepts_follow_up())
        .ok_or(StoreError::NotFound)?;
    conn.prepare_cached(
        "INSERT INTO incident_followups (incident_id, message_id, at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![incident.0, message.0, now])?;
    let status = found.status.after_follow_up();
    conn.prepare_cached(
        "UPDATE incidents SET status = ?1, first_followup_at = COALESCE(first_followup_at, ?2) WHERE id = ?3",
    )?
    .execute(params![status.as_str(), now, incident.0])?;
    append_ledger_in(
        conn,
        ws,
        NewEntry {
            at: now,
            kind: kinds::FOLLOWUP.to_string(),
            incident_id: Some(incident),
            actor: Some(author),
            data: json!({
                "action": "message",
                "message_id": message.0,
                "status": status.as_str(),
                "first": found.first_followup_at.is_none(),
                "seconds_since_incident": (now - found.at) / 1000,
            }),
        },
    )?;
    Ok(())
}

pub(super) fn set_checklist(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
    item: FollowupItem,
    done: bool,
    actor: UserId,
    now: Millis,
) -> StoreResult<Incident> {
    let incident = open_incident(conn, ws, id)?;
    let status = if done {
        conn.prepare_cached(
            "INSERT OR REPLACE INTO incident_checklist (incident_id, item, done_at, done_by) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id.0, item.as_str(), now, actor.0])?;
        incident.status.after_follow_up()
    } else {
        conn.prepare_cached("DELETE FROM incident_checklist WHERE incident_id = ?1 AND item = ?2")?
            .execute(params![id.0, item.as_str()])?;
        incident.status
    };
    conn.prepare_cached("UPDATE incidents SET status = ?1 WHERE id = ?2")?
        .execute(params![status.as_str(), id.0])?;
    append_ledger_in(
        conn,
        ws,
        NewEntry {
            at: now,
            kind: kinds::FOLLOWUP.to_string(),
            incident_id: Some(id),
            actor: Some(actor),
            data: json!({"action": "checklist", "item": item.as_str(), "done": done, "status": status.as_str()}),
        },
    )?;
    load_incident(conn, ws, id)?.ok_or(StoreError::NotFound)
}

pub(super) fn close(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
    actor: UserId,
    note: &str,
    now: Millis,
) -> StoreResult<Incident> {
    open_incident(conn, ws, id)?;
    conn.prepare_cached(
        "UPDATE incidents SET status = 'closed', closed_at = ?1, closing_note = ?2 WHERE id = ?3",
    )?
    .execute(params![now, note, id.0])?;
    append_ledger_in(
        conn,
        ws,
        NewEntry {
            at: now,
            kind: kinds::CLOSED.to_string(),
            incident_id: Some(id),
            actor: Some(actor),
            data: json!({"note": note, "status": IncidentStatus::Closed.as_str()}),
        },
    )?;
    load_incident(conn, ws, id)?.ok_or(StoreError::NotFound)
}

pub(super) fn list(
    conn: &Connection,
    ws: WorkspaceId,
    scope: IncidentScope,
    filter: IncidentFilter,
) -> StoreResult<Vec<Incident>> {
    let user = match scope {
        IncidentScope::Workspace => None,
        IncidentScope::InvolvingUser(u) => Some(u.0),
    };
    let sql = format!(
        "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE workspace_id = ?1
           AND (?2 IS NULL OR actor_id = ?2 OR author_id = ?2)
           AND (?3 IS NULL OR status = ?3) AND (?4 IS NULL OR reason = ?4)
           AND (?5 IS NULL OR at >= ?5) AND (?6 IS NULL OR at < ?6)
           AND (?7 IS NULL OR message_id = ?7)
         ORDER BY id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![
            ws.0,
            user,
            filter.status.map(IncidentStatus::as_str),
            filter.reason.map(Reason::as_str),
            filter.from,
            filter.to,
            filter.message.map(|m| m.0)
        ],
        incident_from_row,
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn detail(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
) -> StoreResult<Option<IncidentDetail>> {
    let Some(incident) = load_incident(conn, ws, id)? else {
        return Ok(None);
    };
    let mut checklist = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT item, done_at, done_by FROM incident_checklist WHERE incident_id = ?1",
        )?;
        let rows = stmt.query_map([id.0], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (item, at, by) = row?;
            if let Ok(item) = item.parse::<FollowupItem>() {
                checklist.push(ChecklistMark {
                    item,
                    at,
                    by: UserId(by),
                });
            }
        }
    }
    checklist.sort_by_key(|m| FollowupItem::ALL.iter().position(|i| *i == m.item));
    let followups = {
        let mut stmt = conn.prepare_cached(
            "SELECT message_id, at FROM incident_followups WHERE incident_id = ?1 ORDER BY at, message_id",
        )?;
        let rows = stmt.query_map([id.0], |r| Ok((MessageId(r.get(0)?), r.get(1)?)))?;
        rows.collect::<Result<Vec<_>, _>>()?
    };
    let timeline = {
        let mut stmt = conn.prepare_cached(
            "SELECT line FROM ledger_entries WHERE workspace_id = ?1 AND incident_id = ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![ws.0, id.0], |r| r.get::<_, String>(0))?;
        let mut entries = Vec::new();
        for line in rows {
            let line = line?;
            entries.push(LedgerEntry::parse_line(&line).map_err(|e| {
                StoreError::Database(format!("a stored ledger line does not parse: {e:?}"))
            })?);
        }
        entries
    };
    Ok(Some(IncidentDetail {
        incident,
        checklist,
        followups,
        timeline,
    }))
}

pub(super) fn evidence(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
) -> StoreResult<Option<SealedEvidence>> {
    type Stored = (Option<Vec<u8>>, Vec<u8>, Option<Vec<u8>>);
    let row: Option<Stored> = conn
        .prepare_cached(
            "SELECT e.wrapped_data_key, e.nonce, e.ciphertext FROM incident_evidence e
             JOIN incidents i ON i.id = e.incident_id WHERE i.workspace_id = ?1 AND i.id = ?2",
        )?
        .query_row(params![ws.0, id.0], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    row.map(|(key, nonce, ciphertext)| {
        SealedEvidence::from_stored(key.as_deref(), &nonce, ciphertext.unwrap_or_default())
            .map_err(|e| StoreError::Database(format!("stored evidence is malformed: {e}")))
    })
    .transpose()
}

pub(super) fn erase(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
    actor: Option<UserId>,
    data: serde_json::Value,
    now: Millis,
) -> StoreResult<()> {
    let Some(sealed) = evidence(conn, ws, id)? else {
        return Err(StoreError::NotFound);
    };
    if sealed.wrapped_data_key.is_none() {
        return Err(StoreError::Conflict("already_erased"));
    }
    conn.prepare_cached(
        "UPDATE incident_evidence SET wrapped_data_key = NULL, ciphertext = NULL, erased_at = ?1 WHERE incident_id = ?2",
    )?
    .execute(params![now, id.0])?;
    append_ledger_in(
        conn,
        ws,
        NewEntry {
            at: now,
            kind: kinds::CONTENT_ERASED.to_string(),
            incident_id: Some(id),
            actor,
            data,
        },
    )?;
    Ok(())
}

/// Incidents of `ws` opened before `before` whose content is still sealed, oldest first.
pub(super) fn sealed_evidence_opened_before(
    conn: &Connection,
    ws: WorkspaceId,
    before: Millis,
    limit: u32,
) -> StoreResult<Vec<IncidentId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.incident_id FROM incident_evidence e JOIN incidents i ON i.id = e.incident_id
         WHERE i.workspace_id = ?1 AND i.at < ?2 AND e.wrapped_data_key IS NOT NULL
         ORDER BY e.incident_id LIMIT ?3",
    )?;
    let ids = stmt.query_map(params![ws.0, before, limit], |r| Ok(IncidentId(r.get(0)?)))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

pub(super) fn legacy(conn: &Connection) -> StoreResult<Vec<(WorkspaceId, IncidentId, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT workspace_id, incident_id, content FROM legacy_evidence ORDER BY incident_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((WorkspaceId(r.get(0)?), IncidentId(r.get(1)?), r.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn seal_legacy(
    conn: &Connection,
    ws: WorkspaceId,
    id: IncidentId,
    sealed: &Sealed,
) -> StoreResult<()> {
    let gone = conn
        .prepare_cached("DELETE FROM legacy_evidence WHERE incident_id = ?1 AND workspace_id = ?2")?
        .execute(params![id.0, ws.0])?;
    if gone == 0 {
        return Err(StoreError::NotFound);
    }
    store_sealed(conn, id, sealed)
}
