#!/usr/bin/env bash
# Issue 4's exchange speed for a canvas of 500 items with fit links, 12 competing factors rated for every
# offer (issue 5) and 10,000 feedback records:
#  1. the command line end to end (JVM start to exit, wall time; target < 3 s): import-json, export-json
#     --with-feedback and export-pdf, RUNS times each (default 5), on a throw-away workspace;
#  2. JMH in a warm JVM (ExchangeBenchmark; targets: JSON export and import < 300 ms, PDF export < 1 s).
# Extra arguments go to JMH (e.g. -f 1 -wi 2 -i 3). SKIP_JMH=1 runs only the command-line part.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
CP=$(src/bench/classpath.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

java -cp "$CP" org.valuebench.bench.ExchangeBenchmark "$work/canvas.json"
echo "canvas file: $(( $(stat -c %s "$work/canvas.json") / 1024 )) kB"
export VALUEBENCH_DB="$work/workspace.db"
vb() { java -cp "$CP" org.valuebench.Launcher "$@"; }
ms() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
id=$(vb import-json "$work/canvas.json" | tail -1)
echo "command line, wall time in ms (JVM start to exit):"
for i in $(seq "$runs"); do
  echo "  run $i: import-json $(ms vb import-json "$work/canvas.json")" \
       "| export-json --with-feedback $(ms vb export-json "$id" --with-feedback -o "$work/out.json")" \
       "| export-pdf $(ms vb export-pdf "$id" -o "$work/out.pdf" --page a4)" \
       "| list (JVM and workspace only) $(ms vb list)"
done
echo "PDF: $(( $(stat -c %s "$work/out.pdf") / 1024 )) kB; load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -z "${SKIP_JMH:-}" ]; then
  java -cp "$CP" org.openjdk.jmh.Main ExchangeBenchmark "$@"
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi
