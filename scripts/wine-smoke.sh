#!/usr/bin/env bash
# Smoke test of the Windows build under Wine: the headless commands of
# Tietosuojapakki.exe import the example company, list it, check it and
# make its privacy notice as a PDF whose text is read back.
#
# Debian 12's Wine 8.0 lacks bcryptprimitives.dll (ProcessPrng), which
# every Go 1.26 program needs at start; scripts/wine/bcryptprimitives.c is
# a small stand-in, built here with mingw-w64 into the fresh Wine prefix's
# system32 (Go loads it from there only). It is a test fixture, never
# shipped. The window itself is not tried here (no display in CI).
# Usage: wine-smoke.sh [EXE] (default dist/Tietosuojapakki.exe).
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$(realpath "${1:-dist/Tietosuojapakki.exe}")
wine=$(command -v wine64 || true)
[ -n "$wine" ] || wine=/usr/lib/wine/wine64 # Debian keeps it off PATH
[ -x "$wine" ] || { echo "wine-smoke: wine64 is not installed (Debian: apt-get install wine64)"; exit 1; }
work=$(mktemp -d)
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko prompts
trap 'wineserver -k 2>/dev/null || "$(dirname "$wine")/wineserver" -k 2>/dev/null || true; rm -rf "$work"' EXIT
unset DISPLAY # headless: nothing may need a window
"$wine" wineboot -i >"$work/boot.log" 2>&1 || { cat "$work/boot.log"; echo "wine-smoke: wineboot failed"; exit 1; }
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	scripts/wine/bcryptprimitives.c -ladvapi32

win() { echo "Z:$(sed 's|/|\\|g' <<<"$1")"; } # Wine's Z: is the Unix root
db=$(win "$work/smoke.db")
tsp() {
	local rc=0
	"$wine" "$exe" "$@" >"$work/out" 2>"$work/err" || rc=$?
	if [ "$rc" != 0 ]; then
		cat "$work/out" "$work/err"
		echo "wine-smoke: FAILED (exit $rc): $*"
		exit 1
	fi
}
expect() {
	grep -q "$1" "$2" || { cat "$2"; echo "wine-smoke: FAILED: '$1' not in the output of $3"; exit 1; }
}
tsp help
expect "Tietosuojapakki" "$work/out" help
tsp import "$(win "$PWD/data/datatest/answers-example.json")" --db "$db"
tsp orgs --db "$db"
expect "Ajanvaraus Kivi Oy" "$work/out" orgs
tsp notice --db "$db" --out "$(win "$work/notice.pdf")"
pdftotext "$work/notice.pdf" "$work/notice.txt"
expect "Ajanvaraus Kivi Oy" "$work/notice.txt" "the notice PDF"
expect "Tietosuojaseloste" "$work/notice.txt" "the notice PDF"

# The command-line twin beside it in the zip (window_nogui.go): the same
# commands, and no window.
cli=$(dirname "$exe")/tietosuojapakki-cli.exe
if [ -f "$cli" ]; then
	exe=$cli tsp orgs --db "$db"
	expect "Ajanvaraus Kivi Oy" "$work/out" "tietosuojapakki-cli orgs"
	exe=$cli tsp notice --db "$db" --out "$(win "$work/notice-cli.pdf")"
	pdftotext "$work/notice-cli.pdf" "$work/notice-cli.txt"
	expect "Ajanvaraus Kivi Oy" "$work/notice-cli.txt" "tietosuojapakki-cli's notice PDF"
	rc=0
	"$wine" "$cli" >"$work/out" 2>"$work/err" || rc=$?
	[ "$rc" = 2 ] && grep -q "tietosuojapakki-cli" "$work/err" || { cat "$work/err"; echo "wine-smoke: FAILED: the twin without a command (exit $rc)"; exit 1; }
fi

# The pure-Go tests that pass under Wine, run as Windows programs. Most of
# data's own tests are compiled for Windows (make windows-check) but not
# run here: under Wine 8.0 every test that cleans up a t.TempDir fails
# ("unlinkat …: Invalid function", a file-disposition call Wine lacks),
# which says nothing about Windows; the lock tests below are the
# exception.
mkdir -p "$work/tests"
# wine_test DIR EXE PASSED WHAT [FLAGS...]: runs the Windows test binary
# EXE in DIR under Wine; it must exit 0 and print a line starting with
# PASSED ("PASS", or one test's "--- PASS: TestX", so that a -test.run
# that matches nothing does not pass).
wine_test() {
	local dir=$1 exe=$2 passed=$3 what=$4 rc=0
	shift 4
	(cd "$dir" && "$wine" "$exe" -test.count=1 "$@") >"$work/out" 2>&1 || rc=$?
	if [ "$rc" != 0 ] || ! grep -q "^$passed" "$work/out"; then
		cat "$work/out"
		echo "wine-smoke: FAILED: $what under Wine"
		exit 1
	fi
}
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -c -o "$work/tests/" ./data/duedate ./data/valid ./data/vocab
for t in duedate valid vocab; do
	wine_test "data/$t" "$work/tests/$t.test.exe" 'PASS$' "the tests of data/$t"
done
# The one-window lock with LockFileEx: the same tests as on Linux, a
# second process refused (also naming the file in another case). They
# use a folder that Wine can leave behind.
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -c -o "$work/tests/" ./data
wine_test data "$work/tests/data.test.exe" '--- PASS: TestLockAcrossProcesses' "the lock tests of data" -test.v \
	-test.run '^(TestLock|TestWritersLock|TestLockAcrossProcesses|TestDefaultPathWindows)$'
# jobs' output writer on Windows: the database refused under its other
# names (case, slashes, \\?\, 8.3), a file open in a viewer worded, in a
# folder with spaces and ä as OneDrive makes them. Its other tests use
# t.TempDir and cannot clean up under Wine (see above).
GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -c -o "$work/tests/" ./jobs
wine_test jobs "$work/tests/jobs.test.exe" '--- PASS: TestWriteFileOverAFileOpenElsewhere' "the output writer's tests of jobs" -test.v \
	-test.run '^(TestCheckOutput|TestWriteFilePrivateAndWhole|TestWriteFileOverAFileOpenElsewhere|TestCheckOutputWindowsNames)$'
# The main package's Windows-only tests (the console attachment's
# choice of handles), with cgo as the exe is built.
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc go test -c -o "$work/tests/main.test.exe" .
wine_test . "$work/tests/main.test.exe" '--- PASS: TestRedirected' "the main package's Windows tests" -test.v \
	-test.run '^(TestRedirected|TestOpensWindow|TestSystemLocale|TestNoInput)$'
# ui's Windows opener of the print preview (ShellExecute with the path,
# from a folder with spaces and ä; an error when no program opens a type).
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc go test -c -o "$work/tests/ui.test.exe" ./ui
wine_test ui "$work/tests/ui.test.exe" '--- PASS: TestShellOpenWithProgram' "ui's Windows file opener" -test.v \
	-test.run '^(TestURLPathRoundTrip|TestShellOpenWithoutProgram|TestShellOpenWithProgram)$'
echo "wine-smoke: help, import, orgs and notice (and tietosuojapakki-cli's orgs and notice) ran under $("$wine" --version) and made a readable PDF; the tests of data/duedate, data/valid, data/vocab, the locks, jobs' output writer, the PDF opener and the console handles passed as Windows programs"
