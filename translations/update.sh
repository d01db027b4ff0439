#!/usr/bin/env bash
# The catalogs and the sources Qt Linguist's lupdate reads for each. Without
# arguments: brings every .ts file here up to date with the sources (new
# messages come in unfinished, vanished ones are dropped), to be translated in
# Qt Linguist. With --check DIR: does the same to copies in DIR, keeping what
# vanished, so that tests/tst_translations.cpp can see whether anything is new
# or gone (the test command fails then).
#
#   almanac-studio_*.ts  the workstation (src/app, ui)
#   almanac_*.ts         the core's and the CLI's messages (src/core, src/cli)
#   almanac-page_*.ts    the page's own words in a guide's language (render/pagewords.cpp)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
out=$here
options=(-no-obsolete)
if [ "${1:-}" = --check ]; then
  out=${2:?usage: $0 [--check DIR]}
  options=()
  cp "$here"/*.ts "$out"/
  chmod u+w "$out"/*.ts
fi

catalog() { # catalog NAME SOURCE...
  local name=$1 ts
  shift
  for ts in "$out/${name}"_*.ts; do
    "$lupdate" "${options[@]}" "$@" -ts "$ts"
  done
}

catalog almanac-studio "$root/src/app" "$root/ui"
# The core but the page's words (pagewords, and the renderer that uses them), which
# have catalogs of their own.
mapfile -t core < <(find "$root/src/core" -name '*.cpp' ! -name pagewords.cpp ! -name pagerenderer.cpp -o -name '*.h' ! -name pagewords.h | sort)
catalog almanac -I "$root/src/core" "${core[@]}" "$root/src/cli"
catalog almanac-page "$root/src/core/render/pagewords.cpp"
