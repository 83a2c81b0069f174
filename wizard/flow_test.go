package wizard

import (
	"strconv"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

func TestPagesFollowRecords(t *testing.T) {
	c := Default()
	var regStep Step
	for _, s := range c.Steps {
		if s.Repeat != nil {
			regStep = s
		}
	}
	perRegister := len(regStep.Repeat.Steps)
	tests := []struct {
		name      string
		registers int
	}{{"none", 0}, {"one", 1}, {"three", 3}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := example(t)
			a.Registers = make([]data.Register, tc.registers)
			pages := Pages(c, a)
			if want := len(c.Steps) + tc.registers*perRegister; len(pages) != want {
				t.Fatalf("%d pages, want %d", len(pages), want)
			}
			// The register pages come right after the list, record by record.
			var list int
			for i, p := range pages {
				if p.List {
					list = i
				}
			}
			for r := range tc.registers {
				p := pages[list+1+r*perRegister]
				if p.Record != r || p.Base != "registers."+strconv.Itoa(r) || p.Parent != regStep.ID {
					t.Errorf("page for register %d: %+v", r, p)
				}
			}
			if last := pages[len(pages)-1]; last.Step.ID != "summary" || last.Record != -1 {
				t.Errorf("last page %s", last.Step.ID)
			}
		})
	}
}

func TestVisibleQuestionsHideTerms(t *testing.T) {
	c := Default()
	var terms Step
	for _, s := range c.Steps {
		if s.ID == "processor_terms" {
			terms = s
		}
	}
	a := example(t)
	on := len(VisibleQuestions(terms, a, ""))
	a.ProcessorTerms.Enabled = false
	off := VisibleQuestions(terms, a, "")
	if len(off) != 1 || off[0].ID != "pt.enabled" {
		t.Errorf("with terms off, %d questions visible", len(off))
	}
	if on < 20 {
		t.Errorf("with terms on, only %d questions", on)
	}
}

func TestProgress(t *testing.T) {
	var empty data.Answers
	done, total := Progress(&empty)
	if done != 0 || total == 0 {
		t.Errorf("empty: %d/%d", done, total)
	}
	a := example(t)
	done, total = Progress(a)
	if done != total || total < 30 {
		t.Errorf("example: %d/%d", done, total)
	}
	a.Organisation.Name = ""
	if d, _ := Progress(a); d != done-1 {
		t.Errorf("after clearing the name: %d answered, want %d", d, done-1)
	}
}

// TestPositionDoesNotJump: the step count of every page stays the number
// of top-level steps whatever the number of registers, the record pages
// count their own parts, and the share done never goes back.
func TestPositionDoesNotJump(t *testing.T) {
	c := Default()
	for _, registers := range []int{0, 1, 3} {
		a := example(t)
		a.Registers = make([]data.Register, registers)
		pages := Pages(c, a)
		steps := 0
		for _, p := range pages {
			if p.Record < 0 {
				steps++
			}
		}
		last := -1.0
		for i, p := range pages {
			pos := PositionOf(pages, i)
			if pos.Steps != steps {
				t.Fatalf("%d registers, page %d: %d steps, want %d", registers, i, pos.Steps, steps)
			}
			if (p.Record >= 0) != (pos.Parts > 0) || pos.Part > pos.Parts {
				t.Errorf("%d registers, page %d (%s): part %d of %d", registers, i, p.Step.ID, pos.Part, pos.Parts)
			}
			if d := pos.Done(); d < last || d > 1 {
				t.Errorf("%d registers, page %d: done %.2f after %.2f", registers, i, d, last)
			} else {
				last = d
			}
		}
		if last != 1 {
			t.Errorf("%d registers: the last page is %.2f done", registers, last)
		}
	}
}

// TestLeavesRecords: only the last page of the last register leaves the
// registers.
func TestLeavesRecords(t *testing.T) {
	a := example(t)
	a.Registers = make([]data.Register, 2)
	pages := Pages(Default(), a)
	var leaving []string
	for i, p := range pages {
		if LeavesRecords(pages, i) {
			leaving = append(leaving, p.Base+"/"+p.Step.ID)
		}
	}
	if len(leaving) != 1 || !strings.HasPrefix(leaving[0], "registers.1/") {
		t.Fatalf("pages that leave the registers: %v", leaving)
	}
	list := ListPage(pages, "registers")
	if list < 0 || !pages[list].List {
		t.Fatalf("list page %d", list)
	}
}

// TestSnapshotAgrees: the snapshot answers as the functions that decode
// the answers each time, for every question of every page of the example.
func TestSnapshotAgrees(t *testing.T) {
	c := Default()
	a := example(t)
	snap := NewSnapshot(a)
	if got, want := len(snap.Pages(c)), len(Pages(c, a)); got != want {
		t.Fatalf("%d pages, want %d", got, want)
	}
	n := 0
	for _, p := range Pages(c, a) {
		if snap.StepVisible(p.Step, p.Base) != StepVisible(p.Step, a, p.Base) {
			t.Errorf("step %s@%s", p.Step.ID, p.Base)
		}
		for _, q := range p.Step.Questions {
			n++
			_, warns := ActiveWarning(q, a, p.Base)
			if snap.Visible(q, p.Base) != Visible(q, a, p.Base) || snap.Warns(q, p.Base) != warns {
				t.Errorf("question %s@%s", q.ID, p.Base)
			}
			path := Join(p.Base, q.Path)
			if snap.Len(path) != Len(a, path) {
				t.Errorf("len %s: %d, want %d", path, snap.Len(path), Len(a, path))
			}
		}
	}
	if n < 30 {
		t.Fatalf("only %d questions compared", n)
	}
}
