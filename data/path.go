package data

import (
	"fmt"
	"strconv"
	"strings"
)

// An answer path names one value in the Answers JSON document: dotted field
// names with numeric array indexes, e.g. "registers.0.purposes.1.legal_basis".
// The wizard binds each question to such a path, and the store writes single
// answers through it. These are the one set of rules for paths; the wizard's
// helpers (wizard/path.go) use them on the same JSON form:
//
//   - a path is one or more segments joined by dots; no segment is empty;
//   - a segment of ASCII digits only is an array index ("0", "12"); any
//     other segment ("-1", "+1", "1a") is a field name, so a list is never
//     indexed from its end or by a signed number;
//   - a path that does not exist reads as absent, never as an error;
//   - writing an index equal to a list's length appends, so a new record
//     can be written field by field; missing objects on the way are made.

// SplitPath checks and splits a path into its segments.
func SplitPath(path string) ([]string, error) {
	if path == "" {
		return nil, fmt.Errorf("empty answer path")
	}
	segs := strings.Split(path, ".")
	for _, s := range segs {
		if s == "" {
			return nil, fmt.Errorf("answer path %q has an empty segment", path)
		}
	}
	return segs, nil
}

// PathIndex reports whether seg is an array index, and which.
func PathIndex(seg string) (int, bool) {
	if seg == "" || strings.TrimLeft(seg, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(seg)
	return n, err == nil
}

// LookupSegments returns the value at segs in a decoded JSON document and
// whether it exists (a null leaf exists: optional fields are written as
// null). No segments name the whole document.
func LookupSegments(doc any, segs []string) (any, bool) {
	cur := doc
	for _, s := range segs {
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[s]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, ok := PathIndex(s)
			if !ok || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// LookupPath is LookupSegments of a path; a malformed path exists nowhere.
func LookupPath(doc any, path string) (any, bool) {
	segs, err := SplitPath(path)
	if err != nil {
		return nil, false
	}
	return LookupSegments(doc, segs)
}

// GetPath returns the value at path in a decoded JSON document, or nil when
// it does not exist.
func GetPath(doc any, path string) any {
	v, _ := LookupPath(doc, path)
	return v
}

// SetPath sets the value at path in a decoded JSON document and returns the
// new root. Missing objects on the way are created; an array index equal to
// the array's length appends, so a new record can be written field by field.
func SetPath(doc any, path string, value any) (any, error) {
	segs, err := SplitPath(path)
	if err != nil {
		return doc, err
	}
	return setIn(doc, segs, value, path)
}

func setIn(cur any, segs []string, value any, path string) (any, error) {
	if len(segs) == 0 {
		return value, nil
	}
	s := segs[0]
	if i, ok := PathIndex(s); ok {
		return setInList(cur, i, segs, value, path)
	}
	m, _ := cur.(map[string]any)
	if cur != nil && m == nil {
		return cur, fmt.Errorf("answer path %q: %q names a field of something that is not an object", path, s)
	}
	if m == nil {
		m = map[string]any{}
	}
	nv, err := setIn(m[s], segs[1:], value, path)
	if err != nil {
		return cur, err
	}
	m[s] = nv
	return m, nil
}

func setInList(cur any, i int, segs []string, value any, path string) (any, error) {
	arr, _ := cur.([]any)
	if cur != nil && arr == nil {
		return cur, fmt.Errorf("answer path %q: %q indexes something that is not a list", path, segs[0])
	}
	if i > len(arr) {
		return cur, fmt.Errorf("answer path %q: index %d is past the end of a list of %d", path, i, len(arr))
	}
	var child any
	if i < len(arr) {
		child = arr[i]
	}
	nv, err := setIn(child, segs[1:], value, path)
	if err != nil {
		return cur, err
	}
	if i == len(arr) {
		return append(arr, nv), nil
	}
	arr[i] = nv
	return arr, nil
}

// DeletePath removes the list element at path (the last segment must be an
// index) and returns the new root.
func DeletePath(doc any, path string) (any, error) {
	segs, err := SplitPath(path)
	if err != nil {
		return doc, err
	}
	last := len(segs) - 1
	i, ok := PathIndex(segs[last])
	if !ok {
		return doc, fmt.Errorf("answer path %q does not end in a list index", path)
	}
	list, _ := doc.([]any)
	if last > 0 {
		v, _ := LookupSegments(doc, segs[:last])
		list, _ = v.([]any)
	}
	if i >= len(list) {
		return doc, fmt.Errorf("answer path %q: no element %d", path, i)
	}
	nl := append(append([]any{}, list[:i]...), list[i+1:]...)
	if last == 0 {
		return nl, nil
	}
	return setIn(doc, segs[:last], nl, path)
}

// pathExists tells whether every segment of path is present in doc (a null
// leaf counts as present: optional fields are written as null).
func pathExists(doc any, path string) bool {
	_, ok := LookupPath(doc, path)
	return ok
}
