//! Bad command-line input gets one clear line on stderr and a non-zero exit; `--help` still works.

use std::process::Command;

fn retract(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(args)
        .env("RETRACT_LANG", "en")
        .output()
        .expect("run retract");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_arguments_get_one_line() {
    for (args, expected) in [
        (&["scan", "--format", "xml"][..], "xml"),
        (&["scan", "--lang", "de"][..], "de"),
        (&["serve", "--no-such-flag"][..], "--no-such-flag"),
        (&["teleport"][..], "teleport"),
        (&["ledger", "verify"][..], "FILE"),
        // A missing subcommand is bad input too: one line naming the choices, not the whole help.
        (&[][..], "serve, demo, scan, ledger"),
        (&["ledger"][..], "verify"),
    ] {
        let (code, stdout, stderr) = retract(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert_eq!(
            stderr.lines().count(),
            1,
            "{args:?}: one line, not {stderr:?}"
        );
        assert!(stderr.starts_with("retract: "), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("error: error"), "{args:?}: {stderr}");
    }
    let (code, _, stderr) = retract(&["scan", "--format", "xml"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("text, json, jsonl"),
        "the accepted values: {stderr}"
    );
}

#[test]
fn help_and_version_still_print_in_full() {
    let (code, stdout, _) = retract(&["scan", "--help"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.lines().count() > 3 && stdout.contains("--format"),
        "{stdout}"
    );
    let (code, stdout, _) = retract(&["--version"]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("retract "), "{stdout}");
}
