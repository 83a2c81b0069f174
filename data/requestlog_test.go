package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

var ctx = context.Background()

// day is a clock fixed at noon of an ISO date, Helsinki time.
func day(iso string) func() time.Time {
	t, err := time.ParseInLocation(time.DateOnly, iso, time.FixedZone("EET", 2*3600))
	if err != nil {
		panic(err)
	}
	return func() time.Time { return t.Add(12 * time.Hour) }
}

// logStore is a store with one organisation, the user "Tiina Testaaja"
// and the clock on today.
func logStore(t testing.TB, today string) (*Store, int64) {
	t.Helper()
	st := openTemp(t)
	st.SetClock(day(today))
	if err := st.SetSetting(SettingUserName, "Tiina Testaaja"); err != nil {
		t.Fatal(err)
	}
	org, err := st.CreateOrganisation(ctx, "Testi Oy")
	if err != nil {
		t.Fatal(err)
	}
	return st, org
}

func add(t testing.TB, st *Store, org int64, received, name string, rights ...Right) string {
	t.Helper()
	if len(rights) == 0 {
		rights = []Right{RightAccess}
	}
	ref, err := st.AddRequest(ctx, org, Request{Received: received, Channel: "email",
		Requester: Requester{Name: name, Contact: name + "@example.fi"}, Rights: rights})
	if err != nil {
		t.Fatalf("add %s: %v", received, err)
	}
	return ref
}

func get(t testing.TB, st *Store, org int64, ref string) *LogEntry {
	t.Helper()
	e, err := st.GetRequest(ctx, org, ref)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestReferencesRunPerYearAndOrganisation(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	other, _ := st.CreateOrganisation(ctx, "Toinen Oy")
	var got []string
	got = append(got, add(t, st, org, "2026-01-05", "A"), add(t, st, org, "2026-02-05", "B"))
	got = append(got, add(t, st, other, "2026-03-01", "C"))
	// A late entry of an earlier year takes that year's next number.
	got = append(got, add(t, st, org, "31.12.2025", "D"))
	st.SetClock(day("2027-01-10"))
	got = append(got, add(t, st, org, "2027-01-02", "E"), add(t, st, org, "2026-12-30", "F"))
	want := []string{"2026-001", "2026-002", "2026-001", "2025-001", "2027-001", "2026-003"}
	if !slices.Equal(got, want) {
		t.Errorf("references %v, want %v", got, want)
	}
}

func TestDueDatesOfTheWorkedExamples(t *testing.T) {
	for _, c := range []struct {
		received, today, told, due string
	}{
		{"2026-01-31", "2026-02-10", "", "2026-03-02"},
		{"2026-03-03", "2026-03-10", "", "2026-04-07"},
		{"2026-09-30", "2026-10-01", "", "2026-10-30"},
		{"2026-02-01", "2026-02-20", "2026-02-20", "2026-05-04"},
	} {
		st, org := logStore(t, c.today)
		ref := add(t, st, org, c.received, "Matti")
		if c.told != "" {
			if err := st.ExtendRequest(ctx, org, ref, c.told, "Monta rekisteriä"); err != nil {
				t.Fatal(err)
			}
		}
		if e := get(t, st, org, ref); e.Due != c.due {
			t.Errorf("received %s (told %q): due %s, want %s", c.received, c.told, e.Due, c.due)
		}
	}
}

func TestTiming(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	soon := add(t, st, org, "2026-10-26", "Soon")   // due Thu 26.11.: 3 days
	late := add(t, st, org, "2026-09-30", "Late")   // due 30.10.
	fine := add(t, st, org, "2026-11-20", "Fine")   // due 21.12.
	done := add(t, st, org, "2026-09-01", "Closed") // due 1.10.
	if err := st.AnswerRequest(ctx, org, done, Answer{On: "2026-10-05", Outcome: "Sent"}); err != nil {
		t.Fatal(err)
	}
	today := st.Today()
	for ref, want := range map[string]Timing{
		soon: {State: "due_soon", DaysLeft: 3},
		late: {State: "overdue", DaysLeft: -24},
		fine: {State: "ok", DaysLeft: 28},
		done: {State: StateClosed, DaysTaken: 34, Late: true, DaysLate: 4},
	} {
		if got := get(t, st, org, ref).TimingOn(today); got != want {
			t.Errorf("%s: %+v, want %+v", ref, got, want)
		}
	}
	c, err := st.DueSummary(ctx, org)
	if err != nil {
		t.Fatal(err)
	}
	if c != (DueCounts{Overdue: 1, DueSoon: 1, Next: "2026-10-30"}) {
		t.Errorf("due summary %+v", c)
	}
}

// TestHistoryRecordsEveryChange walks one request through every kind of
// change and checks the events with their old and new values.
func TestHistoryRecordsEveryChange(t *testing.T) {
	st, org := logStore(t, "2026-02-20")
	ref := add(t, st, org, "2026-02-01", "Maija Mallikas", RightErasure)
	steps := []func() error{
		func() error { return st.VerifyIdentity(ctx, org, ref, "2026-02-03", "Tunnistettu puhelimessa") },
		func() error {
			return st.ExtendRequest(ctx, org, ref, "20.2.2026", "Tietoja kolmessa järjestelmässä")
		},
		func() error { return st.AddNote(ctx, org, ref, "Soitettu takaisin") },
		func() error {
			e := get(t, st, org, ref)
			e.Requester.Name = "Maija Mallikas-Virta"
			e.Rights = []Right{RightErasure, RightObjection}
			e.Received = "2026-02-02"
			return st.EditRequest(ctx, org, ref, e.Request)
		},
		func() error {
			return st.AnswerRequest(ctx, org, ref, Answer{On: "2026-02-20", Outcome: "Kieltäydytty osittain",
				RefusalReason: "legal_retention", RefusalDetails: "Kirjanpitolaki 2:10"})
		},
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	e := get(t, st, org, ref)
	type ev struct{ kind, field, old, new, note string }
	var got []ev
	for _, h := range e.History {
		if h.By != "Tiina Testaaja" {
			t.Errorf("event %s by %q", h.Kind, h.By)
		}
		if _, err := time.Parse(time.RFC3339, h.At); err != nil || !strings.HasSuffix(h.At, "Z") {
			t.Errorf("event time %q is not RFC 3339 UTC", h.At)
		}
		got = append(got, ev{h.Kind, h.Field, h.Old, h.New, h.Note})
	}
	want := []ev{
		{EventCreated, "", "", ref, ""},
		{EventVerified, "identity_verified_on", "", "2026-02-03", "Tunnistettu puhelimessa"},
		{EventExtended, "extension_told_on", "", "2026-02-20", "Tietoja kolmessa järjestelmässä"},
		{EventEdited, "due", "2026-03-02", "2026-05-04", ""},
		{EventNote, "", "", "", "Soitettu takaisin"},
		{EventEdited, "received", "2026-02-01", "2026-02-02", ""},
		{EventEdited, "name", "Maija Mallikas", "Maija Mallikas-Virta", ""},
		{EventEdited, "rights", "erasure", "erasure,objection", ""},
		{EventEdited, "due", "2026-05-04", "2026-05-04", ""},
		{EventAnswered, "answered_on", "", "2026-02-20", "Kieltäydytty osittain"},
		{EventStatus, "status", "open", "refused", "legal_retention"},
	}
	// 2.2. + 3 months is 2.5., a Saturday, so the due date stays 4.5.
	// and no due event is written for it.
	want = slices.Delete(want, 8, 9)
	if !slices.Equal(got, want) {
		t.Errorf("history\n got %v\nwant %v", got, want)
	}
	if e.Status != StatusRefused || e.Due != "2026-05-04" || e.Requester.Name != "Maija Mallikas-Virta" {
		t.Errorf("entry after the changes: %+v", e)
	}
	for _, h := range e.History {
		if EventText(h, "fi") == "" || EventText(h, "en") == h.Kind {
			t.Errorf("event %s has no text", h.Kind)
		}
	}
}

func TestHistoryCannotBeRewritten(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	ref := add(t, st, org, "2026-11-02", "Matti")
	if err := st.AddNote(ctx, org, ref, "first"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"UPDATE request_events SET note = 'rewritten'",
		"UPDATE request_events SET at = '2000-01-01T00:00:00Z' WHERE kind = 'created'",
		"DELETE FROM request_events",
		"DELETE FROM request_events WHERE kind = 'note'",
	} {
		if _, err := st.DB().Exec(q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: err %v, want the append-only refusal", q, err)
		}
	}
	if h := get(t, st, org, ref).History; len(h) != 2 || h[1].Note != "first" {
		t.Errorf("history changed: %+v", h)
	}
}

// dump is every row of the log, to check that a refused change wrote
// nothing.
func dump(t testing.TB, st *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{"SELECT * FROM requests ORDER BY id", "SELECT * FROM request_events ORDER BY id"} {
		rows, err := st.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

func TestBadInputChangesNothing(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	open := add(t, st, org, "2026-10-01", "Open") // first month ended 2.11.
	fresh := add(t, st, org, "2026-11-10", "New") // first month ends 10.12.
	closed := add(t, st, org, "2026-10-05", "Closed")
	if err := st.AnswerRequest(ctx, org, closed, Answer{On: "2026-10-20", Outcome: "ok"}); err != nil {
		t.Fatal(err)
	}
	// Identity verified: a refusal "identity not verified" would contradict it.
	for ref, on := range map[string]string{fresh: "2026-11-12", closed: "2026-10-06"} {
		if err := st.VerifyIdentity(ctx, org, ref, on, "Passi"); err != nil {
			t.Fatal(err)
		}
	}
	req := func(received string, rights ...Right) Request {
		return Request{Received: received, Requester: Requester{Name: "X"}, Rights: rights}
	}
	for _, c := range []struct {
		name, field, code string
		run               func() error
	}{
		{"received in the future", "received", "received_future", func() error {
			_, err := st.AddRequest(ctx, org, req("2026-11-24", RightAccess))
			return err
		}},
		{"received before the GDPR", "received", "received_before_gdpr", func() error {
			_, err := st.AddRequest(ctx, org, req("24.5.2018", RightAccess))
			return err
		}},
		{"received not a date", "received", "date", func() error {
			_, err := st.AddRequest(ctx, org, req("31.2.2026", RightAccess))
			return err
		}},
		{"unknown right", "rights", "right_unknown", func() error {
			_, err := st.AddRequest(ctx, org, req("2026-11-01", "forgetting"))
			return err
		}},
		{"no right", "rights", "rights_required", func() error {
			_, err := st.AddRequest(ctx, org, req("2026-11-01"))
			return err
		}},
		{"unknown channel", "channel", "channel_unknown", func() error {
			r := req("2026-11-01", RightAccess)
			r.Channel = "pigeon"
			_, err := st.AddRequest(ctx, org, r)
			return err
		}},
		{"answer before receipt", "answered_on", "before_received", func() error {
			return st.AnswerRequest(ctx, org, open, Answer{On: "2026-09-30", Outcome: "x"})
		}},
		{"answer in the future", "answered_on", "date_future", func() error {
			return st.AnswerRequest(ctx, org, open, Answer{On: "2026-11-24", Outcome: "x"})
		}},
		{"answer without outcome", "outcome", "outcome_required", func() error {
			return st.AnswerRequest(ctx, org, open, Answer{On: "2026-11-20", Outcome: " "})
		}},
		{"unknown refusal reason", "refusal_reason", "refusal_reason_unknown", func() error {
			return st.AnswerRequest(ctx, org, open, Answer{On: "2026-11-20", Outcome: "x", RefusalReason: "bored"})
		}},
		{"answer twice", "ref", "closed", func() error {
			return st.AnswerRequest(ctx, org, closed, Answer{On: "2026-11-20", Outcome: "x"})
		}},
		{"told after the first month, recorded later", "told_on", "extend_told_late", func() error {
			return st.ExtendRequest(ctx, org, open, "2026-11-03", "Monta järjestelmää")
		}},
		{"told after the first month", "told_on", "extend_told_late", func() error {
			return st.ExtendRequest(ctx, org, fresh, "2026-12-11", "Monta järjestelmää")
		}},
		{"told in the future", "told_on", "date_future", func() error {
			return st.ExtendRequest(ctx, org, fresh, "2026-11-30", "Monta järjestelmää")
		}},
		{"extension without a reason", "extension_reason", "extension_reason_required", func() error {
			return st.ExtendRequest(ctx, org, fresh, "2026-11-20", "  ")
		}},
		{"refused for identity after it was verified", "refusal_reason", "identity_verified_refused", func() error {
			return st.AnswerRequest(ctx, org, fresh, Answer{On: "2026-11-20", Outcome: "x", RefusalReason: RefusalIdentityNotVerified})
		}},
		{"edited to refused for identity after it was verified", "refusal_reason", "identity_verified_refused", func() error {
			e := get(t, st, org, closed)
			e.RefusalReason = RefusalIdentityNotVerified
			return st.EditRequest(ctx, org, closed, e.Request)
		}},
		{"unknown reference", "ref", "ref_unknown", func() error {
			return st.AddNote(ctx, org, "2026-999", "x")
		}},
		{"empty note", "note", "note_required", func() error { return st.AddNote(ctx, org, open, "") }},
		{"edit to a future date", "received", "received_future", func() error {
			e := get(t, st, org, open)
			e.Received = "2027-01-01"
			e.Requester.Name = "Changed too"
			return st.EditRequest(ctx, org, open, e.Request)
		}},
		{"verify before receipt", "verified_on", "before_received", func() error {
			return st.VerifyIdentity(ctx, org, open, "2026-01-01", "x")
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := dump(t, st)
			err := c.run()
			if err == nil {
				t.Fatal("accepted")
			}
			if f := ErrorsByField(err, "fi"); f[c.field] == "" {
				t.Errorf("error %v is not on field %s: %v", err, c.field, f)
			}
			var re *RequestError
			var res RequestErrors
			code := ""
			switch {
			case asErr(err, &res):
				code = res[0].Code
			case asErr(err, &re):
				code = re.Code
			}
			if code != c.code {
				t.Errorf("code %q, want %q (%v)", code, c.code, err)
			}
			for _, l := range []string{"fi", "sv", "en"} {
				if m := ErrorsByField(err, l)[c.field]; m == "" || m == c.code {
					t.Errorf("%s: no message in %s", c.code, l)
				}
			}
			if after := dump(t, st); after != before {
				t.Errorf("the database changed:\n%s\n---\n%s", before, after)
			}
		})
	}
}

func TestListFiltersAndSearch(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	add(t, st, org, "2025-03-01", "Äijälä Öljynen", RightErasure)
	add(t, st, org, "2026-01-10", "Pekka 100%_Varma", RightAccess, RightObjection)
	r3 := add(t, st, org, "2026-11-20", "Åsa Öberg", RightObjection)
	add(t, st, org, "2026-11-21", "Matti", RightAccess)
	if err := st.AnswerRequest(ctx, org, r3, Answer{On: "2026-11-22", Outcome: "ok"}); err != nil {
		t.Fatal(err)
	}
	names := func(f RequestFilter) []string {
		es, err := st.ListRequests(ctx, org, f)
		if err != nil {
			t.Fatal(err)
		}
		n, err := st.CountRequests(ctx, org, RequestFilter{Status: f.Status, Year: f.Year, Right: f.Right, Search: f.Search})
		if err != nil {
			t.Fatal(err)
		}
		if f.Limit == 0 && n != len(es) {
			t.Errorf("%+v: count %d, list %d", f, n, len(es))
		}
		var out []string
		for _, e := range es {
			out = append(out, e.Requester.Name)
		}
		return out
	}
	for _, c := range []struct {
		f    RequestFilter
		want []string
	}{
		{RequestFilter{}, []string{"Matti", "Åsa Öberg", "Pekka 100%_Varma", "Äijälä Öljynen"}},
		{RequestFilter{Search: "äijä"}, []string{"Äijälä Öljynen"}},
		{RequestFilter{Search: "ÖBERG"}, []string{"Åsa Öberg"}},
		{RequestFilter{Search: "%_"}, []string{"Pekka 100%_Varma"}},
		{RequestFilter{Search: "2025-"}, []string{"Äijälä Öljynen"}},
		{RequestFilter{Right: RightObjection}, []string{"Åsa Öberg", "Pekka 100%_Varma"}},
		{RequestFilter{Year: 2025}, []string{"Äijälä Öljynen"}},
		{RequestFilter{Status: StatusOpen, Year: 2026}, []string{"Matti", "Pekka 100%_Varma"}},
		{RequestFilter{Status: FilterClosed}, []string{"Åsa Öberg"}},
		{RequestFilter{Status: FilterAttention}, []string{"Pekka 100%_Varma", "Äijälä Öljynen"}},
		{RequestFilter{Limit: 2, Offset: 1}, []string{"Åsa Öberg", "Pekka 100%_Varma"}},
	} {
		if got := names(c.f); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.f, got, c.want)
		}
	}
	years, _ := st.RequestYears(ctx, org)
	if !slices.Equal(years, []int{2026, 2025}) {
		t.Errorf("years %v", years)
	}
}

func TestImportedRequestsAreSearchable(t *testing.T) {
	st := openTemp(t)
	org := importTemp(t, st, "answers-example.json")
	es, err := st.ListRequests(ctx, org, RequestFilter{Search: "meikäläinen"})
	if err != nil || len(es) != 1 || es[0].Ref != "2026-001" {
		t.Fatalf("search of an imported name: %v %v", es, err)
	}
	// The imported log continues its numbering.
	st.SetClock(day("2026-11-23"))
	if ref := add(t, st, org, "2026-11-23", "Uusi"); ref != "2026-003" {
		t.Errorf("next reference %s", ref)
	}
}

func TestPurgeKeepsAnonymousCounts(t *testing.T) {
	st, org := logStore(t, "2023-06-01")
	old := add(t, st, org, "2023-05-02", "Vanha Asiakas", RightErasure)
	if err := st.AnswerRequest(ctx, org, old, Answer{On: "2023-05-20", Outcome: "Poistettu", RefusalDetails: ""}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddNote(ctx, org, old, "Henkilökohtainen merkintä"); err != nil {
		t.Fatal(err)
	}
	st.SetClock(day("2026-11-23"))
	recent := add(t, st, org, "2026-11-01", "Uusi Asiakas", RightAccess)
	if err := st.SetLogRetentionMonths(ctx, org, 24); err != nil {
		t.Fatal(err)
	}
	before := StatsOf(mustBetween(t, st, org), st.Today())
	refs, err := st.ExpiredRequests(ctx, org)
	if err != nil || !slices.Equal(refs, []string{old}) {
		t.Fatalf("expired %v %v", refs, err)
	}
	n, err := st.PurgeExpired(ctx, org)
	if err != nil || n != 1 {
		t.Fatalf("purged %d, %v", n, err)
	}
	e := get(t, st, org, old)
	if !e.Purged || e.Requester.Name != "" || e.Requester.Contact != "" || e.Outcome != "" {
		t.Errorf("personal data kept: %+v", e)
	}
	if e.Received != "2023-05-02" || e.AnsweredOn != "2023-05-20" || !slices.Equal(e.Rights, []Right{RightErasure}) || e.Status != StatusAnswered {
		t.Errorf("anonymous facts lost: %+v", e)
	}
	if len(e.History) != 1 || e.History[0].Kind != EventPurged {
		t.Errorf("history after purge: %+v", e.History)
	}
	after := StatsOf(mustBetween(t, st, org), st.Today())
	if after.Total != before.Total || after.PerRight[RightErasure] != 1 || after.Closed != 1 || after.MedianDays != 18 || after.Purged != 1 {
		t.Errorf("counts changed by the purge: before %+v after %+v", before, after)
	}
	if got := get(t, st, org, recent); got.Requester.Name != "Uusi Asiakas" || len(got.History) != 1 {
		t.Errorf("a live entry was touched: %+v", got)
	}
	if n, _ := st.PurgeExpired(ctx, org); n != 0 {
		t.Errorf("second purge removed %d", n)
	}
	// The purged name is gone from the bytes of the database and its
	// journal, not only from what queries return.
	for _, f := range []string{st.Path(), st.Path() + "-wal"} {
		if b, err := os.ReadFile(f); err == nil && bytes.Contains(b, []byte("Vanha Asiakas")) {
			t.Errorf("%s still holds the purged name", f)
		}
	}
	if err := st.AddNote(ctx, org, old, "x"); FieldOf(err) != "ref" {
		t.Errorf("note on a purged entry: %v", err)
	}
	// A purged entry's history was deleted; the others' still cannot be.
	if _, err := st.DB().Exec("DELETE FROM request_events"); err == nil {
		t.Error("the history of a live entry could be deleted")
	}
	if err := st.SetLogRetentionMonths(ctx, org, 0); FieldOf(err) != "retention" {
		t.Errorf("retention 0 accepted: %v", err)
	}
}

func mustBetween(t testing.TB, st *Store, org int64) []LogEntry {
	t.Helper()
	es, err := st.RequestsBetween(ctx, org, "2018-01-01", "2099-12-31")
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func TestStatsMedianAndOverdue(t *testing.T) {
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	e := func(received, due, status, answered string, rights ...Right) LogEntry {
		return LogEntry{Request: Request{Received: received, Status: status, AnsweredOn: answered, Rights: rights}, Due: due}
	}
	st := StatsOf([]LogEntry{
		e("2026-01-01", "2026-02-02", StatusAnswered, "2026-01-11", RightAccess),              // 10 days
		e("2026-01-01", "2026-02-02", StatusRefused, "2026-02-05", RightAccess, RightErasure), // 35, late
		e("2026-03-01", "2026-04-01", StatusAnswered, "2026-03-21", RightErasure),             // 20
		e("2026-10-01", "2026-11-02", StatusOpen, "", RightObjection),                         // overdue
		e("2026-11-20", "2026-12-21", StatusOpen, "", RightAccess),
	}, today)
	if st.Total != 5 || st.Open != 2 || st.Answered != 2 || st.Refused != 1 || st.MedianDays != 20 ||
		st.OverdueOpen != 1 || st.AnsweredLate != 1 || st.Overdue() != 2 ||
		st.PerRight[RightAccess] != 3 || st.PerRight[RightErasure] != 2 || st.PerRight[RightObjection] != 1 {
		t.Errorf("stats %+v", st)
	}
	if m := median([]int{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median of an even count %v", m)
	}
}

func asErr(err error, target any) bool { return errors.As(err, target) }

// A received date corrected into another year is found under that year.
func TestYearsFollowReceivedDate(t *testing.T) {
	st, org := logStore(t, "2026-01-20")
	ref := add(t, st, org, "2026-01-05", "Vuodenvaihde", RightAccess)
	e := get(t, st, org, ref)
	e.Received = "2025-12-30"
	if err := st.EditRequest(ctx, org, ref, e.Request); err != nil {
		t.Fatal(err)
	}
	years, err := st.RequestYears(ctx, org)
	if err != nil || !slices.Equal(years, []int{2025}) {
		t.Fatalf("years %v %v", years, err)
	}
}

// A requester's name pasted with no-break spaces, a zero-width space, a
// bidi override or a bare CR is stored clean, so a search for the name
// finds it and no control reaches a terminal or a CSV.
func TestRequesterTextCleaned(t *testing.T) {
	st, org := logStore(t, "2026-03-02")
	cases := []struct{ typed, stored, search string }{
		{"Liisa\u00a0Virtanen", "Liisa Virtanen", "Liisa Virtanen"},
		{"Matti\u200b Meikäläinen\u202e", "Matti Meikäläinen", "matti meik"},
		{"Rivi1\rRivi2", "Rivi1 Rivi2", "Rivi1 Rivi2"},
	}
	for _, c := range cases {
		ref, err := st.AddRequest(context.Background(), org, Request{Received: "2026-03-01", Channel: "email",
			Requester: Requester{Name: c.typed, Contact: "040\u00a0765\u00a04321"}, Rights: []Right{RightAccess}})
		if err != nil {
			t.Fatal(err)
		}
		list, err := st.ListRequests(context.Background(), org, RequestFilter{Search: c.search})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range list {
			if e.Ref == ref {
				found = e.Requester.Name == c.stored && e.Requester.Contact == "040 765 4321"
			}
		}
		if !found {
			t.Errorf("%q: not found by %q as %q", c.typed, c.search, c.stored)
		}
	}
}
