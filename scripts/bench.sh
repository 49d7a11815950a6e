#!/usr/bin/env bash
# Load benchmark of issue #3 ("Performance"): builds release binaries, starts `retract demo` on a
# free loopback port with a fresh data directory, runs `retract-bench` against it, prints the
# table and stops the server (also on error or Ctrl-C).
#
# Both processes need many open files for the 10,000-socket phase: this script raises the soft
# limit with `ulimit -n 65536` (within the hard limit; raise that as root if it is lower). When
# running `retract-bench` by hand against your own server, start the server from a shell where
# `ulimit -n 65536` was run first, or pass --connections with a smaller number.
#
# Usage: scripts/bench.sh [extra retract-bench options, e.g. --json or --seconds 10]
# Environment: CARGO_TARGET_DIR (default ./target),
#              BENCH_SECONDS (each sends/s phase, default 5), BENCH_TIMEOUT (default 170 s).
set -euo pipefail

cd "$(dirname "$0")/.."
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_TARGET_DIR

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "open files limit: $(ulimit -n)" >&2

cargo build --release --quiet -p retract-cli -p retract-bench
bin="$CARGO_TARGET_DIR/release"

data="$(mktemp -d -t retract-bench.XXXXXX)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT INT TERM

# A free port: ask the kernel for one, then release it for the server.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

RETRACT_LOG="${RETRACT_LOG:-info}" "$bin/retract" demo --data "$data" --bind "127.0.0.1:$port" >"$data/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 100); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server exited during start-up:" >&2; cat "$data/server.log" >&2; exit 1
  fi
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

timeout "${BENCH_TIMEOUT:-170}" "$bin/retract-bench" \
  --url "http://127.0.0.1:$port" --server-pid "$server_pid" \
  --seconds "${BENCH_SECONDS:-5}" "$@"
