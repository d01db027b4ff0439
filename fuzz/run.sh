#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz and runs each for a
# bounded time on seed corpora made from tests/data/import. Usage:
#   fuzz/run.sh [SECONDS]      (default 30 per target; ALMANAC_FUZZ_SEED picks the sequence, 1 by default)
# Exits non-zero if any target finds a crash; crash inputs stay in build-fuzz/crashes.
set -euo pipefail

seconds=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ALMANAC_FUZZ_BUILD:-$root/build-fuzz}
data=$root/tests/data/import

# Where the bootstrap put cmark-gfm 0.29.0.gfm.13 (and KSyntaxHighlighting).
prefix=${ALMANAC_KSH_PREFIX:-$("$root/packaging/bootstrap.sh" --print-prefix)}
CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_PREFIX_PATH="$prefix" \
  -DALMANAC_FUZZ=ON -DALMANAC_BUILD_APP=OFF -DALMANAC_BUILD_TESTS=OFF -DALMANAC_BUILD_BENCH=OFF >&2
cmake --build "$build" --target fuzz_pagetext fuzz_markdownfile fuzz_csljson fuzz_timelinejs fuzz_importer >&2

seed() { # seed TARGET GLOB...
  local dir=$build/corpus/$1
  shift
  mkdir -p "$dir"
  for pattern in "$@"; do
    cp -f $data/$pattern "$dir"/ 2>/dev/null || true
  done
}
seed pagetext '*.txt'
seed markdownfile '*.md'
seed csljson 'zotero-*.json' 'broken-csl-*.json'
seed timelinejs 'apollo-*.json' 'broken-tl-*.json'
seed importer '*'

mkdir -p "$build/crashes"
status=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for name in pagetext markdownfile csljson timelinejs importer; do
  echo "fuzz: $name for ${seconds}s" >&2
  if ! "$build/fuzz/fuzz_$name" "$build/corpus/$name" -max_total_time="$seconds" -seed="${ALMANAC_FUZZ_SEED:-1}" -max_len=65536 -timeout=10 \
      -rss_limit_mb=4096 -artifact_prefix="$build/crashes/$name-" -print_final_stats=1 2>"$build/fuzz-$name.log"; then
    echo "fuzz: $name FAILED; see $build/fuzz-$name.log" >&2
    tail -n 40 "$build/fuzz-$name.log" >&2
    status=1
  fi
done
exit $status
