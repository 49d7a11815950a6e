//! `retract` speaks French or English: `RETRACT_LANG` (`fr`/`en`) when set, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), English by default. Bad input still gets one line on stderr
//! and a non-zero exit in either language; JSON and JSONL outputs never change.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// `retract ARGS` with only `env` set (no locale, no `RETRACT_*` of the developer's), `stdin` fed.
fn retract(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(args)
        .env_clear()
        .env("RETRACT_LOG", "warn")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run retract");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait for retract");
    let _ = writer.join();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const FRENCH: &[&[(&str, &str)]] = &[
    &[("RETRACT_LANG", "fr")],
    &[("LANG", "fr_FR.UTF-8")],
    &[("LC_ALL", "fr_CA.UTF-8"), ("LANG", "en_US.UTF-8")],
    &[("LC_MESSAGES", "fr_BE.UTF-8"), ("LANG", "C.UTF-8")],
];

const ENGLISH: &[&[(&str, &str)]] = &[
    &[("RETRACT_LANG", "en")],
    &[],
    &[("LANG", "C.UTF-8")],
    &[("RETRACT_LANG", "en"), ("LANG", "fr_FR.UTF-8")],
    &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fr_FR.UTF-8")],
];

/// Runs `args` under every French and every English environment: one line on stderr, exit
/// `code`, nothing on stdout, and the expected words of the language (never the other's).
fn one_line_in_each_language(args: &[&str], code: i32, french: &[&str], english: &[&str]) {
    for (envs, expected, unexpected) in [(FRENCH, french, english), (ENGLISH, english, french)] {
        for env in envs {
            let run = retract(args, env, b"");
            let what = format!("{args:?} {env:?}: {:?}", run.stderr);
            assert_eq!(run.code, Some(code), "{what}");
            assert!(run.stdout.is_empty(), "{what}: {}", run.stdout);
            assert_eq!(run.stderr.lines().count(), 1, "{what}");
            assert!(run.stderr.starts_with("retract: "), "{what}");
            assert!(!run.stderr.contains("panicked"), "{what}");
            for words in expected {
                assert!(run.stderr.contains(words), "{what}: wants {words:?}");
            }
            for words in unexpected {
                assert!(!run.stderr.contains(words), "{what}: not {words:?}");
            }
        }
    }
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn a_bad_format_value_is_one_line_in_the_chosen_language() {
    one_line_in_each_language(
        &["scan", "--format", "xml"],
        2,
        &[
            "valeur « xml » invalide pour « --format",
            "valeurs possibles : text, json, jsonl",
            "(voir --help)",
        ],
        &[
            "invalid value 'xml' for '--format",
            "[possible values: text, json, jsonl]",
            "(see --help)",
        ],
    );
}

#[test]
fn a_missing_scan_input_is_one_line_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.txt");
    let missing = path(&missing);
    one_line_in_each_language(
        &["scan", "--format", "text", missing],
        1,
        &[&format!("impossible de lire {missing} : ")],
        &[&format!("cannot read {missing}: ")],
    );
    one_line_in_each_language(
        &["scan", "--lexicon", missing, "-"],
        1,
        &[&format!(
            "impossible de lire le fichier --lexicon {missing} : "
        )],
        &[&format!("cannot read the --lexicon file {missing}: ")],
    );
}

#[test]
fn a_malformed_ledger_is_one_line_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ledger = dir.path().join("ledger.jsonl");
    std::fs::write(&ledger, "not json\n").expect("write");
    let ledger = path(&ledger);
    one_line_in_each_language(
        &["ledger", "verify", ledger],
        1,
        &[
            &format!("impossible de vérifier {ledger} : ligne 1 : "),
            "ce n’est pas une ligne de registre",
        ],
        &[
            &format!("cannot verify {ledger}: line 1: "),
            "not a ledger line",
        ],
    );
    // An empty export lacks its checkpoint.
    std::fs::write(ledger, "").expect("write");
    one_line_in_each_language(
        &["ledger", "verify", ledger],
        1,
        &["ligne 1 : aucun point de contrôle"],
        &["line 1: no checkpoint"],
    );
}

#[test]
fn a_bad_config_file_is_one_line_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("retract.toml");
    std::fs::write(&config, "bind = [\n").expect("write");
    let config = path(&config);
    let data = dir.path().join("data");
    one_line_in_each_language(
        &["serve", "--config", config, "--data", path(&data)],
        1,
        &[&format!("fichier de configuration invalide {config} : ")],
        &[&format!("invalid config file {config}: ")],
    );
    std::fs::write(config, "bind = \"nowhere\"\n").expect("write");
    one_line_in_each_language(
        &["serve", "--config", config, "--data", path(&data)],
        1,
        &["« nowhere » n’est pas une adresse d’écoute"],
        &["`nowhere` is not an address to listen on"],
    );
    assert!(!data.exists(), "nothing is created on a bad configuration");
}

#[test]
fn the_text_report_frame_follows_the_language_and_json_outputs_never_change() {
    let message = "appelez le 06 12 34 56 78".as_bytes();
    let french = retract(&["scan"], &[("RETRACT_LANG", "fr")], message);
    assert_eq!(french.code, Some(0), "{}", french.stderr);
    assert!(
        french
            .stdout
            .starts_with("verdict : validation d’un responsable (needs_approval)"),
        "{}",
        french.stdout
    );
    assert!(
        french.stdout.contains("pii/phone  moyenne  "),
        "{}",
        french.stdout
    );
    let english = retract(&["scan"], &[("RETRACT_LANG", "en")], message);
    assert!(
        english.stdout.starts_with("verdict: needs_approval\n"),
        "{}",
        english.stdout
    );
    assert!(
        english.stdout.contains("pii/phone  medium  "),
        "{}",
        english.stdout
    );
    // `--lang` names the report's language, whatever the environment's.
    let asked = retract(
        &["scan", "--lang", "en"],
        &[("RETRACT_LANG", "fr")],
        message,
    );
    assert!(
        asked.stdout.starts_with("verdict: needs_approval\n"),
        "{}",
        asked.stdout
    );

    for args in [
        &["scan", "--format", "json"][..],
        &["scan", "--format", "jsonl"][..],
    ] {
        let input: &[u8] = if args[2] == "jsonl" {
            b"{\"id\": 1, \"text\": \"appelez le 06 12 34 56 78\"}\nnot json\n{\"id\": 2}\n"
        } else {
            message
        };
        let fr = retract(args, &[("RETRACT_LANG", "fr")], input);
        let en = retract(args, &[("RETRACT_LANG", "en")], input);
        assert_eq!(fr.code, Some(0), "{args:?}: {}", fr.stderr);
        assert_eq!(
            fr.stdout, en.stdout,
            "{args:?}: the same bytes in both languages"
        );
        assert!(fr.stderr.is_empty() && en.stderr.is_empty(), "{args:?}");
    }
    let jsonl = retract(
        &["scan", "--format", "jsonl"],
        &[("RETRACT_LANG", "fr")],
        b"not json\n",
    );
    assert!(
        jsonl
            .stdout
            .starts_with("{\"line\":1,\"error\":\"invalid JSON"),
        "{}",
        jsonl.stdout
    );
}

#[test]
fn help_stays_in_english_and_tells_how_to_choose_the_language() {
    let run = retract(&["--help"], &[("RETRACT_LANG", "fr")], b"");
    assert_eq!(run.code, Some(0));
    assert!(run.stdout.contains("Usage:"), "{}", run.stdout);
    assert!(run.stdout.contains("RETRACT_LANG=fr|en"), "{}", run.stdout);
}
