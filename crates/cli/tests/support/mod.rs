//! What the command-line tests share: a free loopback port, the `retract` binary with a clean
//! environment, and waiting for a start-up that must fail.

#![allow(dead_code)] // each test target uses its own part

use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

/// A loopback port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// `retract ARGS` with none of the developer's `RETRACT_*` settings, in English, then `env` on
/// top.
pub fn retract(args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_retract"));
    command.args(args);
    for name in [
        "RETRACT_BIND",
        "RETRACT_DATA_DIR",
        "RETRACT_VAULT_KEY_FILE",
        "RETRACT_DATABASE_URL",
        "RETRACT_NATS_URL",
        "RETRACT_SESSION_TTL_SECONDS",
        "RETRACT_LOG",
    ] {
        command.env_remove(name);
    }
    // The tests read English lines, whatever the developer's locale.
    command.env("RETRACT_LANG", "en");
    for (name, value) in env {
        command.env(name, value);
    }
    command
}

/// Waits for a process that must stop by itself within `patience` (killed, and the test failed,
/// otherwise); returns its exit status and what it wrote on a piped stderr.
pub fn exit_and_stderr(mut child: Child, patience: Duration, what: &str) -> (ExitStatus, String) {
    let deadline = Instant::now() + patience;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("retract kept running: {what}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
    }
    (status, stderr)
}

/// Waits until the server at `base` answers `/healthz` (fails the test after about 10 s).
pub async fn wait_healthy(http: &reqwest::Client, base: &str) {
    for _ in 0..200 {
        if http
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server at {base} never became healthy");
}
