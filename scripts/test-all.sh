#!/usr/bin/env bash
# Runs every test of retract: unit and property tests, the storage conformance suite on SQLite and
# PostgreSQL, the API/WebSocket tests, multi-node tests (PostgreSQL + NATS), crash tests of the
# real binary, and the end-to-end tests in headless Chromium.
#
# Needs PostgreSQL on 127.0.0.1:5432 (database `test`), NATS on 127.0.0.1:4222, Node and Debian's
# chromium; `.ci/run` installs and starts what is missing. Override RETRACT_TEST_PG /
# RETRACT_TEST_NATS to point elsewhere, or set them to "" to skip those suites.
set -euo pipefail
cd "$(dirname "$0")/.."

export RETRACT_TEST_PG="${RETRACT_TEST_PG-postgres://postgres@127.0.0.1:5432/test}"
export RETRACT_TEST_NATS="${RETRACT_TEST_NATS-nats://127.0.0.1:4222}"

echo "== Rust: unit, property, conformance, API, multi-node and crash tests"
cargo test --workspace

echo "== End to end in headless Chromium"
if [ ! -x /usr/bin/chromium ]; then
  echo "error: /usr/bin/chromium is missing (apt-get install chromium, or run .ci/run)" >&2
  exit 1
fi
cargo build -p retract-cli
target_dir="${CARGO_TARGET_DIR:-target}"
case "$target_dir" in /*) ;; *) target_dir="$PWD/$target_dir" ;; esac
(
  cd e2e
  [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
  RETRACT_BIN="$target_dir/debug/retract" node --test --test-concurrency=1 tests/
)
