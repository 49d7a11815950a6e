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
