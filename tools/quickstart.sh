#!/usr/bin/env bash
# Quick start: install what is missing, build, and start baoku on the bundled sample archive.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$top/tools/deps.sh"
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Only the app and what it needs (libraries, translations): tools/test.sh builds everything else.
cmake --build "$top/build" --parallel --target baoku
# The app opens the default archive and, when it is empty, imports resources/samples on first start.
exec "$top/build/src/app/baoku" "$@"
