#!/usr/bin/env bash
# Benchmark: runs `npm test` N times in a row (default 3) while a second copy of the project runs
# `npm run build` in a loop beside it, as a busy CI machine would; prints each run's wall time and
# result. The test suite must pass every time and stay under 10 minutes (README, "Benchmarks").
#
#   scripts/test-under-load.sh [runs]
#
# The side builds run in a throw-away clone (its node_modules hard-linked from this one, without the
# Astro and Vite caches, which builds rewrite), so they never touch this checkout's dist/ or caches.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"

side="$(mktemp -d)"
git clone --quiet . "$side/project"
cp -al node_modules "$side/project/node_modules"
rm -rf "$side/project/node_modules/.astro" "$side/project/node_modules/.vite" "$side/project/node_modules/.vite-temp" "$side/project/node_modules/.vitest-cache"

# In a session of its own, so that the whole loop (npm, astro, pagefind) stops with one kill.
setsid bash -c 'cd "$1" && while true; do npm run build >/dev/null 2>&1 || true; done' _ "$side/project" &
loader=$!
cleanup() {
	kill -- -"$loader" 2>/dev/null || true
	rm -rf "$side"
}
trap cleanup EXIT

failed=0
for i in $(seq 1 "$runs"); do
	start=$(date +%s)
	if npm test >"$side/test-$i.log" 2>&1; then result=passed; else result=FAILED; failed=1; fi
	end=$(date +%s)
	summary=$(sed 's/\x1b\[[0-9;]*m//g' "$side/test-$i.log" | grep -E '^\s*(Test Files|Tests) ' | tr -s ' ' | paste -sd ';' - || true)
	echo "run $i: $result in $((end - start)) s ($summary)"
	if [ "$result" = FAILED ]; then tail -80 "$side/test-$i.log" | sed 's/\x1b\[[0-9;]*m//g'; fi
done
exit "$failed"
