#!/usr/bin/env bash
# Quick start: install what is missing, build, and start baoku on the bundled sample archive.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$top/tools/deps.sh"
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$top/build" --parallel
# The app opens the default archive and, when it is empty, imports resources/samples on first start.
exec "$top/build/src/app/baoku" "$@"
