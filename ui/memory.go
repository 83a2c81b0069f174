package ui

import (
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
)

// startupSettled is how long after the app has started the start-up
// garbage is handed back: by then the first frame is drawn (about 0.3 s
// under Xvfb) and the first screen laid out.
const startupSettled = time.Second

// releaseStartupMemory hands the start-up's garbage back to the system
// once the window has settled (Lifecycle.SetOnStarted calls it).
//
// Why (issue 16, measured under Xvfb with the example company): laying out
// and drawing the first screen allocates about 65 MB – text shaping, tab
// icons decoded again at every layout, textures – of which about 20 MB
// stays live, mostly Fyne's parsed fonts. The collector frees the rest,
// but the runtime keeps freed pages until the heap is far below its goal
// (twice the live heap), so the idle window held about 47 MB of heap for
// 20 MB of data. One debug.FreeOSMemory (a collection of that heap, a few
// milliseconds, off the UI thread) gives the difference back: idle RSS
// 181 MiB before, 166 MiB after. Later work grows the heap again only as
// far as it needs.
func releaseStartupMemory() {
	time.AfterFunc(startupSettled, func() {
		// Queued behind what the UI thread still has to do, so that
		// the start-up work is done; the collection runs off it.
		fyne.Do(func() { go debug.FreeOSMemory() })
	})
}
