package jobs

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// The rooms depend one way: main, ui -> jobs -> wizard, pdf/..., data.
// Nothing below jobs imports jobs, ui or Fyne; data imports nothing of
// ours but its own sub-packages; pdf and wizard only data (and pdf its own).
func TestDependenciesPointOneWay(t *testing.T) {
	allowed := map[string][]string{
		"data":      {"tietosuojapakki/data"},
		"wizard":    {"tietosuojapakki/data", "tietosuojapakki/wizard"},
		"pdf":       {"tietosuojapakki/data", "tietosuojapakki/pdf"},
		"audit":     {"tietosuojapakki/data", "tietosuojapakki/audit"},
		"startheap": {"tietosuojapakki/startheap"},
		"jobs":      {"tietosuojapakki/data", "tietosuojapakki/wizard", "tietosuojapakki/pdf", "tietosuojapakki/audit", "tietosuojapakki/jobs"},
	}
	seen := 0
	for room, ok := range allowed {
		filepath.WalkDir(filepath.Join("..", room), func(dir string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() || d.Name() == "testdata" {
				return nil
			}
			pkg, err := build.ImportDir(dir, 0)
			if err != nil {
				return nil // a folder without Go files
			}
			seen++
			for _, imp := range append(append(pkg.Imports, pkg.TestImports...), pkg.XTestImports...) {
				if strings.HasPrefix(imp, "fyne.io/") {
					t.Errorf("%s imports %s: only ui draws", dir, imp)
				}
				if !strings.HasPrefix(imp, "tietosuojapakki") {
					continue
				}
				if !allowedImport(imp, ok) {
					t.Errorf("%s imports %s", dir, imp)
				}
			}
			return nil
		})
	}
	if seen < 10 {
		t.Fatalf("only %d packages looked at", seen)
	}
}

func allowedImport(imp string, prefixes []string) bool {
	for _, p := range prefixes {
		if imp == p || strings.HasPrefix(imp, p+"/") {
			return true
		}
	}
	return false
}
