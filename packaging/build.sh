#!/usr/bin/env bash
# Installs what is missing (packaging/bootstrap.sh), then configures and builds
# with the "default" CMake preset. Sourced by run-studio.sh and run-tests.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
ALMANAC_KSH_PREFIX=$("$root/packaging/bootstrap.sh" --print-prefix)
export ALMANAC_KSH_PREFIX
# ccache keeps its cache outside the tree, so a fresh clone rebuilds quickly.
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/almanac-deps/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-2G}
# Paths inside the tree are hashed relative to it, so clones at other paths hit too.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
cmake --preset default >/dev/null
cmake --build --preset default
