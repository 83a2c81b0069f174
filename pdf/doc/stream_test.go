package doc

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// streamed is a table of rows given rows, then n streamed ones, the
// stream failing with fail after them when fail is set.
func streamed(rows [][]string, n int, fail error) Table {
	return Table{Header: []string{"Tunnus", "Nimi"}, Rows: rows, Stream: func(row func([]string) error) error {
		for i := range n {
			if err := row([]string{fmt.Sprintf("2026-%03d", i+1), fmt.Sprintf("Asiakas %d", i)}); err != nil {
				return err
			}
		}
		return fail
	}}
}

// TestStreamedTable: a streamed table gives its held rows first, then its
// streamed ones, to the plain text and to Gathered (which leaves the
// document as it was); a failing stream is an error of Gathered and a
// bracketed line of the text.
func TestStreamedTable(t *testing.T) {
	broken := errors.New("levy irrotettu")
	for _, c := range []struct {
		name  string
		table Table
		want  []string // rows of the text, in order
		err   error
	}{
		{"held only", Table{Header: []string{"Tunnus", "Nimi"}, Rows: [][]string{{"2025-009", "Vanha"}}}, []string{"2025-009 | Vanha"}, nil},
		{"held then streamed", streamed([][]string{{"2025-009", "Vanha"}}, 2, nil), []string{"2025-009 | Vanha", "2026-001 | Asiakas 0", "2026-002 | Asiakas 1"}, nil},
		{"streamed, failing", streamed(nil, 1, broken), []string{"2026-001 | Asiakas 0", "[levy irrotettu]"}, broken},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &Document{Lang: "fi", Title: "Loki", Sections: []Section{{Number: "1", Title: "Pyynnöt", Blocks: []Block{c.table}}}}
			text := d.PlainText()
			if got := strings.Join(c.want, "\n"); !strings.Contains(text, "Tunnus | Nimi\n"+got) {
				t.Errorf("text %q lacks %q", text, got)
			}
			g, err := d.Gathered()
			if !errors.Is(err, c.err) {
				t.Fatalf("Gathered: %v, want %v", err, c.err)
			}
			if err != nil {
				return
			}
			gt := g.Sections[0].Blocks[0].(Table)
			if gt.Stream != nil || len(gt.Rows) != len(c.want) || g.PlainText() != text {
				t.Errorf("gathered %d rows (stream left: %v)", len(gt.Rows), gt.Stream != nil)
			}
			if orig := d.Sections[0].Blocks[0].(Table); len(orig.Rows) != len(c.table.Rows) {
				t.Errorf("Gathered changed the document: %d rows", len(orig.Rows))
			}
		})
	}
}
