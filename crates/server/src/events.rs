//! Real-time events: the hub that fans events out to connected WebSocket clients, and the
//! WebSocket endpoint itself.
//!
//! An event names its recipients (the conversation's members when it was committed) and carries
//! two pre-serialised payloads, one for the brand's team and one for guests (who never see
//! removal reasons unless the workspace allows it). A client only ever receives events that name
//! its user, so the membership check happens once, when the event is made.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use retract_domain::{ConversationId, MessageId, Role, UserId, WorkspaceId};
use retract_store::MessageState;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio::sync::mpsc;

use crate::auth::{AuthVia, Caller};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Frames queued for one client before it counts as too slow and is disconnected (it can catch
/// up from history after reconnecting).
const CLIENT_QUEUE: usize = 1024;

/// One event for the members of one conversation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub recipients: Vec<UserId>,
    pub team_payload: Arc<str>,
    pub guest_payload: Arc<str>,
    /// Where the event belongs: picks its NATS subject in a multi-node deployment.
    #[serde(default)]
    pub workspace_id: Option<WorkspaceId>,
    #[serde(default)]
    pub conversation_id: Option<ConversationId>,
    /// The workspace's settings changed: every node that receives the event drops its cached
    /// copy at once, instead of applying the old windows and rules until its cache expires.
    #[serde(default)]
    pub settings_changed: bool,
    /// A session ended (logout): every node closes the sockets opened with it and stops trusting
    /// its cached copy of the session, instead of honouring the token until the cache expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_session: Option<EndedSession>,
}

/// The session an [`Event`] announces the end of. Carries the token's hash, never the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndedSession {
    pub user: UserId,
    pub token_hash: [u8; 32],
}

impl Event {
    /// Tells every node that a session of workspace `ws` ended; no client receives a frame.
    pub fn session_ended(ws: WorkspaceId, ended: EndedSession) -> Event {
        Event {
            recipients: Vec::new(),
            team_payload: Arc::from(""),
            guest_payload: Arc::from(""),
            workspace_id: Some(ws),
            conversation_id: None,
            settings_changed: false,
            ended_session: Some(ended),
        }
    }
}

struct Client {
    id: u64,
    guest: bool,
    /// The session the socket was opened with: it closes when that session ends.
    session: [u8; 32],
    tx: mpsc::Sender<Arc<str>>,
}

/// How often an open socket checks that its session still exists (a logout on another node,
/// a session removed by an administrator); a logout on this node closes it at once.
const SESSION_RECHECK: std::time::Duration = std::time::Duration::from_secs(30);

/// Where events go beyond this node (NATS in a multi-node deployment).
pub trait RemoteBus: Send + Sync {
    fn publish(&self, event: &Event);
}

/// In-process fan-out to this node's WebSocket clients.
pub struct Hub {
    clients: RwLock<HashMap<UserId, Vec<Client>>>,
    next_id: AtomicU64,
    remote: RwLock<Option<Arc<dyn RemoteBus>>>,
    /// Counts the settings changes this node has heard of, on any node: a cached workspace
    /// runtime loaded under an older count is read again.
    settings_generation: AtomicU64,
    /// Counts the sessions this node has heard end, on any node: a session cached under an
    /// older count is looked up again.
    sessions_generation: AtomicU64,
    /// Flips to `true` when the server shuts down, so sockets close and the drain can finish.
    closing: tokio::sync::watch::Sender<bool>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            clients: RwLock::default(),
            next_id: AtomicU64::new(0),
            remote: RwLock::default(),
            settings_generation: AtomicU64::new(0),
            sessions_generation: AtomicU64::new(0),
            closing: tokio::sync::watch::Sender::new(false),
        }
    }
}

impl Hub {
    pub fn new() -> Self {
        Hub::default()
    }

    /// Asks every open socket to close (graceful shutdown).
    pub fn close_all(&self) {
        self.closing.send_replace(true);
    }

    /// Sends events through `bus` too; the bus delivers events from other nodes with
    /// [`Hub::deliver_local`], and this node's own events come back the same way.
    pub fn set_remote(&self, bus: Arc<dyn RemoteBus>) {
        if let Ok(mut remote) = self.remote.write() {
            *remote = Some(bus);
        }
    }

    /// Publishes an event to every connected recipient, on this node or (through the remote
    /// bus) on others.
    pub fn publish(&self, event: Event) {
        let remote = self.remote.read().ok().and_then(|r| r.clone());
        match remote {
            Some(bus) => bus.publish(&event),
            None => self.deliver_local(&event),
        }
    }

    /// How many settings changes this node has heard of (see [`Event::settings_changed`]).
    pub fn settings_generation(&self) -> u64 {
        self.settings_generation.load(Ordering::Acquire)
    }

    /// How many ended sessions this node has heard of (see [`Event::ended_session`]).
    pub fn sessions_generation(&self) -> u64 {
        self.sessions_generation.load(Ordering::Acquire)
    }

    pub fn deliver_local(&self, event: &Event) {
        if event.settings_changed {
            self.settings_generation.fetch_add(1, Ordering::AcqRel);
        }
        if let Some(ended) = event.ended_session {
            self.sessions_generation.fetch_add(1, Ordering::AcqRel);
            self.end_session(ended.user, ended.token_hash);
        }
        let mut too_slow = Vec::new();
        if let Ok(clients) = self.clients.read() {
            for user in &event.recipients {
                for client in clients.get(user).into_iter().flatten() {
                    let payload = if client.guest {
                        &event.guest_payload
                    } else {
                        &event.team_payload
                    };
                    if client.tx.try_send(payload.clone()).is_err() {
                        too_slow.push((*user, client.id));
                    }
                }
            }
        }
        metrics::counter!("retract_events_published_total").increment(1);
        for (user, id) in too_slow {
            self.unregister(user, id);
        }
    }

    fn register(
        &self,
        user: UserId,
        role: Role,
        session: [u8; 32],
    ) -> (u64, mpsc::Receiver<Arc<str>>) {
        let (tx, rx) = mpsc::channel(CLIENT_QUEUE);
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut clients) = self.clients.write() {
            clients.entry(user).or_default().push(Client {
                id,
                guest: role == Role::Guest,
                session,
                tx,
            });
        }
        metrics::gauge!("retract_websocket_connections").increment(1.0);
        (id, rx)
    }

    fn unregister(&self, user: UserId, id: u64) {
        if let Ok(mut clients) = self.clients.write() {
            if let Some(list) = clients.get_mut(&user) {
                let before = list.len();
                list.retain(|c| c.id != id);
                if list.len() < before {
                    metrics::gauge!("retract_websocket_connections").decrement(1.0);
                }
                if list.is_empty() {
                    clients.remove(&user);
                }
            }
        }
    }

    /// Closes this node's sockets opened with a session that just ended (logout): dropping a
    /// client's queue ends its socket loop, which sends a close frame.
    pub fn end_session(&self, user: UserId, session: [u8; 32]) {
        let ended: Vec<u64> = self
            .clients
            .read()
            .map(|clients| {
                clients
                    .get(&user)
                    .into_iter()
                    .flatten()
                    .filter(|c| c.session == session)
                    .map(|c| c.id)
                    .collect()
            })
            .unwrap_or_default();
        for id in ended {
            self.unregister(user, id);
        }
    }

    pub fn connection_count(&self) -> usize {
        self.clients
            .read()
            .map(|c| c.values().map(Vec::len).sum())
            .unwrap_or(0)
    }
}

/// The query of `GET /api/v1/events`.
#[derive(Debug, Default, Deserialize)]
pub struct EventsQuery {
    /// The last message id the client saw: after `ready`, the socket first replays what the
    /// client missed (see [`replay`]).
    pub since: Option<i64>,
}

/// `GET /api/v1/events`: the WebSocket of live events. Browsers authenticate with their session
/// cookie and must come from this site (a cross-site page cannot open it with their cookie).
///
/// The first frame is `{"type":"ready"}`, sent once the socket is subscribed; then one JSON
/// object per event, `{"type","conversation_id","message","at"}` (`message.created`,
/// `message.edited`, `message.unsent`, `message.hidden`, `incident.opened`…), only for the
/// caller's conversations. The socket closes with code 4401 when its session ends.
#[utoipa::path(get, path = "/api/v1/events",
    params(
        ("token" = Option<String>, Query, description = "The bearer token (a browser sends its session cookie instead)"),
        ("since" = Option<i64>, Query, description = "The last message id the client saw: missed events are replayed after `ready`"),
    ),
    responses((status = 101, description = "Switching to the WebSocket protocol"),
        (status = 401, description = "unauthorized", body = crate::api::ErrorBody)))]
pub async fn events_socket(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    crate::api::ApiQuery(query): crate::api::ApiQuery<EventsQuery>,
    upgrade: WebSocketUpgrade,
) -> ApiResult<Response> {
    if let AuthVia::Cookie { .. } = caller.via {
        let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
        let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
        let same_site = match (origin, host) {
            (Some(origin), Some(host)) => origin.split("://").nth(1) == Some(host),
            (None, _) => true,
            _ => false,
        };
        if !same_site {
            return Err(ApiError::forbidden(
                "cross_site_socket",
                "This socket only accepts this site's pages.",
            ));
        }
    }
    let since = query.since.map(MessageId);
    Ok(upgrade
        // Clients send almost nothing on this socket: small buffers keep idle connections cheap.
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .max_message_size(64 * 1024)
        .on_upgrade(move |socket| run_socket(state, caller, since, socket)))
}

async fn run_socket(state: AppState, caller: Caller, since: Option<MessageId>, socket: WebSocket) {
    let user = caller.user.id;
    let (client_id, mut events) = state
        .hub
        .register(user, caller.user.role, caller.token_hash);
    // The socket lives no longer than its session: closed when it expires, when it is logged
    // out (`Hub::end_session`), or when a periodic check no longer finds it.
    let left = caller
        .expires_at
        .saturating_sub(crate::state::now_millis())
        .max(0);
    let expiry = tokio::time::sleep(std::time::Duration::from_millis(left as u64));
    tokio::pin!(expiry);
    let mut recheck = tokio::time::interval_at(
        tokio::time::Instant::now() + SESSION_RECHECK,
        SESSION_RECHECK,
    );
    let mut closing = state.hub.closing.subscribe();
    let (mut sink, mut incoming) = socket.split();
    // Subscribed before "ready" goes out: every event committed after it reaches this client.
    let mut open = sink
        .send(Message::Text(r#"{"type":"ready"}"#.into()))
        .await
        .is_ok();
    // Then the backlog, read after subscribing so nothing falls between the two (an event may
    // come twice: clients keep the latest state per message id).
    if let (true, Some(since)) = (open, since) {
        let frames = match replay(&state, &caller, since).await {
            Ok(frames) => frames,
            Err(e) => {
                tracing::warn!(error = ?e.code, "cannot replay missed events");
                vec![json!({"type": "resume.failed"}).to_string()]
            }
        };
        for frame in frames {
            if sink.send(Message::Text(frame.into())).await.is_err() {
                open = false;
                break;
            }
        }
    }
    if open {
        loop {
            tokio::select! {
                event = events.recv() => match event {
                    Some(payload) => {
                        if sink.send(Message::Text(payload.as_ref().into())).await.is_err() {
                            break;
                        }
                    }
                    None => {
                        // Dropped by the hub: the session ended, or the client fell too far
                        // behind (it reconnects and catches up from history).
                        if let Ok(None) = state.session(caller.token_hash).await {
                            let _ = sink.send(session_ended()).await;
                        } else {
                            let _ = sink.send(Message::Close(None)).await;
                        }
                        break;
                    }
                },
                () = &mut expiry => {
                    let _ = sink.send(session_ended()).await;
                    break;
                }
                _ = recheck.tick() => {
                    if let Ok(None) = state.session(caller.token_hash).await {
                        let _ = sink.send(session_ended()).await;
                        break;
                    }
                }
                _ = closing.changed() => {
                    let _ = sink.send(Message::Close(None)).await;
                    break;
                }
                frame = incoming.next() => match frame {
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                    Some(Ok(_)) => {}
                },
            }
        }
    }
    state.hub.unregister(user, client_id);
}

/// The close frame of a socket whose session ended: code 4401 ("unauthorized", in the range
/// left to applications), so that a client logs in again rather than reconnecting.
fn session_ended() -> Message {
    Message::Close(Some(axum::extract::ws::CloseFrame {
        code: 4401,
        reason: "session ended".into(),
    }))
}

/// Most messages replayed per conversation; beyond it the client reloads that conversation's
/// history (`resume.done` lists it under `truncated`).
const REPLAY_MAX: usize = 1000;
/// How many messages at or before `since` are looked at, per conversation, for removals the
/// client may have missed.
const REPLAY_LOOKBACK: usize = 200;
const REPLAY_PAGE: u32 = 200;

/// The frames that bring a client back up to date after `since` (the last message id it saw),
/// as this caller may see them, oldest first, then `{"type":"resume.done","since","truncated"}`:
///
/// - every message of the caller's conversations with an id above `since`, as `message.created`
///   in its current state (current body, or a tombstone without body as `message.unsent`);
/// - `message.unsent` for the last [`REPLAY_LOOKBACK`] messages at or before `since` of each
///   conversation that were removed after the `since` message was sent.
///
/// Edits of messages at or before `since` are not replayed: a client reloads a conversation's
/// history when it needs them.
pub async fn replay(state: &AppState, caller: &Caller, since: MessageId) -> ApiResult<Vec<String>> {
    let ws = caller.user.workspace_id;
    let user = caller.user.id;
    let guest = caller.user.role == Role::Guest;
    let settings = state.runtime(ws).await?.settings;
    // Removals after this moment may have been missed (unknown id: none).
    let cutoff = state.store.message(ws, since).await?.map(|m| m.sent_at);
    let mut missed = Vec::new();
    let mut truncated = Vec::new();
    for conversation in state.store.conversations_for(ws, user).await? {
        let mut before = None;
        let mut newer = 0usize;
        let mut older = 0usize;
        'pages: loop {
            let page = state
                .store
                .messages(ws, conversation.id, user, before, REPLAY_PAGE)
                .await?;
            for m in page.iter().rev() {
                if m.id > since {
                    if newer == REPLAY_MAX {
                        truncated.push(conversation.id);
                        break 'pages;
                    }
                    newer += 1;
                    missed.push(m.clone());
                } else {
                    if older == REPLAY_LOOKBACK {
                        break 'pages;
                    }
                    older += 1;
                    let removed_since = match (&m.removal, cutoff) {
                        (Some(r), Some(cutoff)) => r.at >= cutoff,
                        _ => false,
                    };
                    if m.state == MessageState::Unsent && removed_since {
                        missed.push(m.clone());
                    }
                }
            }
            match page.first() {
                Some(first) if page.len() == REPLAY_PAGE as usize => before = Some(first.id),
                _ => break,
            }
        }
    }
    missed.sort_by_key(|m| m.id);
    let mut frames: Vec<String> = missed
        .iter()
        .map(|m| {
            let kind = match m.state {
                MessageState::Visible => "message.created",
                MessageState::Unsent => "message.unsent",
            };
            let at = m.removal.as_ref().map_or(m.sent_at, |r| r.at);
            let event =
                crate::view::message_event(kind, m, Vec::new(), settings.show_reason_to_guests, at);
            let payload = if guest {
                event.guest_payload
            } else {
                event.team_payload
            };
            payload.to_string()
        })
        .collect();
    frames.push(json!({"type": "resume.done", "since": since, "truncated": truncated}).to_string());
    Ok(frames)
}

/// Publishes `payload` (stamped with the time) to the workspace's leads and owners except
/// `except`: a message waiting for approval, an unsend request, an escalated incident.
pub async fn notify_leads(
    state: &AppState,
    ws: WorkspaceId,
    except: UserId,
    conversation_id: Option<ConversationId>,
    mut payload: serde_json::Value,
) {
    let Ok(users) = state.store.users(ws).await else {
        return;
    };
    let approvers = users
        .iter()
        .filter(|u| matches!(u.role, Role::Lead | Role::Owner) && u.id != except)
        .map(|u| u.id);
    // A client only receives the events of its own conversations (the interface's promise), yet
    // every approver decides, member or not: those outside the conversation get the event without
    // it (its type, the message or incident id for the queue, the time), enough to update their
    // bell and queue, nothing about a conversation they do not read.
    let members: Option<Vec<UserId>> = match conversation_id {
        // A conversation or membership that cannot be read: nobody is told more than an
        // outsider would be.
        Some(id) => Some(
            state
                .conversation(ws, id)
                .await
                .ok()
                .flatten()
                .map(|c| c.members.iter().map(|m| m.id).collect())
                .unwrap_or_default(),
        ),
        None => None,
    };
    let (inside, outside): (Vec<UserId>, Vec<UserId>) =
        approvers.partition(|u| members.as_ref().is_none_or(|m| m.contains(u)));
    payload["at"] = json!(crate::view::rfc3339(crate::state::now_millis()));
    let publish = |recipients: Vec<UserId>, payload: &serde_json::Value| {
        if recipients.is_empty() {
            return;
        }
        let payload: Arc<str> = payload.to_string().into();
        state.hub.publish(Event {
            workspace_id: Some(ws),
            conversation_id,
            recipients,
            team_payload: payload.clone(),
            guest_payload: payload,
            settings_changed: false,
            ended_session: None,
        });
    };
    publish(inside, &payload);
    let mut outsider = serde_json::Map::new();
    for key in ["type", "incident_id", "at"] {
        if let Some(value) = payload.get(key) {
            outsider.insert(key.into(), value.clone());
        }
    }
    if let Some(id) = payload.pointer("/message/id") {
        outsider.insert("message".into(), json!({ "id": id }));
    }
    publish(outside, &serde_json::Value::Object(outsider));
}
