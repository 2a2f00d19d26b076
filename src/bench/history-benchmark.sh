#!/usr/bin/env bash
# Issue 27: a canvas of 500 items with 1,000 versions: the workspace file's growth and the time to list the history
# (medians of several runs). Arguments: [runs, default 3] [versions, default 1000]. Prints uptime beside the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
uptime
java -cp "$CP" org.valuebench.app.history.HistoryBenchmark "$@"
uptime
