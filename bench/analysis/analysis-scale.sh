#!/usr/bin/env bash
# Times `myelin analyze` and R on one simulated 100,000-participant, 13-week study (the randomised pilot's schedule,
# diary weeks 0-12), from the same long CSV file. Usage: bench/analysis/analysis-scale.sh [PARTICIPANTS]
# Prints wall time and peak memory (GNU time) of each; the figures go into docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n=${1:-100000}
work=${MYELIN_BENCH_DIR:-/tmp/myelin-bench}
mkdir -p "$work"
csv="$work/pilot-$n.csv"
cd "$root"
./myelin --help >/dev/null   # build once, outside the timings
if [ ! -f "$csv" ]; then
  ./myelin simulate --protocol samples/mk7-rct-pilot.yaml --participants "$n" --seed 1 --out "$csv"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $csv ($(du -h "$csv" | cut -f1), $(($(wc -l < "$csv") - 1)) rows)"
echo "== myelin analyze (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
# MYELIN_TIMINGS=1: the time of each phase (reading and building the dataset, analysis) on standard error.
MYELIN_TIMINGS=1 /usr/bin/time -f "myelin: %e s wall, %M KB peak, %U s user, %S s system" \
  ./myelin analyze --protocol samples/mk7-rct-pilot.yaml --data "$csv" --json "$work/analysis.json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v Rscript >/dev/null; then
  echo "== R $(Rscript -e 'cat(R.version$major, R.version$minor, sep=".")' 2>/dev/null)"
  /usr/bin/time -f "R: %e s wall, %M KB peak" Rscript bench/analysis/analysis-scale.R "$csv"
else
  echo "R is not installed: apt-get install -y --no-install-recommends r-base-core"
fi
