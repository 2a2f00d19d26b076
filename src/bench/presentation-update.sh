#!/usr/bin/env bash
# The projector with 200 cards on the step (issue 24): how long a reveal and a vote's result take to appear,
# target under 100 ms of work in one frame. Headless (Monocle); -Dheaded in BENCH_JVM_OPTIONS for a display.
#   src/bench/presentation-update.sh [rounds (default 20)]
# MAVEN_ARGS=-o runs Maven offline. Report the figures with the machine's load (`uptime`).
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
exec java ${BENCH_JVM_OPTIONS:-} -cp "$CP" org.valuebench.bench.PresentationUpdateBenchmark "$@"
