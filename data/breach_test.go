package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// clockAt fixes the store's clock at an RFC 3339 instant.
func clockAt(t testing.TB, st *Store, rfc string) {
	t.Helper()
	now, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		t.Fatal(err)
	}
	st.SetClock(func() time.Time { return now })
}

func mustLocal(t testing.TB, s string) time.Time {
	t.Helper()
	at, err := ParseLocalTime("aware", s)
	if err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return at
}

// The 72 hours run in real time: across the change to summer time (last
// Sunday of March, 29.3.2026) and back (last Sunday of October,
// 25.10.2026) the wall clock shows 71 or 73 hours.
func TestBreachDueAcrossDaylightSaving(t *testing.T) {
	cases := []struct{ aware, due, wall string }{
		{"2026-03-28T20:00", "2026-03-31T21:00:00+03:00", "31.3.2026 21.00 (+03:00)"},        // last Saturday of March
		{"2026-10-24T20:00", "2026-10-27T19:00:00+02:00", "27.10.2026 19.00 (+02:00)"},       // last Saturday of October
		{"2026-03-29T02:59", "2026-04-01T03:59:00+03:00", "1.4.2026 03.59 (+03:00)"},         // a minute before the change
		{"2026-03-29T04:00", "2026-04-01T04:00:00+03:00", "1.4.2026 04.00 (+03:00)"},         // just after
		{"2026-12-31T23:30", "2027-01-03T23:30:00+02:00", "3.1.2027 23.30 (+02:00)"},         // around midnight, new year
		{"2026-06-30T00:00", "2026-07-03T00:00:00+03:00", "3.7.2026 00.00 (+03:00)"},         // midnight
		{"2026-10-25T03:30+03:00", "2026-10-28T02:30:00+02:00", "28.10.2026 02.30 (+02:00)"}, // the repeated hour, first pass
		{"2026-10-25T03:30+02:00", "2026-10-28T03:30:00+02:00", "28.10.2026 03.30 (+02:00)"}, // the repeated hour, second pass
		{"28.3.2026 20:00", "2026-03-31T21:00:00+03:00", "31.3.2026 21.00 (+03:00)"},
	}
	for _, c := range cases {
		b := Breach{AwareAt: mustLocal(t, c.aware)}
		if got := RFC3339Local(b.Due()); got != c.due {
			t.Errorf("aware %s: due %s, want %s", c.aware, got, c.due)
		}
		if got := FormatLocalTime(b.Due()); got != c.wall {
			t.Errorf("aware %s: shown %s, want %s", c.aware, got, c.wall)
		}
		if b.Due().Sub(b.AwareAt) != 72*time.Hour {
			t.Errorf("aware %s: %v of real time", c.aware, b.Due().Sub(b.AwareAt))
		}
	}
}

func TestParseLocalTimeRefusesSkippedAndRepeatedHours(t *testing.T) {
	cases := []struct{ in, code string }{
		{"2026-03-29T03:30", "time_skipped"},
		{"2026-10-25T03:30", "time_twice"},
		{"29.2.2026 10:00", "time_format"},
		{"eilen", "time_format"},
	}
	for _, c := range cases {
		_, err := ParseLocalTime("aware", c.in)
		var be *BreachError
		if !errors.As(err, &be) || be.Code != c.code {
			t.Errorf("%s: %v, want %s", c.in, err, c.code)
			continue
		}
		if fi, en := be.Message("fi"), be.Message("en"); fi == en || fi == "" {
			t.Errorf("%s: messages %q / %q", c.in, fi, en)
		}
	}
}

func breachStore(t *testing.T) (*Store, int64) {
	t.Helper()
	st := openTemp(t)
	clockAt(t, st, "2026-11-30T10:00:00Z")
	org, err := st.CreateOrganisation(context.Background(), "Testi Oy")
	if err != nil {
		t.Fatal(err)
	}
	return st, org
}

func TestBreachReferencesPerYearOfAwareness(t *testing.T) {
	st, org := breachStore(t)
	ctx := context.Background()
	var got []string
	// 31.12.2025 23:30 in Helsinki is still 2025 there, though 2025-12-31T21:30Z.
	for _, aware := range []string{"2026-01-05T10:00", "2025-12-31T23:30", "2026-11-29T08:00"} {
		ref, err := st.AddBreach(ctx, org, Breach{AwareAt: mustLocal(t, aware), Description: "Kadonnut muistitikku"})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ref)
	}
	want := []string{"2026-B01", "2025-B01", "2026-B02"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("refs %v, want %v", got, want)
	}
	list, err := st.Breaches(ctx, org)
	if err != nil || len(list) != 3 || list[0].Ref != "2026-B02" {
		t.Fatalf("list %v %v", list, err)
	}
}

func breachCode(err error) string {
	var be *BreachError
	if errors.As(err, &be) {
		return be.Field + ":" + be.Code
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestBreachFactsChecked(t *testing.T) {
	st, org := breachStore(t)
	aware := mustLocal(t, "2026-11-29T08:00")
	cases := []struct {
		in   Breach
		want string
	}{
		{Breach{AwareAt: aware}, "description:description_required"},
		{Breach{AwareAt: aware.Add(48 * time.Hour), Description: "x"}, "aware:time_future"},
		{Breach{AwareAt: aware, OccurredAt: aware.Add(time.Hour), Description: "x"}, "occurred:occurred_after_aware"},
		{Breach{AwareAt: aware, Description: "x", SubjectsApprox: -1}, "subjects_approx:negative"},
		{Breach{AwareAt: aware, Description: "x", RecordsApprox: 2_000_000_000}, "records_approx:too_large"},
		{Breach{Description: "x"}, "aware:time_format"},
	}
	for _, c := range cases {
		_, err := st.AddBreach(context.Background(), org, c.in)
		if got := breachCode(err); got != c.want {
			t.Errorf("%+v: %s, want %s", c.in, got, c.want)
		}
	}
}

// The flow of art. 33 and 34: assess with reasons, notify (late only with
// the reasons for the delay), tell the data subjects when the risk is
// high, close; the history records each step and cannot be rewritten.
func TestBreachFlow(t *testing.T) {
	st, org := breachStore(t)
	ctx := context.Background()
	aware := mustLocal(t, "2026-11-26T09:00") // due 29.11. 09:00, before the clock's 30.11.
	ref, err := st.AddBreach(ctx, org, Breach{AwareAt: aware, Description: "Asiakaslista lähti väärälle vastaanottajalle",
		DataSubjects: "Asiakkaat: nimi ja sähköposti", SubjectsApprox: 120, RecordsApprox: 120})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := st.Breach(ctx, org, ref)
	if s := b.State(st.Now()); s != BreachNoticeLate {
		t.Errorf("state %s, want %s", s, BreachNoticeLate)
	}
	steps := []struct {
		name string
		do   func() error
		want string
	}{
		{"close unassessed", func() error { return st.CloseBreach(ctx, org, ref) }, "risk:close_unassessed"},
		{"assess without reasons", func() error { return st.AssessBreach(ctx, org, ref, RiskHigh, " ") }, "risk_reasons:reasons_required"},
		{"assess unknown", func() error { return st.AssessBreach(ctx, org, ref, "medium", "x") }, "risk:risk_unknown"},
		{"assess", func() error { return st.AssessBreach(ctx, org, ref, RiskHigh, "Sähköpostiosoitteet paljastuivat") }, ""},
		{"close unnotified", func() error { return st.CloseBreach(ctx, org, ref) }, "notified:close_unnotified"},
		{"notify late, no reasons", func() error { return st.NotifyBreach(ctx, org, ref, st.Now(), "TSV/123/2026", "") }, "delay_reasons:delay_reasons_required"},
		{"notify before awareness", func() error { return st.NotifyBreach(ctx, org, ref, aware.Add(-time.Hour), "", "") }, "notified:before_aware"},
		{"notify late with reasons", func() error {
			return st.NotifyBreach(ctx, org, ref, st.Now(), "TSV/123/2026", "Laajuus selvisi vasta viikonlopun jälkeen")
		}, ""},
		{"close, subjects not told", func() error { return st.CloseBreach(ctx, org, ref) }, "subjects_how:close_subjects"},
		{"inform without how", func() error { return st.InformSubjects(ctx, org, ref, st.Now(), "") }, "subjects_how:how_required"},
		{"inform", func() error { return st.InformSubjects(ctx, org, ref, st.Now(), "Sähköposti jokaiselle") }, ""},
		{"close", func() error { return st.CloseBreach(ctx, org, ref) }, ""},
		{"assess closed", func() error { return st.AssessBreach(ctx, org, ref, RiskNone, "x") }, "ref:closed"},
		{"note on closed", func() error { return st.AddBreachNote(ctx, org, ref, "Arkistoitu") }, ""},
	}
	for _, s := range steps {
		if got := breachCode(s.do()); got != s.want {
			t.Errorf("%s: %q, want %q", s.name, got, s.want)
		}
	}
	b, err = st.Breach(ctx, org, ref)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range b.History {
		kinds = append(kinds, e.Kind)
	}
	if got := strings.Join(kinds, " "); got != "created assessed notified subjects_told closed note" {
		t.Errorf("history %s", got)
	}
	if b.State(st.Now()) != BreachClosed || b.AuthorityCase != "TSV/123/2026" || b.DelayReasons == "" {
		t.Errorf("breach %+v", b)
	}
	for _, q := range []string{"UPDATE breach_events SET note = 'x'", "DELETE FROM breach_events"} {
		if _, err := st.db.Exec(q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v", q, err)
		}
	}
}

// No risk: no notification is needed, the reasons are kept, and the
// breach can be closed.
func TestBreachNoRisk(t *testing.T) {
	st, org := breachStore(t)
	ctx := context.Background()
	ref, _ := st.AddBreach(ctx, org, Breach{AwareAt: mustLocal(t, "2026-11-30T11:00"), Description: "Salattu kannettava katosi"})
	if err := st.AssessBreach(ctx, org, ref, RiskNone, "Levy oli salattu, avain ei kadonnut"); err != nil {
		t.Fatal(err)
	}
	b, _ := st.Breach(ctx, org, ref)
	if b.State(st.Now()) != BreachNoNotice || b.RiskReasons == "" {
		t.Errorf("state %s reasons %q", b.State(st.Now()), b.RiskReasons)
	}
	if err := st.CloseBreach(ctx, org, ref); err != nil {
		t.Fatal(err)
	}
}

// Deleting an organisation deletes its breaches and their histories.
func TestBreachesGoWithTheirOrganisation(t *testing.T) {
	st, org := breachStore(t)
	ctx := context.Background()
	ref, _ := st.AddBreach(ctx, org, Breach{AwareAt: mustLocal(t, "2026-11-30T11:00"), Description: "x"})
	if err := st.AddBreachNote(ctx, org, ref, "y"); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteOrganisation(ctx, org); err != nil {
		t.Fatal(err)
	}
	var n int
	st.db.QueryRow("SELECT COUNT(*) FROM breach_events").Scan(&n)
	if n != 0 {
		t.Errorf("%d history rows left", n)
	}
}
