#!/usr/bin/env bash
# The complexity gate: no function of the program above a cyclomatic
# complexity of 15 (gocyclo), except the ones named in
# scripts/complexity-exceptions.txt. Prints every offender; fails on a new
# one, and on an exception that no longer offends (so the list only shrinks).
#
# Test files are not gated: a table-driven test's branches are its
# assertions ("if got != want { t.Errorf(...) }"), one per fact checked,
# and splitting them would hide which facts a test checks, not simplify
# any logic. The program's own functions are held to 15.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=15
gocyclo=${GOCYCLO:-$(go env GOPATH)/bin/gocyclo}
allow=scripts/complexity-exceptions.txt

# "file func" of each offender: line numbers move with every edit, so they
# are not part of the key.
found=$("$gocyclo" -over "$limit" $( (git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*') | grep -v '_test\.go$') |
	awk '{ f = $NF; sub(/:[0-9]+:[0-9]+$/, "", f); print f "\t" $3 "\t" $1 }' | sort -u) || true
allowed=$(grep -v '^[[:space:]]*\(#\|$\)' "$allow" | awk '{ print $1 "\t" $2 }' | sort -u)

new=0
stale=0
while IFS=$'\t' read -r file fn score; do
	[ -n "$file" ] || continue
	if grep -qxF "$file"$'\t'"$fn" <<<"$allowed"; then
		echo "complexity: $score $fn ($file) — on the temporary exception list"
	else
		echo "complexity: $score $fn ($file) — NEW, above $limit: split it"
		new=$((new + 1))
	fi
done <<<"$found"
while IFS=$'\t' read -r file fn; do
	[ -n "$file" ] || continue
	if ! cut -f1,2 <<<"$found" | grep -qxF "$file"$'\t'"$fn"; then
		echo "complexity: $fn ($file) is no longer above $limit: remove it from $allow"
		stale=$((stale + 1))
	fi
done <<<"$allowed"
if [ "$new" -gt 0 ] || [ "$stale" -gt 0 ]; then
	echo "complexity: FAILED ($new new offenders, $stale stale exceptions)"
	exit 1
fi
echo "complexity: no new function above $limit"
