#!/usr/bin/env bash
# Configure, build and run every test; the output ends with CTest's summary.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$top/tools/deps.sh" --test
cmake -S "$top" -B "$top/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$top/build" --parallel
export QT_QPA_PLATFORM=offscreen
cd "$top/build" && ctest --output-on-failure --timeout 900
