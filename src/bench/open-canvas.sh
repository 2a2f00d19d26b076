#!/usr/bin/env bash
# JMH: time to open the largest sample canvas (Workbench.show on a seeded workspace file).
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
java -cp "$CP" org.openjdk.jmh.Main OpenCanvasBenchmark "$@"
