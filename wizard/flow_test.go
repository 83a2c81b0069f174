package wizard

import (
	"strconv"
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
