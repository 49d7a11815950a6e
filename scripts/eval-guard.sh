#!/usr/bin/env bash
# Score the pre-send guard: builds `retract` (release), scans the labeled development set and the
# peers' test cases (Presidio, gitleaks) with `retract scan --format jsonl`, and prints score.py's
# tables. Usage: scripts/eval-guard.sh [--json]   (run from anywhere; paths are repo-relative)
set -euo pipefail
source "$(dirname "$0")/eval-guard-setup.sh"

score() { # name gold [scan args...]
  local name=$1 gold=$2
  shift 2
  "$RETRACT_BIN" scan --format jsonl "$@" <"$gold" >"$tmp/$name.jsonl"
  echo "== $name ($(basename "$gold"))"
  python3 "$EVAL/score.py" "$gold" "$tmp/$name.jsonl" ${JSON:+--json}
  echo
}

[[ "${1:-}" == "--json" ]] && JSON=1
score dev "$EVAL/guard-dev.jsonl" --lexicon "$EVAL/lexicon.txt" --blocked-domains "$EVAL/blocked-domains.txt"
score presidio "$EVAL/peer/presidio-cases.jsonl"
score gitleaks "$EVAL/peer/gitleaks-cases.jsonl"
# The team's own generalisation probes (crates/guard/probe/README.md): not an independent set.
for probe in crates/guard/probe/*.jsonl; do
  score "probe $(basename "$probe" .jsonl)" "$probe" --lexicon "$EVAL/lexicon.txt" --blocked-domains "$EVAL/blocked-domains.txt"
done
