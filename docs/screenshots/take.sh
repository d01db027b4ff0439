#!/usr/bin/env bash
# Refreshes the README's pictures from the real program: the workstation under
# Xvfb on the demo workspace (packaging/make-demo.sh) and a rendered page in
# headless Chromium. Run after building.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/docs/screenshots
bin=$root/build/src
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/packaging/make-demo.sh" "$bin/cli/almanac" "$work/demo.almanac"

# Fresh settings, so the window opens at its default size.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"
# shoot W H GUIDE NAME [X,Y...]: the window at W x H on GUIDE, after clicking at
# each X,Y (the part tabs at 1600x1000: Timeline 618,64, Sources 740,64, History 805,64).
shoot() {
  local w=$1 h=$2 guide=$3 name=$4
  shift 4
  rm -rf "$XDG_CONFIG_HOME"
  xvfb-run -a -s "-screen 0 $((w + 50))x$((h + 70))x24" sh -c "
    '$bin/app/almanac-studio' -w '$work/demo.almanac' --guide $guide & pid=\$!
    sleep 8
    win=\$(xdotool search --onlyvisible --name 'Almanac Studio' | head -n 1)
    xdotool windowmove \$win 0 0 windowsize \$win $w $h; sleep 2
    for at in $*; do xdotool mousemove --window \$win \${at%,*} \${at#*,} click 1; sleep 2; done
    import -window \$win '$out/$name.png'
    kill \$pid" 2>/dev/null
}
shoot 1600 1000 webassembly large-window
shoot 1024 700 webassembly small-window
shoot 1600 1000 euro-introduction timeline 618,64
shoot 1600 1000 euro-introduction sources 740,64
shoot 1600 1000 crispr-gene-editing history 805,64 520,108
# The Sections tab under the reviewer's note: a comment on words, in the margin.
shoot 1600 1000 webassembly comments 542,100

"$bin/cli/almanac" -w "$work/demo.almanac" render webassembly -o "$work/page.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/chromium" --hide-scrollbars --window-size=1000,1600 \
  --screenshot="$out/page.png" "file://$work/page.html" 2>/dev/null
# A conflict with another program's save: the bar above the editor and the merge view.
ALMANAC_SCREENSHOT_DIR=$out ALMANAC_STRESS_SECONDS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$root/build/tests/tst_concurrentediting" sameWordsShowTheConflictBarAndLoseNothing >/dev/null
# The workstation in a high-contrast palette, from the accessibility test.
ALMANAC_SHOTS=$out xvfb-run -a -s "-screen 0 1440x900x24" "$root/build/tests/tst_accessibility" highContrastPalette >/dev/null
rm -f "$out/high-contrast-history.png"
# A guide in Arabic, from the editor's test.
ALMANAC_SHOTS=$out xvfb-run -a -s "-screen 0 1440x900x24" "$root/build/tests/tst_editor" guideInArabic >/dev/null
echo "wrote large-window.png, small-window.png, timeline.png, sources.png, history.png, comments.png, high-contrast.png, page.png," \
  "conflict-bar.png, merge-view.png and guide-in-arabic.png in $out"
