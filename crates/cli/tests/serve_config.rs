//! `retract serve` and `retract demo` start-up: the configuration file, the environment and the
//! flags in their order of precedence, and one clear line (never a panic) for each bad value.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::{exit_and_stderr, free_port, retract};

/// `retract` quiet below warnings, so that a failed start prints its one line alone.
fn quiet_retract(args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = retract(args, &[("RETRACT_LOG", "warn")]);
    command.envs(env.iter().copied());
    command
}

/// Runs a start-up that must fail; returns its exit code and stderr.
fn failing(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let child = quiet_retract(args, env)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start retract");
    let (status, stderr) =
        exit_and_stderr(child, Duration::from_secs(30), &format!("{args:?} {env:?}"));
    (status.code(), stderr)
}

fn assert_one_line(args: &[&str], env: &[(&str, &str)], expected: &str) {
    let (code, stderr) = failing(args, env);
    assert_eq!(code, Some(1), "{args:?} {env:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{args:?} {env:?}: {stderr}");
    assert!(stderr.starts_with("retract: "), "{stderr}");
    assert!(stderr.contains(expected), "{args:?} {env:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn healthy(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    if stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200")
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(args: &[&str], env: &[(&str, &str)], port: u16) -> Server {
    let server = Server(
        quiet_retract(args, env)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start retract"),
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while !healthy(port) {
        assert!(Instant::now() < deadline, "{args:?} {env:?} did not serve");
        std::thread::sleep(Duration::from_millis(50));
    }
    server
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn bad_values_get_one_clear_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let data = path(&data);
    let config = dir.path().join("retract.toml");
    let config = path(&config);

    for bind in ["nonsense", "127.0.0.1:99999", "127.0.0.1"] {
        assert_one_line(
            &["serve", "--data", data, "--bind", bind],
            &[],
            "not an address",
        );
        assert_one_line(&["demo", "--data", data], &[("RETRACT_BIND", bind)], bind);
    }
    assert_one_line(
        &["serve", "--config", "/nonexistent/retract.toml"],
        &[],
        "cannot read config file /nonexistent/retract.toml",
    );
    std::fs::write(config, "bind = \"127.0.0.1:0\"\ncolour = \"blue\"\n").expect("write");
    assert_one_line(&["serve", "--config", config], &[], "colour");
    std::fs::write(config, "bind = [\n").expect("write");
    assert_one_line(&["serve", "--config", config], &[], "invalid config file");
    std::fs::write(config, "database_url = \"mysql://localhost/db\"\n").expect("write");
    assert_one_line(
        &["serve", "--config", config, "--data", data],
        &[],
        "database_url",
    );
    assert_one_line(
        &["serve", "--data", data],
        &[("RETRACT_SESSION_TTL_SECONDS", "soon")],
        "RETRACT_SESSION_TTL_SECONDS",
    );
}

#[test]
fn a_port_in_use_is_one_line_and_leaves_nothing_behind() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = taken.local_addr().expect("address").to_string();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    for command in ["serve", "demo"] {
        assert_one_line(
            &[command, "--data", path(&data), "--bind", &address],
            &[],
            &format!("cannot listen on {address}"),
        );
        assert!(
            !data.exists(),
            "{command}: nothing is created before the address is known to be free"
        );
    }
}

#[test]
fn the_environment_wins_over_the_file_and_flags_win_over_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("retract.toml");
    let file_data = dir.path().join("from-file");
    let env_data = dir.path().join("from-env");
    std::fs::write(
        &config,
        format!(
            "bind = \"not an address\"\ndata_dir = \"{}\"\n",
            path(&file_data)
        ),
    )
    .expect("write");
    let port = free_port();
    let bind = format!("127.0.0.1:{port}");
    let server = start(
        &["serve", "--config", path(&config)],
        &[
            ("RETRACT_BIND", &bind),
            ("RETRACT_DATA_DIR", path(&env_data)),
        ],
        port,
    );
    assert!(env_data.join("vault.key").exists());
    assert!(!file_data.exists());
    drop(server);

    let flag_port = free_port();
    let flag_data = dir.path().join("from-flag");
    let server = start(
        &[
            "serve",
            "--config",
            path(&config),
            "--data",
            path(&flag_data),
            "--bind",
            &format!("127.0.0.1:{flag_port}"),
        ],
        &[("RETRACT_BIND", "not an address either")],
        flag_port,
    );
    assert!(flag_data.join("vault.key").exists());
    drop(server);
}
