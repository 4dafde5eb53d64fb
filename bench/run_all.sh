#!/usr/bin/env bash
# Runs every benchmark: the micro-benchmarks, the method-scaling run, then the
# end-to-end runs over the data sets in ../shared/data when they are present.
#   bench/run_all.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/release}
here=$(cd "$(dirname "$0")/.." && pwd)
data="$here/../shared/data"
for b in text_bench pipeline_bench corroborate_bench rouge_bench; do
  if [[ -x "$build/bench/$b" ]]; then
    echo "== $b"
    "$build/bench/$b" --benchmark_min_time=0.2
  fi
done
# Every method on stories of 10 to 10,000 articles (about a minute); made of
# DUC 2006 sentences, or of Zipfian words when the data is absent (it says so).
if [[ -x "$build/bench/method_scaling" ]]; then
  echo "== method_scaling"
  "$build/bench/method_scaling" --data "$data/duc2006"
fi
if [[ -d "$data/duc2006" ]]; then
  echo "== digest_duc (DUC 2006)"
  "$build/bench/digest_duc" "$data/duc2006" --words 250
  echo "== crosswire bench (DUC 2006, query-focused)"
  "$build/cli/crosswire" bench --dataset duc "$data/duc2006" --method all --words 250 --query
else
  echo "skipped the end-to-end runs: no data at $data"
fi
# crosswire evaluate on a 650-summary DUC 2006 run, and the Perl ROUGE-1.5.5 on the
# same run when ROUGE_PERL points to it (docs/rouge.md, "Speed").
if [[ -x "$build/cli/crosswire" ]]; then
  echo "== rouge_vs_perl"
  "$here/bench/rouge_vs_perl.sh" "$build"
fi
# The server under load: a store of the DUC 2006 articles, 20,000 GETs over 64
# connections, then the same while the DUC 2007 main articles are POSTed.
if [[ -x "$build/bench/serve_load" && -d "$data/duc2006" && -d "$data/duc2007/main/docs" ]]; then
  echo "== serve_load (DUC mix)"
  serve_store=$(mktemp -d)/duc.db
  "$build/cli/crosswire" ingest --quiet --store "$serve_store" "$data"/duc2006/docs/*
  "$build/bench/serve_load" "$serve_store" --requests 20000 --connections 64 \
    --ingest "$data"/duc2007/main/docs/*
  rm -rf "$(dirname "$serve_store")"
fi
