package data

import (
	"errors"
	"io/fs"
	"syscall"

	"modernc.org/sqlite"

	"tietosuojapakki/data/vocab"
)

// DBError is a failure of the database file that a user can meet, with a
// plain text in fi, sv and en saying what to do. SQLite's own texts
// ("database is locked (5)") stay in Err, for the log and the expert.
type DBError struct {
	Kind string // one of the Kind constants
	Path string // the database file
	Err  error
}

// Kinds of DBError.
const (
	KindBusy      = "busy"        // another program holds the database (SQLITE_BUSY, a restore running)
	KindFull      = "full"        // the disk is full (SQLITE_FULL, ENOSPC)
	KindDamaged   = "damaged"     // the file is damaged (SQLITE_CORRUPT, a failed quick_check)
	KindReadOnly  = "read-only"   // the file or its folder cannot be written
	KindNotDB     = "not-db"      // the file is not a SQLite database
	KindNewer     = "newer"       // made by a newer version of the program
	KindIO        = "io"          // the disk could not be read or written (SQLITE_IOERR)
	KindCantOpen  = "cannot-open" // the file cannot be opened at all
	KindUnsettled = "unsettled"   // read-only, with unfinished changes in its -wal
)

func (e *DBError) Error() string {
	if e.Err == nil {
		return e.Text("en")
	}
	return e.Text("en") + " (" + e.Err.Error() + ")"
}

func (e *DBError) Unwrap() error { return e.Err }

// Text is what happened and what to do, in lang ("fi", "sv", "en";
// Finnish otherwise).
func (e *DBError) Text(lang string) string { return dbTexts.In(e.Kind, lang, e.Path) }

var dbTexts = vocab.Messages{
	KindBusy: {
		"Tietokanta on juuri toisen ohjelman käytössä (esimerkiksi varmuuskopion palautus on kesken). Odota hetki ja yritä uudelleen. Mitään ei tallennettu.",
		"Databasen används just nu av ett annat program (till exempel pågår en återställning). Vänta en stund och försök igen. Inget sparades.",
		"The database is in use by another program right now (a restore may be running, for example). Wait a moment and try again. Nothing was saved."},
	KindFull: {
		"Levy on täynnä, joten muutosta ei voitu tallentaa. Aiemmin tallennetut tiedot ovat tallessa. Vapauta levytilaa ja yritä uudelleen.",
		"Disken är full, så ändringen kunde inte sparas. Det som sparats tidigare finns kvar. Frigör diskutrymme och försök igen.",
		"The disk is full, so the change could not be saved. What was saved earlier is safe. Free some disk space and try again."},
	KindDamaged: {
		"Tietokantatiedosto {0} on vaurioitunut. Avaa ohjelman ikkuna: se siirtää vaurioituneen tiedoston sivuun ja tarjoaa uusinta varmuuskopiota. Tai palauta varmuuskopio komennolla: tietosuojapakki restore TIEDOSTO (varmuuskopiot ovat tietokannan vieressä kansiossa backups).",
		"Databasfilen {0} är skadad. Öppna programmets fönster: det flyttar den skadade filen åt sidan och erbjuder den senaste säkerhetskopian. Eller återställ en säkerhetskopia med kommandot: tietosuojapakki restore FIL (säkerhetskopiorna finns i mappen backups bredvid databasen).",
		"The database file {0} is damaged. Open the program's window: it sets the damaged file aside and offers the newest backup. Or restore a backup with: tietosuojapakki restore FILE (the backups are in the backups folder beside the database)."},
	KindReadOnly: {
		"Tietokantaan {0} ei voi kirjoittaa: tiedosto tai sen kansio on vain luettavissa. Luettelot, vienti, varmuuskopio ja luonnokset (--draft) toimivat silti; asiakirjan julkaiseminen kirjaa sen version, joten se vaatii kirjoitettavan kopion. Tallentaaksesi muutoksia kopioi tiedosto kansioon, johon voit kirjoittaa, ja käytä sitä.",
		"Det går inte att skriva i databasen {0}: filen eller dess mapp är skrivskyddad. Listor, export, säkerhetskopia och utkast (--draft) fungerar ändå; att utfärda ett dokument sparar dess version och kräver därför en skrivbar kopia. För att spara ändringar, kopiera filen till en mapp där du kan skriva och använd den.",
		"The database {0} cannot be written: the file or its folder is read-only. Lists, export, backup and drafts (--draft) still work; issuing a document records its version, so it needs a writable copy. To save changes, copy the file to a folder you can write to and use that copy."},
	KindNotDB: {
		"Tiedosto {0} ei ole Tietosuojapakin tietokanta. Tarkista tiedoston nimi (--db).",
		"Filen {0} är inte en databas från Tietosuojapakki. Kontrollera filnamnet (--db).",
		"The file {0} is not a Tietosuojapakki database. Check the file name (--db)."},
	KindNewer: {
		"Tietokanta {0} on tehty Tietosuojapakin uudemmalla versiolla. Päivitä ohjelma; tietokantaa ei muutettu.",
		"Databasen {0} är gjord med en nyare version av Tietosuojapakki. Uppdatera programmet; databasen har inte ändrats.",
		"The database {0} was made by a newer version of Tietosuojapakki. Update the program; the database was not changed."},
	KindIO: {
		"Tietokantaa {0} ei voitu lukea tai kirjoittaa (levyvirhe). Tarkista levy tai muistitikku ja yritä uudelleen. Jos virhe toistuu, palauta varmuuskopio kansiosta backups.",
		"Databasen {0} kunde inte läsas eller skrivas (diskfel). Kontrollera disken eller minnet och försök igen. Om felet upprepas, återställ en säkerhetskopia från mappen backups.",
		"The database {0} could not be read or written (a disk error). Check the disk or memory stick and try again. If it happens again, restore a backup from the backups folder."},
	KindCantOpen: {
		"Tietokantaa {0} ei voi avata. Tarkista, että kansio on olemassa ja että sinulla on siihen oikeudet.",
		"Databasen {0} kan inte öppnas. Kontrollera att mappen finns och att du har behörighet till den.",
		"The database {0} cannot be opened. Check that its folder exists and that you have access to it."},
	KindUnsettled: {
		"Tietokanta {0} on vain luettavissa, ja sen vieressä on keskeneräisten muutosten tiedosto (-wal). Kopioi molemmat tiedostot kansioon, johon voit kirjoittaa, ja käytä kopiota.",
		"Databasen {0} är skrivskyddad och bredvid den finns en fil med ofullbordade ändringar (-wal). Kopiera båda filerna till en mapp där du kan skriva och använd kopian.",
		"The database {0} is read-only and has a file of unfinished changes (-wal) beside it. Copy both files to a folder you can write to and use the copy."},
}

// Texter is an error that can say itself in the user's language; every
// error of package data that a user meets is one.
type Texter interface {
	error
	Text(lang string) string
}

// WrapDBError gives err as a *DBError when it is a failure of the database
// file (a SQLite error code, a full disk, no permission) and err itself
// otherwise. Callers holding an error from SQLite that did not pass
// through the store (or pass through a wrapping fmt.Errorf) can word it
// with this.
func WrapDBError(err error) error { return wrapDB(err, "") }

func wrapDB(err error, path string) error {
	if err == nil {
		return nil
	}
	var de *DamageError
	var dbe *DBError
	if errors.As(err, &de) && !errors.As(err, &dbe) {
		return &DBError{Kind: KindDamaged, Path: de.Path, Err: err}
	}
	var t Texter
	if errors.As(err, &t) {
		return err // already worded (a DBError, a RequestError, Problems…)
	}
	if kind := kindOf(err); kind != "" {
		return &DBError{Kind: kind, Path: path, Err: err}
	}
	return err
}

// kindOf classifies err, or "" when it is not a failure of the file.
func kindOf(err error) string {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 5, 6: // SQLITE_BUSY, SQLITE_LOCKED
			return KindBusy
		case 13: // SQLITE_FULL
			return KindFull
		case 11: // SQLITE_CORRUPT
			return KindDamaged
		case 8, 3: // SQLITE_READONLY, SQLITE_PERM
			return KindReadOnly
		case 26: // SQLITE_NOTADB
			return KindNotDB
		case 10: // SQLITE_IOERR
			if se.Code() == 10|(13<<8) { // SQLITE_IOERR_NOSPC (shm)
				return KindFull
			}
			return KindIO
		case 14: // SQLITE_CANTOPEN
			return KindCantOpen
		}
		return ""
	}
	switch {
	case errors.Is(err, ErrDamaged):
		return KindDamaged
	case errors.Is(err, ErrNotSQLite):
		return KindNotDB
	case errors.Is(err, ErrRestoring), errors.Is(err, ErrInUse):
		return KindBusy
	case errors.Is(err, syscall.ENOSPC):
		return KindFull
	case errors.Is(err, fs.ErrPermission), isReadOnlyFS(err):
		return KindReadOnly
	}
	return ""
}
