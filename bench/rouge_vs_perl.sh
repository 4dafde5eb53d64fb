#!/usr/bin/env bash
# Times `crosswire evaluate` against the Perl ROUGE-1.5.5 on the same small run, in the
# same invocation, and checks that both print the same text (issue 11: the evaluator
# stays >= 100x faster than Perl even on small runs, where fixed costs dominate).
#
#   bench/rouge_vs_perl.sh [BUILD_DIR]          (default build/release)
#   ROUGE_PERL=/path/ROUGE-1.5.5.pl bench/rouge_vs_perl.sh build/release
#
# The run: 650 peer summaries, 50 DUC 2006 topics x 13 systems (NIST ids 1-13), each
# scored on its first 100 words (-l 100) against the topic's 4 human summaries, copied
# from ../shared/data/duc2006 into a temporary directory as
#   system/D0601.sys1 ...       (from peers/D0601.M.250.A.1; topic = name before the dot)
#   references/D0601.M.250.A.A  (models/, unchanged)
# plus rouge.xml, the same pairing as a ROUGE-1.5.5 configuration for the Perl script.
#
# Environment:
#   ROUGE_PERL   the Perl ROUGE-1.5.5.pl; its data (smart_common_words.txt and
#                WordNet-2.0.exc.db) in ROUGE_PERL_DATA, default "$(dirname ROUGE_PERL)/data".
#                Unset: only crosswire is timed (the Perl side is skipped, and says so).
#   ROUGE_BENCH_REPS   repetitions per program and option set (default 7); medians printed.
#   ROUGE_BENCH_SU4=1  also time "-n 4 -m -2 4 -u ..." (Perl takes ~1 min per repetition).
#   ROUGE_BENCH_KEEP=DIR  build the run in DIR and keep it (default: a temp dir, removed).
set -euo pipefail
build=${1:-build/release}
here=$(cd "$(dirname "$0")/.." && pwd)
data="$here/../shared/data/duc2006"
crosswire="$build/cli/crosswire"
reps=${ROUGE_BENCH_REPS:-7}
[[ -x "$crosswire" ]] || { echo "no crosswire binary at $crosswire (build it first)" >&2; exit 1; }
[[ -d "$data/peers" ]] || { echo "skipped: no DUC 2006 data at $data" >&2; exit 0; }
command -v python3 >/dev/null || { echo "needs python3 (to read the children's CPU time)" >&2; exit 1; }

if [[ -n "${ROUGE_BENCH_KEEP:-}" ]]; then
  run=$ROUGE_BENCH_KEEP
  mkdir -p "$run"
else
  run=$(mktemp -d)
  trap 'rm -rf "$run"' EXIT
fi
rm -rf "$run/system" "$run/references"
mkdir -p "$run/system" "$run/references"
topics=$(cd "$data/models" && ls | cut -d. -f1 | sort -u)
letters=(A B C D E F G H I J)
{
  echo '<ROUGE-EVAL version="1.0">'
  for topic in $topics; do
    echo "<EVAL ID=\"$topic\">"
    echo "<PEER-ROOT>$run/system</PEER-ROOT>"
    echo "<MODEL-ROOT>$run/references</MODEL-ROOT>"
    echo '<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>'
    echo '<PEERS>'
    for id in $(seq 1 13); do
      cp "$data/peers/$topic.M.250."?".$id" "$run/system/$topic.sys$id"
      echo "<P ID=\"sys$id\">$topic.sys$id</P>"
    done
    echo '</PEERS>'
    echo '<MODELS>'
    # Models A, B, C, D in file-name order, as crosswire's --references pairing names them.
    letter=0
    for model in $(cd "$data/models" && ls "$topic".* | LC_ALL=C sort); do
      cp "$data/models/$model" "$run/references/"
      echo "<M ID=\"${letters[letter]}\">$model</M>"
      letter=$((letter + 1))
    done
    echo '</MODELS>'
    echo '</EVAL>'
  done
  echo '</ROUGE-EVAL>'
} >"$run/rouge.xml"
echo "run: $(ls "$run/system" | wc -l) summaries, $(ls "$run/references" | wc -l) references," \
  "$(echo "$topics" | wc -w) topics in $run; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

perl_script=${ROUGE_PERL:-}
if [[ -z "$perl_script" ]]; then
  echo "Perl side skipped: set ROUGE_PERL to a ROUGE-1.5.5.pl (its data dir in ROUGE_PERL_DATA," \
    "default beside it in data/) to time it in the same run and print the ratio."
fi
perl_data=${ROUGE_PERL_DATA:-$(dirname "${perl_script:-.}")/data}

# median of the numbers on stdin
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# One run of CMD with stdout to OUT: prints "user+sys wall" in seconds. The CPU time comes
# from wait4's rusage in microseconds (GNU time prints only hundredths, too coarse for
# crosswire's tens of milliseconds).
measure() {
  python3 - "$@" <<'PY'
import os, subprocess, sys, time
out = open(sys.argv[1], "wb")
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
if status != 0:
    sys.exit("exit status %d: %s" % (status, " ".join(sys.argv[2:])))
print("%.6f %.6f" % (usage.ru_utime + usage.ru_stime, wall))
PY
}

# report NAME: median CPU and wall of the runs recorded in $run/times.NAME.
report() {
  local name=$1 cpu wall
  cpu=$(awk '{print $1}' "$run/times.$name" | median)
  wall=$(awk '{print $2}' "$run/times.$name" | median)
  printf '  %-24s CPU %8.4f s  wall %8.4f s  (median of %d)\n' "$name" "$cpu" "$wall" "$reps"
  echo "$cpu $wall" >"$run/median.$name"
}

option_sets=("-n 2 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0")
[[ "${ROUGE_BENCH_SU4:-0}" == 1 ]] && option_sets+=("-n 4 -m -2 4 -u -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0")
status=0
for options in "${option_sets[@]}"; do
  echo "== options: $options"
  names=("crosswire" "crosswire --threads 1")
  [[ -n "$perl_script" ]] && names+=("perl ROUGE-1.5.5")
  for name in "${names[@]}"; do : >"$run/times.$name"; done
  # The programs take turns, repetition by repetition, so that a change in
  # the machine's load affects both sides alike.
  for ((i = 0; i < reps; i++)); do
    # shellcheck disable=SC2086
    measure "$run/out.crosswire" "$crosswire" evaluate $options "$run/rouge.xml" \
      >>"$run/times.crosswire"
    # shellcheck disable=SC2086
    measure "$run/out.crosswire1" "$crosswire" evaluate --threads 1 $options "$run/rouge.xml" \
      >>"$run/times.crosswire --threads 1"
    if [[ -n "$perl_script" ]]; then
      # shellcheck disable=SC2086
      measure "$run/out.perl" perl "$perl_script" -e "$perl_data" $options "$run/rouge.xml" \
        >>"$run/times.perl ROUGE-1.5.5"
    fi
  done
  for name in "${names[@]}"; do report "$name"; done
  # shellcheck disable=SC2086
  "$crosswire" evaluate $options --system "$run/system" --references "$run/references" \
    >"$run/out.dirs" 2>/dev/null
  for out in out.crosswire1 out.dirs; do
    cmp -s "$run/out.crosswire" "$run/$out" ||
      { echo "  DIFFERENT: crosswire's $out differs from its default run"; status=1; }
  done
  if [[ -n "$perl_script" ]]; then
    if cmp -s "$run/out.perl" "$run/out.crosswire"; then
      echo "  output: identical ($(wc -l <"$run/out.perl") lines; also with --threads 1" \
        "and with --system/--references)"
    else
      echo "  output: DIFFERENT"
      diff "$run/out.perl" "$run/out.crosswire" | head -20
      status=1
    fi
    read -r pcpu pwall <"$run/median.perl ROUGE-1.5.5"
    for side in "crosswire" "crosswire --threads 1"; do
      read -r ccpu cwall <"$run/median.$side"
      awk -v p="$pcpu" -v c="$ccpu" -v pw="$pwall" -v cw="$cwall" -v s="$side" \
        'BEGIN {printf "  perl / %-22s CPU %5.0fx  wall %5.0fx\n", s, p / c, pw / cw}'
    done
  fi
done
exit $status
