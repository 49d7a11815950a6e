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
    about = "retract: a messaging workspace for brand community teams, with governed unsend"
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
    Ledger(ledger::LedgerArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
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
