//! The workspace's prevention rules over real HTTP and a real SQLite file: approval triggers
//! (links, sensitive conversations, members in onboarding), editable moderation rules, the audit
//! of every settings change, the live `settings.changed` event, guest messages flagged to leads,
//! and the rules page.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::{page as get_page, start, Client, TestServer};

async fn send_raw(client: &Client, conv: i64, text: &str) -> (u16, Value) {
    client
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": text}),
        )
        .await
}

fn queue_entry<'a>(queue: &'a Value, id: &Value) -> &'a Value {
    queue
        .as_array()
        .and_then(|q| q.iter().find(|i| &i["message"]["id"] == id))
        .unwrap_or(&Value::Null)
}

#[tokio::test]
async fn any_link_needs_approval_when_the_workspace_says_so() {
    let server = start().await;
    let [cm, lead, guest] = server.logins(["cm", "lead", "guest"]).await;
    let conv = server.conversation(&cm, &["guest", "lead"]).await;
    let link = "Le règlement du concours : https://example.org/concours";
    // Off by default: a clean https link goes out.
    assert_eq!(send_raw(&cm, conv, link).await.1["status"], "delivered");

    let (status, settings) = lead
        .patch("/api/v1/workspace/settings", json!({"approve_links": true}))
        .await;
    assert_eq!((status, &settings["approve_links"]), (200, &json!(true)));
    let (status, sent) = send_raw(&cm, conv, link).await;
    assert_eq!(
        (status, sent["status"].as_str()),
        (201, Some("pending_approval"))
    );
    assert_eq!(sent["verdict"], "allow", "the guard itself found nothing");
    let (_, queue) = lead.get("/api/v1/approvals").await;
    assert_eq!(
        queue_entry(&queue, &sent["id"])["approval_triggers"],
        json!(["link"])
    );
    // A message without a link, and a guest's link, are not held.
    assert_eq!(
        send_raw(&cm, conv, "Merci pour votre retour").await.1["status"],
        "delivered"
    );
    assert_eq!(send_raw(&guest, conv, link).await.1["status"], "delivered");
}

#[tokio::test]
async fn every_team_message_in_a_sensitive_conversation_waits() {
    let server = start().await;
    let [cm, lead, lead2, guest] = server.logins(["cm", "lead", "lead2", "guest"]).await;
    let vip = server.conversation(&cm, &["guest", "lead"]).await;
    let other = server.conversation(&cm, &["guest"]).await;
    let (status, _) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"sensitive_conversations": [vip]}),
        )
        .await;
    assert_eq!(status, 200);

    let (status, sent) = send_raw(&cm, vip, "Bonjour Inès, voici le planning.").await;
    assert_eq!(
        (status, sent["status"].as_str()),
        (201, Some("pending_approval"))
    );
    assert_eq!(
        guest
            .get(&format!("/api/v1/conversations/{vip}/messages"))
            .await
            .1,
        json!([])
    );
    // The lead's own message waits too (four eyes: another lead approves it).
    let (_, own) = send_raw(&lead, vip, "Bonjour de la part de l'équipe").await;
    assert_eq!(own["status"], "pending_approval");
    assert_eq!(
        send_raw(&cm, other, "Bonjour").await.1["status"],
        "delivered"
    );
    assert_eq!(
        send_raw(&guest, vip, "Super !").await.1["status"],
        "delivered"
    );

    let (_, queue) = lead2.get("/api/v1/approvals").await;
    assert_eq!(
        queue_entry(&queue, &sent["id"])["approval_triggers"],
        json!(["sensitive_conversation"])
    );
    let id = sent["id"].as_i64().unwrap_or_default();
    let (status, _) = lead2
        .post(&format!("/api/v1/messages/{id}/approve"), json!({}))
        .await;
    assert_eq!(status, 200);
    let (_, history) = guest
        .get(&format!("/api/v1/conversations/{vip}/messages"))
        .await;
    assert_eq!(history[0]["id"], id, "delivered once approved: {history}");
    // Nor can an edit slip past the approval afterwards.
    let (status, err) = cm
        .patch(
            &format!("/api/v1/messages/{id}"),
            json!({"body": "Bonjour Inès, voici le nouveau planning."}),
        )
        .await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (409, &json!("edit_needs_approval"))
    );
    assert_eq!(
        err["error"]["approval_triggers"],
        json!(["sensitive_conversation"])
    );

    // Only the workspace's conversations can be marked.
    let (status, err) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"sensitive_conversations": [vip, 999_999]}),
        )
        .await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (422, &json!("invalid_settings"))
    );
    assert_eq!(
        (&err["error"]["field"], &err["error"]["problem"]),
        (&json!("sensitive_conversations"), &json!("unknown_id"))
    );
}

#[tokio::test]
async fn every_message_of_a_cm_in_onboarding_waits() {
    let server = start().await;
    let [cm, cm2, lead] = server.logins(["cm", "cm2", "lead"]).await;
    let conv = server.conversation(&cm, &["cm2", "guest"]).await;
    let newcomer = server.id("cm").0;
    let (status, _) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"onboarding_members": [newcomer]}),
        )
        .await;
    assert_eq!(status, 200);
    let (_, sent) = send_raw(&cm, conv, "Bonjour à tous !").await;
    assert_eq!(sent["status"], "pending_approval");
    assert_eq!(
        send_raw(&cm2, conv, "Bonjour à tous !").await.1["status"],
        "delivered"
    );
    let (_, queue) = lead.get("/api/v1/approvals").await;
    assert_eq!(
        queue_entry(&queue, &sent["id"])["approval_triggers"],
        json!(["onboarding"])
    );
    // A message the guard also holds waits for both reasons.
    let (_, both) = send_raw(&cm, conv, "Rappelez-la au 06 12 34 56 78").await;
    let (_, queue) = lead.get("/api/v1/approvals").await;
    assert_eq!(
        queue_entry(&queue, &both["id"])["approval_triggers"],
        json!(["guard", "onboarding"])
    );
    // Only members of the brand's team can be in onboarding; guests are never held.
    let (status, err) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"onboarding_members": [server.id("guest").0]}),
        )
        .await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (422, &json!("invalid_settings"))
    );
    assert_eq!(
        (&err["error"]["field"], &err["error"]["problem"]),
        (&json!("onboarding_members"), &json!("unknown_id"))
    );
    // Back off: the newcomer's messages go out again.
    lead.patch(
        "/api/v1/workspace/settings",
        json!({"onboarding_members": []}),
    )
    .await;
    assert_eq!(
        send_raw(&cm, conv, "Bonne journée").await.1["status"],
        "delivered"
    );
}

#[tokio::test]
async fn moderation_rules_are_compiled_before_they_are_saved() {
    let server = start().await;
    let [cm, lead, guest] = server.logins(["cm", "lead", "guest"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let (_, before) = cm.get("/api/v1/workspace/settings").await;
    assert!(before["moderation_rules"]
        .as_str()
        .is_some_and(|r| r.contains("pii = \"needs_approval\"")));

    for bad in [
        "[categories]\npii = \"blok\"\n",
        "[categories]\npi = \"block\"\n",
        "[kinds]\n\"link.short\" = \"warn\"\n",
        "not toml at all [",
    ] {
        let (status, err) = lead
            .patch(
                "/api/v1/workspace/settings",
                json!({"moderation_rules": bad, "grace_seconds": 5}),
            )
            .await;
        assert_eq!(status, 422, "{bad}: {err}");
        assert_eq!(err["error"]["code"], "invalid_moderation_rules");
        assert!(err["error"]["message"].is_string());
    }
    let (_, after) = cm.get("/api/v1/workspace/settings").await;
    assert_eq!(after, before, "a refused patch changes nothing");

    // A valid change applies at once: a phone number is now blocked.
    let rules = before["moderation_rules"]
        .as_str()
        .unwrap_or_default()
        .replace("pii = \"needs_approval\"", "pii = \"block\"");
    let (status, _) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"moderation_rules": rules}),
        )
        .await;
    assert_eq!(status, 200);
    let (status, err) = send_raw(&cm, conv, "Appelez le 06 12 34 56 78").await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (422, &json!("blocked_by_guard"))
    );
    // A cm reads the rules but cannot change them; a guest does not even see them.
    let (status, _) = cm
        .patch(
            "/api/v1/workspace/settings",
            json!({"moderation_rules": ""}),
        )
        .await;
    assert_eq!(status, 403);
    let (status, seen) = guest.get("/api/v1/workspace/settings").await;
    assert_eq!(status, 200);
    assert!(seen.get("moderation_rules").is_none() && seen.get("confidential_terms").is_none());
    assert!(seen.get("evidence_retention_days").is_none());
    assert_eq!(seen["unsend_window_seconds"], 600);
    // Blank restores the defaults.
    let (_, reset) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"moderation_rules": " "}),
        )
        .await;
    assert_eq!(reset["moderation_rules"], before["moderation_rules"]);
}

#[tokio::test]
async fn settings_changes_are_audited_and_pushed_live() {
    let server = start().await;
    let [cm, lead, owner, guest] = server.logins(["cm", "lead", "owner", "guest"]).await;
    let mut cm_events = cm.events().await;
    let mut guest_events = guest.events().await;
    let (status, _) = lead
        .patch(
            "/api/v1/workspace/settings",
            json!({"unsend_window_seconds": 300, "confidential_terms": ["Projet Aurore"]}),
        )
        .await;
    assert_eq!(status, 200);

    let event = cm_events.next_of("settings.changed").await;
    assert_eq!(event["settings"]["unsend_window_seconds"], 300);
    assert_eq!(
        event["changed"],
        json!(["confidential_terms", "unsend_window_seconds"])
    );
    let event = guest_events.next_of("settings.changed").await;
    assert_eq!(event["settings"]["unsend_window_seconds"], 300);
    assert!(
        !event.to_string().contains("Aurore") && event.get("changed").is_none(),
        "guests learn the windows only: {event}"
    );

    // Who, when, what: on the history (every member but guests) and on the ledger.
    let (status, history) = cm.get("/api/v1/workspace/settings/history").await;
    assert_eq!(status, 200);
    assert_eq!(history[0]["actor_name"], "lead");
    assert_eq!(
        history[0]["changes"],
        json!({
            "confidential_terms": {"added": ["Projet Aurore"], "removed": []},
            "unsend_window_seconds": {"from": 600, "to": 300},
        })
    );
    assert!(history[0]["at"].is_string());
    assert_eq!(guest.get("/api/v1/workspace/settings/history").await.0, 403);
    let export = owner
        .http
        .get(format!("{}/api/v1/ledger/export", owner.base))
        .bearer_auth(&owner.token)
        .send()
        .await
        .map(|r| r.text());
    let export = match export {
        Ok(text) => text.await.unwrap_or_default(),
        Err(e) => panic!("export: {e}"),
    };
    let entry = export
        .lines()
        .find(|l| l.contains("\"settings.changed\""))
        .unwrap_or_default();
    assert!(
        entry.contains(&format!("\"actor\":{}", server.id("lead").0)),
        "{entry}"
    );

    // A save that changes nothing records nothing.
    lead.patch(
        "/api/v1/workspace/settings",
        json!({"unsend_window_seconds": 300}),
    )
    .await;
    let (_, history) = cm.get("/api/v1/workspace/settings/history").await;
    assert_eq!(history.as_array().map(Vec::len), Some(1));
    assert!(cm_events.nothing_within(Duration::from_millis(300)).await);
}

#[tokio::test]
async fn guest_insults_and_dangerous_links_are_flagged_to_the_leads() {
    let server = start().await;
    let [cm, lead, lead2, guest] = server.logins(["cm", "lead", "lead2", "guest"]).await;
    let conv = server.conversation(&cm, &["lead", "guest"]).await;
    let mut lead_events = lead.events().await;
    let mut guest_events = guest.events().await;
    let mut cm_events = cm.events().await;

    let (status, sent) = send_raw(&guest, conv, "Espèce d'abruti, rendez-moi mon argent").await;
    assert_eq!((status, sent["status"].as_str()), (201, Some("delivered")));
    let id = sent["id"].clone();
    let flagged = lead_events.next_of("message.flagged").await;
    assert_eq!(flagged["message"]["id"], id);
    assert_eq!(flagged["flags"], json!(["insult/insult"]));
    // Delivered to everyone, findings never to the guest; the flag only to leads and owners.
    let created = guest_events.next_of("message.created").await;
    assert!(
        created["message"]
            .get("findings")
            .is_none_or(Value::is_null),
        "{created}"
    );
    cm_events.next_of("message.created").await;
    assert!(
        guest_events
            .nothing_within(Duration::from_millis(300))
            .await
    );
    assert!(cm_events.nothing_within(Duration::from_millis(100)).await);

    // A clean message and a dangerous link.
    send_raw(&guest, conv, "Merci pour la réponse").await;
    let (_, phishing) = send_raw(
        &guest,
        conv,
        "Connectez-vous ici : http://192.168.4.20/login",
    )
    .await;

    let (status, flags) = lead.get("/api/v1/flags").await;
    assert_eq!(status, 200);
    let ids: Vec<&Value> = flags
        .as_array()
        .map(|f| f.iter().map(|x| &x["message"]["id"]).collect())
        .unwrap_or_default();
    assert_eq!(
        ids,
        [&phishing["id"], &id],
        "newest first, clean ones left out"
    );
    assert_eq!(flags[0]["flags"], json!(["link/ip_host"]));
    assert_eq!(cm.get("/api/v1/flags").await.0, 403);
    assert_eq!(guest.get("/api/v1/flags").await.0, 403);
    assert_eq!(
        lead2.get("/api/v1/flags").await.1,
        json!([]),
        "only the conversations one is a member of"
    );

    // The one-click removal is the moderation removal; it leaves the list.
    let (status, removed) = lead
        .post(
            &format!("/api/v1/messages/{id}/unsend"),
            json!({"reason": "insulting"}),
        )
        .await;
    assert_eq!(status, 200, "{removed}");
    let (_, flags) = lead.get("/api/v1/flags").await;
    assert_eq!(flags.as_array().map(Vec::len), Some(1));
    let (_, incidents) = lead.get("/api/v1/incidents").await;
    assert!(incidents
        .as_array()
        .is_some_and(|l| l.iter().any(|i| i["kind"] == "moderation")));
}

/// A browser session and its CSRF token, scraped from a page.
async fn browser(server: &TestServer, name: &str) -> (reqwest::Client, String) {
    let http = support::browser_login(server, name).await;
    let page = get_page(&http, server, "/inbox").await.1;
    let csrf = page
        .split("data-csrf=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_string();
    (http, csrf)
}

#[tokio::test]
async fn the_rules_page_is_edited_by_leads_and_read_by_cms() {
    let server = start().await;
    let cm_api = server.login("cm").await;
    let conv = server.conversation(&cm_api, &["guest"]).await;

    let (cm, _) = browser(&server, "cm").await;
    let (status, page) = get_page(&cm, &server, "/rules").await;
    assert_eq!(status, 200);
    assert!(page.contains("pii") && page.contains("<fieldset disabled>"));
    assert!(
        !page.contains("type=\"submit\" class=\"primary\""),
        "read-only for a cm"
    );
    let (guest, _) = browser(&server, "guest").await;
    assert_eq!(get_page(&guest, &server, "/rules").await.0, 403);
    assert_eq!(get_page(&guest, &server, "/settings").await.0, 403);
    // A guest reads no incident: the top bar offers neither the rules nor the incidents.
    let (_, page) = get_page(&guest, &server, "/inbox").await;
    assert!(
        !page.contains("href=\"/incidents\"") && !page.contains("href=\"/rules\""),
        "{page}"
    );
    let (_, page) = get_page(&cm, &server, "/inbox").await;
    assert!(page.contains("href=\"/incidents\""), "{page}");

    let (lead, csrf) = browser(&server, "lead").await;
    let (_, page) = get_page(&lead, &server, "/rules").await;
    assert!(page.contains(&format!("name=\"sensitive\" value=\"{conv}\"")));
    let cm_id = server.id("cm").0.to_string();
    let conv_id = conv.to_string();
    let rules = retract_domain::DEFAULT_MODERATION_RULES;
    let res = lead
        .post(format!("{}/rules", server.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("moderation_rules", rules),
            ("confidential_terms", "Projet Aurore\nNova"),
            ("blocked_domains", ""),
            ("brand_domains", "acme.example"),
            ("approve_links", "1"),
            ("sensitive", conv_id.as_str()),
            ("onboarding", cm_id.as_str()),
        ])
        .send()
        .await;
    let (status, page) = match res {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(e) => panic!("{e}"),
    };
    assert_eq!(status, 200);
    assert!(page.contains("class=\"ok\""), "saved notice");
    let (_, settings) = cm_api.get("/api/v1/workspace/settings").await;
    assert_eq!(settings["sensitive_conversations"], json!([conv]));
    assert_eq!(settings["onboarding_members"], json!([server.id("cm").0]));
    assert_eq!(settings["approve_links"], true);
    assert_eq!(
        settings["confidential_terms"],
        json!(["Projet Aurore", "Nova"])
    );
    // The cm sees the change and who made it.
    let (_, page) = get_page(&cm, &server, "/rules").await;
    assert!(page.contains("Projet Aurore") && page.contains("<strong>lead</strong>"));

    // A bad rule: refused, the draft kept, nothing saved.
    let res = lead
        .post(format!("{}/rules", server.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("moderation_rules", "[categories]\npii = \"maybe\"\n"),
            ("confidential_terms", ""),
        ])
        .send()
        .await;
    let (status, page) = match res {
        Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
        Err(e) => panic!("{e}"),
    };
    assert_eq!(status, 422);
    assert!(page.contains("pii = &quot;maybe&quot;") || page.contains("pii = \"maybe\""));
    let (_, after) = cm_api.get("/api/v1/workspace/settings").await;
    assert_eq!(
        after["confidential_terms"],
        json!(["Projet Aurore", "Nova"])
    );
    // A cm posting the form is refused.
    let (cm_http, cm_csrf) = browser(&server, "cm").await;
    let res = cm_http
        .post(format!("{}/rules", server.base))
        .form(&[("csrf", cm_csrf.as_str()), ("moderation_rules", "")])
        .send()
        .await;
    assert_eq!(res.map(|r| r.status().as_u16()).ok(), Some(403));
}

#[tokio::test]
async fn the_approvals_page_lists_flagged_guest_messages_with_a_one_click_removal() {
    let server = start().await;
    let (cm_api, guest_api) = (server.login("cm").await, server.login("guest").await);
    let conv = server.conversation(&cm_api, &["lead", "guest"]).await;
    let (_, sent) = send_raw(&guest_api, conv, "Espèce d'abruti, rendez-moi mon argent").await;
    let id = sent["id"].as_i64().unwrap_or_default();

    let (lead, csrf) = browser(&server, "lead").await;
    let (status, page) = get_page(&lead, &server, "/approvals").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&format!("action=\"/m/{id}/moderate\"")),
        "{page}"
    );
    assert!(
        page.contains("<option value=\"insulting\">"),
        "the fitting reason first"
    );
    // The guest's conversation page never shows the findings.
    let (guest, _) = browser(&server, "guest").await;
    let (_, conversation) = get_page(&guest, &server, &format!("/c/{conv}")).await;
    assert!(conversation.contains("abruti") && !conversation.contains("insult/"));

    let res = lead
        .post(format!("{}/m/{id}/moderate", server.base))
        .form(&[("csrf", csrf.as_str()), ("reason", "insulting")])
        .send()
        .await;
    assert_eq!(res.map(|r| r.status().as_u16()).ok(), Some(303));
    let (_, page) = get_page(&lead, &server, "/approvals").await;
    assert!(!page.contains(&format!("action=\"/m/{id}/moderate\"")));
    let (_, history) = guest_api
        .get(&format!("/api/v1/conversations/{conv}/messages"))
        .await;
    assert_eq!(history[0]["state"], "unsent");
    // A CM has neither the list nor the removal.
    let (cm, cm_csrf) = browser(&server, "cm").await;
    let res = cm
        .post(format!("{}/m/{id}/moderate", server.base))
        .form(&[("csrf", cm_csrf.as_str()), ("reason", "insulting")])
        .send()
        .await;
    assert_eq!(res.map(|r| r.status().as_u16()).ok(), Some(403));
}

#[tokio::test]
async fn a_refused_settings_form_names_the_setting_and_its_bound() {
    let server = start().await;
    let (lead, csrf) = browser(&server, "lead").await;
    let long_domain = format!("{}.example", "a".repeat(250));
    let submit = |grace: &'static str, blocked: String, time_zone: &'static str| {
        lead.post(format!("{}/settings", server.base))
            .form(&[
                ("csrf", csrf.clone()),
                ("unsend_window_seconds", "600".to_string()),
                ("edit_window_seconds", "900".to_string()),
                ("grace_seconds", grace.to_string()),
                ("approval_deadline_seconds", "900".to_string()),
                ("blocked_domains", blocked),
                ("time_zone", time_zone.to_string()),
            ])
            .send()
    };
    let page = |res: Result<reqwest::Response, reqwest::Error>| async move {
        match res {
            Ok(r) => (r.status().as_u16(), r.text().await.unwrap_or_default()),
            Err(e) => panic!("{e}"),
        }
    };
    // French is the default: the page names the field by its label and gives the bound.
    let (status, text) =
        page(submit("0", format!("ok.example\n{long_domain}"), "Europe/Paris").await).await;
    assert_eq!(status, 422);
    assert!(
        text.contains("« Domaines bloqués » : une entrée dépasse 200 caractères"),
        "{text}"
    );
    assert!(
        text.contains(&format!("ok.example\n{long_domain}</textarea>")),
        "the refused draft is shown again, not lost"
    );
    let (status, text) = page(submit("90", String::new(), "Europe/Paris").await).await;
    assert_eq!(status, 422);
    assert!(
        text.contains("name=\"grace_seconds\" type=\"number\" min=\"0\" max=\"60\" value=\"90\"")
    );
    assert!(
        text.contains("annulation d&#x27;envoi » : la valeur doit être comprise entre 0 et 60"),
        "{text}"
    );
    let (status, text) = page(submit("0", String::new(), "Mars/Olympus").await).await;
    assert_eq!(status, 422);
    assert!(text.contains("Fuseau horaire inconnu"), "{text}");

    // Nothing was saved by the refused forms.
    let api = server.login("lead").await;
    let (_, settings) = api.get("/api/v1/workspace/settings").await;
    assert_eq!(settings["grace_seconds"], 0);
    assert_eq!(settings["time_zone"], "Europe/Paris");
    // The API carries the same facts as details of the error shape.
    let (status, body) = api
        .patch("/api/v1/workspace/settings", json!({"grace_seconds": 90}))
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["field"], "grace_seconds");
    assert_eq!(body["error"]["problem"], "out_of_range");
    assert_eq!(body["error"]["limit"], 60);
}

/// The new text of an edit goes through the guard as a send would, and an approver's corrected
/// text too: neither is a way around it.
#[tokio::test]
async fn edits_and_corrections_pass_the_guard_like_sends() {
    let server = start().await;
    let [cm, lead, lead2, guest] = server.logins(["cm", "lead", "lead2", "guest"]).await;
    let conv = server.conversation(&cm, &["lead", "lead2", "guest"]).await;
    let (_, sent) = send_raw(&cm, conv, "message propre").await;
    let path = format!("/api/v1/messages/{}", sent["id"]);
    let guest_history = || async {
        guest
            .get(&format!("/api/v1/conversations/{conv}/messages"))
            .await
            .1
    };

    // Personal data would hold a new message for approval: the edit is refused.
    let (status, err) = cm
        .patch(&path, json!({"body": "appelez le 06 12 34 56 78"}))
        .await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (409, &json!("edit_needs_approval")),
        "{err}"
    );
    assert_eq!(err["error"]["approval_triggers"], json!(["guard"]));
    assert_eq!(err["error"]["findings"][0]["kind"], "phone");
    // A warning needs the same confirmation as on a send.
    let shouting = "VOUS AVEZ TORT, C'EST INADMISSIBLE !!!!!!";
    let (status, err) = cm.patch(&path, json!({"body": shouting})).await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (409, &json!("guard_warning")),
        "{err}"
    );
    assert_eq!(guest_history().await[0]["body"], "message propre");
    let (status, edited) = cm
        .patch(
            &path,
            json!({"body": shouting, "acknowledge_warnings": true}),
        )
        .await;
    assert_eq!(status, 200, "{edited}");
    assert_eq!(edited["findings"][0]["category"], "tone", "{edited}");
    // A block is a block.
    let (status, err) = cm
        .patch(&path, json!({"body": "le mdp : Secret123!"}))
        .await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (422, &json!("blocked_by_guard"))
    );
    assert_eq!(guest_history().await[0]["body"], shouting);

    // A guest's clean message edited into an insult is flagged to the leads.
    let mut lead_events = lead.events().await;
    let (_, hello) = send_raw(&guest, conv, "bonjour tout le monde").await;
    let (status, _) = guest
        .patch(
            &format!("/api/v1/messages/{}", hello["id"]),
            json!({"body": "vous êtes des connards"}),
        )
        .await;
    assert_eq!(status, 200);
    let flagged = lead_events.next_of("message.flagged").await;
    assert_eq!(flagged["message"]["id"], hello["id"]);
    let (_, flags) = lead.get("/api/v1/flags").await;
    assert_eq!(flags[0]["message"]["id"], hello["id"], "{flags}");

    // An approver's correction: what the guard blocks is refused and stays held; a clean
    // correction goes out with its own findings, not the held text's.
    let (_, held) = send_raw(&cm, conv, "joignable au 06 99 88 77 66").await;
    assert_eq!(held["status"], "pending_approval");
    let approve = format!("/api/v1/messages/{}/approve", held["id"]);
    let (status, err) = lead
        .post(
            &approve,
            json!({"body": "voici le mdp : Secret123!", "comment": "corrigé"}),
        )
        .await;
    assert_eq!(
        (status, &err["error"]["code"]),
        (422, &json!("blocked_by_guard")),
        "{err}"
    );
    let (_, queue) = lead2.get("/api/v1/approvals").await;
    assert_eq!(
        queue_entry(&queue, &held["id"])["message"]["id"],
        held["id"]
    );
    let (status, delivered) = lead2
        .post(&approve, json!({"body": "joignable par le standard"}))
        .await;
    assert_eq!(status, 200, "{delivered}");
    assert!(
        delivered.get("findings").is_none_or(Value::is_null),
        "the held text's findings went with it: {delivered}"
    );
    let history = guest_history().await;
    assert!(
        history
            .as_array()
            .is_some_and(|h| h.iter().any(|m| m["body"] == "joignable par le standard")),
        "{history}"
    );
}

/// Every approver sees a held message; only the conversation's members see the messages around
/// it (only members read a conversation, whatever their role).
#[tokio::test]
async fn the_queue_shows_a_conversation_only_to_its_members() {
    let server = start().await;
    let [cm, lead, lead2] = server.logins(["cm", "lead", "lead2"]).await;
    let conv = server.conversation(&cm, &["lead", "guest"]).await;
    send_raw(&cm, conv, "Bonjour Inès, le planning arrive").await;
    let (_, held) = send_raw(&cm, conv, "Le client est joignable au 06 12 34 56 78").await;
    assert_eq!(held["status"], "pending_approval");
    let (_, queue) = lead.get("/api/v1/approvals").await;
    let context = &queue_entry(&queue, &held["id"])["context"];
    assert_eq!(
        context[0]["body"], "Bonjour Inès, le planning arrive",
        "{queue}"
    );
    let (_, queue) = lead2.get("/api/v1/approvals").await;
    let entry = queue_entry(&queue, &held["id"]);
    assert_eq!(entry["message"]["id"], held["id"], "{queue}");
    assert_eq!(entry["context"], json!([]));
}

/// The author's page says who may approve a held message and who rejected one, with the
/// comment; the edit page asks to confirm the guard's warnings about a new text.
#[tokio::test]
async fn the_author_sees_who_decides_and_confirms_warnings_on_edit() {
    let server = start().await;
    let [cm_api, lead] = server.logins(["cm", "lead"]).await;
    let conv = server.conversation(&cm_api, &["lead", "guest"]).await;
    let (_, held) = send_raw(&cm_api, conv, "Le client est joignable au 06 12 34 56 78").await;
    assert_eq!(held["status"], "pending_approval");
    let (cm, csrf) = browser(&server, "cm").await;
    let (_, page) = get_page(&cm, &server, &format!("/c/{conv}")).await;
    assert!(
        page.contains("En attente de validation par un responsable ("),
        "{page}"
    );
    let (status, _) = lead
        .post(
            &format!("/api/v1/messages/{}/reject", held["id"]),
            json!({"comment": "pas de numéro de client ici"}),
        )
        .await;
    assert_eq!(status, 200);
    let (_, page) = get_page(&cm, &server, &format!("/c/{conv}")).await;
    assert!(page.contains("Refusé par "), "{page}");
    assert!(page.contains("« pas de numéro de client ici »"), "{page}");

    let id = cm_api.send(conv, "Merci pour votre retour").await;
    let edit = format!("{}/m/{id}/edit", server.base);
    let shouting = "VOUS AVEZ TORT, C'EST INADMISSIBLE !!!!!!";
    let res = cm
        .post(&edit)
        .form(&[("csrf", csrf.as_str()), ("body", shouting)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 409);
    let page = res.text().await.unwrap_or_default();
    assert!(page.contains("Enregistrer quand même"), "{page}");
    assert!(page.contains("name=\"acknowledge_warnings\""), "{page}");
    let res = cm
        .post(&edit)
        .form(&[
            ("csrf", csrf.as_str()),
            ("body", shouting),
            ("acknowledge_warnings", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
}

/// The bell's count as the top bar shows it on a page, and as `/notifications/count` answers.
async fn bell(http: &reqwest::Client, server: &TestServer) -> (Option<u64>, u64) {
    let (_, page) = get_page(http, server, "/inbox").await;
    let shown = page.split("id=\"bell-count\"").nth(1).and_then(|rest| {
        let hidden = rest.starts_with(" hidden");
        let n = rest
            .split('>')
            .nth(1)?
            .split('<')
            .next()?
            .trim()
            .parse::<u64>()
            .ok()?;
        Some(if hidden { 0 } else { n })
    });
    let res = http
        .get(format!("{}/notifications/count", server.base))
        .send()
        .await
        .unwrap();
    let answer: Value = res.json().await.unwrap_or_default();
    (shown, answer["waiting"].as_u64().unwrap_or(u64::MAX))
}

#[tokio::test]
async fn the_bell_counts_what_waits_for_the_caller_and_follows_decisions() {
    let server = start().await;
    let [cm_api, lead_api, lead2_api] = server.logins(["cm", "lead", "lead2"]).await;
    let conv = server
        .conversation(&cm_api, &["lead", "lead2", "guest"])
        .await;
    let (lead, _) = browser(&server, "lead").await;
    let (cm, _) = browser(&server, "cm").await;
    assert_eq!(bell(&lead, &server).await, (Some(0), 0));
    // A CM decides nothing: no bell at all, and the count is zero.
    let (_, page) = get_page(&cm, &server, "/inbox").await;
    assert!(!page.contains("id=\"bell\""), "{page}");

    let mut lead2_events = lead2_api.events().await;
    let (_, held) = send_raw(&cm_api, conv, "Le client est joignable au 06 12 34 56 78").await;
    assert_eq!(held["status"], "pending_approval");
    let (_, own) = send_raw(&lead_api, conv, "Rappelez Mme Martin au 06 98 76 54 32").await;
    assert_eq!(own["status"], "pending_approval");
    // The lead's own held message waits for someone else, not for them.
    assert_eq!(bell(&lead, &server).await, (Some(1), 1));
    let (_, page) = get_page(&lead, &server, "/inbox").await;
    assert!(page.contains("1 élément attend votre décision"), "{page}");

    // A guest's insult is flagged to the leads: one more thing to decide.
    let guest = server.login("guest").await;
    let (status, _) = send_raw(&guest, conv, "Espèce de connard, vous êtes des escrocs").await;
    assert_eq!(status, 201);
    assert_eq!(bell(&lead, &server).await, (Some(2), 2));

    // Another lead decides: the event tells the others' pages to count again, and they do.
    let (status, _) = lead2_api
        .post(
            &format!("/api/v1/messages/{}/approve", held["id"]),
            json!({}),
        )
        .await;
    assert_eq!(status, 200);
    let decided = lead2_events.next_of("approval.decided").await;
    assert_eq!(decided["message"]["id"], held["id"]);
    assert_eq!(bell(&lead, &server).await, (Some(1), 1));
    // English label for a lead whose interface is in English.
    let lead_en = support::browser_login_in(&server, "lead", "en").await;
    let res = lead_en
        .get(format!("{}/notifications/count", server.base))
        .send()
        .await
        .unwrap();
    let answer: Value = res.json().await.unwrap_or_default();
    assert!(
        answer["label"].as_str().is_some_and(|l| l.contains("wait")),
        "{answer}"
    );
}

#[tokio::test]
async fn an_author_may_ask_a_lead_to_read_one_message_first() {
    // The seed: « Faites relire les messages par une tierce personne » — beyond the workspace's
    // triggers, a team member may hold one important message for a lead's reading.
    let server = start().await;
    let [cm, lead, guest] = server.logins(["cm", "lead", "guest"]).await;
    let conv = server.conversation(&cm, &["guest", "lead"]).await;
    let text = "Nous annonçons demain notre nouvelle gamme de soins.";
    let (status, sent) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": text, "request_review": true}),
        )
        .await;
    assert_eq!(
        (status, sent["status"].as_str(), sent["verdict"].as_str()),
        (201, Some("pending_approval"), Some("allow")),
        "{sent}"
    );
    let history = format!("/api/v1/conversations/{conv}/messages");
    assert!(!guest.get(&history).await.1.to_string().contains("gamme"));
    let (_, queue) = lead.get("/api/v1/approvals").await;
    assert_eq!(
        queue_entry(&queue, &sent["id"])["approval_triggers"],
        json!(["requested"])
    );
    // The approvals page says why it waits, in the reader's language.
    let lead_en = support::browser_login_in(&server, "lead", "en").await;
    let (_, page) = get_page(&lead_en, &server, "/approvals").await;
    assert!(page.contains("Review requested by the author"), "{page}");
    let (_, page) = get_page(
        &support::browser_login(&server, "lead2").await,
        &server,
        "/approvals",
    )
    .await;
    assert!(
        page.contains("Relecture demandée par l&#x27;auteur")
            || page.contains("Relecture demandée par l'auteur")
    );
    // A lead other than the author approves it, and it goes out.
    let approve = format!("/api/v1/messages/{}/approve", sent["id"]);
    let (status, _) = lead.post(&approve, json!({})).await;
    assert_eq!(status, 200);
    assert!(guest.get(&history).await.1.to_string().contains("gamme"));

    // The composer offers the box to the team, not to guests.
    for (who, offered) in [("cm", true), ("guest", false)] {
        let http = support::browser_login(&server, who).await;
        let (_, page) = get_page(&http, &server, &format!("/c/{conv}")).await;
        assert_eq!(page.contains("name=\"request_review\""), offered, "{who}");
    }
    // The composer's form asks the same way.
    let (http, csrf) = browser(&server, "cm").await;
    let res = http
        .post(format!("{}/c/{conv}/send", server.base))
        .form(&[
            ("csrf", csrf.as_str()),
            ("body", "Relisez-moi ce message avant envoi."),
            ("request_review", "on"),
        ])
        .send()
        .await
        .expect("send form");
    assert!(res.status().is_redirection(), "{}", res.status());
    let (_, queue) = lead.get("/api/v1/approvals").await;
    assert!(
        queue.as_array().is_some_and(|q| q
            .iter()
            .any(|i| i["approval_triggers"] == json!(["requested"])
                && i["message"]["body"] == "Relisez-moi ce message avant envoi.")),
        "{queue}"
    );

    // Guests are never held, even when they ask.
    let (status, sent) = guest
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            json!({"body": "Merci pour l'info !", "request_review": true}),
        )
        .await;
    assert_eq!((status, sent["status"].as_str()), (201, Some("delivered")));
}
