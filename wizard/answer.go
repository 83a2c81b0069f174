package wizard

import (
	"fmt"
	"strconv"
	"strings"

	"tietosuojapakki/data"
)

// Value returns the answer to q in the record at base, as Get does; for a
// Presence question it is a bool.
func Value(a *data.Answers, q Question, base string) any {
	v := Get(a, Join(base, q.Path))
	if q.Presence {
		return truthy(v)
	}
	if v == nil && q.Kind == YesNo && q.Default != nil {
		return Holds(*q.Default, a, base)
	}
	return v
}

// GetString returns the answer at path as text ("" when unanswered).
func GetString(a *data.Answers, path string) string {
	return scalar(Get(a, path))
}

// Put stores the answer v to q in the record at base, converting what a
// widget naturally holds: a Number from its text, a YesNo from "true" or
// "false", a Presence question's bool into an object or null.
func Put(a *data.Answers, q Question, base string, v any) error {
	path := Join(base, q.Path)
	switch {
	case q.Presence:
		return putPresence(a, path, v)
	case q.Kind == YesNo:
		yes, err := toBool(v)
		if err != nil {
			return err
		}
		return Set(a, path, yes)
	}
	v, err := stored(q.Kind, v)
	if err != nil {
		return err
	}
	return Set(a, path, v)
}

// putPresence answers a presence question: "no" removes the section, "yes"
// keeps what was already entered or starts an empty one.
func putPresence(a *data.Answers, path string, v any) error {
	yes, err := toBool(v)
	if err != nil {
		return err
	}
	if !yes {
		return Set(a, path, nil)
	}
	if truthy(Get(a, path)) {
		return nil // keep what was already entered
	}
	return Set(a, path, map[string]any{})
}

// stored is v as a question of kind k keeps it: a number typed as text
// becomes a whole number (empty is 0), other text is trimmed, and lists
// are stored as given. A negative or non-numeric number is an error.
func stored(k Kind, v any) (any, error) {
	s, ok := v.(string)
	switch {
	case !ok || k == Records || k == List || k == MultiChoice:
		return v, nil
	case k != Number:
		return strings.TrimSpace(s), nil
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("wizard: %q is not a whole number", s)
	}
	return n, nil
}

func toBool(v any) (bool, error) {
	switch x := v.(type) {
	case bool:
		return x, nil
	case string:
		return strconv.ParseBool(x)
	}
	return false, fmt.Errorf("wizard: %v is not yes or no", v)
}

// AddRecord appends an empty record to the list at path and returns its
// index. With key set, the record gets a unique identifier in that field
// ("processor-3"), so that other answers can refer to it.
func AddRecord(a *data.Answers, path, key string) (int, error) {
	i := Len(a, path)
	rec := map[string]any{}
	if key != "" {
		rec[key] = newKey(a, path, key)
	}
	return i, Set(a, path+"."+strconv.Itoa(i), rec)
}

func newKey(a *data.Answers, path, key string) string {
	segs := splitPath(path)
	prefix := strings.TrimSuffix(segs[len(segs)-1], "s")
	used := map[string]bool{}
	list, _ := Get(a, path).([]any)
	for _, r := range list {
		if m, ok := r.(map[string]any); ok {
			used[scalar(m[key])] = true
		}
	}
	for n := len(list) + 1; ; n++ {
		k := prefix + "-" + strconv.Itoa(n)
		if !used[k] {
			return k
		}
	}
}
