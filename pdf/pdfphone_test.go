package pdf

import (
	"strings"
	"testing"

	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

func TestKeepPhones(t *testing.T) {
	const nb = "\u00a0"
	for _, c := range []struct{ in, want string }{
		{"Soita +358 40 123 4567 arkisin.", "Soita +358" + nb + "40" + nb + "123" + nb + "4567 arkisin."},
		{"puh. 040 123 4567, fax 09-123 456", "puh. 040" + nb + "123" + nb + "4567, fax 09-123" + nb + "456"},
		{"(09) 123 4567", "(09)" + nb + "123" + nb + "4567"},
		{"2026-001 31.1.2026 Vastattu", "2026-001 31.1.2026 Vastattu"},
		{"Saapui 1.10.2026 ja 0 31.12.2026", "Saapui 1.10.2026 ja 0 31.12.2026"},
		{"5 pyyntöä, 2 avoinna", "5 pyyntöä, 2 avoinna"},
		{"Säilytys 10 vuotta 2026", "Säilytys 10 vuotta 2026"},
	} {
		if got := keepPhones(c.in); got != c.want {
			t.Errorf("keepPhones(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPhoneNumberNeverBroken moves a phone number across the line end of a
// paragraph and of a facts value: the number reads back on one line.
func TestPhoneNumberNeverBroken(t *testing.T) {
	const phone = "+358 40 123 4567"
	for k := 0; k < 14; k++ {
		pad := strings.Repeat("sana ", 14+k)
		d := &doc.Document{Sections: []doc.Section{{Number: "1", Title: "Yhteystiedot", Blocks: []doc.Block{
			doc.Paragraph{Text: pad + "Soita numeroon " + phone + " arkisin."},
			doc.Facts{Rows: []doc.Fact{{Label: "Puhelin", Value: strings.Repeat("x ", 2*k) + phone}}},
		}}}}
		text := strings.ReplaceAll(pdftest.Text(t, render(t, d)), "\u00a0", " ")
		n := 0
		for _, line := range strings.Split(text, "\n") {
			n += strings.Count(line, phone)
		}
		if n != 2 {
			t.Errorf("pad %d: the number is on one line %d times of 2:\n%s", k, n, text)
		}
	}
}
