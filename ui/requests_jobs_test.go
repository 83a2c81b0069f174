package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestGroupDigits: counts in progress texts read as the language writes
// them: a no-break space between thousands in Finnish and Swedish, a
// comma in English.
func TestGroupDigits(t *testing.T) {
	for _, c := range []struct {
		n    int
		lang string
		want string
	}{
		{0, "fi", "0"},
		{999, "fi", "999"},
		{1000, "fi", "1\u00a0000"},
		{40000, "sv", "40\u00a0000"},
		{100000, "fi", "100\u00a0000"},
		{1234567, "en", "1,234,567"},
		{-2500, "en", "-2,500"},
	} {
		if got := groupDigits(c.n, c.lang); got != c.want {
			t.Errorf("%d in %s: %q, want %q", c.n, c.lang, got, c.want)
		}
	}
}

// TestRequestPurgeJob: purging the expired entries of a log of 5,000
// requests runs as a job with its label under the list and the button
// disabled; then the list is read again and the result told.
func TestRequestPurgeJob(t *testing.T) {
	sh, v := reqScaleShell(t, 5000)
	ctx := context.Background()
	expired, err := sh.Store.ExpiredRequests(ctx, v.org)
	if err != nil || len(expired) < 1000 {
		t.Fatalf("%d expired: %v", len(expired), err)
	}
	p := v.retention
	test.Tap(p.purge)
	yes := topButton(t, sh, lang.L("requests.purge.yes"))
	test.Tap(yes)
	if !p.job.running || !p.purge.Disabled() || p.job.text.Text != "Poistetaan vanhentuneiden pyyntöjen henkilötietoja…" {
		t.Fatalf("purge queued: running %v, button disabled %v, %q", p.job.running, p.purge.Disabled(), p.job.text.Text)
	}
	test.Tap(p.purge) // not again while it runs
	if reqDialogOpen(sh) {
		t.Fatal("the purge was asked again while it runs")
	}
	clockOf(sh).Advance(0)
	if p.job.running || p.purge.Disabled() || len(v.jobsBox.Objects) != 0 {
		t.Error("the purge's label stays after it ended")
	}
	if want := fmt.Sprintf("Henkilötiedot poistettu %d pyynnöstä.", len(expired)); !strings.Contains(overlayText(sh), want) {
		t.Errorf("told %q, want %q", overlayText(sh), want)
	}
	if left, _ := sh.Store.ExpiredRequests(ctx, v.org); len(left) != 0 {
		t.Errorf("%d expired entries left", len(left))
	}
	// The list was read again: the oldest answered request (the oldest
	// of all is still open) now shows as purged.
	if e := v.rows.at(v.rows.total - 2); !e.Purged || e.Ref != "2019-002" {
		t.Errorf("the row of %s is not shown purged", e.Ref)
	}
}
