package wizard

import (
	"strconv"

	"tietosuojapakki/data"
)

// Page is one screen in the order the wizard shows them.
type Page struct {
	Step Step
	// Base is the record the questions belong to ("registers.2"), "" for
	// the organisation-wide steps.
	Base string
	// Record is the record's index, -1 outside a repeating step.
	Record int
	// List is set on the page that lists the records of a repeating step.
	List bool
	// Parent is the ID of the repeating step a record page belongs to.
	Parent string
}

// Pages returns the visible screens for the current answers: each step, and
// after a repeating step's list the sub-steps of each of its records.
func Pages(c Catalogue, a *data.Answers) []Page {
	return NewSnapshot(a).Pages(c)
}

// Snapshot is the answers decoded once into the form the conditions read,
// for asking many questions about the same answers: Visible, StepVisible
// and Len each decode the whole answers anew, which a page of thirty
// questions did a hundred times after every change.
type Snapshot struct{ tree any }

// NewSnapshot decodes a once.
func NewSnapshot(a *data.Answers) Snapshot {
	tree, _ := toTree(a)
	return Snapshot{tree: tree}
}

// Pages is Pages for the answers of the snapshot.
func (s Snapshot) Pages(c Catalogue) []Page {
	var out []Page
	for _, st := range c.Steps {
		if !s.StepVisible(st, "") {
			continue
		}
		out = append(out, Page{Step: st, Record: -1, List: st.Repeat != nil})
		if st.Repeat == nil {
			continue
		}
		for i := range s.Len(st.Repeat.Path) {
			base := st.Repeat.Path + "." + strconv.Itoa(i)
			for _, sub := range st.Repeat.Steps {
				if s.StepVisible(sub, base) {
					out = append(out, Page{Step: sub, Base: base, Record: i, Parent: st.ID})
				}
			}
		}
	}
	return out
}

// StepVisible is StepVisible on the snapshot.
func (s Snapshot) StepVisible(st Step, base string) bool {
	return st.ShowIf == nil || holds(*st.ShowIf, s.tree, base)
}

// Visible is Visible on the snapshot.
func (s Snapshot) Visible(q Question, base string) bool {
	return q.ShowIf == nil || holds(*q.ShowIf, s.tree, base)
}

// Warns reports whether q's warning is active, as ActiveWarning does.
func (s Snapshot) Warns(q Question, base string) bool {
	return q.Warning != nil && s.Visible(q, base) && holds(q.Warning.If, s.tree, base)
}

// Answered reports whether q has an answer in the record at base (a list
// or a choice of several counts when it has an item).
func (s Snapshot) Answered(q Question, base string) bool {
	v, _ := lookup(s.tree, splitPath(Join(base, q.Path)))
	return !empty(v)
}

// Len is Len on the snapshot.
func (s Snapshot) Len(path string) int {
	v, _ := lookup(s.tree, splitPath(path))
	list, _ := v.([]any)
	return len(list)
}

// VisibleQuestions returns the questions of s that are asked in the record
// at base.
func VisibleQuestions(s Step, a *data.Answers, base string) []Question {
	var out []Question
	for _, q := range s.Questions {
		if Visible(q, a, base) {
			out = append(out, q)
		}
	}
	return out
}

// Walk calls fn for every question of the catalogue, records' fields
// included, with the path template of its record: "" at the top,
// "registers.{i}" in a register's sub-steps, "registers.{i}.purposes.{i}"
// in a purpose.
func Walk(c Catalogue, fn func(q Question, base string)) {
	for _, s := range c.Steps {
		walkStep(s, "", fn)
	}
}

func walkStep(s Step, base string, fn func(Question, string)) {
	for _, q := range s.Questions {
		walkQuestion(q, base, fn)
	}
	if s.Repeat != nil {
		rb := Join(base, s.Repeat.Path) + ".{i}"
		for _, sub := range s.Repeat.Steps {
			walkStep(sub, rb, fn)
		}
	}
}

func walkQuestion(q Question, base string, fn func(Question, string)) {
	fn(q, base)
	rb := Join(base, q.Path) + ".{i}"
	for _, f := range q.Fields {
		walkQuestion(f, rb, fn)
	}
}

// Find returns the question with id.
func Find(c Catalogue, id string) (Question, bool) {
	var found Question
	ok := false
	Walk(c, func(q Question, _ string) {
		if q.ID == id && !ok {
			found, ok = q, true
		}
	})
	return found, ok
}

// Progress counts the required questions that are asked with the current
// answers, and how many of them are answered.
func Progress(a *data.Answers) (answered, total int) {
	tree, _ := toTree(a)
	for _, p := range Pages(Default(), a) {
		for _, q := range p.Step.Questions {
			countRequired(q, tree, p.Base, &answered, &total)
		}
	}
	return answered, total
}

func countRequired(q Question, tree any, base string, answered, total *int) {
	if q.ShowIf != nil && !holds(*q.ShowIf, tree, base) {
		return
	}
	v, _ := lookup(tree, splitPath(Join(base, q.Path)))
	if q.Required {
		*total++
		if !empty(v) {
			*answered++
		}
	}
	list, _ := v.([]any)
	for i := range list {
		rb := Join(base, q.Path) + "." + strconv.Itoa(i)
		for _, f := range q.Fields {
			countRequired(f, tree, rb, answered, total)
		}
	}
}

// Position is where a page stands in the wizard, counted so that adding a
// register does not make the count jump: the top-level steps shown, and
// within a record the record's own pages.
type Position struct {
	Step, Steps int // 1-based top-level step, and how many are shown
	Part, Parts int // 1-based page within its record and the record's pages; 0 outside records

	// within and across are the record pages of the whole repeating
	// step up to this page, and all of them.
	within, across int
}

// Done is the share of the wizard behind the page, from 0 to 1: the
// finished steps, and of the current repeating step the share of its
// record pages seen (the list page counts as one of them).
func (p Position) Done() float64 {
	if p.Steps == 0 {
		return 0
	}
	if p.Step == p.Steps {
		return 1
	}
	done := float64(p.Step - 1)
	if p.across > 0 {
		done += float64(p.within) / float64(p.across+1)
	}
	return done / float64(p.Steps)
}

// PositionOf returns the position of page i of pages.
func PositionOf(pages []Page, i int) Position {
	var pos Position
	cur := pages[i]
	parent := cur.Parent
	if cur.List {
		parent = cur.Step.ID
	}
	for j, p := range pages {
		if p.Record < 0 {
			pos.Steps++
			if j <= i {
				pos.Step++
			}
			continue
		}
		if p.Parent == parent {
			pos.across++
			if j <= i {
				pos.within++
			}
		}
		if cur.Record >= 0 && p.Record == cur.Record && p.Parent == cur.Parent {
			pos.Parts++
			if j <= i {
				pos.Part++
			}
		}
	}
	return pos
}

// LeavesRecords reports whether going on from page i leaves the records
// of a repeating step: page i is the last page of its last record. That is
// where the wizard asks whether to add another one.
func LeavesRecords(pages []Page, i int) bool {
	if i < 0 || i >= len(pages) || pages[i].Record < 0 {
		return false
	}
	return i+1 == len(pages) || pages[i+1].Parent != pages[i].Parent
}

// ListPage returns the index of the page listing the records of the
// repeating step with id, or -1.
func ListPage(pages []Page, id string) int {
	for i, p := range pages {
		if p.List && p.Step.ID == id {
			return i
		}
	}
	return -1
}
