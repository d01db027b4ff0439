#!/usr/bin/env bash
# Refreshes the README's pictures from the real program: the workstation under
# Xvfb and a rendered page in headless Chromium. Run after building.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/docs/screenshots
bin=$root/build/src
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/cli/almanac" init "$work/demo.almanac" >/dev/null
"$bin/cli/almanac" -w "$work/demo.almanac" import "$root"/resources/demo/*.json >/dev/null

# Fresh settings, so the window opens at its default size.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"
xvfb-run -a -s "-screen 0 1280x820x24" sh -c "
  '$bin/app/almanac-studio' -w '$work/demo.almanac' --guide euro-introduction & pid=\$!
  sleep 10
  import -window root '$out/workstation.png'
  kill \$pid"

"$bin/cli/almanac" -w "$work/demo.almanac" render webassembly -o "$work/page.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/chromium" --hide-scrollbars --window-size=1000,1600 \
  --screenshot="$out/page.png" "file://$work/page.html" 2>/dev/null
echo "wrote $out/workstation.png and $out/page.png"
