// Command pdf is the floor of the `notice` command in `make bench`: a bare
// gofpdf program that registers the same three embedded DejaVu Sans fonts
// as the product (pdf/pdffonts.go: regular, bold, oblique) and draws a
// document of the size of the example company's notice (8 A4 pages,
// about 1,600 words, headings in bold, text in regular, a note in
// italic, "Sivu N / M" in the footer), compressed as gofpdf does by
// default, to the file named by its argument.
//
// Font parsing and subsetting are most of the product's time too, so the
// ratio shows what the product adds on top of the library. Until issue 16
// the floor drew one page of 540 words: gofpdf's work per page (a zlib
// stream, about 1 MB allocated, each) and per word of the eight-page
// notice was then counted as the product's own.
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

// pages is the length of the example company's notice (scripts/bench.sh
// makes it of data/datatest/answers-example.json).
const pages = 8

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pdf OUT.pdf")
		os.Exit(2)
	}
	p := gofpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes("DejaVu", "", dejavusans.TTF)
	p.AddUTF8FontFromBytes("DejaVu", "B", dejavusansbold.TTF)
	p.AddUTF8FontFromBytes("DejaVu", "I", dejavusansoblique.TTF)
	p.AliasNbPages("")
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont("DejaVu", "", 8)
		p.CellFormat(0, 5, fmt.Sprintf("Sivu %d / {nb}", p.PageNo()), "", 0, "R", false, 0, "")
	})
	for i := 1; i <= pages; i++ {
		p.AddPage()
		p.SetFont("DejaVu", "B", 13)
		p.CellFormat(0, 8, fmt.Sprintf("%d Rekisterinpitäjä ja yhteystiedot", i), "", 1, "L", false, 0, "")
		p.SetFont("DejaVu", "", 10)
		p.MultiCell(0, 5, strings.Repeat(text+" ", 2), "", "L", false)
		p.Ln(3)
		p.SetFont("DejaVu", "I", 10)
		p.MultiCell(0, 5, text, "", "L", false)
	}
	if err := p.OutputFileAndClose(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
