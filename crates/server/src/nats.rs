//! Events across nodes: a [`RemoteBus`] over NATS, for several nodes sharing one PostgreSQL
//! database.
//!
//! - **Subjects**: one hierarchy per deployment, workspace and conversation,
//!   `retract.<deployment>.ws.<workspace_id>.conv.<conversation_id>` (an event without a
//!   conversation goes to `retract.<deployment>.ws.<workspace_id>.other`). `<deployment>` is the
//!   master key's [`MasterKey::deployment_tag`]: two deployments sharing a NATS server (staging
//!   and production, test runs) number their workspaces, conversations and users alike, and
//!   would otherwise deliver each other's messages. Every node subscribes to
//!   `retract.<deployment>.ws.>` and hands what it receives to [`Hub::deliver_local`], which
//!   only forwards an event to the WebSocket clients it names (recipients and guest/team payloads are fixed when the event is made, on the node that
//!   committed it). A node's own events come back the same way, so all nodes deliver alike.
//! - **Never on the request path**: [`RemoteBus::publish`] only puts the event in a bounded queue
//!   drained by one task; when the queue is full (NATS down for long) the event is dropped and
//!   counted. Storage is the source of truth: a stored message is never lost, and a client that
//!   missed events resumes from history (`GET /api/v1/events?since=<message id>`).
//! - **Failing fast**: [`NatsBus::connect`] gives up after at most 5 s with one clear error when
//!   the URL is wrong or the server unreachable. Once connected, the client reconnects on its
//!   own, forever, and resubscribes.
//! - **Client**: `async-nats`, the NATS maintainers' own async Rust client (tokio-based, like the
//!   rest of the server), with its default features off: no JetStream, KV or object store, only
//!   core publish/subscribe.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::mpsc;

use retract_store::vault::MasterKey;

use crate::events::{Event, Hub, RemoteBus};
/// How long connecting may take before `retract` gives up with an error.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Events waiting to be handed to the NATS client; beyond this they are dropped (clients catch
/// up from history).
const OUTBOX: usize = 8192;

/// The subject of one event of deployment `tag`.
pub fn subject(tag: &str, event: &Event) -> String {
    let ws = event
        .workspace_id
        .map(|w| w.0.to_string())
        .unwrap_or_else(|| "_".into());
    match event.conversation_id {
        Some(c) => format!("retract.{tag}.ws.{ws}.conv.{}", c.0),
        None => format!("retract.{tag}.ws.{ws}.other"),
    }
}

/// A connection to NATS that carries this node's events to every node.
pub struct NatsBus {
    client: async_nats::Client,
    outbox: mpsc::Sender<(String, Vec<u8>)>,
    /// The deployment's tag in every subject (see the module's notes).
    tag: String,
}

impl NatsBus {
    /// Connects to `url` (`nats://host:port`, several separated by commas) for the deployment
    /// of `master_key`. Fails within about 5 s, with a one-line error, when the URL is wrong or
    /// nothing answers.
    pub async fn connect(url: &str, master_key: &MasterKey) -> anyhow::Result<NatsBus> {
        let shown = redact(url);
        let scheme_ok = url.split(',').all(|u| {
            let u = u.trim();
            u.starts_with("nats://") || u.starts_with("tls://")
        });
        if !scheme_ok {
            anyhow::bail!("RETRACT_NATS_URL must start with nats:// or tls:// (got {shown})");
        }
        let options = async_nats::ConnectOptions::new()
            .name("retract")
            .connection_timeout(CONNECT_TIMEOUT)
            .max_reconnects(None)
            .event_callback(|event| async move {
                match event {
                    async_nats::Event::Connected => tracing::info!("NATS connected"),
                    async_nats::Event::Disconnected => {
                        tracing::warn!("NATS disconnected; live events pause until it is back")
                    }
                    other => tracing::warn!(event = %other, "NATS"),
                }
            });
        let client = match tokio::time::timeout(CONNECT_TIMEOUT, options.connect(url)).await {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => anyhow::bail!("cannot connect to NATS at {shown}: {e}"),
            Err(_) => anyhow::bail!(
                "cannot connect to NATS at {shown}: no answer within {} s",
                CONNECT_TIMEOUT.as_secs()
            ),
        };
        let (outbox, mut queued) = mpsc::channel::<(String, Vec<u8>)>(OUTBOX);
        let publisher = client.clone();
        tokio::spawn(async move {
            while let Some((subject, payload)) = queued.recv().await {
                if let Err(e) = publisher.publish(subject, payload.into()).await {
                    metrics::counter!("retract_nats_publish_failed_total").increment(1);
                    tracing::warn!(error = %e, "cannot publish an event to NATS");
                }
            }
        });
        Ok(NatsBus {
            client,
            outbox,
            tag: master_key.deployment_tag(),
        })
    }

    /// Subscribes to every workspace's events and delivers them to this node's clients, in a
    /// task of its own. Call once, before [`Hub::set_remote`].
    pub async fn deliver_to(&self, hub: Arc<Hub>) -> anyhow::Result<tokio::task::JoinHandle<()>> {
        let mut subscription = self
            .client
            .subscribe(format!("retract.{}.ws.>", self.tag))
            .await
            .map_err(|e| anyhow::anyhow!("cannot subscribe to NATS events: {e}"))?;
        // Make sure the server has the subscription before anything is published.
        self.client
            .flush()
            .await
            .map_err(|e| anyhow::anyhow!("cannot subscribe to NATS events: {e}"))?;
        Ok(tokio::spawn(async move {
            while let Some(message) = subscription.next().await {
                match serde_json::from_slice::<Event>(&message.payload) {
                    Ok(event) => hub.deliver_local(&event),
                    Err(e) => {
                        metrics::counter!("retract_nats_bad_events_total").increment(1);
                        tracing::warn!(subject = %message.subject, error = %e, "ignoring a malformed event from NATS");
                    }
                }
            }
            tracing::error!("the NATS subscription ended; no more events from other nodes");
        }))
    }
}

impl RemoteBus for NatsBus {
    fn publish(&self, event: &Event) {
        let payload = match serde_json::to_vec(event) {
            Ok(p) => p,
            Err(e) => {
                tracing::error!(error = %e, "cannot serialise an event");
                return;
            }
        };
        if self
            .outbox
            .try_send((subject(&self.tag, event), payload))
            .is_err()
        {
            metrics::counter!("retract_nats_events_dropped_total").increment(1);
            tracing::warn!("NATS outbox full; event dropped (clients catch up from history)");
        }
    }
}

/// A URL without its password, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{}@{}", &url[..scheme + 3], user, &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use retract_domain::{ConversationId, UserId, WorkspaceId};

    fn event(ws: Option<i64>, conv: Option<i64>) -> Event {
        Event {
            recipients: vec![UserId(1)],
            team_payload: "{}".into(),
            guest_payload: "{}".into(),
            workspace_id: ws.map(WorkspaceId),
            conversation_id: conv.map(ConversationId),
            settings_changed: false,
            ended_session: None,
        }
    }

    #[test]
    fn subjects_follow_workspace_and_conversation() {
        assert_eq!(
            subject("0a1b", &event(Some(3), Some(17))),
            "retract.0a1b.ws.3.conv.17"
        );
        assert_eq!(
            subject("0a1b", &event(Some(3), None)),
            "retract.0a1b.ws.3.other"
        );
        assert_eq!(
            subject("0a1b", &event(None, None)),
            "retract.0a1b.ws._.other"
        );
    }

    #[test]
    fn events_cross_the_wire_unchanged() {
        let e = event(Some(1), Some(2));
        let back: Event = serde_json::from_slice(&serde_json::to_vec(&e).unwrap()).unwrap();
        assert_eq!(back.recipients, e.recipients);
        assert_eq!(back.conversation_id, e.conversation_id);
        assert_eq!(back.workspace_id, e.workspace_id);
        assert_eq!(back.team_payload, e.team_payload);
    }

    #[test]
    fn passwords_stay_out_of_errors() {
        assert_eq!(redact("nats://u:secret@h:4222"), "nats://u@h:4222");
        assert_eq!(redact("nats://h:4222"), "nats://h:4222");
    }

    #[tokio::test]
    async fn a_wrong_scheme_is_one_clear_line() {
        let err = NatsBus::connect("http://127.0.0.1:4222", &MasterKey::generate())
            .await
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("nats://"), "{err}");
        assert!(!err.contains('\n'));
    }
}
