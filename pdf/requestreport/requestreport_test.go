package requestreport

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/duedate"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

var ctx = context.Background()

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// sampleLog is a store with five requests of Kirkas Oy: two answered (6 and
// 36 days, the latter late), one refused, one open and overdue, one open.
func sampleLog(t testing.TB) (*data.Store, int64) {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.SetClock(func() time.Time { return today.Add(10 * time.Hour) })
	st.SetSetting(data.SettingUserName, "Kaisa Kirkas")
	org, err := st.CreateOrganisation(ctx, "Kirkas Oy")
	if err != nil {
		t.Fatal(err)
	}
	add := func(received, name string, rights ...data.Right) string {
		ref, err := st.AddRequest(ctx, org, data.Request{Received: received, Channel: "email",
			Requester: data.Requester{Name: name}, Rights: rights})
		if err != nil {
			t.Fatal(err)
		}
		return ref
	}
	answer := func(ref string, a data.Answer) {
		if err := st.AnswerRequest(ctx, org, ref, a); err != nil {
			t.Fatal(err)
		}
	}
	r1 := add("2026-01-31", "Matti Meikäläinen", data.RightAccess)
	answer(r1, data.Answer{On: "2026-02-06", Outcome: "Tiedot lähetetty"})
	r2 := add("2026-03-03", "Liisa Virtanen", data.RightErasure, data.RightObjection)
	answer(r2, data.Answer{On: "2026-04-08", Outcome: "Poistettu"}) // due 7.4. after Easter: late
	r3 := add("2026-05-04", "Åke Öberg", data.RightErasure)
	answer(r3, data.Answer{On: "2026-05-10", Outcome: "Kirjanpitoaineisto säilytetään", RefusalReason: "legal_retention"})
	add("2026-09-30", "Pekka Puro", data.RightPortability)
	add("2026-11-20", "Sanna Salo", data.RightAccess)
	return st, org
}

// text draws d and reads the PDF back, whitespace collapsed.
func text(t testing.TB, d *doc.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.WritePDF(&buf, d, pdf.Options{CreatedAt: today}); err != nil {
		t.Fatal(err)
	}
	return pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
}

func TestLogReportReadsBack(t *testing.T) {
	st, org := sampleLog(t)
	entries, err := st.RequestsBetween(ctx, org, "2026-01-01", "2026-12-31")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"fi", []string{"Pyyntöloki", "Kirkas Oy", "1.1.2026–31.12.2026", "Pyyntöjä yhteensä 5", "Avoinna 2",
			"Vastattu 2", "Kieltäydytty 1", "Vastausajan mediaani 6 päivää (3 suljettua pyyntöä)",
			"Myöhässä 2 (1 avoinna määräpäivän jälkeen, 1 vastattu myöhässä)",
			"Oikeus tietojen poistamiseen 17 artikla 2", "Oikeus saada pääsy tietoihin 15 artikla 2", "Suostumuksen peruuttaminen 7 artiklan 3 kohta 0",
			"Vastattu 8.4.2026 (36 päivässä), 1 päivä myöhässä",
			"2026-001", "2026-002", "2026-003", "2026-004", "2026-005", "Matti Meikäläinen", "Åke Öberg",
			"2.3.2026", "Vastattu 6.2.2026 (6 päivässä)", "Kieltäydytty 10.5.2026 (6 päivässä)", "Avoin, 24 päivää myöhässä",
			"Avoin, 28 päivää jäljellä", "36 kuukautta",
			"vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluttua",
			"Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voi jatkaa enintään kahdella kuukaudella"}},
		{"sv", []string{"Logg över begäranden", "Begäranden totalt 5", "Median svarstid 6 dagar (3 avslutade begäranden)",
			"Försenade 2 (1 öppen efter sista dagen, 1 besvarad för sent)", "Rätt till radering artikel 17 2", "Återkallande av samtycke artikel 7.3 0", "2026-005",
			"Besvarad 8.4.2026 (på 36 dagar), 1 dag för sent",
			"Besvarad 6.2.2026 (på 6 dagar)", "Öppen, 24 dagar för sent", "utan onödigt dröjsmål och senast en månad",
			"Om begäran är komplicerad eller begärandena är många, kan tidsfristen förlängas med högst två månader"}},
		{"en", []string{"Log of data subject requests", "Total requests 5", "Median time to answer 6 days (3 closed requests)", "Overdue 2",
			"Right to erasure Article 17 2", "Withdrawal of consent Article 7(3) 0", "2026-004",
			"Answered 8 Apr 2026 (in 36 days), 1 day late", "Period 1 January 2026–31 December 2026", "Retention of the log The log holds personal data. Closed requests are kept for 36 months", "Answered 6 Feb 2026 (in 6 days)", "2026-001 31 Jan 2026 Matti Meikäläinen Access 2 Mar 2026", "Open, 28 days left",
			"without undue delay and within one month of receipt at the latest", "Deadline extended 0", "Prepared on 23 November 2026",
			"A request that invokes several rights is counted once under each of them.",
			"If the request is complex or there are many requests, the deadline can be extended by up to two further months"}},
	} {
		got := text(t, Log(LogInput{Lang: c.lang, Org: data.Organisation{Name: "Kirkas Oy"}, From: "2026-01-01", To: "2026-12-31",
			Today: today, Entries: entries}))
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", c.lang, w, got)
			}
		}
	}
	empty := Log(LogInput{Lang: "fi", Org: data.Organisation{Name: "Kirkas Oy"}, From: "2020-01-01", To: "2020-12-31", Today: today})
	if p := empty.PlainText(); !strings.Contains(p, "Ajanjaksolla ei saapunut pyyntöjä.") || !strings.Contains(p, "Pyyntöjä yhteensä: 0") {
		t.Errorf("empty period:\n%s", p)
	}
}

func TestSummaryHasEveryFieldAndTheHistory(t *testing.T) {
	st, org := sampleLog(t)
	if err := st.VerifyIdentity(ctx, org, "2026-005", "2026-11-21", "Kuvallinen henkilökortti"); err != nil {
		t.Fatal(err)
	}
	if err := st.ExtendRequest(ctx, org, "2026-005", "2026-11-22", "Tiedot kolmessa järjestelmässä"); err != nil {
		t.Fatal(err)
	}
	if err := st.AddNote(ctx, org, "2026-005", "Soitettu"); err != nil {
		t.Fatal(err)
	}
	e, err := st.GetRequest(ctx, org, "2026-005")
	if err != nil {
		t.Fatal(err)
	}
	got := text(t, Summary(SummaryInput{Lang: "fi", Org: data.Organisation{Name: "Kirkas Oy", BusinessID: "1234567-1"}, Entry: e, Today: today}))
	for _, w := range []string{"Pyyntö 2026-005", "Kirkas Oy (1234567-1)", "Sanna Salo", "Sähköposti",
		"Oikeus saada pääsy tietoihin (15 artikla)", "Kuvallinen henkilökortti", "21.11.2026", "Ensimmäinen kuukausi päättyy 21.12.2026",
		"Määräpäivä 22.2.2027", "Tiedot kolmessa järjestelmässä", "Pyyntö kirjattu lokiin (2026-005)",
		"Henkilöllisyys varmistettu 21.11.2026", "Määräaikaa jatkettu; pyytäjälle kerrottu 22.11.2026", "Merkintä: Soitettu", "Kaisa Kirkas"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing from\n%s", w, got)
		}
	}
	refused, _ := st.GetRequest(ctx, org, "2026-003")
	p := Summary(SummaryInput{Lang: "en", Org: data.Organisation{Name: "Kirkas Oy"}, Entry: refused, Today: today}).PlainText()
	for _, w := range []string{"Another law requires keeping the data", "lodge a complaint with the supervisory authority", "judicial remedy"} {
		if !strings.Contains(p, w) {
			t.Errorf("refusal summary lacks %q:\n%s", w, p)
		}
	}
}

// bigLog is n entries in memory, as RequestsBetween returns them.
func bigLog(n int) []data.LogEntry {
	es := make([]data.LogEntry, n)
	first := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range es {
		received := first.AddDate(0, 0, i*320/n)
		es[i] = data.LogEntry{Request: data.Request{Ref: fmt.Sprintf("2026-%03d", i+1), Received: received.Format(time.DateOnly),
			Requester: data.Requester{Name: fmt.Sprintf("Asiakas %d Mäkinen", i)}, Rights: []data.Right{data.Rights[i%7]},
			Status: data.StatusAnswered, AnsweredOn: received.AddDate(0, 0, 3+i%20).Format(time.DateOnly)},
			Due: duedate.Due(received, false).Format(time.DateOnly)}
	}
	return es
}

// Target: the report of 10,000 entries, composed and drawn, in under 3 s.
func BenchmarkLogReport10000(b *testing.B) {
	es := bigLog(10_000)
	for b.Loop() {
		d := Log(LogInput{Lang: "fi", Org: data.Organisation{Name: "Iso Oy"}, From: "2026-01-01", To: "2026-12-31", Today: today, Entries: es})
		var buf bytes.Buffer
		if err := pdf.WritePDF(&buf, d, pdf.Options{CreatedAt: today}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCountsAgree: a count of one takes the singular, others the plural,
// in every language (a median of 1,5 days is plural too).
func TestCountsAgree(t *testing.T) {
	received := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	closed := func(days int) data.LogEntry {
		return data.LogEntry{Request: data.Request{Ref: "2026-001", Received: received.Format(time.DateOnly), Status: data.StatusAnswered,
			Rights: []data.Right{data.RightAccess}, AnsweredOn: received.AddDate(0, 0, days).Format(time.DateOnly)},
			Due: duedate.Due(received, false).Format(time.DateOnly)}
	}
	tests := []struct {
		lang  string
		days  []int
		wants []string
	}{
		{"fi", []int{1}, []string{"1 päivä (1 suljettu pyyntö)", "(1 päivässä)"}},
		{"fi", []int{1, 2}, []string{"1,5 päivää (2 suljettua pyyntöä)"}},
		{"fi", []int{3, 3, 3}, []string{"3 päivää (3 suljettua pyyntöä)"}},
		{"sv", []int{1}, []string{"1 dag (1 avslutad begäran)", "(på 1 dag)"}},
		{"sv", []int{1, 2}, []string{"1,5 dagar (2 avslutade begäranden)"}},
		{"en", []int{1}, []string{"1 day (1 closed request)", "(in 1 day)"}},
		{"en", []int{1, 2}, []string{"1.5 days (2 closed requests)", "(in 2 days)"}},
	}
	for _, tc := range tests {
		var es []data.LogEntry
		for _, d := range tc.days {
			es = append(es, closed(d))
		}
		p := Log(LogInput{Lang: tc.lang, From: "2026-11-01", To: "2026-11-30", Today: today, Entries: es}).PlainText()
		for _, w := range tc.wants {
			if !strings.Contains(p, w) {
				t.Errorf("%s %v: %q missing from\n%s", tc.lang, tc.days, w, p)
			}
		}
	}
}

// TestStatusSaysWhichDays: the status column says whether a number is the
// days an answer took, the days left or the days past the due date.
func TestStatusSaysWhichDays(t *testing.T) {
	open := func(due time.Time) *data.LogEntry {
		return &data.LogEntry{Request: data.Request{Status: data.StatusOpen}, Due: due.Format(time.DateOnly)}
	}
	answered := &data.LogEntry{Request: data.Request{Status: data.StatusAnswered, Received: "2026-11-01", AnsweredOn: "2026-11-02"}, Due: "2026-12-01"}
	tests := []struct {
		e    *data.LogEntry
		lang string
		want string
	}{
		{answered, "fi", "Vastattu 2.11.2026 (1 päivässä)"},
		{answered, "en", "Answered 2 Nov 2026 (in 1 day)"},
		{open(today.AddDate(0, 0, 1)), "fi", "Avoin, 1 päivä jäljellä"},
		{open(today.AddDate(0, 0, 10)), "sv", "Öppen, 10 dagar kvar"},
		{open(today), "en", "Open, due today"},
		{open(today.AddDate(0, 0, -1)), "en", "Open, 1 day overdue"},
		{open(today.AddDate(0, 0, -3)), "fi", "Avoin, 3 päivää myöhässä"},
	}
	for _, tc := range tests {
		if got := statusText(tc.e, tc.e.TimingOn(today), tc.lang); got != tc.want {
			t.Errorf("%s: statusText = %q, want %q", tc.lang, got, tc.want)
		}
	}
}

// TestKeepMonthsAgree: the retention period of one month is singular, of
// two plural, in every language.
func TestKeepMonthsAgree(t *testing.T) {
	for _, c := range []struct {
		lang   string
		months int
		want   string
	}{
		{"fi", 1, "säilytetään 1 kuukausi vastaamisen jälkeen"},
		{"fi", 2, "säilytetään 2 kuukautta vastaamisen jälkeen"},
		{"sv", 1, "sparas i 1 månad efter svaret"},
		{"sv", 2, "sparas i 2 månader efter svaret"},
		{"en", 1, "kept for 1 month after they were answered"},
		{"en", 2, "kept for 2 months after they were answered"},
	} {
		p := Log(LogInput{Lang: c.lang, From: "2026-11-01", To: "2026-11-30", Today: today, RetentionMonths: c.months}).PlainText()
		if !strings.Contains(p, c.want) {
			t.Errorf("%s %d: %q missing from\n%s", c.lang, c.months, c.want, p)
		}
	}
}

// TestSummarySaysLate: the one-request summary of an answer given after
// its due date says by how many days, in each language.
func TestSummarySaysLate(t *testing.T) {
	e := &data.LogEntry{Request: data.Request{Ref: "2026-002", Received: "2026-03-03", Status: data.StatusAnswered,
		AnsweredOn: "2026-04-09", Outcome: "Tiedot poistettu", Rights: []data.Right{data.RightErasure}}, Due: "2026-04-07"}
	for lang, want := range map[string]string{
		"fi":    "Suljettu, vastattu 37 päivässä, 2 pv myöhässä",
		"sv":    "Avslutad, besvarad på 37 dagar, 2 dagar försenad",
		"en":    "Closed, answered in 37 days, 2 days overdue",
		"en-GB": "Due date: 7 April 2026",
	} {
		p := Summary(SummaryInput{Lang: lang, Org: data.Organisation{Name: "Kirkas Oy"}, Entry: e, Today: today}).PlainText()
		if !strings.Contains(p, want) {
			t.Errorf("%s: %q missing from\n%s", lang, want, p)
		}
	}
}
