#!/usr/bin/env bash
# Issue 25's load benchmark (a check, not a timed test): the whole window headless (Monocle) with its room and
# listener on 127.0.0.1, PARTICIPANTS simulated devices over real HTTP, each following the event stream, adding
# CARDS cards (half in a private step, half in an open one, some sent again with the same id) and 3 dots while
# the facilitator reveals, moves on and starts the vote. Reports submit -> presentation slide latency (p50, p95,
# max), requests/s, refusals by status and what the workspace file holds; PASS when p95 < 1 s and every card and
# dot is stored exactly once. See org.valuebench.bench.JoinLoadBenchmark.
#   src/bench/join-load.sh [participants (default 30)] [cards each (default 20)]
# BENCH_JVM_OPTIONS=-Djoinload.typingMs=4000: each device types about 4 s per card (0.5-1.5x) instead of sending
# its cards back to back; report which pace a figure was measured at.
# MAVEN_ARGS=-o builds offline. The machine's load is printed before and after (`uptime`): report it with the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "before: $(uptime)"
rc=0
java ${BENCH_JVM_OPTIONS:-} -cp "$CP" org.valuebench.bench.JoinLoadBenchmark "$@" || rc=$?
echo "after: $(uptime)"
exit "$rc"
