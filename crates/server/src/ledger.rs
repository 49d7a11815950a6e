//! The incident ledger seen from the server: recording events, and the signed export that
//! `retract ledger verify` checks offline.

use retract_domain::{
    kinds, Action, Chain, IncidentId, LedgerEntry, NewEntry, SigningKey, WorkspaceId,
};
use retract_store::vault::WrappedKey;
use retract_store::KeyPurpose;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::{now_millis, vault_error, AppState};

/// The workspace's checkpoint key: unwrapped from the store with the master key, created (and
/// stored wrapped) on first use. Nodes racing to create it keep the first one stored.
async fn signing_key(state: &AppState, ws: WorkspaceId) -> ApiResult<SigningKey> {
    let master = &state.config.master_key;
    let (_, candidate) = master.new_signing_key(ws).map_err(vault_error)?;
    let stored = state
        .store
        .wrapped_key_or_insert(ws, KeyPurpose::Signing, candidate.to_bytes())
        .await?;
    let wrapped = WrappedKey::from_bytes(&stored).map_err(vault_error)?;
    master.unwrap_signing_key(ws, &wrapped).map_err(vault_error)
}

/// The ledger as JSONL, entries then a checkpoint signed now (`GET /ledger/export`).
pub async fn export(state: &AppState, caller: &Caller) -> ApiResult<String> {
    caller.require(Action::ExportLedger)?;
    let ws = caller.user.workspace_id;
    let lines = state.store.ledger_lines(ws).await?;
    let chain = match lines.last() {
        Some(last) => {
            let head = LedgerEntry::parse_line(last).map_err(|e| {
                tracing::error!(error = ?e, "stored ledger head does not parse");
                ApiError::internal()
            })?;
            Chain::after(&head)
        }
        None => Chain::new(ws),
    };
    let checkpoint = chain.checkpoint(&signing_key(state, ws).await?, now_millis());
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum::<usize>() + 256);
    for line in &lines {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&checkpoint.to_line());
    out.push('\n');
    Ok(out)
}

/// Records that someone read an incident's removed content, and why.
pub async fn record_evidence_read(
    state: &AppState,
    caller: &Caller,
    incident: IncidentId,
    justification: &str,
) -> ApiResult<()> {
    state
        .store
        .append_ledger(
            caller.user.workspace_id,
            NewEntry {
                at: now_millis(),
                kind: kinds::EVIDENCE_READ.to_string(),
                incident_id: Some(incident),
                actor: Some(caller.user.id),
                data: serde_json::json!({"justification": justification, "role": caller.user.role}),
            },
        )
        .await?;
    Ok(())
}
