package audit

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestPurposeTables: a notice that puts its purposes in a table (purpose
// | legal basis | retention) gives one purpose per row, with the basis
// cell as that purpose's legal basis and the retention cell as a
// retention rule: a basis or retention cell is never a purpose of its
// own, whatever the file type turned the table into.
func TestPurposeTables(t *testing.T) {
	fiRows := [][]string{
		{"Tarkoitus", "Oikeusperuste", "Säilytysaika"},
		{"Tilausten käsittely ja toimitus", "Sopimus, 6 artiklan 1 kohdan b alakohta", "2 vuotta viimeisestä tilauksesta"},
		{"Uutiskirjeen lähettäminen", "Suostumus, 6 artiklan 1 kohdan a alakohta", "Kunnes suostumus perutaan"},
		{"Kirjanpito", "Lakisääteinen velvoite, 6 artiklan 1 kohdan c alakohta, Kirjanpitolaki (1336/1997)", "10 vuotta tilikauden päättymisestä"},
	}
	fiWant := []data.Purpose{
		{Description: "Tilausten käsittely ja toimitus", LegalBasis: data.BasisContract},
		{Description: "Uutiskirjeen lähettäminen", LegalBasis: data.BasisConsent},
		{Description: "Kirjanpito", LegalBasis: data.BasisLegalObligation, Law: "Kirjanpitolaki (1336/1997)"},
	}
	fiRet := []data.RetentionRule{
		{Data: "Tilausten käsittely ja toimitus", Period: "2 vuotta viimeisestä tilauksesta"},
		{Data: "Uutiskirjeen lähettäminen", Period: "Kunnes suostumus perutaan"},
		{Data: "Kirjanpito", Period: "10 vuotta tilikauden päättymisestä"},
	}
	svRows := [][]string{
		{"Ändamål", "Rättslig grund", "Lagringstid"},
		{"Nyhetsbrev", "Samtycke, artikel 6.1 a", "Tills samtycket återkallas"},
		{"Kundrelationen", "Berättigat intresse, artikel 6.1 f", "2 år"},
	}
	svWant := []data.Purpose{
		{Description: "Nyhetsbrev", LegalBasis: data.BasisConsent},
		{Description: "Kundrelationen", LegalBasis: data.BasisLegitimateInterests},
	}
	svRet := []data.RetentionRule{{Data: "Nyhetsbrev", Period: "Tills samtycket återkallas"}, {Data: "Kundrelationen", Period: "2 år"}}
	enRows := [][]string{
		{"Purpose", "Legal basis", "Retention"},
		{"Sending the newsletter", "Consent, Article 6(1)(a)", "Until consent is withdrawn"},
		{"Delivering orders", "Contract, Article 6(1)(b)", "3 years"},
	}
	enWant := []data.Purpose{
		{Description: "Sending the newsletter", LegalBasis: data.BasisConsent},
		{Description: "Delivering orders", LegalBasis: data.BasisContract},
	}
	enRet := []data.RetentionRule{{Data: "Sending the newsletter", Period: "Until consent is withdrawn"}, {Data: "Delivering orders", Period: "3 years"}}

	fiHead := "Tietosuojaseloste\n\nRekisterinpitäjä\nKauppa Oy, Kauppakatu 1, 00100 Helsinki\n\nKäsittelyn tarkoitukset ja oikeusperusteet\n"
	svHead := "Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nHandel Ab, Handelsgatan 1, 65100 Vasa\n\nÄndamål och rättslig grund\n"
	enHead := "Privacy notice\n\nController\nTrade Oy, Trade Street 1, 00100 Helsinki\n\nPurposes and legal bases\n"
	cases := []struct {
		name    string
		file    string
		b       []byte
		want    []data.Purpose
		wantRet []data.RetentionRule
	}{
		{"fi html", "n.html", htmlTable(fiHead, fiRows, false), fiWant, fiRet},
		{"fi html paragraphs in cells", "n.html", htmlTable(fiHead, fiRows, true), fiWant, fiRet},
		{"sv html", "n.html", htmlTable(svHead, svRows, false), svWant, svRet},
		{"en html paragraphs in cells", "n.html", htmlTable(enHead, enRows, true), enWant, enRet},
		{"fi docx", "n.docx", mustMake(t, makeDOCX, fiHead, fiRows), fiWant, fiRet},
		{"sv odt", "n.odt", mustMake(t, makeODT, svHead, svRows), svWant, svRet},
		{"en docx", "n.docx", mustMake(t, makeDOCX, enHead, enRows), enWant, enRet},
		{"fi tabs", "n.txt", []byte(fiHead + joinRows(fiRows, "\t")), fiWant, fiRet},
		{"fi pipes", "n.txt", []byte(fiHead + joinRows(fiRows, " | ")), fiWant, fiRet},
		{"sv markdown", "n.txt", []byte(svHead + markdown(svRows)), svWant, svRet},
		{"en pipes", "n.txt", []byte(enHead + joinRows(enRows, " | ")), enWant, enRet},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, err := Extract(c.file, c.b)
			if err != nil {
				t.Fatal(err)
			}
			f := Answers(text)
			if len(f.Registers) != 1 {
				t.Fatalf("%d registers from:\n%s", len(f.Registers), text)
			}
			r := f.Registers[0]
			if !reflect.DeepEqual(r.Purposes, c.want) {
				t.Errorf("purposes\n got %+v\nwant %+v\nfrom:\n%q", r.Purposes, c.want, text)
			}
			if !reflect.DeepEqual(r.Retention, c.wantRet) {
				t.Errorf("retention\n got %+v\nwant %+v", r.Retention, c.wantRet)
			}
			for _, fd := range Audit(text, "en").Findings {
				if fd.Code == "missing_retention" {
					t.Errorf("the periods of the table not seen: %+v", fd)
				}
			}
		})
	}
}

// TestBasisLinesNotPurposes: a line that only states a legal basis, as a
// table cell read back on its own line or a template's list gives it, is
// never a purpose, also when the purpose above already has a basis or the
// line is long; a bare retention period is no purpose either.
func TestBasisLinesNotPurposes(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []data.Purpose
	}{
		{"basis after a purpose that has one",
			"Käsittelyn tarkoitus\nAsiakassuhteen hoito sopimuksen perusteella\nSopimus, 6 artiklan 1 kohdan b alakohta\n",
			[]data.Purpose{{Description: "Asiakassuhteen hoito sopimuksen perusteella", LegalBasis: data.BasisContract}}},
		{"long basis cell",
			"Käsittelyn tarkoitus\nMarkkinointi\nOikeutettu etu, 6 artiklan 1 kohdan f alakohta (asiakassuhde)\n",
			[]data.Purpose{{Description: "Markkinointi", LegalBasis: data.BasisLegitimateInterests}}},
		{"article first",
			"Käsittelyn tarkoitus\nUutiskirje\n6 artiklan 1 kohdan a alakohta (suostumus)\n",
			[]data.Purpose{{Description: "Uutiskirje", LegalBasis: data.BasisConsent}}},
		{"data subject's consent",
			"Käsittelyn tarkoitus\nUutiskirje\nRekisteröidyn suostumus\n",
			[]data.Purpose{{Description: "Uutiskirje", LegalBasis: data.BasisConsent}}},
		{"legal obligation with its act en",
			"Purposes\nBookkeeping\nLegal obligation, Article 6(1)(c), Accounting Act (1336/1997)\n",
			[]data.Purpose{{Description: "Bookkeeping", LegalBasis: data.BasisLegalObligation, Law: "Accounting Act (1336/1997)"}}},
		{"GDPR article first en",
			"Purposes\nNewsletter\nArt. 6(1)(a) GDPR – consent of the data subject\n",
			[]data.Purpose{{Description: "Newsletter", LegalBasis: data.BasisConsent}}},
		{"sv basis after purpose with basis",
			"Ändamål\nFakturering enligt avtalet\nAvtal, artikel 6.1 b i dataskyddsförordningen\n",
			[]data.Purpose{{Description: "Fakturering enligt avtalet", LegalBasis: data.BasisContract}}},
		{"retention line is no purpose",
			"Käsittelyn tarkoitus\nUutiskirje\nKunnes suostumus perutaan\n2 vuotta\n",
			[]data.Purpose{{Description: "Uutiskirje"}}},
		{"basis in brackets after the purpose",
			"Käsittelyn tarkoitus\n- Asiakassuhteen hoito (sopimus)\n- Suoramarkkinointi (oikeutettu etu)\n- Markkinointi (kun asiakas on suostunut)\n",
			[]data.Purpose{{Description: "Asiakassuhteen hoito (sopimus)", LegalBasis: data.BasisContract},
				{Description: "Suoramarkkinointi (oikeutettu etu)", LegalBasis: data.BasisLegitimateInterests},
				{Description: "Markkinointi (kun asiakas on suostunut)"}}},
		{"a table row read back from a PDF, with its period",
			"Käsittelyn tarkoitus\nTarkoitus Oikeusperuste Säilytysaika\nTilausten käsittely Sopimus, 6 artiklan 1 kohdan b alakohta 2 vuotta viimeisestä tilauksesta\nUutiskirje Suostumus, 6 artiklan 1 kohdan a alakohta Kunnes suostumus perutaan\nNewsletter Consent, Article 6(1)(a) Until consent is withdrawn\n",
			[]data.Purpose{{Description: "Tilausten käsittely", LegalBasis: data.BasisContract}, {Description: "Uutiskirje", LegalBasis: data.BasisConsent},
				{Description: "Newsletter", LegalBasis: data.BasisConsent}}},
		{"bases with their purposes in brackets are no purpose",
			"Purpose of processing\nManaging bookings of guided tours\n\nLegal basis\nContract (bookings), legal obligation (invoicing) and legitimate interest (offers).\n",
			[]data.Purpose{{Description: "Managing bookings of guided tours"}}},
		{"two bases in one line are none of the purposes",
			"Ändamål\nKundservice\nAvtal och samtycke\n",
			[]data.Purpose{{Description: "Kundservice"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := Answers(c.text)
			var got []data.Purpose
			if len(f.Registers) > 0 {
				got = f.Registers[0].Purposes
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func joinRows(rows [][]string, sep string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, sep) + "\n")
	}
	return b.String()
}

func markdown(rows [][]string) string {
	var b strings.Builder
	for i, r := range rows {
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		if i == 0 {
			b.WriteString(strings.Repeat("|---", len(r)) + "|\n")
		}
	}
	return b.String()
}

// htmlTable writes head as paragraphs and rows as a table, the cells'
// text in <p> elements when paras is set (as WordPress and Word write).
func htmlTable(head string, rows [][]string, paras bool) []byte {
	var b strings.Builder
	b.WriteString("<html><body>\n")
	for _, l := range strings.Split(strings.TrimSpace(head), "\n") {
		if l != "" {
			b.WriteString("<p>" + xmlEscape(l) + "</p>\n")
		}
	}
	b.WriteString("<table>\n")
	for i, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			tag := "td"
			if i == 0 {
				tag = "th"
			}
			if paras {
				c = "\n<p>" + xmlEscape(c) + "</p>\n"
			} else {
				c = xmlEscape(c)
			}
			b.WriteString("<" + tag + ">" + c + "</" + tag + ">")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n</body></html>\n")
	return []byte(b.String())
}

func mustMake(t *testing.T, mk func([]string) ([]byte, error), head string, rows [][]string) []byte {
	t.Helper()
	lines := strings.Split(head+joinRows(rows, "\t"), "\n")
	b, err := mk(lines)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFactsInText: every fact read from a notice of the corpus stands in
// its text word for word (spaces aside): nothing is made up or run
// together from two places. Only the forms the answers format fixes are
// left out: the https:// of a "www." address, a Y-tunnus's leading zero,
// the country's name, codes and flags.
func TestFactsInText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	for _, path := range files {
		text, err := ExtractFile(path)
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.ToLower(strings.Join(strings.Fields(text), " "))
		a := Answers(text).Answers
		facts := factsOf(a)
		o := a.Organisation
		facts = append(facts, o.Email, o.Phone, o.PostalCode, strings.TrimPrefix(o.BusinessID, "0"), strings.TrimPrefix(o.Website, "https://"),
			o.PrivacyContact.Email, o.PrivacyContact.Phone)
		for _, p := range a.Processors {
			facts = append(facts, p.Name, p.Service)
		}
		for _, r := range a.Registers {
			for _, x := range r.Transfers {
				facts = append(facts, x.Recipient)
			}
			for _, pu := range r.Purposes {
				facts = append(facts, pu.LegitimateInterest)
			}
		}
		for _, f := range facts {
			// Lower case: a register's name from a title gets its capital.
			if f = strings.ToLower(strings.Join(strings.Fields(f), " ")); f != "" && !strings.Contains(flat, f) {
				t.Errorf("%s: %q is not in the text", filepath.Base(path), f)
			}
		}
	}
}

// TestRecipientTables: a table of recipients or processors is read by
// its header's columns (the processor's name may stand in the second),
// or name first without one; a row's cells are never run together into
// one name or service.
func TestRecipientTables(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		recs  []data.Recipient
		procs []data.Processor
	}{
		{"service column first fi",
			"Henkilötietojen käsittelijät\nPalvelu\tKäsittelijä\tSijainti\nAjanvarausjärjestelmä\tTimma Oy\tSuomi\nKirjanpito\tTilitoimisto Laskelma Oy\tSuomi\n",
			[]data.Recipient{}, []data.Processor{{ID: "p1", Name: "Timma Oy", Service: "Ajanvarausjärjestelmä"}, {ID: "p2", Name: "Tilitoimisto Laskelma Oy", Service: "Kirjanpito"}}},
		{"recipients with processors en",
			"Recipients\nRecipient\tPurpose\tLocation\nGitHub Inc.\tSource code hosting (processor)\tUnited States\nPosti Oy\tParcel delivery\tFinland\n",
			[]data.Recipient{{Name: "Posti Oy", Reason: "Parcel delivery"}}, []data.Processor{{ID: "p1", Name: "GitHub Inc.", Service: "Source code hosting"}}},
		{"no header fi",
			"Tietojen luovutukset\nPosti Oy\tpakettien toimitus\n",
			[]data.Recipient{{Name: "Posti Oy", Reason: "pakettien toimitus"}}, nil},
		{"pipes sv",
			"Personuppgiftsbiträden\n| Biträde | Tjänst |\n|---|---|\n| Visma Ab | Lönehantering |\n",
			[]data.Recipient{}, []data.Processor{{ID: "p1", Name: "Visma Ab", Service: "Lönehantering"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := Answers(c.text)
			if len(f.Registers) != 1 {
				t.Fatalf("%d registers", len(f.Registers))
			}
			if got := f.Registers[0].Recipients; !reflect.DeepEqual(got, c.recs) {
				t.Errorf("recipients\n got %+v\nwant %+v", got, c.recs)
			}
			if got := f.Processors; !reflect.DeepEqual(got, c.procs) && (len(got) > 0 || len(c.procs) > 0) {
				t.Errorf("processors\n got %+v\nwant %+v", got, c.procs)
			}
		})
	}
}
