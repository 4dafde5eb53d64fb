#!/usr/bin/env bash
# Runs every libFuzzer harness for SECONDS each, JOBS at a time, and fails if
# any finds a crash, a leak, undefined behaviour, a timeout or runaway memory.
#   fuzz/run.sh BUILD_DIR SECONDS [JOBS] [HARNESS...]
# Each harness starts from the checked-in seeds (fuzz/corpus/<name>/, read
# only) and keeps what it learns in BUILD_DIR/fuzz-corpus/<name>/ (reused on
# the next run). A finding is written to BUILD_DIR/fuzz-artifacts/<name>/;
# add it to fuzz/corpus/<name>/ once fixed, as a regression seed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS [JOBS] [HARNESS...]}
seconds=${2:?seconds per harness}
jobs=${3:-$(nproc)}
shift 3 2>/dev/null || shift $#
harnesses=("$@")
if (( ${#harnesses[@]} == 0 )); then
  harnesses=(ingest_text ingest_html ingest_jsonl ingest_duc ingest_multinews ingest_feed ingest_auto
             sentences corroborate rouge_config rouge_options evaluate)
fi

run_one() {
  local build=$1 seconds=$2 name=$3
  local work="$build/fuzz-corpus/$name" artifacts="$build/fuzz-artifacts/$name/"
  local log="$build/fuzz-logs/$name.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  local start=$SECONDS
  if "$build/fuzz/${name}_fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" \
      "$work" "fuzz/corpus/$name" >"$log" 2>&1; then
    local execs
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $name ok: $execs runs in $((SECONDS - start)) s, corpus $(ls "$work" | wc -l) inputs"
  else
    echo "fuzz: $name FAILED after $((SECONDS - start)) s; log $log, input in $artifacts:"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -5 | sed 's/^/  /'
    return 1
  fi
}
export -f run_one

printf '%s\n' "${harnesses[@]}" |
  xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ "$build" "$seconds" {}
