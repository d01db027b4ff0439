#!/usr/bin/env bash
# Builds Almanac Studio and runs every test with ctest (GUI tests on a virtual
# X screen), then the core tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the "debug" preset, in build-debug, without the
# workstation). Extra arguments go to both ctest runs, e.g. -R renderer.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/build.sh"
cd "$root"
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
fi
# Every fuzz target first, for a bounded time (ALMANAC_FUZZ_SECONDS per target;
# 0 skips them), then every test.
fuzz_seconds=${ALMANAC_FUZZ_SECONDS:-20}
if [ "$fuzz_seconds" != 0 ]; then
  fuzz/run.sh "$fuzz_seconds"
fi
status=0
xvfb-run -a -s "-screen 0 1440x900x24" ctest --preset default "$@" || status=$?

# The sanitizers (ALMANAC_SANITIZE=0 skips them): any report fails the test.
if [ "${ALMANAC_SANITIZE:-1}" != 0 ]; then
  ALMANAC_KSH_PREFIX=$("$root/packaging/bootstrap.sh" --print-prefix)
  export ALMANAC_KSH_PREFIX
  export CCACHE_DIR=${CCACHE_DIR:-/var/cache/almanac-deps/ccache}
  cmake --preset debug -DALMANAC_BUILD_APP=OFF -DALMANAC_BUILD_BENCH=OFF >/dev/null
  cmake --build --preset debug
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    ctest --test-dir build-debug -L core --output-on-failure -j 2 --timeout 1200 "$@" || status=$?
fi
exit $status
