#!/usr/bin/env bash
# Throughput of `rapport analyze` over all of SwDA's train and val units on one core
# (the issue's target: 100,000 utterances/s or more).
#
#   bench/run_analyze_bench.sh [RAPPORT] [RUNS]
#
# RAPPORT defaults to build/release/src/cli/rapport (build it with the release preset
# first); RUNS (default 5) repeats the run and reports the best and the median. The
# input (the units as JSON Lines, as bench/analysis_eval.py feeds them) is written once
# to /tmp/rapport-bench-swda.jsonl. The process is pinned to CPU 0 with taskset; the
# figure counts the whole process: start-up, JSON parsing, analysis and JSON output.
# A second pass reads the same units as a client's phone turns (SwDA's speakers are "A"
# and "B", which the analysis cannot place), the path that also asks the objection model.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rapport=${1:-$here/../build/release/src/cli/rapport}
runs=${2:-5}
input=/tmp/rapport-bench-swda.jsonl
client_input=/tmp/rapport-bench-swda-client.jsonl
eval_dir=${RAPPORT_EVAL_DIR:-$here/../../shared/eval}

if [[ ! -s $input ]]; then
  python3 - "$here" "$eval_dir" "$input" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
import analysis_eval
units = analysis_eval.swda_units(sys.argv[2])
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for i, u in enumerate(units):
        f.write(json.dumps({"id": str(i), "text": u["text"], "speaker": u["speaker"], "channel": "phone",
                            "conversation": u["conversation"]}) + "\n")
PY
fi
if [[ ! -s $client_input ]]; then
  python3 - "$input" "$client_input" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as units, open(sys.argv[2], "w", encoding="utf-8") as f:
    for line in units:
        unit = json.loads(line)
        unit["speaker"] = "client"
        f.write(json.dumps(unit) + "\n")
PY
fi
lines=$(wc -l < "$input")
pin=()
command -v taskset > /dev/null && pin=(taskset -c 0)
measure() {
  cpu=()
  wall=()
  for ((i = 0; i < runs; ++i)); do
    # CPU time (user + system) is the figure that holds on a shared machine; wall-clock
    # time is printed too and equals it on an idle core.
    read -r e u s < <({ /usr/bin/time -f '%e %U %S' "${pin[@]}" "$rapport" analyze "$1" > /dev/null; } 2>&1 | tail -1)
    wall+=("$e")
    cpu+=("$(echo "$u + $s" | bc -l)")
  done
}
report() {
  local name=$1
  shift
  local sorted best median
  sorted=$(printf '%s\n' "$@" | sort -g)
  best=$(echo "$sorted" | head -1)
  median=$(echo "$sorted" | sed -n "$(((runs + 1) / 2))p")
  printf '  %-10s best %6.3f s = %7.0f utterances/s   median %6.3f s = %7.0f utterances/s\n' "$name" "$best" \
    "$(echo "$lines / $best" | bc -l)" "$median" "$(echo "$lines / $median" | bc -l)"
}
printf 'rapport analyze: %d utterances (SwDA train+val), %d runs pinned to one core\n' "$lines" "$runs"
measure "$input"
report "CPU time" "${cpu[@]}"
report "wall time" "${wall[@]}"
printf 'the same units as client phone turns (the objection model asked too)\n'
measure "$client_input"
report "CPU time" "${cpu[@]}"
report "wall time" "${wall[@]}"
