#!/usr/bin/env bash
# Where a long-format feedback import spends its time, as a user runs it (JVM start to exit, no extra flags but
# the recording): imports FILE into a copy of WORKSPACE under Java Flight Recorder, then prints the samples per
# thread, grouped by the frame that ran and the first ValueBench frame that called it. Java samples
# (jdk.ExecutionSample) and samples in native code (jdk.NativeMethodSample: SQLite itself) are counted apart;
# both are taken about every 20 ms of a thread's time. Use it to decide what to make faster; measure the result
# with user-waits.sh (ROWS=import), which runs the import against sqlite3 importing the same file.
# Usage: src/bench/feedback-import-profile.sh WORKSPACE CANVAS FILE [rows to print per kind (default 25)]
# (user-waits.sh's work folder holds a workspace, template.db, a canvas name, canvas, and a file, feedback.csv.)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 3 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
workspace=$1 canvas=$2 file=$3 top=${4:-25}
if [ ! -f target/valuebench.jar ] || [ -n "$(find src/main -newer target/valuebench.jar -print -quit)" ]; then
  ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests package
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$workspace" "$work/ws.db"
start=$(date +%s%N)
java -XX:StartFlightRecording=filename="$work/import.jfr",settings=profile -jar target/valuebench.jar \
    --db "$work/ws.db" import-feedback "$canvas" "$file" 2>&1 | grep -v '^\[' || true
echo "wall: $(( ($(date +%s%N) - start) / 1000000 )) ms, load $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in ExecutionSample NativeMethodSample; do
  echo "---- jdk.$kind: samples, thread, frame <- first ValueBench caller"
  jfr print --stack-depth 64 --events "jdk.$kind" "$work/import.jfr" | awk '
    /sampledThread = / { split($0, q, "\""); thread = q[2]; top = ""; ours = ""; next }
    /line:/ { frame = $1; sub(/\(.*/, "", frame); if (top == "") top = frame
              if (ours == "" && frame ~ /^org\.valuebench\./ && frame != top) ours = frame; next }
    /^}/ { if (top != "") count[thread " | " top " <- " ours]++; top = "" }
    END { for (k in count) print count[k] "\t" k }' | sort -rn | head -"$top"
done
