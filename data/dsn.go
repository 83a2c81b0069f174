package data

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// dsn makes the connection string for the SQLite file at path. SQLite reads
// "file:" names as URIs, where "?", "#" and "%" mean something: unescaped,
// a path such as "a#1.db" would open a different file (created with the
// default mode, readable by others) while our checks and locks look at the
// real one. Escaping them keeps the name what the user gave.
func dsn(path, params string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	if params == "" {
		return "file:" + esc
	}
	return "file:" + esc + "?" + params
}

// createPrivate creates target empty with mode 0600, failing when it exists.
func createPrivate(target string) error {
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if os.IsExist(err) {
			return fmt.Errorf("%s: %w", target, fs.ErrExist)
		}
		return err
	}
	return f.Close()
}
