//! `retract ledger verify` on a ledger exported by a real server: an untouched export verifies,
//! a changed byte, a dropped line, two swapped lines or another signing key are caught.

use std::process::{Command, Stdio};

use serde_json::{json, Value};

mod support;
use support::{free_port, wait_healthy};

fn verify(path: &std::path::Path, extra: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["ledger", "verify"])
        .arg(path)
        .args(extra)
        .env("RETRACT_LANG", "en")
        .output()
        .expect("run verify");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text.trim().to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exported_ledgers_verify_and_tampering_is_caught() {
    let data = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["demo", "--data"])
        .arg(data.path())
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .env("RETRACT_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start demo");
    let http = reqwest::Client::new();
    wait_healthy(&http, &base).await;
    let login = |email: &'static str| {
        let http = http.clone();
        let base = base.clone();
        async move {
            let body: Value = http
                .post(format!("{base}/api/v1/auth/login"))
                .json(&json!({"workspace": "demo", "email": email, "password": "demo-password"}))
                .send()
                .await
                .expect("login")
                .json()
                .await
                .expect("json");
            body["token"].as_str().expect("token").to_string()
        }
    };
    let (cm, owner) = (login("cm@demo.test").await, login("owner@demo.test").await);
    for text in ["premier message à retirer", "second message à retirer"] {
        let sent: Value = http
            .post(format!("{base}/api/v1/conversations/1/messages"))
            .bearer_auth(&cm)
            .json(&json!({"body": text}))
            .send()
            .await
            .expect("send")
            .json()
            .await
            .expect("json");
        let id = sent["id"].as_i64().expect("id");
        let res = http
            .post(format!("{base}/api/v1/messages/{id}/unsend"))
            .bearer_auth(&cm)
            .json(&json!({"reason": "confidential"}))
            .send()
            .await
            .expect("unsend");
        assert_eq!(res.status(), 200);
    }
    let export = http
        .get(format!("{base}/api/v1/ledger/export"))
        .bearer_auth(&owner)
        .send()
        .await
        .expect("export")
        .text()
        .await
        .expect("text");
    let _ = server.kill();
    let _ = server.wait();

    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("ledger.jsonl");
    std::fs::write(&good, &export).expect("write");
    let (ok, text) = verify(&good, &[]);
    assert!(ok, "{text}");
    assert_eq!(text.lines().next(), Some("ok 2 entries"), "{text}");

    let lines: Vec<&str> = export.lines().collect();
    let variants: Vec<(&str, String)> = vec![
        (
            "flipped byte",
            export.replacen("confidential", "confidentiaL", 1),
        ),
        ("dropped line", [lines[0], lines[2]].join("\n")),
        ("reordered lines", [lines[1], lines[0], lines[2]].join("\n")),
    ];
    for (what, content) in variants {
        let path = dir.path().join("bad.jsonl");
        std::fs::write(&path, content).expect("write");
        let (ok, text) = verify(&path, &[]);
        assert!(!ok, "{what} was not caught: {text}");
        assert!(
            text.contains("line"),
            "{what}: the error names the line: {text}"
        );
    }
    // Re-signed with another key: caught when the expected public key is pinned.
    let (ok, text) = verify(&good, &["--public-key", &"ab".repeat(32)]);
    assert!(!ok, "a different expected key must fail: {text}");
    let (ok, _) = verify(&dir.path().join("missing.jsonl"), &[]);
    assert!(!ok);
}
