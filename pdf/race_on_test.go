//go:build race

package pdf

// raceEnabled: the race detector slows every memory access some tenfold,
// so timing tests scale their inputs down.
const raceEnabled = true
