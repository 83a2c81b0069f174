package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// freshPreviewPath is a path in dir for a print preview named name that no
// file has yet: name, else name-2, name-3 and so on before the extension.
// Printing the same document again while the first preview is still open
// in a PDF viewer must not write over that file: Windows refuses to
// replace a file a viewer holds open, and elsewhere the viewer would show
// a changed file.
func freshPreviewPath(dir, name string) string {
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	path := filepath.Join(dir, name)
	for i := 2; ; i++ {
		if _, err := os.Lstat(path); os.IsNotExist(err) {
			return path
		}
		path = filepath.Join(dir, base+"-"+strconv.Itoa(i)+ext)
	}
}
