#!/usr/bin/env bash
# Issue 29's table: what a user waits for, each against a baseline run beside it in the same run, RUNS times each
# (default 3), alternating, medians compared; one line per row with PASS or FAIL against its goal.
#   1. launch to the canvas drawn (-Dprism.order=sw -XX:TieredStopAtLevel=1, the app's own timing log) against a
#      minimal JavaFX window (one label in a 1280x800 scene, from the same jar, -Dprism.order=sw) shown: <= 2x
#   2. launch to the first window ("Opening workspace...") against the same minimal window: kept, <= 1.25x
#   3. `valuebench list`, JVM start to exit, against a hello-world `java` class: <= 3x
#   4. `valuebench --version` against the same hello world: <= 2x
#   5. import-feedback of 1,000,000 long-format rows (a comment each; JVM start to exit, into a fresh copy of a
#      workspace holding the canvas) against `sqlite3` importing the same file (.import, then an index on
#      (promise, score), WAL): <= 2x
#   6. export-pdf of a 500-item canvas with 10,000 feedback records, end to end: < 1.5 s
#   7. export-json --with-feedback of the same canvas: < 1 s
# ValueBench runs as the README documents it: `java -XX:SharedArchiveFile=target/valuebench.jsa -jar
# target/valuebench.jar`, with the class-data sharing archive the build makes; the baselines run on the plain JVM.
# Usage: src/bench/user-waits.sh [work folder (default: a new temporary folder; generated files are kept there and
# used again)]. ROWS picks groups of rows, e.g. ROWS="window cli" (default: all of window cli import exports).
# Needs sqlite3, and a display (Xvfb is started on :94 when DISPLAY is unset, before the build, so the archive's
# training run includes the window). MAVEN_ARGS=-o keeps Maven offline. Report the figures with the machine's load, printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
rows=" ${ROWS:-window cli import exports} "
want() { [[ "$rows" == *" $1 "* ]]; }
work=${1:-$(mktemp -d)}
mkdir -p "$work"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :94 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:94
  sleep 1
fi
# The build's training run sees the screen, so the class-data sharing archive holds the window's classes too.
if [ ! -f target/valuebench.jar ] || [ ! -f target/valuebench.jsa ] \
    || [ -n "$(find src/main pom.xml -newer target/valuebench.jar -print -quit)" ]; then
  ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests package
fi
CP=$(src/bench/classpath.sh)
jar=target/valuebench.jar
# The jar's documented command line (README): with the archive the build made beside it.
vb=(java -XX:SharedArchiveFile=target/valuebench.jsa -jar "$jar")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Milliseconds a command takes, JVM start to exit.
ms() {
  local start; start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/err.txt" || { echo "failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ratio() { printf "%.2f" "$(echo "scale=4; $1 / $2" | bc)"; }
# row NAME VALUE BASE GOAL-RATIO: prints the row with its ratio and PASS/FAIL.
row() {
  local r; r=$(ratio "$2" "$3")
  printf '%-46s %8s ms  baseline %8s ms  ratio %5sx  goal <= %sx  %s\n' "$1" "$2" "$3" "$r" "$4" \
      "$( [ "$(echo "$r <= $4" | bc)" = 1 ] && echo PASS || echo FAIL)"
}
# limit NAME VALUE GOAL-MS: a row judged by its time alone.
limit() {
  printf '%-46s %8s ms  %-36s goal < %s ms  %s\n' "$1" "$2" "" "$3" "$( [ "$2" -lt "$3" ] && echo PASS || echo FAIL)"
}

if want window; then
# ---- rows 1 and 2: the window
home=$(mktemp -d)
app_launch() {
  rm -rf "$home/state"
  XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" java -Duser.home="$home" \
      -XX:SharedArchiveFile=target/valuebench.jsa -Dprism.order=sw -XX:TieredStopAtLevel=1 -Dvaluebench.timing=exit \
      -jar "$jar" >/dev/null 2>&1
  grep -h 'valuebench.timing' "$home/state/valuebench/valuebench-0.log" | sed 's/.*valuebench.timing //; s/ after / /; s/ ms//'
}
bare_launch() {
  java -Dprism.order=sw -cp "$jar:target/test-classes" org.valuebench.bench.BareWindowLaunch 2>&1 \
      | sed -n 's/valuebench.timing window shown after \([0-9]*\) ms/\1/p'
}
app_launch >/dev/null # the first start seeds the workspace and unpacks JavaFX's natives: not a user's usual wait
bare=(); first=(); drawn=()
for i in $(seq "$runs"); do
  bare+=("$(bare_launch)")
  timing=$(app_launch)
  first+=("$(echo "$timing" | sed -n 's/^window shown //p')")
  drawn+=("$(echo "$timing" | sed -n 's/^canvas drawn //p')")
done
rm -rf "$home"

fi

if want cli; then
# ---- rows 3 and 4: the command line
cat >"$work/Hello.java" <<'EOF'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
EOF
javac -d "$work" "$work/Hello.java"
export VALUEBENCH_DB="$work/cli.db"
"${vb[@]}" list >/dev/null # creates and seeds the workspace once
hello=(); list=(); version=()
for i in $(seq "$runs"); do
  hello+=("$(ms java -cp "$work" Hello)")
  list+=("$(ms "${vb[@]}" list)")
  version+=("$(ms "${vb[@]}" --version)")
done
unset VALUEBENCH_DB

fi

if want import; then
# ---- row 5: the import against sqlite3
if [ ! -f "$work/feedback.csv" ] || [ ! -f "$work/template.db" ]; then
  java -Xmx4g -cp "$CP" org.valuebench.bench.XlsxImportBenchmarkData 1000000 "$work" | tail -1 >"$work/canvas"
fi
canvas=$(cat "$work/canvas")
header=$(head -1 "$work/feedback.csv")
vb_import() {
  rm -f "$work/ws.db" "$work/ws.db-wal" "$work/ws.db-shm"
  cp "$work/template.db" "$work/ws.db"
  ms "${vb[@]}" --db "$work/ws.db" import-feedback "$canvas" "$work/feedback.csv"
}
sqlite_import() {
  rm -f "$work/plain.db" "$work/plain.db-wal" "$work/plain.db-shm"
  ms sqlite3 "$work/plain.db" "PRAGMA journal_mode=WAL;" \
      "CREATE TABLE feedback ($(echo "$header" | sed 's/,/ TEXT, /g') TEXT);" \
      ".import --csv --skip 1 $work/feedback.csv feedback" \
      "CREATE INDEX feedback_promise_score ON feedback (promise, score);"
}
imports=(); plain=()
for i in $(seq "$runs"); do
  imports+=("$(vb_import)")
  plain+=("$(sqlite_import)")
done
[ "$(sqlite3 "$work/plain.db" 'SELECT count(*) FROM feedback')" = 1000000 ] \
  || { echo "sqlite3 did not import 1,000,000 rows" >&2; exit 1; }

fi

if want exports; then
# ---- rows 6 and 7: the exports
java -cp "$CP" org.valuebench.bench.ExchangeBenchmark "$work/canvas.json" >/dev/null
rm -f "$work/exchange.db"*
id=$("${vb[@]}" --db "$work/exchange.db" import-json "$work/canvas.json" | tail -1)
pdf=(); json=()
for i in $(seq "$runs"); do
  pdf+=("$(ms "${vb[@]}" --db "$work/exchange.db" export-pdf "$id" -o "$work/out.pdf" --page a4)")
  json+=("$(ms "${vb[@]}" --db "$work/exchange.db" export-json "$id" --with-feedback -o "$work/out.json")")
done

fi

echo "medians of $runs runs, each beside its baseline:"
if want window; then
  row "launch to the canvas drawn / minimal window" "$(median "${drawn[@]}")" "$(median "${bare[@]}")" 2
  row "launch to the first window / minimal window" "$(median "${first[@]}")" "$(median "${bare[@]}")" 1.25
fi
if want cli; then
  row "valuebench list / java Hello" "$(median "${list[@]}")" "$(median "${hello[@]}")" 3
  row "valuebench --version / java Hello" "$(median "${version[@]}")" "$(median "${hello[@]}")" 2
fi
if want import; then
  row "import 1,000,000 rows / sqlite3 .import+index" "$(median "${imports[@]}")" "$(median "${plain[@]}")" 2
fi
if want exports; then
  limit "export-pdf, 500 items, 10,000 records" "$(median "${pdf[@]}")" 1500
  limit "export-json --with-feedback, the same canvas" "$(median "${json[@]}")" 1000
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
