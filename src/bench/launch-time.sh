#!/usr/bin/env bash
# Time from JVM start to the first shown window: ValueBench against a bare JavaFX window launched the same
# way (plain classpath, software rendering), RUNS times each, alternating. Needs a display (e.g. Xvfb :42).
# ValueBench opens the default workspace in a throw-away data folder, so it shows the seeded sample canvases;
# the first run, which creates and seeds the file, is reported apart. Figures: ms after JVM start.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-7}
CP=$(src/bench/classpath.sh)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# Both start as `./mvnw javafx:run` starts the app (its JVM options in pom.xml); LAUNCH_JVM_OPTIONS replaces them.
flags=(-Dprism.order=sw ${LAUNCH_JVM_OPTIONS--XX:TieredStopAtLevel=1} -cp "$CP")
# The window writes its timings to its log (a fresh state folder per run), not to the terminal.
app() {
  rm -rf "$data/state"
  XDG_DATA_HOME="$data" XDG_STATE_HOME="$data/state" java "${flags[@]}" -Dvaluebench.timing=exit org.valuebench.Launcher \
      >/dev/null 2>&1
  grep -h valuebench.timing "$data/state/valuebench/valuebench-0.log" | sed 's/.*valuebench.timing //; s/ after / /; s/ ms//' \
      | tr '\n' ' '
}
bare() { java "${flags[@]}" org.valuebench.bench.BareWindowLaunch 2>&1 | sed -n 's/valuebench.timing window shown after \([0-9]*\) ms/\1/p'; }
echo "first run (creates and seeds the workspace): $(app)"
for i in $(seq "$runs"); do
  echo "run $i: bare window shown $(bare) | valuebench $(app)"
done
