//! Held messages: the four-eyes approval queue, the author's cancel, the undo-send grace delay
//! and the escalation of approvals waiting past the workspace's deadline.
//!
//! Every transition goes through `Store::decide_message`, which applies a decision only if the
//! message is still in the expected status: of two racing decisions (cancel vs. grace expiry,
//! approve vs. cancel, two approvers, two nodes) exactly one wins and the other gets `409`.

use std::time::Duration;

use retract_domain::{can, Action, MessageBody, MessageId, UserId, WorkspaceId};
use retract_guard::Verdict;
use retract_store::{Decision, DeliveryStatus, NewText, PendingMessage, StoreError, StoredMessage};
use serde_json::json;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::service::{blocked_by_guard, parse_body, publish, publish_to, screened};
use crate::state::{now_millis, AppState};

/// How often the background task looks for grace delays that ran out.
const GRACE_TICK: Duration = Duration::from_millis(200);
/// Approval escalation is checked less often: its deadline is counted in minutes.
const ESCALATION_EVERY_TICKS: u32 = 25;

fn conflict(err: StoreError) -> ApiError {
    match err {
        StoreError::Conflict(_) => ApiError::conflict(
            "not_pending",
            "This message is no longer waiting: it was already delivered, cancelled or decided.",
        ),
        other => other.into(),
    }
}

/// Tells the workspace's leads and owners, on their sockets, that a message waits for them.
/// The event names the message, never its text: they read it in the queue.
pub async fn notify_approvers(
    state: &AppState,
    ws: WorkspaceId,
    message: &StoredMessage,
    kind: &str,
) {
    crate::events::notify_leads(
        state,
        ws,
        message.author,
        Some(message.conversation_id),
        json!({
            "type": kind,
            "conversation_id": message.conversation_id,
            "message": {"id": message.id, "author": message.author, "author_name": message.author_name, "status": message.status},
        }),
    )
    .await;
}

/// The author takes back a message that is still held (`POST /messages/{id}/cancel`).
pub async fn cancel(state: &AppState, caller: &Caller, id: MessageId) -> ApiResult<()> {
    let ws = caller.user.workspace_id;
    let message = state
        .store
        .message(ws, id)
        .await?
        .ok_or_else(|| ApiError::not_found("message"))?;
    if message.author != caller.user.id {
        // Someone else's held message does not exist for the caller; a delivered one does.
        return Err(if message.status == DeliveryStatus::Delivered {
            ApiError::forbidden("not_author", "Only the author can cancel a message.")
        } else {
            ApiError::not_found("message")
        });
    }
    let cancelled = state
        .store
        .decide_message(
            ws,
            id,
            &[
                DeliveryStatus::PendingGrace,
                DeliveryStatus::PendingApproval,
            ],
            Decision::Cancel,
            Some(caller.user.id),
            None,
            now_millis(),
        )
        .await
        .map_err(conflict)?;
    let settings = state.runtime(ws).await?.settings;
    publish_to(
        state,
        "message.cancelled",
        &cancelled,
        vec![caller.user.id],
        &settings,
    );
    if message.status == DeliveryStatus::PendingApproval {
        notify_approvers(state, ws, &cancelled, "approval.decided").await;
    }
    Ok(())
}

/// An approver's corrected text passes the guard before it goes out: what the guard blocks is
/// refused (nothing is delivered); a warning or a reason for approval is the approver's to
/// weigh, since approving is that judgement. The new findings replace the held text's.
async fn screened_correction(
    state: &AppState,
    caller: &Caller,
    body: MessageBody,
) -> ApiResult<NewText> {
    let runtime = state.runtime(caller.user.workspace_id).await?;
    let scan = runtime.guard.scan(body.as_str());
    if scan.verdict == Verdict::Block {
        return Err(blocked_by_guard(
            &scan,
            "The guard blocked the corrected text; nothing was delivered.",
        ));
    }
    Ok(screened(caller, body, &scan))
}

/// A lead or owner other than the author approves (optionally with a corrected text) or rejects.
pub async fn decide(
    state: &AppState,
    caller: &Caller,
    id: MessageId,
    approve: bool,
    comment: Option<&str>,
    body: Option<&str>,
) -> ApiResult<StoredMessage> {
    caller.require(Action::ApproveMessages)?;
    let ws = caller.user.workspace_id;
    let message = state
        .store
        .message(ws, id)
        .await?
        .ok_or_else(|| ApiError::not_found("message"))?;
    if message.author == caller.user.id {
        return Err(ApiError::forbidden(
            "four_eyes_required",
            "Another lead or the owner must approve your own message.",
        ));
    }
    let comment = comment.map(str::trim).filter(|c| !c.is_empty());
    if comment.is_some_and(|c| c.chars().count() > 2000) {
        return Err(ApiError::unprocessable(
            "comment_too_long",
            "The comment is limited to 2000 characters.",
        ));
    }
    let decision = if approve {
        let body: Option<MessageBody> = body
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(parse_body)
            .transpose()?;
        let corrected = match body {
            Some(body) => Some(screened_correction(state, caller, body).await?),
            None => None,
        };
        Decision::Deliver { corrected }
    } else {
        Decision::Reject
    };
    let decided = state
        .store
        .decide_message(
            ws,
            id,
            &[DeliveryStatus::PendingApproval],
            decision,
            Some(caller.user.id),
            comment,
            now_millis(),
        )
        .await
        .map_err(conflict)?;
    let settings = state.runtime(ws).await?.settings;
    if approve {
        if let Some(conversation) = state.conversation(ws, decided.conversation_id).await? {
            publish(state, "message.created", &decided, &conversation, &settings);
        }
        publish_to(
            state,
            "message.approved",
            &decided,
            vec![decided.author],
            &settings,
        );
    } else {
        publish_to(
            state,
            "message.rejected",
            &decided,
            vec![decided.author],
            &settings,
        );
    }
    // The other approvers' queues and badges drop it.
    notify_approvers(state, ws, &decided, "approval.decided").await;
    Ok(decided)
}

/// A held message in the approval queue with the end of its conversation for context.
pub struct QueueItem {
    pub pending: PendingMessage,
    pub context: Vec<StoredMessage>,
    pub overdue: bool,
}

/// The approval queue (leads, owners): what waits, with findings and context. A held message is
/// submitted to the approvers, so every approver sees it; the conversation around it is shown
/// only to its members (only members read a conversation, whatever their role).
pub async fn queue(state: &AppState, caller: &Caller) -> ApiResult<Vec<QueueItem>> {
    caller.require(Action::ApproveMessages)?;
    let ws = caller.user.workspace_id;
    let deadline_ms = i64::from(state.runtime(ws).await?.settings.approval_deadline_seconds) * 1000;
    let now = now_millis();
    let mut out = Vec::new();
    for pending in state
        .store
        .pending_messages(Some(ws), DeliveryStatus::PendingApproval)
        .await?
    {
        let member = state
            .conversation(ws, pending.message.conversation_id)
            .await?
            .is_some_and(|c| c.members.iter().any(|m| m.id == caller.user.id));
        // Viewed as nobody (user 0): delivered messages only, no one's hidden list applied.
        let context = if member {
            state
                .store
                .messages(
                    ws,
                    pending.message.conversation_id,
                    UserId(0),
                    Some(pending.message.id),
                    3,
                )
                .await?
        } else {
            Vec::new()
        };
        let overdue = pending.escalated_at.is_some() || now - pending.created_at > deadline_ms;
        out.push(QueueItem {
            pending,
            context,
            overdue,
        });
    }
    Ok(out)
}

/// Delivers held messages whose grace delay ran out and escalates approvals past their deadline.
/// Runs on every node; the store's compare-and-set makes sure each message is handled once.
pub fn spawn_background(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(GRACE_TICK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut count: u32 = 0;
        loop {
            tick.tick().await;
            count = count.wrapping_add(1);
            if let Err(err) = deliver_due_grace(&state).await {
                tracing::warn!(error = %err, "grace delivery pass failed");
            }
            if count.is_multiple_of(ESCALATION_EVERY_TICKS) {
                if let Err(err) = escalate_overdue(&state).await {
                    tracing::warn!(error = %err, "approval escalation pass failed");
                }
            }
        }
    });
}

async fn deliver_due_grace(state: &AppState) -> Result<(), StoreError> {
    let now = now_millis();
    for pending in state
        .store
        .pending_messages(None, DeliveryStatus::PendingGrace)
        .await?
    {
        let m = &pending.message;
        if m.deliver_at.is_some_and(|at| at > now) {
            continue;
        }
        let ws = pending.workspace_id;
        match state
            .store
            .decide_message(
                ws,
                m.id,
                &[DeliveryStatus::PendingGrace],
                Decision::Deliver { corrected: None },
                None,
                None,
                now,
            )
            .await
        {
            Ok(delivered) => {
                if let (Ok(Some(conversation)), Ok(rt)) = (
                    state.conversation(ws, delivered.conversation_id).await,
                    state.runtime(ws).await,
                ) {
                    publish(
                        state,
                        "message.created",
                        &delivered,
                        &conversation,
                        &rt.settings,
                    );
                }
            }
            // Cancelled meanwhile, or delivered by another node: nothing to do.
            Err(StoreError::Conflict(_)) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(())
}

async fn escalate_overdue(state: &AppState) -> Result<(), StoreError> {
    let now = now_millis();
    for pending in state
        .store
        .pending_messages(None, DeliveryStatus::PendingApproval)
        .await?
    {
        if pending.escalated_at.is_some() {
            continue;
        }
        let ws = pending.workspace_id;
        let Ok(rt) = state.runtime(ws).await else {
            continue;
        };
        if now - pending.created_at <= i64::from(rt.settings.approval_deadline_seconds) * 1000 {
            continue;
        }
        if state
            .store
            .mark_escalated(ws, pending.message.id, now)
            .await?
        {
            tracing::warn!(message = %pending.message.id, "approval overdue: escalated to owners");
            notify_approvers(state, ws, &pending.message, "approval.escalated").await;
            publish_to(
                state,
                "message.escalated",
                &pending.message,
                vec![pending.message.author],
                &rt.settings,
            );
        }
    }
    Ok(())
}

/// How many things wait for the caller's decision: messages of others held for approval, unsends
/// of others waiting for a lead, and flagged guest messages still visible in their conversations.
/// The top bar's notifications badge; zero for whoever decides none of these.
pub async fn waiting_count(state: &AppState, caller: &Caller) -> ApiResult<usize> {
    if !is_approver(caller) {
        return Ok(0);
    }
    let ws = caller.user.workspace_id;
    // Every page of an approver shows the badge: the three reads go out together.
    let flags = async {
        if can(caller.role(), Action::ModerateGuestMessage) {
            Ok(crate::prevention::flags(state, caller).await?.len())
        } else {
            Ok(0)
        }
    };
    let (held, unsends, flags) = tokio::try_join!(
        async {
            Ok::<_, ApiError>(
                state
                    .store
                    .pending_messages(Some(ws), DeliveryStatus::PendingApproval)
                    .await?,
            )
        },
        crate::incidents::pending_unsends(state, caller),
        flags,
    )?;
    let held = held
        .iter()
        .filter(|p| p.message.author != caller.user.id)
        .count();
    let unsends = unsends.iter().filter(|i| i.actor != caller.user.id).count();
    Ok(held + unsends + flags)
}

/// Whether the caller may see the approval queue at all (for the pages' navigation).
pub fn is_approver(caller: &Caller) -> bool {
    can(caller.role(), Action::ApproveMessages)
}
