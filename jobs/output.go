package jobs

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// Stdout is the output path that means standard output, where a stream
// makes sense (the command line's --out -).
const Stdout = "-"

// OutputError says why an output path was refused. Nothing was written.
type OutputError struct {
	Code string // one of the outputTexts keys
	Path string // the path as the user gave it
}

func (e *OutputError) Error() string { return e.Text("en") }

// Text is the reason in lang, with the path.
func (e *OutputError) Text(lang string) string { return outputTexts.In(e.Code, lang, e.Path) }

var outputTexts = vocab.Messages{
	"database": {
		"{0} on ohjelman oma tietokanta (tai sen aputiedosto). Sen päälle ei kirjoiteta: valitse toinen tiedostonimi. Mitään ei kirjoitettu.",
		"{0} är programmets egen databas (eller en av dess hjälpfiler). Den skrivs inte över: välj ett annat filnamn. Ingenting skrevs.",
		"{0} is the program's own database (or one of its companion files). It is not overwritten: choose another file name. Nothing was written."},
	"backup": {
		"{0} on varmuuskopioiden kansiossa. Sinne ei kirjoiteta muita tiedostoja: valitse toinen kansio. Mitään ei kirjoitettu.",
		"{0} ligger i mappen för säkerhetskopior. Inga andra filer skrivs där: välj en annan mapp. Ingenting skrevs.",
		"{0} is in the backups folder. No other files are written there: choose another folder. Nothing was written."},
	"sqlite": {
		"{0} on tietokanta (esimerkiksi varmuuskopio). Sen päälle ei kirjoiteta: valitse toinen tiedostonimi. Mitään ei kirjoitettu.",
		"{0} är en databas (till exempel en säkerhetskopia). Den skrivs inte över: välj ett annat filnamn. Ingenting skrevs.",
		"{0} is a database (a backup, for example). It is not overwritten: choose another file name. Nothing was written."},
	"folder": {
		"{0} on kansio. Anna tiedoston nimi, esimerkiksi {0}/seloste.pdf.",
		"{0} är en mapp. Ange ett filnamn, till exempel {0}/beskrivning.pdf.",
		"{0} is a folder. Give a file name, for example {0}/notice.pdf."},
	"special": {
		"{0} ei ole tavallinen tiedosto (se on laite, putki tai pistoke). Anna tiedoston nimi, tai - tulostaaksesi vakiotulosteeseen.",
		"{0} är ingen vanlig fil (utan en enhet, ett rör eller ett uttag). Ange ett filnamn, eller - för standardutdata.",
		"{0} is not a regular file (it is a device, a pipe or a socket). Give a file name, or - for standard output."},
	"nofolder": {
		"{0}: kansiota ei ole. Tarkista polku.",
		"{0}: mappen finns inte. Kontrollera sökvägen.",
		"{0}: no such folder. Check the path."},
	"open": {
		"{0} on auki toisessa ohjelmassa (esimerkiksi PDF-lukijassa) tai kirjoitussuojattu, joten sitä ei voi korvata. Sulje tiedosto siinä ohjelmassa ja yritä uudelleen, tai valitse toinen tiedostonimi. Mitään ei kirjoitettu.",
		"{0} är öppen i ett annat program (till exempel en PDF-läsare) eller skrivskyddad och kan inte ersättas. Stäng filen i det programmet och försök igen, eller välj ett annat filnamn. Ingenting skrevs.",
		"{0} is open in another program (a PDF viewer, for example) or write-protected, so it cannot be replaced. Close the file in that program and try again, or choose another file name. Nothing was written."},
	"empty": {
		"Tiedoston nimi puuttuu.",
		"Filnamnet saknas.",
		"The file name is missing."},
}

// sqliteHeader opens every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// CheckOutput tells whether a file the user asked for may be written to
// path, before anything is written. dbPath is the open database ("" when
// there is none). Refused, with an *OutputError: the database itself, its
// -wal, -shm, -journal and lock files, any file in its backups folder, any
// existing SQLite database, a folder and a path whose folder does not
// exist. Links are resolved first, so a symbolic or hard link to the
// database is refused too. Any other existing file may be replaced.
func CheckOutput(path, dbPath string) error {
	if strings.TrimSpace(path) == "" {
		return &OutputError{Code: "empty"}
	}
	real, err := resolve(path)
	if err != nil {
		return &OutputError{Code: "nofolder", Path: path}
	}
	fi, statErr := os.Stat(real)
	if statErr == nil && fi.IsDir() {
		return &OutputError{Code: "folder", Path: path}
	}
	if statErr == nil && !fi.Mode().IsRegular() {
		// A device, a pipe or a socket: renaming a finished file over it
		// would replace it (as root, /dev/null itself), and writing into
		// a pipe nobody reads would hang. A stream is "-".
		return &OutputError{Code: "special", Path: path}
	}
	if dbPath != "" {
		if isCompanion(real, fi, dbPath) {
			return &OutputError{Code: "database", Path: path}
		}
		if dir, err := resolve(data.BackupDir(dbPath)); err == nil && samePath(filepath.Dir(real), dir) {
			return &OutputError{Code: "backup", Path: path}
		}
	}
	if statErr == nil && isSQLite(real) {
		return &OutputError{Code: "sqlite", Path: path}
	}
	if statErr != nil && !errors.Is(statErr, fs.ErrNotExist) {
		return statErr
	}
	return nil
}

// resolve is path with every link resolved; a file that does not exist yet
// is resolved through its folder, which must exist.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return "", err
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", fs.ErrNotExist
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// isCompanion tells whether real (with its FileInfo, nil when it does not
// exist) is the database at dbPath or one of the files beside it that
// SQLite and the program keep. Both the name as given and the resolved one
// count: the lock file sits beside the name the program was given.
func isCompanion(real string, fi os.FileInfo, dbPath string) bool {
	var names []string
	for _, db := range dbNames(dbPath) {
		names = append(names, db, db+"-wal", db+"-shm", db+"-journal", data.LockPath(db),
			data.WritersLockPath(db), data.GateLockPath(db))
	}
	for _, c := range names {
		if samePath(real, c) {
			return true
		}
		// A hard link has another name but is the same file.
		if fi != nil {
			if other, err := os.Stat(c); err == nil && os.SameFile(fi, other) {
				return true
			}
		}
	}
	return false
}

// dbNames are the absolute name of the database and its resolved name.
func dbNames(dbPath string) []string {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		abs = filepath.Clean(dbPath)
	}
	out := []string{abs}
	if real, err := resolve(dbPath); err == nil && real != abs {
		out = append(out, real)
	}
	return out
}

// isSQLite tells whether the file at path starts with SQLite's 16-byte
// header.
func isSQLite(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	n, _ := io.ReadFull(f, head)
	return bytes.Equal(head[:n], sqliteHeader)
}

// WriteFile writes a file the user asked for (a document, a report, an
// export): path is checked first (CheckOutput against the database at
// dbPath), then the content goes to a private temporary file beside it
// (mode 0600 from the first byte: it holds personal data; Windows has no
// modes, and the file gets the access rights of its folder, as every new
// file there does), is synced and takes the name, so that a crash leaves
// the old file or the whole new one, never half of it. An existing
// ordinary file is replaced; one that Windows will not let go (open in a
// PDF viewer, or read-only) gives an *OutputError "open", with the old
// file as it was. write failing leaves nothing behind.
func WriteFile(path, dbPath string, write func(io.Writer) error) error {
	if err := CheckOutput(path, dbPath); err != nil {
		return err
	}
	real, err := resolve(path) // write through a link to the file it names
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(real), ".tietosuojapakki-out-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after the rename
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := replace(tmp, real); err != nil {
		if replaceRefused(err) {
			return &OutputError{Code: "open", Path: path}
		}
		return err
	}
	syncDir(filepath.Dir(real))
	return nil
}

// WriteOutput is WriteFile where path may be Stdout: then the content goes
// to stdout as a stream (the command line's --out -).
func WriteOutput(path, dbPath string, stdout io.Writer, write func(io.Writer) error) error {
	if path == Stdout && stdout != nil {
		return write(stdout)
	}
	return WriteFile(path, dbPath, write)
}

// WriteBytes is WriteFile of a finished content.
func WriteBytes(path, dbPath string, b []byte) error {
	return WriteFile(path, dbPath, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// syncDir makes a rename durable; a folder that cannot be synced (some
// systems) is not an error: the file itself is on disk.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
