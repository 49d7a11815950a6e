//! What the server-rendered pages say, read as a person would read them, in French and English.

mod support;

use support::start;

/// The scanner's identifiers ("phone", "insult") are English words: a finding is named by its
/// category and explained in the page's language, on the conversation page and the approvals queue.
#[tokio::test]
async fn findings_are_named_in_the_page_language_without_the_scanners_identifiers() {
    let server = start().await;
    let [cm, guest] = server.logins(["cm", "guest"]).await;
    let conv = server.conversation(&cm, &["lead", "guest"]).await;
    guest
        .send(conv, "Espèce d'abruti, rendez-moi mon argent")
        .await;
    let (status, held) = cm
        .post(
            &format!("/api/v1/conversations/{conv}/messages"),
            serde_json::json!({"body": "Rappelez Mme Martin au 06 12 34 56 78"}),
        )
        .await;
    assert_eq!(
        (status, held["status"].as_str()),
        (201, Some("pending_approval")),
        "{held}"
    );
    for (lang, insult, phone) in [
        ("fr", "insulte", "Numéro de téléphone"),
        ("en", "insult or hate", "Phone number"),
    ] {
        let lead = support::browser_login_in(&server, "lead", lang).await;
        let (status, page) = support::page(&lead, &server, &format!("/c/{conv}")).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("class=\"flag\"") && page.contains(insult),
            "{lang}: {page}"
        );
        assert!(
            !page.contains("(insult)"),
            "{lang}: a raw kind on the flag\n{page}"
        );
        let (status, page) = support::page(&lead, &server, "/approvals").await;
        assert_eq!(status, 200);
        assert!(page.contains(phone), "{lang}: {page}");
        assert!(
            !page.contains("(phone)"),
            "{lang}: a raw kind in the queue\n{page}"
        );
    }
}

/// Without JavaScript the unsend page still says how long is left, in words (the dialog's script
/// used a clock emoji, which many systems cannot draw and a screen reader cannot say).
#[tokio::test]
async fn the_unsend_page_says_the_time_left_in_words_without_a_script() {
    let server = start().await;
    let [cm] = server.logins(["cm"]).await;
    let conv = server.conversation(&cm, &["guest"]).await;
    let id = cm.send(conv, "Une phrase à retirer").await;
    for (lang, words) in [
        ("fr", "Temps restant pour retirer\u{a0}: "),
        ("en", "Time left to unsend: "),
    ] {
        let http = support::browser_login_in(&server, "cm", lang).await;
        let (status, page) = support::page(&http, &server, &format!("/m/{id}/unsend")).await;
        assert_eq!(status, 200);
        // The last occurrence: the first is the template the script fills in.
        let at = page
            .rfind(words)
            .unwrap_or_else(|| panic!("{lang}: {words:?} in\n{page}"));
        let shown: String = page[at + words.len()..].chars().take(5).collect();
        assert!(
            shown == "10:00" || (shown.starts_with("9:") && shown[2..4].parse::<u8>().is_ok()),
            "{lang}: {shown:?}"
        );
        // The conversation page gives its dialog the same words to fill in.
        let (_, page) = support::page(&http, &server, &format!("/c/{conv}")).await;
        assert!(page.contains("class=\"time-left\" data-t=\""), "{lang}");
    }
}

/// The rules in force name each finding in the reader's language next to its TOML key.
#[tokio::test]
async fn the_rules_in_force_name_each_finding_in_words() {
    let server = start().await;
    for (lang, pii, shortener) in [
        ("fr", "données personnelles", "lien raccourci"),
        ("en", "personal data", "shortened link"),
    ] {
        let cm = support::browser_login_in(&server, "cm", lang).await;
        let (status, page) = support::page(&cm, &server, "/rules").await;
        assert_eq!(status, 200);
        for words in [
            format!("<td>{pii} <code>pii</code></td>"),
            format!("<td>{shortener} <code>link.shortener</code></td>"),
        ] {
            assert!(page.contains(&words), "{lang}: {words}\n{page}");
        }
    }
}
