#!/usr/bin/env bash
# Start-up figures of the window: the time from starting the program to
# its window being mapped on the screen (Xvfb), and the memory (VmRSS) of
# the idle window 5 s later. Five starts on a database holding the
# example company: the first of the day also takes the automatic backup.
# Needs Xvfb and xwininfo (packages xvfb, x11-utils; libgl1-mesa-dri for
# software OpenGL); says so and skips when they are missing. The
# measurement itself is scripts/window.sh, shared with scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in Xvfb xwininfo; do
	if ! command -v "$tool" >/dev/null; then
		echo "startup: $tool is missing (apt-get install xvfb x11-utils libgl1-mesa-dri); skipped"
		exit 0
	fi
done
. scripts/window.sh
. scripts/tags.sh

tmp=$(mktemp -d)
xvfb=""
app=""
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

go build -tags "$PRODUCT_TAGS" -o "$tmp/tietosuojapakki" .
"$tmp/tietosuojapakki" import --db "$tmp/startup.db" data/datatest/answers-example.json >/dev/null 2>"$tmp/stderr"
start_xvfb || exit 1

# The program's preferences go to a throw-away home.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" LANGUAGE=fi WINDOW_STDERR="$tmp/stderr"
mkdir -p "$HOME"
for run in 1 2 3 4 5; do
	if ! open_window "$tmp/tietosuojapakki" Tietosuojapakki --db "$tmp/startup.db"; then
		echo "startup: the window did not appear"; cat "$tmp/stderr"; exit 1
	fi
	note=""
	[ "$run" = 1 ] && note=" (first start of the day: takes the automatic backup)"
	echo "startup run $run: window mapped after $win_ms ms; idle VmRSS after 5 s: $win_rss_kb kB$note"
	stop_window
done
