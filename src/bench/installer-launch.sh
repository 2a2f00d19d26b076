#!/usr/bin/env bash
# The Linux package's size, and the time from starting its launcher to the shown window against
# `java -XX:TieredStopAtLevel=1 -jar target/valuebench.jar` (the README's line), in the same run, alternating,
# RUNS times each (default 3), median reported; the packaged launchers with and without the start-up archive that
# the .deb's postinst makes (lib/app/valuebench.jsa), for the window and for `valuebench list`. Needs the app image
# and the .deb:
#   ./mvnw -Pinstaller package -DskipTests && src/bench/installer-launch.sh
# Runs the app image in place (target/installer/ValueBench/bin/ValueBench: the files the .deb installs), on its own
# Xvfb display, with a throw-away home folder (user.home through JAVA_TOOL_OPTIONS, for both) that one untimed run of
# each launcher has already filled: the workspace exists and JavaFX's natives are unpacked, as on a user's second
# start. "Shown" is the moment `xdotool search --onlyvisible --name ValueBench` first finds the window, polled every
# 50 ms (xdotool's own --sync polls only every half second). The archive is made as postinst makes it, for the app
# image's jar, into the throw-away folder; lib/app/valuebench.jsa links to it ("archive") or to the runtime's own
# archive of the JDK's classes ("no archive": what postinst leaves when it cannot make one, and what the package
# had before), and is removed at the end. Needs Xvfb, xdotool and a JDK 17 `java` on the PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
image=target/installer/ValueBench
jar=target/valuebench.jar
deb=$(ls target/installer/valuebench_*.deb 2>/dev/null | head -1 || true)
[ -x "$image/bin/ValueBench" ] && [ -f "$jar" ] && [ -n "$deb" ] \
  || { echo "installer-launch: build first: ./mvnw -Pinstaller package -DskipTests" >&2; exit 1; }

mb() { du -sm "$1" | cut -f1; }
echo "package: $(basename "$deb") $(( $(stat -c %s "$deb") / 1000000 )) MB ($(ar t "$deb" | grep data.tar));" \
  "app image $(mb "$image") MB (runtime $(mb "$image/lib/runtime") MB, jar $(mb "$image/lib/app/valuebench.jar") MB);" \
  "target/valuebench.jar $(mb "$jar") MB"

work=$(mktemp -d)
xvfb_pid=""
jsa=$image/lib/app/valuebench.jsa
trap '[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null; rm -f "$jsa"; rm -rf "$work"' EXIT
[ -s "$image/lib/app/valuebench.classlist" ] \
  || { echo "installer-launch: no lib/app/valuebench.classlist in the app image (installer.xml: classlist)" >&2; exit 1; }
dump_start=$(date +%s%N)
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$image/lib/app/valuebench.classlist" \
  -XX:SharedArchiveFile="$work/valuebench.jsa" -cp "$image/lib/app/valuebench.jar" >"$work/dump.log" 2>&1 \
  || { echo "installer-launch: -Xshare:dump failed: $(tail -3 "$work/dump.log")" >&2; exit 1; }
echo "start-up archive made as postinst does in $(( ($(date +%s%N) - dump_start) / 1000000 )) ms:" \
  "$(mb "$work/valuebench.jsa") MB, from $(wc -l <"$image/lib/app/valuebench.classlist") class list lines"
with_archive() { ln -sfn "$work/valuebench.jsa" "$jsa"; }
without_archive() { ln -sfn "$(cd "$image/lib/runtime/lib/server" && pwd)/classes.jsa" "$jsa"; }
exec 3< <(Xvfb -displayfd 1 -screen 0 1440x900x24 -nolisten tcp 2>"$work/xvfb.log" & echo "pid $!")
read -r _ xvfb_pid <&3
read -r display_number <&3 || { echo "installer-launch: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
export DISPLAY=:$display_number HOME=$work JAVA_TOOL_OPTIONS="-Duser.home=$work"
unset XDG_DATA_HOME XDG_STATE_HOME XDG_CONFIG_HOME XDG_CACHE_HOME VALUEBENCH_DB

# Milliseconds from starting the command to its window being visible; the app is then ended.
shown_after() {
  local start now pid
  start=$(date +%s%N)
  "$@" >"$work/app.log" 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name ValueBench >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "installer-launch: $* ended without a window: $(cat "$work/app.log")" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  while xdotool search --name ValueBench >/dev/null 2>&1; do sleep 0.05; done
  echo $(( (now - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
# Milliseconds from starting the command to its exit, standard output dropped.
ran_for() {
  local start
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/cli.log" || { echo "installer-launch: $* failed: $(cat "$work/cli.log")" >&2; exit 1; }
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

packaged=("$image/bin/ValueBench")
plain=(java -XX:TieredStopAtLevel=1 -jar "$jar")
echo "load before: $(uptime | sed 's/.*load average/load average/')"
with_archive
echo "untimed first starts (workspace seeded, JavaFX natives unpacked): packaged $(shown_after "${packaged[@]}") ms," \
  "java -jar $(shown_after "${plain[@]}") ms"
p=() n=() j=()
for i in $(seq "$runs"); do
  with_archive
  p+=("$(shown_after "${packaged[@]}")")
  without_archive
  n+=("$(shown_after "${packaged[@]}")")
  j+=("$(shown_after "${plain[@]}")")
  echo "run $i: window shown: packaged launcher, archive ${p[-1]} ms | no archive ${n[-1]} ms | java -jar ${j[-1]} ms"
done
echo "median of $runs, window shown: packaged launcher, archive $(median "${p[@]}") ms, no archive $(median "${n[@]}") ms," \
  "java -jar $(median "${j[@]}") ms"
cli=("$image/bin/valuebench" list)
# Untimed: the first command after the killed windows opens the workspace they left (its write-ahead log).
echo "untimed first valuebench list: $(ran_for "${cli[@]}") ms"
c=() d=()
for i in $(seq "$runs"); do
  with_archive
  c+=("$(ran_for "${cli[@]}")")
  without_archive
  d+=("$(ran_for "${cli[@]}")")
  echo "run $i: valuebench list: archive ${c[-1]} ms | no archive ${d[-1]} ms"
done
echo "median of $runs, valuebench list: archive $(median "${c[@]}") ms, no archive $(median "${d[@]}") ms"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
