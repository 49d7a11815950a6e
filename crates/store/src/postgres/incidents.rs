//! Incidents on PostgreSQL, statement for statement the twin of `sqlite/incidents.rs`: removals
//! with their sealed evidence, pending unsends, follow-up and closing. Every function runs in the
//! caller's transaction, and every change lands on the ledger in that same transaction. Incident
//! rows that change are locked (`FOR UPDATE`) so two nodes never both decide one.

use deadpool_postgres::GenericClient;
use retract_domain::{kinds, FollowupItem, IncidentStatus, LedgerEntry, NewEntry};
use serde_json::json;
use tokio_postgres::Row;

use super::{append_ledger_in, execute, load_message, parse_reason, parse_role, query, query_opt};
use crate::removal::{opened_entry, seal};
use crate::vault::{Sealed, SealedEvidence, WorkspaceKey};
use crate::*;

const INCIDENT_COLUMNS: &str = "id, kind, reason, note, message_id, conversation_id, actor_id, actor_role, author_id, at, status, advice, advice_followed, escalated, decided_by, first_followup_at, closed_at, closing_note";

fn incident_from_row(row: &Row) -> StoreResult<Incident> {
    let kind = match row.try_get::<_, &str>(1)? {
        "moderation" => IncidentKind::Moderation,
        _ => IncidentKind::Unsend,
    };
    Ok(Incident {
        id: IncidentId(row.try_get(0)?),
        kind,
        reason: parse_reason(row.try_get(2)?)?,
        note: row.try_get(3)?,
        message_id: MessageId(row.try_get(4)?),
        conversation_id: ConversationId(row.try_get(5)?),
        actor: UserId(row.try_get(6)?),
        actor_role: parse_role(row.try_get(7)?)?,
        author: UserId(row.try_get(8)?),
        at: row.try_get(9)?,
        status: row
            .try_get::<_, &str>(10)?
            .parse()
            .map_err(|e| StoreError::Database(format!("bad incident status: {e}")))?,
        advice: row.try_get(11)?,
        advice_followed: row.try_get(12)?,
        escalated: row.try_get(13)?,
        decided_by: row.try_get::<_, Option<i64>>(14)?.map(UserId),
        first_followup_at: row.try_get(15)?,
        closed_at: row.try_get(16)?,
        closing_note: row.try_get(17)?,
    })
}

pub(super) async fn load_incident<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
    lock: bool,
) -> StoreResult<Option<Incident>> {
    let sql = format!(
        "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE workspace_id = $1 AND id = $2{}",
        if lock { " FOR UPDATE" } else { "" }
    );
    query_opt(c, &sql, &[&ws.0, &id.0])
        .await?
        .map(|r| incident_from_row(&r))
        .transpose()
}

async fn open_incident<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
) -> StoreResult<Incident> {
    let incident = load_incident(c, ws, id, true)
        .await?
        .ok_or(StoreError::NotFound)?;
    if !incident.status.accepts_follow_up() {
        return Err(StoreError::Conflict("incident_closed"));
    }
    Ok(incident)
}

/// `Conflict("removal_pending")` while an unsend of `message` waits for a lead.
pub(super) async fn refuse_if_pending<C: GenericClient>(
    c: &C,
    message: MessageId,
) -> StoreResult<()> {
    let pending = query_opt(
        c,
        "SELECT id FROM incidents WHERE message_id = $1 AND status = 'pending_lead_approval'",
        &[&message.0],
    )
    .await?;
    match pending {
        Some(_) => Err(StoreError::Conflict("removal_pending")),
        None => Ok(()),
    }
}

/// Locks a delivered, visible message and returns its conversation, author and content as
/// evidence (body and every earlier version).
async fn removable_content<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: MessageId,
) -> StoreResult<(i64, i64, String)> {
    let row = query_opt(
        c,
        "SELECT conversation_id, author_id, body, state FROM messages
         WHERE id = $1 AND workspace_id = $2 AND status = 'delivered' FOR UPDATE",
        &[&id.0, &ws.0],
    )
    .await?
    .ok_or(StoreError::NotFound)?;
    let conversation: i64 = row.try_get(0)?;
    let author: i64 = row.try_get(1)?;
    let body: Option<String> = row.try_get(2)?;
    let state: &str = row.try_get(3)?;
    let (Some(body), "visible") = (body, state) else {
        return Err(StoreError::Conflict("already_unsent"));
    };
    let versions = query(
        c,
        "SELECT body FROM message_versions WHERE message_id = $1 ORDER BY version",
        &[&id.0],
    )
    .await?
    .iter()
    .map(|r| r.try_get::<_, String>(0))
    .collect::<Result<Vec<_>, _>>()?;
    let evidence = json!({ "body": body, "earlier_versions": versions }).to_string();
    Ok((conversation, author, evidence))
}

async fn tombstone<C: GenericClient>(
    c: &C,
    id: MessageId,
    by: UserId,
    role: Role,
    reason: Reason,
    now: Millis,
) -> StoreResult<()> {
    execute(
        c,
        "UPDATE messages SET body = NULL, search = NULL, state = 'unsent', removed_by = $1, removed_role = $2,
            removed_reason = $3, removed_at = $4
         WHERE id = $5",
        &[&by.0, &role.as_str(), &reason.as_str(), &now, &id.0],
    )
    .await?;
    execute(
        c,
        "DELETE FROM message_versions WHERE message_id = $1",
        &[&id.0],
    )
    .await?;
    Ok(())
}

async fn store_sealed<C: GenericClient>(
    c: &C,
    incident: IncidentId,
    sealed: &Sealed,
) -> StoreResult<()> {
    let evidence = &sealed.evidence;
    execute(
        c,
        "INSERT INTO incident_evidence (incident_id, wrapped_data_key, nonce, ciphertext, commitment)
         VALUES ($1, $2, $3, $4, $5)",
        &[
            &incident.0,
            &evidence.wrapped_data_key.as_ref().map(|k| k.to_bytes()),
            &evidence.nonce.as_slice(),
            &evidence.ciphertext,
            &sealed.commitment,
        ],
    )
    .await?;
    Ok(())
}

async fn insert_incident<C: GenericClient>(
    c: &C,
    r: &Removal,
    conversation: i64,
    author: i64,
    status: IncidentStatus,
) -> StoreResult<IncidentId> {
    let row = query_opt(
        c,
        "INSERT INTO incidents (workspace_id, kind, reason, note, message_id, conversation_id, actor_id, actor_role, author_id, at, status, advice, advice_followed, escalated)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        &[
            &r.workspace_id.0,
            &r.kind.as_str(),
            &r.reason.as_str(),
            &r.note,
            &r.message_id.0,
            &conversation,
            &r.actor.0,
            &r.actor_role.as_str(),
            &author,
            &r.now,
            &status.as_str(),
            &r.advice,
            &r.advice_followed,
            &r.escalated,
        ],
    )
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(IncidentId(row.try_get(0)?))
}

pub(super) async fn remove<C: GenericClient>(
    c: &C,
    r: &Removal,
    vault: &WorkspaceKey,
) -> StoreResult<(StoredMessage, IncidentId)> {
    let ws = r.workspace_id;
    let (conversation, author, content) = removable_content(c, ws, r.message_id).await?;
    refuse_if_pending(c, r.message_id).await?;
    tombstone(c, r.message_id, r.actor, r.actor_role, r.reason, r.now).await?;
    let incident = insert_incident(c, r, conversation, author, IncidentStatus::Open).await?;
    let sealed = seal(vault, ws, incident, &content)?;
    store_sealed(c, incident, &sealed).await?;
    let entry = opened_entry(
        r,
        incident,
        conversation,
        author,
        IncidentStatus::Open,
        Some(&sealed.commitment),
    );
    append_ledger_in(c, ws, entry).await?;
    let message = load_message(c, ws, r.message_id)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok((message, incident))
}

pub(super) async fn request<C: GenericClient>(c: &C, r: &Removal) -> StoreResult<IncidentId> {
    // Locking the message first serialises two requests for it across nodes.
    let (conversation, author, _) = removable_content(c, r.workspace_id, r.message_id).await?;
    refuse_if_pending(c, r.message_id).await?;
    let status = IncidentStatus::PendingLeadApproval;
    let incident = insert_incident(c, r, conversation, author, status).await?;
    let entry = opened_entry(r, incident, conversation, author, status, None);
    append_ledger_in(c, r.workspace_id, entry).await?;
    Ok(incident)
}

pub(super) async fn decide<C: GenericClient>(
    c: &C,
    d: &RemovalDecision,
    vault: &WorkspaceKey,
) -> StoreResult<(Incident, Option<StoredMessage>)> {
    let ws = d.workspace_id;
    let incident = load_incident(c, ws, d.incident_id, true)
        .await?
        .ok_or(StoreError::NotFound)?;
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
        let (_, _, content) = removable_content(c, ws, incident.message_id).await?;
        // The tombstone names the requester: it is their unsend, approved by a lead.
        tombstone(
            c,
            incident.message_id,
            incident.actor,
            incident.actor_role,
            incident.reason,
            d.now,
        )
        .await?;
        let sealed = seal(vault, ws, incident.id, &content)?;
        store_sealed(c, incident.id, &sealed).await?;
        data["content_commitment"] = json!(sealed.commitment);
        message = load_message(c, ws, incident.message_id).await?;
    }
    execute(
        c,
        "UPDATE incidents SET status = $1, decided_by = $2 WHERE id = $3",
        &[&status.as_str(), &d.actor.0, &incident.id.0],
    )
    .await?;
    let entry = NewEntry {
        at: d.now,
        kind: kind.to_string(),
        incident_id: Some(incident.id),
        actor: Some(d.actor),
        data,
    };
    append_ledger_in(c, ws, entry).await?;
    let incident = load_incident(c, ws, incident.id, false)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok((incident, message))
}

pub(super) async fn link_followup<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    incident: IncidentId,
    conversation: ConversationId,
    message: MessageId,
    author: UserId,
    now: Millis,
) -> StoreResult<()> {
    let found = load_incident(c, ws, incident, true)
        .await?
        .filter(|i| i.conversation_id == conversation && i.status.accepts_follow_up())
        .ok_or(StoreError::NotFound)?;
    execute(
        c,
        "INSERT INTO incident_followups (incident_id, message_id, at) VALUES ($1, $2, $3)",
        &[&incident.0, &message.0, &now],
    )
    .await?;
    let status = found.status.after_follow_up();
    execute(
        c,
        "UPDATE incidents SET status = $1, first_followup_at = COALESCE(first_followup_at, $2) WHERE id = $3",
        &[&status.as_str(), &now, &incident.0],
    )
    .await?;
    let entry = NewEntry {
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
    };
    append_ledger_in(c, ws, entry).await?;
    Ok(())
}

pub(super) async fn set_checklist<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
    item: FollowupItem,
    done: bool,
    actor: UserId,
    now: Millis,
) -> StoreResult<Incident> {
    let incident = open_incident(c, ws, id).await?;
    let status = if done {
        execute(
            c,
            "INSERT INTO incident_checklist (incident_id, item, done_at, done_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (incident_id, item) DO UPDATE SET done_at = EXCLUDED.done_at, done_by = EXCLUDED.done_by",
            &[&id.0, &item.as_str(), &now, &actor.0],
        )
        .await?;
        incident.status.after_follow_up()
    } else {
        execute(
            c,
            "DELETE FROM incident_checklist WHERE incident_id = $1 AND item = $2",
            &[&id.0, &item.as_str()],
        )
        .await?;
        incident.status
    };
    execute(
        c,
        "UPDATE incidents SET status = $1 WHERE id = $2",
        &[&status.as_str(), &id.0],
    )
    .await?;
    let entry = NewEntry {
        at: now,
        kind: kinds::FOLLOWUP.to_string(),
        incident_id: Some(id),
        actor: Some(actor),
        data: json!({"action": "checklist", "item": item.as_str(), "done": done, "status": status.as_str()}),
    };
    append_ledger_in(c, ws, entry).await?;
    load_incident(c, ws, id, false)
        .await?
        .ok_or(StoreError::NotFound)
}

pub(super) async fn close<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
    actor: UserId,
    note: &str,
    now: Millis,
) -> StoreResult<Incident> {
    open_incident(c, ws, id).await?;
    execute(
        c,
        "UPDATE incidents SET status = 'closed', closed_at = $1, closing_note = $2 WHERE id = $3",
        &[&now, &note, &id.0],
    )
    .await?;
    let entry = NewEntry {
        at: now,
        kind: kinds::CLOSED.to_string(),
        incident_id: Some(id),
        actor: Some(actor),
        data: json!({"note": note, "status": IncidentStatus::Closed.as_str()}),
    };
    append_ledger_in(c, ws, entry).await?;
    load_incident(c, ws, id, false)
        .await?
        .ok_or(StoreError::NotFound)
}

pub(super) async fn list<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    scope: IncidentScope,
    filter: IncidentFilter,
) -> StoreResult<Vec<Incident>> {
    let user = match scope {
        IncidentScope::Workspace => None,
        IncidentScope::InvolvingUser(u) => Some(u.0),
    };
    let sql = format!(
        "SELECT {INCIDENT_COLUMNS} FROM incidents WHERE workspace_id = $1
           AND ($2::BIGINT IS NULL OR actor_id = $2 OR author_id = $2)
           AND ($3::TEXT IS NULL OR status = $3) AND ($4::TEXT IS NULL OR reason = $4)
           AND ($5::BIGINT IS NULL OR at >= $5) AND ($6::BIGINT IS NULL OR at < $6)
           AND ($7::BIGINT IS NULL OR message_id = $7)
         ORDER BY id DESC"
    );
    let rows = query(
        c,
        &sql,
        &[
            &ws.0,
            &user,
            &filter.status.map(IncidentStatus::as_str),
            &filter.reason.map(Reason::as_str),
            &filter.from,
            &filter.to,
            &filter.message.map(|m| m.0),
        ],
    )
    .await?;
    rows.iter().map(incident_from_row).collect()
}

pub(super) async fn detail<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
) -> StoreResult<Option<IncidentDetail>> {
    let Some(incident) = load_incident(c, ws, id, false).await? else {
        return Ok(None);
    };
    let mut checklist = Vec::new();
    for row in query(
        c,
        "SELECT item, done_at, done_by FROM incident_checklist WHERE incident_id = $1",
        &[&id.0],
    )
    .await?
    {
        if let Ok(item) = row.try_get::<_, &str>(0)?.parse::<FollowupItem>() {
            checklist.push(ChecklistMark {
                item,
                at: row.try_get(1)?,
                by: UserId(row.try_get(2)?),
            });
        }
    }
    checklist.sort_by_key(|m| FollowupItem::ALL.iter().position(|i| *i == m.item));
    let followups = query(
        c,
        "SELECT message_id, at FROM incident_followups WHERE incident_id = $1 ORDER BY at, message_id",
        &[&id.0],
    )
    .await?
    .iter()
    .map(|r| Ok((MessageId(r.try_get(0)?), r.try_get(1)?)))
    .collect::<StoreResult<Vec<_>>>()?;
    let mut timeline = Vec::new();
    for row in query(
        c,
        "SELECT line FROM ledger_entries WHERE workspace_id = $1 AND incident_id = $2 ORDER BY seq",
        &[&ws.0, &id.0],
    )
    .await?
    {
        timeline.push(
            LedgerEntry::parse_line(row.try_get::<_, &str>(0)?).map_err(|e| {
                StoreError::Database(format!("a stored ledger line does not parse: {e:?}"))
            })?,
        );
    }
    Ok(Some(IncidentDetail {
        incident,
        checklist,
        followups,
        timeline,
    }))
}

pub(super) async fn evidence<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
) -> StoreResult<Option<SealedEvidence>> {
    let row = query_opt(
        c,
        "SELECT e.wrapped_data_key, e.nonce, e.ciphertext FROM incident_evidence e
         JOIN incidents i ON i.id = e.incident_id WHERE i.workspace_id = $1 AND i.id = $2",
        &[&ws.0, &id.0],
    )
    .await?;
    row.map(|r| {
        let key: Option<Vec<u8>> = r.try_get(0)?;
        let nonce: Vec<u8> = r.try_get(1)?;
        let ciphertext: Option<Vec<u8>> = r.try_get(2)?;
        SealedEvidence::from_stored(key.as_deref(), &nonce, ciphertext.unwrap_or_default())
            .map_err(|e| StoreError::Database(format!("stored evidence is malformed: {e}")))
    })
    .transpose()
}

pub(super) async fn erase<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
    actor: Option<UserId>,
    data: serde_json::Value,
    now: Millis,
) -> StoreResult<()> {
    load_incident(c, ws, id, true)
        .await?
        .ok_or(StoreError::NotFound)?;
    let Some(sealed) = evidence(c, ws, id).await? else {
        return Err(StoreError::NotFound);
    };
    if sealed.wrapped_data_key.is_none() {
        return Err(StoreError::Conflict("already_erased"));
    }
    execute(
        c,
        "UPDATE incident_evidence SET wrapped_data_key = NULL, ciphertext = NULL, erased_at = $1 WHERE incident_id = $2",
        &[&now, &id.0],
    )
    .await?;
    let entry = NewEntry {
        at: now,
        kind: kinds::CONTENT_ERASED.to_string(),
        incident_id: Some(id),
        actor,
        data,
    };
    append_ledger_in(c, ws, entry).await?;
    Ok(())
}

/// Incidents of `ws` opened before `before` whose content is still sealed, oldest first, their
/// evidence rows locked (a concurrent sweep skips them rather than erasing twice).
pub(super) async fn sealed_evidence_opened_before<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    before: Millis,
    limit: u32,
) -> StoreResult<Vec<IncidentId>> {
    Ok(query(
        c,
        "SELECT e.incident_id FROM incident_evidence e JOIN incidents i ON i.id = e.incident_id
         WHERE i.workspace_id = $1 AND i.at < $2 AND e.wrapped_data_key IS NOT NULL
         ORDER BY e.incident_id LIMIT $3 FOR UPDATE OF e SKIP LOCKED",
        &[&ws.0, &before, &i64::from(limit)],
    )
    .await?
    .iter()
    .map(|r| IncidentId(r.get(0)))
    .collect())
}

pub(super) async fn legacy<C: GenericClient>(
    c: &C,
) -> StoreResult<Vec<(WorkspaceId, IncidentId, String)>> {
    query(
        c,
        "SELECT workspace_id, incident_id, content FROM legacy_evidence ORDER BY incident_id",
        &[],
    )
    .await?
    .iter()
    .map(|r| {
        Ok((
            WorkspaceId(r.try_get(0)?),
            IncidentId(r.try_get(1)?),
            r.try_get(2)?,
        ))
    })
    .collect()
}

pub(super) async fn seal_legacy<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: IncidentId,
    sealed: &Sealed,
) -> StoreResult<()> {
    let gone = execute(
        c,
        "DELETE FROM legacy_evidence WHERE incident_id = $1 AND workspace_id = $2",
        &[&id.0, &ws.0],
    )
    .await?;
    if gone == 0 {
        return Err(StoreError::NotFound);
    }
    store_sealed(c, id, sealed).await
}
