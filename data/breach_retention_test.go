package data

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// purgedBreachText is what must leave every file of the data folder.
const purgedBreachText = "Qwzx Vuotanut Asiakaslista"

// TestPurgeBreachesLeavesNoCopy: a breach closed more than the retention
// ago loses its personal texts in the database and in every copy the
// program made; its reference, times and risk stay, and a breach closed
// recently is untouched.
func TestPurgeBreachesLeavesNoCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { st.Close() }()
	clockAt(t, st, "2020-03-02T12:00:00Z")
	org, _ := st.CreateOrganisation(ctx, "Vuoto Oy")
	old, err := st.AddBreach(ctx, org, Breach{AwareAt: mustLocal(t, "2020-03-01T10:00"), Description: purgedBreachText,
		DataSubjects: "asiakkaat " + purgedBreachText, Consequences: "c " + purgedBreachText, Measures: "m " + purgedBreachText})
	if err != nil {
		t.Fatal(err)
	}
	for i, err := range []error{
		st.AssessBreach(ctx, org, old, RiskSome, "r "+purgedBreachText),
		st.NotifyBreach(ctx, org, old, mustLocal(t, "2020-03-02T09:00"), "TSV/1/2020", ""),
		st.AddBreachNote(ctx, org, old, "note "+purgedBreachText),
		st.CloseBreach(ctx, org, old),
	} {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	for _, d := range []string{"2020-03-02", "2020-03-03"} {
		when, _ := time.ParseInLocation(time.DateOnly, d, time.Local)
		if _, err := st.AutoBackup(when.Add(9 * time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.backupAtomic(PreMigrationPath(path, 3)); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "ennen.db") // the user's own copy
	if err := st.BackupFile(outside); err != nil {
		t.Fatal(err)
	}
	if got := filesHolding(t, dir, purgedBreachText); len(got) < 3 {
		t.Fatalf("the test's copies do not hold the text: %v", got)
	}

	clockAt(t, st, "2026-11-30T10:00:00Z")
	recent, err := st.AddBreach(ctx, org, Breach{AwareAt: mustLocal(t, "2026-11-29T10:00"), Description: "Tuore loukkaus"})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.AssessBreach(ctx, org, recent, RiskNone, "ei riskiä"); err != nil {
		t.Fatal(err)
	}
	if err := st.CloseBreach(ctx, org, recent); err != nil {
		t.Fatal(err)
	}
	if refs, err := st.ExpiredBreaches(ctx, org); err != nil || !slices.Equal(refs, []string{old}) {
		t.Fatalf("expired %v (%v), want [%s]", refs, err, old)
	}
	n, err := st.PurgeBreaches(ctx, org)
	if err != nil || n != 1 {
		t.Fatalf("purged %d: %v", n, err)
	}
	if got := filesHolding(t, dir, purgedBreachText); len(got) > 0 {
		t.Errorf("after the purge the text is still in %v", got)
	}
	for _, c := range mustOwnCopies(t, path) {
		if err := CheckBackup(c); err != nil {
			t.Errorf("scrubbed copy %s: %v", c, err)
		}
	}
	b, err := st.Breach(ctx, org, old)
	if err != nil {
		t.Fatal(err)
	}
	if b.Description != BreachPurgedText || b.RiskReasons != BreachPurgedText || b.Risk != RiskSome ||
		b.AuthorityCase != "TSV/1/2020" || b.ClosedAt.IsZero() || b.State(time.Now()) != BreachClosed {
		t.Errorf("purged breach %+v", b)
	}
	if len(b.History) != 1 || b.History[0].Kind != EventPurged {
		t.Errorf("purged breach's history %+v, want one purged event", b.History)
	}
	if r, _ := st.Breach(ctx, org, recent); r == nil || r.Description != "Tuore loukkaus" {
		t.Errorf("the recent breach was touched: %+v", r)
	}
	if again, err := st.PurgeBreaches(ctx, org); err != nil || again != 0 {
		t.Errorf("a second purge purged %d (%v)", again, err)
	}
	st.Close()

	// Restoring the user's copy from before the purge: the purge is
	// carried into it.
	if _, err := Restore(path, outside, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := filesHolding(t, dir, purgedBreachText); len(got) > 0 {
		t.Errorf("after restoring a copy from before the purge the text is in %v", got)
	}
	if st, err = Open(path); err != nil {
		t.Fatal(err)
	}
	if b, err := st.Breach(ctx, org, old); err != nil || b.Description != BreachPurgedText || b.Risk != RiskSome {
		t.Errorf("after the restore %s is %+v (%v)", old, b, err)
	}
}

// The retention is the default 60 months until chosen, and a choice is
// within 1–1200 months; a breach closed just inside it is kept.
func TestBreachRetentionRule(t *testing.T) {
	st := openTemp(t)
	clockAt(t, st, "2026-11-30T10:00:00Z")
	org, _ := st.CreateOrganisation(ctx, "Sääntö Oy")
	if m, err := st.BreachRetentionMonths(ctx, org); err != nil || m != DefaultBreachRetentionMonths {
		t.Fatalf("default %d (%v)", m, err)
	}
	for _, tc := range []struct {
		months int
		ok     bool
	}{{0, false}, {-1, false}, {1201, false}, {1, true}, {1200, true}, {12, true}} {
		err := st.SetBreachRetentionMonths(ctx, org, tc.months)
		if (err == nil) != tc.ok {
			t.Errorf("%d months: %v", tc.months, err)
		}
	}
	clockAt(t, st, "2025-11-29T10:00:00Z")
	ref, err := st.AddBreach(ctx, org, Breach{AwareAt: mustLocal(t, "2025-11-29T08:00"), Description: "Vuosi sitten"})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.AssessBreach(ctx, org, ref, RiskNone, "ei riskiä"); err != nil {
		t.Fatal(err)
	}
	if err := st.CloseBreach(ctx, org, ref); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		now  string
		want int
	}{{"2026-11-28T10:00:00Z", 0}, {"2026-11-29T23:00:00Z", 0}, {"2026-11-30T10:00:00Z", 1}} {
		clockAt(t, st, tc.now)
		refs, err := st.ExpiredBreaches(ctx, org)
		if err != nil || len(refs) != tc.want {
			t.Errorf("at %s (12 months): expired %v (%v), want %d", tc.now, refs, err, tc.want)
		}
	}
}
