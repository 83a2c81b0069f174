#!/usr/bin/env bash
# Known vulnerabilities in the code our program can reach (govulncheck, the
# Go team's scanner, against the Go vulnerability database).
#
# The database is on the network (https://vuln.go.dev) or a local copy
# (GOVULNDB=file:///path, the layout of vuln.go.dev/vulndb.zip). The result:
#   - a vulnerability that our code reaches: FAILED, exit 1;
#   - the database cannot be reached (no network, as in a sandboxed CI):
#     a loud NOT CHECKED line, exit 0 — unless VULNCHECK=required, when it
#     is a failure. A check that needs the network cannot gate an offline
#     build; it must not pass silently either.
set -uo pipefail
cd "$(dirname "$0")/.."
govulncheck=${GOVULNCHECK:-$(go env GOPATH)/bin/govulncheck}
db=${GOVULNDB:-https://vuln.go.dev}
out=$(mktemp)
trap 'rm -f "$out"' EXIT

"$govulncheck" -db "$db" ./... >"$out" 2>&1
rc=$?
case $rc in
0)
	echo "vulncheck: no known vulnerability reached (database $db)"
	;;
3)
	cat "$out"
	echo "vulncheck: FAILED: the code reaches a known vulnerability (above); update the module or Go"
	exit 1
	;;
*)
	if grep -q 'fetching vulnerabilities' "$out"; then
		echo "vulncheck: NOT CHECKED: the vulnerability database $db cannot be reached:"
		sed 's/^/    /' "$out"
		if [ "${VULNCHECK:-}" = required ]; then
			echo "vulncheck: FAILED (VULNCHECK=required)"
			exit 1
		fi
		echo "vulncheck: set GOVULNDB=file:///path/to/vulndb for an offline copy, or VULNCHECK=required to make this an error"
		exit 0
	fi
	cat "$out"
	echo "vulncheck: FAILED: govulncheck did not run (exit $rc)"
	exit 1
	;;
esac
