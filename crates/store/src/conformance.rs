//! The conformance suite every [`Store`] backend must pass.
//!
//! Each check takes a fresh, empty store. A backend's test file instantiates the whole suite with
//! [`conformance_suite!`](crate::conformance_suite):
//!
//! ```ignore
//! retract_store::conformance_suite!(async { make_fresh_store().await });
//! ```

use retract_domain::{FollowupItem, IncidentStatus, MessageBody, Reason, Role};

use crate::*;

/// A workspace with a cm, a lead and a guest sharing one conversation.
pub struct Fixture {
    pub ws: WorkspaceId,
    pub cm: UserId,
    pub lead: UserId,
    pub guest: UserId,
    pub conversation: ConversationId,
}

pub async fn fixture(store: &dyn Store, slug: &str) -> Fixture {
    let ws = store
        .create_workspace(slug, "Brand", 1)
        .await
        .expect("workspace");
    let mut ids = Vec::new();
    for (email, role) in [
        ("cm@x.test", Role::Cm),
        ("lead@x.test", Role::Lead),
        ("guest@x.test", Role::Guest),
    ] {
        let id = store
            .create_user(NewUser {
                workspace_id: ws,
                email,
                name: email,
                role,
                password_hash: "h",
                now: 1,
            })
            .await
            .expect("user");
        ids.push(id);
    }
    let conversation = store
        .create_conversation(ws, Some("Launch"), ids[0], &ids, 1)
        .await
        .expect("conversation");
    Fixture {
        ws,
        cm: ids[0],
        lead: ids[1],
        guest: ids[2],
        conversation,
    }
}

pub async fn send(
    store: &dyn Store,
    f: &Fixture,
    author: UserId,
    text: &str,
    now: Millis,
) -> StoredMessage {
    send_reply(store, f, author, text, None, now).await
}

pub async fn send_reply(
    store: &dyn Store,
    f: &Fixture,
    author: UserId,
    text: &str,
    reply_to: Option<MessageId>,
    now: Millis,
) -> StoredMessage {
    store
        .send_message(NewMessage {
            reply_to,
            ..draft(f, author, text, now)
        })
        .await
        .expect("send")
        .message
}

/// A plain message of `author` in the fixture's conversation, delivered at once: the base that
/// tests change a field or two of.
pub fn draft(f: &Fixture, author: UserId, text: &str, now: Millis) -> NewMessage {
    let body = MessageBody::parse(text).expect("body");
    NewMessage::delivered(f.ws, f.conversation, author, body, now)
}

/// A replacement text the guard found nothing in.
pub fn clean_text(text: &str) -> NewText {
    NewText {
        body: MessageBody::parse(text).expect("body"),
        verdict: Some("allow".into()),
        findings: None,
        flag: false,
    }
}

pub async fn unsend(
    store: &dyn Store,
    f: &Fixture,
    id: MessageId,
    by: UserId,
    now: Millis,
) -> IncidentId {
    store
        .remove_message(
            Removal {
                workspace_id: f.ws,
                message_id: id,
                actor: by,
                actor_role: Role::Cm,
                kind: IncidentKind::Unsend,
                reason: Reason::Confidential,
                note: Some("wrong date".into()),
                advice: serde_json::json!({"recommendation": "unsend"}),
                ledger_data: serde_json::Value::Null,
                advice_followed: true,
                escalated: false,
                now,
            },
            vault(f.ws),
        )
        .await
        .expect("unsend")
        .1
}

/// A fixed evidence key per workspace, for tests.
pub fn vault(ws: WorkspaceId) -> std::sync::Arc<crate::vault::WorkspaceKey> {
    let mut bytes = [7; 32];
    bytes[..8].copy_from_slice(&ws.0.to_be_bytes());
    std::sync::Arc::new(crate::vault::WorkspaceKey::from_bytes(bytes))
}

pub async fn messages_round_trip_in_order_with_paging(store: &dyn Store) {
    let f = fixture(store, "paging").await;
    let mut ids = Vec::new();
    for i in 0..7 {
        ids.push(
            send(store, &f, f.cm, &format!("message {i}"), 10 + i)
                .await
                .id,
        );
    }
    let newest = store
        .messages(f.ws, f.conversation, f.guest, None, 3)
        .await
        .unwrap();
    assert_eq!(
        newest.iter().map(|m| m.id).collect::<Vec<_>>(),
        ids[4..7].to_vec()
    );
    let older = store
        .messages(f.ws, f.conversation, f.guest, Some(ids[4]), 3)
        .await
        .unwrap();
    assert_eq!(
        older.iter().map(|m| m.id).collect::<Vec<_>>(),
        ids[1..4].to_vec()
    );
    assert_eq!(older[0].body.as_deref(), Some("message 1"));
    assert_eq!(older[0].author, f.cm);
}

pub async fn client_id_makes_sends_idempotent(store: &dyn Store) {
    let f = fixture(store, "idem").await;
    let new = |text: &str| NewMessage {
        client_id: Some("c-1".into()),
        ..draft(&f, f.cm, text, 5)
    };
    let first = store.send_message(new("hello")).await.unwrap();
    let again = store.send_message(new("hello again")).await.unwrap();
    assert!(first.created && !again.created);
    assert_eq!(first.message.id, again.message.id);
    assert_eq!(again.message.body.as_deref(), Some("hello"));
    assert_eq!(
        store
            .messages(f.ws, f.conversation, f.cm, None, 50)
            .await
            .unwrap()
            .len(),
        1
    );
}

/// The message a send returns is the message as stored: what a later read gives back, for a
/// plain send, a reply (with its quote), a held send with findings, and a reply to an unsent
/// message (whose quote has no text).
pub async fn a_send_returns_the_message_as_stored(store: &dyn Store) {
    let f = fixture(store, "returned").await;
    let read_back = |m: &StoredMessage| {
        let id = m.id;
        async move { store.message(f.ws, id).await.unwrap().unwrap() }
    };
    let plain = send(store, &f, f.cm, "Bonjour à tous", 10).await;
    assert_eq!(plain, read_back(&plain).await);
    assert_eq!(plain.author_name, "cm@x.test");
    assert_eq!(plain.author_role, Role::Cm);
    let reply = send_reply(store, &f, f.guest, "Merci !", Some(plain.id), 11).await;
    assert_eq!(reply, read_back(&reply).await);
    let quote = reply.reply_to.as_ref().expect("a quote");
    assert_eq!((quote.id, quote.author), (plain.id, f.cm));
    assert_eq!(quote.snippet.as_deref(), Some("Bonjour à tous"));
    let held = store
        .send_message(NewMessage {
            client_id: Some("held-1".into()),
            reply_to: Some(reply.id),
            status: crate::DeliveryStatus::PendingGrace,
            deliver_at: Some(30),
            verdict: Some("warn".into()),
            findings: Some(serde_json::json!([{"kind": "phone", "start": 10, "end": 24}])),
            ..draft(&f, f.lead, "Appelez le 06 12 34 56 78", 12)
        })
        .await
        .unwrap()
        .message;
    assert_eq!(held, read_back(&held).await);
    assert_eq!(held.deliver_at, Some(30));
    unsend(store, &f, plain.id, f.cm, 13).await;
    let to_unsent = send_reply(store, &f, f.guest, "Ah ?", Some(plain.id), 14).await;
    assert_eq!(to_unsent, read_back(&to_unsent).await);
    assert_eq!(
        to_unsent.reply_to.as_ref().map(|q| q.snippet.clone()),
        Some(None)
    );
}

pub async fn unsent_text_is_gone_from_every_member_view(store: &dyn Store) {
    let f = fixture(store, "unsend").await;
    let secret = send(store, &f, f.cm, "launch date zephyrine first draft", 10).await;
    store
        .edit_message(
            f.ws,
            secret.id,
            clean_text("launch date zephyrine corrected"),
            11,
        )
        .await
        .unwrap();
    let reply = send_reply(store, &f, f.guest, "ok noted", Some(secret.id), 12).await;
    assert!(reply
        .reply_to
        .as_ref()
        .unwrap()
        .snippet
        .as_deref()
        .unwrap()
        .contains("zephyrine"));
    assert_eq!(
        store
            .search(f.ws, f.guest, "zephyrine", None, 20)
            .await
            .unwrap()
            .len(),
        1
    );

    let incident = unsend(store, &f, secret.id, f.cm, 13).await;

    let history = store
        .messages(f.ws, f.conversation, f.guest, None, 50)
        .await
        .unwrap();
    let tomb = history.iter().find(|m| m.id == secret.id).unwrap();
    assert_eq!(tomb.state, MessageState::Unsent);
    assert_eq!(tomb.body, None);
    let removal = tomb.removal.as_ref().unwrap();
    assert_eq!(
        (removal.by, removal.role, removal.reason),
        (f.cm, Role::Cm, Reason::Confidential)
    );
    let quoted = history.iter().find(|m| m.id == reply.id).unwrap();
    assert_eq!(quoted.reply_to.as_ref().unwrap().snippet, None);
    assert!(store
        .message_versions(f.ws, secret.id)
        .await
        .unwrap()
        .is_empty());
    assert!(store
        .search(f.ws, f.guest, "zephyrine", None, 20)
        .await
        .unwrap()
        .is_empty());
    assert!(store
        .search(f.ws, f.cm, "draft", None, 20)
        .await
        .unwrap()
        .is_empty());
    let stored = store.message(f.ws, secret.id).await.unwrap().unwrap();
    assert_eq!(stored.body, None);
    for conv in store.conversations_for(f.ws, f.guest).await.unwrap() {
        let text = serde_json::to_string(&conv).unwrap();
        assert!(!text.contains("zephyrine"), "preview leaks: {text}");
    }
    // The evidence keeps the original and every earlier version, for owner/auditor.
    let sealed = store
        .incident_evidence(f.ws, incident)
        .await
        .unwrap()
        .unwrap();
    let opened = vault(f.ws).open(f.ws, incident, &sealed).unwrap();
    let evidence = String::from_utf8(opened.content.to_vec()).unwrap();
    assert!(evidence.contains("first draft") && evidence.contains("corrected"));
    // Sealed: the stored ciphertext does not hold the text.
    assert!(!String::from_utf8_lossy(&sealed.ciphertext).contains("zephyrine"));
    // Unsending twice is a conflict and changes nothing.
    let again = store
        .remove_message(
            Removal {
                workspace_id: f.ws,
                message_id: secret.id,
                actor: f.cm,
                actor_role: Role::Cm,
                kind: IncidentKind::Unsend,
                reason: Reason::Typo,
                note: None,
                advice: serde_json::Value::Null,
                ledger_data: serde_json::Value::Null,
                advice_followed: true,
                escalated: false,
                now: 14,
            },
            vault(f.ws),
        )
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))));
}

pub async fn search_finds_only_current_text_of_member_conversations(store: &dyn Store) {
    let f = fixture(store, "search").await;
    let m = send(store, &f, f.cm, "Le prix est 49 euros", 10).await;
    store
        .edit_message(f.ws, m.id, clean_text("Le tarif est 59 euros"), 11)
        .await
        .unwrap();
    assert!(store
        .search(f.ws, f.guest, "prix", None, 20)
        .await
        .unwrap()
        .is_empty());
    let hits = store
        .search(f.ws, f.guest, "TARIF", None, 20)
        .await
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].message_id, m.id);
    // Prefix of the last word, operators in the input taken as text.
    assert_eq!(
        store
            .search(f.ws, f.guest, "tar", None, 20)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(store
        .search(f.ws, f.guest, "\"tarif OR NEAR(", None, 20)
        .await
        .is_ok());
    // Hidden for one member only.
    store.hide_message(f.ws, m.id, f.guest).await.unwrap();
    assert!(store
        .search(f.ws, f.guest, "tarif", None, 20)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .search(f.ws, f.lead, "tarif", None, 20)
            .await
            .unwrap()
            .len(),
        1
    );
    // Not a member: nothing.
    let outsider = store
        .create_user(NewUser {
            workspace_id: f.ws,
            email: "out@x.test",
            name: "Out",
            role: Role::Cm,
            password_hash: "h",
            now: 1,
        })
        .await
        .unwrap();
    assert!(store
        .search(f.ws, outsider, "tarif", None, 20)
        .await
        .unwrap()
        .is_empty());
}

pub async fn hidden_messages_leave_only_that_members_history(store: &dyn Store) {
    let f = fixture(store, "hide").await;
    let m = send(store, &f, f.guest, "hello", 10).await;
    store.hide_message(f.ws, m.id, f.cm).await.unwrap();
    assert!(store
        .messages(f.ws, f.conversation, f.cm, None, 50)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .messages(f.ws, f.conversation, f.lead, None, 50)
            .await
            .unwrap()
            .len(),
        1
    );
}

pub async fn unread_counts_follow_the_read_marker(store: &dyn Store) {
    let f = fixture(store, "unread").await;
    let mut last = None;
    for i in 0..3 {
        last = Some(send(store, &f, f.cm, &format!("m{i}"), 10 + i).await.id);
    }
    let unread = |list: Vec<ConversationSummary>| list[0].unread;
    assert_eq!(
        unread(store.conversations_for(f.ws, f.guest).await.unwrap()),
        3
    );
    assert_eq!(
        unread(store.conversations_for(f.ws, f.cm).await.unwrap()),
        0
    );
    store
        .mark_read(f.ws, f.conversation, f.guest, last.unwrap())
        .await
        .unwrap();
    assert_eq!(
        unread(store.conversations_for(f.ws, f.guest).await.unwrap()),
        0
    );
    // The marker never moves back.
    store
        .mark_read(f.ws, f.conversation, f.guest, MessageId(0))
        .await
        .unwrap();
    assert_eq!(
        unread(store.conversations_for(f.ws, f.guest).await.unwrap()),
        0
    );
}

pub async fn workspaces_are_isolated(store: &dyn Store) {
    let a = fixture(store, "alpha").await;
    let b = fixture(store, "beta").await;
    let m = send(store, &a, a.cm, "alpha only", 10).await;
    assert!(store.message(b.ws, m.id).await.unwrap().is_none());
    assert!(store
        .conversation(b.ws, a.conversation)
        .await
        .unwrap()
        .is_none());
    assert!(store.user(b.ws, a.cm).await.unwrap().is_none());
    assert!(matches!(
        store.hide_message(b.ws, m.id, b.cm).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.edit_message(b.ws, m.id, clean_text("x"), 11).await,
        Err(StoreError::NotFound)
    ));
    // A conversation cannot include another workspace's user.
    assert!(matches!(
        store
            .create_conversation(a.ws, None, a.cm, &[b.guest], 1)
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(store
        .search(b.ws, b.cm, "alpha", None, 20)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store.workspace_by_slug("beta").await.unwrap().unwrap().id,
        b.ws
    );
    assert!(matches!(
        store.create_workspace("alpha", "again", 2).await,
        Err(StoreError::Conflict(_))
    ));
}

pub async fn users_sessions_and_settings(store: &dyn Store) {
    let f = fixture(store, "auth").await;
    let dup = store
        .create_user(NewUser {
            workspace_id: f.ws,
            email: "CM@x.test",
            name: "dup",
            role: Role::Cm,
            password_hash: "h",
            now: 1,
        })
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))));
    let (user, hash) = store
        .user_by_email(f.ws, "Cm@X.test")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((user.id, hash.as_str()), (f.cm, "h"));
    let token = [7u8; 32];
    store
        .create_session(token, f.cm, "csrf", 100, 200)
        .await
        .unwrap();
    assert_eq!(
        store.session(token, 150).await.unwrap().unwrap().user.id,
        f.cm
    );
    assert!(
        store.session(token, 200).await.unwrap().is_none(),
        "expired"
    );
    store.delete_session(token).await.unwrap();
    assert!(store.session(token, 150).await.unwrap().is_none());

    let mut settings = store.settings(f.ws).await.unwrap();
    assert_eq!(settings, WorkspaceSettings::default());
    settings.unsend_window_seconds = 30;
    settings.confidential_terms = vec!["Projet Aurore".into()];
    store.save_settings(f.ws, &settings, None).await.unwrap();
    assert_eq!(store.settings(f.ws).await.unwrap(), settings);
}

pub async fn incidents_are_scoped_and_keep_removals(store: &dyn Store) {
    let f = fixture(store, "incidents").await;
    let own = send(store, &f, f.cm, "oops", 10).await;
    let guest_msg = send(store, &f, f.guest, "insult", 11).await;
    let i1 = unsend(store, &f, own.id, f.cm, 12).await;
    let (_, i2) = store
        .remove_message(
            Removal {
                workspace_id: f.ws,
                message_id: guest_msg.id,
                actor: f.lead,
                actor_role: Role::Lead,
                kind: IncidentKind::Moderation,
                reason: Reason::Insulting,
                note: None,
                advice: serde_json::Value::Null,
                ledger_data: serde_json::Value::Null,
                advice_followed: true,
                escalated: false,
                now: 13,
            },
            vault(f.ws),
        )
        .await
        .unwrap();
    let all = store
        .incidents(f.ws, IncidentScope::Workspace, IncidentFilter::default())
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    let mine = store
        .incidents(
            f.ws,
            IncidentScope::InvolvingUser(f.cm),
            IncidentFilter::default(),
        )
        .await
        .unwrap();
    assert_eq!(mine.iter().map(|i| i.id).collect::<Vec<_>>(), vec![i1]);
    let moderation = store.incident(f.ws, i2).await.unwrap().unwrap();
    assert_eq!(
        (moderation.kind, moderation.actor_role, moderation.author),
        (IncidentKind::Moderation, Role::Lead, f.guest)
    );
    assert_eq!(
        store
            .unsends_since(f.ws, f.conversation, f.cm, 0)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .unsends_since(f.ws, f.conversation, f.guest, 0)
            .await
            .unwrap(),
        0,
        "moderation is not the author's unsend"
    );
    let other = fixture(store, "incidents-other").await;
    assert!(store.incident(other.ws, i1).await.unwrap().is_none());
}

pub async fn replies_from_others_are_detected(store: &dyn Store) {
    let f = fixture(store, "replies").await;
    let m = send(store, &f, f.cm, "price is 10", 10).await;
    assert!(!store.has_replies_from_others(f.ws, m.id).await.unwrap());
    send_reply(store, &f, f.cm, "self follow-up", Some(m.id), 11).await;
    assert!(!store.has_replies_from_others(f.ws, m.id).await.unwrap());
    send_reply(store, &f, f.guest, "great", Some(m.id), 12).await;
    assert!(store.has_replies_from_others(f.ws, m.id).await.unwrap());
    // Replying to a message of another conversation is refused.
    let other = fixture(store, "replies-other").await;
    let res = store
        .send_message(NewMessage {
            reply_to: Some(m.id),
            ..draft(&other, other.cm, "x", 13)
        })
        .await;
    assert!(matches!(res, Err(StoreError::NotFound)));
}

/// A guest's message flagged when sent is listed for leads while it is delivered and visible;
/// removing it takes it off the list.
async fn flagged_guest_messages_are_listed_while_visible(store: &dyn Store, f: &Fixture) {
    let flagged = |text: &str, now: Millis| NewMessage {
        verdict: Some("needs_approval".into()),
        findings: Some(serde_json::json!([{"category": "insult", "kind": "insult"}])),
        flagged: true,
        ..draft(f, f.guest, text, now)
    };
    let first = store.send_message(flagged("you idiots", 30)).await.unwrap();
    send(store, f, f.guest, "thanks a lot", 31).await;
    let second = store
        .send_message(flagged("bunch of clowns", 32))
        .await
        .unwrap();
    let list = store.flagged_messages(f.ws, 50).await.unwrap();
    assert_eq!(
        list.iter().map(|m| m.id).collect::<Vec<_>>(),
        [second.message.id, first.message.id],
        "flagged ones only, newest first"
    );
    assert!(list[0].findings.is_some());
    unsend(store, f, second.message.id, f.lead, 33).await;
    let list = store.flagged_messages(f.ws, 50).await.unwrap();
    assert_eq!(
        list.iter().map(|m| m.id).collect::<Vec<_>>(),
        [first.message.id]
    );
    let other = fixture(store, "flags-other").await;
    assert!(store
        .flagged_messages(other.ws, 50)
        .await
        .unwrap()
        .is_empty());
    // A clean guest message edited into an insult is flagged; editing it clean again keeps
    // the flag (leads still see it, with its history), and the findings follow the text.
    let later = send(store, f, f.guest, "merci pour tout", 34).await;
    let insult = NewText {
        verdict: Some("needs_approval".into()),
        findings: Some(serde_json::json!([{"category": "insult", "kind": "insult"}])),
        flag: true,
        ..clean_text("bande de clowns")
    };
    let edited = store
        .edit_message(f.ws, later.id, insult, 35)
        .await
        .unwrap();
    assert!(edited.edited && edited.findings.is_some());
    let listed = |list: Vec<StoredMessage>| list.iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(
        listed(store.flagged_messages(f.ws, 50).await.unwrap()),
        [later.id, first.message.id]
    );
    let cleaned = store
        .edit_message(f.ws, later.id, clean_text("merci encore"), 36)
        .await
        .unwrap();
    assert_eq!(cleaned.findings, None);
    assert_eq!(
        listed(store.flagged_messages(f.ws, 50).await.unwrap()),
        [later.id, first.message.id]
    );
    let titles = store.conversation_titles(f.ws, 10).await.unwrap();
    assert_eq!(titles.len(), 1);
    assert_eq!(titles[0].0, f.conversation);
}

pub async fn held_messages_stay_invisible_until_delivered(store: &dyn Store) {
    let f = fixture(store, "held").await;
    let held = store
        .send_message(NewMessage {
            client_id: Some("h-1".into()),
            status: DeliveryStatus::PendingApproval,
            verdict: Some("needs_approval".into()),
            findings: Some(serde_json::json!([{"category": "pii"}])),
            approval_triggers: vec!["guard".into(), "onboarding".into()],
            ..draft(&f, f.cm, "tarif spécial vip", 10)
        })
        .await
        .unwrap()
        .message;
    assert_eq!(held.status, DeliveryStatus::PendingApproval);
    assert!(store
        .messages(f.ws, f.conversation, f.guest, None, 50)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .messages(f.ws, f.conversation, f.cm, None, 50)
            .await
            .unwrap()
            .len(),
        1,
        "the author sees it"
    );
    assert!(store
        .search(f.ws, f.guest, "tarif", None, 20)
        .await
        .unwrap()
        .is_empty());
    assert!(store
        .search(f.ws, f.cm, "tarif", None, 20)
        .await
        .unwrap()
        .is_empty());
    let inbox = store.conversations_for(f.ws, f.guest).await.unwrap();
    assert_eq!(
        (inbox[0].unread, inbox[0].last_message.is_none()),
        (0, true)
    );
    let pending = store
        .pending_messages(Some(f.ws), DeliveryStatus::PendingApproval)
        .await
        .unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].verdict.as_deref(), Some("needs_approval"));
    assert_eq!(pending[0].approval_triggers, ["guard", "onboarding"]);
    assert!(store
        .pending_messages(None, DeliveryStatus::PendingApproval)
        .await
        .unwrap()
        .iter()
        .any(|p| p.message.id == held.id));
    assert!(matches!(
        store.edit_message(f.ws, held.id, clean_text("x"), 11).await,
        Err(StoreError::Conflict(_))
    ));

    assert!(store.mark_escalated(f.ws, held.id, 12).await.unwrap());
    assert!(
        !store.mark_escalated(f.ws, held.id, 13).await.unwrap(),
        "escalated once"
    );
    let delivered = store
        .decide_message(
            f.ws,
            held.id,
            &[DeliveryStatus::PendingApproval],
            Decision::Deliver {
                corrected: Some(clean_text("tarif spécial corrigé")),
            },
            Some(f.lead),
            Some("ok with the fix"),
            20,
        )
        .await
        .unwrap();
    assert_eq!(
        (delivered.status, delivered.sent_at),
        (DeliveryStatus::Delivered, 20)
    );
    assert_eq!(delivered.body.as_deref(), Some("tarif spécial corrigé"));
    assert_eq!(
        delivered.findings, None,
        "the held text's findings went with it"
    );
    assert!(
        !delivered.edited,
        "a correction before delivery is not an edit"
    );
    assert_eq!(
        store
            .search(f.ws, f.guest, "corrigé", None, 20)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .messages(f.ws, f.conversation, f.guest, None, 50)
            .await
            .unwrap()
            .len(),
        1
    );
    let again = store
        .decide_message(
            f.ws,
            held.id,
            &[DeliveryStatus::PendingApproval],
            Decision::Cancel,
            Some(f.cm),
            None,
            21,
        )
        .await;
    assert!(
        matches!(again, Err(StoreError::Conflict(_))),
        "a delivered message cannot be cancelled"
    );
    flagged_guest_messages_are_listed_while_visible(store, &f).await;
    let decisions = store.message_decisions(f.ws, held.id).await.unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(
        (
            decisions[0].decision.as_str(),
            decisions[0].actor,
            decisions[0].comment.as_deref()
        ),
        ("edited_and_approved", Some(f.lead), Some("ok with the fix"))
    );
    // Idempotent re-send of the same client_id returns the (now delivered) message.
    let resent = store
        .send_message(NewMessage {
            client_id: Some("h-1".into()),
            status: DeliveryStatus::PendingApproval,
            ..draft(&f, f.cm, "tarif spécial vip", 30)
        })
        .await
        .unwrap();
    assert!(!resent.created);
    assert_eq!(resent.message.status, DeliveryStatus::Delivered);
}

pub async fn the_ledger_chains_every_incident(store: &dyn Store) {
    let f = fixture(store, "ledger").await;
    let m = send(store, &f, f.cm, "wrong launch date", 10).await;
    let incident = unsend(store, &f, m.id, f.cm, 11).await;
    store
        .append_ledger(
            f.ws,
            retract_domain::NewEntry {
                at: 12,
                kind: retract_domain::kinds::EVIDENCE_READ.to_string(),
                incident_id: Some(incident),
                actor: Some(f.lead),
                data: serde_json::json!({"justification": "audit"}),
            },
        )
        .await
        .unwrap();
    let lines = store.ledger_lines(f.ws).await.unwrap();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].contains("incident.opened") && !lines.iter().any(|l| l.contains("launch")),
        "{lines:?}"
    );
    let key = retract_domain::SigningKey::from_bytes(&[7u8; 32]);
    let head = retract_domain::LedgerEntry::parse_line(&lines[1]).unwrap();
    let checkpoint = retract_domain::Chain::after(&head).checkpoint(&key, 13);
    let mut export: Vec<String> = lines.clone();
    export.push(checkpoint.to_line());
    let report = retract_domain::verify_export(export.iter().map(String::as_str), None).unwrap();
    assert_eq!(report.entries, 2);
    // Another workspace's ledger is separate.
    let other = fixture(store, "ledger-other").await;
    assert!(store.ledger_lines(other.ws).await.unwrap().is_empty());
    let first = store
        .wrapped_key_or_insert(f.ws, KeyPurpose::Signing, vec![1, 2, 3])
        .await
        .unwrap();
    let second = store
        .wrapped_key_or_insert(f.ws, KeyPurpose::Signing, vec![4, 5, 6])
        .await
        .unwrap();
    assert_eq!(
        (first.clone(), second),
        (vec![1, 2, 3], vec![1, 2, 3]),
        "the first key stays"
    );
}

fn removal(f: &Fixture, id: MessageId, now: Millis) -> Removal {
    Removal {
        workspace_id: f.ws,
        message_id: id,
        actor: f.cm,
        actor_role: Role::Cm,
        kind: IncidentKind::Unsend,
        reason: Reason::Tone,
        note: Some("rewording".into()),
        advice: serde_json::json!({"recommendation": "needs_lead_approval"}),
        ledger_data: serde_json::Value::Null,
        advice_followed: true,
        escalated: false,
        now,
    }
}

fn kinds_of(detail: &IncidentDetail) -> Vec<&str> {
    detail.timeline.iter().map(|e| e.kind.as_str()).collect()
}

/// An unsend that rewrites history waits for a lead: nothing changes for members until it is
/// approved, one decision wins, and a rejected request leaves the message alone.
/// One kind of ledger entry, newest first, limited, from one workspace only.
pub async fn ledger_lines_of_one_kind(store: &dyn Store) {
    use retract_domain::kinds::{EVIDENCE_READ, SETTINGS_CHANGED};
    let f = fixture(store, "ledger-kind").await;
    let other = fixture(store, "ledger-kind-other").await;
    let append = |ws: WorkspaceId, kind: &str, at: Millis| {
        store.append_ledger(
            ws,
            retract_domain::NewEntry {
                at,
                kind: kind.to_string(),
                incident_id: None,
                actor: Some(f.lead),
                data: serde_json::json!({"at": at}),
            },
        )
    };
    for (kind, at) in [
        (SETTINGS_CHANGED, 1),
        (EVIDENCE_READ, 2),
        (SETTINGS_CHANGED, 3),
        (SETTINGS_CHANGED, 4),
        (EVIDENCE_READ, 5),
    ] {
        append(f.ws, kind, at).await.unwrap();
    }
    append(other.ws, SETTINGS_CHANGED, 6).await.unwrap();
    let times = |lines: Vec<String>| {
        lines
            .iter()
            .map(|l| retract_domain::LedgerEntry::parse_line(l).unwrap())
            .map(|e| (e.kind, e.at))
            .collect::<Vec<_>>()
    };
    let settings = |at| (SETTINGS_CHANGED.to_string(), at);
    assert_eq!(
        times(
            store
                .ledger_lines_of_kind(f.ws, SETTINGS_CHANGED, 10)
                .await
                .unwrap()
        ),
        vec![settings(4), settings(3), settings(1)]
    );
    assert_eq!(
        times(
            store
                .ledger_lines_of_kind(f.ws, SETTINGS_CHANGED, 2)
                .await
                .unwrap()
        ),
        vec![settings(4), settings(3)]
    );
    assert_eq!(
        times(
            store
                .ledger_lines_of_kind(other.ws, SETTINGS_CHANGED, 10)
                .await
                .unwrap()
        ),
        vec![settings(6)]
    );
    assert!(store
        .ledger_lines_of_kind(other.ws, EVIDENCE_READ, 10)
        .await
        .unwrap()
        .is_empty());
}

pub async fn pending_unsends_wait_for_a_lead(store: &dyn Store) {
    let f = fixture(store, "pending-unsend").await;
    let m = send(store, &f, f.cm, "le lancement est jeudi", 10).await;
    let first = store.request_removal(removal(&f, m.id, 11)).await.unwrap();
    let pending = store.incident(f.ws, first).await.unwrap().unwrap();
    assert_eq!(pending.status, IncidentStatus::PendingLeadApproval);
    let seen = store.message(f.ws, m.id).await.unwrap().unwrap();
    assert_eq!(seen.body.as_deref(), Some("le lancement est jeudi"));
    assert!(store
        .incident_evidence(f.ws, first)
        .await
        .unwrap()
        .is_none());
    // While a lead is asked, neither another request nor a direct unsend goes through.
    assert!(matches!(
        store.request_removal(removal(&f, m.id, 12)).await,
        Err(StoreError::Conflict("removal_pending"))
    ));
    assert!(matches!(
        store
            .remove_message(removal(&f, m.id, 12), vault(f.ws))
            .await,
        Err(StoreError::Conflict("removal_pending"))
    ));
    // Nor an edit: the lead decides about the text the author asked to remove.
    assert!(matches!(
        store
            .edit_message(f.ws, m.id, clean_text("le lancement est bientôt"), 12)
            .await,
        Err(StoreError::Conflict("removal_pending"))
    ));
    assert!(store.message_versions(f.ws, m.id).await.unwrap().is_empty());
    let decision = |incident, approve, now| RemovalDecision {
        workspace_id: f.ws,
        incident_id: incident,
        approve,
        actor: f.lead,
        comment: Some("vu".into()),
        now,
    };
    let (rejected, message) = store
        .decide_removal(decision(first, false, 13), vault(f.ws))
        .await
        .unwrap();
    assert_eq!(rejected.status, IncidentStatus::Rejected);
    assert_eq!(rejected.decided_by, Some(f.lead));
    assert!(message.is_none());
    assert!(matches!(
        store
            .decide_removal(decision(first, true, 14), vault(f.ws))
            .await,
        Err(StoreError::Conflict("not_pending"))
    ));
    let still = store.message(f.ws, m.id).await.unwrap().unwrap();
    assert_eq!(still.state, MessageState::Visible);
    // Asked again and approved: removed in the requester's name, content sealed.
    let second = store.request_removal(removal(&f, m.id, 15)).await.unwrap();
    let (approved, message) = store
        .decide_removal(decision(second, true, 16), vault(f.ws))
        .await
        .unwrap();
    assert_eq!(approved.status, IncidentStatus::Open);
    let message = message.unwrap();
    assert_eq!((message.state, message.body), (MessageState::Unsent, None));
    assert_eq!(message.removal.map(|r| r.by), Some(f.cm));
    let sealed = store
        .incident_evidence(f.ws, second)
        .await
        .unwrap()
        .unwrap();
    let opened = vault(f.ws).open(f.ws, second, &sealed).unwrap();
    assert!(String::from_utf8_lossy(&opened.content).contains("jeudi"));
    let detail = store.incident_detail(f.ws, second).await.unwrap().unwrap();
    assert_eq!(kinds_of(&detail), ["incident.opened", "unsend.approved"]);
    // Another workspace's lead cannot decide it.
    let other = fixture(store, "pending-unsend-other").await;
    let foreign = RemovalDecision {
        workspace_id: other.ws,
        ..decision(second, true, 17)
    };
    assert!(matches!(
        store.decide_removal(foreign, vault(other.ws)).await,
        Err(StoreError::NotFound)
    ));
}

/// Follow-up messages and checklist ticks move an incident from open to followed up; closing
/// ends it; everything is on its timeline; the list filters by status and reason.
pub async fn follow_ups_move_an_incident_to_closed(store: &dyn Store) {
    let f = fixture(store, "follow-up").await;
    let m = send(store, &f, f.cm, "prix: 10 €", 10).await;
    let incident = unsend(store, &f, m.id, f.cm, 1_000).await;
    let followup = |text: &str, incident, now| NewMessage {
        followup_of: Some(incident),
        ..draft(&f, f.cm, text, now)
    };
    let sent = store
        .send_message(followup("Toutes nos excuses", incident, 31_000))
        .await
        .unwrap();
    let after = store.incident(f.ws, incident).await.unwrap().unwrap();
    assert_eq!(after.status, IncidentStatus::FollowedUp);
    assert_eq!(after.first_followup_at, Some(31_000));
    store
        .send_message(followup("Le bon prix est 12 €", incident, 40_000))
        .await
        .unwrap();
    let after = store.incident(f.ws, incident).await.unwrap().unwrap();
    assert_eq!(
        after.first_followup_at,
        Some(31_000),
        "the first one counts"
    );
    // A follow-up of an unknown incident stores nothing.
    assert!(matches!(
        store
            .send_message(followup("?", IncidentId(999_999), 41_000))
            .await,
        Err(StoreError::NotFound)
    ));
    store
        .set_checklist_item(f.ws, incident, FollowupItem::Apology, true, f.cm, 42_000)
        .await
        .unwrap();
    store
        .set_checklist_item(f.ws, incident, FollowupItem::Correction, true, f.cm, 43_000)
        .await
        .unwrap();
    store
        .set_checklist_item(
            f.ws,
            incident,
            FollowupItem::Correction,
            false,
            f.cm,
            44_000,
        )
        .await
        .unwrap();
    let detail = store
        .incident_detail(f.ws, incident)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        detail.checklist.iter().map(|c| c.item).collect::<Vec<_>>(),
        [FollowupItem::Apology]
    );
    assert_eq!(detail.followups.len(), 2);
    assert_eq!(detail.followups[0].0, sent.message.id);
    assert_eq!(
        kinds_of(&detail),
        [
            "incident.opened",
            "followup",
            "followup",
            "followup",
            "followup",
            "followup"
        ]
    );
    let closed = store
        .close_incident(
            f.ws,
            incident,
            f.lead,
            "excuses et correction publiées",
            50_000,
        )
        .await
        .unwrap();
    assert_eq!(closed.status, IncidentStatus::Closed);
    assert_eq!(
        closed.closing_note.as_deref(),
        Some("excuses et correction publiées")
    );
    assert!(matches!(
        store
            .set_checklist_item(f.ws, incident, FollowupItem::Answers, true, f.cm, 51_000)
            .await,
        Err(StoreError::Conflict("incident_closed"))
    ));
    assert!(matches!(
        store
            .close_incident(f.ws, incident, f.lead, "encore", 52_000)
            .await,
        Err(StoreError::Conflict("incident_closed"))
    ));
    assert!(matches!(
        store
            .send_message(followup("plus tard", incident, 53_000))
            .await,
        Err(StoreError::NotFound)
    ));
    // Filters.
    let other = send(store, &f, f.cm, "autre", 60_000).await;
    unsend(store, &f, other.id, f.cm, 61_000).await;
    let all = IncidentFilter::default();
    let list = |filter| store.incidents(f.ws, IncidentScope::Workspace, filter);
    assert_eq!(list(all).await.unwrap().len(), 2);
    let closed_only = IncidentFilter {
        status: Some(IncidentStatus::Closed),
        ..all
    };
    assert_eq!(
        list(closed_only)
            .await
            .unwrap()
            .iter()
            .map(|i| i.id)
            .collect::<Vec<_>>(),
        [incident]
    );
    let tone = IncidentFilter {
        reason: Some(Reason::Tone),
        ..all
    };
    assert!(list(tone).await.unwrap().is_empty());
    let late = IncidentFilter {
        from: Some(60_000),
        ..all
    };
    assert_eq!(list(late).await.unwrap().len(), 1);
    let about_other = IncidentFilter {
        message: Some(other.id),
        ..all
    };
    assert_eq!(
        list(about_other)
            .await
            .unwrap()
            .iter()
            .map(|i| i.message_id)
            .collect::<Vec<_>>(),
        [other.id]
    );
    let early = IncidentFilter {
        to: Some(60_000),
        ..all
    };
    assert_eq!(
        list(early)
            .await
            .unwrap()
            .iter()
            .map(|i| i.id)
            .collect::<Vec<_>>(),
        [incident]
    );
}

/// Erasing evidence destroys its key for good, once, and the ledger still verifies.
pub async fn erased_evidence_stays_erased_and_the_chain_verifies(store: &dyn Store) {
    let f = fixture(store, "erase").await;
    let m = send(store, &f, f.cm, "numéro 06 12 34 56 78", 10).await;
    let incident = unsend(store, &f, m.id, f.cm, 11).await;
    store
        .erase_evidence(f.ws, incident, f.lead, "demande RGPD", 12)
        .await
        .unwrap();
    let sealed = store
        .incident_evidence(f.ws, incident)
        .await
        .unwrap()
        .unwrap();
    assert!(sealed.wrapped_data_key.is_none());
    assert!(matches!(
        vault(f.ws).open(f.ws, incident, &sealed),
        Err(crate::vault::VaultError::Erased)
    ));
    assert!(matches!(
        store
            .erase_evidence(f.ws, incident, f.lead, "encore", 13)
            .await,
        Err(StoreError::Conflict("already_erased"))
    ));
    let lines = store.ledger_lines(f.ws).await.unwrap();
    let head = retract_domain::LedgerEntry::parse_line(lines.last().unwrap()).unwrap();
    assert_eq!(head.kind, "content.erased");
    let key = retract_domain::SigningKey::from_bytes(&[9; 32]);
    let mut export = lines.clone();
    export.push(
        retract_domain::Chain::after(&head)
            .checkpoint(&key, 14)
            .to_line(),
    );
    let report = retract_domain::verify_export(export.iter().map(String::as_str), None).unwrap();
    assert_eq!(report.entries, 2);
}

/// Retention erases, once and in its own workspace only, the evidence of incidents opened before
/// the cutoff, oldest first and a batch at a time, each with an actor-less ledger entry.
pub async fn retention_erases_only_expired_evidence_of_its_workspace(store: &dyn Store) {
    let f = fixture(store, "retention").await;
    let other = fixture(store, "retention-other").await;
    let mut incidents = Vec::new();
    for (i, at) in [1_000, 2_000, 9_000].into_iter().enumerate() {
        let m = send(store, &f, f.cm, &format!("ancien message {i}"), at - 1).await;
        incidents.push(unsend(store, &f, m.id, f.cm, at).await);
    }
    let m = send(store, &other, other.cm, "autre espace", 999).await;
    let elsewhere = unsend(store, &other, m.id, other.cm, 1_000).await;
    let ids = store.workspace_ids().await.unwrap();
    assert!(ids.contains(&f.ws) && ids.contains(&other.ws));

    let sealed = |ws, id| async move {
        store
            .incident_evidence(ws, id)
            .await
            .unwrap()
            .unwrap()
            .wrapped_data_key
            .is_some()
    };
    // A batch of one: the oldest goes first.
    let first = store
        .erase_expired_evidence(f.ws, 5_000, 30, 1, 10_000)
        .await
        .unwrap();
    assert_eq!(first, [incidents[0]]);
    let rest = store
        .erase_expired_evidence(f.ws, 5_000, 30, 100, 10_001)
        .await
        .unwrap();
    assert_eq!(rest, [incidents[1]]);
    let again = store
        .erase_expired_evidence(f.ws, 5_000, 30, 100, 10_002)
        .await
        .unwrap();
    assert!(again.is_empty(), "erased evidence is not erased twice");
    assert!(!sealed(f.ws, incidents[0]).await && !sealed(f.ws, incidents[1]).await);
    assert!(
        sealed(f.ws, incidents[2]).await,
        "a recent incident keeps its evidence"
    );
    assert!(
        sealed(other.ws, elsewhere).await,
        "another workspace keeps its evidence"
    );

    let lines = store.ledger_lines(f.ws).await.unwrap();
    let head = retract_domain::LedgerEntry::parse_line(lines.last().unwrap()).unwrap();
    assert_eq!(head.kind, "content.erased");
    assert_eq!(head.incident_id, Some(incidents[1]));
    assert_eq!(head.actor, None);
    assert_eq!(head.data["retention_days"], 30);
    let key = retract_domain::SigningKey::from_bytes(&[9; 32]);
    let mut export = lines.clone();
    export.push(
        retract_domain::Chain::after(&head)
            .checkpoint(&key, 10_003)
            .to_line(),
    );
    let report = retract_domain::verify_export(export.iter().map(String::as_str), None).unwrap();
    assert_eq!(report.entries, 5);
}

/// Concurrent decisions on one held message: exactly one wins, the others get a conflict.
pub async fn concurrent_decisions_have_one_winner(store: std::sync::Arc<dyn Store>) {
    let f = fixture(store.as_ref(), "race").await;
    for round in 0..10 {
        let held = store
            .send_message(NewMessage {
                status: DeliveryStatus::PendingGrace,
                deliver_at: Some(15),
                ..draft(&f, f.cm, &format!("grace {round}"), 10)
            })
            .await
            .unwrap()
            .message;
        let mut tasks = Vec::new();
        for attempt in 0..4 {
            let store = store.clone();
            let (ws, id, cm) = (f.ws, held.id, f.cm);
            tasks.push(tokio::spawn(async move {
                let decision = if attempt % 2 == 0 {
                    Decision::Cancel
                } else {
                    Decision::Deliver { corrected: None }
                };
                store
                    .decide_message(
                        ws,
                        id,
                        &[DeliveryStatus::PendingGrace],
                        decision,
                        Some(cm),
                        None,
                        20,
                    )
                    .await
            }));
        }
        let mut wins = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(_) => wins += 1,
                Err(StoreError::Conflict(_)) => {}
                Err(other) => panic!("unexpected error {other}"),
            }
        }
        assert_eq!(wins, 1, "round {round}");
        assert_eq!(
            store.message_decisions(f.ws, held.id).await.unwrap().len(),
            1
        );
    }
}

pub async fn concurrent_sends_are_all_stored(store: std::sync::Arc<dyn Store>) {
    let f = fixture(store.as_ref(), "concurrent").await;
    let mut tasks = Vec::new();
    for i in 0..200 {
        let store = store.clone();
        let message = NewMessage {
            client_id: Some(format!("burst-{}", i % 150)),
            ..draft(&f, f.cm, &format!("burst {i}"), 10)
        };
        tasks.push(tokio::spawn(async move {
            store.send_message(message).await.map(|o| o.message.id)
        }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.unwrap().unwrap());
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 150, "one message per client_id");
    assert_eq!(
        store
            .messages(f.ws, f.conversation, f.cm, None, 200)
            .await
            .unwrap()
            .len(),
        150
    );
}

/// Instantiates every conformance check as a `#[tokio::test]`, each with a fresh store made by
/// `$make` (an expression evaluating to a future of `Arc<dyn Store>`).
#[macro_export]
macro_rules! conformance_suite {
    ($make:expr) => {
        $crate::conformance_suite!(@tests $make;
            messages_round_trip_in_order_with_paging,
            client_id_makes_sends_idempotent,
            a_send_returns_the_message_as_stored,
            unsent_text_is_gone_from_every_member_view,
            search_finds_only_current_text_of_member_conversations,
            hidden_messages_leave_only_that_members_history,
            unread_counts_follow_the_read_marker,
            workspaces_are_isolated,
            users_sessions_and_settings,
            incidents_are_scoped_and_keep_removals,
            replies_from_others_are_detected,
            held_messages_stay_invisible_until_delivered,
            the_ledger_chains_every_incident,
            ledger_lines_of_one_kind,
            pending_unsends_wait_for_a_lead,
            follow_ups_move_an_incident_to_closed,
            erased_evidence_stays_erased_and_the_chain_verifies,
            retention_erases_only_expired_evidence_of_its_workspace,
        );
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn concurrent_decisions_have_one_winner() {
            let store: std::sync::Arc<dyn $crate::Store> = $make.await;
            $crate::conformance::concurrent_decisions_have_one_winner(store).await;
        }
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn concurrent_sends_are_all_stored() {
            let store: std::sync::Arc<dyn $crate::Store> = $make.await;
            $crate::conformance::concurrent_sends_are_all_stored(store).await;
        }
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let store: std::sync::Arc<dyn $crate::Store> = $make.await;
            $crate::conformance::$name(store.as_ref()).await;
        }
    )*};
}
