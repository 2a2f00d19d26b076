#!/usr/bin/env bash
# Screenshots of the participant page (issue 25) in Chromium headless through the real listener: 360x740 and
# 1280x800, light and dark; join form, private step, vote, result. Needs /usr/bin/chromium and chromedriver.
#   src/bench/join-page-look.sh [folder (default target/look-join)]
# MAVEN_ARGS=-o runs Maven offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=$(src/bench/classpath.sh)
exec java -cp "$CP" org.valuebench.web.join.JoinPageLook "$@"
