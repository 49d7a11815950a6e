//! The HTTP API and WebSocket events against a real server on loopback over a real SQLite file.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::{start, start_with};

fn contains(value: &Value, needle: &str) -> bool {
    value.to_string().contains(needle)
}

#[tokio::test]
async fn login_logout_and_bad_tokens() {
    let server = start().await;
    let http = reqwest::Client::new();
    let res = http
        .post(format!("{}/api/v1/auth/login", server.base))
        .json(&json!({"workspace": "acme", "email": "cm@acme.test", "password": "wrong password!"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_credentials");

    let cm = server.login("cm").await;
    let (status, me) = cm.get("/api/v1/me").await;
    assert_eq!((status, me["user"]["role"].as_str()), (200, Some("cm")));
    let mut events = cm.events().await;
    let mut other_session = server.login("cm").await.events().await;
    let (status, _) = cm.post("/api/v1/auth/logout", json!({})).await;
    assert_eq!(status, 204);
    // The live socket of the session ends with it ("session ended"), not the other session's.
    assert_eq!(events.close_code().await, Some(4401));
    assert!(
        other_session
            .nothing_within(Duration::from_millis(300))
            .await
    );
    let (status, body) = cm.get("/api/v1/me").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("unauthorized"))
    );

    let res = http
        .get(format!("{}/api/v1/conversations", server.base))
        .bearer_auth("not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = http
        .get(format!("{}/api/v1/conversations", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn expired_tokens_are_refused() {
    let server = start_with(retract_server::ServerConfig {
        session_ttl: Duration::from_secs(1),
        ..Default::default()
    })
    .await;
    let cm = server.login("cm").await;
    assert_eq!(cm.get("/api/v1/me").await.0, 200);
    let mut events = cm.events().await;
    assert_eq!(
        events.close_code().await,
        Some(4401),
        "a socket does not outlive its session"
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (status, body) = cm.get("/api/v1/me").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("unauthorized"))
    );
}

#[tokio::test]
async fn the_demo_password_is_refused_outside_demo_mode() {
    let server = start().await;
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/login", server.base))
        .json(&json!({"workspace": "acme", "email": "cm@acme.test", "password": "demo-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "demo_password_refused");
}

#[tokio::test]
async fn messages_reach_members_live_and_sends_are_idempotent() {
    let server = start().await;
    let [cm, guest, outsider] = server.logins(["cm", "guest", "cm2"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let mut guest_events = guest.events().await;
    let mut outsider_events = outsider.events().await;

    let path = format!("/api/v1/conversations/{conv}/messages");
    let (status, first) = cm
        .post(&path, json!({"body": "Bonjour Inès", "client_id": "k-1"}))
        .await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["status"], "delivered");
    assert_eq!(first["verdict"], "allow");
    let event = guest_events.next_of("message.created").await;
    assert_eq!(event["conversation_id"], conv);
    assert_eq!(event["message"]["body"], "Bonjour Inès");
    assert_eq!(event["message"]["author"], server.id("cm").0);

    let (status, again) = cm
        .post(&path, json!({"body": "Bonjour Inès", "client_id": "k-1"}))
        .await;
    assert_eq!(status, 201);
    assert_eq!(again["id"], first["id"]);
    let (_, history) = guest.get(&path).await;
    assert_eq!(history.as_array().unwrap().len(), 1);
    assert!(
        outsider_events
            .nothing_within(Duration::from_millis(300))
            .await,
        "a non-member received an event"
    );

    // Unread counts and marking read.
    let (_, list) = guest.get("/api/v1/conversations").await;
    assert_eq!(list[0]["unread"], 1);
    let (status, _) = guest
        .post(
            &format!("/api/v1/conversations/{conv}/read"),
            json!({"up_to": first["id"]}),
        )
        .await;
    assert_eq!(status, 204);
    let (_, list) = guest.get("/api/v1/conversations").await;
    assert_eq!(list[0]["unread"], 0);
}

#[tokio::test]
async fn history_pages_newest_last_and_clamps_the_limit() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(cm.send(conv, &format!("m{i}")).await);
    }
    let (_, page) = cm
        .get(&format!("/api/v1/conversations/{conv}/messages?limit=2"))
        .await;
    let got: Vec<i64> = page
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert_eq!(got, ids[3..].to_vec());
    let (_, page) = cm
        .get(&format!(
            "/api/v1/conversations/{conv}/messages?limit=2&before={}",
            ids[3]
        ))
        .await;
    let got: Vec<i64> = page
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert_eq!(got, ids[1..3].to_vec());
    // Clamped, however large the number: past what a u32 or a u64 holds too.
    for limit in ["100000", "4294967296", "99999999999999999999999"] {
        let (status, page) = cm
            .get(&format!(
                "/api/v1/conversations/{conv}/messages?limit={limit}"
            ))
            .await;
        assert_eq!(
            (status, page.as_array().map(Vec::len)),
            (200, Some(5)),
            "{limit}"
        );
    }
}

/// The interface writes its queries as `?before=&limit=` and `?q=&conversation_id=`: a parameter
/// sent with an empty value is taken as left out, not refused as a number that does not parse.
#[tokio::test]
async fn empty_query_values_count_as_left_out() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let mut ids = Vec::new();
    for i in 0..3 {
        ids.push(cm.send(conv, &format!("bonjour {i}")).await);
    }
    let ids_of = |page: &Value| -> Vec<i64> {
        page.as_array()
            .map(|list| list.iter().filter_map(|m| m["id"].as_i64()).collect())
            .unwrap_or_default()
    };
    for query in [
        "?before=&limit=",
        "?before=",
        "?limit=",
        "?before=&limit=50",
    ] {
        let (status, page) = cm
            .get(&format!("/api/v1/conversations/{conv}/messages{query}"))
            .await;
        assert_eq!(
            (status, ids_of(&page)),
            (200, ids.clone()),
            "{query}: {page}"
        );
    }
    let (status, page) = cm
        .get(&format!(
            "/api/v1/conversations/{conv}/messages?before=&limit=2"
        ))
        .await;
    assert_eq!((status, ids_of(&page)), (200, ids[1..].to_vec()));
    let (status, hits) = cm.get("/api/v1/search?q=bonjour&conversation_id=").await;
    assert_eq!(status, 200, "{hits}");
    assert_eq!(hits.as_array().map(Vec::len), Some(3));
    // A value that is there must still be a number.
    for path in [
        format!("/api/v1/conversations/{conv}/messages?before=abc"),
        format!("/api/v1/conversations/{conv}/messages?limit=-1"),
        "/api/v1/search?q=bonjour&conversation_id=x".to_string(),
    ] {
        let (status, body) = cm.get(&path).await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (400, Some("invalid_query")),
            "{path}"
        );
    }
}

/// `Authorization` schemes are case-insensitive (RFC 9110): `bearer` is `Bearer`.
#[tokio::test]
async fn the_bearer_scheme_is_read_whatever_its_case() {
    let server = start().await;
    let cm = server.login("cm").await;
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let res = cm
            .http
            .get(format!("{}/api/v1/me", server.base))
            .header("authorization", format!("{scheme} {}", cm.token))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{scheme}");
    }
    let res = cm
        .http
        .get(format!("{}/api/v1/me", server.base))
        .header("authorization", format!("Basic {}", cm.token))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    // `?token=` is for the events socket only: elsewhere it would land in logs and proxies.
    let res = cm
        .http
        .get(format!("{}/api/v1/me?token={}", server.base, cm.token))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    cm.events().await;
}

/// The decisions whose body may be left out (`/approve`, `/reject`) check a body that is there as
/// every other call does: not JSON is `400 invalid_json`, a mistyped field `422 invalid_fields`.
#[tokio::test]
async fn optional_bodies_are_refused_like_required_ones() {
    let server = start().await;
    let [cm, lead] = server.logins(["cm", "lead"]).await;
    let conv = server.conversation(&cm, &["lead"]).await;
    let (status, held) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Écrivez à jean.dupont@gmail.com"}),
        )
        .await;
    assert_eq!(
        (status, held["status"].as_str()),
        (201, Some("pending_approval"))
    );
    let id = held["id"].as_i64().unwrap();
    let (status, body) = lead
        .post(
            &format!("/api/v1/messages/{id}/approve"),
            json!({"comment": 5}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid_fields"))
    );
    let res = lead
        .http
        .post(format!("{}/api/v1/messages/{id}/reject", server.base))
        .bearer_auth(&lead.token)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_json");
    // Neither refusal decided anything: the message still waits, and a bare POST approves it.
    let res = lead
        .http
        .post(format!("{}/api/v1/messages/{id}/approve", server.base))
        .bearer_auth(&lead.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn an_unsent_message_vanishes_from_every_place_a_member_can_reach() {
    let server = start().await;
    let [cm, guest, auditor] = server.logins(["cm", "guest", "auditor"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let secret = "zorglub launch on the 14th";
    let id = cm.send(conv, "zorglub draft text").await;
    let (status, edited) = cm
        .patch(&format!("/api/v1/messages/{id}"), json!({"body": secret}))
        .await;
    assert_eq!(status, 200, "{edited}");
    assert_eq!(edited["edited"], true);
    let (status, reply) = guest
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "noted!", "reply_to": id}),
        )
        .await;
    assert_eq!(status, 201, "{reply}");
    let (_, found) = guest.get("/api/v1/search?q=zorglub").await;
    assert_eq!(
        found.as_array().unwrap().len(),
        1,
        "visible text is searchable before the unsend"
    );

    let mut guest_events = guest.events().await;
    let (status, unsent) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "confidential", "note": "wrong date"}),
        )
        .await;
    assert_eq!(status, 200, "{unsent}");
    assert!(unsent["incident_id"].as_i64().is_some());
    assert_eq!(unsent["advice"]["recommendation"], "unsend");

    // The event: a tombstone without body, saying who removed it and in which role.
    let event = guest_events.next_of("message.unsent").await;
    assert_eq!(event["message"]["body"], Value::Null);
    assert_eq!(event["message"]["state"], "unsent");
    assert_eq!(event["message"]["removed"]["by"], server.id("cm").0);
    assert_eq!(event["message"]["removed"]["role"], "cm");
    assert!(!contains(&event, "zorglub"));

    // History, the quote in the reply, the list preview, versions and search.
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert!(!contains(&history, "zorglub"), "history leaks: {history}");
    let tomb = history
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == id)
        .unwrap();
    assert_eq!(
        (tomb["state"].as_str(), &tomb["body"]),
        (Some("unsent"), &Value::Null)
    );
    let quoting = history
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == reply["id"])
        .unwrap();
    assert_eq!(quoting["reply_to"]["snippet"], Value::Null);
    let (_, list) = guest.get("/api/v1/conversations").await;
    assert!(!contains(&list, "zorglub"), "preview leaks: {list}");
    let (_, versions) = cm.get(&format!("/api/v1/messages/{id}/versions")).await;
    assert_eq!(versions, json!([]));
    for q in ["zorglub", "draft", "launch"] {
        let (_, found) = guest.get(&format!("/api/v1/search?q={q}")).await;
        assert_eq!(found, json!([]), "search for {q} after unsend");
    }

    // The incident never shows the content; only owner/auditor read the evidence, with a reason.
    let (_, incidents) = cm.get("/api/v1/incidents").await;
    assert!(!contains(&incidents, "zorglub"));
    let incident = unsent["incident_id"].as_i64().unwrap();
    let (status, detail) = cm.get(&format!("/api/v1/incidents/{incident}")).await;
    assert_eq!(status, 200);
    assert!(!contains(&detail, "zorglub"));
    let (status, _) = cm
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=curious%20cm"
        ))
        .await;
    assert_eq!(status, 403);
    let (status, body) = auditor
        .get(&format!("/api/v1/incidents/{incident}/evidence"))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("justification_required"))
    );
    let (status, evidence) = auditor
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=legal%20request%20123"
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(evidence["content"], secret);
    let (_, guest_incidents) = guest.get("/api/v1/incidents").await;
    assert_eq!(guest_incidents, json!([]));

    // Unsending twice is refused.
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "typo"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("already_unsent"))
    );
}

#[tokio::test]
async fn the_windows_are_enforced_by_the_server_clock() {
    let server = start().await;
    let (cm, lead) = (server.login("cm").await, server.login("lead").await);
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = cm.send(conv, "Le prix est 49 €").await;
    let (status, settings) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"unsend_window_seconds": 0, "edit_window_seconds": 0}),
        )
        .await;
    assert_eq!(status, 200, "{settings}");
    assert_eq!(settings["unsend_window_seconds"], 0);
    assert_eq!(
        settings["grace_seconds"], 0,
        "PATCH answers with all settings"
    );

    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "inaccurate"}),
        )
        .await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"]["code"], "unsend_window_expired");
    assert_eq!(body["error"]["window_seconds"], 0);
    assert!(body["error"]["age_seconds"].as_i64().is_some());
    assert_eq!(body["error"]["advice"]["recommendation"], "too_late");
    // The advice reads as everywhere else (French unless the client puts English first).
    assert_eq!(
        body["error"]["advice"]["recommendation_text"],
        "Trop tard pour retirer."
    );
    assert_eq!(
        body["error"]["advice"]["rationale"][0],
        "Le délai de retrait est dépassé : le message ne peut plus être retiré pour tout le monde."
    );
    // A client that reads French gets the refusal in French; one that reads English, all of it
    // in English.
    for (language, message_start, recommendation) in [
        ("fr", "Le délai", "Trop tard pour retirer."),
        ("en-GB,en;q=0.8", "The unsend window", "Too late to unsend."),
    ] {
        let res = cm
            .http
            .post(format!("{}/api/v1/messages/{id}/unsend", server.base))
            .bearer_auth(&cm.token)
            .header("accept-language", language)
            .json(&json!({"reason": "inaccurate"}))
            .send()
            .await
            .expect("unsend");
        assert_eq!(res.status(), 403);
        let refused: serde_json::Value = res.json().await.expect("json");
        let error = &refused["error"];
        assert_eq!(error["advice"]["recommendation"], "too_late");
        assert_eq!(error["advice"]["recommendation_text"], recommendation);
        assert!(
            error["message"]
                .as_str()
                .is_some_and(|m| m.starts_with(message_start)),
            "{language}: {error}"
        );
    }
    // D-4: past the window, a serious error also points to the lead and the crisis plan.
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "confidential"}),
        )
        .await;
    assert_eq!(status, 403, "{body}");
    let advice = &body["error"]["advice"];
    assert_eq!(
        (
            advice["recommendation"].as_str(),
            advice["severity"].as_str()
        ),
        (Some("too_late"), Some("high"))
    );
    assert_eq!(
        advice["rationale_keys"],
        json!([
            "advice-too-late",
            "advice-follow-up",
            "advice-too-late-crisis"
        ])
    );
    assert_eq!(
        advice["rationale"][2],
        "Gravité élevée : prévenez tout de suite votre responsable et suivez le plan de crise."
    );
    let (status, body) = cm
        .patch(
            &format!("/api/v1/messages/{id}"),
            json!({"body": "Le prix est 59 €"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("edit_window_expired"))
    );
    // Delete for me still works.
    let (status, _) = cm
        .post(&format!("/api/v1/messages/{id}/hide"), json!({}))
        .await;
    assert_eq!(status, 204);

    let (status, body) = cm
        .patch(
            "/api/v1/workspace/settings",
            json!({"unsend_window_seconds": 60}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    let (status, body) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"unsend_window_seconds": 90_000}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid_settings"))
    );
    // A negative window is out of range, not a malformed request.
    let (status, body) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"unsend_window_seconds": -1}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid_settings")),
        "{body}"
    );
    let (status, body) = lead
        .patch("/api/v1/workspace/settings", json!({"no_such_setting": 1}))
        .await;
    assert_eq!(status, 422, "{body}");
    let (_, settings) = cm.get("/api/v1/workspace/settings").await;
    assert_eq!(
        settings["unsend_window_seconds"], 0,
        "refused patches change nothing"
    );
}

#[tokio::test]
async fn leads_remove_guest_insults_but_not_criticism() {
    let server = start().await;
    let [cm, lead, guest] = server.logins(["cm", "lead", "guest"]).await;
    let conv = server.conversation(&cm, &["guest", "lead"]).await;
    let criticism = guest
        .send(
            conv,
            "Votre service client est lent et la livraison décevante.",
        )
        .await;
    let insult = guest.send(conv, "Vous êtes une bande d'idiots").await;

    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{insult}/unsend"),
            json!({"reason": "insulting"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden")),
        "a cm cannot moderate"
    );
    let (status, body) = lead
        .post(
            &format!("/api/v1/messages/{criticism}/unsend"),
            json!({"reason": "other"}),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "moderation_refused");
    assert_eq!(body["error"]["advice"]["recommendation"], "reply_instead");
    // The reason decides, as the interface says; when the guard sees an insult behind another
    // reason, the advice says which reason would remove it.
    let insult_as_other = guest
        .send(conv, "Vous êtes vraiment une bande d'idiots, franchement.")
        .await;
    let (status, body) = lead
        .post(
            &format!("/api/v1/messages/{insult_as_other}/unsend"),
            json!({"reason": "other"}),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "moderation_refused");
    assert_eq!(body["error"]["advice"]["recommendation"], "reply_instead");
    assert_eq!(
        body["error"]["advice"]["rationale_keys"],
        json!(["advice-criticism-reply", "advice-moderation-pick-reason"])
    );
    let (status, _) = lead
        .post(
            &format!("/api/v1/messages/{insult_as_other}/unsend"),
            json!({"reason": "insulting"}),
        )
        .await;
    assert_eq!(status, 200, "with its reason, the insult is removed");

    let mut guest_events = guest.events().await;
    let (status, removed) = lead
        .post(
            &format!("/api/v1/messages/{insult}/unsend"),
            json!({"reason": "insulting"}),
        )
        .await;
    assert_eq!(status, 200, "{removed}");
    let event = guest_events.next_of("message.unsent").await;
    assert_eq!(event["message"]["removed"]["role"], "lead");
    assert_eq!(
        event["message"]["removed"]["reason"],
        Value::Null,
        "guests see no reason by default"
    );
    let (_, incidents) = lead.get("/api/v1/incidents").await;
    assert_eq!(incidents[0]["kind"], "moderation");
    assert_eq!(incidents[0]["reason"], "insulting");
    // M-6: the workspace may choose to show guests the reason category on the tombstone.
    let (status, body) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"show_reason_to_guests": true}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    let tomb = history
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == insult)
        .unwrap();
    assert_eq!(tomb["removed"]["reason"], "insulting", "{tomb}");
    assert_eq!(tomb["body"], Value::Null);
    // The guest's own incident list stays empty; the author of a message cannot be someone else.
    let (status, _) = guest
        .post(
            &format!("/api/v1/messages/{criticism}/unsend"),
            json!({"reason": "impulsive"}),
        )
        .await;
    assert_eq!(
        status, 200,
        "guests unsend their own messages in the window"
    );
}

#[tokio::test]
async fn delete_for_me_hides_only_for_the_caller() {
    let server = start().await;
    let (cm, guest) = (server.login("cm").await, server.login("guest").await);
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = guest.send(conv, "un message à masquer").await;
    let mut cm_events = cm.events().await;
    let (status, _) = cm
        .post(&format!("/api/v1/messages/{id}/hide"), json!({}))
        .await;
    assert_eq!(status, 204);
    // The caller's other sockets hear of it, with the message in the list's shape.
    let hidden = cm_events.next_of("message.hidden").await;
    assert_eq!(hidden["conversation_id"], conv);
    assert!(hidden["at"].is_string(), "{hidden}");
    for key in [
        "id", "author", "body", "state", "edited", "sent_at", "reply_to",
    ] {
        assert!(hidden["message"].get(key).is_some(), "{key}: {hidden}");
    }
    assert_eq!(hidden["message"]["id"], id);
    let (_, mine) = cm
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert_eq!(mine, json!([]));
    let (_, search) = cm.get("/api/v1/search?q=masquer").await;
    assert_eq!(search, json!([]));
    let (_, theirs) = guest
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert_eq!(theirs.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn roles_and_membership_are_enforced() {
    let server = start().await;
    let [cm, auditor, guest, cm2, lead] = server
        .logins(["cm", "auditor", "guest", "cm2", "lead"])
        .await;
    let conv = server.conversation(&cm, &["guest", "auditor"]).await;
    let id = cm.send(conv, "hello").await;
    let (status, body) = auditor
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "x"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    let (status, _) = guest
        .post("/api/v1/conversations", json!({"members": []}))
        .await;
    assert_eq!(status, 403);
    let (status, body) = cm2
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("not_a_member"))
    );
    let (status, _) = cm2
        .patch(&format!("/api/v1/messages/{id}"), json!({"body": "hijack"}))
        .await;
    assert_eq!(status, 403);
    let (status, body) = guest
        .patch(&format!("/api/v1/messages/{id}"), json!({"body": "hijack"}))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("not_author"))
    );
    let (status, _) = cm.post("/api/v1/users", json!({"email": "x@acme.test", "name": "X", "role": "cm", "password": "long enough pw"})).await;
    assert_eq!(status, 403);
    let (status, body) = lead.post("/api/v1/users", json!({"email": "new@acme.test", "name": "New", "role": "cm", "password": "long enough pw"})).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = lead.post("/api/v1/users", json!({"email": "new@acme.test", "name": "New", "role": "cm", "password": "long enough pw"})).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("email_taken"))
    );
    let (status, body) = lead.post("/api/v1/users", json!({"email": "boss@acme.test", "name": "B", "role": "owner", "password": "long enough pw"})).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    let (status, body) = lead.post("/api/v1/users", json!({"email": "r@acme.test", "name": "R", "role": "king", "password": "long enough pw"})).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid_role"))
    );
}

#[tokio::test]
async fn workspaces_never_see_each_other() {
    let server = start().await;
    let (other_ws, _) = support::add_workspace(server.store.as_ref(), "globex").await;
    assert_ne!(other_ws, server.ws);
    let cm = server.login("cm").await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = cm.send(conv, "acme internal").await;
    let intruder = server.login_in("globex", "lead@globex.test").await;
    for path in [
        format!("/api/v1/conversations/{conv}/messages"),
        format!("/api/v1/conversations/{conv}"),
    ] {
        let (status, body) = intruder.get(&path).await;
        assert_eq!(status, 404, "{path}: {body}");
        assert_eq!(body["error"]["code"], "not_found");
    }
    let (status, _) = intruder
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "illegal"}),
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = intruder
        .post(&format!("/api/v1/messages/{id}/hide"), json!({}))
        .await;
    assert_eq!(status, 404);
    let (_, found) = intruder.get("/api/v1/search?q=acme").await;
    assert_eq!(found, json!([]));
    let (status, body) = intruder
        .post(
            "/api/v1/conversations",
            json!({"members": [server.id("guest").0]}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("unknown_member"))
    );
}

/// Every call that takes an id answers another workspace's id as an unknown one (`404`), whatever
/// the caller's role, and changes nothing.
#[tokio::test]
async fn another_workspaces_ids_are_unknown_on_every_call() {
    let server = start().await;
    support::add_workspace(server.store.as_ref(), "globex").await;
    let [cm, guest] = server.logins(["cm", "guest"]).await;
    let conv = server.conversation(&cm, &["guest", "lead"]).await;
    let delivered = cm.send(conv, "acme internal").await;
    let (_, held) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Écrivez à jean.dupont@gmail.com"}),
        )
        .await;
    assert_eq!(held["status"], "pending_approval");
    let held = held["id"].as_i64().unwrap();
    // An unsend that waits for a lead (someone replied), and a removal with its incident.
    guest
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Bien reçu", "reply_to": delivered}),
        )
        .await;
    let (status, _) = cm
        .post(
            &format!("/api/v1/messages/{delivered}/unsend"),
            json!({"reason": "typo"}),
        )
        .await;
    assert_eq!(status, 202);
    let removed = cm.send(conv, "faux prix").await;
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{removed}/unsend"),
            json!({"reason": "inaccurate"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let incident = body["incident_id"].as_i64().unwrap();

    let [lead, owner] = [
        server.login_in("globex", "lead@globex.test").await,
        server.login_in("globex", "owner@globex.test").await,
    ];
    let post = reqwest::Method::POST;
    let get = reqwest::Method::GET;
    let patch = reqwest::Method::PATCH;
    let calls = [
        (
            &lead,
            get.clone(),
            format!("/api/v1/conversations/{conv}/messages"),
            None,
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/conversations/{conv}/messages"),
            Some(json!({"body": "x"})),
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/conversations/{conv}/read"),
            Some(json!({"up_to": delivered})),
        ),
        (
            &lead,
            get.clone(),
            format!("/api/v1/search?q=acme&conversation_id={conv}"),
            None,
        ),
        (
            &lead,
            patch.clone(),
            format!("/api/v1/messages/{delivered}"),
            Some(json!({"body": "x"})),
        ),
        (
            &lead,
            get.clone(),
            format!("/api/v1/messages/{delivered}/versions"),
            None,
        ),
        (
            &lead,
            get.clone(),
            format!("/api/v1/messages/{held}/decisions"),
            None,
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/messages/{delivered}/advice"),
            Some(json!({"reason": "typo"})),
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/messages/{held}/cancel"),
            None,
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/messages/{held}/approve"),
            Some(json!({})),
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/messages/{held}/reject"),
            Some(json!({})),
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/messages/{delivered}/unsend/approve"),
            Some(json!({})),
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/messages/{delivered}/unsend/reject"),
            Some(json!({})),
        ),
        (
            &lead,
            get.clone(),
            format!("/api/v1/incidents/{incident}"),
            None,
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/incidents/{incident}/checklist"),
            Some(json!({"item": "apology", "done": true})),
        ),
        (
            &lead,
            post.clone(),
            format!("/api/v1/incidents/{incident}/close"),
            Some(json!({"note": "clos"})),
        ),
        (
            &owner,
            get.clone(),
            format!("/api/v1/incidents/{incident}/evidence?justification=audit%20interne"),
            None,
        ),
        (
            &owner,
            post.clone(),
            format!("/api/v1/incidents/{incident}/erase"),
            Some(json!({"justification": "effacement"})),
        ),
    ];
    for (client, method, path, body) in calls {
        let (status, answer) = client.call(method.clone(), &path, body).await;
        assert_eq!(
            (status, answer["error"]["code"].as_str()),
            (404, Some("not_found")),
            "{method} {path}: {answer}"
        );
    }
    // Nothing moved: the held message still waits, the unsend still waits, the incident is open.
    let lead_acme = server.login("lead").await;
    let (_, queue) = lead_acme.get("/api/v1/approvals").await;
    assert_eq!(queue[0]["message"]["id"], held, "{queue}");
    let (_, detail) = lead_acme
        .get(&format!("/api/v1/incidents/{incident}"))
        .await;
    assert_eq!(detail["status"], "open");
    let (_, list) = lead_acme
        .get("/api/v1/incidents?status=pending_lead_approval")
        .await;
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
}

/// A JSON `POST` whose body goes out in chunks, with no announced length (the client in the tests
/// always sends one); answers the raw response text.
async fn chunked_post(base: &str, path: &str, token: &str, text: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut body = b"{\"body\":\"".to_vec();
    body.extend_from_slice(text);
    body.extend_from_slice(b"\"}");
    for chunk in body.chunks(64 * 1024) {
        let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), chunk, b"\r\n"].concat();
        // The server may answer and close before the whole body is out: that is the point.
        if stream.write_all(&framed).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn bad_input_gets_clear_errors_and_changes_nothing() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let path = format!("/api/v1/conversations/{conv}/messages");
    let (status, body) = cm.post(&path, json!({"body": "é".repeat(4097)})).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("body_too_long"))
    );
    let (status, body) = cm.post(&path, json!({"body": "   "})).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("empty_body"))
    );
    let (status, body) = cm.post(&path, json!({"text": "wrong field"})).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["error"]["code"].is_string());

    let huge = "a".repeat(2 * 1024 * 1024);
    let res = cm
        .http
        .post(format!("{}{}", server.base, path))
        .bearer_auth(&cm.token)
        .header("content-type", "application/json")
        .body(format!("{{\"body\":\"{huge}\"}}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);

    // Sent without a length (chunked), it is refused the same way once read past the limit.
    // (Just past the limit: the fewer bytes left unread when the server answers and closes, the
    // less chance of a reset that would swallow its answer.)
    let just_over = "a".repeat(1024 * 1024 + 1024);
    let refused = chunked_post(&server.base, &path, &cm.token, just_over.as_bytes()).await;
    assert!(refused.starts_with("HTTP/1.1 413"), "{refused}");
    assert!(
        refused.contains(r#""code":"payload_too_large""#) && refused.contains(r#""limit":1048576"#),
        "{refused}"
    );

    let res = cm
        .http
        .post(format!("{}{}", server.base, path))
        .bearer_auth(&cm.token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_json");

    for (status_expected, method, p) in [
        (404, "POST", "/api/v1/messages/999999/unsend".to_string()),
        (
            404,
            "GET",
            "/api/v1/conversations/999999/messages".to_string(),
        ),
        (404, "GET", "/api/v1/conversations/abc/messages".to_string()),
        (404, "GET", "/api/v1/incidents/424242".to_string()),
        (404, "GET", "/api/v1/no-such-endpoint".to_string()),
    ] {
        let method: reqwest::Method = method.parse().unwrap();
        let body = if method == reqwest::Method::POST {
            Some(json!({"reason": "typo"}))
        } else {
            None
        };
        let (status, body) = cm.call(method, &p, body).await;
        assert_eq!(status, status_expected, "{p}: {body}");
        assert!(body["error"]["code"].is_string(), "{p}: {body}");
    }
    let id = cm.send(conv, "kept").await;
    let (status, body) = cm
        .post(&format!("/api/v1/messages/{id}/unsend"), json!({}))
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("reason_required"))
    );
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "because"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid_reason"))
    );
    let (status, _) = cm
        .post(
            &path,
            json!({"body": "reply to nothing", "reply_to": 987654}),
        )
        .await;
    assert_eq!(status, 422);
    let (_, history) = cm.get(&path).await;
    assert_eq!(
        history.as_array().unwrap().len(),
        1,
        "nothing half-written: {history}"
    );
    assert_eq!(history[0]["state"], "visible");
}

#[tokio::test]
async fn browser_sessions_need_the_csrf_token_for_changes() {
    let server = start().await;
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = http
        .post(format!("{}/login", server.base))
        .form(&[
            ("workspace", "acme"),
            ("email", "cm@acme.test"),
            ("password", support::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let cookie = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let res = http
        .get(format!("{}/api/v1/me", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "cookie authenticates reads");
    let res = http
        .post(format!("{}/api/v1/conversations", server.base))
        .json(&json!({"members": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "csrf_failed");
    let res = http
        .post(format!("{}/settings", server.base))
        .form(&[("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error());
}

#[tokio::test]
async fn operations_endpoints_answer() {
    let server = start().await;
    let http = reqwest::Client::new();
    assert_eq!(
        http.get(format!("{}/healthz", server.base))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let doc: Value = http
        .get(format!("{}/api/v1/openapi.json", server.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    // Every call of the interface is described, the WebSocket of events included.
    for path in [
        "/api/v1/auth/login",
        "/api/v1/users",
        "/api/v1/conversations",
        "/api/v1/conversations/{id}/messages",
        "/api/v1/messages/{id}",
        "/api/v1/messages/{id}/unsend",
        "/api/v1/messages/{id}/unsend/approve",
        "/api/v1/messages/{id}/unsend/reject",
        "/api/v1/messages/{id}/hide",
        "/api/v1/messages/{id}/advice",
        "/api/v1/messages/{id}/cancel",
        "/api/v1/messages/{id}/approve",
        "/api/v1/messages/{id}/reject",
        "/api/v1/guard/scan",
        "/api/v1/search",
        "/api/v1/incidents",
        "/api/v1/incidents/{id}",
        "/api/v1/incidents/{id}/evidence",
        "/api/v1/approvals",
        "/api/v1/ledger/export",
        "/api/v1/workspace/settings",
        "/api/v1/events",
    ] {
        assert!(doc["paths"][path].is_object(), "openapi lacks {path}");
    }
    let cm = server.login("cm").await;
    cm.get("/api/v1/conversations").await;
    let metrics = http
        .get(format!("{}/metrics", server.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("retract_http_requests_total"), "{metrics}");
}

#[tokio::test]
async fn the_guard_holds_back_the_teams_risky_messages_only() {
    let server = start().await;
    let (cm, guest) = (server.login("cm").await, server.login("guest").await);
    let conv = server.conversation(&cm, &["guest"]).await;
    let path = format!("/api/v1/conversations/{conv}/messages");
    let (status, body) = cm
        .post(
            &path,
            json!({"body": "Pour le compte presse, mdp : Hunter2!Secret"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("blocked_by_guard")),
        "{body}"
    );
    assert!(body["error"]["findings"]
        .as_array()
        .is_some_and(|f| !f.is_empty()));
    let (status, body) = cm
        .post(
            &path,
            json!({"body": "MERCI POUR VOTRE PATIENCE INCROYABLE !!!"}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("guard_warning")),
        "{body}"
    );
    let (status, body) = cm.post(&path, json!({"body": "MERCI POUR VOTRE PATIENCE INCROYABLE !!!", "acknowledge_warnings": true})).await;
    assert_eq!(status, 201, "{body}");
    let (status, _) = guest
        .post(&path, json!({"body": "VOUS ÊTES NULS !!!"}))
        .await;
    assert_eq!(status, 201, "guests' messages are delivered");
    let (_, history) = cm.get(&path).await;
    assert_eq!(
        history.as_array().unwrap().len(),
        2,
        "the blocked and the unconfirmed ones were not stored"
    );
    let (status, scan) = cm
        .post(
            "/api/v1/guard/scan",
            json!({"text": "Appelez-moi au 06 12 34 56 78"}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(scan["findings"][0]["kind"], "phone");
}

#[tokio::test]
async fn the_ledger_records_incidents_and_evidence_reads_and_exports_signed() {
    let server = start().await;
    let [cm, auditor, owner] = server.logins(["cm", "auditor", "owner"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = cm.send(conv, "prix faux: 12 €").await;
    let (_, unsent) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "inaccurate"}),
        )
        .await;
    let incident = unsent["incident_id"].as_i64().unwrap();
    let (status, _) = auditor
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=monthly%20audit"
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(cm.get("/api/v1/ledger/export").await.0, 403);
    let export = owner
        .http
        .get(format!("{}/api/v1/ledger/export", server.base))
        .bearer_auth(&owner.token)
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 200);
    let text = export.text().await.unwrap();
    assert!(
        !text.contains("prix faux"),
        "the ledger keeps no removed text"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "opened, evidence read, checkpoint: {text}");
    assert!(
        lines[0].contains("incident.opened")
            && lines[1].contains("evidence.read")
            && lines[2].contains("checkpoint")
    );
    let report = retract_domain::verify_export(lines.iter().copied(), None).unwrap();
    assert_eq!(report.entries, 2);
    // The same workspace key signs every export.
    let again = auditor
        .http
        .get(format!("{}/api/v1/ledger/export", server.base))
        .bearer_auth(&auditor.token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let key_of = |t: &str| {
        t.lines()
            .last()
            .and_then(|l| l.split("\"public_key\":\"").nth(1))
            .map(|k| k[..64].to_string())
    };
    assert_eq!(key_of(&text), key_of(&again));
    // One flipped byte is caught.
    let tampered = text.replacen("inaccurate", "inaccuratf", 1);
    assert!(retract_domain::verify_export(tampered.lines(), None).is_err());
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_that_account_for_a_while() {
    let server = start().await;
    let http = reqwest::Client::new();
    let login = |email: &'static str, password: &'static str| {
        let http = http.clone();
        let url = format!("{}/api/v1/auth/login", server.base);
        async move {
            let res = http
                .post(url)
                .json(&json!({"workspace": "acme", "email": email, "password": password}))
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            (status, res.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    for _ in 0..5 {
        assert_eq!(login("cm@acme.test", "not the password").await.0, 401);
    }
    // Even the right password waits now: guessing cannot go on.
    let (status, body) = login("cm@acme.test", support::PASSWORD).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (429, Some("too_many_attempts")),
        "{body}"
    );
    assert!(body["error"]["retry_after_seconds"].as_u64() > Some(0));
    // Other accounts are not affected.
    assert_eq!(server.login("lead").await.get("/api/v1/me").await.0, 200);
}

#[tokio::test]
async fn guests_never_see_the_guards_findings_nor_the_member_list() {
    let server = start().await;
    let [cm, guest] = server.logins(["cm", "guest"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let path = format!("/api/v1/conversations/{conv}/messages");
    let (status, sent) = guest
        .post(&path, json!({"body": "vous êtes des connards"}))
        .await;
    assert_eq!(status, 201, "{sent}");
    assert_eq!(sent["status"], "delivered");
    assert_eq!(sent.get("verdict"), Some(&Value::Null), "{sent}");
    assert_eq!(sent.get("findings"), Some(&Value::Null), "{sent}");
    assert!(!contains(&sent, "insult"), "{sent}");
    let (_, history) = guest.get(&path).await;
    assert!(!contains(&history, "insult"), "{history}");
    let own = sent["id"].as_i64().expect("id");
    let (status, edited) = guest
        .patch(
            &format!("/api/v1/messages/{own}"),
            json!({"body": "bande de connards"}),
        )
        .await;
    assert_eq!(status, 200, "{edited}");
    assert!(
        edited["findings"].is_null() && !contains(&edited, "insult"),
        "{edited}"
    );
    // The team still gets the verdict and the findings of its own sends.
    let (status, sent) = cm
        .post(
            &path,
            json!({"body": "Appelez-moi au 06 12 34 56 78", "acknowledge_warnings": true}),
        )
        .await;
    assert_eq!(status, 201, "{sent}");
    assert!(sent["verdict"].is_string(), "{sent}");
    assert!(sent["findings"].is_array(), "{sent}");

    let (status, body) = guest.get("/api/v1/users").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden")),
        "{body}"
    );
    assert!(!contains(&body, "@acme.test"), "{body}");
    for name in ["cm", "auditor"] {
        let member = server.login(name).await;
        let (status, users) = member.get("/api/v1/users").await;
        assert_eq!(status, 200, "{name}: {users}");
        assert!(contains(&users, "guest@acme.test"), "{users}");
    }
}

#[tokio::test]
async fn refusals_before_any_handler_use_the_json_error_shape() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let path = format!("{}/api/v1/conversations/{conv}/messages", server.base);
    // Just over the 1 MiB limit, with a Content-Length: refused before the body is read.
    let over = format!("{{\"body\":\"{}\"}}", "a".repeat(1024 * 1024));
    let res = cm
        .http
        .post(&path)
        .bearer_auth(&cm.token)
        .header("content-type", "application/json")
        .body(over)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 413);
    assert!(res.headers()["content-length"] != "0");
    let body: Value = res.json().await.expect("a JSON body");
    assert_eq!(body["error"]["code"], "payload_too_large", "{body}");
    assert!(body["error"]["message"].is_string(), "{body}");
    let (status, body) = cm
        .call(
            reqwest::Method::DELETE,
            &format!("/api/v1/conversations/{conv}"),
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (405, Some("method_not_allowed")),
        "{body}"
    );
    let res = cm
        .http
        .delete(format!("{}/api/v1/conversations/{conv}", server.base))
        .bearer_auth(&cm.token)
        .send()
        .await
        .expect("request");
    assert!(
        res.headers().contains_key("allow"),
        "405 keeps its Allow header"
    );
    for p in [
        "/api/v1/no-such-endpoint",
        "/api/v1/conversations/1/nothing",
    ] {
        let (status, body) = cm.get(p).await;
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (404, Some("not_found")),
            "{p}: {body}"
        );
    }
}

#[tokio::test]
async fn only_a_moderator_is_offered_the_moderation_form() {
    let server = start().await;
    let [cm, guest] = server.logins(["cm", "guest"]).await;
    let conv = server.conversation(&cm, &["guest", "lead"]).await;
    let cms = cm.send(conv, "Bonjour à tous").await;
    let guests = guest.send(conv, "Vous êtes une bande d'idiots").await;
    for (who, id, lang, refusal) in [
        ("guest", cms, "fr", "Seul l&#x27;auteur peut faire cela."),
        ("guest", cms, "en", "Only the author can do this."),
        ("cm", guests, "fr", "Votre rôle ne permet pas cette action."),
        ("cm", guests, "en", "Your role does not allow this."),
    ] {
        let http = support::browser_login_in(&server, who, lang).await;
        let (status, html) = support::page(&http, &server, &format!("/m/{id}/unsend")).await;
        assert_eq!(status, 403, "{who} on message {id}");
        assert!(!html.contains("unsend-form"), "{who}: no form\n{html}");
        assert!(html.contains(refusal), "{who} ({lang}): {refusal}\n{html}");
    }
    // The author and the lead still get their forms.
    let lead = support::browser_login_in(&server, "lead", "fr").await;
    let (status, html) = support::page(&lead, &server, &format!("/m/{guests}/unsend")).await;
    assert_eq!(status, 200);
    assert!(html.contains("unsend-form") && html.contains("Retirer le message d&#x27;un invité"));
    let own = support::browser_login_in(&server, "cm", "fr").await;
    let (status, html) = support::page(&own, &server, &format!("/m/{cms}/unsend")).await;
    assert_eq!(status, 200);
    assert!(html.contains("unsend-form") && html.contains("Supprimer pour tout le monde"));
}

#[tokio::test]
async fn a_page_address_with_a_wrong_id_gets_the_not_found_page_in_the_readers_language() {
    let server = start().await;
    for (lang, text) in [("fr", "Élément introuvable."), ("en", "Not found.")] {
        let http = support::browser_login_in(&server, "cm", lang).await;
        for path in [
            "/c/abc",
            "/m/abc/edit",
            "/m/abc/unsend",
            "/incidents/abc",
            "/incidents/abc/report",
        ] {
            let (status, html) = support::page(&http, &server, path).await;
            assert_eq!(status, 404, "{path}");
            assert!(html.contains(text), "{path} ({lang}): {html}");
            assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{path}");
        }
    }
    // Signed out, the login page as for any other page.
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let res = anonymous
        .get(format!("{}/c/abc", server.base))
        .send()
        .await
        .expect("page");
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn the_report_prints_without_an_inline_handler() {
    let server = start().await;
    let [cm] = server.logins(["cm"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = cm.send(conv, "Une coquille").await;
    let (status, removed) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "typo"}),
        )
        .await;
    assert_eq!(status, 200, "{removed}");
    let incident = removed["incident_id"].as_i64().expect("incident");
    let http = support::browser_login_in(&server, "cm", "fr").await;
    let (status, html) =
        support::page(&http, &server, &format!("/incidents/{incident}/report")).await;
    assert_eq!(status, 200);
    assert!(
        !html.contains("onclick"),
        "the CSP refuses inline handlers: {html}"
    );
    assert!(html.contains("data-print") && html.contains("src=\"/static/report.js\""));
    assert!(html.contains("<div class=\"table-wrap\"><table class=\"timeline-table\">"));
    let res = http
        .get(format!("{}/static/report.js", server.base))
        .send()
        .await
        .expect("script");
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/javascript"));
    let script = res.text().await.expect("script text");
    assert!(script.contains("[data-print]") && script.contains("window.print()"));
}

/// Every error code the server can answer has a text in French and in English, so that no page
/// falls back to the API's English message.
#[test]
fn every_error_code_has_a_french_and_an_english_text() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in [root.join("src"), root.join("../store/src")] {
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("source dir").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    sources.push(std::fs::read_to_string(&path).expect("source"));
                }
            }
        }
    }
    // The codes the JSON extractor maps axum's rejections to.
    let mut codes: std::collections::BTreeSet<String> = [
        "payload_too_large",
        "unsupported_media_type",
        "invalid_fields",
        "invalid_json",
    ]
    .map(String::from)
    .into();
    let starts = [
        "ApiError::new(",
        "ApiError::bad_request(",
        "ApiError::forbidden(",
        "ApiError::conflict(",
        "ApiError::unprocessable(",
        "Self::new(",
        "StoreError::Conflict(",
    ];
    for source in &sources {
        for start in starts {
            for (at, _) in source.match_indices(start) {
                let mut rest = source[at + start.len()..].trim_start();
                if let Some(after) = rest.strip_prefix("StatusCode::") {
                    rest = after
                        .trim_start_matches(|c: char| c.is_ascii_uppercase() || c == '_')
                        .trim_start_matches(',')
                        .trim_start();
                }
                if let Some(quoted) = rest.strip_prefix('"') {
                    let code: String = quoted.chars().take_while(|c| *c != '"').collect();
                    if code.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !code.is_empty()
                    {
                        codes.insert(code);
                    }
                }
            }
        }
    }
    assert!(
        codes.len() > 50
            && codes.contains("query_too_long")
            && codes.contains("method_not_allowed")
    );
    for lang in ["fr", "en"] {
        let ftl =
            std::fs::read_to_string(root.join(format!("locales/{lang}/main.ftl"))).expect("ftl");
        let missing: Vec<&String> = codes
            .iter()
            .filter(|code| {
                !ftl.lines()
                    .any(|l| l.starts_with(&format!("error-{code} = ")))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{lang}: no `error-<code>` text for {missing:?}"
        );
    }
}

#[tokio::test]
async fn the_edited_mark_opens_the_earlier_versions_for_those_who_may_read_them() {
    let server = start().await;
    let [cm, guest] = server.logins(["cm", "guest"]).await;
    let conv = server.conversation(&cm, &["guest", "lead"]).await;
    let id = cm.send(conv, "Le tarif est de 49 euros").await;
    let (status, _) = cm
        .patch(
            &format!("/api/v1/messages/{id}"),
            json!({"body": "Le tarif est de 59 euros"}),
        )
        .await;
    assert_eq!(status, 200);
    let link = format!("href=\"/m/{id}/versions\"");
    // The author and a lead: the mark is a link, the page shows the current and earlier text.
    for (who, lang, title) in [
        ("cm", "fr", "Versions du message"),
        ("cm", "en", "Message versions"),
        ("lead", "fr", "Versions précédentes"),
        ("lead", "en", "Earlier versions"),
    ] {
        let http = support::browser_login_in(&server, who, lang).await;
        let (_, html) = support::page(&http, &server, &format!("/c/{conv}")).await;
        assert!(html.contains(&link), "{who} ({lang}): {html}");
        let (status, html) = support::page(&http, &server, &format!("/m/{id}/versions")).await;
        assert_eq!(status, 200, "{who} ({lang})");
        assert!(html.contains(title), "{who} ({lang}): {html}");
        assert!(html.contains(&format!("<html lang=\"{lang}\"")));
        assert!(
            html.contains("49 euros") && html.contains("59 euros"),
            "{html}"
        );
        assert!(
            html.contains(&format!("href=\"/c/{conv}#m{id}\"")),
            "a way back"
        );
    }
    // A guest sees the mark only; the page and the API refuse them the earlier text.
    let http = support::browser_login_in(&server, "guest", "fr").await;
    let (_, html) = support::page(&http, &server, &format!("/c/{conv}")).await;
    assert!(html.contains("modifié") && !html.contains(&link), "{html}");
    let (status, html) = support::page(&http, &server, &format!("/m/{id}/versions")).await;
    assert_eq!(status, 403);
    assert!(!html.contains("49 euros"), "{html}");
    let (status, body) = guest.get(&format!("/api/v1/messages/{id}/versions")).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    // A team member outside the conversation gets nothing either.
    let http = support::browser_login_in(&server, "cm2", "en").await;
    let (status, html) = support::page(&http, &server, &format!("/m/{id}/versions")).await;
    assert_eq!(status, 403);
    assert!(!html.contains("49 euros"), "{html}");

    // Once unsent, no version is shown anywhere (M-7).
    let (status, _) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "inaccurate"}),
        )
        .await;
    assert_eq!(status, 200);
    for lang in ["fr", "en"] {
        let http = support::browser_login_in(&server, "cm", lang).await;
        let (status, html) = support::page(&http, &server, &format!("/m/{id}/versions")).await;
        assert_eq!(status, 410, "{lang}");
        assert!(!html.contains("euros"), "{lang}: {html}");
        let (_, html) = support::page(&http, &server, &format!("/c/{conv}")).await;
        assert!(
            !html.contains(&link) && !html.contains("euros"),
            "{lang}: {html}"
        );
    }
}

#[tokio::test]
async fn a_held_message_shows_on_no_page_but_its_authors() {
    let server = start().await;
    let [cm] = server.logins(["cm"]).await;
    let conv = server.conversation(&cm, &["guest", "lead", "exec"]).await;
    let (status, held) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Le client se joint au 06 12 34 56 78"}),
        )
        .await;
    assert_eq!(status, 201, "{held}");
    assert_eq!(held["status"], "pending_approval");
    let id = held["id"].as_i64().unwrap();
    for who in ["guest", "lead", "exec"] {
        let http = support::browser_login_in(&server, who, "fr").await;
        for path in ["edit", "unsend", "versions", "fragment"] {
            let (status, html) = support::page(&http, &server, &format!("/m/{id}/{path}")).await;
            assert_eq!(status, 404, "{who} on /m/{id}/{path}");
            assert!(!html.contains("06 12"), "{who} on /m/{id}/{path}: {html}");
        }
    }
    let author = support::browser_login_in(&server, "cm", "fr").await;
    let (status, html) = support::page(&author, &server, &format!("/m/{id}/fragment")).await;
    assert_eq!(status, 200);
    assert!(html.contains("06 12 34 56 78"));
}

#[tokio::test]
async fn a_quote_follows_the_typography_of_the_page_language() {
    let server = start().await;
    let [cm, guest] = server.logins(["cm", "guest"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = cm.send(conv, "Le colis part demain").await;
    let (status, _) = guest
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Merci !", "reply_to": id}),
        )
        .await;
    assert_eq!(status, 201);
    for (lang, quote) in [("fr", "cm</a>\u{a0}: Le colis"), ("en", "cm</a>: Le colis")] {
        let http = support::browser_login_in(&server, "cm", lang).await;
        let (_, html) = support::page(&http, &server, &format!("/c/{conv}")).await;
        assert!(html.contains(quote), "{lang}: {html}");
    }
}
