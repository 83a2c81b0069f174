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
			"Oikeus tietojen poistamiseen 17 2", "Oikeus saada pääsy tietoihin 15 2",
			"2026-001", "2026-002", "2026-003", "2026-004", "2026-005", "Matti Meikäläinen", "Åke Öberg",
			"2.3.2026", "Vastattu 6.2.2026", "Kieltäydytty 10.5.2026", "Avoin, myöhässä", "36 kuukautta"}},
		{"sv", []string{"Logg över begäranden", "Begäranden totalt 5", "Median svarstid 6 dagar", "Rätt till radering 17 2", "2026-005"}},
		{"en", []string{"Log of data subject requests", "Requests in all 5", "Median time to answer 6 days", "Overdue 2", "Right to erasure 17 2", "2026-004"}},
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
		"Oikeus saada pääsy tietoihin (15)", "Kuvallinen henkilökortti", "21.11.2026", "Ensimmäinen kuukausi päättyy 21.12.2026",
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
