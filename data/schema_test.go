package data

// These tests keep docs/answers.schema.json honest: it must name exactly the
// fields of the Go types, list exactly the codes the Go code allows, and
// accept the example files, which a small validator below checks against it.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

const (
	schemaFile = "../docs/answers.schema.json"
	formatDoc  = "../docs/answers-format.md"
)

// decodeJSON decodes b keeping numbers as json.Number, so that the validator
// can tell 2 from 2.5 as Go's decoder does.
func decodeJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("text after the JSON value")
	}
	return v, nil
}

func loadSchema(t testing.TB) map[string]any {
	t.Helper()
	b, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	v, err := decodeJSON(b)
	if err != nil {
		t.Fatalf("%s: %v", schemaFile, err)
	}
	s, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s is not a JSON object", schemaFile)
	}
	return s
}

// --- a tiny validator for the keywords the schema uses ---

// schemaKeywords are the keywords the validator understands; annotations
// are listed so that an unknown keyword is caught rather than ignored.
var schemaKeywords = map[string]bool{
	"$schema": true, "title": true, "description": true, "$defs": true, // annotations
	"type": true, "properties": true, "required": true, "additionalProperties": true,
	"items": true, "enum": true, "const": true, "pattern": true, "format": true,
	"minimum": true, "maximum": true, "minItems": true, "anyOf": true, "$ref": true,
}

// formats checks the "format" values with the same validators import uses.
var formats = map[string]func(string) bool{
	"date":      func(s string) bool { return s != "" && valid.Date(s) == nil },
	"email":     func(s string) bool { return s != "" && valid.Email(s) == nil },
	"uri":       func(s string) bool { return s != "" && valid.URL(s) == nil },
	"date-time": func(s string) bool { _, err := time.Parse(time.RFC3339, s); return err == nil },
}

// schemaError is one place where a document breaks the schema. Paths are
// written as import writes them: registers[0].purposes[1].legal_basis.
type schemaError struct{ Path, Msg string }

type validator struct{ root map[string]any }

func (v validator) ref(node map[string]any) (map[string]any, bool) {
	r, ok := node["$ref"].(string)
	if !ok {
		return nil, false
	}
	def, _ := v.root["$defs"].(map[string]any)[strings.TrimPrefix(r, "#/$defs/")].(map[string]any)
	return def, def != nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func jsonTypeOf(val any) []string {
	switch x := val.(type) {
	case nil:
		return []string{"null"}
	case bool:
		return []string{"boolean"}
	case string:
		return []string{"string"}
	case json.Number:
		if strings.ContainsAny(string(x), ".eE") {
			return []string{"number"}
		}
		return []string{"number", "integer"}
	case map[string]any:
		return []string{"object"}
	case []any:
		return []string{"array"}
	}
	return nil
}

func typeNames(t any) []string {
	switch x := t.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, e.(string))
		}
		return out
	}
	return nil
}

// check returns every way val breaks node.
func (v validator) check(node map[string]any, val any, path string) []schemaError {
	var errs []schemaError
	fail := func(p, format string, a ...any) { errs = append(errs, schemaError{p, fmt.Sprintf(format, a...)}) }
	obj, isObj := val.(map[string]any)
	arr, isArr := val.([]any)
	str, isStr := val.(string)
	for kw, arg := range node {
		switch kw {
		case "$schema", "title", "description", "$defs":
		case "$ref":
			def, ok := v.ref(node)
			if !ok {
				fail(path, "unresolved $ref %v", arg)
				continue
			}
			errs = append(errs, v.check(def, val, path)...)
		case "type":
			want := typeNames(arg)
			if !slices.ContainsFunc(jsonTypeOf(val), func(t string) bool { return slices.Contains(want, t) }) {
				fail(path, "type %v, want %v", jsonTypeOf(val), want)
			}
		case "const":
			if !reflect.DeepEqual(val, arg) {
				fail(path, "%v is not %v", val, arg)
			}
		case "enum":
			if !slices.ContainsFunc(arg.([]any), func(e any) bool { return reflect.DeepEqual(e, val) }) {
				fail(path, "%v is not one of %v", val, arg)
			}
		case "pattern":
			if isStr && !regexp.MustCompile(arg.(string)).MatchString(str) {
				fail(path, "%q does not match %s", str, arg)
			}
		case "format":
			if ok := formats[arg.(string)]; isStr && ok != nil && !ok(str) {
				fail(path, "%q is not a valid %s", str, arg)
			}
		case "minimum":
			if n, ok := val.(json.Number); ok {
				x, _ := n.Float64()
				m, _ := arg.(json.Number).Float64()
				if x < m {
					fail(path, "%v is below %v", n, m)
				}
			}
		case "maximum":
			if n, ok := val.(json.Number); ok {
				x, _ := n.Float64()
				m, _ := arg.(json.Number).Float64()
				if x > m {
					fail(path, "%v is above %v", n, m)
				}
			}
		case "minItems":
			if m, _ := arg.(json.Number).Int64(); isArr && int64(len(arr)) < m {
				fail(path, "%d items, want at least %d", len(arr), m)
			}
		case "anyOf":
			matched := false
			for _, alt := range arg.([]any) {
				if len(v.check(alt.(map[string]any), val, path)) == 0 {
					matched = true
					break
				}
			}
			if !matched {
				fail(path, "%v matches none of the alternatives", val)
			}
		case "properties":
			if isObj {
				for k, sub := range arg.(map[string]any) {
					if x, ok := obj[k]; ok {
						errs = append(errs, v.check(sub.(map[string]any), x, join(path, k))...)
					}
				}
			}
		case "required":
			for _, k := range arg.([]any) {
				if _, ok := obj[k.(string)]; isObj && !ok {
					fail(join(path, k.(string)), "required field is missing")
				}
			}
		case "additionalProperties":
			props, _ := node["properties"].(map[string]any)
			for k := range obj {
				if _, ok := props[k]; !ok && arg == false {
					fail(join(path, k), "unknown field")
				}
			}
		case "items":
			for i, x := range arr {
				errs = append(errs, v.check(arg.(map[string]any), x, fmt.Sprintf("%s[%d]", path, i))...)
			}
		default:
			fail(path, "schema keyword %q is not supported by this validator", kw)
		}
	}
	return errs
}

func validateBytes(t *testing.T, root map[string]any, b []byte) []schemaError {
	t.Helper()
	doc, err := decodeJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	errs := validator{root}.check(root, doc, "")
	sort.Slice(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
	return errs
}

// --- (a) the schema is JSON and uses only keywords the validator knows ---

func TestSchemaParses(t *testing.T) {
	root := loadSchema(t)
	if root["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema is %v, want draft 2020-12", root["$schema"])
	}
	v := validator{root}
	var walk func(node map[string]any, at string)
	walk = func(node map[string]any, at string) {
		for kw, arg := range node {
			if !schemaKeywords[kw] {
				t.Errorf("%s: keyword %q is not checked by the test validator", at, kw)
			}
			switch kw {
			case "properties", "$defs":
				for k, sub := range arg.(map[string]any) {
					walk(sub.(map[string]any), at+"/"+kw+"/"+k)
				}
			case "items":
				walk(arg.(map[string]any), at+"/items")
			case "anyOf":
				for i, sub := range arg.([]any) {
					walk(sub.(map[string]any), fmt.Sprintf("%s/anyOf/%d", at, i))
				}
			case "$ref":
				if _, ok := v.ref(node); !ok {
					t.Errorf("%s: $ref %v does not resolve", at, arg)
				}
			case "pattern":
				if _, err := regexp.Compile(arg.(string)); err != nil {
					t.Errorf("%s: %v", at, err)
				}
			case "format":
				if formats[arg.(string)] == nil {
					t.Errorf("%s: format %v is not checked by the test validator", at, arg)
				}
			}
		}
	}
	walk(root, "#")
}

// --- (b) the schema's fields are the Go types' fields ---

type goField struct {
	name      string
	typ       reflect.Type
	omitempty bool
}

// jsonFields lists the JSON fields of a struct as encoding/json writes them,
// with the fields of an untagged embedded struct (File's Answers) inlined.
func jsonFields(t reflect.Type) []goField {
	var out []goField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, goField{name, f.Type, slices.Contains(strings.Split(opts, ","), "omitempty")})
	}
	return out
}

// resolve gives node with the keywords of its $ref target merged in, the
// node's own keywords winning.
func (v validator) resolve(node map[string]any) map[string]any {
	def, ok := v.ref(node)
	if !ok {
		return node
	}
	out := map[string]any{}
	for k, x := range v.resolve(def) {
		out[k] = x
	}
	for k, x := range node {
		if k != "$ref" {
			out[k] = x
		}
	}
	return out
}

// typeWalker compares Go types with schema nodes and collects the enums
// it meets, by path (registers[].purposes[].legal_basis).
type typeWalker struct {
	t     *testing.T
	v     validator
	enums map[string][]string
}

func (w *typeWalker) walk(typ reflect.Type, site map[string]any, path string) {
	node := w.v.resolve(site)
	types := typeNames(node["type"])
	sort.Strings(types)
	var want []string
	if typ == reflect.TypeFor[time.Time]() {
		// An instant is written as an RFC 3339 string (a breach's times).
		if !slices.Equal(types, []string{"string"}) || node["format"] != "date-time" {
			w.t.Errorf("%s: schema type %v format %v, want a date-time string", path, types, node["format"])
		}
		return
	}
	switch typ.Kind() {
	case reflect.String:
		want = []string{"string"}
	case reflect.Bool:
		want = []string{"boolean"}
	case reflect.Int, reflect.Int64:
		want = []string{"integer"}
	case reflect.Slice:
		// A nil slice is written as null; only a list that must not be
		// empty (minItems) refuses null.
		want = []string{"array", "null"}
		if node["minItems"] != nil {
			want = []string{"array"}
		}
	case reflect.Pointer, reflect.Map:
		// An optional object, a yes/no that may be unanswered (null), or
		// the translations' glossary.
		want = []string{"null", "object"}
		if typ.Elem().Kind() == reflect.Bool {
			want = []string{"boolean", "null"}
		}
	case reflect.Struct:
		want = []string{"object"}
	default:
		w.t.Errorf("%s: Go kind %s has no rule in this test", path, typ.Kind())
	}
	if !slices.Equal(types, want) {
		w.t.Errorf("%s: schema type %v, Go type %s wants %v", path, types, typ, want)
	}
	if e, ok := node["enum"].([]any); ok {
		for _, x := range e {
			w.enums[path] = append(w.enums[path], x.(string))
		}
	}
	switch typ.Kind() {
	case reflect.Slice:
		items, ok := node["items"].(map[string]any)
		if !ok {
			w.t.Errorf("%s: array without items", path)
			return
		}
		w.walk(typ.Elem(), items, path+"[]")
	case reflect.Pointer:
		if typ.Elem().Kind() == reflect.Struct {
			w.fields(typ.Elem(), node, path)
		}
	case reflect.Struct:
		w.fields(typ, node, path)
	}
}

func (w *typeWalker) fields(typ reflect.Type, node map[string]any, path string) {
	if node["additionalProperties"] != false {
		w.t.Errorf("%s: additionalProperties must be false, so that a misspelt field is caught", path)
	}
	props, _ := node["properties"].(map[string]any)
	inGo := map[string]bool{}
	for _, f := range jsonFields(typ) {
		inGo[f.name] = true
		p := join(path, f.name)
		site, ok := props[f.name].(map[string]any)
		if !ok {
			w.t.Errorf("%s: Go field (%s) is missing from the schema", p, typ)
			continue
		}
		if d, _ := site["description"].(string); !strings.HasSuffix(d, ".") || len(d) < 10 {
			w.t.Errorf("%s: description %q is not a sentence", p, d)
		}
		w.walk(f.typ, site, p)
	}
	for name := range props {
		if !inGo[name] {
			w.t.Errorf("%s: schema property is not a field of %s (stale?)", join(path, name), typ)
		}
	}
	req, _ := node["required"].([]any)
	for _, r := range req {
		if !inGo[r.(string)] {
			w.t.Errorf("%s: required %q is not a field of %s", path, r, typ)
		}
	}
}

func walkSchema(t *testing.T) map[string][]string {
	root := loadSchema(t)
	w := &typeWalker{t: t, v: validator{root}, enums: map[string][]string{}}
	w.walk(reflect.TypeFor[File](), root, "")
	return w.enums
}

func TestSchemaMatchesGoTypes(t *testing.T) {
	walkSchema(t)
	root := loadSchema(t)
	var req []string
	for _, r := range root["required"].([]any) {
		req = append(req, r.(string))
	}
	sort.Strings(req)
	if want := []string{"format", "organisation", "version"}; !slices.Equal(req, want) {
		t.Errorf("top-level required %v, want %v: incomplete answers must stay valid", req, want)
	}
	v := validator{root}
	org := v.resolve(root["properties"].(map[string]any)["organisation"].(map[string]any))
	if r, _ := org["required"].([]any); len(r) != 1 || r[0] != "name" {
		t.Errorf("organisation requires %v, want only name", r)
	}
	props := root["properties"].(map[string]any)
	if c := props["format"].(map[string]any)["const"]; c != FileFormat {
		t.Errorf("format const %v, want %q", c, FileFormat)
	}
	// Every version up to the current one imports.
	var versions []any
	for _, alt := range props["version"].(map[string]any)["anyOf"].([]any) {
		versions = append(versions, alt.(map[string]any)["const"])
	}
	for n := 1; n <= FileVersion; n++ {
		if !slices.Contains(versions, any(json.Number(fmt.Sprint(n)))) {
			t.Errorf("version consts %v, want each of 1…%d", versions, FileVersion)
		}
	}
}

// --- (c) the schema's enums are the Go code lists ---

func codeStrings[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// orEmpty is a single-choice code: empty means "not answered yet", which
// import accepts (CheckFile skips empty codes).
func orEmpty(xs ...string) []string { return append([]string{""}, xs...) }

func TestSchemaEnumsMatchCode(t *testing.T) {
	locations := []string{LocationEU, LocationThirdCountry}
	measures := vocab.SecurityMeasures
	tests := map[string]struct {
		codes []string
		terms []vocab.Term // the labels the wizard and documents show; nil: none
	}{
		"organisation.document_languages[]":           {languages, nil},
		"registers[].purposes[].legal_basis":          {orEmpty(codeStrings(LegalBases)...), vocab.LegalBases},
		"registers[].requirement.kind":                {orEmpty(RequirementNone, RequirementStatutory, RequirementContractual, RequirementContract), vocab.RequirementKinds},
		"registers[].transfers[].safeguard":           {orEmpty(Safeguards...), vocab.Safeguards},
		"registers[].security.measures[]":             {SecurityMeasures, measures},
		"processors[].location":                       {orEmpty(locations...), vocab.Locations},
		"processors[].safeguard":                      {orEmpty(Safeguards...), vocab.Safeguards},
		"processor_terms.data_location":               {orEmpty(locations...), vocab.Locations},
		"processor_terms.data_safeguard":              {orEmpty(Safeguards...), vocab.Safeguards},
		"processor_terms.sub_processors[].safeguard":  {orEmpty(Safeguards...), vocab.Safeguards},
		"processor_terms.sub_processor_authorisation": {orEmpty(AuthorisationGeneral, AuthorisationSpecific), vocab.Authorisations},
		"processor_terms.security_measures[]":         {SecurityMeasures, measures},
		"processor_terms.end_of_service":              {orEmpty(EndDelete, EndReturn), vocab.EndOfService},
		"processor_terms.acceptance":                  {orEmpty(AcceptanceSignature, AcceptanceElectronic), vocab.Acceptances},
		"requests[].channel":                          {orEmpty(Channels...), vocab.Channels},
		"requests[].rights[]":                         {codeStrings(Rights), vocab.Rights},
		"requests[].status":                           {orEmpty(StatusOpen, StatusAnswered, StatusRefused), vocab.Statuses},
		"requests[].refusal_reason":                   {orEmpty(RefusalReasons...), vocab.RefusalReasons},
		"requests[].history[].kind": {[]string{EventCreated, EventVerified, EventExtended, EventStatus,
			EventAnswered, EventNote, EventEdited, EventImported, EventPurged}, nil},
		"breaches[].risk": {orEmpty(codeStrings(Risks)...), nil},
		"breaches[].history[].kind": {[]string{EventCreated, EventEdited, EventNote, EventAssessed, EventNotified,
			EventSubjectsTold, EventSubjectsNotTold, EventControllerTold, EventClosed, EventImported, EventPurged}, nil},
	}
	enums := walkSchema(t)
	for path, tc := range tests {
		got, ok := enums[path]
		switch {
		case !ok:
			t.Errorf("%s: no enum in the schema", path)
		case !slices.Equal(got, tc.codes):
			t.Errorf("%s: schema enum %q, Go code list %q", path, got, tc.codes)
		}
		if tc.terms == nil {
			continue
		}
		labelled := vocab.Codes(tc.terms)
		for _, c := range tc.codes {
			if c != "" && !slices.Contains(labelled, c) {
				t.Errorf("%s: code %q has no label in data/vocab", path, c)
			}
		}
	}
	for path := range enums {
		if _, ok := tests[path]; !ok {
			t.Errorf("%s: enum in the schema that this test does not compare with the Go code", path)
		}
	}
}

// --- (d) the examples satisfy the schema; broken documents do not ---

func TestSchemaAcceptsExamples(t *testing.T) {
	root := loadSchema(t)
	for _, name := range companies {
		t.Run(name, func(t *testing.T) {
			b := testdataFile(t, name)
			if errs := validateBytes(t, root, b); len(errs) > 0 {
				t.Errorf("file: %v", errs)
			}
			// What export writes (with histories, nulls) must pass too.
			st := openTemp(t)
			f, err := st.ExportFile(context.Background(), importTemp(t, st, name))
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := WriteFile(&out, f); err != nil {
				t.Fatal(err)
			}
			if errs := validateBytes(t, root, out.Bytes()); len(errs) > 0 {
				t.Errorf("export: %v", errs)
			}
		})
	}
}

// The minimal example in docs/answers-format.md is valid for the schema and
// for import.
func TestSchemaDocExample(t *testing.T) {
	md, err := os.ReadFile(formatDoc)
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(md), "## A minimal valid file")
	_, block, ok2 := strings.Cut(after, "```json\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatalf("%s has no json block under \"## A minimal valid file\"", formatDoc)
	}
	if errs := validateBytes(t, loadSchema(t), []byte(block)); len(errs) > 0 {
		t.Errorf("schema: %v", errs)
	}
	if _, ps := ParseFile(strings.NewReader(block)); len(ps) > 0 {
		t.Errorf("import: %v", ps.Text("en"))
	}
}

// remove marks a field to delete in an edit.
type remove struct{}

// edit sets (or with remove{} deletes) the value at a dotted path such as
// "registers.0.purposes.0.legal_basis" in a decoded document.
func edit(t *testing.T, doc any, path string, val any) {
	t.Helper()
	keys := strings.Split(path, ".")
	for _, k := range keys[:len(keys)-1] {
		switch x := doc.(type) {
		case map[string]any:
			doc = x[k]
		case []any:
			var i int
			fmt.Sscan(k, &i)
			doc = x[i]
		}
	}
	last := keys[len(keys)-1]
	switch x := doc.(type) {
	case map[string]any:
		if _, del := val.(remove); del {
			delete(x, last)
		} else {
			x[last] = val
		}
	case []any:
		var i int
		fmt.Sscan(last, &i)
		x[i] = val
	default:
		t.Fatalf("edit %s: no object or array at the parent", path)
	}
}

func TestSchemaRejectsBroken(t *testing.T) {
	root := loadSchema(t)
	base, err := os.ReadFile("testdata/siivous-kirkas.json")
	if err != nil {
		t.Fatal(err)
	}
	num := func(s string) json.Number { return json.Number(s) }
	tests := []struct {
		name, field string
		val         any
		at          string // where the schema must report it
		importAt    string // where import reports it; "" when import lets it through
	}{
		{"other format", "format", "tietosuojapakki/other", "format", "format"},
		{"unknown version", "version", num("3"), "version", "version"},
		{"no organisation", "organisation", remove{}, "organisation", "organisation.name"},
		{"no name", "organisation.name", remove{}, "organisation.name", "organisation.name"},
		{"blank name", "organisation.name", "  ", "organisation.name", "organisation.name"},
		{"Y-tunnus without check digit", "organisation.business_id", "2345678", "organisation.business_id", "organisation.business_id"},
		{"short postal code", "organisation.postal_code", "9010", "organisation.postal_code", "organisation.postal_code"},
		{"e-mail without @", "organisation.email", "kirkas.siivouskirkas.fi", "organisation.email", "organisation.email"},
		// Import takes what a user writes and stores its one form (see
		// docs/answers-format.md); the schema describes that stored form.
		{"web site without scheme", "organisation.website", "www.siivouskirkas.fi", "organisation.website", ""},
		{"phone with letters", "organisation.phone", "044 KIRKAS", "organisation.phone", "organisation.phone"},
		{"contact e-mail", "organisation.privacy_contact.email", "aino@", "organisation.privacy_contact.email", "organisation.privacy_contact.email"},
		{"dpo as text", "organisation.dpo", "ei ole", "organisation.dpo", "organisation.dpo"},
		{"misspelt field", "organisation.buisness_id", "2345678-0", "organisation.buisness_id", ""},
		{"unknown language", "organisation.document_languages", []any{"de"}, "organisation.document_languages[0]", "organisation.document_languages[0]"},
		{"Finnish legal basis", "registers.0.purposes.0.legal_basis", "sopimus", "registers[0].purposes[0].legal_basis", "registers[0].purposes[0].legal_basis"},
		{"unknown requirement", "registers.0.requirement.kind", "maybe", "registers[0].requirement.kind", "registers[0].requirement.kind"},
		{"unknown measure", "registers.0.security.measures.1", "2fa", "registers[0].security.measures[1]", "registers[0].security.measures[1]"},
		{"processor in Finland", "processors.0.location", "fi", "processors[0].location", "processors[0].location"},
		{"Finnish date", "processors.0.dpa_date", "15.1.2025", "processors[0].dpa_date", ""},
		{"two-digit year", "processors.0.dpa_date", "15.1.25", "processors[0].dpa_date", "processors[0].dpa_date"},
		{"negative hours", "processor_terms.breach_notice_hours", num("-1"), "processor_terms.breach_notice_hours", "processor_terms.breach_notice_hours"},
		{"fractional hours", "processor_terms.breach_notice_hours", num("1.5"), "processor_terms.breach_notice_hours", "processor_terms.breach_notice_hours"},
		{"unknown end of service", "processor_terms.end_of_service", "archive", "processor_terms.end_of_service", "processor_terms.end_of_service"},
		{"months as text", "request_log.retention_months", "24", "request_log.retention_months", "request_log.retention_months"},
		{"99,999,999 months", "request_log.retention_months", num("99999999"), "request_log.retention_months", "request_log.retention_months"},
		{"hours over a week", "processor_terms.breach_notice_hours", num("169"), "processor_terms.breach_notice_hours", "processor_terms.breach_notice_hours"},
		{"short reference", "requests.0.ref", "25-1", "requests[0].ref", "requests[0].ref"},
		{"no received date", "requests.0.received", "", "requests[0].received", "requests[0].received"},
		{"impossible date", "requests.0.answered_on", "2026-13-01", "requests[0].answered_on", "requests[0].answered_on"},
		{"fax", "requests.0.channel", "fax", "requests[0].channel", "requests[0].channel"},
		{"no rights", "requests.0.rights", remove{}, "requests[0].rights", "requests[0].rights"},
		{"empty rights", "requests.0.rights", []any{}, "requests[0].rights", "requests[0].rights"},
		{"unknown right", "requests.0.rights", []any{"forget"}, "requests[0].rights[0]", "requests[0].rights[0]"},
		{"closed status", "requests.0.status", "closed", "requests[0].status", "requests[0].status"},
		{"unknown event", "requests.0.history", []any{map[string]any{"at": "2026-01-05T10:00:00Z", "kind": "deleted"}}, "requests[0].history[0].kind", ""},
		{"event time as date", "requests.0.history", []any{map[string]any{"at": "2026-01-05", "kind": "note"}}, "requests[0].history[0].at", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := decodeJSON(base)
			if err != nil {
				t.Fatal(err)
			}
			edit(t, doc, tc.field, tc.val)
			b, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			errs := validateBytes(t, root, b)
			if !slices.ContainsFunc(errs, func(e schemaError) bool { return e.Path == tc.at }) {
				t.Errorf("schema errors %v, want one at %s", errs, tc.at)
			}
			if tc.importAt == "" {
				return
			}
			_, ps := ParseFile(bytes.NewReader(b))
			if !slices.ContainsFunc(ps, func(p Problem) bool { return p.Path == tc.importAt }) {
				t.Errorf("import problems %q, want one at %s", ps.Text("en"), tc.importAt)
			}
		})
	}
}

// Every field the schema requires is one import refuses to do without, so
// the schema does not turn away files the program takes. Each required
// field is removed in turn from an example (first element of each list).
func TestSchemaRequiredMatchesImport(t *testing.T) {
	root := loadSchema(t)
	v := validator{root}
	base, err := os.ReadFile("testdata/siivous-kirkas.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := decodeJSON(base)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string // dotted, for edit
	var walk func(node map[string]any, val any, at string)
	walk = func(node map[string]any, val any, at string) {
		node = v.resolve(node)
		switch x := val.(type) {
		case map[string]any:
			req, _ := node["required"].([]any)
			for _, r := range req {
				paths = append(paths, join(at, r.(string)))
			}
			props, _ := node["properties"].(map[string]any)
			for k, sub := range props {
				if y, ok := x[k]; ok {
					walk(sub.(map[string]any), y, join(at, k))
				}
			}
		case []any:
			if items, ok := node["items"].(map[string]any); ok && len(x) > 0 {
				walk(items, x[0], join(at, "0"))
			}
		}
	}
	walk(root, doc, "")
	sort.Strings(paths)
	want := []string{"format", "organisation", "organisation.name", "requests.0.received", "requests.0.ref", "requests.0.rights", "version"}
	if !slices.Equal(paths, want) {
		t.Errorf("required fields met %v, want %v", paths, want)
	}
	for _, p := range paths {
		d, _ := decodeJSON(base)
		edit(t, d, p, remove{})
		b, _ := json.Marshal(d)
		if _, ps := ParseFile(bytes.NewReader(b)); len(ps) == 0 {
			t.Errorf("%s: the schema requires it, but import takes a file without it", p)
		}
	}
}
