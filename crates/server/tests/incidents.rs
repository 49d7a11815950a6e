//! Incidents over real HTTP and WebSocket on a real SQLite file: unsends that wait for a lead,
//! follow-up and closing, the evidence vault (sealed on disk, read with a justification, erased),
//! filters and exports.

mod support;

use std::time::Duration;

use serde_json::json;
use support::start;

/// Every file under `dir`, recursively.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_plaintext_of_an_unsent_message_remains_in_the_data_directory() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conversation = server.conversation(&cm, &["cm", "guest"]).await;
    // Distinctive words, so any leftover copy (row, freed page, WAL frame, index term) is found.
    let secret = "Zorblaxique lancement Quetzalfeuille jeudi";
    let id = cm.send(conversation, secret).await;
    let (status, _) = cm
        .patch(
            &format!("/api/v1/messages/{id}"),
            json!({"body": "Zorblaxique lancement Quetzalfeuille vendredi Plumtarnique"}),
        )
        .await;
    assert_eq!(status, 200);
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "confidential"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let incident = body["incident_id"].as_i64().unwrap();
    // The background thread purges the index and truncates the WAL once the store is idle
    // (at most 30 s after a removal); poll, bounded, until it has.
    let words = [
        "Zorblaxique",
        "Quetzalfeuille",
        "Plumtarnique",
        "zorblaxique",
        "plumtarnique",
    ];
    let leftovers = || {
        let mut found = Vec::new();
        for path in files_under(&server.data_dir) {
            let bytes = std::fs::read(&path).unwrap_or_default();
            for word in words {
                if contains(&bytes, word.as_bytes()) {
                    found.push(format!("{word} in {}", path.display()));
                }
            }
        }
        found
    };
    let mut found = leftovers();
    for _ in 0..160 {
        if found.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
        found = leftovers();
    }
    assert!(found.is_empty(), "plaintext left: {found:?}");
    // The auditor still reads it, from the vault.
    let auditor = server.login("auditor").await;
    let (status, evidence) = auditor
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=legal%20hold%2042"
        ))
        .await;
    assert_eq!(status, 200, "{evidence}");
    assert_eq!(
        evidence["content"],
        "Zorblaxique lancement Quetzalfeuille vendredi Plumtarnique"
    );
    assert_eq!(evidence["earlier_versions"], json!([secret]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rewriting_history_waits_for_another_lead() {
    let server = start().await;
    let cm = server.login("cm").await;
    let guest = server.login("guest").await;
    let lead = server.login("lead").await;
    let conversation = server.conversation(&cm, &["cm", "guest", "lead"]).await;
    let id = cm
        .send(conversation, "Notre offre se termine ce soir")
        .await;
    // Someone answered: removing it for a non-flagrant reason rewrites history (D-3).
    let (status, _) = guest
        .post(
            &format!("/api/v1/conversations/{conversation}/messages"),
            json!({"body": "Merci pour l'info", "reply_to": id}),
        )
        .await;
    assert_eq!(status, 201);
    let (status, advice) = cm
        .post(
            &format!("/api/v1/messages/{id}/advice"),
            json!({"reason": "tone"}),
        )
        .await;
    assert_eq!(
        (status, advice["recommendation"].as_str()),
        (200, Some("needs_lead_approval"))
    );
    let mut lead_events = lead.events().await;
    let mut guest_events = guest.events().await;
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "tone", "note": "trop sec"}),
        )
        .await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["status"], "pending_lead_approval");
    assert_eq!(body["advice"]["recommendation"], "needs_lead_approval");
    let incident = body["incident_id"].as_i64().unwrap();
    let requested = lead_events.next_of("unsend.requested").await;
    assert_eq!(requested["incident_id"], incident);
    // Nothing changed for members.
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conversation}/messages"))
        .await;
    assert_eq!(history[0]["body"], "Notre offre se termine ce soir");
    // Asking again is a conflict; the requester cannot approve; a cm cannot either.
    let (status, again) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "tone"}),
        )
        .await;
    assert_eq!(
        (status, again["error"]["code"].as_str()),
        (409, Some("unsend_pending"))
    );
    let (status, _) = cm
        .post(&format!("/api/v1/messages/{id}/unsend/approve"), json!({}))
        .await;
    assert_eq!(status, 403);
    let (_, detail) = lead.get(&format!("/api/v1/incidents/{incident}")).await;
    assert_eq!(detail["status"], "pending_lead_approval");
    // A lead approves: the tombstone goes out live, in the requester's name.
    let (status, decided) = lead
        .post(
            &format!("/api/v1/messages/{id}/unsend/approve"),
            json!({"comment": "ok"}),
        )
        .await;
    assert_eq!(status, 200, "{decided}");
    assert_eq!(decided["status"], "open");
    assert_eq!(decided["message"]["state"], "unsent");
    let unsent = guest_events.next_of("message.unsent").await;
    assert_eq!(unsent["message"]["id"], id);
    assert!(unsent["message"]["body"].is_null());
    let (status, _) = lead
        .post(&format!("/api/v1/messages/{id}/unsend/reject"), json!({}))
        .await;
    assert_eq!(status, 409, "decided once");
    let (_, detail) = lead.get(&format!("/api/v1/incidents/{incident}")).await;
    let kinds: Vec<&str> = detail["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["incident.opened", "unsend.approved"]);

    // Another request, rejected: the message stays and the requester is told.
    let other = cm.send(conversation, "Deuxième annonce").await;
    guest
        .post(
            &format!("/api/v1/conversations/{conversation}/messages"),
            json!({"body": "Super", "reply_to": other}),
        )
        .await;
    let mut cm_events = cm.events().await;
    let (status, _) = cm
        .post(
            &format!("/api/v1/messages/{other}/unsend"),
            json!({"reason": "other"}),
        )
        .await;
    assert_eq!(status, 202);
    let (status, rejected) = lead
        .post(
            &format!("/api/v1/messages/{other}/unsend/reject"),
            json!({"comment": "on assume"}),
        )
        .await;
    assert_eq!(
        (status, rejected["status"].as_str()),
        (200, Some("rejected"))
    );
    let told = cm_events.next_of("unsend.rejected").await;
    assert_eq!(told["comment"], "on assume");
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conversation}/messages"))
        .await;
    assert!(history
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["body"] == "Deuxième annonce"));
}

/// The interface names no body for `/unsend/approve` and `/unsend/reject`: a bare `POST` (no body,
/// no `Content-Type`) decides, and an id that names no message is `404`, not `409`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_decides_a_waiting_unsend_with_a_bare_post() {
    let server = start().await;
    let [cm, guest, lead] = server.logins(["cm", "guest", "lead"]).await;
    let conversation = server.conversation(&cm, &["guest", "lead"]).await;
    let bare = |path: String| {
        lead.http
            .post(format!("{}{path}", lead.base))
            .bearer_auth(&lead.token)
            .send()
    };
    let mut waiting = Vec::new();
    for text in ["Première annonce", "Deuxième annonce"] {
        let id = cm.send(conversation, text).await;
        guest
            .post(
                &format!("/api/v1/conversations/{conversation}/messages"),
                json!({"body": "Merci", "reply_to": id}),
            )
            .await;
        let (status, body) = cm
            .post(
                &format!("/api/v1/messages/{id}/unsend"),
                json!({"reason": "typo"}),
            )
            .await;
        assert_eq!(status, 202, "{body}");
        waiting.push(id);
    }
    let res = bare(format!("/api/v1/messages/{}/unsend/approve", waiting[0]))
        .await
        .expect("approve");
    assert_eq!(res.status(), 200);
    let decided: serde_json::Value = res.json().await.expect("json");
    assert_eq!(decided["message"]["state"], "unsent");
    let res = bare(format!("/api/v1/messages/{}/unsend/reject", waiting[1]))
        .await
        .expect("reject");
    assert_eq!(res.status(), 200);
    let decided: serde_json::Value = res.json().await.expect("json");
    assert_eq!(decided["status"], "rejected");
    // A message with nothing waiting is a conflict; no message at all is unknown.
    for (path, status, code) in [
        (
            format!("/api/v1/messages/{}/unsend/approve", waiting[1]),
            409,
            "not_pending",
        ),
        (
            "/api/v1/messages/999999/unsend/approve".to_string(),
            404,
            "not_found",
        ),
        (
            "/api/v1/messages/999999/unsend/reject".to_string(),
            404,
            "not_found",
        ),
    ] {
        let res = bare(path.clone()).await.expect("decision");
        assert_eq!(res.status(), status, "{path}");
        let body: serde_json::Value = res.json().await.expect("json");
        assert_eq!(body["error"]["code"], code, "{path}");
    }
    // A body that is there is still checked: a comment must be text.
    let (status, body) = lead
        .post(
            &format!("/api/v1/messages/{}/unsend/reject", waiting[1]),
            json!({"comment": 5}),
        )
        .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some("invalid_fields"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_are_linked_timed_and_closed() {
    let server = start().await;
    let cm = server.login("cm").await;
    let guest = server.login("guest").await;
    let conversation = server.conversation(&cm, &["cm", "guest"]).await;
    let id = cm.send(conversation, "Le prix est de 10 €").await;
    let (_, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "inaccurate"}),
        )
        .await;
    let incident = body["incident_id"].as_i64().unwrap();
    assert_eq!(body["advice"]["recommendation"], "unsend");
    let (status, detail) = cm.get(&format!("/api/v1/incidents/{incident}")).await;
    assert_eq!(status, 200);
    assert_eq!(detail["status"], "open");
    assert_eq!(
        detail["personal_data_breach"],
        serde_json::Value::Null,
        "no personal data, no GDPR clock"
    );
    assert_eq!(
        detail["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["item"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["apology", "explanation", "correction", "answers"]
    );
    assert!(detail["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["done"] == false));
    let templates = detail["templates"].as_array().unwrap();
    assert!(templates[0]["fr"].as_str().unwrap().contains("inexacte"));
    assert!(templates[0]["en"].as_str().unwrap().contains("inaccurate"));
    assert_eq!(detail["timeline"][0]["data"]["advice_followed"], true);
    assert!(
        !detail.to_string().contains("10 €"),
        "never the removed content"
    );
    // A follow-up sent from the incident is linked, and moves it to followed up.
    let (status, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conversation}/messages"),
            json!({"body": "Toutes nos excuses : le bon prix est 12 €.", "followup_of": incident}),
        )
        .await;
    assert_eq!(status, 201, "{sent}");
    let (_, detail) = cm.get(&format!("/api/v1/incidents/{incident}")).await;
    assert_eq!(detail["status"], "followed_up");
    assert_eq!(detail["followups"][0]["message_id"], sent["id"]);
    assert!(detail["time_to_first_followup_seconds"].as_i64().unwrap() >= 0);
    // The spreadsheet export measures it too (F-, L-4).
    let (_, csv) = cm
        .call(reqwest::Method::GET, "/api/v1/incidents/export", None)
        .await;
    let csv = csv.as_str().unwrap_or_default().to_string();
    let mut rows = csv.lines().map(|l| l.split(',').collect::<Vec<_>>());
    let header = rows.next().unwrap();
    let column = header
        .iter()
        .position(|h| *h == "time_to_first_followup_seconds")
        .expect("the column");
    let row = rows.next().unwrap();
    assert_eq!(row[0], incident.to_string());
    assert!(row[column].parse::<i64>().is_ok_and(|s| s >= 0), "{csv}");
    // The guest sees the follow-up, not the incident.
    let (status, _) = guest.get(&format!("/api/v1/incidents/{incident}")).await;
    assert_eq!(status, 404);
    let (status, _) = guest
        .post(
            &format!("/api/v1/conversations/{conversation}/messages"),
            json!({"body": "?", "followup_of": incident}),
        )
        .await;
    assert_eq!(status, 403);
    // Checklist: tick, bad item refused.
    let (status, detail) = cm
        .post(
            &format!("/api/v1/incidents/{incident}/checklist"),
            json!({"item": "apology", "done": true}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(detail["checklist"][0]["done"], true);
    let (status, err) = cm
        .post(
            &format!("/api/v1/incidents/{incident}/checklist"),
            json!({"item": "party", "done": true}),
        )
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (422, Some("invalid_item"))
    );
    // Closing needs a note; then nothing more is accepted.
    let (status, _) = cm
        .post(
            &format!("/api/v1/incidents/{incident}/close"),
            json!({"note": "  "}),
        )
        .await;
    assert_eq!(status, 422);
    let (status, detail) = cm
        .post(
            &format!("/api/v1/incidents/{incident}/close"),
            json!({"note": "Excuses et bon prix publiés."}),
        )
        .await;
    assert_eq!((status, detail["status"].as_str()), (200, Some("closed")));
    assert_eq!(detail["closing_note"], "Excuses et bon prix publiés.");
    let (status, err) = cm
        .post(
            &format!("/api/v1/incidents/{incident}/checklist"),
            json!({"item": "answers", "done": true}),
        )
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (409, Some("incident_closed"))
    );
    let (status, err) = cm
        .post(
            &format!("/api/v1/conversations/{conversation}/messages"),
            json!({"body": "encore", "followup_of": incident}),
        )
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (422, Some("invalid_followup"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evidence_reads_are_justified_and_erasure_is_for_good() {
    let server = start().await;
    let cm = server.login("cm").await;
    let conversation = server.conversation(&cm, &["cm", "guest"]).await;
    let id = cm
        .send(conversation, "Appelez Mme Durand au 06 12 34 56 78")
        .await;
    // A phone number needs a lead's approval before it goes out.
    let lead = server.login("lead").await;
    let (status, _) = lead
        .post(&format!("/api/v1/messages/{id}/approve"), json!({}))
        .await;
    assert_eq!(status, 200);
    let mut lead_events = lead.events().await;
    let (_, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "confidential"}),
        )
        .await;
    let incident = body["incident_id"].as_i64().unwrap();
    // A phone number leaked: the advisor escalates and the incident is marked for the leads.
    assert_eq!(body["advice"]["recommendation"], "escalate");
    // A-3: the workspace's leads are alerted in the app at once, without the content (this lead
    // is outside the conversation: the incident's id, nothing about the conversation).
    let alert = lead_events.next_of("incident.escalated").await;
    assert_eq!(alert["incident_id"], incident);
    assert_eq!(alert.get("conversation_id"), None, "{alert}");
    assert!(!alert.to_string().contains("Durand"), "{alert}");
    let (_, detail) = lead.get(&format!("/api/v1/incidents/{incident}")).await;
    assert_eq!(detail["escalated"], true);
    // C-3: a personal-data leak starts the GDPR 72-hour notification clock, in both zones.
    let opened = time::OffsetDateTime::parse(
        detail["at"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let due = time::OffsetDateTime::parse(
        detail["personal_data_breach"]["notify_by"]
            .as_str()
            .unwrap_or_default(),
        &time::format_description::well_known::Rfc3339,
    )
    .expect("a notification deadline");
    assert_eq!(due - opened, time::Duration::hours(72), "{detail}");
    assert_eq!(detail["personal_data_breach"]["hours"], 72);
    assert!(detail["personal_data_breach"]["notify_by_local"].is_string());
    // The incident page shows the deadline, in the workspace's zone and the reader's language.
    let local = detail["personal_data_breach"]["notify_by_local"]
        .as_str()
        .unwrap_or_default()
        .get(..16)
        .unwrap_or_default()
        .replace('T', " ");
    for (lang, heading) in [
        ("fr", "Violation de données personnelles"),
        ("en", "Personal data breach"),
    ] {
        let http = support::browser_login_in(&server, "lead", lang).await;
        for path in [
            format!("/incidents/{incident}"),
            format!("/incidents/{incident}/report"),
        ] {
            let (status, html) = support::page(&http, &server, &path).await;
            assert_eq!(status, 200, "{path}");
            assert!(html.contains(heading), "{lang} {path}: {html}");
            assert!(html.contains(&local), "{lang} {path}: {local} in {html}");
        }
    }
    let owner = server.login("owner").await;
    let auditor = server.login("auditor").await;
    for (who, status) in [(&cm, 403), (&lead, 403)] {
        let (got, _) = who
            .get(&format!(
                "/api/v1/incidents/{incident}/evidence?justification=just%20curious"
            ))
            .await;
        assert_eq!(got, status);
    }
    let (status, err) = auditor
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=no"
        ))
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (422, Some("justification_required"))
    );
    let (status, evidence) = auditor
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=GDPR%20request%2017"
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(evidence["content"], "Appelez Mme Durand au 06 12 34 56 78");
    // Only the owner erases, with a justification.
    let (status, _) = auditor
        .post(
            &format!("/api/v1/incidents/{incident}/erase"),
            json!({"justification": "retention over"}),
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = owner
        .post(
            &format!("/api/v1/incidents/{incident}/erase"),
            json!({"justification": "GDPR erasure request 17"}),
        )
        .await;
    assert_eq!(status, 204);
    let (status, err) = auditor
        .get(&format!(
            "/api/v1/incidents/{incident}/evidence?justification=after%20erasure"
        ))
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (410, Some("evidence_erased"))
    );
    let (status, _) = owner
        .post(
            &format!("/api/v1/incidents/{incident}/erase"),
            json!({"justification": "twice over"}),
        )
        .await;
    assert_eq!(status, 410);
    // The ledger still verifies offline, and records the read and the erasure.
    let (status, export) = auditor
        .call(reqwest::Method::GET, "/api/v1/ledger/export", None)
        .await;
    assert_eq!(status, 200);
    let text = export.as_str().unwrap_or_default().to_string();
    let report = retract_domain::verify_export(text.lines(), None).expect("verifies");
    assert_eq!(report.entries, 3);
    assert!(text.contains("evidence.read") && text.contains("content.erased"));
    assert!(
        !text.contains("Durand"),
        "the ledger never holds the content"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_filters_and_exports() {
    let server = start().await;
    let cm = server.login("cm").await;
    let lead = server.login("lead").await;
    let conversation = server.conversation(&cm, &["cm", "guest"]).await;
    for (text, reason) in [
        ("=1+1 prix faux", "inaccurate"),
        ("oups lien", "dangerous_link"),
    ] {
        let id = cm.send(conversation, text).await;
        let (status, _) = cm
            .post(
                &format!("/api/v1/messages/{id}/unsend"),
                json!({"reason": reason, "note": "=HYPERLINK(\"x\")"}),
            )
            .await;
        assert_eq!(status, 200);
    }
    let (_, all) = lead.get("/api/v1/incidents").await;
    assert_eq!(all.as_array().unwrap().len(), 2);
    let (_, links) = lead.get("/api/v1/incidents?reason=dangerous_link").await;
    assert_eq!(links.as_array().unwrap().len(), 1);
    let (_, none) = lead.get("/api/v1/incidents?status=closed").await;
    assert_eq!(none, json!([]));
    let (_, future) = lead.get("/api/v1/incidents?from=2999-01-01").await;
    assert_eq!(future, json!([]));
    let (status, err) = lead.get("/api/v1/incidents?from=yesterday").await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (422, Some("invalid_date"))
    );
    let (status, csv) = lead
        .call(
            reqwest::Method::GET,
            "/api/v1/incidents/export?format=csv",
            None,
        )
        .await;
    assert_eq!(status, 200);
    let csv = csv.as_str().unwrap_or_default().to_string();
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("id,opened_at,opened_at_local,time_zone,kind,reason,status"));
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains("'=HYPERLINK"), "formulas are defused: {csv}");
    assert!(!csv.contains("prix faux"), "never the removed content");
    let (status, json_export) = lead
        .call(
            reqwest::Method::GET,
            "/api/v1/incidents/export?format=json&reason=inaccurate",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        json_export.as_array().map(Vec::len),
        Some(1),
        "{json_export}"
    );
    let (status, _) = lead
        .call(
            reqwest::Method::GET,
            "/api/v1/incidents/export?format=xls",
            None,
        )
        .await;
    assert_eq!(status, 422);
    // A guest's export is empty, like its list.
    let guest = server.login("guest").await;
    let (_, csv) = guest
        .call(reqwest::Method::GET, "/api/v1/incidents/export", None)
        .await;
    assert_eq!(csv.as_str().unwrap_or_default().lines().count(), 1);
}

/// Incidents opened before the vault kept their content in plaintext: start-up seals it, deletes
/// the plaintext, and a second start (or a second node) finds nothing left to do.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_up_seals_the_plaintext_of_earlier_incidents() {
    use retract_store::conformance::{fixture, send};
    use retract_store::{IncidentKind, Removal, SqliteStore, Store};
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SqliteStore::open(dir.path()).expect("open");
    let f = fixture(&store, "legacy").await;
    let m = send(&store, &f, f.cm, "ancien texte Vorbquillon", 10).await;
    // An incident without sealed evidence, as the migration leaves one, and its plaintext.
    let incident = store
        .request_removal(Removal {
            workspace_id: f.ws,
            message_id: m.id,
            actor: f.cm,
            actor_role: retract_domain::Role::Cm,
            kind: IncidentKind::Unsend,
            reason: retract_domain::Reason::Other,
            note: None,
            advice: json!({}),
            ledger_data: json!({}),
            advice_followed: true,
            escalated: false,
            now: 11,
        })
        .await
        .expect("incident");
    let db = rusqlite::Connection::open(dir.path().join("retract.db")).expect("open db");
    db.execute(
        "INSERT INTO legacy_evidence (incident_id, workspace_id, content) VALUES (?1, ?2, ?3)",
        rusqlite::params![
            incident.0,
            f.ws.0,
            r#"{"body":"ancien texte Vorbquillon","earlier_versions":[]}"#
        ],
    )
    .expect("legacy row");
    let master = retract_store::vault::MasterKey::generate();
    let sealed = retract_server::incidents::seal_legacy_evidence(&store, &master)
        .await
        .expect("seal");
    assert_eq!(sealed, 1);
    let left: i64 = db
        .query_row("SELECT COUNT(*) FROM legacy_evidence", [], |r| r.get(0))
        .expect("count");
    assert_eq!(left, 0, "the plaintext is gone");
    let evidence = store
        .incident_evidence(f.ws, incident)
        .await
        .expect("read")
        .expect("sealed evidence");
    assert!(!String::from_utf8_lossy(&evidence.ciphertext).contains("Vorbquillon"));
    // The workspace key the server will use opens it.
    let wrapped = store
        .wrapped_key_or_insert(f.ws, retract_store::KeyPurpose::Evidence, vec![0; 73])
        .await
        .expect("key");
    let key = master
        .unwrap_workspace_key(
            f.ws,
            &retract_store::vault::WrappedKey::from_bytes(&wrapped).expect("wrapped"),
        )
        .expect("unwrap");
    let opened = key.open(f.ws, incident, &evidence).expect("opens");
    assert!(String::from_utf8_lossy(&opened.content).contains("Vorbquillon"));
    assert_eq!(
        retract_server::incidents::seal_legacy_evidence(&store, &master)
            .await
            .expect("again"),
        0
    );
}

/// L-1 and L-3: incidents are dated in UTC and in the workspace's zone, on the API, the export
/// and the ledger; evidence past the owner's retention is erased by the sweep, the chain intact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incidents_carry_the_workspace_zone_and_evidence_expires_with_the_retention() {
    let server = start().await;
    let [owner, lead, cm, auditor] = server.logins(["owner", "lead", "cm", "auditor"]).await;
    let settings = "/api/v1/workspace/settings";
    let (status, current) = owner.get(settings).await;
    assert_eq!(status, 200);
    assert_eq!(
        (&current["time_zone"], &current["evidence_retention_days"]),
        (&json!("Europe/Paris"), &json!(0))
    );
    // Only those who may erase by hand set a retention; zones are checked.
    let (status, err) = lead
        .patch(settings, json!({"evidence_retention_days": 30}))
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    let (status, err) = lead
        .patch(settings, json!({"time_zone": "Mars/Olympus"}))
        .await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (422, Some("invalid_settings"))
    );
    let (status, saved) = lead
        .patch(settings, json!({"time_zone": "america/new_york"}))
        .await;
    assert_eq!(
        (status, &saved["time_zone"]),
        (200, &json!("America/New_York"))
    );

    let conversation = server.conversation(&cm, &["cm", "guest"]).await;
    let id = cm
        .send(conversation, "Le code promo interne est BETA-42")
        .await;
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "confidential"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let incident = body["incident_id"].as_i64().unwrap();
    let (_, list) = owner.get("/api/v1/incidents").await;
    let row = &list[0];
    assert_eq!(row["time_zone"], "America/New_York");
    let at_local = row["at_local"].as_str().unwrap();
    assert!(
        at_local.ends_with("-05:00") || at_local.ends_with("-04:00"),
        "{at_local}"
    );
    let (_, csv) = owner
        .call(
            reqwest::Method::GET,
            "/api/v1/incidents/export?format=csv",
            None,
        )
        .await;
    let csv = csv.as_str().unwrap_or_default().to_string();
    assert!(
        csv.starts_with("id,opened_at,opened_at_local,time_zone,"),
        "{csv}"
    );
    assert!(csv.contains(at_local) && csv.contains("America/New_York"));

    // A retention of 30 days: nothing is due the next day, everything a month later.
    let (status, _) = owner
        .patch(settings, json!({"evidence_retention_days": 30}))
        .await;
    assert_eq!(status, 200);
    let day = 86_400_000;
    let now = retract_server::now_millis();
    let erased = retract_server::incidents::erase_expired_evidence(&server.state, now + day)
        .await
        .unwrap();
    assert_eq!(erased, 0);
    let evidence =
        format!("/api/v1/incidents/{incident}/evidence?justification=contr%C3%B4le%20interne");
    let (status, _) = auditor.get(&evidence).await;
    assert_eq!(status, 200);
    let erased = retract_server::incidents::erase_expired_evidence(&server.state, now + 31 * day)
        .await
        .unwrap();
    assert_eq!(erased, 1);
    let (status, err) = auditor.get(&evidence).await;
    assert_eq!(
        (status, err["error"]["code"].as_str()),
        (410, Some("evidence_erased"))
    );
    let (_, detail) = owner.get(&format!("/api/v1/incidents/{incident}")).await;
    let last = detail["timeline"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (
            &last["kind"],
            &last["actor"],
            &last["data"]["retention_days"]
        ),
        (&json!("content.erased"), &json!(null), &json!(30))
    );

    let (_, export) = auditor
        .call(reqwest::Method::GET, "/api/v1/ledger/export", None)
        .await;
    let text = export.as_str().unwrap_or_default().to_string();
    retract_domain::verify_export(text.lines(), None).expect("verifies");
    let opened = text
        .lines()
        .find(|l| l.contains("incident.opened"))
        .unwrap();
    assert!(opened.contains("America/New_York") && opened.contains(at_local));
    assert!(
        !text.contains("BETA-42"),
        "the ledger never holds the content"
    );
}

#[tokio::test]
async fn incident_opened_reaches_those_who_may_read_the_incident() {
    let server = start().await;
    let [cm, lead, auditor, guest] = server.logins(["cm", "lead", "auditor", "guest"]).await;
    let conversation = server
        .conversation(&cm, &["lead", "auditor", "guest"])
        .await;
    let id = cm
        .send(conversation, "Le prix de lancement est 12 euros")
        .await;
    let mut cm_events = cm.events().await;
    let mut lead_events = lead.events().await;
    let mut auditor_events = auditor.events().await;
    let mut guest_events = guest.events().await;
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "inaccurate"}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    for events in [&mut cm_events, &mut lead_events, &mut auditor_events] {
        let opened = events.next_of("incident.opened").await;
        assert_eq!(opened["incident_id"], body["incident_id"]);
        assert_eq!(
            (&opened["kind"], &opened["reason"], &opened["message"]["id"]),
            (&json!("unsend"), &json!("inaccurate"), &json!(id))
        );
        assert_eq!(opened["conversation_id"], conversation);
    }
    // The guest sees the tombstone, never the incident.
    guest_events.next_of("message.unsent").await;
    assert!(
        guest_events
            .nothing_within(Duration::from_millis(300))
            .await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_whose_unsend_waits_for_a_lead_cannot_be_edited_meanwhile() {
    let server = start().await;
    let [cm, guest, lead] = server.logins(["cm", "guest", "lead"]).await;
    let conversation = server.conversation(&cm, &["cm", "guest", "lead"]).await;
    let id = cm.send(conversation, "Rendez-vous samedi au salon").await;
    let (status, _) = guest
        .post(
            &format!("/api/v1/conversations/{conversation}/messages"),
            json!({"body": "J'y serai", "reply_to": id}),
        )
        .await;
    assert_eq!(status, 201);
    let (status, body) = cm
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "tone"}),
        )
        .await;
    assert_eq!(status, 202, "{body}");
    let incident = body["incident_id"].as_i64().unwrap();

    // The lead decides about the text as it was asked to be removed: no edit meanwhile.
    let (status, refused) = cm
        .patch(
            &format!("/api/v1/messages/{id}"),
            json!({"body": "Rendez-vous dimanche au salon"}),
        )
        .await;
    assert_eq!(status, 409, "{refused}");
    assert_eq!(refused["error"]["code"], "edit_unsend_pending");
    assert_eq!(refused["error"]["incident_id"], incident);
    assert!(refused["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("lead")));
    // A client that reads French gets the same refusal in French.
    let res = cm
        .http
        .patch(format!("{}/api/v1/messages/{id}", server.base))
        .bearer_auth(&cm.token)
        .header("accept-language", "fr-FR,fr;q=0.9,en;q=0.5")
        .json(&json!({"body": "Rendez-vous dimanche au salon"}))
        .send()
        .await
        .expect("edit");
    assert_eq!(res.status(), 409);
    let french: serde_json::Value = res.json().await.expect("json");
    assert_eq!(french["error"]["code"], "edit_unsend_pending");
    assert_eq!(
        french["error"]["message"],
        "Le retrait de ce message attend la validation d'un responsable : il ne peut pas être modifié avant sa décision."
    );
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{conversation}/messages"))
        .await;
    assert_eq!(history[0]["body"], "Rendez-vous samedi au salon");
    assert_eq!(history[0]["edited"], false);
    let (_, versions) = cm.get(&format!("/api/v1/messages/{id}/versions")).await;
    assert_eq!(versions, json!([]));

    // The pages say why, in French and in English, and offer no edit.
    for (lang, why) in [
        (
            "fr",
            "Retrait en attente de la validation d&#x27;un responsable",
        ),
        ("en", "Unsend awaiting a lead&#x27;s approval"),
    ] {
        let http = support::browser_login_in(&server, "cm", lang).await;
        let (status, html) = support::page(&http, &server, &format!("/c/{conversation}")).await;
        assert_eq!(status, 200);
        assert!(html.contains(why), "{lang}: {html}");
        assert!(html.contains(&format!("href=\"/incidents/{incident}\"")));
        assert!(!html.contains(&format!("href=\"/m/{id}/edit\"")), "{lang}");
    }
    for (lang, why) in [
        (
            "fr",
            "Le retrait de ce message attend la validation d&#x27;un responsable",
        ),
        (
            "en",
            "An unsend of this message waits for a lead&#x27;s approval",
        ),
    ] {
        let http = support::browser_login_in(&server, "cm", lang).await;
        let (status, html) = support::page(&http, &server, &format!("/m/{id}/edit")).await;
        assert_eq!(status, 200);
        assert!(html.contains(why), "{lang}: {html}");
        assert!(
            !html.contains(&format!("action=\"/m/{id}/edit\"")),
            "{lang}: no form"
        );
    }

    // Once a lead has refused the unsend, the author may edit again.
    let (status, _) = lead
        .post(&format!("/api/v1/messages/{id}/unsend/reject"), json!({}))
        .await;
    assert_eq!(status, 200);
    let (status, edited) = cm
        .patch(
            &format!("/api/v1/messages/{id}"),
            json!({"body": "Rendez-vous dimanche au salon"}),
        )
        .await;
    assert_eq!(status, 200, "{edited}");
    let http = support::browser_login_in(&server, "cm", "fr").await;
    let (_, html) = support::page(&http, &server, &format!("/c/{conversation}")).await;
    assert!(!html.contains("Retrait en attente"));
}
