//! Crash safety of the real binary: every acknowledged send survives a SIGKILL mid-burst, and
//! SIGTERM stops the server cleanly.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

mod support;
use support::{free_port, wait_healthy};

fn start_demo(data: &Path, port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["demo", "--data"])
        .arg(data)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .env("RETRACT_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start retract demo")
}

async fn login(http: &reqwest::Client, base: &str) -> String {
    let body: Value = http
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"workspace": "demo", "email": "cm@demo.test", "password": "demo-password"}))
        .send()
        .await
        .expect("login")
        .json()
        .await
        .expect("login json");
    body["token"].as_str().expect("token").to_string()
}

fn signal(child: &Child, sig: &str) {
    let status = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_sigkill_and_sigterm_stops_cleanly() {
    let data = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut server = start_demo(data.path(), port);
    wait_healthy(&http, &base).await;
    let token = login(&http, &base).await;

    // Eight senders in a tight loop; each records what the server acknowledged.
    let (ack_tx, mut ack_rx) = tokio::sync::mpsc::unbounded_channel::<(i64, String)>();
    let mut senders = Vec::new();
    for sender in 0..8 {
        let (http, base, token, ack_tx) =
            (http.clone(), base.clone(), token.clone(), ack_tx.clone());
        senders.push(tokio::spawn(async move {
            for n in 0.. {
                let body = format!("burst {sender}-{n}");
                let res = http
                    .post(format!("{base}/api/v1/conversations/1/messages"))
                    .bearer_auth(&token)
                    .json(&json!({"body": body, "client_id": format!("{sender}-{n}")}))
                    .send()
                    .await;
                let Ok(res) = res else { break };
                if res.status() != 201 {
                    break;
                }
                let Ok(ack) = res.json::<Value>().await else {
                    break;
                };
                if let Some(id) = ack["id"].as_i64() {
                    let _ = ack_tx.send((id, body));
                }
            }
        }));
    }
    drop(ack_tx);
    let mut acked = Vec::new();
    while acked.len() < 300 {
        acked.push(ack_rx.recv().await.expect("acks keep coming"));
    }
    signal(&server, "-KILL");
    let _ = server.wait();
    for s in senders {
        let _ = s.await;
    }
    while let Ok(more) = ack_rx.try_recv() {
        acked.push(more);
    }

    let mut server = start_demo(data.path(), port);
    wait_healthy(&http, &base).await;
    let token = login(&http, &base).await;
    let mut stored = std::collections::HashMap::new();
    let mut before: Option<i64> = None;
    loop {
        let mut url = format!("{base}/api/v1/conversations/1/messages?limit=200");
        if let Some(b) = before {
            url.push_str(&format!("&before={b}"));
        }
        let page: Vec<Value> = http
            .get(url)
            .bearer_auth(&token)
            .send()
            .await
            .expect("history")
            .json()
            .await
            .expect("json");
        if page.is_empty() {
            break;
        }
        before = page.first().and_then(|m| m["id"].as_i64());
        for m in page {
            stored.insert(
                m["id"].as_i64().expect("id"),
                m["body"].as_str().unwrap_or_default().to_string(),
            );
        }
    }
    for (id, body) in &acked {
        assert_eq!(
            stored.get(id),
            Some(body),
            "acknowledged message {id} was lost"
        );
    }

    signal(&server, "-TERM");
    let mut exited = None;
    for _ in 0..200 {
        if let Some(status) = server.try_wait().expect("wait") {
            exited = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let status = exited.unwrap_or_else(|| {
        let _ = server.kill();
        panic!("SIGTERM did not stop the server");
    });
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
}
