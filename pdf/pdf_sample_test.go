package pdf

import (
	"fmt"
	"strings"

	"tietosuojapakki/pdf/doc"
)

// sampleDoc exercises every block type once, in a short document.
func sampleDoc() *doc.Document {
	return &doc.Document{
		Lang:      "fi",
		Title:     "Tietosuojaseloste",
		Subtitle:  "Esimerkki Oy – asiakasrekisteri",
		Header:    "Esimerkki Oy · Tietosuojaseloste",
		Footer:    "Päivitetty 15.3.2026",
		PageLabel: "Sivu %d / %d",
		Meta: doc.Meta{
			Title:    "Tietosuojaseloste – Esimerkki Oy",
			Author:   "Esimerkki Oy",
			Subject:  "Asiakasrekisterin tietosuojaseloste",
			Keywords: "tietosuoja, seloste",
			Creator:  "Tietosuojapakki",
		},
		Intro: []doc.Block{
			doc.Paragraph{Text: "Tässä selosteessa kerromme, mitä henkilötietoja käsittelemme, miksi ja kuinka kauan. Kerromme myös, miten voit käyttää oikeuksiasi."},
		},
		Sections: []doc.Section{
			{Number: "1", Title: "Rekisterinpitäjä", Blocks: []doc.Block{
				doc.Facts{Rows: []doc.Fact{
					{Label: "Nimi", Value: "Esimerkki Oy"},
					{Label: "Y-tunnus", Value: "1234567-8"},
					{Label: "Osoite", Value: "Esimerkkikatu 1 A 2, 00100 Helsinki"},
					{Label: "Yhteyshenkilö tietosuoja-asioissa", Value: "Maija Meikäläinen, maija@esimerkki.fi, 040 123 4567"},
				}},
			}},
			{Number: "2", Title: "Käsittelyn tarkoitukset ja oikeusperusteet", Blocks: []doc.Block{
				doc.Paragraph{Text: "Käsittelemme tietojasi alla olevissa tarkoituksissa. Jokaisella tarkoituksella on oma oikeusperusteensa."},
				doc.Table{
					Header: []string{"Tarkoitus", "Oikeusperuste", "Säilytysaika"},
					Widths: []float64{2, 2, 1.4},
					Rows: [][]string{
						{"Tilausten toimittaminen ja laskutus", "Sopimus (6 artiklan 1 kohdan b alakohta)", "6 vuotta"},
						{"Kirjanpito", "Lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)", "10 vuotta tilikauden päättymisestä"},
						{"Uutiskirje", "Suostumus (6 artiklan 1 kohdan a alakohta)", "Kunnes peruutat suostumuksen"},
					},
				},
				doc.Note{Text: "Voit peruuttaa suostumuksesi milloin tahansa. Peruutus ei vaikuta aiemman käsittelyn lainmukaisuuteen."},
			}, Subsections: []doc.Section{
				{Number: "2.1", Title: "Oikeutettu etu", Blocks: []doc.Block{
					doc.Paragraph{Text: "Lähetämme nykyisille asiakkaille tarjouksia oikeutetun edun perusteella. Voit vastustaa tätä milloin tahansa."},
				}},
			}},
			{Number: "3", Title: "Oikeutesi", Blocks: []doc.Block{
				doc.List{Items: []string{
					"Oikeus saada pääsy tietoihisi (15 artikla)",
					"Oikeus tietojen oikaisemiseen (16 artikla)",
					"Oikeus tietojen poistamiseen (17 artikla)",
				}},
				doc.List{Ordered: true, Items: []string{
					"Lähetä pyyntö sähköpostilla.",
					"Vastaamme kuukauden kuluessa.",
				}},
			}},
			{Number: "4", Title: "Allekirjoitukset", Blocks: []doc.Block{
				doc.Signature{Parties: []doc.Party{
					{Heading: "Rekisterinpitäjä", Lines: []doc.SignLine{
						{Label: "Paikka ja aika"},
						{Label: "Allekirjoitus"},
						{Label: "Nimenselvennys", Value: "Maija Meikäläinen"},
					}},
					{Heading: "Käsittelijä", Lines: []doc.SignLine{
						{Label: "Paikka ja aika"},
						{Label: "Allekirjoitus"},
						{Label: "Nimenselvennys"},
					}},
				}},
			}},
		},
	}
}

// longDoc is a notice-sized document (two registers, about eight pages).
func longDoc(sections int) *doc.Document {
	d := sampleDoc()
	d.Watermark = "LUONNOS"
	para := strings.Repeat("Käsittelemme vain niitä tietoja, joita tarvitsemme palvelun tuottamiseen. ", 6)
	for i := 5; i < 5+sections; i++ {
		n := fmt.Sprint(i)
		s := doc.Section{Number: n, Title: "Osio " + n + " – rekisterin tiedot", Blocks: []doc.Block{
			doc.Paragraph{Text: para},
			doc.List{Items: []string{"Nimi ja yhteystiedot", "Tilaushistoria", "Laskutustiedot ja maksutapa"}},
			doc.Facts{Rows: []doc.Fact{{Label: "Rekisteröidyt", Value: "Asiakkaat ja asiakkaiden yhteyshenkilöt"}, {Label: "Tietolähteet", Value: "Rekisteröity itse, verkkokaupan tilauslomake"}}},
		}, Subsections: []doc.Section{
			{Number: n + ".1", Title: "Vastaanottajat", Blocks: []doc.Block{
				doc.Table{Header: []string{"Vastaanottaja", "Tehtävä", "Sijainti"}, Rows: [][]string{
					{"Kirjanpitotoimisto Oy", "Kirjanpito", "Suomi"},
					{"Pilvipalvelu Ltd", "Tallennus ja varmuuskopiot", "EU/ETA"},
					{"Postituspalvelu Ab", "Uutiskirjeet", "Ruotsi"},
				}},
				doc.Paragraph{Text: para},
			}},
		}}
		d.Sections = append(d.Sections, s)
	}
	return d
}
