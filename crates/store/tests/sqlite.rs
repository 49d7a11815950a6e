//! The conformance suite on the SQLite backend, one fresh database file per test.

use std::sync::Arc;

use retract_store::{SqliteStore, Store};

async fn fresh() -> Arc<dyn Store> {
    // The directory must outlive the store; leaking it keeps the file for post-mortems too.
    let dir = tempfile::tempdir().expect("tempdir").keep();
    Arc::new(SqliteStore::open(&dir).expect("open sqlite"))
}

retract_store::conformance_suite!(fresh());

/// The database itself refuses to change or delete ledger rows, whoever asks.
#[tokio::test]
async fn sqlite_refuses_ledger_updates_and_deletes() {
    let dir = tempfile::tempdir().expect("tempdir").keep();
    let store = SqliteStore::open(&dir).expect("open sqlite");
    let f = retract_store::conformance::fixture(&store, "triggers").await;
    let m = retract_store::conformance::send(&store, &f, f.cm, "oops", 10).await;
    retract_store::conformance::unsend(&store, &f, m.id, f.cm, 11).await;
    let conn = rusqlite::Connection::open(dir.join("retract.db")).expect("open");
    let update = conn.execute("UPDATE ledger_entries SET line = 'x'", []);
    let delete = conn.execute("DELETE FROM ledger_entries", []);
    assert!(update.is_err() && delete.is_err());
    let count: i64 = conn
        .query_row("SELECT COUNT(*) FROM ledger_entries", [], |r| r.get(0))
        .expect("count");
    assert_eq!(count, 1);
}

/// A crash between a send's commit and the search index's catch-up leaves a delivered message out
/// of the index; after the restart, search finds it all the same.
#[tokio::test]
async fn a_message_the_index_had_not_reached_before_a_crash_is_found_after_restart() {
    let dir = tempfile::tempdir().expect("tempdir").keep();
    let store = SqliteStore::open(&dir).expect("open sqlite");
    let f = retract_store::conformance::fixture(&store, "backlog").await;
    retract_store::conformance::send(&store, &f, f.cm, "premier message", 10).await;
    drop(store);
    // What the writer leaves when the process dies right after a commit: a delivered message
    // above the index's watermark.
    let conn = rusqlite::Connection::open(dir.join("retract.db")).expect("open");
    conn.execute(
        "INSERT INTO messages (workspace_id, conversation_id, author_id, body, sent_at, status)
         VALUES (?1, ?2, ?3, 'le quetzal arrive demain', 11, 'delivered')",
        rusqlite::params![f.ws.0, f.conversation.0, f.cm.0],
    )
    .expect("insert");
    let id = conn.last_insert_rowid();
    let upto: i64 = conn
        .query_row("SELECT indexed_upto FROM search_progress", [], |r| r.get(0))
        .expect("watermark");
    assert!(upto < id, "the message must be above the watermark");
    drop(conn);

    let store = SqliteStore::open(&dir).expect("reopen sqlite");
    let hits = store
        .search(f.ws, f.guest, "quetzal", None, 20)
        .await
        .expect("search");
    assert_eq!(
        hits.iter().map(|h| h.message_id.0).collect::<Vec<_>>(),
        vec![id]
    );
}

/// A database from before the ledger's `kind` column: the migration fills the column for the
/// entries already stored (lifting the append-only trigger only for that), and the trigger
/// still refuses changes afterwards.
#[tokio::test]
async fn the_kind_migration_fills_entries_already_stored() {
    use retract_domain::kinds::SETTINGS_CHANGED;
    let dir = tempfile::tempdir().expect("tempdir").keep();
    let store = SqliteStore::open(&dir).expect("open sqlite");
    let f = retract_store::conformance::fixture(&store, "kind-upgrade").await;
    let m = retract_store::conformance::send(&store, &f, f.cm, "oops", 10).await;
    retract_store::conformance::unsend(&store, &f, m.id, f.cm, 11).await;
    store
        .append_ledger(
            f.ws,
            retract_domain::NewEntry {
                at: 12,
                kind: SETTINGS_CHANGED.to_string(),
                incident_id: None,
                actor: Some(f.lead),
                data: serde_json::json!({"changes": {"unsend_window_seconds": 300}}),
            },
        )
        .await
        .expect("append");
    drop(store);
    // Back to the schema before the migration.
    let conn = rusqlite::Connection::open(dir.join("retract.db")).expect("open");
    conn.execute_batch(
        "DROP INDEX ledger_entries_by_kind;
         ALTER TABLE ledger_entries DROP COLUMN kind;
         DELETE FROM schema_migrations WHERE name = '0008_ledger_kind';",
    )
    .expect("downgrade");
    drop(conn);

    let store = SqliteStore::open(&dir).expect("reopen sqlite");
    let lines = store
        .ledger_lines_of_kind(f.ws, SETTINGS_CHANGED, 10)
        .await
        .expect("read");
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("unsend_window_seconds"), "{lines:?}");
    let opened = store
        .ledger_lines_of_kind(f.ws, "incident.opened", 10)
        .await
        .expect("read");
    assert_eq!(opened.len(), 1);
    let conn = rusqlite::Connection::open(dir.join("retract.db")).expect("open");
    assert!(conn
        .execute("UPDATE ledger_entries SET kind = 'x'", [])
        .is_err());
}
