//! `retract scan` run as a program: the input forms the interface promises (file, `-`, stdin,
//! empty, CRLF, a byte-order mark, invalid UTF-8, bad JSONL lines) and what comes out of each.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn scan(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_retract"))
        .arg("scan")
        .args(args)
        .env("RETRACT_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run retract scan");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The command may stop reading early (a bad option): a broken pipe is fine here.
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait for retract scan");
    let _ = writer.join();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn jsonl(stdin: &[u8]) -> Vec<Value> {
    let run = scan(&["--format", "jsonl"], stdin);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn jsonl_spans_are_unicode_scalar_offsets_and_ids_come_back_as_given() {
    let out = jsonl(
        "{\"id\": \"é-1\", \"text\": \"Réponse 😀 : écrivez à jean.dupont@example.com\"}\n\
         {\"id\": 7, \"text\": \"rien à signaler\"}\n"
            .as_bytes(),
    );
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["id"], "é-1");
    let email = &out[0]["findings"][0];
    assert_eq!(email["kind"], "email", "{}", out[0]);
    let text: Vec<char> = "Réponse 😀 : écrivez à jean.dupont@example.com"
        .chars()
        .collect();
    let (start, end) = (
        email["start"].as_u64().unwrap() as usize,
        email["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[start..end].iter().collect::<String>(),
        "jean.dupont@example.com"
    );
    assert_eq!(out[1]["id"], 7);
    assert_eq!(out[1]["verdict"], "allow");
    assert_eq!(out[1]["findings"], serde_json::json!([]));
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_input() {
    let out = jsonl(b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"mail: a.b@example.com\"}\r\n");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["id"], 1, "{}", out[0]);
    assert_eq!(out[0]["findings"][0]["start"], 6, "{}", out[0]);

    let run = scan(&["--format", "json"], b"\xEF\xBB\xBFmail: a.b@example.com");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(doc["findings"][0]["start"], 6, "{doc}");
    assert_eq!(doc["findings"][0]["end"], 21, "{doc}");
}

#[test]
fn bad_jsonl_lines_get_their_own_error_line_and_the_scan_goes_on() {
    let input = b"{\"id\": 1, \"text\": \"ok\"}\r\n\
        not json\n\
        [1, 2]\n\
        {\"id\": {\"a\": 1}, \"text\": \"ok\"}\n\
        {\"id\": null, \"text\": \"ok\"}\n\
        {\"id\": 6, \"text\": 42}\n\
        {\"id\": 7}\n\
        {\"id\": 8, \"text\": \"\xff\"}\n\
        \n\
        {\"id\": \"last\", \"text\": \"ok\"}";
    let out = jsonl(input);
    assert_eq!(out.len(), 10, "one line out per line in: {out:?}");
    assert_eq!(out[0]["verdict"], "allow");
    for (i, line) in out.iter().enumerate().take(9).skip(1) {
        assert_eq!(line["line"], i + 1, "{line}");
        let error = line["error"].as_str().expect("an error message");
        assert!(!error.is_empty() && !error.contains('\n'), "{line}");
        assert!(!error.contains("InLine"), "no Rust type names: {line}");
    }
    assert!(out[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("invalid JSON"));
    for i in [2, 5] {
        let error = out[i]["error"].as_str().unwrap();
        assert!(!error.starts_with("invalid JSON"), "valid JSON: {error}");
        assert!(error.contains("\"text\""), "{error}");
    }
    for i in [3, 4] {
        assert!(
            out[i]["error"].as_str().unwrap().contains("\"id\""),
            "{}",
            out[i]
        );
    }
    assert_eq!(out[9]["id"], "last");
}

#[test]
fn text_and_json_read_plain_text_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("message.txt");
    std::fs::write(&file, "Ligne 1\r\nappelez le 06 12 34 56 78\r\n").expect("write");
    let path = file.to_str().unwrap();
    for args in [
        vec!["--format", "text", path],
        vec!["--format", "text", "-"],
        vec!["--format", "text"],
    ] {
        let run = scan(&args, b"Ligne 1\r\nappelez le 06 12 34 56 78\r\n");
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        assert!(
            run.stdout.starts_with("verdict: needs_approval"),
            "{args:?}: {}",
            run.stdout
        );
        assert!(run.stdout.contains("[[06 12 34 56 78]]"), "{}", run.stdout);
        assert!(run.stdout.contains("2:12  pii/phone"), "{}", run.stdout);
    }
    let run = scan(&["--format", "json", path], b"");
    let doc: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(doc["verdict"], "needs_approval");
    assert_eq!(doc["findings"][0]["start"], 20, "{doc}");
    assert_eq!(doc["findings"][0]["severity"], "medium", "{doc}");

    // Empty input: a clean verdict, and no output at all in jsonl.
    let run = scan(&["--format", "json"], b"");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(doc["verdict"], "allow");
    assert!(jsonl(b"").is_empty());
}

#[test]
fn unreadable_input_is_one_line_and_a_failure() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.txt");
    let missing = missing.to_str().unwrap();
    for args in [
        vec![missing],
        vec!["--format", "jsonl", missing],
        vec!["--lexicon", missing, "-"],
        vec!["--blocked-domains", missing, "-"],
        vec!["--brand-domains", missing, "-"],
        vec![dir.path().to_str().unwrap()],
    ] {
        let run = scan(&args, b"hello");
        assert_eq!(run.code, Some(1), "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.starts_with("retract: cannot read"),
            "{}",
            run.stderr
        );
    }
    let run = scan(&["--format", "text"], b"caf\xe9");
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("UTF-8"), "{}", run.stderr);
}

#[test]
fn list_files_play_the_workspace_settings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lexicon = dir.path().join("lexicon.txt");
    // As a Windows editor saves it: a byte-order mark and CRLF line endings.
    std::fs::write(
        &lexicon,
        "\u{feff}Projet Azur  # spring launch\r\n# codenames\r\n\r\n",
    )
    .expect("write");
    let blocked = dir.path().join("blocked.txt");
    std::fs::write(&blocked, "evil.example\n").expect("write");
    let out = scan(
        &[
            "--format",
            "jsonl",
            "--lexicon",
            lexicon.to_str().unwrap(),
            "--blocked-domains",
            blocked.to_str().unwrap(),
        ],
        "{\"id\":1,\"text\":\"le projet azur sort en mai\"}\n\
         {\"id\":2,\"text\":\"voir https://www.evil.example/promo\"}\n"
            .as_bytes(),
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines[0]["findings"][0]["category"], "confidential",
        "{}",
        lines[0]
    );
    assert_eq!(lines[0]["findings"][0]["kind"], "lexicon");
    assert_eq!(lines[0]["findings"][0]["start"], 3);
    assert_eq!(lines[0]["findings"][0]["end"], 14);
    assert!(
        lines[1]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "blocklisted"),
        "{}",
        lines[1]
    );
}

#[test]
fn a_large_scan_on_a_pipe_shows_no_progress_bar() {
    let mut input = Vec::new();
    for i in 0..60_000 {
        writeln!(input, "{{\"id\":{i},\"text\":\"bonjour à tous\"}}").unwrap();
    }
    let run = scan(&["--format", "jsonl"], &input);
    assert_eq!(run.code, Some(0));
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 60_000);
}
