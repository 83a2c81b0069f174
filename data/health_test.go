package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// makeDatabase writes a real database with the three companies in it and
// closes it, leaving one file behind (no journal).
func makeDatabase(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range companies {
		importTemp(t, st, c)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if exists(path + "-wal") {
		t.Fatal("a cleanly closed database left its -wal behind")
	}
	return path
}

// rootPage is the page number of a table's b-tree root.
func rootPage(t *testing.T, path, table string) (page, size int64) {
	t.Helper()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.DB().QueryRow("SELECT rootpage FROM sqlite_master WHERE name = ?", table).Scan(&page); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().QueryRow("PRAGMA page_size").Scan(&size); err != nil {
		t.Fatal(err)
	}
	return page, size
}

func writeAt(t *testing.T, path string, off int64, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

func TestCheck(t *testing.T) {
	junk := []byte(strings.Repeat("\xa5\x17", 600))
	tests := []struct {
		name    string
		damage  func(t *testing.T, path string)
		damaged bool
	}{
		{"whole", func(*testing.T, string) {}, false},
		{"missing", func(t *testing.T, p string) { os.Remove(p) }, false},
		{"empty", func(t *testing.T, p string) { os.Truncate(p, 0) }, false},
		{"organisations page written over", func(t *testing.T, p string) {
			page, size := rootPage(t, p, "organisations")
			writeAt(t, p, (page-1)*size+8, junk)
		}, true},
		{"requests page written over", func(t *testing.T, p string) {
			page, size := rootPage(t, p, "requests")
			writeAt(t, p, (page-1)*size, junk)
		}, true},
		{"middle written over", func(t *testing.T, p string) {
			fi, _ := os.Stat(p)
			_, size := rootPage(t, p, "organisations")
			for off := size; off < fi.Size(); off += size {
				writeAt(t, p, off, junk[:40]) // every page header after the first
			}
		}, true},
		{"cut to half", func(t *testing.T, p string) {
			fi, _ := os.Stat(p)
			os.Truncate(p, fi.Size()/2)
		}, true},
		{"cut inside the header", func(t *testing.T, p string) { os.Truncate(p, 50) }, true},
		{"header written over", func(t *testing.T, p string) { writeAt(t, p, 0, []byte("{\"format\":")) }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := makeDatabase(t)
			tc.damage(t, path)
			before, _ := os.ReadFile(path)
			err := Check(path)
			if got := errors.Is(err, ErrDamaged); got != tc.damaged {
				t.Fatalf("damaged = %v, want %v (%v)", got, tc.damaged, err)
			}
			if !tc.damaged && err != nil {
				t.Fatal(err)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("Check changed the file")
			}
		})
	}
}

func TestCheckRefusesFolder(t *testing.T) {
	err := Check(t.TempDir())
	if err == nil || errors.Is(err, ErrDamaged) {
		t.Fatalf("a folder: %v", err)
	}
}

func TestSetAside(t *testing.T) {
	path := makeDatabase(t)
	writeAt(t, path, 0, []byte("rikki"))
	os.WriteFile(path+"-wal", []byte("journal"), 0o600)
	want, _ := os.ReadFile(path)
	now := time.Date(2026, 3, 4, 5, 6, 7, 0, time.Local)

	first, err := SetAside(path, now)
	if err != nil {
		t.Fatal(err)
	}
	if first != path+".damaged-20260304-050607" {
		t.Errorf("set aside as %s", first)
	}
	if got, _ := os.ReadFile(first); string(got) != string(want) {
		t.Error("the set-aside file differs from the damaged one")
	}
	if got, _ := os.ReadFile(first + "-wal"); string(got) != "journal" {
		t.Error("the journal did not go with its file")
	}
	if exists(path) || exists(path+"-wal") {
		t.Error("the damaged file is still in place")
	}

	// A second damaged file in the same second gets its own name.
	os.WriteFile(path, []byte("toinen"), 0o600)
	second, err := SetAside(path, now)
	if err != nil || second == first {
		t.Fatalf("%s %v", second, err)
	}
	if got, _ := os.ReadFile(first); string(got) != string(want) {
		t.Error("the first set-aside file was written over")
	}
}

func TestOpenAfterSetAsideIsEmpty(t *testing.T) {
	path := makeDatabase(t)
	writeAt(t, path, 0, []byte("rikki"))
	if _, err := SetAside(path, time.Now()); err != nil {
		t.Fatal(err)
	}
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	orgs, err := st.Organisations(context.Background())
	if err != nil || len(orgs) != 0 {
		t.Fatalf("%v %v", orgs, err)
	}
}
