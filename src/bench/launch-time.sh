#!/usr/bin/env bash
# Time from JVM start to the first shown window: ValueBench against a bare JavaFX window launched the same
# way (plain classpath, software rendering), RUNS times each, alternating. Needs a display (e.g. Xvfb :42).
# ValueBench opens the default workspace in a throw-away data folder, so it shows the seeded sample canvases;
# the first run, which creates and seeds the file, is reported apart.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-7}
CP=$(src/bench/classpath.sh)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
flags=(-Dprism.order=sw -cp "$CP")
echo "first run (creates and seeds the workspace):"
XDG_DATA_HOME="$data" java "${flags[@]}" -Dvaluebench.launchReport=true org.valuebench.Launcher
for i in $(seq "$runs"); do
  bare=$(java "${flags[@]}" org.valuebench.bench.BareWindowLaunch | sed -n 's/launch.shown.ms=//p')
  app=$(XDG_DATA_HOME="$data" java "${flags[@]}" -Dvaluebench.launchReport=true org.valuebench.Launcher | tr '\n' ' ')
  echo "run $i: bare.shown.ms=$bare $app"
done
