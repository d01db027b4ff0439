#!/bin/sh
# Builds the benchmarks with the project's preset and runs them, printing the
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
    cmake --build "$build" --target bench_render bench_search bench_diff bench_merge bench_team bench_bundle
    cmake --build "$build" --target bench_typing bench_feed 2>/dev/null || true # only with the app
else
    build=$root/build
    cmake --preset default
    cmake --build --preset default --target bench_render bench_search bench_diff bench_merge bench_team bench_bundle
    cmake --build --preset default --target bench_typing bench_feed 2>/dev/null || true # only with the app
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo
echo "== render"
"$build/bench/bench_render" | tee /tmp/almanac-bench-render.txt
echo
echo "== diff"
"$build/bench/bench_diff" | tee /tmp/almanac-bench-diff.txt
echo
echo "== merge"
"$build/bench/bench_merge" | tee /tmp/almanac-bench-merge.txt
echo
echo "== bundle of 1,000 guides against zip -rX"
"$build/bench/bench_bundle" --runs 3 | tee /tmp/almanac-bench-bundle.txt
echo
echo "== search"
"$build/bench/bench_search" "$cache" | tee /tmp/almanac-bench-search.txt
echo
# A team workspace: a throwaway PostgreSQL 15 cluster, durable (fsync on) like a
# real server, with one database for each benchmark; removed at the end.
if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    pgdir=$(mktemp -d /tmp/almanac-bench-pg.XXXXXX)
    trap '"$root/tests/pg/cluster.sh" stop "$pgdir"' EXIT
    ALMANAC_PG_FSYNC=on "$root/tests/pg/cluster.sh" start "$pgdir" >/dev/null
    url=$(cat "$pgdir/url")
    psql "$url" -Xq -c "CREATE DATABASE bench_team" -c "CREATE DATABASE bench_feed"
    echo "== team workspace (PostgreSQL) against a workspace file (SQLite)"
    "$build/bench/bench_team" "${url%/*}/bench_team" "$cache" | tee /tmp/almanac-bench-team.txt
    echo
    if [ -x "$build/bench/bench_feed" ]; then
        echo "== change feed on a team workspace (NOTIFY)"
        QTWEBENGINE_CHROMIUM_FLAGS=${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu} \
            xvfb-run -a -s "-screen 0 1600x1000x24 -br" "$build/bench/bench_feed" 60 --server "${url%/*}/bench_feed" |
            tee /tmp/almanac-bench-feed-team.txt
        echo
    fi
fi
# bench_typing needs the workstation (built with the app) and a display.
if [ -x "$build/bench/bench_typing" ]; then
    echo "== change feed"
    QTWEBENGINE_CHROMIUM_FLAGS=${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu} \
        xvfb-run -a -s "-screen 0 1600x1000x24 -br" "$build/bench/bench_feed" | tee /tmp/almanac-bench-feed.txt
    echo
    echo "== typing and start-up"
    QTWEBENGINE_CHROMIUM_FLAGS=${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu} \
        xvfb-run -a -s "-screen 0 1600x1000x24 -br" "$build/bench/bench_typing" | tee /tmp/almanac-bench-typing.txt
    echo
fi
echo "== summary"
grep -h -E "^(render targets|  )" /tmp/almanac-bench-render.txt /tmp/almanac-bench-search.txt
sed -n '/^diff targets/,$p' /tmp/almanac-bench-diff.txt
grep -h "^ratio" /tmp/almanac-bench-bundle.txt
grep -h -E "ours median|^merge target" /tmp/almanac-bench-merge.txt
[ -f /tmp/almanac-bench-team.txt ] && sed -n '/^targets/,$p' /tmp/almanac-bench-team.txt || true
[ -f /tmp/almanac-bench-typing.txt ] && grep -h -E "^(typical|large) " /tmp/almanac-bench-typing.txt || true
