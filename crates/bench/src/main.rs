//! `retract-bench`: a load benchmark for a live retract server on loopback (a separate process,
//! not a test). It measures what issue #3 ("Performance") asks for:
//!
//! 1. acknowledged sends per second (`201`s) with 1 and with 8 concurrent senders, each sender its
//!    own user and its own keep-alive HTTP connection, errors counted apart;
//! 2. delivery latency p50/p99 from the start of a send to each of 20 live WebSocket receivers in
//!    a 100-member room, at a fixed send rate (the send time is embedded in the body);
//! 3. unsend propagation p99: from the start of the unsend request to each of 100 receivers'
//!    `message.unsent` event, repeated;
//! 4. the server's resident memory (VmRSS) with 10,000 idle WebSocket connections open.
//!
//! It creates its own users (a random suffix per run) and one room through the public API, so it
//! can run against any `retract demo` server. It refuses any host but loopback.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use clap::Parser;
use futures_util::StreamExt;
use hdrhistogram::Histogram;
use reqwest::{StatusCode, Url};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio::sync::{Notify, Semaphore};
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Highest latency the histograms record (60 s, in microseconds); larger values are clamped.
const MAX_MICROS: u64 = 60_000_000;
/// How long any single HTTP request may take before it counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Bench users are created with this role: a member of the brand's team who may send and unsend.
const BENCH_ROLE: &str = "cm";

#[derive(Parser, Debug, Clone)]
#[command(
    name = "retract-bench",
    about = "Load benchmark against a live retract server on loopback"
)]
struct Args {
    /// Base URL of the server; only loopback hosts are accepted.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// Workspace slug to benchmark in.
    #[arg(long, default_value = "demo")]
    workspace: String,
    /// An owner or lead of the workspace (creates the bench users and the room).
    #[arg(long, default_value = "lead@demo.test")]
    admin_email: String,
    #[arg(long, default_value = "demo-password")]
    admin_password: String,
    /// Members of the bench room (besides the admin who creates it).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(20..=1000))]
    users: u32,
    /// Logins and user creations in flight at once (argon2 makes each one slow-ish).
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=64))]
    setup_concurrency: u32,
    /// Duration of each sends/s phase (1 and 8 senders), in seconds.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    seconds: u64,
    /// Concurrent senders of the second sends/s phase.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
    senders: u32,
    /// WebSocket receivers for the delivery latency phase.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=100))]
    receivers: u32,
    /// Send rate of the delivery latency phase, messages per second.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=5000))]
    rate: u32,
    /// Duration of the delivery latency phase, in seconds.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=60))]
    delivery_seconds: u64,
    /// Unsends measured in the propagation phase (each by a different bench user where possible).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=500))]
    unsends: u32,
    /// Idle WebSocket connections opened for the memory phase (0 skips it).
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(0..=50_000))]
    connections: u32,
    /// The server's process id, to read its VmRSS; found from the listening port when omitted.
    #[arg(long)]
    server_pid: Option<u32>,
    /// Print the results as one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// Comma-separated phases to run: sends, delivery, unsend, rss.
    #[arg(long, default_value = "sends,delivery,unsend,rss")]
    phases: String,
    /// Turn the workspace's prevention rules on before measuring: a confidential lexicon of
    /// `--rules-terms` terms, blocked and brand domains, approval of any link, a sensitive
    /// conversation and a member in onboarding. The messages sent stay clean (they are still
    /// delivered at once), so the run measures what the rules cost on the send path. This changes
    /// the workspace's settings: run it against a throwaway server.
    #[arg(long)]
    rules: bool,
    /// Confidential terms set by `--rules`.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=20_000))]
    rules_terms: u32,
}

/// One line of the results table.
struct Row {
    metric: String,
    value: String,
    target: String,
    json_key: String,
    json_value: Value,
}

fn row(metric: &str, value: String, target: &str, key: &str, json_value: Value) -> Row {
    Row {
        metric: metric.to_string(),
        value,
        target: target.to_string(),
        json_key: key.to_string(),
        json_value,
    }
}

#[derive(Clone)]
struct Member {
    id: Value,
    token: String,
}

struct Env {
    /// `--rules`: a send the guard allowed must come back `delivered` (one held by an approval
    /// trigger counts as an error).
    rules: bool,
    /// The server's process (for its CPU time per send), when found.
    server_pid: Option<u32>,
    base: Url,
    ws_base: String,
    members: Vec<Member>,
    room: Value,
    run_tag: String,
    /// Origin of the timestamps embedded in message bodies (same process, monotonic).
    epoch: Instant,
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let base = loopback_url(&args.url)?;
    let phases: Vec<&str> = args.phases.split(',').map(str::trim).collect();
    for p in &phases {
        if !["sends", "delivery", "unsend", "rss"].contains(p) {
            bail!("unknown phase {p:?} (expected sends, delivery, unsend, rss)");
        }
    }
    let nofile = raise_nofile()?;
    if phases.contains(&"rss") && nofile < u64::from(args.connections) + 1000 {
        bail!(
            "this process may open only {nofile} files; {} WebSocket connections need more \
             (raise the hard limit with `ulimit -Hn 65536` as root, or pass --connections)",
            args.connections
        );
    }

    let env = setup(&args, base).await?;
    let mut rows = Vec::new();
    if phases.contains(&"sends") {
        for senders in [1, args.senders] {
            rows.extend(sends_phase(&env, senders, args.seconds).await?);
        }
    }
    if phases.contains(&"delivery") {
        rows.extend(delivery_phase(&env, &args).await?);
    }
    if phases.contains(&"unsend") {
        rows.extend(unsend_phase(&env, &args).await?);
    }
    if phases.contains(&"rss") && args.connections > 0 {
        rows.extend(rss_phase(&env, &args).await?);
    }
    report(&args, &rows);
    Ok(())
}

/// Parses `--url` and refuses anything that is not loopback: this tool floods its target.
fn loopback_url(raw: &str) -> Result<Url> {
    let url = Url::parse(raw).with_context(|| format!("--url {raw:?} is not a URL"))?;
    if url.scheme() != "http" {
        bail!(
            "--url must be plain http:// (loopback only), not {}://",
            url.scheme()
        );
    }
    let host = url
        .host_str()
        .ok_or_else(|| anyhow!("--url {raw:?} has no host"))?;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = bare.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        bail!(
            "refusing to benchmark {host}: retract-bench only targets loopback \
             (127.0.0.0/8, ::1 or localhost)"
        );
    }
    Ok(url)
}

/// Raises this process's open-files soft limit to its hard limit; returns the new soft limit.
fn raise_nofile() -> Result<u64> {
    let (_, hard) = rlimit::Resource::NOFILE
        .get()
        .context("cannot read RLIMIT_NOFILE")?;
    rlimit::increase_nofile_limit(hard).context("cannot raise RLIMIT_NOFILE")
}

fn run_tag() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    // Letters only: the tag goes into message bodies, where digits could look like PII.
    let mut n = (nanos as u64) ^ (u64::from(std::process::id()) << 40);
    let mut tag = String::new();
    for _ in 0..8 {
        tag.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    tag
}

/// The digits of [`letters`]: consonants that spell no word, abbreviation or slur in French or
/// English (with all 26 letters, counting spelled out "spic" and the guard rightly blocked it).
const LETTER_DIGITS: &[u8; 8] = b"bdhjmqvz";

/// Encodes a number with letters only (least significant first), so bodies carry no digit
/// strings for the guard to flag.
fn letters(mut n: u64) -> String {
    let base = LETTER_DIGITS.len() as u64;
    let mut out = String::new();
    loop {
        out.push(char::from(LETTER_DIGITS[(n % base) as usize]));
        n /= base;
        if n == 0 {
            return out;
        }
    }
}

fn unletters(s: &str) -> Option<u64> {
    let mut n: u64 = 0;
    for b in s.bytes().rev() {
        let digit = LETTER_DIGITS.iter().position(|&d| d == b)?;
        n = n
            .checked_mul(LETTER_DIGITS.len() as u64)?
            .checked_add(digit as u64)?;
    }
    Some(n)
}

fn client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(REQUEST_TIMEOUT)
        .pool_max_idle_per_host(1)
        .tcp_nodelay(true)
        .build()
        .context("cannot build an HTTP client")
}

fn endpoint(base: &Url, path: &str) -> Result<Url> {
    base.join(path)
        .with_context(|| format!("cannot build a URL for {path}"))
}

/// The path form of an id from the API (a number or a string).
fn id_path(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One keep-alive HTTP/1.1 connection driven by hyper's connection API, for the sends phases.
///
/// The load generator shares the machine's two cores with the server it measures: through
/// reqwest (pool, timeouts, redirect policy) a send cost the client about 30 µs of CPU, a third
/// of what the server spent on it. A bare connection keeps that CPU for the server.
struct SendConnection {
    sender: hyper::client::conn::http1::SendRequest<http_body_util::Full<bytes::Bytes>>,
    host: String,
}

impl SendConnection {
    async fn open(url: &Url) -> Result<SendConnection> {
        let host = url.host_str().context("the URL has no host")?.to_string();
        let port = url.port_or_known_default().context("the URL has no port")?;
        let stream = TcpStream::connect((host.as_str(), port))
            .await
            .with_context(|| format!("cannot connect to {host}:{port}"))?;
        stream.set_nodelay(true)?;
        let (sender, connection) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
                .await
                .context("HTTP handshake failed")?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                eprintln!("bench connection closed: {e}");
            }
        });
        Ok(SendConnection {
            sender,
            host: format!("{host}:{port}"),
        })
    }

    /// POSTs a JSON body with an `Authorization` value; returns the status and, when `parse` is
    /// set or the request failed, the parsed answer (reading a `201`'s JSON is skipped otherwise:
    /// it would be the load generator's largest cost per send).
    async fn post(
        &mut self,
        path: &str,
        authorization: &str,
        body: Vec<u8>,
        parse: bool,
    ) -> Result<(StatusCode, Option<Value>)> {
        let request = hyper::Request::post(path)
            .header(hyper::header::HOST, &self.host)
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .header(hyper::header::AUTHORIZATION, authorization)
            .body(http_body_util::Full::new(bytes::Bytes::from(body)))
            .context("cannot build the request")?;
        let exchange = async {
            self.sender.ready().await?;
            let response = self.sender.send_request(request).await?;
            let status = response.status();
            let body = http_body_util::BodyExt::collect(response.into_body())
                .await?
                .to_bytes();
            Ok::<_, hyper::Error>((status, body))
        };
        let (status, body) = tokio::time::timeout(REQUEST_TIMEOUT, exchange)
            .await
            .context("request timed out")?
            .with_context(|| format!("POST {path} failed"))?;
        if !parse && status == StatusCode::CREATED {
            return Ok((status, None));
        }
        let value = serde_json::from_slice(&body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()));
        Ok((status, Some(value)))
    }
}

async fn post_json(
    http: &reqwest::Client,
    url: Url,
    token: Option<&str>,
    body: &Value,
) -> Result<(StatusCode, Value)> {
    let mut req = http.post(url.clone()).json(body);
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    let resp = req
        .send()
        .await
        .with_context(|| format!("POST {url} failed"))?;
    let status = resp.status();
    let text = resp.text().await.unwrap_or_default();
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok((status, value))
}

async fn login(
    http: &reqwest::Client,
    base: &Url,
    workspace: &str,
    email: &str,
    password: &str,
) -> Result<Member> {
    let (status, body) = post_json(
        http,
        endpoint(base, "/api/v1/auth/login")?,
        None,
        &json!({"workspace": workspace, "email": email, "password": password}),
    )
    .await?;
    if status != StatusCode::OK {
        bail!("login of {email} answered {status}: {body}");
    }
    let token = body
        .get("token")
        .and_then(Value::as_str)
        .ok_or_else(|| anyhow!("login of {email}: no token in {body}"))?
        .to_string();
    let id = body
        .get("user")
        .and_then(|u| u.get("id"))
        .cloned()
        .ok_or_else(|| anyhow!("login of {email}: no user id in {body}"))?;
    Ok(Member { id, token })
}

/// Creates the bench users and the room, and logs every user in (bounded concurrency).
async fn setup(args: &Args, base: Url) -> Result<Env> {
    let started = Instant::now();
    let http = client()?;
    let health = http
        .get(endpoint(&base, "/healthz")?)
        .send()
        .await
        .with_context(|| format!("the server at {base} does not answer"))?;
    if !health.status().is_success() {
        bail!("{base}healthz answered {}", health.status());
    }
    let admin = login(
        &http,
        &base,
        &args.workspace,
        &args.admin_email,
        &args.admin_password,
    )
    .await
    .context("admin login")?;
    let tag = run_tag();
    let password = format!("bench-{tag}-pw");
    let limit = Arc::new(Semaphore::new(args.setup_concurrency as usize));
    let mut tasks = Vec::new();
    for i in 0..args.users {
        let (http, base, limit) = (http.clone(), base.clone(), limit.clone());
        let (admin_token, password) = (admin.token.clone(), password.clone());
        let workspace = args.workspace.clone();
        let email = format!("bench-{tag}-{i}@bench.test");
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire().await?;
            let (status, body) = post_json(
                &http,
                endpoint(&base, "/api/v1/users")?,
                Some(&admin_token),
                &json!({"email": email, "name": format!("Bench {i}"), "role": BENCH_ROLE, "password": password}),
            )
            .await?;
            if status != StatusCode::CREATED {
                bail!("creating {email} answered {status}: {body}");
            }
            login(&http, &base, &workspace, &email, &password).await
        }));
    }
    let mut members = Vec::with_capacity(tasks.len());
    for task in tasks {
        members.push(task.await.context("setup task panicked")??);
    }
    let ids: Vec<Value> = members.iter().map(|m| m.id.clone()).collect();
    let (status, body) = post_json(
        &http,
        endpoint(&base, "/api/v1/conversations")?,
        Some(&admin.token),
        &json!({"title": format!("bench {tag}"), "members": ids}),
    )
    .await?;
    if status != StatusCode::CREATED {
        bail!("creating the bench room answered {status}: {body}");
    }
    let room = body
        .get("id")
        .cloned()
        .ok_or_else(|| anyhow!("no conversation id in {body}"))?;
    if args.rules {
        turn_rules_on(args, &http, &base, &admin, &members, &tag).await?;
    }
    let mut ws_base = base.clone();
    ws_base
        .set_scheme("ws")
        .map_err(|_| anyhow!("cannot make a ws:// URL from {base}"))?;
    let ws_base = endpoint(&ws_base, "/api/v1/events")?.to_string();
    eprintln!(
        "setup: {} users created and logged in, room {} ({:.1} s)",
        members.len(),
        id_path(&room),
        started.elapsed().as_secs_f64()
    );
    let server_pid = args
        .server_pid
        .or_else(|| base.port_or_known_default().and_then(pid_listening_on));
    Ok(Env {
        rules: args.rules,
        server_pid,
        base,
        ws_base,
        members,
        room,
        run_tag: tag,
        epoch: Instant::now(),
    })
}

fn histogram() -> Result<Histogram<u64>> {
    Histogram::new_with_bounds(1, MAX_MICROS, 3).context("cannot create a histogram")
}

fn record(hist: &mut Histogram<u64>, elapsed: Duration) {
    let micros = u64::try_from(elapsed.as_micros())
        .unwrap_or(MAX_MICROS)
        .clamp(1, MAX_MICROS);
    hist.saturating_record(micros);
}

fn ms(micros: u64) -> f64 {
    micros as f64 / 1000.0
}

/// `--rules`: the guard's lists and every approval trigger on, none of which a clean bench
/// message trips (no link, no term, not the sensitive room, not the member in onboarding).
async fn turn_rules_on(
    args: &Args,
    http: &reqwest::Client,
    base: &Url,
    admin: &Member,
    members: &[Member],
    tag: &str,
) -> Result<()> {
    let terms: Vec<String> = (0..u64::from(args.rules_terms))
        .map(|i| {
            let family = ["Projet", "Embargo", "Formule", "Lancement"][(i % 4) as usize];
            format!("{family} {}", letters(i * 7919 + 1000))
        })
        .collect();
    let blocked: Vec<String> = (0..200u64)
        .map(|i| format!("phish-{}.example", letters(i + 500)))
        .collect();
    let sensitive_members: Vec<Value> = members.iter().take(2).map(|m| m.id.clone()).collect();
    let (status, body) = post_json(
        http,
        endpoint(base, "/api/v1/conversations")?,
        Some(&admin.token),
        &json!({"title": format!("bench sensitive {tag}"), "members": sensitive_members}),
    )
    .await?;
    if status != StatusCode::CREATED {
        bail!("creating the sensitive room answered {status}: {body}");
    }
    let sensitive = body
        .get("id")
        .cloned()
        .ok_or_else(|| anyhow!("no conversation id in {body}"))?;
    let patch = json!({
        "confidential_terms": terms,
        "blocked_domains": blocked,
        "brand_domains": ["retract-demo.example", "shop.retract-demo.example", "boutique.example"],
        "approve_links": true,
        "sensitive_conversations": [sensitive],
        "onboarding_members": [admin.id],
    });
    let resp = http
        .patch(endpoint(base, "/api/v1/workspace/settings")?)
        .bearer_auth(&admin.token)
        .json(&patch)
        .send()
        .await
        .context("PATCH /workspace/settings failed")?;
    let status = resp.status();
    if status != StatusCode::OK {
        let text = resp.text().await.unwrap_or_default();
        bail!("turning the rules on answered {status}: {text}");
    }
    eprintln!(
        "rules on: {} confidential terms, {} blocked domains, 3 brand domains, link approval, \
         1 sensitive conversation, 1 member in onboarding",
        terms.len(),
        blocked.len()
    );
    Ok(())
}

/// Phase 1: `senders` tasks, each its own user and connection, send as fast as they are
/// acknowledged for `seconds`.
async fn sends_phase(env: &Env, senders: u32, seconds: u64) -> Result<Vec<Row>> {
    let messages_url = endpoint(
        &env.base,
        &format!("/api/v1/conversations/{}/messages", id_path(&env.room)),
    )?;
    let senders_list: Vec<(Member, String)> = (0..senders)
        .map(|s| {
            let member = env.members[s as usize % env.members.len()].clone();
            (member, format!("{}{}", env.run_tag, letters(u64::from(s))))
        })
        .collect();
    let must_deliver = env.rules;
    let started = Instant::now();
    let cpu_before = env.server_pid.and_then(cpu_ticks);
    let own_cpu_before = own_cpu_ticks();
    // The senders share one thread of their own: on this two-core machine every cross-thread
    // wake-up of the load generator is CPU taken from the server it measures.
    let outcome = tokio::task::spawn_blocking(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("cannot start the senders' runtime")?
            .block_on(run_senders(
                messages_url,
                senders_list,
                seconds,
                must_deliver,
            ))
    })
    .await
    .context("the senders' thread panicked")??;
    let SendTally {
        ok,
        errors,
        hist,
        first_error,
    } = outcome;
    if let Some(first) = first_error {
        eprintln!("sends ({senders} senders): first error: {first}");
    }
    let elapsed = started.elapsed().as_secs_f64();
    let cpu_after = env.server_pid.and_then(cpu_ticks);
    let own_cpu_after = own_cpu_ticks();
    let rate = ok as f64 / elapsed;
    // Server CPU time per acknowledged send: less sensitive than sends/s to other load on the
    // machine (the bench itself included).
    let cpu_per_send = micros_per_send(cpu_before, cpu_after, ok);
    let bench_cpu_per_send = micros_per_send(own_cpu_before, own_cpu_after, ok);
    eprintln!(
        "sends: {senders} sender(s): {ok} acknowledged, {errors} errors in {elapsed:.1} s → {rate:.0}/s"
    );
    let key = format!("sends_{senders}");
    // The throughput target is for concurrent senders: one sender waits for each durable
    // acknowledgement before the next send, so its rate is 1 / round-trip latency.
    let target = if senders > 1 {
        "≥ 20000 /s"
    } else {
        "(latency-bound)"
    };
    Ok(vec![
        row(
            &format!("acknowledged sends/s, {senders} sender(s)"),
            format!("{rate:.0} /s  ({ok} ok, {errors} errors)"),
            target,
            &key,
            json!({"senders": senders, "per_second": rate, "ok": ok, "errors": errors, "seconds": elapsed}),
        ),
        row(
            &format!("  send ack latency p50/p99, {senders} sender(s)"),
            format!(
                "{:.2} / {:.2} ms",
                ms(hist.value_at_quantile(0.5)),
                ms(hist.value_at_quantile(0.99))
            ),
            "",
            &format!("{key}_ack_latency_ms"),
            json!({"p50": ms(hist.value_at_quantile(0.5)), "p99": ms(hist.value_at_quantile(0.99)), "max": ms(hist.max())}),
        ),
        row(
            &format!("  server CPU per acknowledged send, {senders} sender(s)"),
            cpu_per_send.map_or_else(|| "n/a".to_string(), |us| format!("{us:.0} µs")),
            "",
            &format!("{key}_server_cpu_us"),
            json!(cpu_per_send),
        ),
        row(
            &format!("  load generator CPU per send, {senders} sender(s)"),
            bench_cpu_per_send.map_or_else(|| "n/a".to_string(), |us| format!("{us:.0} µs")),
            "",
            &format!("{key}_bench_cpu_us"),
            json!(bench_cpu_per_send),
        ),
    ])
}

/// What the senders of one sends phase got back.
struct SendTally {
    ok: u64,
    errors: u64,
    hist: Histogram<u64>,
    first_error: Option<String>,
}

/// Runs one task per sender, each on its own connection, until `seconds` have passed.
async fn run_senders(
    messages_url: Url,
    senders: Vec<(Member, String)>,
    seconds: u64,
    must_deliver: bool,
) -> Result<SendTally> {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let count = senders.len();
    let mut tasks = Vec::new();
    for (member, tag) in senders {
        let url = messages_url.clone();
        tasks.push(tokio::spawn(async move {
            let mut connection = SendConnection::open(&url).await?;
            let path = url.path().to_string();
            let authorization = format!("Bearer {}", member.token);
            let mut hist = histogram()?;
            let (mut ok, mut errors) = (0u64, 0u64);
            let mut first_error = None;
            let mut n = 0u64;
            while Instant::now() < deadline {
                n += 1;
                let seq = letters(n);
                let body = json!({
                    "body": format!("bench load message {seq} from sender {tag}"),
                    "client_id": format!("load-{count}-{tag}-{seq}"),
                })
                .to_string()
                .into_bytes();
                let t0 = Instant::now();
                match connection
                    .post(&path, &authorization, body, must_deliver)
                    .await
                {
                    // A clean message held although the guard allowed it: a rule misfired.
                    Ok((StatusCode::CREATED, Some(answer)))
                        if answer.get("verdict") == Some(&json!("allow"))
                            && answer.get("status") != Some(&json!("delivered")) =>
                    {
                        errors += 1;
                        first_error.get_or_insert_with(|| format!("held: {answer}"));
                    }
                    Ok((StatusCode::CREATED, _)) => {
                        ok += 1;
                        record(&mut hist, t0.elapsed());
                    }
                    Ok((status, body)) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| format!("{status}: {body:?}"));
                    }
                    Err(e) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| format!("{e:#}"));
                    }
                }
            }
            anyhow::Ok((ok, errors, hist, first_error))
        }));
    }
    let mut tally = SendTally {
        ok: 0,
        errors: 0,
        hist: histogram()?,
        first_error: None,
    };
    for task in tasks {
        let (ok, errors, hist, first) = task.await.context("sender task panicked")??;
        tally.ok += ok;
        tally.errors += errors;
        tally.hist.add(&hist).context("merging histograms")?;
        if tally.first_error.is_none() {
            tally.first_error = first;
        }
    }
    Ok(tally)
}

/// `/proc/<pid>/stat` counts CPU time in clock ticks, 100 per second on Linux (`USER_HZ`).
const CLOCK_TICKS_PER_SECOND: f64 = 100.0;

/// CPU microseconds per acknowledged send between two readings in clock ticks.
fn micros_per_send(before: Option<u64>, after: Option<u64>, sends: u64) -> Option<f64> {
    match (before, after) {
        (Some(b), Some(a)) if sends > 0 => {
            Some(a.saturating_sub(b) as f64 * 1_000_000.0 / CLOCK_TICKS_PER_SECOND / sends as f64)
        }
        _ => None,
    }
}

/// User plus system CPU time of `pid`, in clock ticks.
fn cpu_ticks(pid: u32) -> Option<u64> {
    stat_cpu_ticks(&format!("/proc/{pid}/stat"))
}

/// User plus system CPU time of this process (the load generator), in clock ticks.
fn own_cpu_ticks() -> Option<u64> {
    stat_cpu_ticks("/proc/self/stat")
}

fn stat_cpu_ticks(path: &str) -> Option<u64> {
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which may hold spaces) start at `state` (field 3);
    // utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Opens one event socket and waits for its `ready` frame.
async fn open_socket(ws_base: &str, token: &str) -> Result<Socket> {
    let url = format!("{ws_base}?token={token}");
    let (mut socket, _) = tokio::time::timeout(
        Duration::from_secs(30),
        tokio_tungstenite::connect_async(url),
    )
    .await
    .context("WebSocket handshake timed out")?
    .context("WebSocket handshake failed")?;
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(30), socket.next())
            .await
            .context("no ready frame within 30 s")?;
        match frame {
            Some(Ok(WsMessage::Text(text))) => {
                let v: Value = serde_json::from_str(&text).context("a non-JSON event frame")?;
                if v.get("type").and_then(Value::as_str) == Some("ready") {
                    return Ok(socket);
                }
            }
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err(e).context("WebSocket error before ready"),
            None => bail!("WebSocket closed before ready"),
        }
    }
}

/// Parses an event frame into (type, message id, message body).
fn parse_event(frame: &str) -> Option<(String, Value, Option<String>)> {
    let v: Value = serde_json::from_str(frame).ok()?;
    let kind = v.get("type")?.as_str()?.to_string();
    let message = v.get("message")?;
    let id = message.get("id")?.clone();
    let body = message
        .get("body")
        .and_then(Value::as_str)
        .map(str::to_string);
    Some((kind, id, body))
}

/// Phase 2: a sender at a fixed rate, `receivers` sockets recording the time from send start
/// (embedded in the body) to arrival.
async fn delivery_phase(env: &Env, args: &Args) -> Result<Vec<Row>> {
    let receivers = args.receivers as usize;
    let marker = format!("bench delivery {}", env.run_tag);
    let hist = Arc::new(Mutex::new(histogram()?));
    let received = Arc::new(AtomicU64::new(0));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut readers = Vec::new();
    // Receivers are members 1..=receivers; the sender is member 0.
    for r in 0..receivers {
        let member = &env.members[(r + 1) % env.members.len()];
        let mut socket = open_socket(&env.ws_base, &member.token).await?;
        let (hist, received, marker, epoch) =
            (hist.clone(), received.clone(), marker.clone(), env.epoch);
        let mut stop = stop_rx.clone();
        readers.push(tokio::spawn(async move {
            let mut local = Histogram::<u64>::new_with_bounds(1, MAX_MICROS, 3)
                .context("cannot create a histogram")?;
            loop {
                tokio::select! {
                    frame = socket.next() => match frame {
                        Some(Ok(WsMessage::Text(text))) => {
                            let now = epoch.elapsed();
                            let sent = parse_event(&text)
                                .filter(|(kind, _, _)| kind == "message.created")
                                .and_then(|(_, _, body)| body)
                                .and_then(|body| {
                                    body.strip_prefix(&marker)?
                                        .split_whitespace()
                                        .next()
                                        .and_then(unletters)
                                });
                            if let Some(sent) = sent {
                                record(&mut local, now.saturating_sub(Duration::from_micros(sent)));
                                received.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        Some(Ok(_)) => {}
                        Some(Err(e)) => return Err(e).context("receiver socket failed"),
                        None => bail!("receiver socket closed by the server"),
                    },
                    _ = stop.changed() => break,
                }
            }
            let _ = socket.close(None).await;
            if let Ok(mut h) = hist.lock() {
                h.add(&local).context("merging histograms")?;
            }
            anyhow::Ok(())
        }));
    }
    let sender = env.members[0].clone();
    let url = endpoint(
        &env.base,
        &format!("/api/v1/conversations/{}/messages", id_path(&env.room)),
    )?;
    let http = client()?;
    let total = u64::from(args.rate) * args.delivery_seconds;
    let mut ticker = tokio::time::interval(Duration::from_secs_f64(1.0 / f64::from(args.rate)));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let ok = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let mut sends = Vec::new();
    let started = Instant::now();
    for n in 0..total {
        ticker.tick().await;
        let sent_at = u64::try_from(env.epoch.elapsed().as_micros()).unwrap_or(u64::MAX);
        let body = json!({
            "body": format!("{marker} {} item {}", letters(sent_at), letters(n)),
            "client_id": format!("delivery-{}-{}", env.run_tag, letters(n)),
        });
        let (http, url, token, ok, errors) = (
            http.clone(),
            url.clone(),
            sender.token.clone(),
            ok.clone(),
            errors.clone(),
        );
        // Each send is its own task, so a slow answer does not delay the fixed schedule.
        sends.push(tokio::spawn(async move {
            match post_json(&http, url, Some(&token), &body).await {
                Ok((StatusCode::CREATED, _)) => ok.fetch_add(1, Ordering::Relaxed),
                _ => errors.fetch_add(1, Ordering::Relaxed),
            };
        }));
    }
    for s in sends {
        let _ = s.await;
    }
    let send_elapsed = started.elapsed().as_secs_f64();
    let expected = ok.load(Ordering::Relaxed) * receivers as u64;
    // Give the last events time to arrive.
    let wait_until = Instant::now() + Duration::from_secs(5);
    while received.load(Ordering::Relaxed) < expected && Instant::now() < wait_until {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let _ = stop_tx.send(true);
    for r in readers {
        r.await.context("receiver task panicked")??;
    }
    let hist = hist
        .lock()
        .map_err(|_| anyhow!("histogram lock poisoned"))?
        .clone();
    let got = received.load(Ordering::Relaxed);
    let (p50, p99, max) = (
        ms(hist.value_at_quantile(0.5)),
        ms(hist.value_at_quantile(0.99)),
        ms(hist.max()),
    );
    eprintln!(
        "delivery: {} sent ({} errors) in {send_elapsed:.1} s, {got}/{expected} deliveries, p50 {p50:.2} ms p99 {p99:.2} ms max {max:.2} ms",
        ok.load(Ordering::Relaxed),
        errors.load(Ordering::Relaxed)
    );
    Ok(vec![row(
        &format!(
            "delivery latency p50/p99 ({} msg/s, {receivers} receivers)",
            args.rate
        ),
        format!("{p50:.2} / {p99:.2} ms  ({got}/{expected} delivered)"),
        "p99 ≤ 5 ms",
        "delivery_latency_ms",
        json!({"p50": p50, "p99": p99, "max": max, "rate": args.rate, "receivers": receivers,
               "sent": ok.load(Ordering::Relaxed), "send_errors": errors.load(Ordering::Relaxed),
               "delivered": got, "expected": expected}),
    )])
}

/// What the unsend receivers share: when each unsend started, and who has seen it.
#[derive(Default)]
struct UnsendBoard {
    started: HashMap<String, Instant>,
    seen: HashMap<String, usize>,
}

/// Phase 3: every member listens; one message at a time is sent then unsent, and the time from
/// the unsend request's start to each member's `message.unsent` is recorded.
async fn unsend_phase(env: &Env, args: &Args) -> Result<Vec<Row>> {
    let board = Arc::new(Mutex::new(UnsendBoard::default()));
    let all_seen = Arc::new(Notify::new());
    let hist = Arc::new(Mutex::new(histogram()?));
    let receivers = env.members.len();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut readers = Vec::new();
    let limit = Arc::new(Semaphore::new(50));
    let mut opening = Vec::new();
    for member in &env.members {
        let (ws_base, token, limit) = (env.ws_base.clone(), member.token.clone(), limit.clone());
        opening.push(tokio::spawn(async move {
            let _permit = limit.acquire().await?;
            open_socket(&ws_base, &token).await
        }));
    }
    for task in opening {
        let mut socket = task.await.context("socket task panicked")??;
        let (board, all_seen, hist) = (board.clone(), all_seen.clone(), hist.clone());
        let mut stop = stop_rx.clone();
        readers.push(tokio::spawn(async move {
            loop {
                tokio::select! {
                    frame = socket.next() => match frame {
                        Some(Ok(WsMessage::Text(text))) => {
                            let now = Instant::now();
                            if let Some((kind, id, _)) = parse_event(&text) {
                                if kind == "message.unsent" {
                                    let key = id.to_string();
                                    let mut b = board.lock().map_err(|_| anyhow!("board lock poisoned"))?;
                                    if let Some(start) = b.started.get(&key).copied() {
                                        if let Ok(mut h) = hist.lock() {
                                            record(&mut h, now.saturating_duration_since(start));
                                        }
                                        let seen = b.seen.entry(key).or_default();
                                        *seen += 1;
                                        if *seen == receivers {
                                            all_seen.notify_one();
                                        }
                                    }
                                }
                            }
                        }
                        Some(Ok(_)) => {}
                        Some(Err(e)) => return Err(e).context("receiver socket failed"),
                        None => bail!("receiver socket closed by the server"),
                    },
                    _ = stop.changed() => break,
                }
            }
            let _ = socket.close(None).await;
            anyhow::Ok(())
        }));
    }
    let http = client()?;
    let messages_url = endpoint(
        &env.base,
        &format!("/api/v1/conversations/{}/messages", id_path(&env.room)),
    )?;
    let (mut done, mut not_immediate, mut incomplete) = (0u32, 0u32, 0u32);
    let mut request_hist = histogram()?;
    for i in 0..args.unsends {
        // A different author each time (members wrap after 100), so no author reaches the
        // "third unsend within 10 minutes" rule.
        let author = &env.members[i as usize % env.members.len()];
        let (status, body) = post_json(
            &http,
            messages_url.clone(),
            Some(&author.token),
            &json!({"body": format!("bench unsend {} item {}", env.run_tag, letters(u64::from(i))),
                    "client_id": format!("unsend-{}-{}", env.run_tag, letters(u64::from(i)))}),
        )
        .await?;
        if status != StatusCode::CREATED {
            bail!("sending the message to unsend answered {status}: {body}");
        }
        let id = body
            .get("id")
            .cloned()
            .ok_or_else(|| anyhow!("no message id in {body}"))?;
        // Let the message.created fan-out finish so it does not overlap the measurement.
        tokio::time::sleep(Duration::from_millis(20)).await;
        let key = id.to_string();
        let url = endpoint(
            &env.base,
            &format!("/api/v1/messages/{}/unsend", id_path(&id)),
        )?;
        let start = Instant::now();
        board
            .lock()
            .map_err(|_| anyhow!("board lock poisoned"))?
            .started
            .insert(key.clone(), start);
        let (status, body) = post_json(
            &http,
            url,
            Some(&author.token),
            &json!({"reason": "confidential"}),
        )
        .await?;
        record(&mut request_hist, start.elapsed());
        if status != StatusCode::OK {
            not_immediate += 1;
            eprintln!("unsend {i}: answered {status}: {body}");
            continue;
        }
        let waited = tokio::time::timeout(Duration::from_secs(5), async {
            loop {
                let notified = all_seen.notified();
                let seen = board
                    .lock()
                    .map(|b| b.seen.get(&key).copied().unwrap_or(0))
                    .unwrap_or(0);
                if seen >= receivers {
                    return;
                }
                notified.await;
            }
        })
        .await;
        if waited.is_err() {
            incomplete += 1;
        }
        done += 1;
    }
    let _ = stop_tx.send(true);
    for r in readers {
        r.await.context("receiver task panicked")??;
    }
    let hist = hist
        .lock()
        .map_err(|_| anyhow!("histogram lock poisoned"))?
        .clone();
    let (p50, p99, max) = (
        ms(hist.value_at_quantile(0.5)),
        ms(hist.value_at_quantile(0.99)),
        ms(hist.max()),
    );
    let (r50, r99) = (
        ms(request_hist.value_at_quantile(0.5)),
        ms(request_hist.value_at_quantile(0.99)),
    );
    eprintln!(
        "unsend: {done} unsent ({not_immediate} not immediate, {incomplete} not seen by all), {} observations, p50 {p50:.2} ms p99 {p99:.2} ms max {max:.2} ms; request p50 {r50:.2} p99 {r99:.2} ms",
        hist.len()
    );
    Ok(vec![
        row(
            &format!("unsend propagation p50/p99 ({receivers} receivers)"),
            format!(
                "{p50:.2} / {p99:.2} ms  ({done} unsends, {} observations)",
                hist.len()
            ),
            "p99 ≤ 10 ms",
            "unsend_propagation_ms",
            json!({"p50": p50, "p99": p99, "max": max, "receivers": receivers, "unsends": done,
                   "not_immediate": not_immediate, "incomplete": incomplete, "observations": hist.len()}),
        ),
        row(
            "  unsend request latency p50/p99",
            format!("{r50:.2} / {r99:.2} ms"),
            "",
            "unsend_request_ms",
            json!({"p50": r50, "p99": r99}),
        ),
    ])
}

/// Finds the process listening on `port` (same user only: it reads `/proc/<pid>/fd`).
fn pid_listening_on(port: u16) -> Option<u32> {
    let mut inodes = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let (Some(local), Some(state), Some(inode)) = (cols.get(1), cols.get(3), cols.get(9))
            else {
                continue;
            };
            let local_port = local
                .rsplit(':')
                .next()
                .and_then(|p| u16::from_str_radix(p, 16).ok());
            if *state == "0A" && local_port == Some(port) {
                inodes.push(format!("socket:[{inode}]"));
            }
        }
    }
    if inodes.is_empty() {
        return None;
    }
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Ok(target) = std::fs::read_link(fd.path()) {
                if inodes.iter().any(|i| target.to_str() == Some(i.as_str())) {
                    return Some(pid);
                }
            }
        }
    }
    None
}

/// VmRSS of `pid`, in KiB.
fn rss_kib(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("cannot read /proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| anyhow!("no VmRSS in /proc/{pid}/status"))
}

/// Phase 4: opens `--connections` idle sockets (reusing the members' tokens) and reads the
/// server's VmRSS before, with them open, and after closing them.
async fn rss_phase(env: &Env, args: &Args) -> Result<Vec<Row>> {
    let port = env
        .base
        .port_or_known_default()
        .ok_or_else(|| anyhow!("no port in {}", env.base))?;
    let pid = match args.server_pid {
        Some(pid) => pid,
        None => pid_listening_on(port).ok_or_else(|| {
            anyhow!("cannot find the process listening on port {port}; pass --server-pid")
        })?,
    };
    let before = rss_kib(pid)?;
    let started = Instant::now();
    let limit = Arc::new(Semaphore::new(256));
    let mut tasks = Vec::with_capacity(args.connections as usize);
    for i in 0..args.connections as usize {
        let token = env.members[i % env.members.len()].token.clone();
        let (ws_base, limit) = (env.ws_base.clone(), limit.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire().await?;
            open_socket(&ws_base, &token).await
        }));
    }
    let mut sockets = Vec::with_capacity(tasks.len());
    let mut failures = 0u32;
    let mut first_error = None;
    for task in tasks {
        match task.await {
            Ok(Ok(socket)) => sockets.push(socket),
            Ok(Err(e)) => {
                failures += 1;
                first_error.get_or_insert_with(|| format!("{e:#}"));
            }
            Err(e) => {
                failures += 1;
                first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    let open_secs = started.elapsed().as_secs_f64();
    if let Some(e) = &first_error {
        eprintln!("rss: {failures} connections failed; first: {e}");
    }
    // Let the server settle (allocations from the handshakes are freed or kept).
    tokio::time::sleep(Duration::from_secs(1)).await;
    let with = rss_kib(pid)?;
    let open = sockets.len();
    let mut closing = Vec::with_capacity(sockets.len());
    for mut socket in sockets {
        closing.push(tokio::spawn(async move {
            let _ = tokio::time::timeout(Duration::from_secs(5), socket.close(None)).await;
        }));
    }
    for c in closing {
        let _ = c.await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = rss_kib(pid)?;
    let mib = |kib: u64| kib as f64 / 1024.0;
    let per_conn = if open > 0 {
        (with.saturating_sub(before)) as f64 / open as f64
    } else {
        0.0
    };
    eprintln!(
        "rss: pid {pid}: {:.1} MiB before, {:.1} MiB with {open} sockets ({failures} failed, opened in {open_secs:.1} s), {:.1} MiB after closing; {per_conn:.1} KiB/connection",
        mib(before),
        mib(with),
        mib(after)
    );
    Ok(vec![
        row(
            &format!("server RSS with {open} idle WebSockets"),
            format!(
                "{:.1} MiB  (before {:.1}, after close {:.1}; {per_conn:.1} KiB/conn)",
                mib(with),
                mib(before),
                mib(after)
            ),
            "≤ 300 MB",
            "rss",
            json!({"pid": pid, "connections": open, "failed": failures, "rss_mib": mib(with),
                   "before_mib": mib(before), "after_close_mib": mib(after), "kib_per_connection": per_conn,
                   "open_seconds": open_secs}),
        ),
        row(
            "  connections opened per second",
            format!("{:.0} /s", open as f64 / open_secs.max(0.001)),
            "",
            "rss_connect_per_second",
            json!(open as f64 / open_secs.max(0.001)),
        ),
    ])
}

fn report(args: &Args, rows: &[Row]) {
    if args.json {
        let mut out = serde_json::Map::new();
        out.insert("url".into(), json!(args.url));
        out.insert("rules".into(), json!(args.rules));
        for r in rows {
            out.insert(r.json_key.clone(), r.json_value.clone());
        }
        println!("{}", Value::Object(out));
        return;
    }
    let w0 = rows
        .iter()
        .map(|r| r.metric.chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    let w1 = rows
        .iter()
        .map(|r| r.value.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    println!("{:<w0$} | {:<w1$} | target", "metric", "measured");
    println!(
        "{}-|-{}-|-{}",
        "-".repeat(w0),
        "-".repeat(w1),
        "-".repeat(12)
    );
    for r in rows {
        println!("{:<w0$} | {:<w1$} | {}", r.metric, r.value, r.target);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_non_loopback_hosts() {
        assert!(loopback_url("http://127.0.0.1:8080").is_ok());
        assert!(loopback_url("http://127.1.2.3:8080").is_ok());
        assert!(loopback_url("http://[::1]:8080").is_ok());
        assert!(loopback_url("http://localhost:8080").is_ok());
        assert!(loopback_url("http://10.0.0.1:8080").is_err());
        assert!(loopback_url("http://example.com").is_err());
        assert!(loopback_url("https://127.0.0.1").is_err());
    }

    #[test]
    fn letters_round_trip() {
        for n in [0, 1, 25, 26, 12345, u64::from(u32::MAX), 1 << 50] {
            assert_eq!(unletters(&letters(n)), Some(n));
        }
        assert_eq!(unletters("ab1"), None);
    }
}
