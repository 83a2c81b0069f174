package wizard

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"tietosuojapakki/data"
)

// Paths are dotted JSON field names with numeric array indexes, as the
// store's json_set writes them: "registers.0.purposes.1.legal_basis". The
// helpers work on the JSON form of data.Answers, so a path means exactly
// what it means to the store.

// Join resolves path against base, the path of the current record. A path
// with a leading "/" is absolute and ignores base.
func Join(base, path string) string {
	if strings.HasPrefix(path, "/") {
		return path[1:]
	}
	if base == "" {
		return path
	}
	if path == "" {
		return base
	}
	return base + "." + path
}

// Get returns the answer at path as JSON decodes it (string, float64, bool,
// []any, map[string]any), or nil when the path does not exist.
func Get(a *data.Answers, path string) any {
	v, _ := Lookup(a, path)
	return v
}

// Lookup is Get that also reports whether the path exists.
func Lookup(a *data.Answers, path string) (any, bool) {
	tree, err := toTree(a)
	if err != nil {
		return nil, false
	}
	return lookup(tree, splitPath(path))
}

// Len returns the number of records (or list items) at path.
func Len(a *data.Answers, path string) int {
	list, _ := Get(a, path).([]any)
	return len(list)
}

// Set writes v at path. An array index equal to the list's length appends a
// record. Missing objects on the way are created. The result must still
// decode as data.Answers (known fields, right types), or a is left as it was
// and an error is returned.
func Set(a *data.Answers, path string, v any) error {
	segs := splitPath(path)
	if len(segs) == 0 {
		return fmt.Errorf("wizard: empty path")
	}
	tree, err := toTree(a)
	if err != nil {
		return err
	}
	val, err := toGeneric(v)
	if err != nil {
		return err
	}
	tree, err = setIn(tree, segs, val)
	if err != nil {
		return fmt.Errorf("wizard: set %s: %w", path, err)
	}
	return fromTree(a, tree, path)
}

// RemoveRecord deletes record i of the list at path.
func RemoveRecord(a *data.Answers, path string, i int) error {
	tree, err := toTree(a)
	if err != nil {
		return err
	}
	v, _ := lookup(tree, splitPath(path))
	list, ok := v.([]any)
	if !ok || i < 0 || i >= len(list) {
		return fmt.Errorf("wizard: no record %d at %s", i, path)
	}
	list = append(list[:i:i], list[i+1:]...)
	if tree, err = setIn(tree, splitPath(path), list); err != nil {
		return err
	}
	return fromTree(a, tree, path)
}

func splitPath(path string) []string {
	path = strings.TrimPrefix(path, "/")
	if path == "" {
		return nil
	}
	return strings.Split(path, ".")
}

// index reports whether seg is an array index.
func index(seg string) (int, bool) {
	if seg == "" || strings.TrimLeft(seg, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(seg)
	return n, err == nil
}

func lookup(node any, segs []string) (any, bool) {
	for _, seg := range segs {
		switch n := node.(type) {
		case map[string]any:
			v, ok := n[seg]
			if !ok {
				return nil, false
			}
			node = v
		case []any:
			i, ok := index(seg)
			if !ok || i >= len(n) {
				return nil, false
			}
			node = n[i]
		default:
			return nil, false
		}
	}
	return node, true
}

func setIn(node any, segs []string, v any) (any, error) {
	if len(segs) == 0 {
		return v, nil
	}
	seg, rest := segs[0], segs[1:]
	if i, ok := index(seg); ok {
		list, isList := node.([]any)
		if node != nil && !isList {
			return nil, fmt.Errorf("%q indexes something that is not a list", seg)
		}
		switch {
		case i < len(list):
			child, err := setIn(list[i], rest, v)
			if err != nil {
				return nil, err
			}
			list[i] = child
		case i == len(list):
			child, err := setIn(nil, rest, v)
			if err != nil {
				return nil, err
			}
			list = append(list, child)
		default:
			return nil, fmt.Errorf("index %d is past the end of a list of %d", i, len(list))
		}
		return list, nil
	}
	obj, isObj := node.(map[string]any)
	if node != nil && !isObj {
		return nil, fmt.Errorf("%q names a field of something that is not an object", seg)
	}
	if obj == nil {
		obj = map[string]any{}
	}
	child, err := setIn(obj[seg], rest, v)
	if err != nil {
		return nil, err
	}
	obj[seg] = child
	return obj, nil
}

func toTree(a *data.Answers) (any, error) {
	return toGeneric(a)
}

func toGeneric(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	err = json.Unmarshal(b, &out)
	return out, err
}

// fromTree decodes tree into a fresh Answers (so removed fields are cleared)
// and copies it to a only when it decodes cleanly.
func fromTree(a *data.Answers, tree any, path string) error {
	b, err := json.Marshal(tree)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var fresh data.Answers
	if err := dec.Decode(&fresh); err != nil {
		return fmt.Errorf("wizard: set %s: %w", path, err)
	}
	*a = fresh
	return nil
}
