#!/usr/bin/env bash
# Feedback import and gap computation measured against the sqlite3 command-line tool (issue 3), plus the heap
# during import. Needs sqlite3 on the PATH.
#   bench/feedback-benchmark.sh [rows (default 1000000)] [work folder (default: a new temporary folder)]
# MAVEN_ARGS=-o runs Maven offline; BENCH_HEAP sets the JVM's heap limit (default 256m: an import that held its
# rows in memory would not fit).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B ${MAVEN_ARGS:-} -Pbench test-compile
classpath_file=target/bench.classpath
./mvnw -q -B ${MAVEN_ARGS:-} -Pbench dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
exec java -Xmx"${BENCH_HEAP:-256m}" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    org.valuebench.bench.FeedbackBenchmark "$@"
