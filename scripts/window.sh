# Shared by scripts/startup.sh and scripts/bench.sh (sourced, not run):
# how a window's start-up is measured, so that the product and its floor
# (bench/floors/hello) are measured the same way.
#
# start_xvfb DIR    starts Xvfb on a free display (1366×768, a laptop's
#                   screen), exports DISPLAY; kill "$xvfb" when done.
# open_window BIN NAME [ARGS...]
#                   starts BIN, waits for its window NAME to be viewable
#                   (xwininfo, polled every 5 ms: the first frame has been
#                   mapped), then 5 s more; sets win_ms (start to mapped,
#                   ms), win_rss_kb (VmRSS from /proc after the 5 s, KiB)
#                   and app (the pid, still running; stop_window ends it).
#                   Returns 1 if the window never appears.

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

start_xvfb() {
	# Xvfb picks a free display itself and writes its number to fd 3.
	Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$1/display" >/dev/null 2>&1 &
	xvfb=$!
	for _ in $(seq 100); do [ -s "$1/display" ] && break; sleep 0.05; done
	export DISPLAY=":$(head -n1 "$1/display")"
}

open_window() {
	local bin=$1 name=$2 start shown=""
	shift 2
	start=$(now_ms)
	"$bin" "$@" 2>>"${WINDOW_STDERR:-/dev/null}" &
	app=$!
	for _ in $(seq 3000); do
		if xwininfo -name "$name" 2>/dev/null | grep -q IsViewable; then
			shown=$(now_ms)
			break
		fi
		if ! kill -0 "$app" 2>/dev/null; then break; fi
		sleep 0.005
	done
	[ -n "$shown" ] || return 1
	win_ms=$((shown - start))
	sleep 5
	win_rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$app/status")
}

stop_window() {
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	app=""
}
