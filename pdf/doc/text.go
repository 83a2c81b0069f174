package doc

import "strings"

type textBuilder struct{ strings.Builder }

func (b *textBuilder) line(s string) {
	if s == "" {
		return
	}
	b.WriteString(s)
	b.WriteByte('\n')
}

func (b *textBuilder) section(s Section) {
	b.line(strings.TrimSpace(s.Number + " " + s.Title))
	b.blocks(s.Blocks)
	for _, sub := range s.Subsections {
		b.section(sub)
	}
}

func (b *textBuilder) blocks(bs []Block) {
	for _, bl := range bs {
		switch x := bl.(type) {
		case Paragraph:
			b.line(x.Text)
		case Note:
			b.line(x.Text)
		case List:
			for _, it := range x.Items {
				b.line("- " + it)
			}
		case Facts:
			for _, r := range x.Rows {
				b.line(r.Label + ": " + r.Value)
			}
		case Table:
			b.line(strings.Join(x.Header, " | "))
			err := x.EachRow(func(r []string) error {
				b.line(strings.Join(r, " | "))
				return nil
			})
			if err != nil {
				b.line("[" + err.Error() + "]") // plain text has no error to return
			}
		case Signature:
			for _, p := range x.Parties {
				b.line(p.Heading)
				for _, l := range p.Lines {
					b.line(strings.TrimSpace(l.Label + " " + l.Value))
				}
			}
		}
	}
}
