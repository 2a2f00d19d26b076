#!/usr/bin/env bash
# Regenerates the application icon's rendered files from valuebench.svg (the one source):
#   valuebench-<size>.png  16 to 512 px (Linux uses the 256 px one for the menu entry and the window)
#   valuebench.ico         Windows (16, 24, 32, 48, 64, 128, 256 px in one file)
#   valuebench.icns        macOS (16, 32, 48, 128, 256, 512 px)
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" valuebench.svg -o "valuebench-$size.png"
done
convert valuebench-16.png valuebench-24.png valuebench-32.png valuebench-48.png valuebench-64.png \
    valuebench-128.png valuebench-256.png valuebench.ico
png2icns valuebench.icns valuebench-16.png valuebench-32.png valuebench-48.png valuebench-128.png \
    valuebench-256.png valuebench-512.png >/dev/null
