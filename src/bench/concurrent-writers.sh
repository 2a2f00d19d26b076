#!/usr/bin/env bash
# Issue 21's concurrency check (a check, not a timed test): 8 command-line `import-feedback` processes (a CSV of
# CSV_ROWS rows each, default 50,000) and 8 `import-json` processes (a canvas carrying JSON_RECORDS feedback
# records each, default 100,000) start at once on one workspace, while a reader loops `list` and `gaps`.
# Passes when all 16 exit 0, every record is stored exactly once, every reader run succeeded and
# PRAGMA integrity_check says ok. Reports each writer's wall time and wait, and the longest wait.
# Needs python3 and sqlite3 (installed with apt-get when missing, if the user may). MAVEN_ARGS=-o builds offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
csv_rows=${CSV_ROWS:-50000}
json_records=${JSON_RECORDS:-100000}
writers=8
jar=target/valuebench.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B ${MAVEN_ARGS:-} package -DskipTests
fi
command -v sqlite3 >/dev/null || apt-get install -y sqlite3 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws="$work/ws.db"
vb() { java -XX:TieredStopAtLevel=1 -jar "$jar" "$@"; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# A canvas with promises: a sample canvas from a throw-away default workspace, without its feedback.
XDG_DATA_HOME="$work/seed" vb export-json 1 -o "$work/sample.json" >/dev/null
python3 - "$work" "$writers" "$csv_rows" "$json_records" <<'EOF'
import copy, csv, json, sys
work, writers, rows, records = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
canvas = json.load(open(f"{work}/sample.json"))
canvas["feedback"] = []
json.dump(canvas, open(f"{work}/base.json", "w"))
promises = [(i["key"], i["text"]) for items in canvas["sections"].values() for i in items if i.get("promise")]
for w in range(writers):
    # Every record is unique by its respondent: C<writer>-<row> in CSV files, J<writer>-<row> in JSON files.
    with open(f"{work}/feedback-{w}.csv", "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["promise", "score", "scale", "date", "voice", "respondent", "comment"])
        for r in range(rows):
            out.writerow([promises[r % len(promises)][1], 1 + r % 5, "1-5", f"2025-{1 + r % 12:02d}-{1 + r % 28:02d}",
                          "customer", f"C{w}-{r}", f"comment {w}/{r}"])
    bulk = copy.deepcopy(canvas)
    bulk["canvas"]["name"] = f"Bulk {w}"
    bulk["feedback"] = [{"promise": promises[r % len(promises)][0], "score": 1 + r % 5, "scale": "1-5",
                         "expectation": None, "voice": "customer", "channel": "survey", "segment": "",
                         "date": f"2025-{1 + r % 12:02d}-{1 + r % 28:02d}", "respondent": f"J{w}-{r}",
                         "comment": ""} for r in range(records)]
    json.dump(bulk, open(f"{work}/bulk-{w}.json", "w"))
EOF
vb --db "$ws" import-json "$work/base.json" >/dev/null
echo "files: $writers CSV of $csv_rows rows ($(( $(stat -c %s "$work/feedback-0.csv") / 1024 )) kB each)," \
     "$writers JSON of $json_records records ($(( $(stat -c %s "$work/bulk-0.json") / 1024 )) kB each)"

# The reader loops until the writers are done; each of its runs must succeed.
touch "$work/writing"
(
  runs=0 failed=0 longest=0
  while [ -f "$work/writing" ]; do
    for cmd in "list" "gaps 1 --format json"; do
      start=$(date +%s%N)
      # shellcheck disable=SC2086
      if ! vb --db "$ws" $cmd >/dev/null 2>>"$work/reader.err"; then failed=$((failed + 1)); fi
      ms=$(( ($(date +%s%N) - start) / 1000000 )); runs=$((runs + 1))
      [ "$ms" -gt "$longest" ] && longest=$ms
    done
  done
  echo "$runs $failed $longest" >"$work/reader.result"
) &
reader=$!

start_all=$(date +%s%N)
pids=()
for w in $(seq 0 $((writers - 1))); do
  ( s=$(date +%s%N); rc=0; vb --db "$ws" import-feedback 1 "$work/feedback-$w.csv" >"$work/csv-$w.out" 2>"$work/csv-$w.err" || rc=$?
    echo "$rc $(( ($(date +%s%N) - s) / 1000000 ))" >"$work/csv-$w.result" ) &
  pids+=($!)
  ( s=$(date +%s%N); rc=0; vb --db "$ws" import-json "$work/bulk-$w.json" >"$work/json-$w.out" 2>"$work/json-$w.err" || rc=$?
    echo "$rc $(( ($(date +%s%N) - s) / 1000000 ))" >"$work/json-$w.result" ) &
  pids+=($!)
done
wait "${pids[@]}"
echo "all writers done after $(( ($(date +%s%N) - start_all) / 1000000 )) ms"
rm "$work/writing"
wait "$reader"

ok=1 longest_wait=0
printf '%-12s %5s %9s %9s  %s\n' writer exit "wall ms" "waited s" "output"
for kind in csv json; do
  for w in $(seq 0 $((writers - 1))); do
    read -r rc ms <"$work/$kind-$w.result"
    waited=$(sed -n 's/.*continuing after waiting \([0-9.]*\) s/\1/p' "$work/$kind-$w.err")
    printf '%-12s %5s %9s %9s  %s\n' "$kind-$w" "$rc" "$ms" "${waited:-0}" \
        "$(tail -1 "$work/$kind-$w.out") $(grep -v 'waiting for another\|continuing after' "$work/$kind-$w.err" | head -2)"
    [ "$rc" -eq 0 ] || ok=0
    if [ -n "$waited" ] && python3 -c "import sys; sys.exit(0 if $waited > $longest_wait else 1)"; then
      longest_wait=$waited
    fi
  done
done
read -r runs failed longest <"$work/reader.result"
echo "reader: $runs runs of list/gaps, $failed failed, longest $longest ms"
[ "$failed" -eq 0 ] || { ok=0; head -5 "$work/reader.err"; }
echo "longest wait of a writer for its turn: $longest_wait s"

expected=$(( writers * csv_rows + writers * json_records ))
read -r stored distinct csv_stored json_stored < <(sqlite3 -separator ' ' "$ws" \
  "SELECT count(*), count(DISTINCT respondent), sum(respondent LIKE 'C%'), sum(respondent LIKE 'J%') FROM feedback")
integrity=$(sqlite3 "$ws" "PRAGMA integrity_check")
echo "records: $stored stored ($csv_stored from CSV, $json_stored from JSON), $distinct distinct, $expected expected"
echo "integrity_check: $integrity"
[ "$stored" -eq "$expected" ] && [ "$distinct" -eq "$expected" ] && [ "$integrity" = ok ] || ok=0
if [ "$ok" -eq 1 ]; then echo "PASS"; else echo "FAIL"; exit 1; fi
