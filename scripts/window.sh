# Shared by scripts/startup.sh and scripts/bench.sh (sourced, not run):
# how a window's start-up is measured, so that the product and its floor
# (bench/floors/hello) are measured the same way.
#
# start_xvfb        starts Xvfb on a free display (1366×768, a laptop's
#                   screen) and waits until it answers, exports DISPLAY;
#                   kill "$xvfb" when done. Returns 1 after three tries.
# open_window BIN NAME [ARGS...]
#                   starts BIN, waits for its window NAME to be viewable
#                   (xwininfo, polled every 5 ms: the first frame has been
#                   mapped), then 5 s more; sets win_ms (start to mapped,
#                   ms), win_rss_kb (VmRSS from /proc after the 5 s, KiB)
#                   and app (the pid, still running; stop_window ends it).
#                   Returns 1 if the window never appears.

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

start_xvfb() {
	local try n
	for try in 1 2 3; do
		# A display of its own, far above the :0, :1 and :99 that other
		# programs on a shared machine take (or stop) by number.
		n=$((300 + RANDOM % 600))
		[ -e "/tmp/.X$n-lock" ] && continue
		Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
		xvfb=$!
		export DISPLAY=":$n"
		for _ in $(seq 100); do
			xwininfo -root >/dev/null 2>&1 && return 0
			kill -0 "$xvfb" 2>/dev/null || break
			sleep 0.05
		done
		kill "$xvfb" 2>/dev/null || true
		echo "window: Xvfb did not answer on $DISPLAY (try $try)" >&2
	done
	return 1
}

# xvfb_alive: the Xvfb of start_xvfb still runs and answers.
xvfb_alive() { kill -0 "$xvfb" 2>/dev/null && xwininfo -root >/dev/null 2>&1; }

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
