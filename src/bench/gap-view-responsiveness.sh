#!/usr/bin/env bash
# The JavaFX thread while the gap view shows a canvas with 1,000,000 feedback records (issue 3): the longest gap
# between pulses and the longest Platform.runLater wait per step, target under 50 ms. Headless (Monocle).
#   src/bench/gap-view-responsiveness.sh [rows (default 1000000)] [work folder (default: a new temporary folder)]
# A work folder that already holds the workspace skips generating and importing. MAVEN_ARGS=-o runs Maven offline.
# The window's JVM runs with the options `./mvnw javafx:run` gives the app (pom.xml, javafx-maven-plugin);
# BENCH_JVM_OPTIONS replaces them, e.g. BENCH_JVM_OPTIONS= for the JVM's defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B ${MAVEN_ARGS:-} -Pbench test-compile
classpath_file=target/bench.classpath
./mvnw -q -B ${MAVEN_ARGS:-} -Pbench dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
exec java -Xmx"${BENCH_HEAP:-1g}" ${BENCH_JVM_OPTIONS--XX:TieredStopAtLevel=1} -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    org.valuebench.bench.GapViewResponsivenessBenchmark "$@"
