#!/bin/sh
# Takes a screenshot of every wizard page and of the other screens, with
# the example company's answers, into docs/screenshots/, then of the main
# screens at the smallest and largest sizes the layouts are made for
# (docs/screenshots/1024x600/ and 1920x1080/). Needs Xvfb, ImageMagick
# (import) and libgl1-mesa-dri for software OpenGL.
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
. scripts/tags.sh
go build -tags "screenshots,$PRODUCT_TAGS" -o "$tmp/tietosuojapakki" .

# shoot SCREEN SIZE MAIN DIR: one walk on a fresh copy of the example, with
# a home folder of its own so that no remembered window size applies.
shoot() {
	rm -rf "$tmp/home" "$tmp/shots.db"
	mkdir -p "$tmp/home" "$4"
	rm -f "$4"/*.png
	"$tmp/tietosuojapakki" import --db "$tmp/shots.db" "$example" >/dev/null
	Xvfb "$display" -screen 0 "$1x24" >/dev/null 2>&1 &
	xvfb=$!
	sleep 1
	HOME="$tmp/home" DISPLAY="$display" LANGUAGE=fi FYNE_THEME="${FYNE_THEME:-light}" \
		TIETOSUOJAPAKKI_SCREENSHOTS="$4" TIETOSUOJAPAKKI_SCREENSHOTS_SIZE="$2" \
		TIETOSUOJAPAKKI_SCREENSHOTS_MAIN="$3" "$tmp/tietosuojapakki" --db "$tmp/shots.db"
	kill "$xvfb" 2>/dev/null || true
	wait "$xvfb" 2>/dev/null || true
	xvfb=""
}

shoot 1366x768 "" 0 "$out"
shoot 1024x600 1024x600 1 "$out/1024x600"
shoot 1920x1080 1920x1080 1 "$out/1920x1080"
ls -R "$out"
