//go:build !windows

package jobs

import "testing"

// testDir is the folder of a test that runs on every system (Windows has
// its own, which Wine can clean up; see output_windows_test.go).
func testDir(t *testing.T) string { return t.TempDir() }
