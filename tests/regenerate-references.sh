#!/usr/bin/env bash
# Rewrites the stored reference files from the current code. Run it only when a
# change to the output is intended, and read the diff before committing it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
cmake --build "$build" --target tst_renderer tst_guidediff tst_merge
ALMANAC_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_renderer" referencePages
ALMANAC_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_guidediff" references htmlReference
ALMANAC_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_merge" references
git -C "$here" status --short tests/reference
