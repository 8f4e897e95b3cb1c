#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the real main window under Xvfb, in English and Chinese,
# a whole issue's pages and a continued article, a search with results, and the dark theme, on an
# archive of the bundled whole issues and sample pages; the facets, the timeline (and its exported
# timeline-export.svg) and the coverage calendar on a made-up archive of three years that the test
# builds itself (tests/app/test_chart_screenshots.cpp).
# Usage: tools/screenshots.sh [BUILD_DIR]   (default: build; needs xvfb-run, see tools/deps.sh --gui)
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$top/build}"
cmake --build "$build" --target baoku-cli app_tests >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The whole issues first, then the loose sample pages (those already imported are skipped).
"$build/src/cli/baoku-cli" import --db "$work/archive.sqlite" "$top"/resources/issues/* "$top/resources/samples" >/dev/null

mkdir -p "$top/docs/screenshots"
# Settings and fonts as on a fresh account, so the pictures do not depend on who runs this.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export BAOKU_SCREENSHOT_DIR="$top/docs/screenshots" BAOKU_SCREENSHOT_DB="$work/archive.sqlite"
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/app/app_tests" "[.screenshots]"
ls -1 "$top/docs/screenshots"/*.png
