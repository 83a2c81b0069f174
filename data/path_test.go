package data

import (
	"encoding/json"
	"reflect"
	"testing"
)

func pathDoc(t *testing.T) any {
	t.Helper()
	var doc any
	if err := json.Unmarshal([]byte(`{"organisation":{"name":"Kivi Oy","dpo":null},
		"registers":[{"name":"Asiakkaat","purposes":[{"description":"Laskutus"}]},{"name":"Uutiskirje"}],"-1":"kenttä"}`), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// The rules of answer paths, read and written.
func TestPaths(t *testing.T) {
	for _, c := range []struct {
		path   string
		want   any
		exists bool
	}{
		{"organisation.name", "Kivi Oy", true},
		{"organisation.dpo", nil, true}, // a null leaf exists
		{"organisation.dpo.name", nil, false},
		{"registers.1.name", "Uutiskirje", true},
		{"registers.0.purposes.0.description", "Laskutus", true},
		{"registers.2.name", nil, false},
		{"registers.-1.name", nil, false}, // no index from the end
		{"registers.+1.name", nil, false},
		{"registers.01.name", "Uutiskirje", true},
		{"-1", "kenttä", true}, // not an index: a field name
		{"registers..name", nil, false},
		{"", nil, false},
		{"organisation.name.first", nil, false},
	} {
		got, ok := LookupPath(pathDoc(t), c.path)
		if ok != c.exists || !reflect.DeepEqual(got, c.want) {
			t.Errorf("LookupPath(%q) = %v, %v; want %v, %v", c.path, got, ok, c.want, c.exists)
		}
		if pathExists(pathDoc(t), c.path) != c.exists {
			t.Errorf("pathExists(%q)", c.path)
		}
	}
	for _, c := range []struct {
		path string
		ok   bool
	}{
		{"registers.2.name", true}, // appends
		{"organisation.dpo.email", true},
		{"registers.3.name", false}, // past the end
		{"registers.-1.name", false},
		{"organisation.0", false},
		{"registers.name", false},
		{"organisation.name.first", false},
		{"", false},
		{"a..b", false},
	} {
		doc, err := SetPath(pathDoc(t), c.path, "x")
		if (err == nil) != c.ok {
			t.Errorf("SetPath(%q): %v", c.path, err)
		}
		if c.ok && GetPath(doc, c.path) != "x" {
			t.Errorf("SetPath(%q) did not write", c.path)
		}
	}
	doc, err := DeletePath(pathDoc(t), "registers.0")
	if err != nil || GetPath(doc, "registers.0.name") != "Uutiskirje" || GetPath(doc, "registers.1") != nil {
		t.Errorf("DeletePath: %v %v", err, GetPath(doc, "registers"))
	}
	for _, bad := range []string{"registers.2", "registers.-1", "registers", "organisation.name.0", ""} {
		if _, err := DeletePath(pathDoc(t), bad); err == nil {
			t.Errorf("DeletePath(%q) succeeded", bad)
		}
	}
}
