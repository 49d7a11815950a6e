//! The SQLite backend: one file in WAL mode, one writer thread that batches commits, and a small
//! pool of reader connections.
//!
//! Why one writer: SQLite allows one writer at a time anyway; funnelling every write through one
//! thread turns contention into batching. Each job runs inside its own savepoint (so one failing
//! job never undoes another) and every job of a batch is acknowledged only after the batch's
//! COMMIT: an acknowledged write is in the WAL and survives a crash of the process.

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{mpsc, Arc, Mutex};

use async_trait::async_trait;
use retract_domain::{
    ConversationId, IncidentId, MessageId, Millis, Reason, Role, UserId, WorkspaceId,
    WorkspaceSettings,
};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use tokio::sync::oneshot;

use crate::*;

mod incidents;
mod search_index;

const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_messaging",
        include_str!("../migrations/sqlite/0001_messaging.sql"),
    ),
    (
        "0002_prevention",
        include_str!("../migrations/sqlite/0002_prevention.sql"),
    ),
    (
        "0003_ledger",
        include_str!("../migrations/sqlite/0003_ledger.sql"),
    ),
    (
        "0004_incidents",
        include_str!("../migrations/sqlite/0004_incidents.sql"),
    ),
    (
        "0005_prevention_rules",
        include_str!("../migrations/sqlite/0005_prevention_rules.sql"),
    ),
    (
        "0006_read_indexes",
        include_str!("../migrations/sqlite/0006_read_indexes.sql"),
    ),
    (
        "0007_search_backlog",
        include_str!("../migrations/sqlite/0007_search_backlog.sql"),
    ),
    (
        "0008_ledger_kind",
        include_str!("../migrations/sqlite/0008_ledger_kind.sql"),
    ),
];

/// Jobs waiting when the writer starts a batch are committed together, up to this many.
const MAX_BATCH: usize = 512;
const READERS: usize = 4;

type Completion = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Job = Box<dyn FnOnce(&Connection) -> Completion + Send>;

pub struct SqliteStore {
    writer: mpsc::Sender<Job>,
    /// Dropped with the store, which tells the checkpoint thread to stop.
    _alive: Arc<()>,
    /// When the background thread should purge the search index, and when the writer last wrote.
    purge: Arc<PurgeClock>,
    readers: Arc<Mutex<Vec<Connection>>>,
    path: std::path::PathBuf,
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    stable_plans(conn)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;",
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The WAL is reset rather than truncated under load (see `spawn_checkpointer`); this keeps
    // its file from staying at the size of the largest burst.
    conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)
}

/// Turns on SQLite's query planner stability guarantee for `conn`.
///
/// Without it, SQLite plans a join whose WHERE compares a column with a bound parameter (every
/// message lookup by id) for the value bound at the time, and marks the statement to be compiled
/// again whenever a different value is bound: each cached statement was re-prepared on every use,
/// a fifth of the server's CPU per send. Our queries are written for one plan anyway.
fn stable_plans(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
}

/// Prepared statements kept per connection. The store has about 70 distinct statements; with
/// rusqlite's default of 16, other writes evicted the send path's statements and the writer
/// compiled them again (`sqlite3_prepare_v3` showed in its profile under load).
const STATEMENT_CACHE: usize = 128;

/// The writer's page cache, in KiB (SQLite's default is 2 MiB). A little larger than the default
/// keeps the hot pages of the tables a burst of sends writes (no `pread` showed under load), but
/// not much larger: when a B-tree rebalance swaps two pages SQLite parks one under the locking
/// page's number, and the commit then walks the cache's whole hash table to drop it. With 32 MiB
/// that walk was 9 % of the server's CPU under a burst of sends; with 4 MiB it is about 1.5 %.
const WRITER_CACHE_KIB: i64 = 4 * 1024;

/// Bytes of WAL kept on disk after the log is reset. Above the size the log reaches between
/// restarts (see [`WAL_RESTART_FRAMES`]): a log cut back on every restart made the writer free
/// and allocate the same file pages again each time, ~5 % of its time under load.
const WAL_SIZE_LIMIT: i64 = 64 * 1024 * 1024;

impl SqliteStore {
    /// Opens (or creates) `retract.db` in `dir` and applies pending migrations.
    pub fn open(dir: &Path) -> StoreResult<SqliteStore> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Database(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join("retract.db");
        let mut conn = Connection::open(&path)?;
        configure(&conn)?;
        // Checkpoints (and their fsyncs) run on their own thread, not inside the writer's commits.
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0;")?;
        conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)?;
        migrate(&mut conn)?;
        let alive = Arc::new(());
        let purge = Arc::new(PurgeClock::default());
        spawn_checkpointer(&path, Arc::downgrade(&alive), purge.clone())?;
        let (writer, jobs) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn({
                let purge = purge.clone();
                move || write_loop(conn, jobs, &purge)
            })
            .map_err(|e| StoreError::Database(e.to_string()))?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            readers.push(open_reader(&path)?);
        }
        Ok(SqliteStore {
            writer,
            _alive: alive,
            purge: purge.clone(),
            readers: Arc::new(Mutex::new(readers)),
            path,
        })
    }

    /// Runs `f` on the writer thread inside a savepoint; resolves once its batch is committed.
    async fn write<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> StoreResult<T> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let result = in_savepoint(conn, f);
            Box::new(move |committed| {
                let _ = tx.send(committed.and(result));
            })
        });
        self.writer.send(job).map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }

    /// Runs `f` on a reader connection in the blocking pool.
    async fn read<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> StoreResult<T> + Send + 'static,
    {
        let readers = self.readers.clone();
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || {
            let conn = readers.lock().ok().and_then(|mut pool| pool.pop());
            let conn = match conn {
                Some(conn) => conn,
                None => open_reader(&path)?,
            };
            let result = f(&conn);
            if let Ok(mut pool) = readers.lock() {
                if pool.len() < READERS * 4 {
                    pool.push(conn);
                }
            }
            result
        })
        .await
        .map_err(|e| StoreError::Database(e.to_string()))?
    }
}

/// When the search index must be purged of a removed text, and when the store last wrote.
///
/// FTS5 keeps a deleted term in its segment pages (even with `secure-delete`) until they are
/// merged, so after a removal the index is optimised — merged into one segment, old pages zeroed
/// by `secure_delete` — and the WAL truncated right after. The merge takes time in proportion to
/// the index and holds the write lock, so it waits for a quiet moment: the writer idle for
/// [`PURGE_IDLE`], or [`PURGE_DEADLINE`] after the first removal waiting, whichever comes first.
#[derive(Default)]
struct PurgeClock {
    /// Unix ms of the oldest removal not purged yet; 0 when none waits.
    pending_since: AtomicI64,
    last_write: AtomicI64,
}

const PURGE_IDLE: i64 = 1_000;
const PURGE_DEADLINE: i64 = 30_000;

fn unix_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl PurgeClock {
    fn wrote(&self) {
        self.last_write.store(unix_ms(), Ordering::Relaxed);
    }

    fn removal_committed(&self) {
        let _ =
            self.pending_since
                .compare_exchange(0, unix_ms(), Ordering::AcqRel, Ordering::Acquire);
    }

    /// Takes the pending purge if now is the time for it.
    fn take_if_due(&self) -> bool {
        let since = self.pending_since.load(Ordering::Acquire);
        if since == 0 {
            return false;
        }
        let now = unix_ms();
        let idle = now - self.last_write.load(Ordering::Relaxed) >= PURGE_IDLE;
        (idle || now - since >= PURGE_DEADLINE)
            && self
                .pending_since
                .compare_exchange(since, 0, Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
    }
}

/// Moves WAL content into the database file in the background, without blocking the writer
/// (PASSIVE), keeps the WAL small, and purges the search index after removals (see
/// [`PurgeClock`]).
///
/// Under a steady stream of writes a PASSIVE checkpoint never catches up with the writer, so the
/// log never starts over and its file grew by gigabytes in a minute of load; the first commit
/// after it finally did start over then spent half a second shrinking it. So once the log holds
/// more than [`WAL_RESTART_FRAMES`], a RESTART checkpoint makes the next write start the log
/// again from its beginning. RESTART holds off writers while it runs, but right after a PASSIVE
/// pass it only has the last few frames left to copy. Only a purge truncates the WAL, to drop the
/// frames that held a removed text.
fn spawn_checkpointer(
    path: &Path,
    alive: std::sync::Weak<()>,
    purge: Arc<PurgeClock>,
) -> StoreResult<()> {
    let conn = Connection::open(path)?;
    stable_plans(&conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA secure_delete = ON;")?;
    std::thread::Builder::new()
        .name("sqlite-checkpoint".into())
        .spawn(move || {
            // Stops once the store is dropped.
            while alive.strong_count() > 0 {
                std::thread::sleep(CHECKPOINT_EVERY);
                if purge.take_if_due() {
                    let optimised = conn.execute_batch(
                        "INSERT INTO message_search(message_search) VALUES('optimize');",
                    );
                    if let Err(err) = optimised {
                        tracing::warn!(error = %err, "search index purge failed; retrying");
                        purge.removal_committed();
                    }
                    checkpoint(&conn, "TRUNCATE");
                    continue;
                }
                if checkpoint(&conn, "PASSIVE").is_some_and(|frames| frames > WAL_RESTART_FRAMES) {
                    // RESTART waits for readers while holding writers off: a long read (an
                    // export) must not stall sends, so it gives up at once and retries later.
                    let _ = conn.busy_timeout(RESTART_PATIENCE);
                    checkpoint(&conn, "RESTART");
                    let _ = conn.busy_timeout(BUSY_TIMEOUT);
                }
            }
        })
        .map_err(|e| StoreError::Database(e.to_string()))?;
    Ok(())
}

const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(100);
const RESTART_PATIENCE: std::time::Duration = std::time::Duration::from_millis(10);
/// How long any connection waits for a lock before it reports the database busy.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);
/// About 16 MiB of 4 KiB pages: well under [`WAL_SIZE_LIMIT`] even with the frames a busy
/// writer adds before the next check.
const WAL_RESTART_FRAMES: i64 = 4_096;

/// Runs one checkpoint; returns how many frames the log held, when SQLite says.
fn checkpoint(conn: &Connection, mode: &str) -> Option<i64> {
    let result = conn.query_row(&format!("PRAGMA wal_checkpoint({mode})"), [], |r| {
        r.get::<_, i64>(1)
    });
    match result {
        Ok(frames) => Some(frames),
        Err(err) => {
            tracing::debug!(error = %err, mode, "checkpoint skipped");
            None
        }
    }
}

fn open_reader(path: &Path) -> StoreResult<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    stable_plans(&conn)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA query_only = ON;")?;
    Ok(conn)
}

fn in_savepoint<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> StoreResult<T>,
) -> StoreResult<T> {
    // Cached: these run twice per write, and parsing them each time showed in profiles.
    conn.prepare_cached("SAVEPOINT job")?.execute([])?;
    let result = f(conn);
    if result.is_err() {
        conn.prepare_cached("ROLLBACK TO job")?.execute([])?;
    }
    conn.prepare_cached("RELEASE job")?.execute([])?;
    result
}

fn write_loop(conn: Connection, jobs: mpsc::Receiver<Job>, purge: &PurgeClock) {
    let mut search = search_index::CatchUpClock::new();
    loop {
        let first = if search.behind() {
            match jobs.recv_timeout(SEARCH_IDLE) {
                Ok(job) => job,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    // Idle: catch the search index up in a transaction of its own.
                    let caught = conn.execute_batch("BEGIN IMMEDIATE").is_ok()
                        && catch_up_search(&conn)
                        && conn.execute_batch("COMMIT").is_ok();
                    if caught {
                        search.caught_up();
                    } else {
                        let _ = conn.execute_batch("ROLLBACK");
                    }
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        } else {
            match jobs.recv() {
                Ok(job) => job,
                Err(_) => break,
            }
        };
        purge.wrote();
        search.wrote();
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        if let Err(err) = conn.execute_batch("BEGIN IMMEDIATE") {
            let msg = err.to_string();
            for job in batch {
                // The job never ran; tell its caller why.
                let complete = job_failed(job);
                complete(Err(StoreError::Database(msg.clone())));
            }
            continue;
        }
        let completions: Vec<Completion> = batch.into_iter().map(|job| job(&conn)).collect();
        let caught_up = search.due() && catch_up_search(&conn);
        let committed = conn
            .execute_batch("COMMIT")
            .map_err(|e| StoreError::Database(e.to_string()));
        if committed.is_err() {
            let _ = conn.execute_batch("ROLLBACK");
        } else if caught_up {
            search.caught_up();
        }
        for complete in completions {
            complete(
                committed
                    .as_ref()
                    .map(|_| ())
                    .map_err(|e| StoreError::Database(e.to_string())),
            );
        }
    }
}

/// How long the writer waits for more work before it catches the search index up on its own.
const SEARCH_IDLE: std::time::Duration = std::time::Duration::from_millis(5);

/// Runs a search catch-up inside the open transaction; a failure undoes only the catch-up (it is
/// retried later) and never the batch it rides with.
fn catch_up_search(conn: &Connection) -> bool {
    match in_savepoint(conn, search_index::catch_up) {
        Ok(_) => true,
        Err(err) => {
            tracing::warn!(error = %err, "search index catch-up failed; retrying");
            false
        }
    }
}

/// A job that could not run: dropping it drops its reply channel, which its caller sees as an
/// error; this returns a completion that does nothing more.
fn job_failed(job: Job) -> Completion {
    drop(job);
    Box::new(|_| {})
}

fn migrate(conn: &mut Connection) -> StoreResult<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)",
    )?;
    let tx = conn.transaction()?;
    for (name, sql) in MIGRATIONS {
        let done: bool = tx
            .query_row(
                "SELECT 1 FROM schema_migrations WHERE name = ?1",
                [name],
                |_| Ok(true),
            )
            .optional()?
            .unwrap_or(false);
        if !done {
            tx.execute_batch(sql)?;
            tx.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?1, strftime('%s','now'))",
                [name],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Appends one ledger entry inside the caller's transaction (the writer thread serialises
/// appends, so the head read here is the head the new entry chains to).
fn append_ledger_in(
    conn: &Connection,
    ws: WorkspaceId,
    new: retract_domain::NewEntry,
) -> StoreResult<retract_domain::LedgerEntry> {
    let last: Option<String> = conn
        .prepare_cached(
            "SELECT line FROM ledger_entries WHERE workspace_id = ?1 ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([ws.0], |r| r.get(0))
        .optional()?;
    let last = match last {
        Some(line) => Some(retract_domain::LedgerEntry::parse_line(&line).map_err(|e| {
            StoreError::Database(format!("the stored ledger head does not parse: {e:?}"))
        })?),
        None => None,
    };
    let entry = retract_domain::Chain::next_after(ws, last.as_ref(), new);
    conn.prepare_cached(
        "INSERT INTO ledger_entries (workspace_id, seq, line, incident_id, kind) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        ws.0,
        entry.seq as i64,
        entry.to_line(),
        entry.incident_id.map(|i| i.0),
        entry.kind
    ])?;
    Ok(entry)
}

fn parse_role(s: &str) -> rusqlite::Result<Role> {
    s.parse().map_err(|e: retract_domain::RoleError| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn parse_reason(s: &str) -> rusqlite::Result<Reason> {
    s.parse().map_err(|e: retract_domain::ReasonError| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn user_from_row(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: UserId(row.get(0)?),
        workspace_id: WorkspaceId(row.get(1)?),
        email: row.get(2)?,
        name: row.get(3)?,
        role: parse_role(&row.get::<_, String>(4)?)?,
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

const SNIPPET_CHARS: usize = 120;

fn message_from_row(row: &Row<'_>) -> rusqlite::Result<StoredMessage> {
    let state = match row.get::<_, String>(6)?.as_str() {
        "unsent" => MessageState::Unsent,
        _ => MessageState::Visible,
    };
    let body: Option<String> = row.get(5)?;
    let reply_to = match row.get::<_, Option<i64>>(9)? {
        Some(id) => Some(QuotedMessage {
            id: MessageId(id),
            author: UserId(row.get(10)?),
            author_name: row.get(11)?,
            snippet: row
                .get::<_, Option<String>>(12)?
                .map(|b| snippet(&b, SNIPPET_CHARS)),
        }),
        None => None,
    };
    let removal = match row.get::<_, Option<i64>>(13)? {
        Some(by) => Some(RemovalInfo {
            by: UserId(by),
            by_name: row.get(14)?,
            role: parse_role(&row.get::<_, String>(15)?)?,
            reason: parse_reason(&row.get::<_, String>(16)?)?,
            at: row.get(17)?,
        }),
        None => None,
    };
    Ok(StoredMessage {
        id: MessageId(row.get(0)?),
        conversation_id: ConversationId(row.get(1)?),
        author: UserId(row.get(2)?),
        author_name: row.get(3)?,
        author_role: parse_role(&row.get::<_, String>(4)?)?,
        // Belt and braces for M-7: never hand out a body with an unsent state.
        body: if state == MessageState::Unsent {
            None
        } else {
            body
        },
        state,
        edited: row.get::<_, Option<i64>>(7)?.is_some(),
        sent_at: row.get(8)?,
        reply_to,
        removal,
        status: DeliveryStatus::parse(&row.get::<_, String>(18)?)
            .unwrap_or(DeliveryStatus::Delivered),
        deliver_at: row.get(19)?,
        findings: row
            .get::<_, Option<String>>(20)?
            .and_then(|f| serde_json::from_str(&f).ok()),
    })
}

/// How many of an author's messages in a conversation they unsent themselves since a moment.
const UNSENDS_SINCE_SQL: &str = "SELECT COUNT(*) FROM messages
    WHERE workspace_id = ?1 AND conversation_id = ?2 AND author_id = ?3
      AND state = 'unsent' AND removed_by = author_id AND removed_at >= ?4";

/// Held messages of one status, oldest first, for `?1` = a workspace or NULL for all.
///
/// The background task asks this every tick, so it must read the few held messages only, never
/// every message: the partial index of held messages is named, and the status spelled out so
/// that the planner can see the index applies (plans do not depend on bound values, see
/// [`stable_plans`]). Left to itself, the planner preferred reading the whole table in id order
/// to sorting a handful of rows.
fn pending_messages_sql(status: DeliveryStatus) -> String {
    format!(
        "SELECT m.workspace_id, m.verdict, m.created_at, m.escalated_at, c.title, m.id, m.approval_triggers
         FROM messages m INDEXED BY messages_pending JOIN conversations c ON c.id = m.conversation_id
         WHERE m.status = '{}' AND (?1 IS NULL OR m.workspace_id = ?1) ORDER BY m.id LIMIT 1000",
        status.as_str()
    )
}

/// Writes a new text with its verdict and findings; `edited_at` when it replaces a delivered
/// text (an approver's correction of a held message is not an edit).
fn set_text(
    conn: &Connection,
    id: MessageId,
    text: &NewText,
    edited_at: Option<Millis>,
) -> StoreResult<()> {
    conn.prepare_cached(
        "UPDATE messages SET body = ?1, verdict = ?2, findings = ?3,
            flagged = COALESCE(flagged, ?4), edited_at = COALESCE(?5, edited_at) WHERE id = ?6",
    )?
    .execute(params![
        text.body.as_str(),
        text.verdict,
        text.findings.as_ref().map(|f| f.to_string()),
        text.flag.then_some(1),
        edited_at,
        id.0
    ])?;
    Ok(())
}

fn load_message(
    conn: &Connection,
    ws: WorkspaceId,
    id: MessageId,
) -> StoreResult<Option<StoredMessage>> {
    let sql = format!("{MESSAGE_SELECT} WHERE m.id = ?1 AND m.workspace_id = ?2");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![id.0, ws.0], message_from_row)
        .optional()?)
}

#[async_trait]
impl Store for SqliteStore {
    async fn create_workspace(
        &self,
        slug: &str,
        name: &str,
        now: Millis,
    ) -> StoreResult<WorkspaceId> {
        let (slug, name) = (slug.to_string(), name.to_string());
        let settings = serde_json::to_string(&WorkspaceSettings::default())
            .map_err(|e| StoreError::Database(e.to_string()))?;
        self.write(move |conn| {
            let exists: Option<i64> = conn
                .prepare_cached("SELECT id FROM workspaces WHERE slug = ?1")?
                .query_row([&slug], |r| r.get(0))
                .optional()?;
            if exists.is_some() {
                return Err(StoreError::Conflict("workspace_exists"));
            }
            conn.execute(
                "INSERT INTO workspaces (slug, name, settings, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![slug, name, settings, now],
            )?;
            Ok(WorkspaceId(conn.last_insert_rowid()))
        })
        .await
    }

    async fn workspace_by_slug(&self, slug: &str) -> StoreResult<Option<Workspace>> {
        let slug = slug.to_string();
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT id, slug, name FROM workspaces WHERE slug = ?1")?
                .query_row([slug], |r| {
                    Ok(Workspace {
                        id: WorkspaceId(r.get(0)?),
                        slug: r.get(1)?,
                        name: r.get(2)?,
                    })
                })
                .optional()?)
        })
        .await
    }

    async fn workspace(&self, id: WorkspaceId) -> StoreResult<Workspace> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT id, slug, name FROM workspaces WHERE id = ?1")?
                .query_row([id.0], |r| {
                    Ok(Workspace {
                        id: WorkspaceId(r.get(0)?),
                        slug: r.get(1)?,
                        name: r.get(2)?,
                    })
                })?)
        })
        .await
    }

    async fn workspace_ids(&self) -> StoreResult<Vec<WorkspaceId>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT id FROM workspaces ORDER BY id")?;
            let ids = stmt.query_map([], |r| Ok(WorkspaceId(r.get(0)?)))?;
            Ok(ids.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn settings(&self, ws: WorkspaceId) -> StoreResult<WorkspaceSettings> {
        self.read(move |conn| {
            let json: String = conn
                .prepare_cached("SELECT settings FROM workspaces WHERE id = ?1")?
                .query_row([ws.0], |r| r.get(0))?;
            serde_json::from_str(&json).map_err(|e| StoreError::Database(e.to_string()))
        })
        .await
    }

    async fn save_settings(
        &self,
        ws: WorkspaceId,
        settings: &WorkspaceSettings,
        audit: Option<retract_domain::NewEntry>,
    ) -> StoreResult<()> {
        let json =
            serde_json::to_string(settings).map_err(|e| StoreError::Database(e.to_string()))?;
        self.write(move |conn| {
            let n = conn.execute(
                "UPDATE workspaces SET settings = ?1 WHERE id = ?2",
                params![json, ws.0],
            )?;
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            if let Some(entry) = audit {
                append_ledger_in(conn, ws, entry)?;
            }
            Ok(())
        })
        .await
    }

    async fn create_user(&self, user: NewUser<'_>) -> StoreResult<UserId> {
        let (email, name, hash) = (
            user.email.to_lowercase(),
            user.name.to_string(),
            user.password_hash.to_string(),
        );
        let (ws, role, now) = (user.workspace_id, user.role, user.now);
        self.write(move |conn| {
            let taken: Option<i64> = conn
                .prepare_cached("SELECT id FROM users WHERE workspace_id = ?1 AND email = ?2")?
                .query_row(params![ws.0, email], |r| r.get(0))
                .optional()?;
            if taken.is_some() {
                return Err(StoreError::Conflict("email_taken"));
            }
            conn.execute(
                "INSERT INTO users (workspace_id, email, name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![ws.0, email, name, role.as_str(), hash, now],
            )?;
            Ok(UserId(conn.last_insert_rowid()))
        })
        .await
    }

    async fn user_by_email(
        &self,
        ws: WorkspaceId,
        email: &str,
    ) -> StoreResult<Option<(User, String)>> {
        let email = email.to_lowercase();
        self.read(move |conn| {
            let sql = format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.workspace_id = ?1 AND u.email = ?2");
            Ok(conn
                .prepare_cached(&sql)?
                .query_row(params![ws.0, email], |r| Ok((user_from_row(r)?, r.get(5)?)))
                .optional()?)
        })
        .await
    }

    async fn user(&self, ws: WorkspaceId, id: UserId) -> StoreResult<Option<User>> {
        self.read(move |conn| {
            let sql = format!(
                "SELECT {USER_COLUMNS} FROM users u WHERE u.workspace_id = ?1 AND u.id = ?2"
            );
            Ok(conn
                .prepare_cached(&sql)?
                .query_row(params![ws.0, id.0], user_from_row)
                .optional()?)
        })
        .await
    }

    async fn users(&self, ws: WorkspaceId) -> StoreResult<Vec<User>> {
        self.read(move |conn| {
            let sql = format!(
                "SELECT {USER_COLUMNS} FROM users u WHERE u.workspace_id = ?1 ORDER BY u.id"
            );
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map([ws.0], user_from_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn create_session(
        &self,
        token_hash: [u8; 32],
        user: UserId,
        csrf_token: &str,
        now: Millis,
        expires_at: Millis,
    ) -> StoreResult<()> {
        let csrf = csrf_token.to_string();
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![token_hash.as_slice(), user.0, csrf, now, expires_at],
            )?;
            // Housekeeping rides along with logins rather than needing its own timer.
            conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])?;
            Ok(())
        })
        .await
    }

    async fn session(&self, token_hash: [u8; 32], now: Millis) -> StoreResult<Option<Session>> {
        self.read(move |conn| {
            let sql = format!(
                "SELECT {USER_COLUMNS}, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.token_hash = ?1 AND s.expires_at > ?2"
            );
            Ok(conn
                .prepare_cached(&sql)?
                .query_row(params![token_hash.as_slice(), now], |r| {
                    Ok(Session { user: user_from_row(r)?, csrf_token: r.get(5)?, expires_at: r.get(6)? })
                })
                .optional()?)
        })
        .await
    }

    async fn delete_session(&self, token_hash: [u8; 32]) -> StoreResult<()> {
        self.write(move |conn| {
            conn.execute(
                "DELETE FROM sessions WHERE token_hash = ?1",
                [token_hash.as_slice()],
            )?;
            Ok(())
        })
        .await
    }

    async fn create_conversation(
        &self,
        ws: WorkspaceId,
        title: Option<&str>,
        created_by: UserId,
        members: &[UserId],
        now: Millis,
    ) -> StoreResult<ConversationId> {
        let title = title.map(str::to_string);
        let mut members: Vec<UserId> = members.to_vec();
        members.push(created_by);
        members.sort();
        members.dedup();
        self.write(move |conn| {
            for m in &members {
                let found: Option<i64> = conn
                    .prepare_cached("SELECT id FROM users WHERE id = ?1 AND workspace_id = ?2")?
                    .query_row(params![m.0, ws.0], |r| r.get(0))
                    .optional()?;
                if found.is_none() {
                    return Err(StoreError::NotFound);
                }
            }
            conn.execute(
                "INSERT INTO conversations (workspace_id, title, created_by, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![ws.0, title, created_by.0, now],
            )?;
            let id = conn.last_insert_rowid();
            let mut stmt = conn.prepare_cached("INSERT INTO members (conversation_id, user_id) VALUES (?1, ?2)")?;
            for m in &members {
                stmt.execute(params![id, m.0])?;
            }
            Ok(ConversationId(id))
        })
        .await
    }

    async fn conversation(
        &self,
        ws: WorkspaceId,
        id: ConversationId,
    ) -> StoreResult<Option<Conversation>> {
        self.read(move |conn| {
            let title: Option<Option<String>> = conn
                .prepare_cached("SELECT title FROM conversations WHERE id = ?1 AND workspace_id = ?2")?
                .query_row(params![id.0, ws.0], |r| r.get(0))
                .optional()?;
            let Some(title) = title else { return Ok(None) };
            let sql = format!(
                "SELECT {USER_COLUMNS} FROM members mb JOIN users u ON u.id = mb.user_id WHERE mb.conversation_id = ?1 ORDER BY u.id"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let members = stmt.query_map([id.0], user_from_row)?.collect::<Result<_, _>>()?;
            Ok(Some(Conversation { id, workspace_id: ws, title, members }))
        })
        .await
    }

    async fn conversation_titles(
        &self,
        ws: WorkspaceId,
        limit: u32,
    ) -> StoreResult<Vec<(ConversationId, Option<String>)>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, title FROM conversations WHERE workspace_id = ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![ws.0, limit], |r| {
                Ok((ConversationId(r.get(0)?), r.get(1)?))
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn conversations_for(
        &self,
        ws: WorkspaceId,
        user: UserId,
    ) -> StoreResult<Vec<ConversationSummary>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT c.id, c.title, mb.last_read,
                    (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.id > mb.last_read
                        AND m.author_id != ?2 AND m.state = 'visible' AND m.status = 'delivered'
                        AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = ?2)),
                    (SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = c.id AND m.status = 'delivered'
                        AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = ?2))
                 FROM members mb JOIN conversations c ON c.id = mb.conversation_id
                 WHERE mb.user_id = ?2 AND c.workspace_id = ?1",
            )?;
            let rows: Vec<(i64, Option<String>, u32, Option<i64>)> = stmt
                .query_map(params![ws.0, user.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?, r.get(4)?)))?
                .collect::<Result<_, _>>()?;
            let mut members_stmt = conn.prepare_cached("SELECT user_id FROM members WHERE conversation_id = ?1 ORDER BY user_id")?;
            let mut out = Vec::with_capacity(rows.len());
            for (id, title, unread, last) in rows {
                let members = members_stmt
                    .query_map([id], |r| Ok(UserId(r.get(0)?)))?
                    .collect::<Result<_, _>>()?;
                let last_message = match last {
                    Some(m) => load_message(conn, ws, MessageId(m))?,
                    None => None,
                };
                out.push(ConversationSummary { id: ConversationId(id), title, members, unread, last_message });
            }
            // Most recent activity first, as an inbox.
            out.sort_by_key(|c| std::cmp::Reverse(c.last_message.as_ref().map(|m| m.sent_at).unwrap_or(0)));
            Ok(out)
        })
        .await
    }

    async fn send_message(&self, new: NewMessage) -> StoreResult<SendOutcome> {
        self.write(move |conn| {
            let ws = new.workspace_id;
            if let Some(client_id) = &new.client_id {
                let existing: Option<i64> = conn
                    .prepare_cached("SELECT id FROM messages WHERE conversation_id = ?1 AND author_id = ?2 AND client_id = ?3")?
                    .query_row(params![new.conversation_id.0, new.author.0, client_id],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(id) = existing {
                    let message = load_message(conn, ws, MessageId(id))?.ok_or(StoreError::NotFound)?;
                    return Ok(SendOutcome { message, created: false });
                }
            }
            let quoted = match new.reply_to {
                Some(reply_to) => Some(
                    conn.prepare_cached(
                        "SELECT q.author_id, qa.name, q.body FROM messages q JOIN users qa ON qa.id = q.author_id
                         WHERE q.id = ?1 AND q.conversation_id = ?2 AND q.status = 'delivered'",
                    )?
                    .query_row(params![reply_to.0, new.conversation_id.0], |r| {
                        Ok(QuotedMessage {
                            id: reply_to,
                            author: UserId(r.get(0)?),
                            author_name: r.get(1)?,
                            snippet: r
                                .get::<_, Option<String>>(2)?
                                .map(|b| snippet(&b, SNIPPET_CHARS)),
                        })
                    })
                    .optional()?
                    .ok_or(StoreError::NotFound)?,
                ),
                None => None,
            };
            let findings = new.findings.as_ref().map(|f| f.to_string());
            let triggers = (!new.approval_triggers.is_empty())
                .then(|| serde_json::Value::from(new.approval_triggers.clone()).to_string());
            conn.prepare_cached(
                "INSERT INTO messages (workspace_id, conversation_id, author_id, body, client_id, reply_to, sent_at,
                                       created_at, status, deliver_at, verdict, findings, approval_triggers, flagged)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                ws.0,
                new.conversation_id.0,
                new.author.0,
                new.body.as_str(),
                new.client_id,
                new.reply_to.map(|m| m.0),
                new.now,
                new.status.as_str(),
                new.deliver_at,
                new.verdict,
                findings,
                triggers,
                new.flagged.then_some(1)
            ])?;
            // Indexed for search by the writer's next catch-up (see `search_index`).
            let id = conn.last_insert_rowid();
            if let Some(incident) = new.followup_of {
                incidents::link_followup(conn, ws, incident, new.conversation_id, MessageId(id), new.author, new.now)?;
            }
            // Built from what was just written rather than read back: the row holds nothing
            // else yet, and the read was a tenth of the writer's work per send.
            let (author_name, author_role) = conn
                .prepare_cached("SELECT name, role FROM users WHERE id = ?1")?
                .query_row([new.author.0], |r| {
                    Ok((r.get::<_, String>(0)?, parse_role(&r.get::<_, String>(1)?)?))
                })?;
            let message = StoredMessage {
                id: MessageId(id),
                conversation_id: new.conversation_id,
                author: new.author,
                author_name,
                author_role,
                body: Some(new.body.as_str().to_string()),
                state: MessageState::Visible,
                edited: false,
                sent_at: new.now,
                reply_to: quoted,
                removal: None,
                status: new.status,
                deliver_at: new.deliver_at,
                findings: new.findings,
            };
            Ok(SendOutcome { message, created: true })
        })
        .await
    }

    async fn message(&self, ws: WorkspaceId, id: MessageId) -> StoreResult<Option<StoredMessage>> {
        self.read(move |conn| load_message(conn, ws, id)).await
    }

    async fn messages(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        viewer: UserId,
        before: Option<MessageId>,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>> {
        self.read(move |conn| {
            let sql = format!(
                "{MESSAGE_SELECT} WHERE m.conversation_id = ?1 AND m.workspace_id = ?2 AND m.id < ?3
                   AND (m.status = 'delivered'
                        OR (m.author_id = ?4 AND m.status IN ('pending_grace', 'pending_approval', 'rejected')))
                   AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = ?4)
                 ORDER BY m.id DESC LIMIT ?5"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let before = before.map(|m| m.0).unwrap_or(i64::MAX);
            let mut page: Vec<StoredMessage> = stmt
                .query_map(params![conversation.0, ws.0, before, viewer.0, limit], message_from_row)?
                .collect::<Result<_, _>>()?;
            page.reverse();
            Ok(page)
        })
        .await
    }

    async fn edit_message(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        text: NewText,
        now: Millis,
    ) -> StoreResult<StoredMessage> {
        self.write(move |conn| {
            let current: Option<(Option<String>, String, String)> = conn
                .prepare_cached("SELECT body, state, status FROM messages WHERE id = ?1 AND workspace_id = ?2")?
                .query_row(params![id.0, ws.0],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((old, state, status)) = current else { return Err(StoreError::NotFound) };
            if status != "delivered" {
                return Err(StoreError::Conflict("not_delivered"));
            }
            let (Some(old), "visible") = (old, state.as_str()) else {
                return Err(StoreError::Conflict("message_unsent"));
            };
            // An unsend waiting for a lead is about this text: it stays as it is until decided.
            incidents::refuse_if_pending(conn, id)?;
            let version: u32 = conn.prepare_cached("SELECT COALESCE(MAX(version), 0) + 1 FROM message_versions WHERE message_id = ?1")?.query_row([id.0],
                |r| r.get(0),
            )?;
            conn.execute(
                "INSERT INTO message_versions (message_id, version, body, replaced_at) VALUES (?1, ?2, ?3, ?4)",
                params![id.0, version, old, now],
            )?;
            set_text(conn, id, &text, Some(now))?;
            // The index only ever holds the current text: a superseded version must not be found.
            search_index::unindex(conn, id.0)?;
            search_index::index(conn, id.0, text.body.as_str())?;
            load_message(conn, ws, id)?.ok_or(StoreError::NotFound)
        })
        .await
    }

    async fn message_versions(
        &self,
        ws: WorkspaceId,
        id: MessageId,
    ) -> StoreResult<Vec<MessageVersion>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT v.version, v.body, v.replaced_at FROM message_versions v JOIN messages m ON m.id = v.message_id
                 WHERE v.message_id = ?1 AND m.workspace_id = ?2 AND m.state = 'visible' ORDER BY v.version",
            )?;
            let rows = stmt.query_map(params![id.0, ws.0], |r| {
                Ok(MessageVersion { version: r.get(0)?, body: r.get(1)?, replaced_at: r.get(2)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn has_replies_from_others(&self, ws: WorkspaceId, id: MessageId) -> StoreResult<bool> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT 1 FROM messages r JOIN messages m ON m.id = r.reply_to
                     WHERE r.reply_to = ?1 AND m.workspace_id = ?2 AND r.author_id != m.author_id AND r.status = 'delivered' LIMIT 1")?
                .query_row(params![id.0, ws.0],
                    |_| Ok(()),
                )
                .optional()?
                .is_some())
        })
        .await
    }

    async fn unsends_since(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        author: UserId,
        since: Millis,
    ) -> StoreResult<u32> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(UNSENDS_SINCE_SQL)?
                .query_row(params![ws.0, conversation.0, author.0, since], |r| r.get(0))?)
        })
        .await
    }

    async fn remove_message(
        &self,
        removal: Removal,
        vault: Arc<WorkspaceKey>,
    ) -> StoreResult<(StoredMessage, IncidentId)> {
        let removed = self
            .write(move |conn| incidents::remove(conn, &removal, &vault))
            .await?;
        self.purge.removal_committed();
        Ok(removed)
    }

    async fn request_removal(&self, removal: Removal) -> StoreResult<IncidentId> {
        self.write(move |conn| incidents::request(conn, &removal))
            .await
    }

    async fn decide_removal(
        &self,
        decision: RemovalDecision,
        vault: Arc<WorkspaceKey>,
    ) -> StoreResult<(Incident, Option<StoredMessage>)> {
        let decided = self
            .write(move |conn| incidents::decide(conn, &decision, &vault))
            .await?;
        if decided.1.is_some() {
            self.purge.removal_committed();
        }
        Ok(decided)
    }

    async fn hide_message(&self, ws: WorkspaceId, id: MessageId, user: UserId) -> StoreResult<()> {
        self.write(move |conn| {
            let found: Option<i64> = conn
                .prepare_cached("SELECT id FROM messages WHERE id = ?1 AND workspace_id = ?2")?
                .query_row(params![id.0, ws.0], |r| r.get(0))
                .optional()?;
            if found.is_none() {
                return Err(StoreError::NotFound);
            }
            conn.execute(
                "INSERT OR IGNORE INTO hidden_messages (message_id, user_id) VALUES (?1, ?2)",
                params![id.0, user.0],
            )?;
            Ok(())
        })
        .await
    }

    async fn mark_read(
        &self,
        ws: WorkspaceId,
        conversation: ConversationId,
        user: UserId,
        up_to: MessageId,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            conn.execute(
                "UPDATE members SET last_read = MAX(last_read, ?1)
                 WHERE conversation_id = ?2 AND user_id = ?3
                   AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = ?2 AND c.workspace_id = ?4)",
                params![up_to.0, conversation.0, user.0, ws.0],
            )?;
            Ok(())
        })
        .await
    }

    async fn search(
        &self,
        ws: WorkspaceId,
        user: UserId,
        query: &str,
        conversation: Option<ConversationId>,
        limit: u32,
    ) -> StoreResult<Vec<SearchHit>> {
        let terms = search_terms(query);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let last = terms.len() - 1;
        let fts_query = terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if i == last {
                    format!("\"{t}\"*")
                } else {
                    format!("\"{t}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        // Whatever was acknowledged before this search must be found: bring the index up to date.
        self.write(search_index::catch_up).await?;
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT m.id, m.conversation_id, m.body, m.sent_at
                 FROM message_search s
                 JOIN messages m ON m.id = s.rowid
                 JOIN members mb ON mb.conversation_id = m.conversation_id AND mb.user_id = ?2
                 WHERE message_search MATCH ?3 AND m.workspace_id = ?1
                   AND m.state = 'visible' AND m.status = 'delivered' AND m.body IS NOT NULL
                   AND (?4 IS NULL OR m.conversation_id = ?4)
                   AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.message_id = m.id AND h.user_id = ?2)
                 ORDER BY m.id DESC LIMIT ?5",
            )?;
            let rows = stmt.query_map(params![ws.0, user.0, fts_query, conversation.map(|c| c.0), limit], |r| {
                let body: String = r.get(2)?;
                Ok(SearchHit {
                    message_id: MessageId(r.get(0)?),
                    conversation_id: ConversationId(r.get(1)?),
                    snippet: snippet(&body, SNIPPET_CHARS),
                    sent_at: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
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
        let expected: Vec<&'static str> = expected.iter().map(|s| s.as_str()).collect();
        let comment = comment.map(str::to_string);
        self.write(move |conn| {
            let row: Option<(String, String)> = conn
                .prepare_cached("SELECT status, body FROM messages WHERE id = ?1 AND workspace_id = ?2")?
                .query_row(params![id.0, ws.0],
                    |r| Ok((r.get(0)?, r.get::<_, Option<String>>(1)?.unwrap_or_default())),
                )
                .optional()?;
            let Some((status, body)) = row else { return Err(StoreError::NotFound) };
            if !expected.contains(&status.as_str()) {
                return Err(StoreError::Conflict("not_pending"));
            }
            let name = decision.name();
            match decision {
                Decision::Deliver { corrected } => {
                    conn.execute(
                        "UPDATE messages SET status = 'delivered', sent_at = ?1, deliver_at = NULL WHERE id = ?2",
                        params![now, id.0],
                    )?;
                    let text = match corrected {
                        Some(text) => {
                            set_text(conn, id, &text, None)?;
                            text.body.into_string()
                        }
                        None => body,
                    };
                    search_index::index(conn, id.0, &text)?;
                }
                Decision::Cancel => {
                    conn.execute("UPDATE messages SET status = 'cancelled', deliver_at = NULL WHERE id = ?1", [id.0])?;
                }
                Decision::Reject => {
                    conn.execute("UPDATE messages SET status = 'rejected', deliver_at = NULL WHERE id = ?1", [id.0])?;
                }
            }
            conn.execute(
                "INSERT INTO message_decisions (message_id, decision, actor_id, comment, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id.0, name, actor.map(|a| a.0), comment, now],
            )?;
            load_message(conn, ws, id)?.ok_or(StoreError::NotFound)
        })
        .await
    }

    async fn message_decisions(
        &self,
        ws: WorkspaceId,
        id: MessageId,
    ) -> StoreResult<Vec<DecisionRecord>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT d.decision, d.actor_id, u.name, d.comment, d.at FROM message_decisions d
                 JOIN messages m ON m.id = d.message_id LEFT JOIN users u ON u.id = d.actor_id
                 WHERE d.message_id = ?1 AND m.workspace_id = ?2 ORDER BY d.id",
            )?;
            let rows = stmt.query_map(params![id.0, ws.0], |r| {
                Ok(DecisionRecord {
                    decision: r.get(0)?,
                    actor: r.get::<_, Option<i64>>(1)?.map(UserId),
                    actor_name: r.get(2)?,
                    comment: r.get(3)?,
                    at: r.get(4)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn pending_messages(
        &self,
        ws: Option<WorkspaceId>,
        status: DeliveryStatus,
    ) -> StoreResult<Vec<PendingMessage>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(&pending_messages_sql(status))?;
            type Head = (
                i64,
                Option<String>,
                Option<i64>,
                Option<i64>,
                Option<String>,
                i64,
                Option<String>,
            );
            let heads: Vec<Head> = stmt
                .query_map(params![ws.map(|w| w.0)], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ))
                })?
                .collect::<Result<_, _>>()?;
            let mut out = Vec::with_capacity(heads.len());
            for (workspace, verdict, created_at, escalated_at, title, id, triggers) in heads {
                if let Some(message) = load_message(conn, WorkspaceId(workspace), MessageId(id))? {
                    out.push(PendingMessage {
                        workspace_id: WorkspaceId(workspace),
                        created_at: created_at.unwrap_or(message.sent_at),
                        message,
                        conversation_title: title,
                        verdict,
                        escalated_at,
                        approval_triggers: parse_triggers(triggers.as_deref()),
                    });
                }
            }
            Ok(out)
        })
        .await
    }

    async fn flagged_messages(
        &self,
        ws: WorkspaceId,
        limit: u32,
    ) -> StoreResult<Vec<StoredMessage>> {
        self.read(move |conn| {
            let sql = format!(
                "{MESSAGE_SELECT} WHERE m.workspace_id = ?1 AND m.flagged = 1
                   AND m.status = 'delivered' AND m.state = 'visible'
                 ORDER BY m.id DESC LIMIT ?2"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params![ws.0, limit], message_from_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn mark_escalated(
        &self,
        ws: WorkspaceId,
        id: MessageId,
        now: Millis,
    ) -> StoreResult<bool> {
        self.write(move |conn| {
            let n = conn.execute(
                "UPDATE messages SET escalated_at = ?1
                 WHERE id = ?2 AND workspace_id = ?3 AND status = 'pending_approval' AND escalated_at IS NULL",
                params![now, id.0, ws.0],
            )?;
            Ok(n == 1)
        })
        .await
    }

    async fn append_ledger(
        &self,
        ws: WorkspaceId,
        entry: retract_domain::NewEntry,
    ) -> StoreResult<retract_domain::LedgerEntry> {
        self.write(move |conn| append_ledger_in(conn, ws, entry))
            .await
    }

    async fn ledger_lines(&self, ws: WorkspaceId) -> StoreResult<Vec<String>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT line FROM ledger_entries WHERE workspace_id = ?1 ORDER BY seq",
            )?;
            let rows = stmt.query_map([ws.0], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn ledger_lines_of_kind(
        &self,
        ws: WorkspaceId,
        kind: &str,
        limit: u32,
    ) -> StoreResult<Vec<String>> {
        let kind = kind.to_string();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT line FROM ledger_entries WHERE workspace_id = ?1 AND kind = ?2 ORDER BY seq DESC LIMIT ?3",
            )?;
            let rows = stmt.query_map(params![ws.0, kind, limit], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    async fn wrapped_key_or_insert(
        &self,
        ws: WorkspaceId,
        purpose: KeyPurpose,
        wrapped: Vec<u8>,
    ) -> StoreResult<Vec<u8>> {
        self.write(move |conn| {
            conn.execute(
                "INSERT OR IGNORE INTO workspace_keys (workspace_id, purpose, wrapped_key) VALUES (?1, ?2, ?3)",
                params![ws.0, purpose.as_str(), wrapped],
            )?;
            Ok(conn
                .prepare_cached("SELECT wrapped_key FROM workspace_keys WHERE workspace_id = ?1 AND purpose = ?2")?
                .query_row(params![ws.0, purpose.as_str()], |r| r.get(0))?)
        })
        .await
    }

    async fn incidents(
        &self,
        ws: WorkspaceId,
        scope: IncidentScope,
        filter: IncidentFilter,
    ) -> StoreResult<Vec<Incident>> {
        self.read(move |conn| incidents::list(conn, ws, scope, filter))
            .await
    }

    async fn incident(&self, ws: WorkspaceId, id: IncidentId) -> StoreResult<Option<Incident>> {
        self.read(move |conn| incidents::load_incident(conn, ws, id))
            .await
    }

    async fn incident_detail(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
    ) -> StoreResult<Option<IncidentDetail>> {
        self.read(move |conn| incidents::detail(conn, ws, id)).await
    }

    async fn incident_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
    ) -> StoreResult<Option<SealedEvidence>> {
        self.read(move |conn| incidents::evidence(conn, ws, id))
            .await
    }

    async fn erase_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        actor: UserId,
        justification: &str,
        now: Millis,
    ) -> StoreResult<()> {
        let data = serde_json::json!({ "justification": justification });
        self.write(move |conn| incidents::erase(conn, ws, id, Some(actor), data, now))
            .await
    }

    async fn erase_expired_evidence(
        &self,
        ws: WorkspaceId,
        opened_before: Millis,
        retention_days: u32,
        limit: u32,
        now: Millis,
    ) -> StoreResult<Vec<IncidentId>> {
        self.write(move |conn| {
            let due = incidents::sealed_evidence_opened_before(conn, ws, opened_before, limit)?;
            for id in &due {
                let data = serde_json::json!({ "retention_days": retention_days });
                incidents::erase(conn, ws, *id, None, data, now)?;
            }
            Ok(due)
        })
        .await
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
        self.write(move |conn| incidents::set_checklist(conn, ws, id, item, done, actor, now))
            .await
    }

    async fn close_incident(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        actor: UserId,
        note: &str,
        now: Millis,
    ) -> StoreResult<Incident> {
        let note = note.to_string();
        self.write(move |conn| incidents::close(conn, ws, id, actor, &note, now))
            .await
    }

    async fn legacy_evidence(&self) -> StoreResult<Vec<(WorkspaceId, IncidentId, String)>> {
        self.read(incidents::legacy).await
    }

    async fn seal_legacy_evidence(
        &self,
        ws: WorkspaceId,
        id: IncidentId,
        sealed: Sealed,
    ) -> StoreResult<()> {
        self.write(move |conn| incidents::seal_legacy(conn, ws, id, &sealed))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::StatementStatus;

    /// Looks messages up by id twice, with different ids, on a connection set up like the
    /// writer's and like a reader's: neither may compile the statement again.
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// A migrated database (the store is closed again) with one workspace, author and
    /// conversation, on a connection set up like the writer's.
    struct Room {
        _dir: tempfile::TempDir,
        path: std::path::PathBuf,
        conn: Connection,
        ws: i64,
        author: i64,
        conversation: i64,
    }

    impl Room {
        fn new() -> Result<Room, Box<dyn std::error::Error>> {
            let dir = tempfile::tempdir()?;
            drop(SqliteStore::open(dir.path())?);
            let path = dir.path().join("retract.db");
            let conn = Connection::open(&path)?;
            configure(&conn)?;
            conn.execute_batch(
                "INSERT INTO workspaces (slug, name, settings, created_at) VALUES ('w', 'W', '{}', 0);",
            )?;
            let ws: i64 = conn.query_row("SELECT id FROM workspaces", [], |r| r.get(0))?;
            conn.execute(
                "INSERT INTO users (workspace_id, email, name, role, password_hash, created_at)
                 VALUES (?1, 'a@w.test', 'A', 'cm', 'x', 0)",
                [ws],
            )?;
            let author = conn.last_insert_rowid();
            conn.execute(
                "INSERT INTO conversations (workspace_id, title, created_by, created_at)
                 VALUES (?1, 't', ?2, 0)",
                [ws, author],
            )?;
            let conversation = conn.last_insert_rowid();
            Ok(Room {
                _dir: dir,
                path,
                conn,
                ws,
                author,
                conversation,
            })
        }

        /// Stores a message the way a send does (not indexed); returns its id.
        fn send(&self, body: &str, status: &str) -> rusqlite::Result<i64> {
            self.conn.execute(
                "INSERT INTO messages (workspace_id, conversation_id, author_id, body, sent_at, status)
                 VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                params![self.ws, self.conversation, self.author, body, status],
            )?;
            Ok(self.conn.last_insert_rowid())
        }

        /// The messages whose indexed text holds `word`.
        fn indexed(&self, word: &str) -> rusqlite::Result<Vec<i64>> {
            let mut stmt = self.conn.prepare(
                "SELECT rowid FROM message_search WHERE message_search MATCH ?1 ORDER BY rowid",
            )?;
            let rows = stmt.query_map([word], |r| r.get(0))?;
            rows.collect()
        }
    }

    /// The index runs behind the sends: a catch-up indexes what is delivered and visible at that
    /// moment, with its text at that moment; below the watermark, changes apply at once.
    #[test]
    fn search_catch_up_indexes_only_the_current_delivered_text() -> TestResult {
        let room = Room::new()?;
        let conn = &room.conn;
        let kept = room.send("alpha kept", "delivered")?;
        let edited = room.send("bravo draft", "delivered")?;
        // Edited before the catch-up: what the edit path does above the watermark.
        conn.execute(
            "UPDATE messages SET body = 'charlie final' WHERE id = ?1",
            [edited],
        )?;
        search_index::unindex(conn, edited)?;
        search_index::index(conn, edited, "charlie final")?;
        let unsent = room.send("delta secret", "delivered")?;
        conn.execute(
            "UPDATE messages SET body = NULL, state = 'unsent' WHERE id = ?1",
            [unsent],
        )?;
        search_index::unindex(conn, unsent)?;
        let held = room.send("echo held", "pending_approval")?;
        assert!(room.indexed("alpha")?.is_empty(), "a send does not index");

        assert_eq!(search_index::catch_up(conn)?, 2);
        assert_eq!(room.indexed("alpha")?, vec![kept]);
        assert!(
            room.indexed("bravo")?.is_empty(),
            "never the text before the edit"
        );
        assert_eq!(room.indexed("charlie")?, vec![edited]);
        assert!(room.indexed("delta")?.is_empty(), "never an unsent text");
        assert!(room.indexed("echo")?.is_empty(), "never a held message");

        // Below the watermark, a delivery and a removal change the index in place.
        conn.execute(
            "UPDATE messages SET status = 'delivered' WHERE id = ?1",
            [held],
        )?;
        search_index::index(conn, held, "echo held")?;
        assert_eq!(room.indexed("echo")?, vec![held]);
        search_index::unindex(conn, kept)?;
        assert!(room.indexed("alpha")?.is_empty());
        assert_eq!(search_index::catch_up(conn)?, 0, "nothing is indexed twice");
        assert_eq!(room.indexed("echo")?, vec![held]);
        Ok(())
    }

    #[test]
    fn message_lookups_keep_their_compiled_plan() -> TestResult {
        let room = Room::new()?;
        let (path, writer, ws) = (&room.path, &room.conn, room.ws);
        let mut ids = Vec::new();
        for body in ["one", "two"] {
            ids.push(MessageId(room.send(body, "delivered")?));
        }
        let reader = open_reader(path)?;
        for conn in [writer, &reader] {
            for id in &ids {
                let found = load_message(conn, WorkspaceId(ws), *id)?;
                assert_eq!(found.map(|m| m.id), Some(*id));
            }
            let sql = format!("{MESSAGE_SELECT} WHERE m.id = ?1 AND m.workspace_id = ?2");
            let statement = conn.prepare_cached(&sql)?;
            assert_eq!(statement.get_status(StatementStatus::RePrepare), 0);
        }
        Ok(())
    }

    /// Reads that run on a timer or before every unsend must not grow with the table.
    #[test]
    fn background_and_advisor_reads_use_their_indexes() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        drop(SqliteStore::open(dir.path())?);
        let reader = open_reader(&dir.path().join("retract.db"))?;
        for status in [
            DeliveryStatus::PendingGrace,
            DeliveryStatus::PendingApproval,
        ] {
            let plan = query_plan(&reader, &pending_messages_sql(status), 1)?;
            assert!(plan.contains("messages_pending"), "{plan}");
        }
        let plan = query_plan(&reader, UNSENDS_SINCE_SQL, 4)?;
        assert!(plan.contains("messages_unsent"), "{plan}");
        let plan = query_plan(&reader, search_index::BACKLOG_SQL, 2)?;
        assert!(plan.contains("INTEGER PRIMARY KEY"), "{plan}");
        Ok(())
    }

    fn query_plan(conn: &Connection, sql: &str, params: usize) -> rusqlite::Result<String> {
        let nulls = vec![rusqlite::types::Null; params];
        let steps: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?
            .query_map(rusqlite::params_from_iter(nulls), |r| r.get(3))?
            .collect::<Result<_, _>>()?;
        Ok(steps.join("; "))
    }
}
