#!/usr/bin/env bash
# Every figure of the project, each beside its floor (issue 16):
#
#  1. start to first frame (the window mapped, under Xvfb) and idle memory
#     (VmRSS 5 s later) of the product's window vs Fyne's hello-world
#     window (bench/floors/hello, same Fyne, same 1200×680);
#  2. the `notice` command of tietosuojapakki-cli (and, for information,
#     of the window's program) writing the example company's notice as PDF vs
#     a bare gofpdf program with the same three fonts (bench/floors/pdf);
#
# measured alternately, product then floor, in one run, BENCH_N times
# (default 9) after one unmeasured warm-up of each (the product's first
# start of the day takes the automatic backup); the medians are printed
# with their ratio and the target. Then every Go benchmark, as before
# (BENCH_GO=0 leaves them out). The window figures need Xvfb and xwininfo
# (make bench installs them); without them that part says so and is
# skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${BENCH_N:-9}
case $n in '' | *[!0-9]* | 0) echo "bench: BENCH_N must be a positive number"; exit 2 ;; esac
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

# The product as it ships (scripts/tags.sh), and the hello floor with the
# same tags: what no_emoji saves is Fyne's, so a floor without it would
# credit the product with a saving the bare window has too.
go build -tags "$PRODUCT_TAGS" -o "$tmp/tietosuojapakki" .
# The command-line twin (window_nogui.go): the program's commands without
# Fyne, what scripts and the console call.
go build -tags "nogui,$PRODUCT_TAGS" -o "$tmp/tietosuojapakki-cli" .
go build -tags "$PRODUCT_TAGS" -o "$tmp/hello" ./bench/floors/hello
go build -o "$tmp/pdffloor" ./bench/floors/pdf
db="$tmp/bench.db"
"$tmp/tietosuojapakki" import --db "$db" data/datatest/answers-example.json >/dev/null 2>"$tmp/stderr"
# The programs' preferences go to a throw-away home; Go keeps its caches
# (the Go benchmarks below would otherwise download and build everything).
GOPATH=$(go env GOPATH) GOMODCACHE=$(go env GOMODCACHE) GOCACHE=$(go env GOCACHE)
export GOPATH GOMODCACHE GOCACHE
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" LANGUAGE=fi WINDOW_STDERR="$tmp/stderr"
mkdir -p "$HOME"

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# row FIGURE UNIT PRODUCT FLOOR TARGET: one line of the table; TARGET is
# the largest ratio allowed, "" for a figure shown for information.
row() {
	awk -v f="$1" -v u="$2" -v p="$3" -v fl="$4" -v t="$5" 'BEGIN {
		r = p / fl
		if (t == "") {
			printf "%-34s %9s %-3s %9s %-3s %6.2fx   (no target)\n", f, p, u, fl, u, r
			exit
		}
		printf "%-34s %9s %-3s %9s %-3s %6.2fx   <= %.1fx  %s\n", f, p, u, fl, u, r, t, (r <= t) ? "met" : "NOT MET"
	}'
}

# time_cmd CMD...: wall time of one run in ms (the command must succeed).
time_cmd() {
	local s
	s=$(now_ms)
	"$@" >/dev/null 2>>"$tmp/stderr"
	echo $(( $(now_ms) - s ))
}
notice() { "$tmp/tietosuojapakki-cli" notice --db "$db" --out "$tmp/notice.pdf"; }
notice_gui() { "$tmp/tietosuojapakki" notice --db "$db" --out "$tmp/notice-gui.pdf"; }
notice_floor() { "$tmp/pdffloor" "$tmp/floor.pdf"; }

# The `notice` command (the twin, and the window's program) vs the gofpdf
# floor.
notice >/dev/null 2>&1 || { echo "bench: the notice command failed"; cat "$tmp/stderr"; exit 1; }
notice_gui >/dev/null 2>&1 || { echo "bench: the notice command of the window's program failed"; cat "$tmp/stderr"; exit 1; }
notice_floor
: >"$tmp/notice.ms"; : >"$tmp/notice-gui.ms"; : >"$tmp/pdffloor.ms"
for _ in $(seq "$n"); do
	time_cmd notice >>"$tmp/notice.ms"
	time_cmd notice_floor >>"$tmp/pdffloor.ms"
	time_cmd notice_gui >>"$tmp/notice-gui.ms"
done

window=yes
for tool in Xvfb xwininfo; do
	if ! command -v "$tool" >/dev/null; then
		echo "bench: $tool is missing (apt-get install xvfb x11-utils libgl1-mesa-dri); the window figures are skipped"
		window=""
	fi
done
if [ -n "$window" ]; then
	start_xvfb || exit 1
	# open NAME BIN TITLE [ARGS...]: one start, its figures appended to
	# $tmp/NAME.ms and $tmp/NAME.rss.
	open() {
		local name=$1
		shift
		if ! open_window "$@"; then
			stop_window
			# The X server gone (stopped by something else on a shared
			# machine)? Start another and try once more.
			if ! xvfb_alive; then
				echo "bench: Xvfb stopped; starting another"
				kill "$xvfb" 2>/dev/null || true
				start_xvfb || exit 1
			fi
			if ! open_window "$@"; then
				echo "bench: the window of $name did not appear"; cat "$tmp/stderr"; exit 1
			fi
		fi
		echo "$win_ms" >>"$tmp/$name.ms"
		echo "$win_rss_kb" >>"$tmp/$name.rss"
		stop_window
	}
	open warmup "$tmp/tietosuojapakki" Tietosuojapakki --db "$db"
	open warmup "$tmp/hello" Hello
	for i in $(seq "$n"); do
		open product "$tmp/tietosuojapakki" Tietosuojapakki --db "$db"
		open hello "$tmp/hello" Hello
		echo "bench: window start $i of $n: product $(tail -n1 "$tmp/product.ms") ms, hello $(tail -n1 "$tmp/hello.ms") ms"
	done
fi

echo
echo "Medians of $n, product beside its floor (alternating in one run):"
printf "%-34s %13s %13s %7s   %6s\n" figure product floor ratio target
if [ -n "$window" ]; then
	row "start to first frame (Xvfb)" ms "$(median <"$tmp/product.ms")" "$(median <"$tmp/hello.ms")" 1.5
	row "idle RSS after 5 s" MiB \
		"$(median <"$tmp/product.rss" | awk '{printf "%.0f", $1 / 1024}')" \
		"$(median <"$tmp/hello.rss" | awk '{printf "%.0f", $1 / 1024}')" 1.2
fi
row "notice CLI vs bare gofpdf" ms "$(median <"$tmp/notice.ms")" "$(median <"$tmp/pdffloor.ms")" 1.3
row "notice, the window's program" ms "$(median <"$tmp/notice-gui.ms")" "$(median <"$tmp/pdffloor.ms")" ""
echo

if [ "${BENCH_GO:-1}" != 0 ]; then
	go test -run '^$' -bench . -benchmem ./...
fi
