package data

import (
	"os"
	"sync"
)

// The databases this process has open. On Unix, SQLite locks a database
// with fcntl locks, which the system drops for the whole process as soon
// as any descriptor of that file is closed, also one opened only to read
// its header. A store whose locks were dropped would let another process
// think it the last user and remove the journal under it. So nothing in
// this package opens a file that a store of this process has open: it
// asks openHere first.
var openFiles = struct {
	sync.Mutex
	paths map[string]int // real path -> stores open on it
}{paths: map[string]int{}}

func registerOpen(path string) {
	openFiles.Lock()
	openFiles.paths[path]++
	openFiles.Unlock()
}

func unregisterOpen(path string) {
	openFiles.Lock()
	if openFiles.paths[path]--; openFiles.paths[path] <= 0 {
		delete(openFiles.paths, path)
	}
	openFiles.Unlock()
}

// openHere reports whether a store of this process has the file at path
// open, under this name or another (a link).
func openHere(path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	openFiles.Lock()
	defer openFiles.Unlock()
	for p := range openFiles.paths {
		if p == path {
			return true
		}
		if other, err := os.Stat(p); err == nil && os.SameFile(fi, other) {
			return true
		}
	}
	return false
}
