#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz and runs each for a
# bounded time on seed corpora kept in the repository (tests/data/import, the
# demo guides and test guides, fuzz/corpus/TARGET). Usage:
#   fuzz/run.sh [SECONDS]      (default 30 per target; ALMANAC_FUZZ_SEED picks the sequence, 1 by default)
# Exits non-zero if any target finds a crash; crash inputs stay in build-fuzz/crashes.
# The targets run two at a time (ALMANAC_FUZZ_JOBS). With ALMANAC_FUZZ_TESTS=ON the
# same build (clang, ASan and UBSan) also builds the core tests, which
# packaging/run-tests.sh then runs there: one sanitizer build serves both.
set -euo pipefail

seconds=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ALMANAC_FUZZ_BUILD:-$root/build-fuzz}
data=$root/tests/data/import

# Where the bootstrap put cmark-gfm 0.29.0.gfm.13 (and KSyntaxHighlighting).
prefix=${ALMANAC_KSH_PREFIX:-$("$root/packaging/bootstrap.sh" --print-prefix)}
CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_PREFIX_PATH="$prefix" \
  -DALMANAC_FUZZ=ON -DALMANAC_BUILD_APP=OFF -DALMANAC_BUILD_TESTS="${ALMANAC_FUZZ_TESTS:-OFF}" \
  -DALMANAC_BUILD_BENCH=OFF >&2
targets=(pagetext markdownfile csljson timelinejs importer guidefile render pagepatch diff verifier searchquery)
if [ "${ALMANAC_FUZZ_TESTS:-OFF}" = ON ]; then
  cmake --build "$build" >&2
else
  cmake --build "$build" --target "${targets[@]/#/fuzz_}" >&2
fi
[ "$seconds" = 0 ] && exit 0 # built only (for the sanitizer tests), not run

seed() { # seed TARGET DIR GLOB...
  local dir=$build/corpus/$1 from=$2
  shift 2
  mkdir -p "$dir"
  for pattern in "$@"; do
    cp -f $from/$pattern "$dir"/ 2>/dev/null || true
  done
}
seed pagetext "$data" '*.txt'
seed markdownfile "$data" '*.md'
seed csljson "$data" 'zotero-*.json' 'broken-csl-*.json'
seed timelinejs "$data" 'apollo-*.json' 'broken-tl-*.json'
seed importer "$data" '*'
seed guidefile "$root/resources/demo" '*.json'
seed guidefile "$root/tests/data/guides" '*.json'
seed render "$data" '*.md'
seed pagepatch "$data" '*.md'
seed pagepatch "$root/fuzz/corpus/render" '*'
for name in render diff verifier searchquery; do
  seed "$name" "$root/fuzz/corpus/$name" '*'
done

mkdir -p "$build/crashes"
status=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
run_one() { # run_one NAME: exit status 1 when the target found something
  local name=$1
  echo "fuzz: $name for ${seconds}s" >&2
  if ! "$build/fuzz/fuzz_$name" "$build/corpus/$name" -max_total_time="$seconds" -seed="${ALMANAC_FUZZ_SEED:-1}" -max_len=65536 -timeout=10 \
      -rss_limit_mb=4096 -artifact_prefix="$build/crashes/$name-" -print_final_stats=1 2>"$build/fuzz-$name.log"; then
    echo "fuzz: $name FAILED; see $build/fuzz-$name.log" >&2
    tail -n 40 "$build/fuzz-$name.log" >&2
    return 1
  fi
}
# Each target is one process on one core: as many at once as there are jobs.
jobs=${ALMANAC_FUZZ_JOBS:-2}
pids=()
for name in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n || status=1
  done
  run_one "$name" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
exit $status
