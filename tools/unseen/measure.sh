#!/bin/sh
# Measures the parser on made-up pages it has never seen: writes 40 pages per seed with
# tools/unseen/generate.py (every 4th in the markdown form) and scores them with score.py.
#
#   tools/unseen/measure.sh [CLI] [SEED...]     (defaults: build/src/cli/baoku-cli, seeds 1 2 3 4 5)
#
# score.py is the project's eval script (../shared/eval/score.py, or $BAOKU_SCORE).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${1:-$root/build/src/cli/baoku-cli}
[ $# -gt 0 ] && shift
seeds=${*:-1 2 3 4 5}
score=${BAOKU_SCORE:-$root/../shared/eval/score.py}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for seed in $seeds; do
    python3 "$here/generate.py" "$out/$seed" --seed "$seed" --pages 40
    printf 'seed %s: ' "$seed"
    python3 "$score" --suite "$cli" "$out/$seed" | tail -n 1
done
mkdir -p "$out/all"
for seed in $seeds; do cp "$out/$seed"/* "$out/all/"; done
printf 'all: '
python3 "$score" --suite "$cli" "$out/all" | tail -n 1
