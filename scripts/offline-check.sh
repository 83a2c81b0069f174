#!/usr/bin/env bash
# Runs the headless jobs with no network at all (a new network namespace
# with only a loopback that is down): the program must not need one.
# Where namespaces cannot be made (some containers), says so and skips.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! unshare -rn true 2>/dev/null; then
	echo "offline-check: unshare -rn is not available here; skipped"
	exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# BIN: the program, built by the Makefile once for several checks.
bin=${BIN:-}
if [ -z "$bin" ]; then
	bin=$work/tietosuojapakki
	. scripts/tags.sh
	go build -tags "$PRODUCT_TAGS" -o "$bin" .
fi
db="$work/offline.db"
example=data/datatest/answers-example.json
run() { unshare -rn "$bin" "$@" --db "$db" 2>"$work/err" || { cat "$work/err"; echo "offline-check: FAILED: $*"; exit 1; }; }
run import "$example" >/dev/null
run orgs >/dev/null
run export >"$work/export.json"
for cmd in check notice terms practices requests backup restore; do
	if "$bin" help | grep -q "^  $cmd "; then
		case $cmd in
		check) run check >/dev/null ;;
		notice) run notice --out "$work/notice.pdf" >/dev/null ;;
		terms) run terms --out "$work/terms.pdf" >/dev/null ;;
		practices) run practices --out "$work/practices.html" --format html >/dev/null ;;
		requests) run requests list >/dev/null ;;
		backup) run backup --out "$work/backup.db" >/dev/null ;;
		restore) run restore "$work/backup.db" >/dev/null ;;
		esac
	fi
done
echo "offline-check: headless jobs ran with no network"
