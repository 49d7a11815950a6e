# Shared set-up of the guard's evaluation scripts (sourced, not run): moves to the repository root,
# sets EVAL (the evaluation data), RETRACT_BIN (building `retract` in release mode unless it is
# given) and a temporary directory `tmp` removed on exit.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
EVAL=../shared/eval
if [[ -z "${RETRACT_BIN:-}" ]]; then
  cargo build --quiet --release -p retract-cli --bin retract
  RETRACT_BIN="${CARGO_TARGET_DIR:-target}/release/retract"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
