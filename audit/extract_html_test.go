package audit

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestExtractHTMLTables: a page laid out as a table of "label | text"
// rows reads as headings and their text; rows of data stay on one line,
// also when the page leaves out its </tr> and </td>.
func TestExtractHTMLTables(t *testing.T) {
	cases := []struct {
		name, html, want string
	}{
		{"label and text",
			`<table><tr><td><b>4. Käsittelyn tarkoitus</b></td><td>Asiakassuhteen hoitaminen ja laskutus.</td></tr>` +
				`<tr><td><b>1. Rekisterinpitäjä</b></td><td>Verhoomo Pehmo<br>puh. 017 555 0100</td></tr>` +
				`<tr><td>7. Tietojen luovutukset</td><td>Tietoja ei luovuteta.</td></tr></table>`,
			"4. Käsittelyn tarkoitus\nAsiakassuhteen hoitaminen ja laskutus.\n\n1. Rekisterinpitäjä\nVerhoomo Pehmo\npuh. 017 555 0100\n\n" +
				"7. Tietojen luovutukset\nTietoja ei luovuteta."},
		{"a label of a known topic and a short value",
			`<table><tr><td>Rekisterin nimi</td><td>Asiakasrekisteri</td></tr></table>`,
			"Rekisterin nimi\nAsiakasrekisteri"},
		{"rows of data",
			`<table><tr><th>Tieto</th><th>Säilytysaika</th></tr><tr><td>Laskut</td><td>6 vuotta</td></tr><tr><td>Y-tunnus</td><td>0812345-1</td></tr></table>`,
			"Tieto Säilytysaika\n\nLaskut 6 vuotta\n\nY-tunnus 0812345-1"},
		{"end tags left out",
			`<table><tr><td>Nimi<td>Kyllä<tr><td>Osoite<td>Ei</table><p>Loppu.`,
			"Nimi Kyllä\n\nOsoite Ei\n\nLoppu."},
		{"a data row whose cells hold paragraphs and a list",
			`<table><tr><td><p>Paytrail Oyj</p></td><td><p>maksunvälitys</p><ul><li>Suomi</li><li>Ruotsi</li></ul></td></tr></table>`,
			"Paytrail Oyj maksunvälitys; Suomi; Ruotsi"},
		{"a heading right above its text",
			`<h2>Keitä olemme</h2>
<p>Kahvila Oy</p><p>Torikatu 3</p><h3>Listat</h3><ul><li>a</li></ul>`,
			"Keitä olemme\nKahvila Oy\n\nTorikatu 3\n\nListat\n- a"},
		{"a table in a cell",
			`<table><tr><td>Palvelut</td><td><table><tr><td>Laskut</td><td>6 vuotta</td></tr></table></td></tr></table>`,
			"Palvelut Laskut 6 vuotta"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.html", []byte("<html><body>"+c.html+"</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			// A cell ends after a tab or a space, as tidy keeps it.
			if got = strings.ReplaceAll(got, "\t", " "); got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// layoutNotice is one old notice as a table laid out page and as plain
// text: the audit must read the same from both.
var layoutNotice = [][2]string{
	{"1. Rekisterinpitäjä", "Verhoomo Pehmo Oy\nY-tunnus 2345671-3\nPajakatu 3, 70100 Kuopio\nverhoomo@pehmo.fi"},
	{"2. Rekisterin nimi", "Asiakasrekisteri"},
	{"3. Henkilötietojen käsittelyn tarkoitus", "Tilausten toimittaminen, laskutus ja asiakaspalvelu. Tietoja käsitellään asiakkaan suostumuksella."},
	{"4. Rekisterin tietosisältö", "Asiakkaan nimi, osoite, puhelinnumero ja sähköposti."},
	{"5. Säännönmukaiset tietolähteet", "Tiedot saadaan asiakkaalta itseltään."},
	{"6. Tietojen luovutukset", "Tietoja ei luovuteta."},
}

// TestHTMLLayoutTable: the same findings and answers from the table
// layout as from the plain text.
func TestHTMLLayoutTable(t *testing.T) {
	var page, plain strings.Builder
	page.WriteString(`<html><body><h2>REKISTERISELOSTE</h2><table border="1">`)
	plain.WriteString("REKISTERISELOSTE\n")
	for _, row := range layoutNotice {
		page.WriteString(`<tr><td valign="top"><b>` + row[0] + `</b></td><td>` + strings.ReplaceAll(row[1], "\n", "<br>") + `</td></tr>`)
		plain.WriteString(row[0] + "\n" + row[1] + "\n")
	}
	page.WriteString(`</table></body></html>`)
	fromPage, err := Extract("x.html", []byte(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	fromText, err := Extract("x.txt", []byte(plain.String()))
	if err != nil {
		t.Fatal(err)
	}
	a, b := Audit(fromPage, "fi"), Audit(fromText, "fi")
	if !slices.Equal(findingCodes(a), findingCodes(b)) {
		t.Errorf("table layout gives %v, plain text %v", findingCodes(a), findingCodes(b))
	}
	if !slices.Contains(findingCodes(a), "consent_for_contract") {
		t.Errorf("consent for a contract not found in the table layout: %v", findingCodes(a))
	}
	ja, _ := json.Marshal(a.Answers)
	jb, _ := json.Marshal(b.Answers)
	if string(ja) != string(jb) {
		t.Errorf("answers differ:\ntable %s\ntext  %s", ja, jb)
	}
	if len(a.Answers.Registers) == 0 || len(a.Answers.Registers[0].Purposes) == 0 {
		t.Errorf("no purposes read from the table layout: %s", ja)
	}
}

// TestHTMLSiteFooter: the site's footer counts for the tools the site
// uses, but its company and business ID are not the controller's.
func TestHTMLSiteFooter(t *testing.T) {
	notice := `<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Parturi Kampa, Torikatu 1, 80100 Joensuu, kampa@example.fi</p>` +
		`<h2>Evästeet</h2><p>Sivustolla ei käytetä evästeitä.</p>` +
		`<h2>Tietojen siirto</h2><p>Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</p>`
	foot := `<footer><p>Kotisivut: Mainostoimisto Pikseli Oy, Y-tunnus 2901234-7</p><p>Sivusto käyttää Google Analyticsia kävijämäärien seurantaan.</p></footer>`
	for _, c := range []struct{ name, page string }{
		{"footer after main", `<html><body><header>Ajanvaraus</header><main>` + notice + `</main>` + foot + `</body></html>`},
		{"footer of a page without main", `<html><body>` + notice + foot + `</body></html>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := Extract("x.html", []byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			r := Audit(text, "fi")
			if !slices.Contains(r.Answers.Website.AnalyticsTools, "Google Analytics") {
				t.Errorf("the footer's Google Analytics not read: %v", r.Answers.Website.AnalyticsTools)
			}
			for _, code := range []string{"cookie_contradiction", "transfer_contradiction", "missing_controller_identity"} {
				if !slices.Contains(findingCodes(r), code) {
					t.Errorf("%s not found: %v", code, findingCodes(r))
				}
			}
			if id := r.Answers.Organisation.BusinessID; id != "" {
				t.Errorf("the web agency's business ID %s read as the controller's", id)
			}
			for _, f := range r.Findings {
				if f.Quote != "" && !strings.Contains(strings.Join(strings.Fields(text), " "), strings.Trim(f.Quote, "…")) {
					t.Errorf("%s: quote %q not in the text", f.Code, f.Quote)
				}
			}
		})
	}
}

// TestExtractHTMLNestedTables: thousands of tables inside each other read
// in linear time (each nested row copies its text up once more, so only
// a few levels are read as rows); quadratic took minutes.
func TestExtractHTMLNestedTables(t *testing.T) {
	page := strings.Repeat("<table><tr><td>a<td>", 5000) + strings.Repeat("teksti ", 100000)
	start := time.Now()
	text, err := extractHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %v", d)
	}
	if n := strings.Count(text, "teksti"); n != 100000 {
		t.Errorf("%d words of 100000 kept", n)
	}
}
