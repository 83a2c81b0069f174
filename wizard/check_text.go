package wizard

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// outdatedTexts: a free-text answer copied from an old notice may cite a
// repealed law, a merged authority or the supervisory authority's old
// address or fax. The product's own text is current; the user's must be
// too, or the published notice tells the reader something false. Each
// finding blocks and names the current wording (art. 5(1)(d) accuracy,
// art. 12(1) intelligible information).
func (c *checker) outdatedTexts(a *data.Answers) {
	textAnswers(a, func(segs []string, text string) {
		found := vocab.FindOutdated(text)
		if len(found) == 0 {
			return
		}
		path := strings.Join(segs, ".")
		for _, o := range found {
			msg := T(
				fmt.Sprintf("Vastauksessa on vanhentunut viittaus ”%s”. Kirjoita tilalle: %s.", o.Quote, o.Ref.Current.FI),
				fmt.Sprintf("Svaret har en föråldrad hänvisning ”%s”. Skriv i stället: %s.", o.Quote, o.Ref.Current.SV),
				fmt.Sprintf("The answer has an outdated reference “%s”. Write instead: %s.", o.Quote, o.Ref.Current.EN))
			c.add(Missing, "12(1)", questionAt(path), path, registerOf(path), msg)
		}
	})
}

// textAnswers calls fn for every text in the answers, in field order:
// every free text a document may print, list items and record fields
// included. It walks the Go value (JSON names from the struct tags), so
// that the check stays cheap on every keystroke; fn gets the path
// as segments, to join only when it needs one.
func textAnswers(a *data.Answers, fn func(segs []string, text string)) {
	walkTexts(reflect.ValueOf(a).Elem(), nil, fn)
}

func walkTexts(v reflect.Value, segs []string, fn func(segs []string, text string)) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); strings.TrimSpace(s) != "" {
			fn(segs, s)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walkTexts(v.Elem(), segs, fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkTexts(v.Index(i), append(segs[:len(segs):len(segs)], strconv.Itoa(i)), fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			walkTexts(v.Field(i), append(segs[:len(segs):len(segs)], name), fn)
		}
	}
}

// questionAt returns the ID of the catalogue question that asks the answer
// at path ("registers.0.retention.1.basis" -> "retention.basis"); an item
// of a list belongs to the list's question. "" when no question asks it.
func questionAt(path string) string {
	segs := splitPath(path)
	for i, s := range segs {
		if _, ok := index(s); ok {
			segs[i] = "{i}"
		}
	}
	want := map[string]bool{strings.Join(segs, "."): true}
	if n := len(segs); n > 0 && segs[n-1] == "{i}" {
		want[strings.Join(segs[:n-1], ".")] = true
	}
	id := ""
	Walk(Default(), func(q Question, base string) {
		if id == "" && q.Path != "" && want[Join(base, q.Path)] {
			id = q.ID
		}
	})
	return id
}

// registerOf is the register index a path is in, -1 outside registers.
func registerOf(path string) int {
	segs := splitPath(path)
	if len(segs) >= 2 && segs[0] == "registers" {
		if i, ok := index(segs[1]); ok {
			return i
		}
	}
	return -1
}
