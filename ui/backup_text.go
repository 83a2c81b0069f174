package ui

import (
	"fmt"
	"time"

	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
)

// The texts of the backup section, the damage notice and the lock window,
// in Finnish, Swedish and English. They are kept here rather than in the
// translation files because the lock window is shown before the database
// (and the user's language setting in it) can be read.

var backupTexts = vocab.Messages{
	"close": {"Sulje", "Stäng", "Close"},
	"ok":    {"OK", "OK", "OK"},
	"title": {"Varmuuskopiot", "Säkerhetskopior", "Backups"},
	"auto": {
		"Ohjelma ottaa tiedoistasi varmuuskopion, kun avaat sen, enintään kerran päivässä. Viimeiset %d varmuuskopiota säilytetään tässä kansiossa:",
		"Programmet tar en säkerhetskopia av dina uppgifter när du öppnar det, högst en gång om dagen. De %d senaste sparas i den här mappen:",
		"The program backs up your data when you open it, at most once a day. The last %d backups are kept in this folder:"},
	"latest": {"Uusin varmuuskopio: %s", "Senaste säkerhetskopia: %s", "Newest backup: %s"},
	"none": {
		"Varmuuskopioita ei ole vielä. Ensimmäinen otetaan, kun olet kirjoittanut jotain ja avaat ohjelman seuraavan kerran.",
		"Det finns inga säkerhetskopior ännu. Den första tas när du har skrivit något och öppnar programmet nästa gång.",
		"There are no backups yet. The first one is taken when you have entered something and open the program next time."},
	"save":    {"Varmuuskopioi…", "Säkerhetskopiera…", "Back up…"},
	"restore": {"Palauta…", "Återställ…", "Restore…"},
	"saved": {
		"Varmuuskopio on tallennettu tiedostoon:\n%s",
		"Säkerhetskopian har sparats i filen:\n%s",
		"The backup has been saved to the file:\n%s"},
	"confirm.title": {"Palautetaanko varmuuskopio?", "Återställa säkerhetskopian?", "Restore the backup?"},
	"confirm": {
		"Tietosi korvataan varmuuskopiolla:\n%s\n\nNykyiset tietosi tallennetaan ensin varmuuskopioiden kansioon, joten niistä ei häviä mitään.",
		"Dina uppgifter ersätts med säkerhetskopian:\n%s\n\nDina nuvarande uppgifter sparas först i mappen för säkerhetskopior, så ingenting går förlorat.",
		"Your data will be replaced with the backup:\n%s\n\nYour current data is first saved in the backups folder, so nothing is lost."},
	"confirm.yes": {"Palauta", "Återställ", "Restore"},
	"cancel":      {"Peruuta", "Avbryt", "Cancel"},
	"done.title":  {"Varmuuskopio palautettu", "Säkerhetskopian återställd", "Backup restored"},
	"done":        {"Varmuuskopio on palautettu.", "Säkerhetskopian har återställts.", "The backup has been restored."},
	"done.kept": {
		"Varmuuskopio on palautettu. Aiemmat tietosi ovat tallessa tiedostossa:\n%s",
		"Säkerhetskopian har återställts. Dina tidigare uppgifter finns kvar i filen:\n%s",
		"The backup has been restored. Your earlier data is kept in the file:\n%s"},
	"failed.title": {"Palautus ei onnistunut", "Återställningen misslyckades", "The restore did not succeed"},
	"failed.unchanged": {
		"%s\n\nTietojasi ei muutettu.",
		"%s\n\nDina uppgifter har inte ändrats.",
		"%s\n\nYour data has not been changed."},
	"inuse": {
		"Toinen ohjelma käyttää tietokantaa juuri nyt. Odota hetki ja yritä uudelleen.",
		"Ett annat program använder databasen just nu. Vänta en stund och försök igen.",
		"Another program is using the database right now. Wait a moment and try again."},
	"damage.title": {"Tietokanta oli vaurioitunut", "Databasen var skadad", "The database was damaged"},
	"damage": {
		"Tietokantatiedostosi oli vaurioitunut, eikä ohjelma voinut lukea sitä. Mitään ei ole poistettu: vaurioitunut tiedosto on siirretty talteen tähän:\n%s",
		"Din databasfil var skadad och programmet kunde inte läsa den. Ingenting har raderats: den skadade filen har flyttats undan hit:\n%s",
		"Your database file was damaged and the program could not read it. Nothing has been deleted: the damaged file has been moved aside to:\n%s"},
	"damage.backup": {
		"Voit palauttaa uusimman ehjän varmuuskopion (otettu %s) tai aloittaa tyhjällä tietokannalla.",
		"Du kan återställa den senaste hela säkerhetskopian (tagen %s) eller börja med en tom databas.",
		"You can restore the newest undamaged backup (taken %s) or start with an empty database."},
	"damage.nobackup": {
		"Ehjää varmuuskopiota ei löytynyt, joten ohjelma aloittaa tyhjällä tietokannalla. Jos sinulla on varmuuskopio muualla, voit palauttaa sen asetuksista (Palauta…).",
		"Ingen hel säkerhetskopia hittades, så programmet börjar med en tom databas. Om du har en säkerhetskopia någon annanstans kan du återställa den i inställningarna (Återställ…).",
		"No undamaged backup was found, so the program starts with an empty database. If you have a backup somewhere else, you can restore it in the settings (Restore…)."},
	"damage.restore": {"Palauta varmuuskopio", "Återställ säkerhetskopian", "Restore the backup"},
	"damage.empty":   {"Aloita tyhjällä", "Börja med en tom", "Start empty"},
}

// bt is the backup text key in language l (Finnish unless sv or en).
func bt(l, key string, args ...any) string {
	s := backupTexts.In(key, l)
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// backupTime is when a backup was taken, as the user writes it.
func backupTime(l string, t time.Time) string {
	// Go's layouts have no 24-hour hour without a leading zero ("klo 8.05").
	clock := fmt.Sprintf("%d.%02d", t.Hour(), t.Minute())
	switch l {
	case "sv":
		return t.Format("2.1.2006") + " kl. " + clock
	case "en":
		return t.Format("2 Jan 2006") + fmt.Sprintf(" at %d:%02d", t.Hour(), t.Minute())
	}
	return t.Format("2.1.2006") + " klo " + clock
}

// LockedMessage is what the user is told when the database is already open
// in another window (the same text as the command line's).
func LockedMessage(l string) string { return jobs.LockedText(l) }
