#!/bin/sh
# Builds the benchmarks with the project's preset and runs both, printing the
# tables that docs/benchmarks.md quotes. Not part of ctest.
#
#   bench/run.sh [CACHE_DIR]     CACHE_DIR holds the search corpus (default /tmp/almanac-bench)
#
# ALMANAC_BENCH_BUILD_DIR=DIR builds in DIR instead of the preset's build/.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cache=${1:-/tmp/almanac-bench}
cd "$root"

if [ -n "${ALMANAC_BENCH_BUILD_DIR:-}" ]; then
    build=$ALMANAC_BENCH_BUILD_DIR
    cmake --preset default -B "$build"
    cmake --build "$build" --target bench_render bench_search
else
    build=$root/build
    cmake --preset default
    cmake --build --preset default --target bench_render bench_search
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo
echo "== render"
"$build/bench/bench_render" | tee /tmp/almanac-bench-render.txt
echo
echo "== search"
"$build/bench/bench_search" "$cache" | tee /tmp/almanac-bench-search.txt
echo
echo "== summary"
grep -h -E "^(render targets|  )" /tmp/almanac-bench-render.txt /tmp/almanac-bench-search.txt
