//! Failed-login throttling: after too many wrong attempts for one account in a short time,
//! further attempts for it are refused until the window has passed, before any password is
//! hashed. Kept in memory on each node (a restart forgets it; each node counts on its own).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wrong attempts allowed per account within [`WINDOW`].
pub const MAX_FAILURES: u32 = 5;
/// How long failures count, from the first one.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Accounts tracked at most: past it the oldest windows are dropped first, so a flood of
/// made-up accounts cannot grow memory without bound.
const MAX_TRACKED: usize = 100_000;

#[derive(Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<String, Failures>>,
}

#[derive(Clone, Copy)]
struct Failures {
    count: u32,
    since: Instant,
}

impl LoginThrottle {
    /// `Err(wait)` when the account has used up its attempts: how long until it may try again.
    pub fn check(&self, account: &str, now: Instant) -> Result<(), Duration> {
        let Ok(failures) = self.failures.lock() else {
            return Ok(());
        };
        match failures.get(account) {
            Some(f) if f.count >= MAX_FAILURES && now.duration_since(f.since) < WINDOW => {
                Err(WINDOW - now.duration_since(f.since))
            }
            _ => Ok(()),
        }
    }

    pub fn failed(&self, account: &str, now: Instant) {
        let Ok(mut failures) = self.failures.lock() else {
            return;
        };
        if failures.len() >= MAX_TRACKED && !failures.contains_key(account) {
            failures.retain(|_, f| now.duration_since(f.since) < WINDOW);
            if failures.len() >= MAX_TRACKED {
                failures.clear();
            }
        }
        let entry = failures.entry(account.to_string()).or_insert(Failures {
            count: 0,
            since: now,
        });
        if now.duration_since(entry.since) >= WINDOW {
            *entry = Failures {
                count: 0,
                since: now,
            };
        }
        entry.count += 1;
    }

    pub fn succeeded(&self, account: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(account);
        }
    }
}

/// The key of an account: workspace and e-mail as typed, case and surrounding spaces aside.
pub fn account_key(workspace: &str, email: &str) -> String {
    format!(
        "{}\n{}",
        workspace.trim().to_lowercase(),
        email.trim().to_lowercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_attempt_waits_for_the_window_and_a_success_resets() {
        let t = LoginThrottle::default();
        let start = Instant::now();
        let key = account_key(" Demo ", "CM@demo.test");
        assert_eq!(key, account_key("demo", "cm@demo.test"));
        for i in 0..MAX_FAILURES {
            assert_eq!(t.check(&key, start), Ok(()), "attempt {i}");
            t.failed(&key, start);
        }
        let later = start + Duration::from_secs(60);
        assert_eq!(t.check(&key, later), Err(WINDOW - Duration::from_secs(60)));
        assert_eq!(t.check("demo\nother@demo.test", later), Ok(()));
        assert_eq!(t.check(&key, start + WINDOW), Ok(()), "the window passed");
        t.failed(&key, start + WINDOW);
        assert_eq!(t.check(&key, start + WINDOW), Ok(()), "a new window");
        t.succeeded(&key);
        for _ in 0..MAX_FAILURES - 1 {
            t.failed(&key, start + WINDOW);
        }
        assert_eq!(t.check(&key, start + WINDOW), Ok(()));
    }
}
