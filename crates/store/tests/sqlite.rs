//! The conformance suite on the SQLite backend, one fresh database file per test.

use std::sync::Arc;

use retract_store::{SqliteStore, Store};

async fn fresh() -> Arc<dyn Store> {
    // The directory must outlive the store; leaking it keeps the file for post-mortems too.
    let dir = tempfile::tempdir().expect("tempdir").keep();
    Arc::new(SqliteStore::open(&dir).expect("open sqlite"))
}

retract_store::conformance_suite!(fresh());
