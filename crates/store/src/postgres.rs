//! The PostgreSQL backend: the scale-out twin of the SQLite one, for several nodes sharing one
//! database. Every method mirrors `sqlite.rs` statement for statement; the conformance suite is
//! the judge of "same semantics".
//!
//! Design choices:
//!
//! - **Driver**: `tokio-postgres` pooled by `deadpool-postgres`. Both are maintained, plain async
//!   Rust with no compile-time query checking (so building never needs a live database) and a
//!   small dependency tree; deadpool's per-connection prepared-statement cache
//!   (`prepare_cached`) saves a round trip on every hot query.
//! - **Connecting** fails fast: a 5 s connect timeout unless the URL sets one, and the first
//!   connection is opened in [`PgStore::connect`], so a wrong or unreachable URL is one clear
//!   error at start-up rather than on the first request.
//! - **Migrations** run in one transaction under `pg_advisory_xact_lock` (keyed by the target
//!   schema), and are recorded in `schema_migrations`: two nodes starting at the same moment
//!   apply them exactly once, the second one waiting and then finding nothing to do.
//! - **Schemas**: [`PgStore::connect_in_schema`] creates a schema and pins `search_path` to it on
//!   every pooled connection (through the startup `options`, so no connection can ever run
//!   without it). Tests use one fresh schema each; a URL's own `options=-c search_path=…` also
//!   works with [`PgStore::connect`].
//! - **Concurrency across nodes** rests on constraints, not on checks in Rust: idempotent sends
//!   are `INSERT … ON CONFLICT DO NOTHING` on the `(conversation_id, author_id, client_id)`
//!   unique index followed by a `SELECT` of the winner; a duplicate workspace slug is a
//!   `Conflict` through `ON CONFLICT (slug) DO NOTHING` (which is what seeds the demo exactly once
//!   across nodes); edits and removals lock the message row (`FOR UPDATE`), so an edit can never
//!   slip a version back in after an unsend deleted them.
//! - **Search** is PostgreSQL's full-text search: a `tsvector` column holding the lexemes of the
//!   *current* body only (replaced on edit, NULLed on unsend), a GIN index, and a `tsquery` whose
//!   last term is a prefix (`:*`). Words are cut, lower-cased and stripped of accents in Rust
//!   (NFKD, combining marks dropped) with the same rule on both sides, and handed to PostgreSQL as
//!   ready lexemes (`array_to_tsvector`, and a `tsquery` of quoted lexemes built from
//!   [`search_terms`]). This plays the role of the `simple` configuration (no stemming, no stop
//!   words) without depending on the `unaccent` extension or on the server's locale, and keeps
//!   tokens the same as SQLite's (PostgreSQL's own parser would keep `example.com` or an e-mail
//!   as one token). User text only ever travels as a bound parameter.

use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{GenericClient, Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use retract_domain::{
    ConversationId, FollowupItem, IncidentId, MessageId, Millis, Reason, Role, UserId, WorkspaceId,
    WorkspaceSettings,
};
use tokio_postgres::types::ToSql;
use tokio_postgres::{NoTls, Row};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::*;

mod incidents;

const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_messaging",
        include_str!("../migrations/postgres/0001_messaging.sql"),
    ),
    (
        "0002_prevention",
        include_str!("../migrations/postgres/0002_prevention.sql"),
    ),
    (
        "0003_ledger",
        include_str!("../migrations/postgres/0003_ledger.sql"),
    ),
    (
        "0004_incidents",
        include_str!("../migrations/postgres/0004_incidents.sql"),
    ),
    (
        "0005_prevention_rules",
        include_str!("../migrations/postgres/0005_prevention_rules.sql"),
    ),
    (
        "0006_read_indexes",
        include_str!("../migrations/postgres/0006_read_indexes.sql"),
    ),
    (
        "0007_ledger_kind",
        include_str!("../migrations/postgres/0007_ledger_kind.sql"),
    ),
];

/// Prefix of the advisory lock key that serialises migrations of one schema across nodes.
const MIGRATION_LOCK: &str = "retract.migrations:";
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const DEFAULT_POOL_SIZE: usize = 16;
/// Longest lexeme kept, in characters (PostgreSQL refuses lexemes of 2 KiB and more). Both the
/// index and the query clip words the same way, so a longer word is still found.
const MAX_LEXEME_CHARS: usize = 200;
const SNIPPET_CHARS: usize = 120;

type Param<'a> = &'a (dyn ToSql + Sync);

/// How [`PgStore::connect_with`] connects.
#[derive(Debug, Clone)]
pub struct PgOptions {
    /// Schema to create (if missing) and use on every connection; `None` keeps the URL's
    /// `search_path`. Lower-case letters, digits and `_`, at most 63 characters.
    pub schema: Option<String>,
    /// Most connections the pool opens.
    pub pool_size: usize,
    /// Used unless the URL sets `connect_timeout`.
    pub connect_timeout: Duration,
}

impl Default for PgOptions {
    fn default() -> Self {
        PgOptions {
            schema: None,
            pool_size: DEFAULT_POOL_SIZE,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
        }
    }
}

/// The PostgreSQL [`Store`]; cheap to share behind an `Arc`.
pub struct PgStore {
    pool: Pool,
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(err: tokio_postgres::Error) -> Self {
        // Any text a client sends (a body, a title, an e-mail at login) may hold a NUL that
        // PostgreSQL refuses: that is bad input, not a failure of the server.
        if err.code() == Some(&tokio_postgres::error::SqlState::CHARACTER_NOT_IN_REPERTOIRE) {
            return StoreError::InvalidText;
        }
        StoreError::Database(describe(&err))
    }
}

impl From<deadpool_postgres::PoolError> for StoreError {
    fn from(err: deadpool_postgres::PoolError) -> Self {
        match err {
            deadpool_postgres::PoolError::Backend(e) => e.into(),
            deadpool_postgres::PoolError::Closed => StoreError::Closed,
            other => StoreError::Database(format!("database connection pool: {other}")),
        }
    }
}

/// A driver error as one line: the server's SQLSTATE and message when it has one.
fn describe(err: &tokio_postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => {
            // The driver's own text can be as short as "error connecting to server": add why.
            let mut text = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(cause) = source {
                let more = cause.to_string();
                if !text.contains(&more) {
                    text = format!("{text}: {more}");
                }
                source = cause.source();
            }
            text
        }
    }
}

fn valid_schema(schema: &str) -> bool {
    let mut chars = schema.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && schema.len() <= 63
}

/// Where a config points, for error messages (never the password).
fn target(config: &tokio_postgres::Config) -> String {
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .collect();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "{}:{port}/{}",
        hosts.join(","),
        config.get_dbname().unwrap_or("")
    )
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host:port/db`), checks that the database answers, and
    /// applies pending migrations. Fails within about 5 s when the server is unreachable.
    pub async fn connect(url: &str) -> StoreResult<PgStore> {
        Self::connect_with(url, PgOptions::default()).await
    }

    /// Like [`PgStore::connect`], with every table in `schema` (created if missing): each
    /// pooled connection starts with `search_path` set to it.
    pub async fn connect_in_schema(url: &str, schema: &str) -> StoreResult<PgStore> {
        Self::connect_with(
            url,
            PgOptions {
                schema: Some(schema.to_string()),
                ..PgOptions::default()
            },
        )
        .await
    }

    pub async fn connect_with(url: &str, options: PgOptions) -> StoreResult<PgStore> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Database(format!("invalid PostgreSQL URL: {e}")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(options.connect_timeout);
        }
        if config.get_application_name().is_none() {
            config.application_name("retract");
        }
        if let Some(schema) = &options.schema {
            if !valid_schema(schema) {
                return Err(StoreError::Database(format!(
                    "invalid schema name {schema:?}: use lower-case letters, digits and _"
                )));
            }
            let pinned = format!("-c search_path={schema}");
            let all = match config.get_options() {
                Some(existing) if !existing.trim().is_empty() => format!("{existing} {pinned}"),
                _ => pinned,
            };
            config.options(all);
        }
        let timeout = config
            .get_connect_timeout()
            .copied()
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        let where_to = target(&config);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(options.pool_size.max(1))
            .runtime(Runtime::Tokio1)
            .create_timeout(Some(timeout))
            .recycle_timeout(Some(timeout))
            .wait_timeout(Some(Duration::from_secs(30)))
            .build()
            .map_err(|e| StoreError::Database(format!("database connection pool: {e}")))?;
        let mut client = pool.get().await.map_err(|e| {
            let why = match e {
                deadpool_postgres::PoolError::Backend(e) => describe(&e),
                deadpool_postgres::PoolError::Timeout(_) => {
                    format!("no answer within {} s", timeout.as_secs())
                }
                other => other.to_string(),
            };
            StoreError::Database(format!("cannot connect to PostgreSQL at {where_to}: {why}"))
        })?;
        migrate(&mut client, options.schema.as_deref())
            .await
            .map_err(|e| match e {
                StoreError::Database(msg) => StoreError::Database(format!(
                    "cannot migrate PostgreSQL database at {where_to}: {msg}"
                )),
                other => other,
            })?;
        drop(client);
        Ok(PgStore { pool })
    }

    async fn client(&self) -> StoreResult<deadpool_postgres::Client> {
        Ok(self.pool.get().await?)
    }
}

/// Applies pending migrations in one transaction, under an advisory lock held until it ends.
async fn migrate(client: &mut deadpool_postgres::Client, schema: Option<&str>) -> StoreResult<()> {
    let tx = client.transaction().await?;
    // One lock per target schema: nodes sharing a schema wait for each other, while separate
    // schemas (parallel test runs) migrate side by side. `current_schema()` is where the tables
    // of a plain `connect` land.
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended($1 || COALESCE($2::text, current_schema(), ''), 0))",
        &[&MIGRATION_LOCK, &schema],
    )
    .await?;
    if let Some(schema) = schema {
        // `schema` is checked by `valid_schema`: an identifier, safe to quote.
        tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\""))
            .await?;
    }
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            name TEXT PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )",
    )
    .await?;
    for (name, sql) in MIGRATIONS {
        let done = tx
            .query_opt("SELECT 1 FROM schema_migrations WHERE name = $1", &[name])
            .await?
            .is_some();
        if !done {
            tx.batch_execute(sql).await?;
            tx.execute("INSERT INTO schema_migrations (name) VALUES ($1)", &[name])
                .await?;
            tracing::info!(migration = name, "applied PostgreSQL migration");
        }
    }
    tx.commit().await?;
    Ok(())
}

async fn query<C: GenericClient>(c: &C, sql: &str, params: &[Param<'_>]) -> StoreResult<Vec<Row>> {
    let stmt = c.prepare_cached(sql).await?;
    Ok(c.query(&stmt, params).await?)
}

async fn query_opt<C: GenericClient>(
    c: &C,
    sql: &str,
    params: &[Param<'_>],
) -> StoreResult<Option<Row>> {
    let stmt = c.prepare_cached(sql).await?;
    Ok(c.query_opt(&stmt, params).await?)
}

async fn query_one<C: GenericClient>(c: &C, sql: &str, params: &[Param<'_>]) -> StoreResult<Row> {
    query_opt(c, sql, params).await?.ok_or(StoreError::NotFound)
}

async fn execute<C: GenericClient>(c: &C, sql: &str, params: &[Param<'_>]) -> StoreResult<u64> {
    let stmt = c.prepare_cached(sql).await?;
    Ok(c.execute(&stmt, params).await?)
}

fn parse_role(s: &str) -> StoreResult<Role> {
    s.parse()
        .map_err(|e: retract_domain::RoleError| StoreError::Database(format!("bad role: {e}")))
}

fn parse_reason(s: &str) -> StoreResult<Reason> {
    s.parse()
        .map_err(|e: retract_domain::ReasonError| StoreError::Database(format!("bad reason: {e}")))
}

fn count(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

/// Lower-cases, decomposes (NFKD) and drops combining marks: `Émile` → `emile`.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

fn clip(word: &str) -> String {
    word.chars().take(MAX_LEXEME_CHARS).collect()
}

/// The lexemes indexed for a body: its folded words, cut like [`search_terms`] cuts a query.
fn lexemes(body: &str) -> Vec<String> {
    let mut words: Vec<String> = fold(body)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(clip)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// A `tsquery` in PostgreSQL's input syntax: every term must appear, the last as a prefix. Terms
/// come from [`search_terms`] (letters and digits only) and are quoted anyway.
fn ts_query(query: &str) -> Option<String> {
    let terms = search_terms(&fold(query));
    let last = terms.len().checked_sub(1)?;
    Some(
        terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let quoted = format!("'{}'", clip(t).replace('\\', "\\\\").replace('\'', "''"));
                if i == last {
                    format!("{quoted}:*")
                } else {
                    quoted
                }
            })
            .collect::<Vec<_>>()
            .join(" & "),
    )
}

fn user_from_row(row: &Row) -> StoreResult<User> {
    Ok(User {
        id: UserId(row.try_get(0)?),
        workspace_id: WorkspaceId(row.try_get(1)?),
        email: row.try_get(2)?,
        name: row.try_get(3)?,
        role: parse_role(row.try_get(4)?)?,
    })
}

const USER_COLUMNS: &str = "u.id, u.workspace_id, u.email, u.name, u.role";

/// Columns read by [`message_from_row`], in order; `m` is the message, `a` its author, `q` the
/// quoted message, `qa` the quoted author, `r` the remover.
const MESSAGE_SELECT: &str =
    "SELECT m.id, m.conversation_id, m.author_id, a.name, a.role, m.body, m.state,
        m.edited_at, m.sent_at, q.id, q.author_id, qa.name, q.body,
        m.removed_by, r.name, m.removed_role, m.removed_reason, m.removed_at,
        m.status, m.deliver_at, m.findings
    FROM messages m
    JOIN users a ON a.id = m.author_id
    LEFT JOIN messages q ON q.id = m.reply_to
    LEFT JOIN users qa ON qa.id = q.author_id
    LEFT JOIN users r ON r.id = m.removed_by";

fn message_from_row(row: &Row) -> StoreResult<StoredMessage> {
    let state = match row.try_get::<_, &str>(6)? {
        "unsent" => MessageState::Unsent,
        _ => MessageState::Visible,
    };
    let body: Option<String> = row.try_get(5)?;
    let reply_to = match row.try_get::<_, Option<i64>>(9)? {
        Some(id) => Some(QuotedMessage {
            id: MessageId(id),
            author: UserId(row.try_get(10)?),
            author_name: row.try_get(11)?,
            snippet: row
                .try_get::<_, Option<&str>>(12)?
                .map(|b| snippet(b, SNIPPET_CHARS)),
        }),
        None => None,
    };
    let removal = match row.try_get::<_, Option<i64>>(13)? {
        Some(by) => Some(RemovalInfo {
            by: UserId(by),
            by_name: row.try_get(14)?,
            role: parse_role(row.try_get(15)?)?,
            reason: parse_reason(row.try_get(16)?)?,
            at: row.try_get(17)?,
        }),
        None => None,
    };
    Ok(StoredMessage {
        id: MessageId(row.try_get(0)?),
        conversation_id: ConversationId(row.try_get(1)?),
        author: UserId(row.try_get(2)?),
        author_name: row.try_get(3)?,
        author_role: parse_role(row.try_get(4)?)?,
        // Belt and braces for M-7: never hand out a body with an unsent state.
        body: if state == MessageState::Unsent {
            None
        } else {
            body
        },
        state,
        edited: row.try_get::<_, Option<i64>>(7)?.is_some(),
        sent_at: row.try_get(8)?,
        reply_to,
        removal,
        status: DeliveryStatus::parse(row.try_get(18)?).unwrap_or(DeliveryStatus::Delivered),
        deliver_at: row.try_get(19)?,
        findings: row
            .try_get::<_, Option<&str>>(20)?
            .and_then(|f| serde_json::from_str(f).ok()),
    })
}

/// Appends one ledger entry inside the caller's transaction. The per-workspace advisory lock
/// serialises appends across connections and nodes, so the head read is the one chained to.
async fn append_ledger_in<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    new: retract_domain::NewEntry,
) -> StoreResult<retract_domain::LedgerEntry> {
    execute(
        c,
        "SELECT pg_advisory_xact_lock(hashtext('retract.ledger'), $1::INT)",
        &[&(ws.0 as i32)],
    )
    .await?;
    let last = query_opt(
        c,
        "SELECT line FROM ledger_entries WHERE workspace_id = $1 ORDER BY seq DESC LIMIT 1",
        &[&ws.0],
    )
    .await?;
    let last = match last {
        Some(row) => Some(
            retract_domain::LedgerEntry::parse_line(row.try_get::<_, &str>(0)?).map_err(|e| {
                StoreError::Database(format!("the stored ledger head does not parse: {e:?}"))
            })?,
        ),
        None => None,
    };
    let entry = retract_domain::Chain::next_after(ws, last.as_ref(), new);
    execute(
        c,
        "INSERT INTO ledger_entries (workspace_id, seq, line, incident_id, kind) VALUES ($1, $2, $3, $4, $5)",
        &[
            &ws.0,
            &(entry.seq as i64),
            &entry.to_line(),
            &entry.incident_id.map(|i| i.0),
            &entry.kind,
        ],
    )
    .await?;
    Ok(entry)
}

/// Writes a new text, its search lexemes, verdict and findings; `edited_at` when it replaces a
/// delivered text (an approver's correction of a held message is not an edit).
async fn set_text<C: GenericClient>(
    c: &C,
    id: MessageId,
    text: &NewText,
    edited_at: Option<Millis>,
) -> StoreResult<()> {
    let findings = text.findings.as_ref().map(|f| f.to_string());
    execute(
        c,
        "UPDATE messages SET body = $1, search = array_to_tsvector($2::text[]), verdict = $3,
            findings = $4, flagged = COALESCE(flagged, $5), edited_at = COALESCE($6, edited_at)
         WHERE id = $7",
        &[
            &text.body.as_str(),
            &lexemes(text.body.as_str()),
            &text.verdict,
            &findings,
            &text.flag.then_some(true),
            &edited_at,
            &id.0,
        ],
    )
    .await?;
    Ok(())
}

async fn load_message<C: GenericClient>(
    c: &C,
    ws: WorkspaceId,
    id: MessageId,
) -> StoreResult<Option<StoredMessage>> {
    let sql = format!("{MESSAGE_SELECT} WHERE m.id = $1 AND m.workspace_id = $2");
    query_opt(c, &sql, &[&id.0, &ws.0])
        .await?
        .map(|row| message_from_row(&row))
        .transpose()
}

fn workspace_from_row(row: &Row) -> StoreResult<Workspace> {
    Ok(Workspace {
        id: WorkspaceId(row.try_get(0)?),
        slug: row.try_get(1)?,
        name: row.try_get(2)?,
    })
}

#[async_trait]
impl Store for PgStore {
    async fn create_workspace(
        &self,
        slug: &str,
        name: &str,
        now: Millis,
    ) -> StoreResult<WorkspaceId> {
        let settings = serde_json::to_value(WorkspaceSettings::default())
            .map_err(|e| StoreError::Database(e.to_string()))?;
        let client = self.client().await?;
        // The unique slug decides, even between nodes racing to seed the same workspace.
        let row = query_opt(
            &client,
            "INSERT INTO workspaces (slug, name, settings, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (slug) DO NOTHING RETURNING id",
            &[&slug, &name, &settings, &now],
        )
        .await?;
        match row {
            Some(row) => Ok(WorkspaceId(row.try_get(0)?)),
            None => Err(StoreError::Conflict("workspace_exists")),
        }
    }

    async fn workspace_by_slug(&self, slug: &str) -> StoreResult<Option<Workspace>> {
        let client = self.client().await?;
        query_opt(
            &client,
            "SELECT id, slug, name FROM workspaces WHERE slug = $1",
            &[&slug],
        )
        .await?
        .map(|r| workspace_from_row(&r))
        .transpose()
    }

    async fn workspace(&self, id: WorkspaceId) -> StoreResult<Workspace> {
        let client = self.client().await?;
        let row = query_one(
            &client,
            "SELECT id, slug, name FROM workspaces WHERE id = $1",
            &[&id.0],
        )
        .await?;
        workspace_from_row(&row)
    }

    async fn workspace_ids(&self) -> StoreResult<Vec<WorkspaceId>> {
        let client = self.client().await?;
        Ok(query(&client, "SELECT id FROM workspaces ORDER BY id", &[])
            .await?
            .iter()
            .map(|r| WorkspaceId(r.get(0)))
            .collect())
    }

    async fn settings(&self, ws: WorkspaceId) -> StoreResult<WorkspaceSettings> {
        let client = self.client().await?;
        let row = query_one(
            &client,
            "SELECT settings FROM workspaces WHERE id = $1",
            &[&ws.0],
        )
        .await?;
        let json: serde_json::Value = row.try_get(0)?;
        serde_json::from_value(json).map_err(|e| StoreError::Database(e.to_string()))
    }

    async fn save_settings(
        &self,
        ws: WorkspaceId,
        settings: &WorkspaceSettings,
        audit: Option<retract_domain::NewEntry>,
    ) -> StoreResult<()> {
        let json =
            serde_json::to_value(settings).map_err(|e| StoreError::Database(e.to_string()))?;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let n = execute(
            &tx,
            "UPDATE workspaces SET settings = $1 WHERE id = $2",
            &[&json, &ws.0],
        )
        .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        if let Some(entry) = audit {
            append_ledger_in(&tx, ws, entry).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn create_user(&self, user: NewUser<'_>) -> StoreResult<UserId> {
        let email = user.email.to_lowercase();
        let client = self.client().await?;
        let row = query_opt(
            &client,
            "INSERT INTO users (workspace_id, email, name, role, password_hash, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (workspace_id, email) DO NOTHING RETURNING id",
            &[
                &user.workspace_id.0,
                &email,
                &user.name,
                &user.role.as_str(),
                &user.password_hash,
                &user.now,
            ],
        )
        .await?;
        match row {
            Some(row) => Ok(UserId(row.try_get(0)?)),
            None => Err(StoreError::Conflict("email_taken")),
        }
    }

    async fn user_by_email(
        &self,
        ws: WorkspaceId,
        email: &str,
    ) -> StoreResult<Option<(User, String)>> {
        let email = email.to_lowercase();
        let client = self.client().await?;
        let sql = format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.workspace_id = $1 AND u.email = $2");
        match query_opt(&client, &sql, &[&ws.0, &email]).await? {
            Some(r) => Ok(Some((user_from_row(&r)?, r.try_get(5)?))),
            None => Ok(None),
        }
    }

    async fn user(&self, ws: WorkspaceId, id: UserId) -> StoreResult<Option<User>> {
        let client = self.client().await?;
        let sql =
            format!("SELECT {USER_COLUMNS} FROM users u WHERE u.workspace_id = $1 AND u.id = $2");
        query_opt(&client, &sql, &[&ws.0, &id.0])
            .await?
            .map(|r| user_from_row(&r))
            .transpose()
    }

    async fn users(&self, ws: WorkspaceId) -> StoreResult<Vec<User>> {
        let client = self.client().await?;
        let sql =
            format!("SELECT {USER_COLUMNS} FROM users u WHERE u.workspace_id = $1 ORDER BY u.id");
        query(&client, &sql, &[&ws.0])
            .await?
            .iter()
            .map(user_from_row)
            .collect()
    }

    async fn create_session(
        &self,
        token_hash: [u8; 32],
        user: UserId,
        csrf_token: &str,
        now: Millis,
        expires_at: Millis,
    ) -> StoreResult<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        execute(
            &tx,
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
            &[&&token_hash[..], &user.0, &csrf_token, &now, &expires_at],
        )
        .await?;
        // Housekeeping rides along with logins rather than needing its own timer.
        execute(&tx, "DELETE FROM sessions WHERE expires_at <= $1", &[&now]).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn session(&self, token_hash: [u8; 32], now: Millis) -> StoreResult<Option<Session>> {
        let client = self.client().await?;
        let sql = format!(
            "SELECT {USER_COLUMNS}, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2"
        );
        match query_opt(&client, &sql, &[&&token_hash[..], &now]).await? {
            Some(r) => Ok(Some(Session {
                user: user_from_row(&r)?,
                csrf_token: r.try_get(5)?,
                expires_at: r.try_get(6)?,
            })),
            None => Ok(None),
        }
    }

    async fn delete_session(&self, token_hash: [u8; 32]) -> StoreResult<()> {
        let client = self.client().await?;
        execute(
            &client,
            "DELETE FROM sessions WHERE token_hash = $1",
            &[&&token_hash[..]],
        )
        .await?;
        Ok(())
    }

    async fn create_conversation(
        &self,
        ws: WorkspaceId,
        title: Option<&str>,
        created_by: UserId,
        members: &[UserId],
        now: Millis,
    ) -> StoreResult<ConversationId> {
        let mut members: Vec<i64> = members.iter().map(|m| m.0).collect();
        members.push(created_by.0);
        members.sort_unstable();
        members.dedup();
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let found: i64 = query_one(
            &tx,
            "SELECT COUNT(*) FROM users WHERE id = ANY($1) AND workspace_id = $2",
            &[&members, &ws.0],
        )
        .await?
        .try_get(0)?;
        if usize::try_from(found).ok() != Some(members.len()) {
            return Err(StoreError::NotFound);
        }
        let id: i64 = query_one(
            &tx,
            "INSERT INTO conversations (workspace_id, title, created_by, created_at)
             VALUES ($1, $2, $3, $4) RETURNING id",
            &[&ws.0, &title, &created_by.0, &now],
        )
        .await?
        .try_get(0)?;
        execute(
            &tx,
            "INSERT INTO members (conversation_id, user_id) SELECT $1, unnest($2::bigint[])",
            &[&id, &members],
        )
        .await?;
        tx.commit().await?;
        Ok(ConversationId(id))
    }

    async fn conversation(
        &self,
        ws: WorkspaceId,
        id: ConversationId,
    ) -> StoreResult<Option<Conversation>> {
        let client = self.client().await?;
        let Some(row) = query_opt(
            &client,
            "SELECT title FROM conversations WHERE id = $1 AND workspace_id = $2",
            &[&id.0, &ws.0],
        )
        .await?
        else {
            return Ok(None);
        };
        let title: Option<String> = row.try_get(0)?;
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM members mb JOIN users u ON u.id = mb.user_id WHERE mb.conversation_id = $1 ORDER BY u.id"
        );
        let members = query(&client, &sql, &[&id.0])
            .await?
            .iter()
            .map(user_from_row)
            .collect::<StoreResult<_>>()?;
        Ok(Some(Conversation {
            id,
            workspace_id: ws,
            title,
            members,
        }))
    }

    async fn conversation_titles(
        &self,
        ws: WorkspaceId,
        limit: u32,
    ) -> StoreResult<Vec<(ConversationId, Option<String>)>> {
        let client = self.client().await?;
        query(
            &client,
            "SELECT id, title FROM conversations WHERE workspace_id = $1 ORDER BY id LIMIT $2",
            &[&ws.0, &i64::from(limit)],
        )
        .await?
        .iter()
        .map(|r| Ok((ConversationId(r.try_get(0)?), r.try_get(1)?)))
        .collect()
    }

    async fn conversations_for(
        &self,
        ws: WorkspaceId,
        user: UserId,
    ) -> StoreResult<Vec<ConversationSummary>> {
        let client = self.client().await?;
        let rows = query(
            &client,
            "SELECT c.id, c.title,
                (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.id > mb.last_read
                    AND m.author_id <> $2 AND m.state = 'visible' AND m.status = 'delivered'
                    AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = $2)),
                (SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = c.id AND m.status = 'delivered'
                    AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = $2)),
                ARRAY(SELECT x.user_id FROM members x WHERE x.conversation_id = c.id ORDER BY x.user_id)
             FROM members mb JOIN conversations c ON c.id = mb.conversation_id
             WHERE mb.user_id = $2 AND c.workspace_id = $1
             ORDER BY c.id",
            &[&ws.0, &user.0],
        )
        .await?;
        // Every conversation's newest message in one round trip rather than one per row.
        let last_ids = rows
            .iter()
            .map(|r| r.try_get::<_, Option<i64>>(3))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .flatten()
            .collect::<Vec<i64>>();
        let mut last_messages = std::collections::HashMap::new();
        if !last_ids.is_empty() {
            let sql = format!("{MESSAGE_SELECT} WHERE m.id = ANY($1) AND m.workspace_id = $2");
            for row in query(&client, &sql, &[&last_ids, &ws.0]).await? {
                let message = message_from_row(&row)?;
                last_messages.insert(message.id.0, message);
            }
        }
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let last: Option<i64> = row.try_get(3)?;
            let members: Vec<i64> = row.try_get(4)?;
            out.push(ConversationSummary {
                id: ConversationId(row.try_get(0)?),
                title: row.try_get(1)?,
                members: members.into_iter().map(UserId).collect(),
                unread: count(row.try_get(2)?),
                last_message: last.and_then(|m| last_messages.remove(&m)),
            });
        }
        // Most recent activity first, as an inbox.
        out.sort_by_key(|c| {
            std::cmp::Reverse(c.last_message.as_ref().map(|m| m.id.0).unwrap_or(0))
        });
        Ok(out)
    }

    async fn send_message(&self, new: NewMessage) -> StoreResult<SendOutcome> {
        let ws = new.workspace_id;
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        const BY_CLIENT_ID: &str = "SELECT id FROM messages WHERE conversation_id = $1 AND author_id = $2 AND client_id = $3";
        if let Some(client_id) = &new.client_id {
            let existing = query_opt(
                &tx,
                BY_CLIENT_ID,
                &[&new.conversation_id.0, &new.author.0, client_id],
            )
            .await?;
            if let Some(row) = existing {
                let message = load_message(&tx, ws, MessageId(row.try_get(0)?))
                    .await?
                    .ok_or(StoreError::NotFound)?;
                return Ok(SendOutcome {
                    message,
                    created: false,
                });
            }
        }
        if let Some(reply_to) = new.reply_to {
            let found = query_opt(
                &tx,
                "SELECT id FROM messages WHERE id = $1 AND conversation_id = $2 AND status = 'delivered'",
                &[&reply_to.0, &new.conversation_id.0],
            )
            .await?;
            if found.is_none() {
                return Err(StoreError::NotFound);
            }
        }
        // Held messages are not searchable until they are delivered.
        let words: Option<Vec<String>> =
            (new.status == DeliveryStatus::Delivered).then(|| lexemes(new.body.as_str()));
        let findings = new.findings.as_ref().map(|f| f.to_string());
        let triggers = (!new.approval_triggers.is_empty())
            .then(|| serde_json::Value::from(new.approval_triggers.clone()).to_string());
        let flagged = new.flagged.then_some(true);
        // A concurrent send with the same client_id (from this node or another) makes the insert
        // wait for it; once it commits, ours does nothing and the SELECT below finds the winner.
        let inserted = query_opt(
            &tx,
            "INSERT INTO messages (workspace_id, conversation_id, author_id, body, search, client_id, reply_to, sent_at,
                                   created_at, status, deliver_at, verdict, findings, approval_triggers, flagged)
             VALUES ($1, $2, $3, $4, array_to_tsvector($5::text[]), $6, $7, $8, $8, $9, $10, $11, $12, $13, $14)
             ON CONFLICT (conversation_id, author_id, client_id) WHERE client_id IS NOT NULL DO NOTHING
             RETURNING id",
            &[
                &ws.0,
                &new.conversation_id.0,
                &new.author.0,
                &new.body.as_str(),
                &words,
                &new.client_id,
                &new.reply_to.map(|m| m.0),
                &new.now,
                &new.status.as_str(),
                &new.deliver_at,
                &new.verdict,
                &findings,
                &triggers,
                &flagged,
            ],
        )
        .await?;
        let (id, created) = match inserted {
            Some(row) => (row.try_get::<_, i64>(0)?, true),
            None => {
                let row = query_one(
                    &tx,
                    BY_CLIENT_ID,
                    &[&new.conversation_id.0, &new.author.0, &new.client_id],
                )
                .await?;
                (row.try_get::<_, i64>(0)?, false)
            }
        };
        if let (true, Some(incident)) = (created, new.followup_of) {
            incidents::link_followup(
                &tx,
                ws,
                incident,
                new.conversation_id,
                MessageId(id),
                new.author,
                new.now,
            )
            .await?;
        }
        let message = load_message(&tx, ws, MessageId(id))
            .await?
            .ok_or(StoreError::NotFound)?;
        tx.commit().await?;
        Ok(SendOutcome { message, created })
    }

    async fn message(&self, ws: WorkspaceId, id: MessageId) -> StoreResult<Option<StoredMessage>> {
        let client = self.client().await?;
        load_message(&client, ws, id).await
    }

    async fn messages(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        viewer: UserId,
        before: Option<MessageId>,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>> {
        let client = self.client().await?;
        let sql = format!(
            "{MESSAGE_SELECT} WHERE m.conversation_id = $1 AND m.workspace_id = $2 AND m.id < $3
               AND (m.status = 'delivered'
                    OR (m.author_id = $4 AND m.status IN ('pending_grace', 'pending_approval', 'rejected')))
               AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = $4)
             ORDER BY m.id DESC LIMIT $5"
        );
        let before = before.map(|m| m.0).unwrap_or(i64::MAX);
        let mut page = query(
            &client,
            &sql,
            &[
                &conversation.0,
                &ws.0,
                &before,
                &viewer.0,
                &i64::from(limit),
            ],
        )
        .await?
        .iter()
        .map(message_from_row)
        .collect::<StoreResult<Vec<_>>>()?;
        page.reverse();
        Ok(page)
    }

    async fn edit_message(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        text: NewText,
        now: Millis,
    ) -> StoreResult<StoredMessage> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // The row lock orders this edit with any concurrent edit or unsend of the message.
        let current = query_opt(
            &tx,
            "SELECT body, state, status FROM messages WHERE id = $1 AND workspace_id = $2 FOR UPDATE",
            &[&id.0, &ws.0],
        )
        .await?;
        let Some(row) = current else {
            return Err(StoreError::NotFound);
        };
        if row.try_get::<_, &str>(2)? != "delivered" {
            return Err(StoreError::Conflict("not_delivered"));
        }
        let old: Option<String> = row.try_get(0)?;
        let state: &str = row.try_get(1)?;
        let (Some(old), "visible") = (old, state) else {
            return Err(StoreError::Conflict("message_unsent"));
        };
        // An unsend waiting for a lead is about this text: it stays as it is until decided.
        incidents::refuse_if_pending(&tx, id).await?;
        execute(
            &tx,
            "INSERT INTO message_versions (message_id, version, body, replaced_at)
             SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3 FROM message_versions WHERE message_id = $1",
            &[&id.0, &old, &now],
        )
        .await?;
        set_text(&tx, id, &text, Some(now)).await?;
        let message = load_message(&tx, ws, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        tx.commit().await?;
        Ok(message)
    }

    async fn message_versions(
        &self,
        ws: WorkspaceId,
        id: MessageId,
    ) -> StoreResult<Vec<MessageVersion>> {
        let client = self.client().await?;
        query(
            &client,
            "SELECT v.version, v.body, v.replaced_at FROM message_versions v JOIN messages m ON m.id = v.message_id
             WHERE v.message_id = $1 AND m.workspace_id = $2 AND m.state = 'visible' ORDER BY v.version",
            &[&id.0, &ws.0],
        )
        .await?
        .iter()
        .map(|r| {
            Ok(MessageVersion {
                version: count(i64::from(r.try_get::<_, i32>(0)?)),
                body: r.try_get(1)?,
                replaced_at: r.try_get(2)?,
            })
        })
        .collect()
    }

    async fn has_replies_from_others(&self, ws: WorkspaceId, id: MessageId) -> StoreResult<bool> {
        let client = self.client().await?;
        Ok(query_opt(
            &client,
            "SELECT 1 FROM messages r JOIN messages m ON m.id = r.reply_to
             WHERE r.reply_to = $1 AND m.workspace_id = $2 AND r.author_id <> m.author_id AND r.status = 'delivered' LIMIT 1",
            &[&id.0, &ws.0],
        )
        .await?
        .is_some())
    }

    async fn unsends_since(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        author: UserId,
        since: Millis,
    ) -> StoreResult<u32> {
        let client = self.client().await?;
        let row = query_one(
            &client,
            "SELECT COUNT(*) FROM messages WHERE workspace_id = $1 AND conversation_id = $2 AND author_id = $3
               AND state = 'unsent' AND removed_by = author_id AND removed_at >= $4",
            &[&ws.0, &conversation.0, &author.0, &since],
        )
        .await?;
        Ok(count(row.try_get(0)?))
    }

    async fn remove_message(
        &self,
        removal: Removal,
        vault: Arc<WorkspaceKey>,
    ) -> StoreResult<(StoredMessage, IncidentId)> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let removed = incidents::remove(&tx, &removal, &vault).await?;
        tx.commit().await?;
        Ok(removed)
    }

    async fn request_removal(&self, removal: Removal) -> StoreResult<IncidentId> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let incident = incidents::request(&tx, &removal).await?;
        tx.commit().await?;
        Ok(incident)
    }

    async fn decide_removal(
        &self,
        decision: RemovalDecision,
        vault: Arc<WorkspaceKey>,
    ) -> StoreResult<(Incident, Option<StoredMessage>)> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let decided = incidents::decide(&tx, &decision, &vault).await?;
        tx.commit().await?;
        Ok(decided)
    }

    async fn hide_message(&self, ws: WorkspaceId, id: MessageId, user: UserId) -> StoreResult<()> {
        let client = self.client().await?;
        let found = query_opt(
            &client,
            "SELECT id FROM messages WHERE id = $1 AND workspace_id = $2",
            &[&id.0, &ws.0],
        )
        .await?;
        if found.is_none() {
            return Err(StoreError::NotFound);
        }
        execute(
            &client,
            "INSERT INTO hidden_messages (message_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&id.0, &user.0],
        )
        .await?;
        Ok(())
    }

    async fn decide_message(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        expected: &[DeliveryStatus],
        decision: Decision,
        actor: Option<UserId>,
        comment: Option<&str>,
        now: Millis,
    ) -> StoreResult<StoredMessage> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // The row lock makes concurrent decisions (cancel vs. grace expiry, approve vs. cancel,
        // from any node) take turns: the second sees the new status and gets a conflict.
        let row = query_opt(
            &tx,
            "SELECT status, body FROM messages WHERE id = $1 AND workspace_id = $2 FOR UPDATE",
            &[&id.0, &ws.0],
        )
        .await?
        .ok_or(StoreError::NotFound)?;
        let status: &str = row.try_get(0)?;
        if !expected.iter().any(|e| e.as_str() == status) {
            return Err(StoreError::Conflict("not_pending"));
        }
        let name = decision.name();
        match decision {
            Decision::Deliver { corrected } => {
                execute(
                    &tx,
                    "UPDATE messages SET status = 'delivered', sent_at = $1, deliver_at = NULL WHERE id = $2",
                    &[&now, &id.0],
                )
                .await?;
                match corrected {
                    Some(text) => set_text(&tx, id, &text, None).await?,
                    None => {
                        let text: String = row.try_get::<_, Option<String>>(1)?.unwrap_or_default();
                        execute(
                            &tx,
                            "UPDATE messages SET search = array_to_tsvector($1::text[]) WHERE id = $2",
                            &[&lexemes(&text), &id.0],
                        )
                        .await?;
                    }
                }
            }
            Decision::Cancel => {
                execute(
                    &tx,
                    "UPDATE messages SET status = 'cancelled', deliver_at = NULL WHERE id = $1",
                    &[&id.0],
                )
                .await?;
            }
            Decision::Reject => {
                execute(
                    &tx,
                    "UPDATE messages SET status = 'rejected', deliver_at = NULL WHERE id = $1",
                    &[&id.0],
                )
                .await?;
            }
        }
        execute(
            &tx,
            "INSERT INTO message_decisions (message_id, decision, actor_id, comment, at) VALUES ($1, $2, $3, $4, $5)",
            &[&id.0, &name, &actor.map(|a| a.0), &comment, &now],
        )
        .await?;
        let message = load_message(&tx, ws, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        tx.commit().await?;
        Ok(message)
    }

    async fn message_decisions(
        &self,
        ws: WorkspaceId,
        id: MessageId,
    ) -> StoreResult<Vec<DecisionRecord>> {
        let client = self.client().await?;
        let rows = query(
            &client,
            "SELECT d.decision, d.actor_id, u.name, d.comment, d.at FROM message_decisions d
             JOIN messages m ON m.id = d.message_id LEFT JOIN users u ON u.id = d.actor_id
             WHERE d.message_id = $1 AND m.workspace_id = $2 ORDER BY d.id",
            &[&id.0, &ws.0],
        )
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DecisionRecord {
                    decision: r.try_get(0)?,
                    actor: r.try_get::<_, Option<i64>>(1)?.map(UserId),
                    actor_name: r.try_get(2)?,
                    comment: r.try_get(3)?,
                    at: r.try_get(4)?,
                })
            })
            .collect()
    }

    async fn pending_messages(
        &self,
        ws: Option<WorkspaceId>,
        status: DeliveryStatus,
    ) -> StoreResult<Vec<PendingMessage>> {
        let client = self.client().await?;
        let rows = query(
            &client,
            "SELECT m.workspace_id, m.verdict, m.created_at, m.escalated_at, c.title, m.id, m.approval_triggers
             FROM messages m JOIN conversations c ON c.id = m.conversation_id
             WHERE m.status = $1 AND ($2::BIGINT IS NULL OR m.workspace_id = $2) ORDER BY m.id LIMIT 1000",
            &[&status.as_str(), &ws.map(|w| w.0)],
        )
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let workspace = WorkspaceId(r.try_get(0)?);
            if let Some(message) =
                load_message(&client, workspace, MessageId(r.try_get(5)?)).await?
            {
                out.push(PendingMessage {
                    workspace_id: workspace,
                    created_at: r.try_get::<_, Option<i64>>(2)?.unwrap_or(message.sent_at),
                    message,
                    conversation_title: r.try_get(4)?,
                    verdict: r.try_get(1)?,
                    escalated_at: r.try_get(3)?,
                    approval_triggers: parse_triggers(r.try_get(6)?),
                });
            }
        }
        Ok(out)
    }

    async fn flagged_messages(
        &self,
        ws: WorkspaceId,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>> {
        let client = self.client().await?;
        let sql = format!(
            "{MESSAGE_SELECT} WHERE m.workspace_id = $1 AND m.flagged = TRUE
               AND m.status = 'delivered' AND m.state = 'visible'
             ORDER BY m.id DESC LIMIT $2"
        );
        query(&client, &sql, &[&ws.0, &i64::from(limit)])
            .await?
            .iter()
            .map(message_from_row)
            .collect()
    }

    async fn mark_escalated(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        now: Millis,
    ) -> StoreResult<bool> {
        let client = self.client().await?;
        let n = execute(
            &client,
            "UPDATE messages SET escalated_at = $1
             WHERE id = $2 AND workspace_id = $3 AND status = 'pending_approval' AND escalated_at IS NULL",
            &[&now, &id.0, &ws.0],
        )
        .await?;
        Ok(n == 1)
    }

    async fn append_ledger(
        &self,
        ws: WorkspaceId,
        entry: retract_domain::NewEntry,
    ) -> StoreResult<retract_domain::LedgerEntry> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let appended = append_ledger_in(&tx, ws, entry).await?;
        tx.commit().await?;
        Ok(appended)
    }

    async fn ledger_lines(&self, ws: WorkspaceId) -> StoreResult<Vec<String>> {
        let client = self.client().await?;
        let rows = query(
            &client,
            "SELECT line FROM ledger_entries WHERE workspace_id = $1 ORDER BY seq",
            &[&ws.0],
        )
        .await?;
        rows.iter()
            .map(|r| Ok(r.try_get::<_, String>(0)?))
            .collect()
    }

    async fn ledger_lines_of_kind(
        &self,
        ws: WorkspaceId,
        kind: &str,
        limit: u32,
    ) -> StoreResult<Vec<String>> {
        let client = self.client().await?;
        let rows = query(
            &client,
            "SELECT line FROM ledger_entries WHERE workspace_id = $1 AND kind = $2 ORDER BY seq DESC LIMIT $3",
            &[&ws.0, &kind, &i64::from(limit)],
        )
        .await?;
        rows.iter()
            .map(|r| Ok(r.try_get::<_, String>(0)?))
            .collect()
    }

    async fn wrapped_key_or_insert(
        &self,
        ws: WorkspaceId,
        purpose: KeyPurpose,
        wrapped: Vec<u8>,
    ) -> StoreResult<Vec<u8>> {
        let client = self.client().await?;
        execute(
            &client,
            "INSERT INTO workspace_keys (workspace_id, purpose, wrapped_key) VALUES ($1, $2, $3)
             ON CONFLICT (workspace_id, purpose) DO NOTHING",
            &[&ws.0, &purpose.as_str(), &wrapped],
        )
        .await?;
        Ok(query_one(
            &client,
            "SELECT wrapped_key FROM workspace_keys WHERE workspace_id = $1 AND purpose = $2",
            &[&ws.0, &purpose.as_str()],
        )
        .await?
        .try_get(0)?)
    }

    async fn mark_read(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        user: UserId,
        up_to: MessageId,
    ) -> StoreResult<()> {
        let client = self.client().await?;
        execute(
            &client,
            "UPDATE members SET last_read = GREATEST(last_read, $1)
             WHERE conversation_id = $2 AND user_id = $3
               AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = $2 AND c.workspace_id = $4)",
            &[&up_to.0, &conversation.0, &user.0, &ws.0],
        )
        .await?;
        Ok(())
    }

    async fn search(
        &self,
        ws: WorkspaceId,
        user: UserId,
        query_text: &str,
        conversation: Option<ConversationId>,
        limit: u32,
    ) -> StoreResult<Vec<SearchHit>> {
        let Some(ts) = ts_query(query_text) else {
            return Ok(Vec::new());
        };
        let client = self.client().await?;
        query(
            &client,
            "SELECT m.id, m.conversation_id, m.body, m.sent_at
             FROM messages m
             JOIN members mb ON mb.conversation_id = m.conversation_id AND mb.user_id = $2
             WHERE m.search @@ CAST($3::text AS tsquery) AND m.workspace_id = $1
               AND m.state = 'visible' AND m.status = 'delivered' AND m.body IS NOT NULL
               AND ($4::bigint IS NULL OR m.conversation_id = $4)
               AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = $2)
             ORDER BY m.id DESC LIMIT $5",
            &[
                &ws.0,
                &user.0,
                &ts,
                &conversation.map(|c| c.0),
                &i64::from(limit),
            ],
        )
        .await?
        .iter()
        .map(|r| {
            let body: &str = r.try_get(2)?;
            Ok(SearchHit {
                message_id: MessageId(r.try_get(0)?),
                conversation_id: ConversationId(r.try_get(1)?),
                snippet: snippet(body, SNIPPET_CHARS),
                sent_at: r.try_get(3)?,
            })
        })
        .collect()
    }

    async fn incidents(
        &self,
        ws: WorkspaceId,
        scope: IncidentScope,
        filter: IncidentFilter,
    ) -> StoreResult<Vec<Incident>> {
        let client = self.client().await?;
        incidents::list(&client, ws, scope, filter).await
    }

    async fn incident(&self, ws: WorkspaceId, id: IncidentId) -> StoreResult<Option<Incident>> {
        let client = self.client().await?;
        incidents::load_incident(&client, ws, id, false).await
    }

    async fn incident_detail(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
    ) -> StoreResult<Option<IncidentDetail>> {
        let client = self.client().await?;
        incidents::detail(&client, ws, id).await
    }

    async fn incident_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
    ) -> StoreResult<Option<SealedEvidence>> {
        let client = self.client().await?;
        incidents::evidence(&client, ws, id).await
    }

    async fn erase_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        actor: UserId,
        justification: &str,
        now: Millis,
    ) -> StoreResult<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let data = serde_json::json!({ "justification": justification });
        incidents::erase(&tx, ws, id, Some(actor), data, now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn erase_expired_evidence(
        &self,
        ws: WorkspaceId,
        opened_before: Millis,
        retention_days: u32,
        limit: u32,
        now: Millis,
    ) -> StoreResult<Vec<IncidentId>> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        // Locked rows: two nodes sweeping at once erase each incident once.
        let due = incidents::sealed_evidence_opened_before(&tx, ws, opened_before, limit).await?;
        for id in &due {
            let data = serde_json::json!({ "retention_days": retention_days });
            incidents::erase(&tx, ws, *id, None, data, now).await?;
        }
        tx.commit().await?;
        Ok(due)
    }

    async fn set_checklist_item(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        item: FollowupItem,
        done: bool,
        actor: UserId,
        now: Millis,
    ) -> StoreResult<Incident> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let incident = incidents::set_checklist(&tx, ws, id, item, done, actor, now).await?;
        tx.commit().await?;
        Ok(incident)
    }

    async fn close_incident(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        actor: UserId,
        note: &str,
        now: Millis,
    ) -> StoreResult<Incident> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let incident = incidents::close(&tx, ws, id, actor, note, now).await?;
        tx.commit().await?;
        Ok(incident)
    }

    async fn legacy_evidence(&self) -> StoreResult<Vec<(WorkspaceId, IncidentId, String)>> {
        let client = self.client().await?;
        incidents::legacy(&client).await
    }

    async fn seal_legacy_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        sealed: Sealed,
    ) -> StoreResult<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        incidents::seal_legacy(&tx, ws, id, &sealed).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_lowercases_and_strips_accents() {
        assert_eq!(fold("Émile ÇA Noël"), "emile ca noel");
        assert_eq!(
            lexemes("Le prix, le PRIX: café-crème!"),
            ["cafe", "creme", "le", "prix"]
        );
        assert!(lexemes("  ... ").is_empty());
    }

    #[test]
    fn queries_quote_every_term_and_prefix_the_last() {
        assert_eq!(
            ts_query("Tarif  EURO").as_deref(),
            Some("'tarif' & 'euro':*")
        );
        assert_eq!(
            ts_query("\"tarif OR NEAR(").as_deref(),
            Some("'tarif' & 'or' & 'near':*")
        );
        assert_eq!(ts_query("' & | ! :*"), None);
        assert_eq!(ts_query("Crème").as_deref(), Some("'creme':*"));
    }

    #[test]
    fn long_words_are_clipped_the_same_on_both_sides() {
        let word = "a".repeat(5000);
        let indexed = lexemes(&word);
        assert_eq!(indexed[0].chars().count(), MAX_LEXEME_CHARS);
        assert_eq!(
            ts_query(&word),
            Some(format!("'{}':*", "a".repeat(MAX_LEXEME_CHARS)))
        );
    }

    #[test]
    fn schema_names_are_plain_identifiers() {
        assert!(valid_schema("retract_test_1"));
        assert!(!valid_schema("Retract"));
        assert!(!valid_schema("a b"));
        assert!(!valid_schema("x\"; drop"));
        assert!(!valid_schema(""));
        assert!(!valid_schema(&"a".repeat(64)));
    }
}
