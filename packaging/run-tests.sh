#!/usr/bin/env bash
# Builds Almanac Studio and runs every test with ctest (GUI tests on a virtual
# X screen). Extra arguments go to ctest, e.g. -R renderer.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/build.sh"
cd "$root"
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
fi
# Every importer's fuzz target first, for a bounded time (ALMANAC_FUZZ_SECONDS per
# target; 0 skips them), then every test.
fuzz_seconds=${ALMANAC_FUZZ_SECONDS:-20}
if [ "$fuzz_seconds" != 0 ]; then
  fuzz/run.sh "$fuzz_seconds"
fi
exec xvfb-run -a -s "-screen 0 1440x900x24" ctest --preset default "$@"
