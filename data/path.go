package data

import (
	"fmt"
	"strconv"
	"strings"
)

// An answer path names one value in the Answers JSON document: dotted field
// names with numeric array indexes, e.g. "registers.0.purposes.1.legal_basis".
// The wizard binds each question to such a path, and the store writes single
// answers through it.

// splitPath checks and splits a path into its segments.
func splitPath(path string) ([]string, error) {
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

// GetPath returns the value at path in a decoded JSON document, or nil when
// it does not exist.
func GetPath(doc any, path string) any {
	segs, err := splitPath(path)
	if err != nil {
		return nil
	}
	cur := doc
	for _, s := range segs {
		switch c := cur.(type) {
		case map[string]any:
			cur = c[s]
		case []any:
			i, err := strconv.Atoi(s)
			if err != nil || i < 0 || i >= len(c) {
				return nil
			}
			cur = c[i]
		default:
			return nil
		}
	}
	return cur
}

// SetPath sets the value at path in a decoded JSON document and returns the
// new root. Missing objects on the way are created; an array index equal to
// the array's length appends, so a new record can be written field by field.
func SetPath(doc any, path string, value any) (any, error) {
	segs, err := splitPath(path)
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
	if i, err := strconv.Atoi(s); err == nil {
		arr, _ := cur.([]any)
		if cur != nil && arr == nil {
			return cur, fmt.Errorf("answer path %q: %q is not a list", path, s)
		}
		if i < 0 || i > len(arr) {
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
	m, _ := cur.(map[string]any)
	if cur != nil && m == nil {
		return cur, fmt.Errorf("answer path %q: %q is not inside an object", path, s)
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

// DeletePath removes the list element at path (the last segment must be an
// index) and returns the new root.
func DeletePath(doc any, path string) (any, error) {
	segs, err := splitPath(path)
	if err != nil {
		return doc, err
	}
	last := len(segs) - 1
	i, err := strconv.Atoi(segs[last])
	if err != nil {
		return doc, fmt.Errorf("answer path %q does not end in a list index", path)
	}
	var listPath string
	if last > 0 {
		listPath = strings.Join(segs[:last], ".")
	}
	list, _ := GetPath(doc, listPath).([]any)
	if last == 0 {
		list, _ = doc.([]any)
	}
	if i < 0 || i >= len(list) {
		return doc, fmt.Errorf("answer path %q: no element %d", path, i)
	}
	nl := append(append([]any{}, list[:i]...), list[i+1:]...)
	if last == 0 {
		return nl, nil
	}
	return SetPath(doc, listPath, nl)
}

// pathExists tells whether every segment of path is present in doc (a null
// leaf counts as present: optional fields are written as null).
func pathExists(doc any, path string) bool {
	segs, err := splitPath(path)
	if err != nil {
		return false
	}
	cur := doc
	for _, s := range segs {
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[s]
			if !ok {
				return false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(s)
			if err != nil || i < 0 || i >= len(c) {
				return false
			}
			cur = c[i]
		default:
			return false
		}
	}
	return true
}
