package data

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"
)

// The request log's rules of art. 12: an extension counts from the day the
// requester was told, not from the day it was logged; it needs its reasons;
// a request is not both verified and refused for want of verification.
func TestRequestRulesOfArticle12(t *testing.T) {
	for _, c := range []struct {
		name, today, field, code string
		run                      func(st *Store, org int64, ref string) error
	}{
		{"extension told in time, recorded after the first month", "2026-11-23", "", "",
			func(st *Store, org int64, ref string) error {
				return st.ExtendRequest(ctx, org, ref, "2026-10-20", "Tiedot kolmessa järjestelmässä")
			}},
		{"extension told on the last day, recorded later", "2027-01-05", "", "",
			func(st *Store, org int64, ref string) error {
				return st.ExtendRequest(ctx, org, ref, "2.11.2026", "Monta pyyntöä")
			}},
		{"extension told a day late", "2026-11-23", "told_on", "extend_told_late",
			func(st *Store, org int64, ref string) error {
				return st.ExtendRequest(ctx, org, ref, "2026-11-03", "Monta pyyntöä")
			}},
		{"extension with no reason", "2026-10-10", FieldExtensionReason, "extension_reason_required",
			func(st *Store, org int64, ref string) error { return st.ExtendRequest(ctx, org, ref, "2026-10-05", "") }},
		{"extension reason emptied in an edit", "2026-10-10", FieldExtensionReason, "extension_reason_required",
			func(st *Store, org int64, ref string) error {
				if err := st.ExtendRequest(ctx, org, ref, "2026-10-05", "Monta pyyntöä"); err != nil {
					return err
				}
				e := get(t, st, org, ref)
				e.ExtensionReason = " "
				return st.UpdateRequest(ctx, org, ref, e.Request, []string{FieldExtensionReason})
			}},
		{"verified after a refusal for want of verification", "2026-10-10", "verified_on", "identity_refused_verified",
			func(st *Store, org int64, ref string) error {
				if err := st.AnswerRequest(ctx, org, ref, Answer{On: "2026-10-08", Outcome: "Ei vastausta",
					RefusalReason: RefusalIdentityNotVerified}); err != nil {
					return err
				}
				return st.VerifyIdentity(ctx, org, ref, "2026-10-09", "Passi")
			}},
		{"refused for want of verification while unverified", "2026-10-10", "", "",
			func(st *Store, org int64, ref string) error {
				return st.AnswerRequest(ctx, org, ref, Answer{On: "2026-10-08", Outcome: "Ei vastausta",
					RefusalReason: RefusalIdentityNotVerified})
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, org := logStore(t, c.today)
			ref := add(t, st, org, "2026-10-01", "Maija") // first month ends 2.11.2026
			err := c.run(st, org, ref)
			if c.code == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			var re *RequestError
			var res RequestErrors
			switch {
			case asErr(err, &res):
				re = res[0]
			case asErr(err, &re):
			}
			if re == nil || re.Code != c.code {
				t.Errorf("error %v, want code %s", err, c.code)
			}
			for _, l := range []string{"fi", "sv", "en"} {
				if m := ErrorsByField(err, l)[c.field]; m == "" || m == c.code {
					t.Errorf("no %s message on field %s: %v", l, c.field, ErrorsByField(err, l))
				}
			}
		})
	}
}

// An extension recorded late keeps the day the requester was told and
// moves the due date to three months from receipt.
func TestExtensionRecordedLateKeepsToldDate(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	ref := add(t, st, org, "2026-10-01", "Maija")
	if err := st.ExtendRequest(ctx, org, ref, "2026-10-20", "Monta pyyntöä"); err != nil {
		t.Fatal(err)
	}
	path := st.Path()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	e := get(t, st2, org, ref)
	if !e.Extended || e.ExtensionToldOn != "2026-10-20" || e.Due != "2027-01-04" || e.ExtensionReason != "Monta pyyntöä" {
		t.Errorf("stored %+v", e.Request)
	}
}

// An answer given after the due date is marked late where the log is
// shown (DaysText: the window's list and detail, the command line) and in
// the CSV's state column; counts agree with n in every language.
func TestLateAnswerIsMarked(t *testing.T) {
	st, org := logStore(t, "2026-12-20")
	late := add(t, st, org, "2026-10-01", "Myöhäinen")  // due 2.11.2026
	onTime := add(t, st, org, "2026-11-01", "Ajallaan") // due 1.12.2026
	oneLate := add(t, st, org, "2026-10-02", "Päivän")  // due 2.11.2026
	for ref, on := range map[string]string{late: "2026-11-04", onTime: "2026-12-01", oneLate: "2026-11-03"} {
		if err := st.AnswerRequest(ctx, org, ref, Answer{On: on, Outcome: "Tiedot lähetetty"}); err != nil {
			t.Fatal(err)
		}
	}
	entries := mustBetween(t, st, org)
	byRef := map[string]LogEntry{}
	for _, e := range entries {
		byRef[e.Ref] = e
	}
	for _, c := range []struct {
		ref, lang, want, state string
	}{
		{late, "fi", "vastattu 34 päivässä, 2 pv myöhässä", "Vastattu myöhässä"},
		{late, "sv", "besvarad på 34 dagar, 2 dagar försenad", "Besvarad för sent"},
		{late, "en", "answered in 34 days, 2 days overdue", "Answered late"},
		{oneLate, "fi", "vastattu 32 päivässä, 1 pv myöhässä", "Vastattu myöhässä"},
		{oneLate, "sv", "besvarad på 32 dagar, 1 dag försenad", "Besvarad för sent"},
		{oneLate, "en", "answered in 32 days, 1 day overdue", "Answered late"},
		{onTime, "fi", "vastattu 30 päivässä", "Suljettu"},
		{onTime, "en", "answered in 30 days", "Closed"},
	} {
		e := byRef[c.ref]
		tm := e.TimingOn(st.Today())
		if got := DaysText(tm, c.lang); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.ref, c.lang, got, c.want)
		}
		var buf bytes.Buffer
		if err := WriteRequestsCSV(&buf, []LogEntry{e}, c.lang, st.Today()); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(buf.Bytes()[3:]))
		r.Comma = ';'
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := recs[1][slices.Index(CSVColumns, "state")]; got != c.state {
			t.Errorf("%s %s: CSV state %q, want %q", c.ref, c.lang, got, c.state)
		}
	}
}

// DaysText of open requests: one day, two days, in each language.
func TestDaysTextCounts(t *testing.T) {
	for _, c := range []struct {
		left       int
		fi, sv, en string
	}{
		{1, "1 pv jäljellä", "1 dag kvar", "1 day left"},
		{2, "2 pv jäljellä", "2 dagar kvar", "2 days left"},
		{-1, "1 pv myöhässä", "1 dag försenad", "1 day overdue"},
		{-2, "2 pv myöhässä", "2 dagar försenad", "2 days overdue"},
	} {
		tm := Timing{State: "ok", DaysLeft: c.left}
		for lang, want := range map[string]string{"fi": c.fi, "sv": c.sv, "en": c.en} {
			if got := DaysText(tm, lang); got != want {
				t.Errorf("%d %s: %q, want %q", c.left, lang, got, want)
			}
		}
	}
	for _, c := range []struct {
		taken      int
		fi, sv, en string
	}{
		{1, "vastattu 1 päivässä", "besvarad på 1 dag", "answered in 1 day"},
		{2, "vastattu 2 päivässä", "besvarad på 2 dagar", "answered in 2 days"},
	} {
		tm := Timing{State: StateClosed, DaysTaken: c.taken}
		for lang, want := range map[string]string{"fi": c.fi, "sv": c.sv, "en": c.en} {
			if got := DaysText(tm, lang); got != want {
				t.Errorf("taken %d %s: %q, want %q", c.taken, lang, got, want)
			}
		}
	}
}
