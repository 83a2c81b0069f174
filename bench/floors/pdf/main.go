// Command pdf is the floor of the `notice` command in `make bench`: a bare
// gofpdf program that registers the same three embedded DejaVu Sans fonts
// as the product (pdf/pdffonts.go: regular, bold, oblique), draws one A4
// page of text in each and writes it to the file named by its argument.
// Font parsing and subsetting are most of the product's time too, so the
// ratio shows what the product adds on top of the library.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"github.com/jung-kurt/gofpdf/v2"
)

// text is a paragraph with the letters of Finnish and Swedish, so that the
// subsets hold about what a notice's do.
const text = "Rekisterinpitäjä käsittelee henkilötietoja sopimuksen perusteella (EU 2016/679, 6 art. 1 b). " +
	"Tietoja säilytetään kuusi vuotta. Rekisteröidyllä on oikeus saada pääsy tietoihinsa, " +
	"oikaista ne ja tehdä valitus tietosuojavaltuutetulle. Personuppgiftsansvarig behandlar " +
	"uppgifter om kunder; den registrerade har rätt att få tillgång till sina uppgifter. " +
	"ÅÄÖ åäö 0123456789 – € § @ % & / ( ) « » “ ” ‘ ’"

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pdf OUT.pdf")
		os.Exit(2)
	}
	p := gofpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("DejaVu", "", dejavusans.TTF)
	p.AddUTF8FontFromBytes("DejaVu", "B", dejavusansbold.TTF)
	p.AddUTF8FontFromBytes("DejaVu", "I", dejavusansoblique.TTF)
	p.AddPage()
	for _, style := range []string{"B", "", "I"} {
		p.SetFont("DejaVu", style, 11)
		p.MultiCell(0, 5.5, strings.Repeat(text+" ", 3), "", "L", false)
		p.Ln(4)
	}
	if err := p.OutputFileAndClose(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
