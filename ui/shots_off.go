//go:build !screenshots

package ui

// startScreenshots does nothing in the product build: the screenshot walk
// of shots.go exists only in a build with -tags screenshots.
func startScreenshots(*Shell) {}
