#!/usr/bin/env bash
# Prints the classpath for running benchmarks from target/ (main + test classes and every dependency).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile >&2
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
echo "target/classes:target/test-classes:$(cat target/bench.classpath)"
