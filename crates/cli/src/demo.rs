//! The demo workspace: six accounts (one per role) and a few conversations with history, seeded
//! once when the data directory is new.

use anyhow::Context;
use retract_domain::{ConversationId, MessageBody, Role, UserId, WorkspaceId};
use retract_server::auth::hash_password;
use retract_server::now_millis;
use retract_store::{NewMessage, NewUser, Store, StoreError};

use retract_server::service::DEMO_PASSWORD;

use crate::i18n::{self, t, Lang};

const ACCOUNTS: [(&str, &str, Role); 6] = [
    ("owner@demo.test", "Olivia Owner", Role::Owner),
    ("lead@demo.test", "Léa Lead", Role::Lead),
    ("cm@demo.test", "Camille", Role::Cm),
    ("auditor@demo.test", "Aurélien Auditeur", Role::Auditor),
    ("exec@demo.test", "Edgar Exec", Role::Exec),
    ("guest@demo.test", "Inès Influence", Role::Guest),
];

/// Seeds workspace `demo` unless it exists. Creating the workspace is the claim: when two nodes
/// start at once on one database, only the one whose insert wins seeds the rest.
pub async fn seed(store: &dyn Store) -> anyhow::Result<()> {
    let now = now_millis();
    let ws = match store.create_workspace("demo", "Maison Démo", now).await {
        Ok(ws) => ws,
        Err(StoreError::Conflict(_)) => return Ok(()),
        Err(e) => return Err(t("demo-cannot-create-workspace").arg("error", e).into()),
    };
    let hash = hash_password(DEMO_PASSWORD).with_context(|| t("demo-cannot-hash-password"))?;
    let mut ids = Vec::new();
    for (email, name, role) in ACCOUNTS {
        let id = store
            .create_user(NewUser {
                workspace_id: ws,
                email,
                name,
                role,
                password_hash: &hash,
                now,
            })
            .await
            .with_context(|| t("demo-cannot-create-account").arg("email", email))?;
        ids.push(id);
    }
    let [owner, lead, cm, _auditor, exec, guest] = ids[..] else {
        return Err(t("demo-accounts-missing").into());
    };
    let minutes = |m: i64| now - m * 60_000;
    let launch = conversation(store, ws, "Lancement printemps — Inès", cm, &[lead, guest]).await?;
    say(
        store,
        ws,
        launch,
        lead,
        "Bonjour Inès, merci d'avoir accepté la collaboration !",
        minutes(180),
    )
    .await?;
    say(
        store,
        ws,
        launch,
        guest,
        "Avec plaisir ! J'ai hâte de découvrir la collection.",
        minutes(175),
    )
    .await?;
    say(
        store,
        ws,
        launch,
        cm,
        "Le colis part demain, vous le recevrez sous 48 h.",
        minutes(40),
    )
    .await?;
    say(
        store,
        ws,
        launch,
        guest,
        "Super, merci Camille ! Je prépare le post pour la semaine prochaine.",
        minutes(3),
    )
    .await?;
    let support = conversation(store, ws, "Service client — commande 4821", cm, &[guest]).await?;
    say(
        store,
        ws,
        support,
        guest,
        "Bonjour, ma commande n'est toujours pas arrivée.",
        minutes(90),
    )
    .await?;
    say(
        store,
        ws,
        support,
        cm,
        "Je regarde tout de suite et je reviens vers vous.",
        minutes(85),
    )
    .await?;
    let team = conversation(store, ws, "Équipe communication", cm, &[lead, owner, exec]).await?;
    say(
        store,
        ws,
        team,
        owner,
        "Rappel : relisez la charte de modération avant le lancement.",
        minutes(300),
    )
    .await?;
    say(
        store,
        ws,
        team,
        lead,
        "Les règles sont sur la page Règles, accessibles à tous.",
        minutes(290),
    )
    .await?;
    Ok(())
}

async fn conversation(
    store: &dyn Store,
    ws: WorkspaceId,
    title: &str,
    creator: UserId,
    members: &[UserId],
) -> anyhow::Result<ConversationId> {
    store
        .create_conversation(ws, Some(title), creator, members, now_millis())
        .await
        .with_context(|| t("demo-cannot-create-conversation").arg("title", title))
}

async fn say(
    store: &dyn Store,
    ws: WorkspaceId,
    conversation: ConversationId,
    author: UserId,
    text: &str,
    at: i64,
) -> anyhow::Result<()> {
    let body = MessageBody::parse(text).with_context(|| t("demo-cannot-seed-message"))?;
    store
        .send_message(NewMessage::delivered(ws, conversation, author, body, at))
        .await
        .with_context(|| t("demo-cannot-seed-message"))?;
    Ok(())
}

pub fn print_welcome(address: &str) {
    print!("{}", welcome(address, i18n::current()));
}

/// The start banner: the address, the password and the accounts, one per line, in a column.
fn welcome(address: &str, lang: Lang) -> String {
    let mut text = format!(
        "{}\n{}\n",
        t("demo-welcome").arg("address", address).render(lang),
        t("demo-welcome-login")
            .arg("password", DEMO_PASSWORD)
            .render(lang)
    );
    let roles: Vec<(String, &str)> = ACCOUNTS
        .iter()
        .map(|(email, _, role)| (role_name(*role).render(lang), *email))
        .collect();
    // Two spaces after the longest role name; widths count characters, not bytes.
    let width = roles
        .iter()
        .map(|(r, _)| r.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for (role, email) in roles {
        text.push_str(&format!("  {role:<width$} {email}\n"));
    }
    text
}

fn role_name(role: Role) -> i18n::Text {
    match role {
        Role::Owner => t("demo-role-owner"),
        Role::Lead => t("demo-role-lead"),
        Role::Cm => t("demo-role-cm"),
        Role::Auditor => t("demo-role-auditor"),
        Role::Exec => t("demo-role-exec"),
        Role::Guest => t("demo-role-guest"),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    /// The character column of the space before each account's e-mail.
    fn columns(text: &str) -> Vec<usize> {
        text.lines()
            .skip(2)
            .filter_map(|l| {
                let at = l.find('@')?;
                let space = l[..at].rfind(' ')?;
                Some(l[..space].chars().count())
            })
            .collect()
    }

    #[test]
    fn the_welcome_lists_every_account_in_a_column() {
        let text = super::welcome("127.0.0.1:8080", Lang::En);
        assert!(text.contains("password: demo-password"), "{text}");
        assert!(text.contains("  owner    owner@demo.test"), "{text}");
        let columns = columns(&text);
        assert_eq!(columns.len(), 6, "{text}");
        assert!(columns.iter().all(|c| *c == 10), "{text}");
    }

    #[test]
    fn the_welcome_speaks_french_with_french_role_names() {
        let text = super::welcome("127.0.0.1:8080", Lang::Fr);
        assert!(
            text.contains("Espace de travail : demo — mot de passe : demo-password"),
            "{text}"
        );
        assert!(text.contains("  propriétaire "), "{text}");
        assert!(text.contains("  invité "), "{text}");
        let columns = columns(&text);
        assert_eq!(columns.len(), 6, "{text}");
        assert!(columns.iter().all(|c| *c == columns[0]), "{text}");
    }
}
