package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

// bkShell opens a window on a new database holding the example company.
func bkShell(t *testing.T) *Shell {
	t.Helper()
	a := test.NewTempApp(t)
	st, err := data.Open(filepath.Join(t.TempDir(), "tsp.db"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(datatest.WriteExample(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	file, ps := data.ParseFile(f)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if _, err := st.ImportFile(context.Background(), file); err != nil {
		t.Fatal(err)
	}
	sh := newShell(a, st, &manualClock{})
	t.Cleanup(func() { sh.Store.Close() }) // the store a restore opened, too
	return sh
}

// bkTexts is every label and button text in o, one a line.
func bkTexts(o fyne.CanvasObject) string {
	var out []string
	for _, c := range test.LaidOutObjects(o) {
		switch w := c.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.RichText:
			out = append(out, w.String())
		case *widget.Button:
			out = append(out, "["+w.Text+"]")
		}
	}
	return strings.Join(out, "\n")
}

func bkButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, c := range test.LaidOutObjects(o) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q in:\n%s", text, bkTexts(o))
	return nil
}

func bkOrgs(t *testing.T, sh *Shell) int {
	t.Helper()
	orgs, err := sh.Store.Organisations(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(orgs)
}

func TestBackupSection(t *testing.T) {
	sh := bkShell(t)
	sec := backupSection(sh)
	w := test.NewWindow(sec)
	defer w.Close()
	got := bkTexts(sec)
	for _, want := range []string{"Varmuuskopiot", "Varmuuskopioita ei ole vielä", data.BackupDir(sh.Store.Path()), "[Varmuuskopioi…]", "[Palauta…]"} {
		if !strings.Contains(got, want) {
			t.Errorf("section lacks %q:\n%s", want, got)
		}
	}

	if _, err := sh.Store.AutoBackup(time.Date(2026, 6, 5, 14, 30, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	if got := bkTexts(backupSection(sh)); !strings.Contains(got, "Uusin varmuuskopio: 5.6.2026 klo 14.30") {
		t.Errorf("newest backup not shown:\n%s", got)
	}

	// The settings screen shows the section.
	if got := bkTexts(newSettingsView(sh).root); !strings.Contains(got, "[Palauta…]") {
		t.Errorf("the settings screen lacks the backup section:\n%s", got)
	}

	// The save dialog has made the (empty) file before backupTo runs.
	target := filepath.Join(t.TempDir(), "kopio.db")
	os.WriteFile(target, nil, 0o644)
	if err := backupTo(sh, target); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", fi.Mode())
	}
	if err := data.CheckBackup(target); err != nil {
		t.Error(err)
	}
	// A file with content is never replaced.
	if err := backupTo(sh, target); err == nil {
		t.Error("a backup replaced a file")
	}
}

func TestRestoreInWindow(t *testing.T) {
	sh := bkShell(t)
	backup := filepath.Join(t.TempDir(), "kopio.db")
	if err := sh.Store.BackupFile(backup); err != nil {
		t.Fatal(err)
	}
	later, _ := sh.Store.CreateOrganisation(context.Background(), "Myöhempi Oy")
	sh.SetOrg(later)

	// A file that is no database is refused and the window keeps going.
	text := filepath.Join(t.TempDir(), "muistio.db")
	os.WriteFile(text, []byte("ei tietokanta"), 0o600)
	old := sh.Store
	_, err := sh.RestoreBackup(text)
	var refused *data.RefusedError
	if !errors.As(err, &refused) || sh.Store != old || bkOrgs(t, sh) != 2 {
		t.Fatalf("refused restore: %v, store replaced %v", err, sh.Store != old)
	}

	kept, err := sh.RestoreBackup(backup)
	if err != nil {
		t.Fatal(err)
	}
	if bkOrgs(t, sh) != 1 || sh.Org == later || sh.Org == 0 {
		t.Errorf("after restore: %d organisations, open %d", bkOrgs(t, sh), sh.Org)
	}
	if kept == "" {
		t.Fatal("the replaced database was not kept")
	}
	if _, err := os.Stat(kept); err != nil {
		t.Error(err)
	}
	// The screens work on the new store.
	if _, err := sh.Store.Answers(context.Background(), sh.Org); err != nil {
		t.Error(err)
	}
}

func TestDamageNotice(t *testing.T) {
	src := bkShell(t)
	backup := filepath.Join(t.TempDir(), "tsp-20260601-080000.db")
	if err := src.Store.BackupFile(backup); err != nil {
		t.Fatal(err)
	}
	taken := time.Date(2026, 6, 1, 8, 0, 0, 0, time.Local)

	for _, tc := range []struct {
		name, backup string
		want         []string
		tap          string
		orgs         int
	}{
		{"with a backup", backup, []string{"Mitään ei ole poistettu", "/jossain/tsp.db.damaged-x", "(otettu 1.6.2026 klo 8.00)", "[Aloita tyhjällä]"}, "Palauta varmuuskopio", 1},
		{"start empty", backup, []string{"[Palauta varmuuskopio]"}, "Aloita tyhjällä", 1},
		{"without a backup", "", []string{"Ehjää varmuuskopiota ei löytynyt", "[OK]"}, "OK", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			st, err := data.Open(filepath.Join(t.TempDir(), "tsp.db"))
			if err != nil {
				t.Fatal(err)
			}
			NoteDamage(DamageNote{SetAside: "/jossain/tsp.db.damaged-x", Backup: tc.backup, BackupTaken: taken})
			sh := newShell(a, st, &manualClock{})
			t.Cleanup(func() { sh.Store.Close() })
			top := sh.Win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no notice shown")
			}
			got := bkTexts(top)
			for _, want := range append(tc.want, "Tietokanta oli vaurioitunut") {
				if !strings.Contains(got, want) {
					t.Errorf("notice lacks %q:\n%s", want, got)
				}
			}
			before := sh.Store
			test.Tap(bkButton(t, top, tc.tap))
			restored := sh.Store != before
			if want := tc.tap == "Palauta varmuuskopio"; restored != want {
				t.Fatalf("restored %v, want %v", restored, want)
			}
			if restored {
				orgs, _ := sh.Store.Organisations(context.Background())
				if len(orgs) != 1 || orgs[0].Name != "Ajanvaraus Kivi Oy" {
					t.Errorf("restored %v", orgs)
				}
			}
		})
	}
	if pendingDamage != nil {
		t.Error("the notice would show again in the next window")
	}
}

func TestLockedWindow(t *testing.T) {
	a := test.NewTempApp(t)
	for _, l := range []string{"fi", "sv", "en"} {
		w := lockedWindow(a, l)
		got := bkTexts(w.Content())
		if !strings.Contains(strings.ReplaceAll(got, "\n", " "), LockedMessage(l)) || !strings.Contains(got, "["+bt(l, "close")+"]") {
			t.Errorf("%s: %s", l, got)
		}
	}
	if !strings.HasPrefix(LockedMessage("fi"), "Tietosuojapakki on jo auki toisessa ikkunassa tällä tietokannalla.") {
		t.Error(LockedMessage("fi"))
	}
}

// Every text exists in the three languages.
func TestBackupTexts(t *testing.T) {
	for key, t3 := range backupTexts {
		for i, s := range t3 {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s[%d] is empty", key, i)
			}
		}
		if strings.Count(t3[0], "%") != strings.Count(t3[1], "%") || strings.Count(t3[0], "%") != strings.Count(t3[2], "%") {
			t.Errorf("%s: the languages take different arguments", key)
		}
	}
}
