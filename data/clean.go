package data

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"tietosuojapakki/data/text"
	"tietosuojapakki/data/valid"
)

// The answers are stored in one normal form, whoever writes them (the
// window through SetAnswer, SaveAnswers, a new organisation, the import):
// every string goes through the text cleaning rule (package text), and
// every identifier (Y-tunnus, postal code, phone, e-mail, web address,
// date) is stored in the one form its normaliser gives (package valid). An
// identifier that does not pass its check is kept as cleaned: the import
// refuses it with a message, and the window does not save it at all.

// normalise puts a into the stored form, in place.
func (a *Answers) normalise() {
	eachString(reflect.ValueOf(a).Elem(), "", cleanString)
	o := &a.Organisation
	normal(&o.BusinessID, valid.NormalBusinessID)
	normal(&o.PostalCode, valid.NormalPostalCode)
	normal(&o.Phone, valid.NormalPhone)
	normal(&o.Email, valid.NormalEmail)
	normal(&o.Website, valid.NormalURL)
	for _, c := range []*Contact{&o.PrivacyContact, o.DPO} {
		if c != nil {
			normal(&c.Email, valid.NormalEmail)
			normal(&c.Phone, valid.NormalPhone)
		}
	}
	for i := range a.Processors {
		p := &a.Processors[i]
		normal(&p.BusinessID, valid.NormalBusinessID)
		normal(&p.DPADate, valid.NormalDate)
	}
	t := &a.ProcessorTerms
	normal(&t.SupportEmail, valid.NormalEmail)
	normal(&t.SupportPhone, valid.NormalPhone)
}

// normaliseSection puts one section of the answers (the typed value of
// answers_section.go: *Organisation, *Register, *Processor, …) into the
// stored form, in place, by the same rule as the whole document: it is
// normalised inside an otherwise empty Answers.
func normaliseSection(section any) {
	var a Answers
	switch x := section.(type) {
	case *Organisation:
		a.Organisation = *x
		defer func() { *x = a.Organisation }()
	case *Register:
		a.Registers = []Register{*x}
		defer func() { *x = a.Registers[0] }()
	case *Processor:
		a.Processors = []Processor{*x}
		defer func() { *x = a.Processors[0] }()
	case *Website:
		a.Website = *x
		defer func() { *x = a.Website }()
	case *ProcessorTerms:
		a.ProcessorTerms = *x
		defer func() { *x = a.ProcessorTerms }()
	case *RequestLogRule:
		a.RequestLog = *x
		defer func() { *x = a.RequestLog }()
	case *BreachLogRule:
		a.BreachLog = *x
		defer func() { *x = a.BreachLog }()
	}
	a.normalise()
}

// normalise puts a whole answers file into the stored form, in place: the
// answers, and the request log's texts and dates. A request's history and
// the issued document versions are records the program wrote (a version's
// snapshot is hashed): they are kept byte for byte.
func (f *File) normalise() {
	f.Answers.normalise()
	for i := range f.Requests {
		r := &f.Requests[i]
		history := r.History
		r.History = nil
		eachString(reflect.ValueOf(r).Elem(), "", cleanString)
		r.History = history
		normal(&r.Received, valid.NormalDate)
		normal(&r.ExtensionToldOn, valid.NormalDate)
		normal(&r.AnsweredOn, valid.NormalDate)
		if r.Identity != nil {
			normal(&r.Identity.VerifiedOn, valid.NormalDate)
		}
	}
}

func cleanString(_, s string) string { return text.Clean(s) }

// normal replaces *s by its normal form when it has one; otherwise *s is
// only cleaned, and the check that runs later says what is wrong.
func normal(s *string, n func(string) (string, error)) {
	if v, err := n(*s); err == nil {
		*s = v
	} else {
		*s = text.Identifier(*s)
	}
}

// eachString replaces every string in v by what fn returns for its JSON
// path and value. v is a settable struct, slice, array or pointer, walked through; a path is e.g.
// "registers[0].purposes[1].description". Fields without a JSON name are
// skipped; an embedded struct's fields are at its parent's level, as
// encoding/json puts them.
func eachString(v reflect.Value, path string, fn func(path, s string) string) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			if s := fn(path, v.String()); s != v.String() {
				v.SetString(s)
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), path, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachString(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Anonymous {
				eachString(v.Field(i), path, fn)
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || name == "" {
				continue
			}
			if path != "" {
				name = path + "." + name
			}
			eachString(v.Field(i), name, fn)
		}
	}
}

// canonicalAnswers is the stored JSON of a: a deep copy put into the
// normal form, so that the caller's value is left as it was.
func canonicalAnswers(a *Answers) ([]byte, string, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return nil, "", err
	}
	var c Answers
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, "", err
	}
	c.normalise()
	b, err = json.Marshal(&c)
	return b, c.Organisation.Name, err
}

// checkValue refuses a value SetAnswer is given for path that the import
// would refuse too: a text longer than text.MaxRunes, a number outside
// its NumberBounds.
func checkValue(path string, value any) error {
	switch x := value.(type) {
	case string:
		if text.TooLong(x) {
			return issue("text.too_long", text.MaxRunes)
		}
	case int:
		return CheckNumber(path, x)
	case int64:
		return CheckNumber(path, int(x))
	case float64:
		if x != float64(int(x)) {
			return nil // the typed round trip refuses it
		}
		return CheckNumber(path, int(x))
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return CheckNumber(path, int(n))
		}
	}
	return nil
}

// longTexts reports every string of the answers and the requests longer
// than text.MaxRunes (not a request's history or a version's snapshot: the
// program wrote those, and a snapshot holds all the answers).
func (c *checker) longTexts(f *File) {
	report := func(path, s string) string {
		if text.TooLong(s) {
			c.add(path, issue("text.too_long", text.MaxRunes))
		}
		return s
	}
	eachString(reflect.ValueOf(&f.Answers).Elem(), "", report)
	for i := range f.Requests {
		r := f.Requests[i] // a copy, without the history
		r.History = nil
		eachString(reflect.ValueOf(&r).Elem(), fmt.Sprintf("requests[%d]", i), report)
	}
}
