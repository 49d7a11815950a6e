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
