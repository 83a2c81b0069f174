//go:build unix

package data

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestLock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tsp.db")
	first, err := AcquireLock(db)
	if err != nil {
		t.Fatal(err)
	}
	// flock belongs to the open file, so a second open in this same
	// process is refused as another process would be.
	if l, err := AcquireLock(db); !errors.Is(err, ErrLocked) {
		l.Release()
		t.Fatalf("second lock: %v", err)
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	again, err := AcquireLock(db)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again.Release()
	if err := again.Release(); err != nil {
		t.Error("a second Release failed")
	}
}
