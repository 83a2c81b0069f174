package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

func orgNames(t *testing.T, sh *Shell) []string {
	t.Helper()
	orgs, err := sh.Store.Organisations(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range orgs {
		out = append(out, o.Name)
	}
	return out
}

// TestOrganisationSwitcher creates, renames and deletes (through the
// confirmation dialog) an organisation.
func TestOrganisationSwitcher(t *testing.T) {
	sh, _ := newTestShell(t)
	if n := len(orgNames(t, sh)); n != 1 || sh.Org == 0 {
		t.Fatalf("a new database should open one empty organisation, has %d (org %d)", n, sh.Org)
	}
	first := sh.Org

	createOrganisation(sh, "Sointu Oy")
	if sh.Org == first || sh.Store.Setting(settingOrg, "") == "" {
		t.Fatal("the new organisation was not opened and remembered")
	}
	renameOrganisation(sh, "Siivous Sointu Oy")
	if got := currentOrgName(sh); got != "Siivous Sointu Oy" {
		t.Fatalf("name after rename %q", got)
	}
	if sel := sh.orgBar.pick.Selected; sel != "Siivous Sointu Oy" {
		t.Fatalf("the switcher shows %q", sel)
	}

	askDeleteOrganisation(sh)
	tapDialogButton(t, sh, "Peruuta")
	if len(orgNames(t, sh)) != 2 {
		t.Fatal("cancel deleted the organisation")
	}
	askDeleteOrganisation(sh)
	tapDialogButton(t, sh, "Poista")
	names := orgNames(t, sh)
	if len(names) != 1 || sh.Org != first {
		t.Fatalf("after delete: %v, open %d, want only the first (%d) open", names, sh.Org, first)
	}

	renameOrganisation(sh, "Eka Oy")
	askDeleteOrganisation(sh)
	tapDialogButton(t, sh, "Poista")
	if names := orgNames(t, sh); len(names) != 1 || names[0] != "" || sh.Org == 0 {
		t.Fatalf("deleting the last organisation should leave a new empty one, has %q, open %d", names, sh.Org)
	}
}

// TestImportExport: a bad file is refused with Finnish problems and writes
// nothing; the example imports, opens and exports to a private file that
// reads back.
func TestImportExport(t *testing.T) {
	sh, _ := newTestShell(t)
	before := len(orgNames(t, sh))
	_, err := importFrom(sh, strings.NewReader(`{"format":"tietosuojapakki/answers","version":1,"organisation":{"name":""}}`))
	ps, ok := err.(data.Problems)
	if !ok || len(ps) == 0 {
		t.Fatalf("a file without a name imported: %v", err)
	}
	if !strings.Contains(ps.Text("fi"), "Organisaation nimi puuttuu") {
		t.Fatalf("problems not in Finnish: %s", ps.Text("fi"))
	}
	if len(orgNames(t, sh)) != before {
		t.Fatal("a refused file left an organisation behind")
	}

	id := importExample(t, sh)
	if sh.Org != id || currentOrgName(sh) != "Ajanvaraus Kivi Oy" {
		t.Fatalf("imported organisation %d not opened (open %d, %q)", id, sh.Org, currentOrgName(sh))
	}

	out := filepath.Join(t.TempDir(), "kivi.json")
	if err := exportTo(sh, out); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(out)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("export mode %v", st.Mode().Perm())
	}
	f, _ := os.Open(out)
	defer f.Close()
	file, problems := data.ParseFile(f)
	if len(problems) > 0 {
		t.Fatalf("export does not read back: %s", problems.Text("fi"))
	}
	if file.Organisation.Name != "Ajanvaraus Kivi Oy" || len(file.Registers) == 0 {
		t.Fatalf("exported %q with %d registers", file.Organisation.Name, len(file.Registers))
	}
}
