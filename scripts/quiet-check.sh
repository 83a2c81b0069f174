#!/usr/bin/env bash
# The built program prints nothing on stderr but its own messages under
# every common locale setting: no Fyne locale error from package
# initialisation (see quietlocale/doc.go). TestQuietUnderEveryLocale checks
# the same with the test binary; this checks the binary that ships.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# BIN: the program, built by the Makefile once for several checks.
bin=${BIN:-}
if [ -z "$bin" ]; then
	bin=$work/tietosuojapakki
	. scripts/tags.sh
	go build -tags "$PRODUCT_TAGS" -o "$bin" .
fi
db=$work/quiet.db
"$bin" import data/datatest/answers-example.json --db "$db" >/dev/null
for loc in unset C C.UTF-8 POSIX fi_FI.UTF-8 sv_FI.UTF-8 en_US.UTF-8; do
	for cmd in help orgs; do
		if [ "$loc" = unset ]; then set -- -u LANG; else set -- LANG="$loc"; fi
		rc=0
		env -u LC_ALL -u LC_MESSAGES -u LANGUAGE "$@" "$bin" $cmd --db "$db" >"$work/out" 2>"$work/err" || rc=$?
		if [ "$rc" != 0 ] || [ -s "$work/err" ] || [ ! -s "$work/out" ]; then
			cat "$work/err"
			echo "quiet-check: FAILED: '$cmd' under LANG=$loc exited $rc, or wrote on stderr, or nothing on stdout"
			exit 1
		fi
	done
done
echo "quiet-check: headless commands print nothing on stderr under any locale"
