#!/usr/bin/env bash
# Installs what Almanac Studio needs to build, run and test on Debian 12 (or newer),
# and provides KSyntaxHighlighting for Qt 6 and cmark-gfm 0.29.0.gfm.13 (Debian 12's
# 0.29.0.gfm.6 lacks the upstream fixes for quadratic inputs). Safe to run again: it
# only does what is missing. Prints nothing on standard output but, with
# --print-prefix, the folders (a CMake list) that CMake should search for them.
set -euo pipefail

deps_cache=${ALMANAC_DEPS_CACHE:-/var/cache/almanac-deps}
ksh_version=5.116.0
ksh_debian_version=5.116.0-1
ksh_tarball=ksyntax-highlighting_${ksh_version}.orig.tar.xz
ksh_sha256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
ksh_prefix=$deps_cache/ksyntaxhighlighting-$ksh_version-qt6
cmark_version=0.29.0.gfm.13
cmark_debian_version=0.29.0.gfm.13-4
cmark_tarball=cmark-gfm_${cmark_version}.orig.tar.gz
cmark_sha256=5abc61798ebd9de5660bc076443c07abad2b8d15dbc11094a3a79644b8ad243a
cmark_prefix=$deps_cache/cmark-gfm-$cmark_version-static

packages=(
  build-essential cmake ninja-build ccache pkg-config git file
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
  qt6-webchannel-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev libvulkan-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm
  libquazip1-qt6-dev
  libhunspell-dev hunspell-en-us hunspell-de-de hunspell-ar hunspell-he libyaml-cpp-dev libtomlplusplus-dev libsqlite3-dev sqlite3
  extra-cmake-modules
  clang-14 libclang-rt-14-dev
  xvfb xauth xdotool imagemagick chromium fonts-dejavu-core fonts-liberation2
  pandoc zip
  postgresql libpq-dev
  lintian desktop-file-utils appstream bash-completion
)

log() { printf 'bootstrap: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
  local p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  log "installing Debian packages: $(echo $missing | tr '\n' ' ')"
  as_root apt-get update -qq >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing >&2
}

have_kf6_ksh() {
  [ -e /usr/lib/x86_64-linux-gnu/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake ] ||
    compgen -G '/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null
}

# The URI of the machine's own Debian archive, read from its apt sources.
debian_uri() {
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '{print $2}' | grep -E '/debian/?$' | head -n 1 || true)
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(grep -hE '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -E '/debian/?$' | head -n 1 || true)
  fi
  printf '%s' "$uri"
}

# Downloads an upstream tarball from Debian's source archive (trixie) and checks its
# SHA-256, not apt's exit code: fetch_source PACKAGE=DEBIAN_VERSION TARBALL SHA256 WHAT.
fetch_source() {
  local spec=$1 tarball=$2 sha=$3 what=$4
  local dir=$deps_cache/src
  mkdir -p "$dir"
  if [ -f "$dir/$tarball" ] && echo "$sha  $dir/$tarball" | sha256sum -c --quiet 2>/dev/null; then
    return 0
  fi
  local uri list=/etc/apt/sources.list.d/almanac-trixie-src.sources
  uri=$(debian_uri)
  [ -n "$uri" ] || { log "no Debian archive found in the apt sources"; exit 2; }
  log "fetching the $what source from $uri (trixie deb-src)"
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" |
    as_root tee "$list" >/dev/null
  as_root apt-get update -qq >&2 || true
  # Only the upstream tarball is served; the .dsc is not, so apt exits non-zero.
  (cd "$dir" && apt-get source --download-only "$spec" >&2) || true
  as_root rm -f "$list"
  as_root apt-get update -qq >&2 || true
  echo "$sha  $dir/$tarball" | sha256sum -c --quiet ||
    { log "the $what tarball is missing or its SHA-256 is wrong"; exit 2; }
}

fetch_ksh_tarball() {
  fetch_source "ksyntax-highlighting=$ksh_debian_version" "$ksh_tarball" "$ksh_sha256" \
    "KSyntaxHighlighting $ksh_version"
}

build_ksh() {
  [ -f "$ksh_prefix/.complete" ] && return 0
  fetch_ksh_tarball
  local work
  work=$(mktemp -d)
  log "building KSyntaxHighlighting $ksh_version for Qt 6 (static) into $ksh_prefix"
  tar -xJf "$deps_cache/src/$ksh_tarball" -C "$work"
  local srcdir=$work/syntax-highlighting-$ksh_version
  # Debian 12 has extra-cmake-modules 5.103; KF 5.116 asks for its own version.
  sed -i -E 's/find_package\(ECM [0-9.]+/find_package(ECM 5.103.0/' "$srcdir/CMakeLists.txt"
  cmake -S "$srcdir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DBUILD_SHARED_LIBS=OFF \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DCMAKE_INSTALL_PREFIX="$ksh_prefix" >&2
  cmake --build "$work/build" >&2
  rm -rf "$ksh_prefix"
  cmake --install "$work/build" >&2
  touch "$ksh_prefix/.complete"
  rm -rf "$work"
}

# The system's cmark-gfm is used when it has the fixes (0.29.0.gfm.13 or newer).
have_new_cmark() {
  local v
  v=$(pkg-config --modversion libcmark-gfm 2>/dev/null) || return 1
  dpkg --compare-versions "$v" ge "$cmark_version"
}

build_cmark() {
  [ -f "$cmark_prefix/.complete" ] && return 0
  fetch_source "cmark-gfm=$cmark_debian_version" "$cmark_tarball" "$cmark_sha256" "cmark-gfm $cmark_version"
  local work
  work=$(mktemp -d)
  log "building cmark-gfm $cmark_version (static) into $cmark_prefix"
  tar -xzf "$deps_cache/src/$cmark_tarball" -C "$work"
  local srcdir=$work/cmark-gfm-$cmark_version
  cmake -S "$srcdir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF -DCMARK_STATIC=ON -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -DCMAKE_INSTALL_PREFIX="$cmark_prefix" -DCMAKE_INSTALL_LIBDIR=lib >&2
  cmake --build "$work/build" >&2
  rm -rf "$cmark_prefix"
  cmake --install "$work/build" >&2
  # One pkg-config module for both libraries, as Debian's has, in the order a
  # static link needs (the extensions use the core).
  mkdir -p "$cmark_prefix/lib/pkgconfig"
  cat >"$cmark_prefix/lib/pkgconfig/libcmark-gfm.pc" <<PC
prefix=$cmark_prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: libcmark-gfm
Description: cmark-gfm $cmark_version, static, built by Almanac Studio's bootstrap
Version: $cmark_version
Libs: -L\${libdir} -lcmark-gfm-extensions -lcmark-gfm
Cflags: -I\${includedir} -DCMARK_GFM_STATIC_DEFINE -DCMARK_GFM_EXTENSIONS_STATIC_DEFINE
PC
  touch "$cmark_prefix/.complete"
  rm -rf "$work"
}

install_packages
prefixes=()
if ! have_kf6_ksh; then
  build_ksh
  prefixes+=("$ksh_prefix")
fi
if ! have_new_cmark; then
  build_cmark
  prefixes+=("$cmark_prefix")
fi
if [ "${1:-}" = "--print-prefix" ]; then
  (IFS=';'; printf '%s\n' "${prefixes[*]}")
fi
