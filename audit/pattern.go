package audit

import (
	"regexp"
	"sync"
)

// pattern is a regular expression compiled on its first use, not at
// program start: the audit's ~150 expressions took ~7 ms and ~4 MB at the
// start of every run of the program (GODEBUG=inittrace=1), also of the
// window and of the `notice` command, which never audit anything. Its
// methods are those of *regexp.Regexp that the audit calls.
type pattern struct {
	expr     string
	compiled func() *regexp.Regexp
}

// patterns is every pattern made, so that a test compiles them all: a
// typo in one panics there, not in the hands of a user.
var patterns []*pattern

// lazy is the pattern of expr (regexp syntax); its first use panics when
// expr is not valid, as regexp.MustCompile does.
func lazy(expr string) *pattern {
	p := &pattern{expr: expr, compiled: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
	patterns = append(patterns, p)
	return p
}

func (p *pattern) String() string                       { return p.expr }
func (p *pattern) MatchString(s string) bool            { return p.compiled().MatchString(s) }
func (p *pattern) FindString(s string) string           { return p.compiled().FindString(s) }
func (p *pattern) FindStringIndex(s string) []int       { return p.compiled().FindStringIndex(s) }
func (p *pattern) FindStringSubmatch(s string) []string { return p.compiled().FindStringSubmatch(s) }
func (p *pattern) FindStringSubmatchIndex(s string) []int {
	return p.compiled().FindStringSubmatchIndex(s)
}
func (p *pattern) FindAllString(s string, n int) []string { return p.compiled().FindAllString(s, n) }
func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	return p.compiled().FindAllStringIndex(s, n)
}
func (p *pattern) FindAllStringSubmatch(s string, n int) [][]string {
	return p.compiled().FindAllStringSubmatch(s, n)
}
func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return p.compiled().FindAllStringSubmatchIndex(s, n)
}
func (p *pattern) ReplaceAllString(s, repl string) string {
	return p.compiled().ReplaceAllString(s, repl)
}
func (p *pattern) Split(s string, n int) []string { return p.compiled().Split(s, n) }
func (p *pattern) Match(b []byte) bool            { return p.compiled().Match(b) }
