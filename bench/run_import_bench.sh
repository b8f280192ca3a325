#!/usr/bin/env bash
# Import throughput benchmark (see bench/README.md).
#
#   bench/run_import_bench.sh [SIZE...] [-- ARGS for bench_import_throughput]
#
# Builds the release preset (build/release), generates /tmp/rapport-bench-<size>.mbox
# for each SIZE (default 1G) unless it exists, and runs bench_import_throughput on it.
# Several sizes show whether memory grows with the mailbox: `run_import_bench.sh 250M 1G`.
# Environment: RAPPORT_BENCH_SEED (default 1), RAPPORT_BENCH_DIR (default /tmp),
# RAPPORT_BENCH_JOBS (build parallelism, default 2).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${RAPPORT_BENCH_SEED:-1}"
dir="${RAPPORT_BENCH_DIR:-/tmp}"
jobs="${RAPPORT_BENCH_JOBS:-2}"

sizes=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --) shift; break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1G)

cd "$root"
# A benchmark measures; warnings are judged by the dev preset. GCC 12 at -O2 reports
# false positives inside libstdc++ headers that would otherwise stop this build.
cmake --preset release >/dev/null
cmake --build --preset release --target bench_make_mailbox bench_import_throughput -j "$jobs"

bin="$root/build/release/bench"
for size in "${sizes[@]}"; do
  mbox="$dir/rapport-bench-$(tr '[:upper:]' '[:lower:]' <<<"$size").mbox"
  if [[ ! -f "$mbox" ]]; then
    echo "== generating $mbox ($size, seed $seed)"
    "$bin/bench_make_mailbox" "$mbox" --size "$size" --seed "$seed"
  fi
  echo "== importing $mbox"
  "$bin/bench_import_throughput" "$mbox" "$@"
  echo
done
