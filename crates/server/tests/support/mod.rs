//! A real server on a loopback port over a real SQLite file, and small HTTP/WebSocket clients.

#![allow(dead_code)]

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use futures_util::StreamExt;
use retract_domain::{Role, UserId, WorkspaceId};
use retract_server::events::Hub;
use retract_server::{AppState, ServerConfig};
use retract_store::{NewUser, SqliteStore, Store};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

pub const PASSWORD: &str = "correct horse battery";

fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| retract_server::auth::hash_password(PASSWORD).expect("hash"))
}

pub struct TestServer {
    pub base: String,
    pub store: Arc<dyn Store>,
    pub ws: WorkspaceId,
    pub users: Vec<(String, UserId)>,
    pub data_dir: std::path::PathBuf,
    /// The server's own state, for background passes a test runs at a chosen instant.
    pub state: AppState,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

pub async fn add_workspace(store: &dyn Store, slug: &str) -> (WorkspaceId, Vec<(String, UserId)>) {
    let ws = store
        .create_workspace(slug, slug, 1)
        .await
        .expect("workspace");
    let mut users = Vec::new();
    for (name, role) in [
        ("owner", Role::Owner),
        ("lead", Role::Lead),
        ("cm", Role::Cm),
        ("auditor", Role::Auditor),
        ("exec", Role::Exec),
        ("guest", Role::Guest),
        ("lead2", Role::Lead),
        ("cm2", Role::Cm),
    ] {
        let email = format!("{name}@{slug}.test");
        let id = store
            .create_user(NewUser {
                workspace_id: ws,
                email: &email,
                name,
                role,
                password_hash: password_hash(),
                now: 1,
            })
            .await
            .expect("user");
        users.push((name.to_string(), id));
    }
    (ws, users)
}

pub async fn start() -> TestServer {
    start_with(ServerConfig::default()).await
}

pub async fn start_with(config: ServerConfig) -> TestServer {
    let data_dir = tempfile::tempdir().expect("tempdir").keep();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&data_dir).expect("sqlite"));
    let (ws, users) = add_workspace(store.as_ref(), "acme").await;
    let state = AppState::new(store.clone(), Arc::new(Hub::new()), config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(retract_server::serve(listener, state.clone(), async move {
        let _ = stopped.await;
    }));
    TestServer {
        base,
        store,
        ws,
        users,
        data_dir,
        state,
        stop: Some(stop),
    }
}

impl TestServer {
    pub fn id(&self, name: &str) -> UserId {
        self.users
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
            .expect("known user")
    }

    /// Logs several `acme` users in at once (each login hashes a password), in the order given.
    pub async fn logins<const N: usize>(&self, names: [&str; N]) -> [Client; N] {
        let clients = futures_util::future::join_all(names.map(|name| self.login(name))).await;
        match clients.try_into() {
            Ok(clients) => clients,
            Err(_) => unreachable!("join_all returns one client per name"),
        }
    }

    pub async fn login(&self, name: &str) -> Client {
        self.login_in("acme", &format!("{name}@acme.test")).await
    }

    pub async fn login_in(&self, workspace: &str, email: &str) -> Client {
        let http = reqwest::Client::new();
        let res = http
            .post(format!("{}/api/v1/auth/login", self.base))
            .json(&json!({"workspace": workspace, "email": email, "password": PASSWORD}))
            .send()
            .await
            .expect("login request");
        assert_eq!(res.status(), 200, "login of {email}");
        let body: Value = res.json().await.expect("login json");
        let token = body["token"].as_str().expect("token").to_string();
        Client {
            http,
            base: self.base.clone(),
            token,
        }
    }

    /// A conversation created by `creator` with the named members.
    pub async fn conversation(&self, creator: &Client, members: &[&str]) -> i64 {
        let ids: Vec<i64> = members.iter().map(|m| self.id(m).0).collect();
        let (status, body) = creator
            .post(
                "/api/v1/conversations",
                json!({"title": "Test", "members": ids}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body["id"].as_i64().expect("id")
    }
}

pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub token: String,
}

impl Client {
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .http
            .request(method, format!("{}{}", self.base, path))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("request");
        let status = res.status().as_u16();
        let text = res.text().await.expect("body");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }
    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.call(reqwest::Method::GET, path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.call(reqwest::Method::POST, path, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.call(reqwest::Method::PATCH, path, Some(body)).await
    }
    pub async fn send(&self, conversation: i64, text: &str) -> i64 {
        let (status, body) = self
            .post(
                &format!("/api/v1/conversations/{conversation}/messages"),
                json!({"body": text}),
            )
            .await;
        assert_eq!(status, 201, "{body}");
        body["id"].as_i64().expect("id")
    }
    pub async fn events(&self) -> Events {
        let url = format!(
            "{}/api/v1/events?token={}",
            self.base.replacen("http", "ws", 1),
            self.token
        );
        let (mut socket, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("websocket");
        let first = next_json(&mut socket).await;
        assert_eq!(first["type"], "ready");
        Events { socket }
    }
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub struct Events {
    socket: Socket,
}

async fn next_json(socket: &mut Socket) -> Value {
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("an event within 10 s")
            .expect("socket open")
            .expect("frame");
        if let Message::Text(text) = frame {
            return serde_json::from_str(&text).expect("json event");
        }
    }
}

impl Events {
    pub async fn next(&mut self) -> Value {
        next_json(&mut self.socket).await
    }
    /// The next event of `kind`, skipping others.
    pub async fn next_of(&mut self, kind: &str) -> Value {
        loop {
            let event = self.next().await;
            if event["type"] == kind {
                return event;
            }
        }
    }
    /// The code the server closes the socket with, skipping the events before it (`None`: the
    /// connection ended without a close frame).
    pub async fn close_code(&mut self) -> Option<u16> {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), self.socket.next())
                .await
                .expect("the socket closes within 10 s");
            match frame {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                Some(Ok(_)) => {}
                _ => return None,
            }
        }
    }
    /// Whether any frame arrives within a short wait (used to show that nothing was delivered).
    pub async fn nothing_within(&mut self, wait: Duration) -> bool {
        tokio::time::timeout(wait, self.socket.next())
            .await
            .is_err()
    }
}

/// A browser session of `name` in `acme`: cookies kept, redirects not followed.
pub async fn browser_login(server: &TestServer, name: &str) -> reqwest::Client {
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let email = format!("{name}@acme.test");
    let res = http
        .post(format!("{}/login", server.base))
        .form(&[
            ("workspace", "acme"),
            ("email", email.as_str()),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .expect("login");
    assert_eq!(res.status(), 303);
    http
}

/// A browser session of `name` in `acme` with its pages in `lang` (`fr` or `en`).
pub async fn browser_login_in(server: &TestServer, name: &str, lang: &str) -> reqwest::Client {
    let http = browser_login(server, name).await;
    let res = http
        .get(format!("{}/lang/{lang}?next=/inbox", server.base))
        .send()
        .await
        .expect("language");
    assert!(res.status().is_redirection());
    http
}

/// A page's status and HTML.
pub async fn page(http: &reqwest::Client, server: &TestServer, path: &str) -> (u16, String) {
    let res = http
        .get(format!("{}{path}", server.base))
        .send()
        .await
        .expect("page");
    let status = res.status().as_u16();
    (status, res.text().await.expect("page text"))
}
