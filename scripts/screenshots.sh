#!/bin/sh
# Takes a screenshot of every wizard page and of the other screens, with
# the example company's answers, into docs/screenshots/. Needs Xvfb (and
# libgl1-mesa-dri for software OpenGL).
#
#   scripts/screenshots.sh                  # light theme
#   FYNE_THEME=dark scripts/screenshots.sh  # dark theme
set -eu
cd "$(dirname "$0")/.."

out="$PWD/docs/screenshots"
example="${EXAMPLE:-data/datatest/answers-example.json}"
display="${SHOTS_DISPLAY:-:97}"
tmp="$(mktemp -d)"
xvfb=""
cleanup() {
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# The screenshot walk exists only in a build with this tag.
go build -tags screenshots -o "$tmp/tietosuojapakki" .
"$tmp/tietosuojapakki" import --db "$tmp/shots.db" "$example" >/dev/null

Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1

mkdir -p "$out"
rm -f "$out"/*.png
DISPLAY="$display" LANGUAGE=fi FYNE_THEME="${FYNE_THEME:-light}" \
	TIETOSUOJAPAKKI_SCREENSHOTS="$out" "$tmp/tietosuojapakki" --db "$tmp/shots.db"
ls "$out"
