#!/usr/bin/env bash
# The command-line twin, tietosuojapakki-cli (go build -tags nogui; see
# window_nogui.go): it must link nothing of Fyne or GLFW (that is what it
# is for: a start without the window's libraries), make the same notice
# as the program, and, asked for the window, say in the user's language
# that it has none (exit 2).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/tags.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if go list -deps -tags "nogui,$PRODUCT_TAGS" . | grep -E '^(fyne\.io|github\.com/go-gl)/'; then
	echo "cli-twin-check: FAILED: the twin links the packages above"
	exit 1
fi
go build -tags "nogui,$PRODUCT_TAGS" -o "$work/tietosuojapakki-cli" .
cli=$work/tietosuojapakki-cli
db=$work/twin.db
"$cli" import --db "$db" data/datatest/answers-example.json >/dev/null
"$cli" notice --db "$db" --out "$work/notice.pdf"
pdftotext "$work/notice.pdf" "$work/notice.txt"
grep -q "Ajanvaraus Kivi Oy" "$work/notice.txt" || { echo "cli-twin-check: FAILED: the twin's notice lacks the company"; exit 1; }
rc=0
LANG=sv_FI.UTF-8 "$cli" --db "$db" >/dev/null 2>"$work/err" || rc=$?
if [ "$rc" != 2 ] || ! grep -q "kommandoradsversion" "$work/err"; then
	cat "$work/err"
	echo "cli-twin-check: FAILED: asked for the window, the twin exited $rc"
	exit 1
fi
echo "cli-twin-check: tietosuojapakki-cli links no Fyne, made the notice, and says in Swedish that it has no window"
