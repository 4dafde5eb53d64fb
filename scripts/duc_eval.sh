#!/usr/bin/env bash
# Summarizes every topic of a DUC data set with one method and scores the
# digests with crosswire's ROUGE-1.5.5 clone under the NIST DUC 2006/2007
# settings. Usage:
#   scripts/duc_eval.sh METHOD DATASET_DIR [--query] [WORDS]
# DATASET_DIR holds docs/ (one folder per topic), a topics .sgml file and
# models/ or models_from_pyramids/. Prints the evaluator's averages and the
# wall time per topic. Set CROSSWIRE=path/to/crosswire to choose the binary.
set -euo pipefail
method=$1; data=$2; mode=${3:-generic}; words=${4:-250}
bin=${CROSSWIRE:-$(dirname "$0")/../build/release/cli/crosswire}
models=$data/models; [[ -d $models ]] || models=$data/models_from_pyramids
topics=$(ls "$data"/*topics.sgml | head -1)
out=$(mktemp -d)
mkdir -p "$out/sys" "$out/q"
python3 - "$topics" "$out/q" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='latin-1').read()
for t in re.findall(r'<topic>(.*?)</topic>', text, re.S):
    num = re.search(r'<num>\s*(\S+)\s*</num>', t).group(1)
    title = re.search(r'<title>(.*?)</title>', t, re.S).group(1).strip()
    narr = re.search(r'<narr>(.*?)</narr>', t, re.S).group(1)
    open(f'{sys.argv[2]}/{num[:5]}', 'w').write(' '.join((title + '. ' + narr).split()))
PY
start=$(date +%s.%N)
n=0
for dir in "$data"/docs/*/; do
  topic=$(basename "$dir"); topic=${topic:0:5}
  # Only topics with human summaries are scored (DUC 2007 main: 23 of 45).
  ls "$models"/"$topic".* >/dev/null 2>&1 || continue
  n=$((n + 1))
  if [[ $mode == --query ]]; then
    echo "$bin summarize $dir --words $words --method $method --query \"\$(cat $out/q/$topic)\" > $out/sys/$topic.M"
  else
    echo "$bin summarize $dir --words $words --method $method > $out/sys/$topic.M"
  fi
done > "$out/jobs"
xargs -P "${JOBS:-2}" -I{} sh -c '{}' < "$out/jobs"
end=$(date +%s.%N)
"$bin" evaluate --system "$out/sys" --references "$models" -n 2 -x -m -2 4 -u -c 95 -r 1000 \
  -f A -p 0.5 -t 0 -l "$words" -a | grep -E "ROUGE-(1|2|SU4) Average_R"
echo "topics $n  wall $(echo "$end - $start" | bc) s  jobs ${JOBS:-2}  summaries in $out/sys"
