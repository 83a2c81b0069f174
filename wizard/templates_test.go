package wizard

import (
	"encoding/json"
	"testing"

	"tietosuojapakki/data"
)

// TestTemplatesPassRegisterRules: with the organisation part complete, a
// register made from any template in any language blocks nothing.
func TestTemplatesPassRegisterRules(t *testing.T) {
	for _, tpl := range Templates() {
		for _, lang := range []string{"fi", "sv", "en"} {
			t.Run(tpl.ID+"/"+lang, func(t *testing.T) {
				a := example(t)
				a.Registers = []data.Register{tpl.Register(lang)}
				a.Organisation.DocumentLanguages = []string{lang} // translations: TestAddRegisterTranslates
				a.Processors = nil
				a.ProcessorTerms = data.ProcessorTerms{}
				for _, f := range Check(a) {
					if f.Severity == Missing {
						t.Errorf("%s", FindingText(f, "en"))
					}
				}
				r := a.Registers[0]
				if len(r.Retention) == 0 || len(r.Purposes) == 0 {
					t.Error("template without retention or purposes")
				}
			})
		}
	}
}

// TestTemplatesTranslated: every text a template fills in Finnish is filled
// in Swedish and English too, and the names differ by language.
func TestTemplatesTranslated(t *testing.T) {
	ids := map[string]bool{}
	for _, tpl := range Templates() {
		if ids[tpl.ID] {
			t.Errorf("duplicate template %s", tpl.ID)
		}
		ids[tpl.ID] = true
		if !complete(tpl.Name) || !complete(tpl.Help) {
			t.Errorf("%s: name or help not in three languages", tpl.ID)
		}
		fi := generic(t, tpl.Register("fi"))
		for _, lang := range []string{"sv", "en"} {
			sameShape(t, tpl.ID+"/"+lang, "", fi, generic(t, tpl.Register(lang)))
		}
		if tpl.Register("fi").Name == tpl.Register("sv").Name {
			t.Errorf("%s: Swedish name is the Finnish one", tpl.ID)
		}
	}
}

func generic(t *testing.T, r data.Register) any {
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	_ = json.Unmarshal(b, &v)
	return v
}

func sameShape(t *testing.T, name, path string, fi, other any) {
	switch x := fi.(type) {
	case map[string]any:
		o, _ := other.(map[string]any)
		for k, v := range x {
			sameShape(t, name, path+"."+k, v, o[k])
		}
	case []any:
		o, _ := other.([]any)
		if len(o) != len(x) {
			t.Errorf("%s%s: %d items, Finnish has %d", name, path, len(o), len(x))
			return
		}
		for i := range x {
			sameShape(t, name, path, x[i], o[i])
		}
	case string:
		if s, _ := other.(string); x != "" && s == "" {
			t.Errorf("%s%s: empty, Finnish %q", name, path, x)
		}
	}
}

func TestAddRegisterUsesMainLanguage(t *testing.T) {
	tpl, ok := FindTemplate("customers")
	if !ok {
		t.Fatal("no customers template")
	}
	tests := []struct {
		langs []string
		want  string
	}{
		{[]string{"sv", "fi"}, "Kundregister"},
		{[]string{"en"}, "Customer register"},
		{nil, "Asiakasrekisteri"},
	}
	for _, tc := range tests {
		a := example(t)
		a.Organisation.DocumentLanguages = tc.langs
		i, err := AddRegister(a, tpl)
		if err != nil {
			t.Fatal(err)
		}
		if i != 2 || a.Registers[i].Name != tc.want {
			t.Errorf("%v: register %d named %q, want %q", tc.langs, i, a.Registers[i].Name, tc.want)
		}
	}
}
