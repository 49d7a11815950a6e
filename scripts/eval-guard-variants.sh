#!/usr/bin/env bash
# Score the guard on variants of the development set: `../shared/eval/gen_dev.py` run with other
# random seeds (other names, numbers, wordings and template mixes than `guard-dev.jsonl`), 3,000
# messages per seed by default. Nothing generated is kept.
# Usage: scripts/eval-guard-variants.sh [SEED...]   (default seeds: 1 2 3 4 5)
# Environment: RETRACT_BIN (a built `retract`; built in release mode otherwise), VARIANT_SIZE.
set -euo pipefail
source "$(dirname "$0")/eval-guard-setup.sh"
# The generator reads its lists next to itself: run a copy from the eval folder's files.
cp "$EVAL"/*.txt "$tmp/"
seeds=("$@")
[[ ${#seeds[@]} -eq 0 ]] && seeds=(1 2 3 4 5)
for seed in "${seeds[@]}"; do
  [[ "$seed" =~ ^[0-9]+$ ]] || { echo "error: a seed is a whole number, not '$seed'" >&2; exit 2; }
  sed "s/^SEED = .*/SEED = $seed/" "$EVAL/gen_dev.py" >"$tmp/gen.py"
  if ! python3 "$tmp/gen.py" -o "$tmp/variant.jsonl" -n "${VARIANT_SIZE:-3000}" >"$tmp/gen.log" 2>&1; then
    cat "$tmp/gen.log" >&2
    exit 1
  fi
  "$RETRACT_BIN" scan --format jsonl --lexicon "$EVAL/lexicon.txt" \
    --blocked-domains "$EVAL/blocked-domains.txt" <"$tmp/variant.jsonl" >"$tmp/pred.jsonl"
  echo "== seed $seed"
  python3 "$EVAL/score.py" "$tmp/variant.jsonl" "$tmp/pred.jsonl" | grep -E '^MICRO|false-alarm|risky'
done
