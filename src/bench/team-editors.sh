#!/usr/bin/env bash
# Issue 26's load check of a team workspace (a benchmark, not a timed test): EDITORS simulated editors on one
# local PostgreSQL database for SECONDS, adding, editing, linking, rating and voting, while a watching window model
# records when each edit shows. Reports the 95th percentile from one editor's commit to the watcher's model
# showing it, the conflicts reported and a lost-update check; PASS when p95 < 1 s and nothing was lost.
# See org.valuebench.bench.TeamEditorsBenchmark.
#   src/bench/team-editors.sh [editors (default 10)] [seconds (default 60)] [think ms (default 250)]
# MAVEN_ARGS=-o builds offline. The machine's load is printed before and after: report it with the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
source src/bench/local-postgres.sh
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "before: $(uptime)"
rc=0
java ${BENCH_JVM_OPTIONS:-} -cp "$CP" org.valuebench.bench.TeamEditorsBenchmark "$PG_URL" "$@" || rc=$?
echo "after: $(uptime)"
exit "$rc"
