package wizard

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

func TestQuestionIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	Walk(Default(), func(q Question, _ string) {
		if q.ID == "" {
			t.Errorf("question at %s has no ID", q.Path)
		}
		if seen[q.ID] {
			t.Errorf("duplicate question ID %q", q.ID)
		}
		seen[q.ID] = true
	})
	steps := map[string]bool{}
	forEachStep(Default(), func(s Step) {
		if steps[s.ID] {
			t.Errorf("duplicate step ID %q", s.ID)
		}
		steps[s.ID] = true
	})
}

func forEachStep(c Catalogue, fn func(Step)) {
	var rec func(Step)
	rec = func(s Step) {
		fn(s)
		if s.Repeat != nil {
			for _, sub := range s.Repeat.Steps {
				rec(sub)
			}
		}
	}
	for _, s := range c.Steps {
		rec(s)
	}
}

// complete reports whether t is given in all three languages.
func complete(t Text) bool { return t.FI != "" && t.SV != "" && t.EN != "" }

// partial reports whether t is given in some languages but not all.
func partial(t Text) bool { return !complete(t) && (t.FI != "" || t.SV != "" || t.EN != "") }

func TestEveryTextInThreeLanguages(t *testing.T) {
	forEachStep(Default(), func(s Step) {
		if !complete(s.Title) {
			t.Errorf("step %s: title %+v", s.ID, s.Title)
		}
		if partial(s.Intro) {
			t.Errorf("step %s: intro %+v", s.ID, s.Intro)
		}
		if s.Repeat != nil && !complete(s.Repeat.Item) {
			t.Errorf("step %s: repeat item %+v", s.ID, s.Repeat.Item)
		}
	})
	Walk(Default(), func(q Question, _ string) {
		for name, txt := range map[string]Text{"label": q.Label, "help": q.Help} {
			if !complete(txt) {
				t.Errorf("%s: %s %+v", q.ID, name, txt)
			}
		}
		if partial(q.Example) {
			t.Errorf("%s: example %+v", q.ID, q.Example)
		}
		for _, s := range q.Suggestions {
			if !complete(s) {
				t.Errorf("%s: suggestion %+v", q.ID, s)
			}
		}
		if q.Kind == Records && !complete(q.Item) {
			t.Errorf("%s: item %+v", q.ID, q.Item)
		}
		if q.Warning != nil && !complete(q.Warning.Message) {
			t.Errorf("%s: warning %+v", q.ID, q.Warning.Message)
		}
		for _, o := range Choices(q, filled()) {
			if !complete(o.Label) {
				t.Errorf("%s: option %s label %+v", q.ID, o.Code, o.Label)
			}
		}
	})
}

// questionPaths maps every question's path template to the question.
func questionPaths() map[string]Question {
	out := map[string]Question{}
	Walk(Default(), func(q Question, base string) { out[Join(base, q.Path)] = q })
	return out
}

func conditions(c *Condition) []Condition {
	if c == nil {
		return nil
	}
	out := []Condition{}
	if c.Op != "" {
		out = append(out, *c)
	}
	for i := range c.All {
		out = append(out, conditions(&c.All[i])...)
	}
	for i := range c.Any {
		out = append(out, conditions(&c.Any[i])...)
	}
	return out
}

func TestConditionsPointAtQuestions(t *testing.T) {
	paths := questionPaths()
	ops := []Op{OpEquals, OpNotEquals, OpTrue, OpFalse, OpNotEmpty, OpContains, OpEmpty, OpMentions}
	check := func(where, base string, c *Condition) {
		for _, leaf := range conditions(c) {
			// "*" fans out over a list's records, as "{i}" in a template.
			target := strings.ReplaceAll(Join(base, leaf.Path), "*", "{i}")
			if _, ok := paths[target]; !ok {
				t.Errorf("%s: condition on %q (%s) asks about no question", where, leaf.Path, target)
			}
			if !slices.Contains(ops, leaf.Op) {
				t.Errorf("%s: unknown op %q", where, leaf.Op)
			}
		}
	}
	Walk(Default(), func(q Question, base string) {
		check(q.ID, base, q.ShowIf)
		if q.Warning != nil {
			check(q.ID+" warning", base, &q.Warning.If)
		}
		check(q.ID+" default", base, q.Default)
	})
	forEachStep(Default(), func(s Step) { check(s.ID, "", s.ShowIf) })
}

func TestValidateNamesResolve(t *testing.T) {
	Walk(Default(), func(q Question, _ string) {
		if q.Validate == "" {
			if q.Kind == Date {
				t.Errorf("%s: a date without Validate \"date\"", q.ID)
			}
			return
		}
		if _, ok := valid.ByName(q.Validate); !ok {
			t.Errorf("%s: valid.ByName(%q) unknown", q.ID, q.Validate)
		}
	})
}

func TestOptions(t *testing.T) {
	full := filled()
	Walk(Default(), func(q Question, _ string) {
		isChoice := q.Kind == Choice || q.Kind == MultiChoice
		opts := Choices(q, full)
		if isChoice && len(opts) == 0 {
			t.Errorf("%s: a choice without options", q.ID)
		}
		if !isChoice && (len(q.Options) > 0 || q.OptionsFrom != "" || q.RecordOptions != nil) {
			t.Errorf("%s: options on a %s", q.ID, q.Kind)
		}
		if q.OptionsFrom != "" {
			if _, ok := OptionList(q.OptionsFrom); !ok {
				t.Errorf("%s: unknown option list %q", q.ID, q.OptionsFrom)
			}
		}
		seen := map[string]bool{}
		for _, o := range opts {
			if o.Code == "" || seen[o.Code] {
				t.Errorf("%s: empty or duplicate option code %q", q.ID, o.Code)
			}
			seen[o.Code] = true
		}
	})
}

// TestVocabularyMatchesModel: the codes offered are the codes the model and
// the documents know.
func TestVocabularyMatchesModel(t *testing.T) {
	bases := make([]string, len(data.LegalBases))
	for i, b := range data.LegalBases {
		bases[i] = string(b)
	}
	tests := []struct {
		list string
		want []string
	}{
		{"legal_bases", bases},
		{"safeguards", data.Safeguards},
		{"security_measures", data.SecurityMeasures},
		{"requirement_kinds", []string{data.RequirementNone, data.RequirementStatutory, data.RequirementContractual, data.RequirementContract}},
		{"locations", []string{data.LocationEU, data.LocationThirdCountry}},
		{"authorisations", []string{data.AuthorisationGeneral, data.AuthorisationSpecific}},
		{"end_of_service", []string{data.EndDelete, data.EndReturn}},
		{"acceptances", []string{data.AcceptanceSignature, data.AcceptanceElectronic}},
		{"languages", []string{"fi", "sv", "en"}},
	}
	for _, tc := range tests {
		l, ok := OptionList(tc.list)
		if !ok {
			t.Fatalf("no list %s", tc.list)
		}
		got := vocab.Codes(l)
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: codes %v, model %v", tc.list, got, want)
		}
	}
}

var indexTemplate = regexp.MustCompile(`\{i\}`)

// TestPathsResolve: every path exists in a fully filled Answers and holds
// the JSON type its kind expects.
func TestPathsResolve(t *testing.T) {
	full := filled()
	Walk(Default(), func(q Question, base string) {
		path := indexTemplate.ReplaceAllString(Join(base, q.Path), "0")
		v, ok := Lookup(full, path)
		if !ok {
			t.Errorf("%s: path %s does not exist in data.Answers", q.ID, path)
			return
		}
		var kindOK bool
		switch q.Kind {
		case ShortText, LongText, Choice, Date:
			_, kindOK = v.(string)
		case YesNo:
			if q.Presence {
				_, kindOK = v.(map[string]any)
			} else {
				_, kindOK = v.(bool)
			}
		case Number:
			_, kindOK = v.(float64)
		case List, MultiChoice:
			l, isList := v.([]any)
			kindOK = isList && len(l) == 1
			if kindOK {
				_, kindOK = l[0].(string)
			}
		case Records:
			l, isList := v.([]any)
			kindOK = isList && len(l) == 1 && len(q.Fields) > 0
			if kindOK {
				_, kindOK = l[0].(map[string]any)
			}
		}
		if !kindOK {
			t.Errorf("%s: %s holds %T, not a %s", q.ID, path, v, q.Kind)
		}
		if q.Kind != Records && len(q.Fields) > 0 {
			t.Errorf("%s: fields on a %s", q.ID, q.Kind)
		}
	})
	forEachStep(Default(), func(s Step) {
		if s.Repeat == nil {
			return
		}
		if _, ok := Lookup(full, s.Repeat.Path+".0."+s.Repeat.TitleField); !ok {
			t.Errorf("step %s: repeat path %s or title field %s missing", s.ID, s.Repeat.Path, s.Repeat.TitleField)
		}
	})
}

// expand turns a path template into the concrete paths of a.
func expand(a *data.Answers, template string) []string {
	parts := strings.Split(template, ".{i}")
	paths := []string{parts[0]}
	for _, rest := range parts[1:] {
		var next []string
		for _, p := range paths {
			for i := range Len(a, p) {
				next = append(next, p+"."+strconv.Itoa(i)+rest)
			}
		}
		paths = next
	}
	return paths
}

// TestExampleCodesAreOptions: every coded answer of the example company is
// one of its question's options.
func TestExampleCodesAreOptions(t *testing.T) {
	a := example(t)
	checked := 0
	Walk(Default(), func(q Question, base string) {
		if q.Kind != Choice && q.Kind != MultiChoice {
			return
		}
		codes := vocab.Codes(Choices(q, a))
		for _, p := range expand(a, Join(base, q.Path)) {
			v := Get(a, p)
			vals, isList := v.([]any)
			if !isList {
				vals = []any{v}
			}
			for _, x := range vals {
				s := scalar(x)
				if s == "" {
					continue
				}
				checked++
				if !slices.Contains(codes, s) {
					t.Errorf("%s at %s: %q is not an option %v", q.ID, p, s, codes)
				}
			}
		}
	})
	if checked < 10 {
		t.Errorf("only %d coded answers checked; expand is broken", checked)
	}
}
