package audit

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPatternsCompile compiles every pattern of the audit, which the
// program no longer does at start: a pattern that does not compile must
// fail here, not panic in the middle of a user's audit.
func TestPatternsCompile(t *testing.T) {
	if len(patterns) < 100 {
		t.Fatalf("only %d patterns made; the audit's tables make about 150", len(patterns))
	}
	for _, p := range patterns {
		if _, err := regexp.Compile(p.expr); err != nil {
			t.Errorf("pattern %q: %v", p.expr, err)
		}
		if p.compiled().String() != p.String() {
			t.Errorf("pattern %q compiled to %q", p.String(), p.compiled().String())
		}
	}
}

// TestPatternLazy: a pattern is compiled on first use and then kept, and
// behaves as its regexp does.
func TestPatternLazy(t *testing.T) {
	p := lazy(`(?i)^rekisterinpitäjä`)
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Rekisterinpitäjä: Oy Esimerkki Ab", true},
		{"REKISTERINPITÄJÄ", true},
		{"Henkilötietojen käsittelijä", false},
	} {
		if got := p.MatchString(c.s); got != c.want {
			t.Errorf("MatchString(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if first, again := p.compiled(), p.compiled(); first != again {
		t.Error("the pattern was compiled twice")
	}
}

// TestNoEagerPatterns: no file of the audit compiles an expression at
// program start or on every call; each is a lazy pattern, so that
// TestPatternsCompile covers it.
func TestNoEagerPatterns(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "pattern.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "regexp.MustCompile(") {
			t.Errorf("%s compiles a regexp with regexp.MustCompile; use lazy", f)
		}
	}
}
