package terms

import (
	"strconv"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// roles are the words naming the customer's and our role on the page.
var roles = map[string][2]string{
	"fi": {"rekisterinpitäjiä", "henkilötietojen käsittelijä"},
	"sv": {"personuppgiftsansvariga", "personuppgiftsbiträde"},
	"en": {"controllers", "processor"},
}

func TestPractices(t *testing.T) {
	for _, path := range examples {
		a := load(t, path)
		pt := a.ProcessorTerms
		for _, lang := range langs {
			d := Practices(a, Options{Lang: lang, Date: fixedDate})
			text := d.PlainText()
			what := path + " " + lang
			if d.Title != PracticesTitle(lang) || d.Meta.Author != a.Organisation.Name || !strings.Contains(d.Footer, formatDate(fixedDate, lang)) {
				t.Errorf("%s: frame %q %+v %q", what, d.Title, d.Meta, d.Footer)
			}
			for _, s := range []string{roles[lang][0], roles[lang][1], pt.SupportEmail, pt.SupportPhone,
				pt.ServiceName, a.Organisation.Name, a.Organisation.PrivacyContact.Name,
				vocab.Label(vocab.Locations, pt.DataLocation, lang)} {
				mustContain(t, text, s, what)
			}
			for _, s := range pt.SubProcessors {
				mustContain(t, text, s.Name+": "+s.Service, what+" sub-processor")
			}
			for _, code := range pt.SecurityMeasures {
				mustContain(t, text, vocab.Label(vocab.SecurityMeasures, code, lang), what+" measure")
			}
			mustContain(t, text, strconv.Itoa(pt.BreachNoticeHours), what+" breach hours")
			// Both examples have a customer register: its data is named.
			reg := customerRegister(a.Registers)
			if reg == nil {
				t.Fatalf("%s: no customer register found", what)
			}
			mustContain(t, text, reg.Name, what)
			for _, c := range reg.DataCategories {
				if strings.TrimSpace(c.Name) != "" {
					mustContain(t, text, "- "+c.Name, what+" own data")
				}
			}
			if strings.Contains(text, textsFor(lang).POwnGeneral) {
				t.Errorf("%s: general sentence despite a customer register", what)
			}
		}
	}
}

func TestPracticesWithoutCustomerRegister(t *testing.T) {
	a := loadExample(t)
	a.Registers = []data.Register{{Name: "Uutiskirjeen tilaajat", DataCategories: []data.DataCategory{{Name: "Sähköpostiosoite"}}}}
	for _, lang := range langs {
		text := Practices(a, Options{Lang: lang}).PlainText()
		mustContain(t, text, textsFor(lang).POwnGeneral, lang)
		if strings.Contains(text, "Sähköpostiosoite") {
			t.Errorf("%s: another register's data listed as our own", lang)
		}
	}
}

func TestCustomerRegister(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{[]string{"Uutiskirje", "Asiakasrekisteri"}, "Asiakasrekisteri"},
		{[]string{"Kundregister"}, "Kundregister"},
		{[]string{"Customer accounts"}, "Customer accounts"},
		{[]string{"Työnhakijat", "Uutiskirje"}, ""},
		{nil, ""},
	}
	for _, tc := range tests {
		var regs []data.Register
		for _, n := range tc.names {
			regs = append(regs, data.Register{Name: n})
		}
		got := ""
		if r := customerRegister(regs); r != nil {
			got = r.Name
		}
		if got != tc.want {
			t.Errorf("customerRegister(%v) = %q, want %q", tc.names, got, tc.want)
		}
	}
}
