#!/usr/bin/env bash
# Start-up figures of the window: the time from starting the program to
# its window being mapped on the screen (Xvfb), and the memory (VmRSS) of
# the idle window 5 s later. Three starts on a database holding the
# example company: the first of the day also takes the automatic backup.
# Needs Xvfb and xwininfo (packages xvfb, x11-utils; libgl1-mesa-dri for
# software OpenGL); says so and skips when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in Xvfb xwininfo; do
	if ! command -v "$tool" >/dev/null; then
		echo "startup: $tool is missing (apt-get install xvfb x11-utils libgl1-mesa-dri); skipped"
		exit 0
	fi
done

tmp=$(mktemp -d)
xvfb=""
app=""
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

go build -o "$tmp/tietosuojapakki" .
"$tmp/tietosuojapakki" import --db "$tmp/startup.db" data/datatest/answers-example.json >/dev/null 2>"$tmp/stderr"

# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -n1 "$tmp/display")"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The program's preferences go to a throw-away home.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" LANGUAGE=fi
mkdir -p "$HOME"
for run in 1 2 3 4 5; do
	start=$(now_ms)
	"$tmp/tietosuojapakki" --db "$tmp/startup.db" 2>>"$tmp/stderr" &
	app=$!
	shown=""
	for _ in $(seq 3000); do
		if xwininfo -name Tietosuojapakki 2>/dev/null | grep -q IsViewable; then
			shown=$(now_ms)
			break
		fi
		if ! kill -0 "$app" 2>/dev/null; then break; fi
		sleep 0.005
	done
	if [ -z "$shown" ]; then
		echo "startup: the window did not appear"; cat "$tmp/stderr"; exit 1
	fi
	sleep 5
	rss=$(awk '/^VmRSS/ {print $2, $3}' "/proc/$app/status")
	note=""
	[ "$run" = 1 ] && note=" (first start of the day: takes the automatic backup)"
	echo "startup run $run: window mapped after $((shown - start)) ms; idle VmRSS after 5 s: $rss$note"
	kill "$app"
	wait "$app" 2>/dev/null || true
	app=""
done
