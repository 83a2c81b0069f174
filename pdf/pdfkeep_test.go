package pdf

import (
	"fmt"
	"testing"

	"tietosuojapakki/pdf/doc"
)

// longList is a list taller than keepTogether, so that it may be split.
func longList(n int) doc.List {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("Henkilöryhmä %d", i+1)
	}
	return doc.List{Items: items}
}

func longTable(n int) doc.Table {
	t := doc.Table{Header: []string{"Tieto", "Peruste"}}
	for i := range n {
		t.Rows = append(t.Rows, []string{fmt.Sprintf("Rivi %d", i+1), "Sopimus"})
	}
	return t
}

// TestLeadInKeptWithWhatFollows pushes a lead-in line ("…tietoja:")
// through every position near a page foot: it must share its page with
// at least the first two lines of its list or table, and a heading with
// the first two lines of its list.
func TestLeadInKeptWithWhatFollows(t *testing.T) {
	const leadIn = "Rekisterissä on seuraavien henkilöiden tietoja:"
	for _, c := range []struct {
		name         string
		follows      doc.Block
		first, other string
	}{
		{"list", longList(20), "Henkilöryhmä 1", "Henkilöryhmä 2"},
		{"table", longTable(30), "Rivi 1", "Rivi 2"},
	} {
		for n := 36; n <= 50; n++ {
			d := &doc.Document{Sections: []doc.Section{
				{Number: "1", Title: "Alku", Blocks: []doc.Block{filler(n), doc.Paragraph{Text: leadIn}, c.follows}},
			}}
			pages := pageTexts(t, render(t, d))
			l, a, b := pageOf(pages, leadIn), pageOf(pages, c.first+" "), pageOf(pages, c.other+" ")
			if l < 0 || l != a || l != b {
				t.Errorf("%s, filler %d: lead-in on page %d, first lines on %d and %d", c.name, n, l, a, b)
			}
		}
	}
	for n := 36; n <= 50; n++ {
		d := &doc.Document{Sections: []doc.Section{
			{Number: "1", Title: "Alku", Blocks: []doc.Block{filler(n)}},
			{Number: "2", Title: "Henkilöryhmät", Blocks: []doc.Block{longList(20)}},
		}}
		pages := pageTexts(t, render(t, d))
		h, a, b := pageOf(pages, "2 Henkilöryhmät"), pageOf(pages, "Henkilöryhmä 1 "), pageOf(pages, "Henkilöryhmä 2 ")
		if h < 0 || h != a || h != b {
			t.Errorf("heading, filler %d: heading on page %d, first items on %d and %d", n, h, a, b)
		}
	}
}
