//! Prevention in the send path over real HTTP: guard verdicts, four-eyes approval, the undo-send
//! grace delay, and races between decisions.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::start;

const PHONE: &str = "Le client est joignable au 06 12 34 56 78 ce soir.";

async fn history_len(client: &support::Client, conv: i64) -> usize {
    client
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await
        .1
        .as_array()
        .map(Vec::len)
        .unwrap_or(0)
}

#[tokio::test]
async fn a_message_needing_approval_waits_for_another_lead() {
    let server = start().await;
    let [cm, lead, lead2, guest] = server.logins(["cm", "lead", "lead2", "guest"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let mut guest_events = guest.events().await;
    let mut lead_events = lead.events().await;

    let (status, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": PHONE}),
        )
        .await;
    assert_eq!(status, 201, "{sent}");
    assert_eq!(sent["status"], "pending_approval");
    assert_eq!(sent["verdict"], "needs_approval");
    let id = sent["id"].as_i64().unwrap();
    let requested = lead_events.next_of("approval.requested").await;
    assert_eq!(requested["message"]["id"], id);
    assert!(
        !requested.to_string().contains("06 12"),
        "notifications carry no text"
    );

    // Invisible to everyone else: history, search, previews, unread, direct access.
    assert_eq!(history_len(&guest, conv).await, 0);
    assert_eq!(
        history_len(&cm, conv).await,
        1,
        "the author sees it, marked pending"
    );
    let (_, found) = guest.get("/api/v1/search?q=joignable").await;
    assert_eq!(found, json!([]));
    let (_, list) = guest.get("/api/v1/conversations").await;
    assert_eq!(
        (
            list[0]["unread"].as_i64(),
            list[0]["last_message"].is_null()
        ),
        (Some(0), true)
    );
    let (status, _) = guest
        .post(&format!("/api/v1/messages/{id}/hide"), json!({}))
        .await;
    assert_eq!(status, 404);

    // The queue shows it with its findings; the author cannot approve it, a cm cannot either.
    let (status, queue) = lead.get("/api/v1/approvals").await;
    assert_eq!(status, 200);
    assert_eq!(queue[0]["message"]["id"], id);
    assert_eq!(queue[0]["findings"][0]["kind"], "phone");
    assert_eq!(cm.get("/api/v1/approvals").await.0, 403);
    let (status, body) = cm
        .post(&format!("/api/v1/messages/{id}/approve"), json!({}))
        .await;
    assert_eq!(status, 403, "{body}");

    let (status, approved) = lead2
        .post(
            &format!("/api/v1/messages/{id}/approve"),
            json!({"comment": "ok, the customer asked"}),
        )
        .await;
    assert_eq!(status, 200, "{approved}");
    assert_eq!(approved["status"], "delivered");
    let delivered = guest_events.next_of("message.created").await;
    assert_eq!(delivered["message"]["id"], id);
    assert_eq!(delivered["message"]["body"], PHONE);
    assert!(
        delivered["message"]["findings"].is_null(),
        "guests never see findings"
    );
    let (status, body) = lead
        .post(&format!("/api/v1/messages/{id}/approve"), json!({}))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("not_pending"))
    );
    let (_, decisions) = cm.get(&format!("/api/v1/messages/{id}/decisions")).await;
    assert_eq!(decisions[0]["decision"], "delivered");
    assert_eq!(decisions[0]["actor"], server.id("lead2").0);
    assert_eq!(decisions[0]["comment"], "ok, the customer asked");
}

/// A socket only hears of its own conversations: an approver outside the conversation is still
/// told that something waits (type, message id, time) but not which conversation nor whose
/// message; a member approver gets the whole event; a member who decides nothing, nothing.
#[tokio::test]
async fn approvers_outside_a_conversation_are_told_that_something_waits_not_where() {
    let server = start().await;
    let [cm, lead, owner, exec] = server.logins(["cm", "lead", "owner", "exec"]).await;
    let conv = server.conversation(&cm, &["lead", "guest"]).await;
    let mut lead_events = lead.events().await;
    let mut owner_events = owner.events().await;
    let mut exec_events = exec.events().await;
    let (status, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": PHONE}),
        )
        .await;
    assert_eq!(
        (status, sent["status"].as_str()),
        (201, Some("pending_approval"))
    );
    let inside = lead_events.next_of("approval.requested").await;
    assert_eq!(inside["conversation_id"], conv);
    assert_eq!(inside["message"]["id"], sent["id"]);
    assert_eq!(inside["message"]["author"], server.id("cm").0);
    let outside = owner_events.next_of("approval.requested").await;
    assert_eq!(outside["message"]["id"], sent["id"], "{outside}");
    assert!(outside["at"].is_string(), "{outside}");
    assert!(outside.get("conversation_id").is_none(), "{outside}");
    assert!(outside["message"].get("author").is_none(), "{outside}");
    // An unsend that waits for a lead: the same split.
    let id = cm.send(conv, "Rendez-vous jeudi").await;
    let guest = server.login("guest").await;
    guest
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Noté", "reply_to": id}),
        )
        .await;
    let (status, _) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "typo"}),
        )
        .await;
    assert_eq!(status, 202);
    let inside = lead_events.next_of("unsend.requested").await;
    assert_eq!(inside["conversation_id"], conv);
    let outside = owner_events.next_of("unsend.requested").await;
    assert_eq!(outside["message"]["id"], id);
    assert!(outside["incident_id"].is_i64(), "{outside}");
    assert!(outside.get("conversation_id").is_none(), "{outside}");
    assert!(exec_events.nothing_within(Duration::from_millis(300)).await);
}

#[tokio::test]
async fn leads_need_a_second_pair_of_eyes_too_and_can_edit_or_reject() {
    let server = start().await;
    let [lead, lead2, cm, guest] = server.logins(["lead", "lead2", "cm", "guest"]).await;
    let conv = server.conversation(&lead, &["guest", "cm"]).await;
    let (_, sent) = lead
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": PHONE}),
        )
        .await;
    let id = sent["id"].as_i64().unwrap();
    let (status, body) = lead
        .post(&format!("/api/v1/messages/{id}/approve"), json!({}))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("four_eyes_required"))
    );
    let (status, edited) = lead2
        .post(
            &format!("/api/v1/messages/{id}/approve"),
            json!({"body": "Le client est joignable au 06 •• •• •• 78 ce soir."}),
        )
        .await;
    assert_eq!(status, 200, "{edited}");
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert_eq!(
        history[0]["body"],
        "Le client est joignable au 06 •• •• •• 78 ce soir."
    );

    let (_, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": PHONE}),
        )
        .await;
    let id = sent["id"].as_i64().unwrap();
    let mut cm_events = cm.events().await;
    let (status, rejected) = lead
        .post(
            &format!("/api/v1/messages/{id}/reject"),
            json!({"comment": "never share a customer's number"}),
        )
        .await;
    assert_eq!(status, 200, "{rejected}");
    assert_eq!(rejected["status"], "rejected");
    let note = cm_events.next_of("message.rejected").await;
    assert_eq!(note["message"]["id"], id);
    assert_eq!(
        history_len(&guest, conv).await,
        1,
        "the rejected one never reaches the guest"
    );
    let (status, _) = cm
        .post(&format!("/api/v1/messages/{id}/cancel"), json!({}))
        .await;
    assert_eq!(status, 409, "rejected is final");
}

#[tokio::test]
async fn the_grace_delay_delivers_later_unless_cancelled() {
    let server = start().await;
    let [cm, lead, guest] = server.logins(["cm", "lead", "guest"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    assert_eq!(
        lead.patch("/api/v1/workspace/settings", json!({"grace_seconds": 1}))
            .await
            .0,
        200
    );
    let mut guest_events = guest.events().await;

    let (_, cancelled) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "oups, pas celui-là"}),
        )
        .await;
    assert_eq!(cancelled["status"], "pending_grace");
    let cancelled_id = cancelled["id"].as_i64().unwrap();
    let (status, _) = cm
        .post(
            &format!("/api/v1/messages/{cancelled_id}/cancel"),
            json!({}),
        )
        .await;
    assert_eq!(status, 204);
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{cancelled_id}/cancel"),
            json!({}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("not_pending"))
    );

    let (_, kept) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "celui-ci part"}),
        )
        .await;
    assert_eq!(kept["status"], "pending_grace");
    assert!(kept["message"]["deliver_at"].is_string());
    let event = guest_events.next_of("message.created").await;
    assert_eq!(
        event["message"]["id"], kept["id"],
        "the cancelled one never arrives"
    );
    assert_eq!(event["message"]["status"], "delivered");
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert_eq!(history.as_array().unwrap().len(), 1);
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{}/cancel", kept["id"]),
            json!({}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("not_pending")),
        "too late once delivered"
    );
    let (status, _) = guest
        .post(
            &format!("/api/v1/messages/{cancelled_id}/cancel"),
            json!({}),
        )
        .await;
    assert_eq!(
        status, 404,
        "someone else's held message does not exist for the caller"
    );
}

#[tokio::test]
async fn racing_decisions_have_exactly_one_winner() {
    let server = start().await;
    let [cm, lead, lead2] = server.logins(["cm", "lead", "lead2"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    for round in 0..5 {
        let (_, sent) = cm
            .post(
                &format!("/api/v1/conversations/{conv}/messages"),
                json!({"body": format!("{PHONE} {round}")}),
            )
            .await;
        let id = sent["id"].as_i64().unwrap();
        let (approve_path, reject_path, cancel_path) = (
            format!("/api/v1/messages/{id}/approve"),
            format!("/api/v1/messages/{id}/reject"),
            format!("/api/v1/messages/{id}/cancel"),
        );
        let approve = lead.post(&approve_path, json!({}));
        let reject = lead2.post(&reject_path, json!({}));
        let cancel = cm.post(&cancel_path, json!({}));
        let ((a, _), (r, _), (c, _)) = tokio::join!(approve, reject, cancel);
        let wins = [a, r, c]
            .iter()
            .filter(|s| **s == 200 || **s == 204)
            .count();
        let conflicts = [a, r, c].iter().filter(|s| **s == 409).count();
        assert_eq!(
            (wins, conflicts),
            (1, 2),
            "round {round}: approve {a}, reject {r}, cancel {c}"
        );
    }
    // Cancel against grace expiry: whichever wins, the outcome is consistent.
    assert_eq!(
        lead.patch("/api/v1/workspace/settings", json!({"grace_seconds": 1}))
            .await
            .0,
        200
    );
    let (_, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Merci, à demain"}),
        )
        .await;
    assert_eq!(sent["status"], "pending_grace", "{sent}");
    let id = sent["id"].as_i64().unwrap();
    tokio::time::sleep(Duration::from_millis(950)).await;
    let (status, _) = cm
        .post(&format!("/api/v1/messages/{id}/cancel"), json!({}))
        .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let (_, history) = cm
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    let delivered = history
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == id && m["status"] == "delivered");
    match status {
        204 => assert!(!delivered, "cancelled but delivered"),
        409 => assert!(delivered, "refused cancel but not delivered"),
        other => panic!("unexpected status {other}"),
    }
}

#[tokio::test]
async fn held_messages_cannot_be_edited_or_unsent() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let (_, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": PHONE}),
        )
        .await;
    let id = sent["id"].as_i64().unwrap();
    let (status, body) = cm
        .patch(&format!("/api/v1/messages/{id}"), json!({"body": "x"}))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("not_delivered"))
    );
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "confidential"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("not_delivered"))
    );
    let _: Value = body;
}
