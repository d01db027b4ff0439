#!/usr/bin/env bash
# Builds Almanac Studio and opens it on the demo workspace (made from
# resources/demo on first use). Extra arguments go to almanac-studio.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/build.sh"
demo=${ALMANAC_DEMO_WORKSPACE:-$root/build/demo.almanac}
if [ ! -f "$demo" ]; then
  # The demo guides at every stage: live, sent back, in review (make-demo.sh).
  "$root/packaging/make-demo.sh" "$root/build/src/cli/almanac" "$demo"
fi
# Chromium's sandbox cannot run as root; WebEngine needs it switched off there.
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-studio: no display; starting on a virtual X screen (Xvfb). Stop with Ctrl+C." >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$root/build/src/app/almanac-studio" -w "$demo" "$@"
fi
exec "$root/build/src/app/almanac-studio" -w "$demo" "$@"
