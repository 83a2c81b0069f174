package jobs

import (
	"errors"
	"io/fs"
	"os"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// Texter is an error that words itself in the user's language. Every error
// type the user can meet implements it (or the older Message(lang) form):
// ErrorText finds it anywhere in the chain of wrapped errors.
type Texter interface {
	Text(lang string) string
}

// messager is the older form of Texter (valid.Error, data.Issue,
// data.RequestError, data.RefusedError).
type messager interface {
	Message(lang string) string
}

var errTexts = vocab.Messages{
	"no_org":         {"Organisaatiota ei löytynyt. Valitse se --org-valitsimella nimellä tai numerolla (katso 'tietosuojapakki orgs').", "Organisationen hittades inte. Välj den med --org, med namn eller nummer (se 'tietosuojapakki orgs').", "Organisation not found. Choose it with --org, by name or number (see 'tietosuojapakki orgs')."},
	"locked":         {"Tietosuojapakki on jo auki toisessa ikkunassa tällä tietokannalla. Käytä sitä ikkunaa, tai sulje se ja avaa ohjelma uudelleen.", "Tietosuojapakki är redan öppet i ett annat fönster med den här databasen. Använd det fönstret, eller stäng det och öppna programmet på nytt.", "Tietosuojapakki is already open in another window with this database. Use that window, or close it and open the program again."},
	"exists":         {"Tiedosto on jo olemassa, eikä sitä korvata. Anna uusi nimi", "Filen finns redan och ersätts inte. Ange ett nytt namn", "The file already exists and is not replaced. Give a new name"},
	"in_use":         {"Toinen ohjelma käyttää tietokantaa juuri nyt. Odota hetki ja yritä uudelleen.", "Ett annat program använder databasen just nu. Vänta en stund och försök igen.", "Another program is using the database right now. Wait a moment and try again."},
	"damaged":        {"Tietokantatiedosto on vaurioitunut. Avaa ohjelman ikkuna: se siirtää vaurioituneen tiedoston talteen ja tarjoaa uusinta ehjää varmuuskopiota. Komentoriviltä: tietosuojapakki restore TIEDOSTO (varmuuskopiot ovat backups-kansiossa tietokannan vieressä).", "Databasfilen är skadad. Öppna programmets fönster: det flyttar undan den skadade filen och erbjuder den senaste hela säkerhetskopian. Från kommandoraden: tietosuojapakki restore FIL (säkerhetskopiorna finns i mappen backups bredvid databasen).", "The database file is damaged. Open the program's window: it moves the damaged file aside and offers the newest undamaged backup. From the command line: tietosuojapakki restore FILE (the backups are in the backups folder beside the database)."},
	"no_register":    {"Rekisteriä ei löytynyt. Anna rekisterin nimi tai numero (1 ensimmäiselle) niin kuin ohjattu täyttö ne luettelee.", "Registret hittades inte. Ange registrets namn eller nummer (1 för det första) så som guiden listar dem.", "Register not found. Give the register's name or number (1 for the first) as the wizard lists them."},
	"not_found":      {"Tiedostoa tai kansiota ei ole", "Filen eller mappen finns inte", "No such file or folder"},
	"permission":     {"Ei oikeutta", "Ingen behörighet", "No permission"},
	"restore.intact": {"Tietokantaa ei muutettu.", "Databasen har inte ändrats.", "The database has not been changed."},
}

// ErrorText words err for the user in lang (fi, sv or en; Finnish for
// anything else). The first error in the chain that words itself (Texter,
// or the older Message(lang) form) gives the text; the import's list of
// problems is counted in words ("1 virhe", "2 virhettä"); the errors of the
// program's own kinds (no organisation, a locked or damaged database) have
// their texts here. Anything else, a system error that no one foresaw, is
// shown as it is, after its kind when that is known, so that a helper can
// still look it up.
func ErrorText(err error, lang string) string {
	if err == nil {
		return ""
	}
	var ps data.Problems
	if errors.As(err, &ps) {
		return ps.Summary(lang)
	}
	var refused *data.RefusedError
	if errors.As(err, &refused) {
		return refused.Message(lang) + " " + errTexts.In("restore.intact", lang)
	}
	var t Texter
	if errors.As(err, &t) {
		return t.Text(lang)
	}
	var m messager
	if errors.As(err, &m) {
		return m.Message(lang)
	}
	return kindText(err, lang)
}

// kindText words the errors of known kinds that carry no text of their
// own.
func kindText(err error, lang string) string {
	switch {
	case errors.Is(err, data.ErrNoOrganisation):
		// The store's detail says how many there are, in English.
		return errTexts.In("no_org", lang) + " (" + err.Error() + ")"
	case errors.Is(err, ErrNoRegister):
		return errTexts.In("no_register", lang) + " (" + err.Error() + ")"
	case errors.Is(err, data.ErrLocked):
		return errTexts.In("locked", lang)
	case errors.Is(err, data.ErrInUse):
		return errTexts.In("in_use", lang) + " " + errTexts.In("restore.intact", lang)
	case errors.Is(err, data.ErrDamaged):
		return errTexts.In("damaged", lang) + " (" + err.Error() + ")"
	}
	// A rename that Windows refused: the file it was to replace is open in
	// another program (a backup or a document written over one a viewer
	// still shows).
	var le *os.LinkError
	if errors.As(err, &le) && replaceRefused(err) {
		return outputTexts.In("open", lang, le.New)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return errTexts.In("not_found", lang) + ": " + pe.Path
		case errors.Is(err, fs.ErrPermission):
			return errTexts.In("permission", lang) + ": " + pe.Path
		case errors.Is(err, fs.ErrExist):
			return errTexts.In("exists", lang) + ": " + pe.Path
		}
	}
	return err.Error()
}

// LockedText is what the user is told when the database is already open in
// another window.
func LockedText(lang string) string { return errTexts.In("locked", lang) }
