package wizard

import (
	"encoding/json"
	"strconv"
	"strings"

	"tietosuojapakki/data"
)

// Visible reports whether q is asked, given the answers so far; base is the
// path of the current record ("" outside one).
func Visible(q Question, a *data.Answers, base string) bool {
	if q.ShowIf == nil {
		return true
	}
	tree, _ := toTree(a)
	return holds(*q.ShowIf, tree, base)
}

// StepVisible reports whether step s is shown.
func StepVisible(s Step, a *data.Answers, base string) bool {
	if s.ShowIf == nil {
		return true
	}
	tree, _ := toTree(a)
	return holds(*s.ShowIf, tree, base)
}

// Holds evaluates c on the answers; base as for Visible.
func Holds(c Condition, a *data.Answers, base string) bool {
	tree, _ := toTree(a)
	return holds(c, tree, base)
}

// ActiveWarning returns q's warning when q is visible and the warning's
// condition holds.
func ActiveWarning(q Question, a *data.Answers, base string) (Text, bool) {
	if q.Warning == nil || !Visible(q, a, base) {
		return Text{}, false
	}
	if !Holds(q.Warning.If, a, base) {
		return Text{}, false
	}
	return q.Warning.Message, true
}

func holds(c Condition, tree any, base string) bool {
	for _, sub := range c.All {
		if !holds(sub, tree, base) {
			return false
		}
	}
	if len(c.Any) > 0 {
		ok := false
		for _, sub := range c.Any {
			if holds(sub, tree, base) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if c.Op == "" {
		return true // a pure All/Any combination
	}
	for _, v := range lookupAll(tree, splitPath(Join(base, c.Path))) {
		if test(c, v) {
			return true
		}
	}
	return false
}

// lookupAll returns the values at segs; a "*" segment fans out over every
// item of a list. A path that does not exist gives one nil, so that
// "empty" and "false" hold for it.
func lookupAll(tree any, segs []string) []any {
	for i, seg := range segs {
		if seg != "*" {
			continue
		}
		head, _ := lookup(tree, segs[:i])
		list, _ := head.([]any)
		var out []any
		for _, item := range list {
			out = append(out, lookupAll(item, segs[i+1:])...)
		}
		if len(out) == 0 {
			return []any{nil}
		}
		return out
	}
	v, _ := lookup(tree, segs)
	return []any{v}
}

// test compares one value as c.Op says.
func test(c Condition, v any) bool {
	switch c.Op {
	case OpEquals:
		return scalar(v) == c.Value
	case OpNotEquals:
		return scalar(v) != c.Value
	case OpTrue:
		return truthy(v)
	case OpFalse:
		return !truthy(v)
	case OpNotEmpty:
		return !empty(v)
	case OpEmpty:
		return v == nil || (empty(v) && !isBool(v))
	case OpMentions:
		return mentions(v, c.Value)
	case OpContains:
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if scalar(e) == c.Value {
					return true
				}
			}
		case string:
			return strings.Contains(x, c.Value)
		}
	}
	return false
}

// truthy: yes, or an optional object that exists.
func truthy(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case map[string]any:
		return x != nil
	}
	return false
}

// empty: nothing answered. A yes/no is never empty: false is an answer.
func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case float64:
		return x == 0
	case []any:
		return len(x) == 0
	case map[string]any:
		return false
	}
	return false
}

// scalar is the text form of a JSON value, as conditions compare it.
func scalar(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func isBool(v any) bool { _, ok := v.(bool); return ok }

// mentions: a text, or a text item of a list, contains word in any case.
func mentions(v any, word string) bool {
	word = strings.ToLower(word)
	switch x := v.(type) {
	case string:
		return strings.Contains(strings.ToLower(x), word)
	case []any:
		for _, e := range x {
			if mentions(e, word) {
				return true
			}
		}
	}
	return false
}
