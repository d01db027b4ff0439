#!/usr/bin/env bash
# Builds Almanac Studio and runs every test with ctest (GUI tests on a virtual
# X screen), then the core tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer, in the fuzzers' build (build-fuzz: clang, core,
# CLI and core tests, no workstation), so one sanitizer build serves both.
# Extra arguments go to both ctest runs, e.g. -R renderer.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/build.sh"
cd "$root"
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
fi
# Every fuzz target first, for a bounded time (ALMANAC_FUZZ_SECONDS per target;
# 0 skips them), then every test.
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/almanac-deps/ccache} CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
fuzz_seconds=${ALMANAC_FUZZ_SECONDS:-20}
sanitize=${ALMANAC_SANITIZE:-1}
status=0
if [ "$fuzz_seconds" != 0 ] || [ "$sanitize" != 0 ]; then
  ALMANAC_FUZZ_TESTS=$([ "$sanitize" != 0 ] && echo ON || echo OFF) fuzz/run.sh "$fuzz_seconds" || status=$?
fi
xvfb-run -a -s "-screen 0 1440x900x24" ctest --preset default "$@" || status=$?

# The sanitizers (ALMANAC_SANITIZE=0 skips them): any report fails the test.
if [ "$sanitize" != 0 ]; then
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    ctest --test-dir "${ALMANAC_FUZZ_BUILD:-$root/build-fuzz}" -L core --output-on-failure -j 2 --timeout 1200 "$@" ||
    status=$?
fi
exit $status
