package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"tietosuojapakki/data/datatest"
)

// openTemp opens a new store in the test's own folder.
func openTemp(t testing.TB) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// readFile parses a file from testdata and fails on any problem.
func readFile(t testing.TB, name string) *File {
	t.Helper()
	f, ps := ParseFile(bytes.NewReader(testdataFile(t, name)))
	if len(ps) > 0 {
		t.Fatalf("%s: %v", name, ps.Text("en"))
	}
	return f
}

func importTemp(t testing.TB, st *Store, name string) int64 {
	t.Helper()
	id, err := st.ImportFile(context.Background(), readFile(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// testdataFile is the bytes of a company's answers file: the example from
// package datatest (the project's one copy), the others from testdata/.
func testdataFile(t testing.TB, name string) []byte {
	t.Helper()
	if name == exampleName {
		return datatest.Example
	}
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const exampleName = "answers-example.json"

var companies = []string{"answers-example.json", "siivous-kirkas.json", "verkkokauppa-kuusi.json"}
