#!/usr/bin/env bash
# The Debian package, as a person would meet it: `cpack -G DEB` makes it, lintian
# finds no error or warning in it, its desktop entry and AppStream file are
# valid, `apt-get install ./…deb` installs it, and from /usr/bin the CLI runs a
# guide's whole life (import, version, review, publish, bundle, verify), bash
# completes its commands and slugs, and the workstation comes up under Xvfb to
# its first paint with the guide on screen. The package is removed at the end.
# Needs root (it installs a package): anyone else skips (exit 77).
# Usage: tests/package/install-test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "package test: skipped, it installs a package and needs root"
  exit 77
fi
work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq almanac-studio >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "package test: $*" >&2
  exit 1
}

version=$(sed -n 's/^project(AlmanacStudio VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
deb=$build/almanac-studio_${version}_amd64.deb
rm -f "$deb"
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
[ -f "$deb" ] || fail "cpack made no $deb"

lintian --fail-on error,warning --suppress-tags binary-has-unneeded-section "$deb" ||
  fail "lintian found errors or warnings in $deb"
dpkg-deb -x "$deb" "$work/unpacked"
desktop-file-validate "$work/unpacked/usr/share/applications/org.almanacstudio.AlmanacStudio.desktop" ||
  fail "the desktop entry is not valid"
appstreamcli validate --no-net "$work/unpacked/usr/share/metainfo/org.almanacstudio.AlmanacStudio.metainfo.xml" ||
  fail "the AppStream metainfo is not valid"
for f in usr/share/man/man1/almanac.1.gz usr/share/man/man1/almanac-studio.1.gz \
  usr/share/icons/hicolor/scalable/apps/org.almanacstudio.AlmanacStudio.svg \
  usr/share/icons/hicolor/48x48/apps/org.almanacstudio.AlmanacStudio.png \
  usr/share/bash-completion/completions/almanac usr/share/doc/almanac-studio/copyright; do
  [ -s "$work/unpacked/$f" ] || fail "the package has no $f"
done

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get install $deb failed"; }
installed=1
[ "$(command -v almanac)" = /usr/bin/almanac ] || fail "almanac is not /usr/bin/almanac"
[ "$(/usr/bin/almanac --version)" = "almanac $version" ] ||
  fail "almanac --version says \"$(/usr/bin/almanac --version)\", not \"almanac $version\""

# Every command of `almanac --help` is in the man page.
for command in $(/usr/bin/almanac --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p;s/^  \([a-z][a-z-]*\)$/\1/p' | sort -u); do
  zcat /usr/share/man/man1/almanac.1.gz | grep -- "^\.B[IR]* \"*$command" >/dev/null ||
    fail "almanac(1) does not describe the command $command"
done

# A guide's whole life from /usr/bin, as three people.
export HOME=$work/home
mkdir -p "$HOME"
ws=$work/newsroom.almanac
cli() { /usr/bin/almanac -w "$ws" "$@" >>"$work/cli.log" 2>&1 || { cat "$work/cli.log"; fail "almanac $* failed"; }; }
/usr/bin/almanac init "$ws" >/dev/null
cli import "$root/resources/demo/crispr.json" "$root/resources/demo/webassembly.json" \
  "$root/resources/demo/euro-banknotes.json"
cli snapshot crispr-gene-editing -m "Ready" --author ana
cli review crispr-gene-editing v1 --submit --author ana
cli comment crispr-gene-editing v1 --on "sections[0]" --quote "many bacteria developed a way to remember" \
  -m "Which bacteria?" --author bruno
cli review crispr-gene-editing v1 --approve --author bruno
cli publish crispr-gene-editing v1 --yes --author chen
cli bundle -o "$work/site.zip"
cli verify "$work/site.zip"
/usr/bin/almanac -w "$ws" list | grep "^crispr-gene-editing	" >/dev/null || fail "almanac list does not show the guide"
unzip -l "$work/site.zip" | grep "crispr-gene-editing" >/dev/null || fail "the bundle has no page for the guide"

# bash completes commands and slugs.
completes() {
  bash -c 'source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/almanac
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _almanac almanac "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}"' completes "$@"
}
completes almanac sn | grep -x snapshot >/dev/null || fail "bash does not complete \"almanac sn\" to snapshot"
completes almanac -w "$ws" render cri | grep -x crispr-gene-editing >/dev/null ||
  fail "bash does not complete a slug after \"almanac -w WS render\""

# The installed workstation, under Xvfb, to its first paint with the guide open.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/almanac-studio -w "$ws" --guide crispr-gene-editing \
  --screenshot "$work/first.png" >"$work/studio.log" 2>&1 || { cat "$work/studio.log"; fail "almanac-studio did not start"; }
[ "$(head -c 8 "$work/first.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "almanac-studio --screenshot wrote no PNG"
# A window with its form, the guide and its page is far from blank: tens of kilobytes.
size=$(stat -c %s "$work/first.png")
[ "$size" -gt 40000 ] || fail "the first picture of the workstation is nearly empty ($size bytes)"

echo "package test: $(basename "$deb") ($(stat -c %s "$deb") bytes) installed, used and removed"
