//! The `retract` binary: parses arguments, loads configuration and wires the crates together.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod config;
mod demo;
mod i18n;
mod ledger;
mod run;
mod scan;

#[derive(Parser)]
#[command(
    name = "retract",
    version,
    about = "retract: a messaging workspace for brand community teams, with governed unsend",
    after_help = "Messages and errors are in French or English: RETRACT_LANG=fr|en, else the locale \
                  (LC_ALL, LC_MESSAGES, LANG; a value starting with `fr` means French). JSON \
                  outputs never change.",
    // A missing subcommand is bad input like any other: one line on stderr, not the whole help.
    arg_required_else_help = false
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options shared by `serve` and `demo`.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// TOML configuration file (environment variables override it).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Directory for the SQLite database and the vault key [default: ./retract-data].
    #[arg(long)]
    data: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long)]
    bind: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server.
    Serve(ServeArgs),
    /// Run the server and seed the demo workspace if the data directory is new.
    Demo(ServeArgs),
    /// Scan messages with the pre-send guard.
    Scan(scan::ScanArgs),
    /// Work with exported incident ledgers (`retract ledger verify FILE`).
    #[command(arg_required_else_help = false)]
    Ledger(ledger::LedgerArgs),
}

/// Bad arguments get one line on stderr and exit code 2 (in English clap's own report, its lines
/// joined; in French a line of ours built from the error's context); `--help` and `--version`
/// print as usual, in English.
fn parse_arguments() -> Result<Cli, std::process::ExitCode> {
    use clap::error::ErrorKind;
    match Cli::try_parse() {
        Ok(cli) => Ok(cli),
        Err(err)
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            err.exit()
        }
        Err(err) => {
            eprintln!("retract: {}", argument_error(&err, i18n::current()));
            Err(std::process::ExitCode::from(2))
        }
    }
}

/// The one line for a refused command line, in `lang`.
fn argument_error(err: &clap::Error, lang: i18n::Lang) -> String {
    let english = one_line(&err.render().to_string());
    match lang {
        i18n::Lang::En => english,
        i18n::Lang::Fr => {
            let see_help = i18n::t("args-see-help").render(lang);
            let parts: Vec<String> = clap_error_texts(err, &english)
                .iter()
                .map(|text| text.render(lang))
                .collect();
            format!("{} {see_help}", parts.join(" ; "))
        }
    }
}

/// The texts that say what is wrong with the arguments, from the context clap gives each kind of
/// error; `english` (clap's line) stands in for a kind without one.
fn clap_error_texts(err: &clap::Error, english: &str) -> Vec<i18n::Text> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use i18n::t;
    let one = |kind: ContextKind| -> Option<String> {
        match err.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) if !v.is_empty() => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let arg = || one(ContextKind::InvalidArg).unwrap_or_default();
    let value = || one(ContextKind::InvalidValue).unwrap_or_default();
    let number = |kind: ContextKind| one(kind).unwrap_or_else(|| "?".into());
    let suggestion =
        |kind: ContextKind| one(kind).map(|s| t("args-suggested").arg("suggestion", s));
    let mut texts = Vec::new();
    match err.kind() {
        ErrorKind::UnknownArgument => {
            texts.push(t("args-unknown-argument").arg("arg", arg()));
            texts.extend(suggestion(ContextKind::SuggestedArg));
        }
        ErrorKind::InvalidValue => {
            let bad = value();
            texts.push(if bad.is_empty() {
                t("args-empty-value").arg("arg", arg())
            } else {
                t("args-invalid-value").arg("arg", arg()).arg("value", bad)
            });
            if let Some(values) = one(ContextKind::ValidValue) {
                texts.push(t("args-possible-values").arg("values", values));
            }
            texts.extend(suggestion(ContextKind::SuggestedValue));
        }
        ErrorKind::MissingRequiredArgument => {
            texts.push(t("args-missing-argument").arg("args", arg()));
        }
        ErrorKind::InvalidSubcommand => {
            texts.push(t("args-invalid-subcommand").arg(
                "subcommand",
                one(ContextKind::InvalidSubcommand).unwrap_or_default(),
            ));
            texts.extend(suggestion(ContextKind::SuggestedSubcommand));
        }
        ErrorKind::MissingSubcommand => {
            let command = one(ContextKind::InvalidSubcommand).unwrap_or_else(|| "retract".into());
            texts.push(t("args-missing-subcommand").arg("command", command));
            if let Some(subcommands) = one(ContextKind::ValidSubcommand) {
                texts.push(t("args-subcommands").arg("subcommands", subcommands));
            }
        }
        ErrorKind::TooManyValues => {
            texts.push(
                t("args-too-many-values")
                    .arg("arg", arg())
                    .arg("value", value()),
            );
        }
        ErrorKind::WrongNumberOfValues => texts.push(
            t("args-wrong-number-of-values")
                .arg("arg", arg())
                .arg("expected", number(ContextKind::ExpectedNumValues))
                .arg("actual", number(ContextKind::ActualNumValues)),
        ),
        ErrorKind::TooFewValues => texts.push(
            t("args-too-few-values")
                .arg("arg", arg())
                .arg("expected", number(ContextKind::MinValues))
                .arg("actual", number(ContextKind::ActualNumValues)),
        ),
        ErrorKind::ArgumentConflict => {
            let arg = one(ContextKind::InvalidArg)
                .or_else(|| one(ContextKind::InvalidSubcommand))
                .unwrap_or_default();
            texts.push(match one(ContextKind::PriorArg) {
                Some(other) => t("args-conflict").arg("arg", arg).arg("other", other),
                None => t("args-conflict-alone").arg("arg", arg),
            });
        }
        ErrorKind::NoEquals => texts.push(t("args-no-equals").arg("arg", arg())),
        ErrorKind::ValueValidation => {
            use std::error::Error as _;
            let reason = err.source().map(|e| e.to_string()).unwrap_or_default();
            texts.push(
                t("args-value-validation")
                    .arg("arg", arg())
                    .arg("value", value())
                    .arg("reason", reason),
            );
        }
        ErrorKind::InvalidUtf8 => texts.push(t("args-invalid-utf8")),
        _ => {
            let message = english
                .strip_suffix(" (see --help)")
                .unwrap_or(english)
                .to_string();
            texts.push(t("args-other").arg("message", message));
        }
    }
    texts
}

/// An error and its causes on one line, as `{err:#}` prints them but with the language's
/// punctuation (French puts a space before the colon).
fn error_line(err: &anyhow::Error, lang: i18n::Lang) -> String {
    let mut causes = err.chain().map(|e| e.to_string()).collect::<Vec<_>>();
    let mut line = causes.pop().unwrap_or_default();
    while let Some(context) = causes.pop() {
        line = i18n::t("error-cause")
            .arg("context", context)
            .arg("cause", line)
            .render(lang);
    }
    line
}

/// clap's multi-line error report as one line: no `error:` prefix, no blank lines, no usage
/// block, one pointer to `--help` at the end.
fn one_line(report: &str) -> String {
    let mut parts = Vec::new();
    let mut lines = report.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line.is_empty() || line.starts_with("For more information") {
            continue;
        }
        if line.starts_with("Usage:") {
            // The usage block runs to the next blank line.
            for rest in lines.by_ref() {
                if rest.is_empty() {
                    break;
                }
            }
            continue;
        }
        parts.push(line.strip_prefix("error:").unwrap_or(line).trim());
    }
    format!(
        "{} {}",
        parts.join(" "),
        i18n::t("args-see-help").render(i18n::Lang::En)
    )
}

fn main() -> std::process::ExitCode {
    let cli = match parse_arguments() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let result = match cli.command {
        Command::Serve(args) => run::serve(args, false),
        Command::Demo(args) => run::serve(args, true),
        Command::Scan(args) => scan::run(args),
        Command::Ledger(args) => ledger::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("retract: {}", error_line(&err, i18n::current()));
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use i18n::Lang;

    fn refused(args: &[&str], lang: Lang) -> String {
        let args = std::iter::once("retract").chain(args.iter().copied());
        match Cli::try_parse_from(args) {
            Ok(_) => panic!("accepted"),
            Err(err) => argument_error(&err, lang),
        }
    }

    #[test]
    fn refused_arguments_get_one_french_line_built_from_clap_context() {
        for (args, expected) in [
            (
                &["scan", "--format", "xml"][..],
                "valeur « xml » invalide pour « --format <FORMAT> » ; valeurs possibles : text, json, jsonl (voir --help)",
            ),
            (
                &["serve", "--bnd", "x"][..],
                "argument inattendu « --bnd » ; vouliez-vous dire « --bind » ? (voir --help)",
            ),
            (
                &["servee"][..],
                "sous-commande inconnue « servee » ; vouliez-vous dire « serve » ? (voir --help)",
            ),
            (
                &["ledger", "verify"][..],
                "argument obligatoire manquant : <FILE> (voir --help)",
            ),
            (
                &[][..],
                "« retract » attend une sous-commande ; sous-commandes : serve, demo, scan, ledger, help (voir --help)",
            ),
            (
                &["scan", "--format"][..],
                "« --format <FORMAT> » attend une valeur, aucune n’a été donnée ; valeurs possibles : text, json, jsonl (voir --help)",
            ),
            (
                &["scan", "a.txt", "b.txt"][..],
                "argument inattendu « b.txt » (voir --help)",
            ),
        ] {
            assert_eq!(refused(args, Lang::Fr), expected, "{args:?}");
        }
    }

    #[test]
    fn english_keeps_clap_own_words_on_one_line() {
        assert_eq!(
            refused(&["scan", "--format", "xml"], Lang::En),
            "invalid value 'xml' for '--format <FORMAT>' [possible values: text, json, jsonl] (see --help)"
        );
        assert_eq!(
            refused(&["ledger", "verify"], Lang::En),
            "the following required arguments were not provided: <FILE> (see --help)"
        );
    }

    #[test]
    fn an_error_and_its_causes_are_one_line_with_the_language_punctuation() {
        let err = anyhow::Error::new(std::io::Error::other("disk on fire"))
            .context(i18n::t("scan-cannot-read").arg("path", "/tmp/x"));
        assert_eq!(error_line(&err, Lang::En), format!("{err:#}"));
        assert_eq!(
            error_line(&err, Lang::En),
            "cannot read /tmp/x: disk on fire"
        );
        // The contexts render in the run's language (English under test); the punctuation follows
        // the language asked for.
        assert_eq!(
            error_line(&err, Lang::Fr),
            "cannot read /tmp/x : disk on fire"
        );
        let alone = anyhow::Error::new(i18n::t("scan-not-utf8"));
        assert_eq!(error_line(&alone, Lang::En), "input is not valid UTF-8");
    }
}
