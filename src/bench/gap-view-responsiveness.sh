#!/usr/bin/env bash
# Issue 29's frame-time target: no interaction in this window benchmark leaves the window unresponsive for
# 100 ms or more, on the 1,000,000-record workspace, on the median run of three. Each run is a fresh JVM that
# opens the real window (headless Monocle, software rendering) and makes every interaction of the gap view and
# of opening a canvas; per interaction it takes the longest time the window could not answer (the longer of the
# longest gap between pulses and the longest Platform.runLater wait). The summary gives each interaction's
# figure in every run, their median and PASS or FAIL against 100 ms, with the machine's load per run.
#   src/bench/gap-view-responsiveness.sh [rows (default 1000000)] [work folder (default target/bench-gap-view)]
# The work folder keeps the generated workspace, so later runs skip generating and importing. RUNS (default 3)
# runs; ROUNDS (default 1) times every interaction within a run, its longest counting. MAVEN_ARGS=-o runs Maven
# offline. The window's JVM runs with the options `./mvnw javafx:run` gives the app (pom.xml,
# javafx-maven-plugin); BENCH_JVM_OPTIONS replaces them, e.g. BENCH_JVM_OPTIONS= for the JVM's defaults, and may
# add -Dbench.each (every step's details) or -Dbench.openings (only the canvas-opening steps).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=${2:-target/bench-gap-view}
mkdir -p "$work"
CP=$(src/bench/classpath.sh)
results=()
for run in $(seq 1 "${RUNS:-3}"); do
  echo "== run $run of ${RUNS:-3}; load $(cut -d' ' -f1-3 /proc/loadavg)"
  file="$work/run-$run.tsv"
  java -Xmx"${BENCH_HEAP:-1g}" ${BENCH_JVM_OPTIONS--XX:TieredStopAtLevel=1} -Dbench.rounds="${ROUNDS:-1}" \
      -Dbench.results="$file" -cp "$CP" org.valuebench.bench.GapViewResponsivenessBenchmark "$rows" "$work"
  results+=("$file")
done
java -cp "$CP" org.valuebench.bench.GapViewVerdict "${results[@]}"
