//! The `retract` binary.
use clap::{Parser, Subcommand};

mod scan;

#[derive(Parser)]
#[command(name = "retract", version, about = "retract: a messaging workspace for brand community teams")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan messages with the pre-send guard.
    Scan(scan::ScanArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("retract: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
