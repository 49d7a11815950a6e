//! The `retract` binary: parses arguments, loads configuration and wires the crates together.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod config;
mod demo;
mod ledger;
mod run;
mod scan;

#[derive(Parser)]
#[command(
    name = "retract",
    version,
    about = "retract: a messaging workspace for brand community teams, with governed unsend",
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

/// Bad arguments get one line on stderr (clap's own report, its lines joined) and exit code 2;
/// `--help` and `--version` print as usual.
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
            eprintln!("retract: {}", one_line(&err.render().to_string()));
            Err(std::process::ExitCode::from(2))
        }
    }
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
    format!("{} (see --help)", parts.join(" "))
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
            eprintln!("retract: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
