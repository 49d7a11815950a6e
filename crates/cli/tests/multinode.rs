//! Several `retract` nodes sharing one PostgreSQL database, with events crossing through NATS.
//!
//! These tests start the real binary. Those that need services run only when both are named:
//!
//! ```text
//! RETRACT_TEST_PG=postgres://postgres@127.0.0.1:5432/test \
//! RETRACT_TEST_NATS=nats://127.0.0.1:4222 \
//!   cargo test -p retract-cli --test multinode
//! ```
//!
//! Without them they return at once with a note on stderr (the fail-fast start-up tests need no
//! service and always run). Each test gets a fresh schema (`retract_test_<unix secs>_<pid>_<n>`,
//! the store tests' naming, so their sweep drops it once stale). The NATS restart test runs its
//! own `nats-server` on a free loopback port and never touches the one in `RETRACT_TEST_NATS`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

mod support;
use support::{exit_and_stderr, free_port, retract};

/// Failure guard for anything that should happen "soon"; never a performance bound.
const PATIENCE: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------------------------------------
// Environment

fn services() -> Option<(String, String)> {
    let pg = std::env::var("RETRACT_TEST_PG")
        .ok()
        .filter(|v| !v.trim().is_empty());
    let nats = std::env::var("RETRACT_TEST_NATS")
        .ok()
        .filter(|v| !v.trim().is_empty());
    match (pg, nats) {
        (Some(pg), Some(nats)) => Some((pg, nats)),
        _ => {
            eprintln!(
                "note: RETRACT_TEST_PG and RETRACT_TEST_NATS are not both set; skipping this multi-node test"
            );
            None
        }
    }
}

fn unix_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Nodes A and B on one fresh database and the NATS server, as most of these tests start. The
/// directory holds their data and key file: keep it alive as long as the nodes.
async fn two_nodes(pg: &str, nats: &str) -> (tempfile::TempDir, Node, Node) {
    let database = fresh_database(pg).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let a = Node::start("A", &dir.path().join("a"), &database, Some(nats));
    let b = Node::start("B", &dir.path().join("b"), &database, Some(nats));
    (dir, a, b)
}

/// Creates a fresh schema and returns a URL whose connections all use it.
async fn fresh_database(pg: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let schema = format!(
        "retract_test_{}_{}_{}",
        unix_secs(),
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed) + 500
    );
    let (client, conn) = tokio_postgres::connect(pg, tokio_postgres::NoTls)
        .await
        .expect("connect to RETRACT_TEST_PG");
    let conn = tokio::spawn(conn);
    client
        .batch_execute(&format!("CREATE SCHEMA \"{schema}\""))
        .await
        .expect("create the test schema");
    drop(client);
    let _ = conn.await;
    let sep = if pg.contains('?') { '&' } else { '?' };
    format!("{pg}{sep}options=-c%20search_path%3D{schema}")
}

// ---------------------------------------------------------------------------------------------
// Processes

/// A `retract demo` process; killed when dropped (its log is printed if the test failed).
struct Node {
    child: Child,
    base: String,
    log: Arc<Mutex<Vec<String>>>,
    name: &'static str,
}

fn drain_into(reader: impl std::io::Read + Send + 'static, log: Arc<Mutex<Vec<String>>>) {
    std::thread::spawn(move || {
        for line in BufReader::new(reader).lines().map_while(Result::ok) {
            if let Ok(mut log) = log.lock() {
                log.push(line);
            }
        }
    });
}

/// Starts `retract demo` on a free port; call [`Node::ready`] to wait until it serves.
fn spawn_node(
    name: &'static str,
    data: &Path,
    database: &str,
    nats: Option<&str>,
) -> (Node, mpsc::Receiver<String>) {
    std::fs::create_dir_all(data).expect("data dir");
    let data_arg = data.to_string_lossy().to_string();
    // One master key for every node, written before any of them starts (as an operator would).
    let key_path = data.parent().unwrap_or(data).join("vault.key");
    if !key_path.exists() {
        let mut key = [0u8; 32];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut key))
            .expect("random key");
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        std::fs::write(&key_path, hex + "\n").expect("write the vault key");
    }
    let key = key_path.to_string_lossy().to_string();
    let mut env = vec![
        ("RETRACT_DATABASE_URL", database),
        ("RETRACT_VAULT_KEY_FILE", key.as_str()),
        ("RETRACT_LOG", "info,async_nats=warn"),
    ];
    if let Some(nats) = nats {
        env.push(("RETRACT_NATS_URL", nats));
    }
    let mut child = retract(
        &["demo", "--data", &data_arg, "--bind", "127.0.0.1:0"],
        &env,
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("start retract");
    let log = Arc::new(Mutex::new(Vec::new()));
    if let Some(stderr) = child.stderr.take() {
        drain_into(stderr, log.clone());
    }
    let (tx, rx) = mpsc::channel();
    if let Some(stdout) = child.stdout.take() {
        let log = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = line.split("http://").nth(1) {
                    let _ = tx.send(format!("http://{}", url.trim()));
                }
                if let Ok(mut log) = log.lock() {
                    log.push(line);
                }
            }
        });
    }
    (
        Node {
            child,
            base: String::new(),
            log,
            name,
        },
        rx,
    )
}

impl Node {
    fn start(name: &'static str, data: &Path, database: &str, nats: Option<&str>) -> Node {
        let (node, rx) = spawn_node(name, data, database, nats);
        node.ready(rx)
    }

    fn ready(mut self, rx: mpsc::Receiver<String>) -> Node {
        match rx.recv_timeout(PATIENCE) {
            Ok(base) => self.base = base,
            Err(_) => panic!(
                "node {} did not start:\n{}",
                self.name,
                self.log.lock().map(|l| l.join("\n")).unwrap_or_default()
            ),
        }
        self
    }

    fn ws_url(&self) -> String {
        self.base.replacen("http://", "ws://", 1)
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            if let Ok(log) = self.log.lock() {
                eprintln!("--- log of node {} ---\n{}", self.name, log.join("\n"));
            }
        }
    }
}

/// A `nats-server` of the test's own, on a free loopback port.
struct OwnNats {
    child: Option<Child>,
    port: u16,
}

impl OwnNats {
    fn start() -> OwnNats {
        let mut nats = OwnNats {
            child: None,
            port: free_port(),
        };
        nats.restart();
        nats
    }

    fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    fn restart(&mut self) {
        let child = Command::new("/usr/sbin/nats-server")
            .args(["-a", "127.0.0.1", "-p", &self.port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nats-server");
        self.child = Some(child);
        let deadline = Instant::now() + PATIENCE;
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "nats-server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for OwnNats {
    fn drop(&mut self) {
        self.stop();
    }
}

// ---------------------------------------------------------------------------------------------
// API

struct Session {
    http: reqwest::Client,
    base: String,
    token: String,
    id: i64,
}

async fn login(node: &Node, email: &str) -> Session {
    let http = reqwest::Client::new();
    let answer: Value = http
        .post(format!("{}/api/v1/auth/login", node.base))
        .json(&json!({"workspace": "demo", "email": email, "password": "demo-password"}))
        .send()
        .await
        .expect("login")
        .json()
        .await
        .expect("login answer");
    Session {
        http,
        base: node.base.clone(),
        token: answer["token"].as_str().expect("token").to_string(),
        id: answer["user"]["id"].as_i64().expect("user id"),
    }
}

impl Session {
    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut request = self
            .http
            .request(method, format!("{}/api/v1{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn get(&self, path: &str) -> Value {
        let (status, body) = self.call(reqwest::Method::GET, path, None).await;
        assert_eq!(status, 200, "GET {path}: {body}");
        body
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.call(reqwest::Method::POST, path, Some(body)).await
    }

    /// Sends a message and returns its id (expects `201`).
    async fn send(&self, conversation: i64, body: &str, client_id: Option<&str>) -> i64 {
        let (status, answer) = self
            .post(
                &format!("/conversations/{conversation}/messages"),
                json!({"body": body, "client_id": client_id}),
            )
            .await;
        assert_eq!(status, 201, "send: {answer}");
        answer["id"].as_i64().expect("message id")
    }

    async fn conversation_with(&self, other: i64) -> i64 {
        let (status, answer) = self
            .post(
                "/conversations",
                json!({"title": "multi-node", "members": [other]}),
            )
            .await;
        assert_eq!(status, 201, "create conversation: {answer}");
        answer["id"].as_i64().expect("conversation id")
    }
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens the event socket and waits for `ready`.
async fn events(node: &Node, who: &Session, since: Option<i64>) -> Socket {
    let mut url = format!("{}/api/v1/events?token={}", node.ws_url(), who.token);
    if let Some(since) = since {
        url.push_str(&format!("&since={since}"));
    }
    let (mut socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("open the event socket");
    let first = next_frame(&mut socket).await;
    assert_eq!(first["type"], "ready", "{first}");
    socket
}

async fn next_raw(socket: &mut Socket) -> String {
    loop {
        match tokio::time::timeout(PATIENCE, socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) => return text.to_string(),
            Ok(Some(Ok(Message::Ping(p)))) => {
                let _ = socket.send(Message::Pong(p)).await;
            }
            Ok(Some(Ok(_))) => {}
            other => panic!("no event within {PATIENCE:?}: {other:?}"),
        }
    }
}

async fn next_frame(socket: &mut Socket) -> Value {
    let raw = next_raw(socket).await;
    serde_json::from_str(&raw).expect("event JSON")
}

/// The next event about message `id` (other events are skipped), with its raw text.
async fn event_about(socket: &mut Socket, id: i64) -> (Value, String) {
    loop {
        let raw = next_raw(socket).await;
        let frame: Value = serde_json::from_str(&raw).expect("event JSON");
        if frame["message"]["id"] == id {
            return (frame, raw);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guest_on_node_a_sees_a_message_and_its_tombstone_sent_through_node_b() {
    let Some((pg, nats)) = services() else { return };
    let (_dir, a, b) = two_nodes(&pg, &nats).await;

    let guest = login(&a, "guest@demo.test").await;
    let cm = login(&b, "cm@demo.test").await;
    let conversation = cm.conversation_with(guest.id).await;
    let mut socket = events(&a, &guest, None).await;

    let text = "Bonjour, le colis part demain matin.";
    let started = Instant::now();
    let id = cm.send(conversation, text, None).await;
    let (created, _) = event_about(&mut socket, id).await;
    let latency = started.elapsed();
    assert_eq!(created["type"], "message.created");
    assert_eq!(created["conversation_id"], conversation);
    assert_eq!(created["message"]["body"], text);
    assert_eq!(created["message"]["state"], "visible");

    let (status, answer) = cm
        .post(&format!("/messages/{id}/unsend"), json!({"reason": "typo"}))
        .await;
    assert_eq!(status, 200, "unsend: {answer}");
    let (unsent, raw) = event_about(&mut socket, id).await;
    assert_eq!(unsent["type"], "message.unsent");
    assert_eq!(unsent["message"]["state"], "unsent");
    assert!(unsent["message"]["body"].is_null(), "{unsent}");
    assert!(!raw.contains(text), "the tombstone leaks the body: {raw}");
    // Guests do not see removal reasons unless the workspace shows them.
    assert!(unsent["message"]["removed"]["reason"].is_null(), "{unsent}");
    eprintln!(
        "observed: send through B until the event on A's socket took {} ms (one sample, includes the HTTP round trip)",
        latency.as_millis()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_client_id_through_both_nodes_stores_one_message() {
    let Some((pg, nats)) = services() else { return };
    let (_dir, a, b) = two_nodes(&pg, &nats).await;

    let guest = login(&a, "guest@demo.test").await;
    let cm_a = login(&a, "cm@demo.test").await;
    let cm_b = login(&b, "cm@demo.test").await;
    let conversation = cm_a.conversation_with(guest.id).await;
    let text = "Votre commande est expédiée.";
    for round in 0..5 {
        let client_id = format!("retry-{round}");
        let (on_a, on_b) = tokio::join!(
            cm_a.send(conversation, text, Some(&client_id)),
            cm_b.send(conversation, text, Some(&client_id)),
        );
        assert_eq!(on_a, on_b, "round {round}: two messages for one client_id");
    }
    let history = guest
        .get(&format!("/conversations/{conversation}/messages?limit=200"))
        .await;
    let stored = history
        .as_array()
        .expect("history")
        .iter()
        .filter(|m| m["body"] == text)
        .count();
    assert_eq!(stored, 5, "{history}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_unsend_window_set_on_node_a_holds_on_node_b() {
    let Some((pg, nats)) = services() else { return };
    let (_dir, a, b) = two_nodes(&pg, &nats).await;

    let owner = login(&a, "owner@demo.test").await;
    let guest = login(&a, "guest@demo.test").await;
    let cm = login(&b, "cm@demo.test").await;
    let conversation = cm.conversation_with(guest.id).await;
    let id = cm
        .send(conversation, "Un message à retirer trop tard.", None)
        .await;

    let (status, settings) = owner
        .call(
            reqwest::Method::PATCH,
            "/workspace/settings",
            Some(json!({"unsend_window_seconds": 1})),
        )
        .await;
    assert_eq!(status, 200, "{settings}");
    assert_eq!(settings["unsend_window_seconds"], 1);
    // Past the 1 s window and past node B's 2 s settings cache.
    tokio::time::sleep(Duration::from_millis(3000)).await;

    let (status, answer) = cm
        .post(&format!("/messages/{id}/unsend"), json!({"reason": "typo"}))
        .await;
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["error"]["code"], "unsend_window_expired", "{answer}");
    assert_eq!(answer["error"]["window_seconds"], 1, "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_changed_on_node_a_apply_on_node_b_as_soon_as_it_hears_of_them() {
    let Some((pg, nats)) = services() else { return };
    let (_dir, a, b) = two_nodes(&pg, &nats).await;

    let owner = login(&a, "owner@demo.test").await;
    let guest = login(&a, "guest@demo.test").await;
    let cm = login(&b, "cm@demo.test").await;
    let conversation = cm.conversation_with(guest.id).await;
    // Node B now holds the workspace's settings (no grace delay, no lexicon) in its cache.
    let (status, sent) = cm
        .post(
            &format!("/conversations/{conversation}/messages"),
            json!({"body": "Avant le changement de règles."}),
        )
        .await;
    assert_eq!(
        (status, sent["status"].as_str()),
        (201, Some("delivered")),
        "{sent}"
    );
    let mut socket = events(&b, &cm, None).await;

    let (status, settings) = owner
        .call(
            reqwest::Method::PATCH,
            "/workspace/settings",
            Some(json!({"grace_seconds": 30, "confidential_terms": ["projet zephyr"]})),
        )
        .await;
    assert_eq!(status, 200, "{settings}");
    // The page on node B is told; from then on node B must apply the new rules, not the copy
    // it cached a moment ago.
    loop {
        if next_frame(&mut socket).await["type"] == "settings.changed" {
            break;
        }
    }
    for (body, expected) in [
        ("Après le changement de règles.", "pending_grace"),
        ("Le projet zephyr sort lundi.", "pending_approval"),
    ] {
        let (status, sent) = cm
            .post(
                &format!("/conversations/{conversation}/messages"),
                json!({"body": body}),
            )
            .await;
        assert_eq!(status, 201, "{sent}");
        assert_eq!(sent["status"], expected, "{body}: {sent}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_logout_through_node_a_ends_the_session_on_node_b_at_once() {
    let Some((pg, nats)) = services() else { return };
    let (_dir, a, b) = two_nodes(&pg, &nats).await;

    let on_a = login(&a, "cm@demo.test").await;
    let on_b = Session {
        http: reqwest::Client::new(),
        base: b.base.clone(),
        token: on_a.token.clone(),
        id: on_a.id,
    };
    // Node B has verified the token, so it holds the session in its cache, and has a socket
    // open with it.
    on_b.get("/conversations").await;
    let mut socket = events(&b, &on_b, None).await;

    let (status, answer) = on_a.post("/auth/logout", json!({})).await;
    assert!((200..300).contains(&status), "logout: {status} {answer}");
    // Node B closes the socket as soon as it hears of the logout: well before its own periodic
    // check of the session (30 s) would have found it gone.
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match socket.next().await {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                Some(Ok(_)) => {}
                other => panic!("the socket ended without a close frame: {other:?}"),
            }
        }
    })
    .await
    .expect("node B kept the logged-out session's socket open");
    assert_eq!(closed, Some(4401));
    // And the token no longer works there, though node B had it cached a moment ago.
    let (status, answer) = on_b
        .call(reqwest::Method::GET, "/conversations", None)
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (401, Some("unauthorized")),
        "{answer}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nul_character_is_refused_as_bad_input_on_postgresql() {
    let Some((pg, nats)) = services() else { return };
    let database = fresh_database(&pg).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let a = Node::start("A", &dir.path().join("a"), &database, Some(&nats));

    let guest = login(&a, "guest@demo.test").await;
    let cm = login(&a, "cm@demo.test").await;
    let conversation = cm.conversation_with(guest.id).await;
    // PostgreSQL's text cannot hold NUL: each of these answered 500 `internal`.
    let (status, answer) = cm
        .post(
            &format!("/conversations/{conversation}/messages"),
            json!({"body": "avant\u{0}après"}),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("invalid_text")),
        "{answer}"
    );
    let (status, answer) = cm
        .post(
            "/conversations",
            json!({"title": "a\u{0}", "members": [guest.id]}),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("invalid_text")),
        "{answer}"
    );
    // Before any login: the account lookup itself.
    let response = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/login", a.base))
        .json(&json!({"workspace": "demo", "email": "cm\u{0}@demo.test", "password": "x"}))
        .send()
        .await
        .expect("login");
    assert_eq!(response.status().as_u16(), 422);
    // Nothing was stored, and the conversation still works.
    let history = guest
        .get(&format!("/conversations/{conversation}/messages"))
        .await;
    assert_eq!(history.as_array().map(Vec::len), Some(0), "{history}");
    cm.send(conversation, "Bonjour sans caractère nul.", None)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_deployments_sharing_a_nats_server_never_receive_each_others_events() {
    let Some((pg, nats)) = services() else { return };
    // Two deployments: their own database and key file, one NATS server.
    let (database_x, database_y) = (fresh_database(&pg).await, fresh_database(&pg).await);
    let (dir_x, dir_y) = (
        tempfile::tempdir().expect("tempdir"),
        tempfile::tempdir().expect("tempdir"),
    );
    let x = Node::start("X", &dir_x.path().join("a"), &database_x, Some(&nats));
    let y = Node::start("Y", &dir_y.path().join("a"), &database_y, Some(&nats));

    let guest_x = login(&x, "guest@demo.test").await;
    let cm_x = login(&x, "cm@demo.test").await;
    let guest_y = login(&y, "guest@demo.test").await;
    let cm_y = login(&y, "cm@demo.test").await;
    // Both were seeded alike, so the same user ids: events were told apart by nothing else.
    assert_eq!(guest_x.id, guest_y.id);
    let conversation_x = cm_x.conversation_with(guest_x.id).await;
    let conversation_y = cm_y.conversation_with(guest_y.id).await;
    let mut socket = events(&x, &guest_x, None).await;

    let foreign = "Message confidentiel de l'autre déploiement.";
    cm_y.send(conversation_y, foreign, None).await;
    let first = cm_x
        .send(conversation_x, "Premier message d'ici.", None)
        .await;
    let last = cm_x
        .send(conversation_x, "Second message d'ici.", None)
        .await;
    let mut seen = Vec::new();
    loop {
        let raw = next_raw(&mut socket).await;
        assert!(!raw.contains(foreign), "another deployment's event: {raw}");
        let frame: Value = serde_json::from_str(&raw).expect("event JSON");
        seen.push(frame["message"]["id"].clone());
        if frame["message"]["id"] == last {
            break;
        }
    }
    assert_eq!(seen, vec![json!(first), json!(last)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_nats_loses_no_message_and_clients_resume_from_their_last_id() {
    let Some((pg, _)) = services() else { return };
    let database = fresh_database(&pg).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut nats = OwnNats::start();
    let a = Node::start("A", &dir.path().join("a"), &database, Some(&nats.url()));
    let b = Node::start("B", &dir.path().join("b"), &database, Some(&nats.url()));

    let guest = login(&a, "guest@demo.test").await;
    let cm = login(&b, "cm@demo.test").await;
    let conversation = cm.conversation_with(guest.id).await;

    // Live delivery works, and the guest remembers the last id it saw.
    let mut socket = events(&a, &guest, None).await;
    let seen = cm.send(conversation, "Avant la coupure.", None).await;
    let (frame, _) = event_about(&mut socket, seen).await;
    assert_eq!(frame["type"], "message.created");
    drop(socket);

    // NATS goes away for about three seconds; every send is still acknowledged and stored.
    nats.stop();
    let mut missed = Vec::new();
    for i in 0..6 {
        missed.push(
            cm.send(conversation, &format!("Pendant la coupure {i}."), None)
                .await,
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    // A message the guest saw is removed meanwhile: resuming must bring its tombstone.
    let (status, answer) = cm
        .post(
            &format!("/messages/{seen}/unsend"),
            json!({"reason": "typo"}),
        )
        .await;
    assert_eq!(status, 200, "unsend during the outage: {answer}");
    nats.restart();

    let history = guest
        .get(&format!("/conversations/{conversation}/messages?limit=200"))
        .await;
    let stored: Vec<i64> = history
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|m| m["id"].as_i64())
        .collect();
    for id in &missed {
        assert!(stored.contains(id), "message {id} lost: {history}");
    }

    // The guest reconnects with the last id it saw and gets what it missed, oldest first.
    let mut socket = events(&a, &guest, Some(seen)).await;
    let mut created = Vec::new();
    let mut tombstone = None;
    loop {
        let raw = next_raw(&mut socket).await;
        let frame: Value = serde_json::from_str(&raw).expect("event JSON");
        match frame["type"].as_str() {
            Some("resume.done") => break,
            Some("message.created") if frame["conversation_id"] == conversation => {
                created.push(frame["message"]["id"].as_i64().expect("id"))
            }
            Some("message.unsent") if frame["message"]["id"] == seen => {
                assert!(!raw.contains("Avant la coupure"), "{raw}");
                tombstone = Some(frame);
            }
            _ => {}
        }
    }
    assert_eq!(created, missed, "replay after since={seen}");
    let tombstone = tombstone.expect("the tombstone of the message removed during the outage");
    assert!(tombstone["message"]["body"].is_null());

    // Live events flow again once the nodes have reconnected to NATS (probe until one arrives).
    let deadline = Instant::now() + PATIENCE;
    loop {
        let probe = cm.send(conversation, "Après la coupure.", None).await;
        let arrived = tokio::time::timeout(Duration::from_secs(2), event_about(&mut socket, probe))
            .await
            .is_ok();
        if arrived {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no live event after NATS came back"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_demo_nodes_started_together_seed_the_demo_once() {
    let Some((pg, _)) = services() else { return };
    let database = fresh_database(&pg).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, ready_a) = spawn_node("A", &dir.path().join("a"), &database, None);
    let (b, ready_b) = spawn_node("B", &dir.path().join("b"), &database, None);
    let a = a.ready(ready_a);
    let b = b.ready(ready_b);

    let owner = login(&a, "owner@demo.test").await;
    let users = owner.get("/users").await;
    assert_eq!(users.as_array().map(Vec::len), Some(6), "{users}");
    let cm = login(&b, "cm@demo.test").await;
    let conversations = cm.get("/conversations").await;
    assert_eq!(
        conversations.as_array().map(Vec::len),
        Some(3),
        "{conversations}"
    );
}

/// Runs `retract serve` expecting a start-up failure; returns its non-empty stderr lines.
fn failing_start(env: &[(&str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_string_lossy().to_string();
    let child = retract(&["serve", "--data", &data, "--bind", "127.0.0.1:0"], env)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start retract");
    let (status, stderr) = exit_and_stderr(child, PATIENCE, &format!("serve with {env:?}"));
    assert!(!status.success(), "retract serve succeeded with {env:?}");
    stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn serve_fails_fast_with_one_clear_line_on_a_bad_database_or_nats_url() {
    let closed = format!("127.0.0.1:{}", free_port());
    let cases = [
        (
            vec![(
                "RETRACT_DATABASE_URL",
                format!("postgres://postgres@{closed}/test"),
            )],
            "PostgreSQL",
        ),
        (
            vec![("RETRACT_DATABASE_URL", "mysql://localhost/test".to_string())],
            "postgres://",
        ),
        (
            vec![("RETRACT_NATS_URL", format!("nats://{closed}"))],
            "cannot connect to NATS",
        ),
        (
            vec![("RETRACT_NATS_URL", "http://127.0.0.1:4222".to_string())],
            "nats://",
        ),
    ];
    for (env, expected) in cases {
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let lines = failing_start(&env);
        assert_eq!(lines.len(), 1, "{env:?}: {lines:?}");
        assert!(lines[0].contains(expected), "{env:?}: {lines:?}");
        assert!(lines[0].starts_with("retract: "), "{lines:?}");
    }
}
