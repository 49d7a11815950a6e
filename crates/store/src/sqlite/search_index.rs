//! The full-text index runs a little behind the sends.
//!
//! FTS5 writes a new index segment with every transaction that touches it. Indexed inside the
//! send's own transaction, that segment (and the merges it triggers) was a third of the writer's
//! time and most of the log bytes of each commit. So a send only stores the message; the writer
//! indexes every delivered message above the `search_progress.indexed_upto` watermark in one go
//! ([`catch_up`]), every [`CATCH_UP_EVERY`] under load and at once when the writer goes idle.
//!
//! What keeps this correct:
//! - a search first has the writer catch up (one more job on its queue), so whatever a send
//!   acknowledged before the search started is found — the same guarantee as indexing in place;
//! - the catch-up reads the message as it is *then*: an edit or an unsend that came first leaves
//!   the current text or nothing to index, never an earlier one;
//! - below the watermark, edits, deliveries and removals change the index in their own
//!   transaction, as before ([`index`], [`unindex`]); above it they leave it to the catch-up.
//!
//! Every path runs on the one writer thread, so the watermark cannot move during a job.

use std::time::{Duration, Instant};

use rusqlite::{params, Connection};

use crate::StoreResult;

/// Longest a delivered message waits for the index while the writer is busy.
pub(super) const CATCH_UP_EVERY: Duration = Duration::from_millis(50);

/// The messages a catch-up indexes: a range of ids, read straight off the table's key.
pub(super) const BACKLOG_SQL: &str = "SELECT id, body FROM messages
     WHERE id > ?1 AND id <= ?2 AND status = 'delivered' AND state = 'visible' AND body IS NOT NULL";

fn indexed_upto(conn: &Connection) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT indexed_upto FROM search_progress WHERE id = 1")?
        .query_row([], |r| r.get(0))
}

/// Indexes every message delivered since the watermark and moves it past the newest message.
/// Returns how many were indexed.
pub(super) fn catch_up(conn: &Connection) -> StoreResult<usize> {
    let upto = indexed_upto(conn)?;
    let newest: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM messages")?
        .query_row([], |r| r.get(0))?;
    if newest <= upto {
        return Ok(0);
    }
    let indexed = conn
        .prepare_cached(&format!(
            "INSERT INTO message_search (rowid, body) {BACKLOG_SQL}"
        ))?
        .execute(params![upto, newest])?;
    conn.prepare_cached("UPDATE search_progress SET indexed_upto = ?1 WHERE id = 1")?
        .execute([newest])?;
    Ok(indexed)
}

/// Puts a message's current text in the index now if the catch-up already passed it; otherwise
/// the catch-up will read it.
pub(super) fn index(conn: &Connection, id: i64, body: &str) -> StoreResult<()> {
    if id <= indexed_upto(conn)? {
        conn.prepare_cached("INSERT INTO message_search (rowid, body) VALUES (?1, ?2)")?
            .execute(params![id, body])?;
    }
    Ok(())
}

/// Takes a message's text out of the index; one the catch-up has not reached is not in it.
pub(super) fn unindex(conn: &Connection, id: i64) -> StoreResult<()> {
    if id <= indexed_upto(conn)? {
        conn.prepare_cached("DELETE FROM message_search WHERE rowid = ?1")?
            .execute([id])?;
    }
    Ok(())
}

/// When the writer next catches the index up: after [`CATCH_UP_EVERY`] of writes, or as soon
/// as it has nothing else to do.
pub(super) struct CatchUpClock {
    /// Set by any batch (it may have delivered messages); cleared by a catch-up.
    behind: bool,
    last: Instant,
}

impl CatchUpClock {
    pub(super) fn new() -> CatchUpClock {
        // A restart after a crash may find delivered messages not indexed yet.
        CatchUpClock {
            behind: true,
            last: Instant::now(),
        }
    }

    pub(super) fn wrote(&mut self) {
        self.behind = true;
    }

    /// Whether the batch being committed should also catch up (the writer is busy and the
    /// index has waited long enough).
    pub(super) fn due(&self) -> bool {
        self.behind && self.last.elapsed() >= CATCH_UP_EVERY
    }

    /// Whether an idle writer has anything to catch up.
    pub(super) fn behind(&self) -> bool {
        self.behind
    }

    pub(super) fn caught_up(&mut self) {
        self.behind = false;
        self.last = Instant::now();
    }
}
