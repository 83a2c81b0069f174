package data

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// Target: importing the example file takes under 50 ms.
func BenchmarkImportExample(b *testing.B) {
	raw := testdataFile(b, exampleName)
	st := openTemp(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		f, ps := ParseFile(bytes.NewReader(raw))
		if len(ps) > 0 {
			b.Fatal(ps)
		}
		if _, err := st.ImportFile(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
}

// Target: loading one organisation with 3 registers takes under 5 ms.
func BenchmarkLoadOrganisation(b *testing.B) {
	ctx := context.Background()
	st := openTemp(b)
	f := readFile(b, "answers-example.json")
	f.Registers = append(f.Registers, f.Registers[0])
	f.Registers[2].Name = "Kolmas rekisteri"
	id, err := st.ImportFile(ctx, f)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		a, err := st.Answers(ctx, id)
		if err != nil || len(a.Registers) != 3 {
			b.Fatal(err)
		}
	}
}

// Target: opening a database of 50 organisations takes under 50 ms.
func BenchmarkOpen50(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "fifty.db")
	st, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	f := readFile(b, "answers-example.json")
	for i := range 50 {
		f.Organisation.Name = fmt.Sprintf("Yritys %02d Oy", i)
		if _, err := st.ImportFile(ctx, f); err != nil {
			b.Fatal(err)
		}
	}
	st.Close()
	b.ResetTimer()
	for b.Loop() {
		st, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		orgs, err := st.Organisations(ctx)
		if err != nil || len(orgs) != 50 {
			b.Fatal(err, len(orgs))
		}
		st.Close()
	}
}

// Writing one answer, as the wizard does on every change.
func BenchmarkSetAnswer(b *testing.B) {
	ctx := context.Background()
	st := openTemp(b)
	id := importTemp(b, st, "answers-example.json")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		if err := st.SetAnswer(ctx, id, "registers.0.purposes.0.description", fmt.Sprint("Sopimus ", i)); err != nil {
			b.Fatal(err)
		}
	}
}
