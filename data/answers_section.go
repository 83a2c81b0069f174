package data

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// One answer written without the whole document. An organisation's
// answers are one JSON document; writing an answer by decoding, checking
// and encoding all of it costs time in proportion to the number of
// registers (about 0.2 s per answer at 1,000 registers). When the answer
// lies inside one section (the organisation, the web site, the processor
// terms, the request log rule, or one register or processor), only that
// section is read (json_extract), changed, checked against its type and
// written back in its canonical form (json_set), inside the same
// immediate transaction. The result is the same document as the whole
// round trip gives (TestSectionWriteSameAsWhole).

// sectionTypes gives each top-level section the type that checks it; the
// lists have one per record.
var sectionTypes = map[string]func() any{
	"organisation":    func() any { return new(Organisation) },
	"website":         func() any { return new(Website) },
	"processor_terms": func() any { return new(ProcessorTerms) },
	"request_log":     func() any { return new(RequestLogRule) },
	"breach_log":      func() any { return new(BreachLogRule) },
	"registers":       func() any { return new(Register) },
	"processors":      func() any { return new(Processor) },
}

// fastSections can be switched off by tests, to compare with the whole
// round trip.
var fastSections = true

var keyName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// sectionOf splits path into its section (as a JSON path for SQLite and
// as an answer path), the type that checks it, and the rest of the path
// inside the section; ok is false when the path is not inside one section
// (a whole list, say).
func sectionOf(path string) (jsonPath, sectionPath, rest string, typed func() any, ok bool) {
	segs, err := SplitPath(path)
	if err != nil || !keyName.MatchString(segs[0]) {
		return "", "", "", nil, false
	}
	typed, ok = sectionTypes[segs[0]]
	if !ok {
		return "", "", "", nil, false
	}
	n := 1
	jsonPath = "$." + segs[0]
	if segs[0] == "registers" || segs[0] == "processors" {
		if len(segs) < 2 {
			return "", "", "", nil, false
		}
		i, isIndex := PathIndex(segs[1]) // the rules of data/path.go
		if !isIndex {
			return "", "", "", nil, false
		}
		jsonPath += "[" + strconv.Itoa(i) + "]"
		n = 2
	}
	return jsonPath, strings.Join(segs[:n], "."), strings.Join(segs[n:], "."), typed, true
}

// errNotSection sends editSection's caller to the whole round trip.
var errNotSection = errors.New("not inside one section")

// editSection applies edit (which changes only path) to the section that
// holds path, in tx. errNotSection when that cannot be done here: then
// nothing was written.
func (s *Store) editSection(tx *sql.Tx, id int64, path string, edit func(any) (any, error)) error {
	jsonPath, sectionPath, rest, typed, ok := sectionOf(path)
	if !ok || !fastSections {
		return errNotSection
	}
	var raw sql.NullString
	err := tx.QueryRow("SELECT json_extract(answers, ?) FROM organisations WHERE id = ? AND json_type(answers, ?) = 'object'",
		jsonPath, id, jsonPath).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) || err == nil && !raw.Valid {
		return errNotSection // no such organisation, or no such record yet
	}
	if err != nil {
		return err
	}
	var section any
	if err := json.Unmarshal([]byte(raw.String), &section); err != nil {
		return err
	}
	doc, err := edit(skeleton(sectionPath, section))
	if err != nil {
		return err
	}
	changed := GetPath(doc, sectionPath)
	canon, err := canonical(changed, typed())
	if err != nil {
		return err
	}
	if rest != "" {
		var c any
		_ = json.Unmarshal(canon, &c)
		if !pathExists(c, rest) {
			return fmt.Errorf("unknown answer path %q", path)
		}
	}
	q := "UPDATE organisations SET answers = json_set(answers, ?, json(?)), updated_at = ?"
	args := []any{jsonPath, string(canon), s.stamp()}
	if sectionPath == "organisation" {
		var o Organisation
		_ = json.Unmarshal(canon, &o)
		q += ", name = ?"
		args = append(args, o.Name)
	}
	_, err = tx.Exec(q+" WHERE id = ?", append(args, id)...)
	return err
}

// skeleton is a document holding only the section at sectionPath, where
// it is in the whole document: the edit sees the same paths. A record at
// index i of a list has i empty places before it.
func skeleton(sectionPath string, section any) any {
	top, index, isRecord := strings.Cut(sectionPath, ".")
	if !isRecord {
		return map[string]any{top: section}
	}
	i, _ := strconv.Atoi(index)
	list := make([]any, i+1)
	list[i] = section
	return map[string]any{top: list}
}

// canonical checks v against the section's type and gives its canonical
// JSON, as the typed model writes it, in the stored form of clean.go.
func canonical(v any, typed any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, typed); err != nil {
		return nil, fmt.Errorf("the answer does not fit: %w", err)
	}
	normaliseSection(typed)
	return json.Marshal(typed)
}

// appendSection appends value, checked and canonical, to the list at
// listPath (registers or processors) without the whole document, and
// returns its index; errNotSection when that cannot be done here.
func (s *Store) appendSection(tx *sql.Tx, id int64, listPath string, value any) (int, error) {
	typed, ok := sectionTypes[listPath]
	if !ok || !fastSections || (listPath != "registers" && listPath != "processors") {
		return 0, errNotSection
	}
	var n sql.NullInt64
	// A list not there yet (null in a new organisation) goes the whole
	// round trip: json_insert does not make it.
	err := tx.QueryRow("SELECT json_array_length(answers, ?) FROM organisations WHERE id = ? AND json_type(answers, ?) = 'array'",
		"$."+listPath, id, "$."+listPath).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) || err == nil && !n.Valid {
		return 0, errNotSection
	}
	if err != nil {
		return 0, err
	}
	if listPath == "registers" && n.Int64 >= MaxRegisters {
		return 0, Problems{{Path: listPath, Err: issue("registers.too_many", int(n.Int64)+1, MaxRegisters)}}
	}
	canon, err := canonical(value, typed())
	if err != nil {
		return 0, err
	}
	_, err = tx.Exec("UPDATE organisations SET answers = json_insert(answers, ?, json(?)), updated_at = ? WHERE id = ?",
		"$."+listPath+"[#]", string(canon), s.stamp(), id)
	return int(n.Int64), err
}
