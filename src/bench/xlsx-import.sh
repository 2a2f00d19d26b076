#!/usr/bin/env bash
# The import of an Excel workbook against the same rows as CSV, in one run (issue 28: XLSX within 3x of CSV, in
# under 300 MB of heap). Generates ROWS long-format rows (promise, score, date, segment, respondent, a comment of
# their own) as CSV and as XLSX (POI's SXSSF with a shared strings table, as Excel writes text), then imports each
# RUNS times with the command line (`java -jar target/valuebench.jar import-feedback`, JVM start included) into a
# fresh copy of a workspace holding the canvas, alternating. Every import runs with -Xmx$BENCH_HEAP (default
# 300m) and GC logging; the peak is the most heap in use before any collection. Prints each run, the medians and
# their ratio.
#   src/bench/xlsx-import.sh [rows (default 1000000)] [work folder (default: a new temporary folder)]
# MAVEN_ARGS=-o runs Maven offline; RUNS sets the runs per format (default 3). Report the figures with the
# machine's load (`uptime`, printed before and after).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=${2:-$(mktemp -d)}
runs=${RUNS:-3}
heap=${BENCH_HEAP:-300m}
mkdir -p "$work"
if [ ! -f target/valuebench.jar ] || [ -n "$(find src/main -newer target/valuebench.jar -print -quit)" ]; then
  ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests package
fi
CP=$(src/bench/classpath.sh)
uptime
# The files of an earlier run in the same work folder are used again when they hold as many rows.
if [ "$(cat "$work/rows" 2>/dev/null)" != "$rows" ] || [ ! -f "$work/feedback.xlsx" ]; then
  start=$(date +%s.%N)
  java -Xmx4g -cp "$CP" org.valuebench.bench.XlsxImportBenchmarkData "$rows" "$work" | tail -1 >"$work/canvas"
  echo "$rows" >"$work/rows"
  echo "generated $rows rows in $(echo "$(date +%s.%N) - $start" | bc) s"
fi
canvas=$(cat "$work/canvas")
echo "feedback.csv $(stat -c %s "$work/feedback.csv") bytes, feedback.xlsx $(stat -c %s "$work/feedback.xlsx") bytes," \
    "$rows rows for the canvas '$canvas'"

# One import: prints "seconds cpu-seconds peak-heap-MB live-heap-MB".
import() {
  local file=$1 db="$work/ws.db" log="$work/gc.log"
  rm -f "$db" "$db-wal" "$db-shm" "$log"
  cp "$work/template.db" "$db"
  # Wall-clock seconds, and the JVM's CPU seconds (user + system, every thread), which a busy machine sways less.
  local TIMEFORMAT='%R %U %S' times
  times=$( { time java -Xmx"$heap" -Xlog:gc:file="$log" -jar target/valuebench.jar --db "$db" import-feedback \
      "$canvas" "$file" >"$work/out.txt" 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; } ; } 2>&1 )
  # GC lines read "... Pause Young (Normal) (G1 Evacuation Pause) 123M->45M(300M) 4.5ms": the peak is the most
  # heap in use before a collection (garbage included: G1 lets it fill the heap it is given), the live heap the
  # most left after one (what the import holds).
  local peak live
  peak=$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$log" | sort -n | tail -1)
  live=$(sed -n 's/.* [0-9]*M->\([0-9]*\)M([0-9]*M).*/\1/p' "$log" | sort -n | tail -1)
  read -r wall user sys <<<"$times"
  echo "$wall $(echo "$user + $sys" | bc) ${peak:-0} ${live:-0}"
}

csv_times=(); xlsx_times=(); csv_cpu=(); xlsx_cpu=()
for i in $(seq "$runs"); do
  read -r c cc cp cl < <(import "$work/feedback.csv")
  read -r x xc xp xl < <(import "$work/feedback.xlsx")
  echo "run $i: csv ${c} s (cpu ${cc} s; heap: peak ${cp} MB, live ${cl} MB) | xlsx ${x} s (cpu ${xc} s; heap: peak" \
      "${xp} MB, live ${xl} MB) | $(head -c 60 "$work/out.txt")"
  csv_times+=("$c"); xlsx_times+=("$x"); csv_cpu+=("$cc"); xlsx_cpu+=("$xc")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
mc=$(median "${csv_times[@]}"); mx=$(median "${xlsx_times[@]}")
echo "median of $runs: csv $mc s, xlsx $mx s, ratio xlsx/csv $(echo "scale=2; $mx / $mc" | bc) (goal: at most 3)" \
    "with -Xmx$heap"
mcc=$(median "${csv_cpu[@]}"); mxc=$(median "${xlsx_cpu[@]}")
echo "median cpu: csv $mcc s, xlsx $mxc s, ratio $(echo "scale=2; $mxc / $mcc" | bc)"
uptime
