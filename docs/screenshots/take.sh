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

# A version of the euro guide, then a revised draft, for the history picture.
"$bin/cli/almanac" -w "$work/demo.almanac" snapshot euro-introduction -m "First edition" --author "Ana Editor" >/dev/null
"$bin/cli/almanac" -w "$work/demo.almanac" export euro-introduction -o "$work/euro.json"
python3 - "$work/euro.json" <<'PY'
import json, sys
path = sys.argv[1]
g = json.load(open(path, encoding="utf-8"))
g["tldr"] = g["tldr"].replace("has since grown", "has kept growing")
g["sections"][0], g["sections"][1] = g["sections"][1], g["sections"][0]
g["topics"].append("Exchange rates")
open(path, "w", encoding="utf-8").write(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
PY
"$bin/cli/almanac" -w "$work/demo.almanac" import "$work/euro.json" >/dev/null

# Fresh settings, so the window opens at its default size.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c "
  '$bin/app/almanac-studio' -w '$work/demo.almanac' --guide euro-introduction & pid=\$!
  sleep 10
  win=\$(xdotool search --onlyvisible --name 'Almanac Studio' | head -n 1)
  import -window \$win '$out/workstation.png'
  xdotool mousemove --window \$win 618 64 click 1; sleep 2
  import -window \$win '$out/timeline.png'
  xdotool mousemove --window \$win 740 64 click 1; sleep 2
  import -window \$win '$out/sources.png'
  xdotool mousemove --window \$win 805 64 click 1; sleep 1
  xdotool mousemove --window \$win 520 108 click 1; sleep 3
  import -window \$win '$out/history.png'
  kill \$pid"

"$bin/cli/almanac" -w "$work/demo.almanac" render webassembly -o "$work/page.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/chromium" --hide-scrollbars --window-size=1000,1600 \
  --screenshot="$out/page.png" "file://$work/page.html" 2>/dev/null
# A conflict with another program's save: the bar above the editor and the merge view.
ALMANAC_SCREENSHOT_DIR=$out ALMANAC_STRESS_SECONDS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$root/build/tests/tst_concurrentediting" sameWordsShowTheConflictBarAndLoseNothing >/dev/null
# The smallest size the workstation is made for: 1024x700, the Overview form and the
# Guides list as they are at that size.
xvfb-run -a -s "-screen 0 1024x768x24" sh -c "
  '$bin/app/almanac-studio' -w '$work/demo.almanac' --guide webassembly & pid=\$!
  sleep 10
  win=\$(xdotool search --onlyvisible --name 'Almanac Studio' | head -n 1)
  xdotool windowmove \$win 0 0 windowsize \$win 1024 700; sleep 3
  import -window \$win '$out/small-window.png'
  kill \$pid"
# The review desk: what awaits review, and a request for changes where the editor works.
ALMANAC_SHOTS=$out xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$root/build/tests/tst_reviewdesk" >/dev/null
echo "wrote workstation.png, timeline.png, sources.png, history.png, page.png, conflict-bar.png, merge-view.png," \
  "small-window.png, awaiting-review.png, no-hits.png and review-note.png in $out"
