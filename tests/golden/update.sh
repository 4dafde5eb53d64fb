#!/usr/bin/env bash
# Regenerates the golden outputs from the current build. Review the diff.
#   tests/golden/update.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/release}/cli/crosswire
"$bin" report examples/aleppo-2016-12-14 --words 100 --format json > tests/golden/aleppo-report.json
"$bin" report examples/aleppo-2016-12-14 --words 100 > tests/golden/aleppo-report.txt
"$bin" summarize examples/aleppo-2016-12-14 --bytes 665 > tests/golden/aleppo-summary-665b.txt
git --no-pager diff --stat -- tests/golden
