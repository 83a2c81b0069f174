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
// store writes them: "registers.0.purposes.1.legal_basis". The rules are
// the store's own (data/path.go: what an index is, what exists, appending
// at a list's length); the helpers here work on the JSON form of
// data.Answers with them, so a path means exactly what it means to the
// store. The wizard adds only two things: a path relative to the current
// record (Join), and the whole document as the empty path.

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
	path = strings.TrimPrefix(path, "/")
	if path == "" {
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
	tree, err = data.SetPath(tree, path, val)
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
	tree, err = data.DeletePath(tree, strings.TrimPrefix(path, "/")+"."+strconv.Itoa(i))
	if err != nil {
		return fmt.Errorf("wizard: no record %d at %s: %w", i, path, err)
	}
	return fromTree(a, tree, path)
}

// splitPath is a path's segments: a leading "/" (an absolute path) is
// dropped and the empty path is the whole document (no segments).
func splitPath(path string) []string {
	path = strings.TrimPrefix(path, "/")
	if path == "" {
		return nil
	}
	return strings.Split(path, ".")
}

// index reports whether seg is an array index, by the store's rule.
func index(seg string) (int, bool) { return data.PathIndex(seg) }

// lookup is the value at segs, by the store's rules.
func lookup(tree any, segs []string) (any, bool) {
	return data.LookupSegments(tree, segs)
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
