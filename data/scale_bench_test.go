package data

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// scaleStore is a database with one organisation of n registers, each a
// copy of the example's first register.
func scaleStore(b *testing.B, n int) (*Store, int64) {
	b.Helper()
	st := openTemp(b)
	f := readFile(b, "answers-example.json")
	reg := f.Registers[0]
	f.Registers = make([]Register, n)
	for i := range f.Registers {
		f.Registers[i] = reg
		f.Registers[i].Name = fmt.Sprintf("Rekisteri %05d", i)
	}
	id, err := st.SaveAnswersNew(b, f)
	if err != nil {
		b.Fatal(err)
	}
	return st, id
}

// SaveAnswersNew makes the organisation without the import's checks (a
// register list of this size is built here, not read from a file).
func (s *Store) SaveAnswersNew(b *testing.B, f *File) (int64, error) {
	id, err := s.CreateOrganisation(ctx, f.Organisation.Name)
	if err != nil {
		return 0, err
	}
	return id, s.SaveAnswers(ctx, id, &f.Answers)
}

// Loads and single-answer writes at 200 and 10,000 registers. Targets: a
// load of 200 registers under 20 ms; one answer written at 200 registers
// under 50 ms (each write re-reads and re-checks the whole document).
func BenchmarkScale(b *testing.B) {
	for _, n := range []int{200, MaxRegisters, 10_000} {
		st, id := scaleStore(b, n)
		b.Run(fmt.Sprintf("Answers/%d", n), func(b *testing.B) {
			for b.Loop() {
				a, err := st.Answers(ctx, id)
				if err != nil || len(a.Registers) != n {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("SetAnswer/%d", n), func(b *testing.B) {
			for b.Loop() {
				if err := st.SetAnswer(ctx, id, "registers.1.name", "Muutettu"); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("Open/%d", n), func(b *testing.B) {
			path := st.Path()
			for b.Loop() {
				s, err := Open(path)
				if err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
		b.Run(fmt.Sprintf("QuickCheck/%d", n), func(b *testing.B) {
			for b.Loop() {
				if err := runCheck(st.DB(), st.Path(), "quick_check"); err != nil {
					b.Fatal(err)
				}
			}
		})
		var size int64
		st.DB().QueryRow("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size").Scan(&size)
		b.Logf("%d registers: database %d KiB (%s)", n, size>>10, filepath.Base(st.Path()))
	}
}

// TestRegisterLimit: a file over MaxRegisters is refused on import with
// the limit in fi, sv and en, and a register cannot be added past it.
func TestRegisterLimit(t *testing.T) {
	f := readFile(t, "answers-example.json")
	reg := f.Registers[0]
	f.Registers = make([]Register, MaxRegisters+1)
	for i := range f.Registers {
		f.Registers[i] = reg
	}
	ps := CheckFile(f)
	found := false
	for _, p := range ps {
		if p.Path == "registers" {
			found = true
			for _, lang := range []string{"fi", "sv", "en"} {
				if !strings.Contains(p.Message(lang), fmt.Sprint(MaxRegisters)) {
					t.Errorf("%s: %s", lang, p.Message(lang))
				}
			}
		}
	}
	if !found {
		t.Fatalf("%d registers accepted: %v", len(f.Registers), ps)
	}
	st := openTemp(t)
	f.Registers = f.Registers[:MaxRegisters]
	id, err := st.CreateOrganisation(ctx, "Raja Oy")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveAnswers(ctx, id, &f.Answers); err != nil {
		t.Fatal(err)
	}
	_, err = st.AppendRecord(ctx, id, "registers", Register{Name: "Yksi liikaa"})
	var tx Texter
	if !errors.As(err, &tx) || !strings.Contains(tx.Text("fi"), fmt.Sprint(MaxRegisters)) {
		t.Errorf("adding past the limit: %v", err)
	}
}
