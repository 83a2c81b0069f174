package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"tietosuojapakki/data/valid"
)

// maxFileSize bounds what import reads: an answers file is kilobytes; a
// request log of 100,000 entries is some tens of megabytes.
const maxFileSize = 256 << 20

// ParseFile reads and checks an answers file. It returns every problem it
// finds at once; the file is usable only when the problems are empty.
// Incomplete answers are not problems: the completeness check judges them.
// The file may be UTF-8 (with or without a BOM) or UTF-16 with a BOM; any
// other encoding is refused (see utf8Text). A key twice in one object is
// refused with its path. What is read is put into the stored normal form
// (clean.go) before it is checked.
func ParseFile(r io.Reader) (*File, Problems) {
	b, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, Problems{{Err: err}}
	}
	if len(b) > maxFileSize {
		// Cut off, it would read as a truncated file: say what is wrong.
		return nil, Problems{{Err: issue("file.too_large", maxFileSize>>20)}}
	}
	b, p := utf8Text(b)
	if p != nil {
		return nil, Problems{*p}
	}
	var f File
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&f); err != nil {
		return nil, Problems{decodeProblem(b, err)}
	}
	if dec.More() {
		return nil, Problems{{Err: issue("json.trailing")}}
	}
	if p := loneSurrogate(b); p != nil {
		return nil, Problems{*p}
	}
	if ps := duplicateKeys(b); len(ps) > 0 {
		return nil, ps
	}
	// A field this version does not know would be dropped without a word
	// (a misspelt field, or a file from a newer program): refuse it instead.
	strict := json.NewDecoder(bytes.NewReader(b))
	strict.DisallowUnknownFields()
	if err := strict.Decode(&File{}); err != nil {
		if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return nil, Problems{{Err: issue("json.unknown_field", strings.Trim(name, `"`))}}
		}
	}
	f.normalise()
	if ps := CheckFile(&f); len(ps) > 0 {
		return nil, ps
	}
	return &f, nil
}

// decodeProblem turns a JSON decoding error into a problem at its place.
func decodeProblem(b []byte, err error) Problem {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return Problem{Err: issue("json.truncated")}
	case errors.As(err, &syn):
		line, col := lineCol(b, syn.Offset)
		return Problem{Err: issue("json.syntax", line, col, syn.Error())}
	case errors.As(err, &typ):
		// The embedded Answers struct leaks its name into the path.
		return Problem{Path: strings.TrimPrefix(typ.Field, "Answers."), Err: issue("json.type", typ.Type.String(), typ.Value)}
	}
	return Problem{Err: err}
}

func lineCol(b []byte, off int64) (int, int) {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	before := b[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// WriteFile writes f as indented JSON. Output is deterministic, so export,
// import and export again give the same bytes.
func WriteFile(w io.Writer, f *File) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}

// checker collects problems with their JSON paths.
type checker struct{ ps Problems }

func (c *checker) add(path string, err error) {
	if err != nil {
		c.ps = append(c.ps, Problem{Path: path, Err: err})
	}
}

func (c *checker) code(path, value string, allowed []string) {
	if value == "" {
		return
	}
	for _, a := range allowed {
		if a == value {
			return
		}
	}
	c.add(path, issue("code.unknown", value, strings.Join(allowed, ", ")))
}

// codes checks a list of codes; inside a list an empty code is an error.
func (c *checker) codes(path string, values, allowed []string) {
	for i, v := range values {
		if v == "" {
			v = `""`
		}
		c.code(fmt.Sprintf("%s[%d]", path, i), v, allowed)
	}
}

// number checks a whole-number answer against NumberBounds.
func (c *checker) number(path string, n int) {
	c.add(path, CheckNumber(path, n))
}

func (c *checker) contact(path string, ct *Contact) {
	if ct == nil {
		return
	}
	c.add(path+".email", valid.Email(ct.Email))
	c.add(path+".phone", valid.Phone(ct.Phone))
}

// CheckFile checks a decoded file: format and version, every value's form,
// the codes, and that references (processor ids) point somewhere.
func CheckFile(f *File) Problems {
	var c checker
	if f.Format != FileFormat {
		c.add("format", issue("format.unknown", f.Format, FileFormat))
		return c.ps // another format: its fields mean something else
	}
	if f.Version < 1 || f.Version > FileVersion { // version 1 reads as version 2 without translations
		c.add("version", issue("version.unsupported", f.Version, FileVersion))
		return c.ps
	}
	c.answers(&f.Answers)
	c.translations(f.Translations)
	c.requests(f.Requests)
	c.documents(f.Documents)
	c.breaches(f.Breaches)
	c.longTexts(f)
	return c.ps
}

var languages = []string{"fi", "sv", "en"}

func (c *checker) answers(a *Answers) {
	o := &a.Organisation
	if strings.TrimSpace(o.Name) == "" {
		c.add("organisation.name", issue("org.name_missing"))
	}
	c.add("organisation.business_id", valid.BusinessID(o.BusinessID))
	c.add("organisation.postal_code", valid.PostalCode(o.PostalCode))
	c.add("organisation.phone", valid.Phone(o.Phone))
	c.add("organisation.email", valid.Email(o.Email))
	c.add("organisation.website", valid.URL(o.Website))
	c.contact("organisation.privacy_contact", &o.PrivacyContact)
	c.contact("organisation.dpo", o.DPO)
	c.codes("organisation.document_languages", o.DocumentLanguages, languages)

	ids := map[string]bool{}
	for i, p := range a.Processors {
		path := fmt.Sprintf("processors[%d]", i)
		switch {
		case p.ID == "":
			c.add(path+".id", issue("processor.id_missing"))
		case ids[p.ID]:
			c.add(path+".id", issue("processor.duplicate_id", p.ID))
		}
		ids[p.ID] = true
		c.add(path+".business_id", valid.BusinessID(p.BusinessID))
		c.code(path+".location", p.Location, []string{LocationEU, LocationThirdCountry})
		c.code(path+".safeguard", p.Safeguard, Safeguards)
		c.add(path+".dpa_date", valid.Date(p.DPADate))
	}
	bases := make([]string, len(LegalBases))
	for i, b := range LegalBases {
		bases[i] = string(b)
	}
	if len(a.Registers) > MaxRegisters {
		c.add("registers", issue("registers.too_many", len(a.Registers), MaxRegisters))
	}
	for i, r := range a.Registers {
		path := fmt.Sprintf("registers[%d]", i)
		for j, p := range r.Purposes {
			c.code(fmt.Sprintf("%s.purposes[%d].legal_basis", path, j), string(p.LegalBasis), bases)
		}
		c.code(path+".requirement.kind", r.Requirement.Kind,
			[]string{RequirementNone, RequirementStatutory, RequirementContractual, RequirementContract})
		for j, id := range r.ProcessorIDs {
			if !ids[id] {
				c.add(fmt.Sprintf("%s.processor_ids[%d]", path, j), issue("processor.unknown_id", id))
			}
		}
		for j, t := range r.Transfers {
			c.code(fmt.Sprintf("%s.transfers[%d].safeguard", path, j), t.Safeguard, Safeguards)
		}
		c.codes(path+".security.measures", r.Security.Measures, SecurityMeasures)
	}
	t := &a.ProcessorTerms
	c.add("processor_terms.support_email", valid.Email(t.SupportEmail))
	c.add("processor_terms.support_phone", valid.Phone(t.SupportPhone))
	c.code("processor_terms.data_location", t.DataLocation, []string{LocationEU, LocationThirdCountry})
	c.code("processor_terms.data_safeguard", t.DataSafeguard, Safeguards)
	for i, sp := range t.SubProcessors {
		c.code(fmt.Sprintf("processor_terms.sub_processors[%d].safeguard", i), sp.Safeguard, Safeguards)
	}
	c.code("processor_terms.sub_processor_authorisation", t.SubProcessorAuthorisation, []string{AuthorisationGeneral, AuthorisationSpecific})
	c.codes("processor_terms.security_measures", t.SecurityMeasures, SecurityMeasures)
	c.code("processor_terms.end_of_service", t.EndOfService, []string{EndDelete, EndReturn})
	c.code("processor_terms.acceptance", t.Acceptance, []string{AcceptanceSignature, AcceptanceElectronic})
	c.number("processor_terms.sub_processor_notice_days", t.SubProcessorNoticeDays)
	c.number("processor_terms.breach_notice_hours", t.BreachNoticeHours)
	c.number("processor_terms.end_of_service_days", t.EndOfServiceDays)
	c.number("processor_terms.audit_notice_days", t.AuditNoticeDays)
	c.number("request_log.retention_months", a.RequestLog.RetentionMonths)
	c.number("breach_log.retention_months", a.BreachLog.RetentionMonths)
}

var refForm = regexp.MustCompile(`^\d{4}-\d{3,}$`)

func (c *checker) requests(rs []Request) {
	rights := make([]string, len(Rights))
	for i, r := range Rights {
		rights[i] = string(r)
	}
	// 2026-007 and 2026-0007 are one running number: compare year and number.
	type yearSeq struct{ year, seq int }
	refs := map[yearSeq]bool{}
	for i, r := range rs {
		path := fmt.Sprintf("requests[%d]", i)
		year, seq, err := refParts(r.Ref)
		switch {
		case !refForm.MatchString(r.Ref) || err != nil:
			c.add(path+".ref", issue("request.ref_form"))
		case refs[yearSeq{year, seq}]:
			c.add(path+".ref", issue("request.duplicate_ref", r.Ref))
		}
		refs[yearSeq{year, seq}] = true
		if r.Received == "" {
			c.add(path+".received", issue("request.received_missing"))
		}
		c.add(path+".received", valid.Date(r.Received))
		c.code(path+".channel", r.Channel, Channels)
		if len(r.Rights) == 0 {
			c.add(path+".rights", issue("request.no_rights"))
		}
		rs := make([]string, len(r.Rights))
		for j, x := range r.Rights {
			rs[j] = string(x)
		}
		c.codes(path+".rights", rs, rights)
		if r.Identity != nil {
			c.add(path+".identity.verified_on", valid.Date(r.Identity.VerifiedOn))
		}
		c.add(path+".extension_told_on", valid.Date(r.ExtensionToldOn))
		c.code(path+".status", r.Status, []string{StatusOpen, StatusAnswered, StatusRefused})
		c.add(path+".answered_on", valid.Date(r.AnsweredOn))
		if r.AnsweredOn != "" && valid.Date(r.AnsweredOn) == nil && valid.Date(r.Received) == nil && r.AnsweredOn < r.Received {
			c.add(path+".answered_on", issue("request.answer_before_received"))
		}
		c.code(path+".refusal_reason", r.RefusalReason, RefusalReasons)
	}
}

func (c *checker) documents(vs []DocumentVersion) {
	type key struct {
		kind, scope string
		version     int
	}
	seen := map[key]bool{}
	for i, v := range vs {
		path := fmt.Sprintf("documents[%d]", i)
		if v.Kind == "" {
			c.add(path+".kind", issue("document.kind_missing"))
		}
		if v.Version < 1 {
			c.add(path+".version", issue("document.version"))
		}
		if v.IssuedOn == "" {
			c.add(path+".issued_on", valid.Required(v.IssuedOn))
		}
		c.add(path+".issued_on", valid.Date(v.IssuedOn))
		k := key{v.Kind, v.Scope, v.Version}
		if seen[k] {
			c.add(path+".version", issue("document.duplicate", v.Kind, v.Version))
		}
		seen[k] = true
	}
}
