#!/usr/bin/env bash
# Prints the classpath for running benchmarks from target/ (main classes, test classes with the harnesses of
# src/bench/java, which the bench profile compiles with them, and every dependency, JMH included).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B ${MAVEN_ARGS:-} -Pbench test-compile >&2
./mvnw -q -B ${MAVEN_ARGS:-} -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
echo "target/classes:target/test-classes:$(cat target/bench.classpath)"
