//go:build unix

package jobs

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A named pipe is no file to write a document into: renaming over it
// would replace it, and writing into it would hang while nobody reads.
// (A device such as /dev/null is refused the same way; a test cannot make
// one without root.)
func TestCheckOutputRefusesSpecialFiles(t *testing.T) {
	dir, db := outputDB(t)
	pipe := filepath.Join(dir, "putki")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	err := WriteBytes(pipe, db, []byte("PDF"))
	var oe *OutputError
	if !errors.As(err, &oe) || oe.Code != "special" {
		t.Fatalf("error %v, want code special", err)
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi, err)
	}
}
