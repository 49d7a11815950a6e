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
use retract_domain::{Role, UserId};
use serde::{Deserialize, Serialize};
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
}

struct Client {
    id: u64,
    guest: bool,
    tx: mpsc::Sender<Arc<str>>,
}

/// Where events go beyond this node (NATS in a multi-node deployment).
pub trait RemoteBus: Send + Sync {
    fn publish(&self, event: &Event);
}

/// In-process fan-out to this node's WebSocket clients.
pub struct Hub {
    clients: RwLock<HashMap<UserId, Vec<Client>>>,
    next_id: AtomicU64,
    remote: RwLock<Option<Arc<dyn RemoteBus>>>,
    /// Flips to `true` when the server shuts down, so sockets close and the drain can finish.
    closing: tokio::sync::watch::Sender<bool>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            clients: RwLock::default(),
            next_id: AtomicU64::new(0),
            remote: RwLock::default(),
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

    pub fn deliver_local(&self, event: &Event) {
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

    fn register(&self, user: UserId, role: Role) -> (u64, mpsc::Receiver<Arc<str>>) {
        let (tx, rx) = mpsc::channel(CLIENT_QUEUE);
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut clients) = self.clients.write() {
            clients.entry(user).or_default().push(Client {
                id,
                guest: role == Role::Guest,
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

    pub fn connection_count(&self) -> usize {
        self.clients
            .read()
            .map(|c| c.values().map(Vec::len).sum())
            .unwrap_or(0)
    }
}

/// `GET /api/v1/events`: the WebSocket of live events. Browsers authenticate with their session
/// cookie and must come from this site (a cross-site page cannot open it with their cookie).
pub async fn events_socket(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
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
    Ok(upgrade.on_upgrade(move |socket| run_socket(state, caller, socket)))
}

async fn run_socket(state: AppState, caller: Caller, socket: WebSocket) {
    let user = caller.user.id;
    let (client_id, mut events) = state.hub.register(user, caller.user.role);
    let mut closing = state.hub.closing.subscribe();
    let (mut sink, mut incoming) = socket.split();
    // Subscribed before "ready" goes out: every event committed after it reaches this client.
    if sink
        .send(Message::Text(r#"{"type":"ready"}"#.into()))
        .await
        .is_ok()
    {
        loop {
            tokio::select! {
                event = events.recv() => match event {
                    Some(payload) => {
                        if sink.send(Message::Text(payload.as_ref().into())).await.is_err() {
                            break;
                        }
                    }
                    None => break,
                },
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
