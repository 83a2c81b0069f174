package pdf

import (
	"strings"

	"tietosuojapakki/pdf/doc"
)

// Signature block geometry.
const (
	signGap     = 10.0 // between party columns
	signSpace   = 12.0 // room to write above a line
	signLabel   = 7.5  // label size under a line
	signLabelLn = 3.6
	signRowGap  = 6.0 // between rows of parties
)

// signColumns is how many parties stand side by side.
func signColumns(n int) int {
	if n == 4 {
		return 2
	}
	return min(n, 3)
}

// signature draws the parties side by side, each with a heading and
// labelled lines to sign on. The whole block stays on one page.
func (r *renderer) signature(s doc.Signature) {
	if len(s.Parties) == 0 {
		return
	}
	r.ensure(r.signatureHeight(s))
	r.y += 2
	r.signRows(s, true)
}

func (r *renderer) signatureHeight(s doc.Signature) float64 {
	if len(s.Parties) == 0 {
		return 0
	}
	return 2 + r.signRows(s, false)
}

// signRows lays the parties out in rows, drawing them when draw is set, and
// returns the height used. The parties of a row share one layout, so that
// their lines stand level even when one heading or value wraps.
func (r *renderer) signRows(s doc.Signature, draw bool) float64 {
	cols := signColumns(len(s.Parties))
	w := (contentW - signGap*float64(cols-1)) / float64(cols)
	total := 0.0
	for i := 0; i < len(s.Parties); i += cols {
		row := s.Parties[i:min(i+cols, len(s.Parties))]
		var lay signLayout
		for _, p := range row {
			lay.merge(r.partyLayout(p, w))
		}
		h := lay.height()
		if draw {
			r.ensure(h)
			for j, p := range row {
				r.party(p, marginX+float64(j)*(w+signGap), r.y, w, lay)
			}
			r.y += h + signRowGap
		}
		total += h + signRowGap
	}
	return total
}

// signLayout is the heights of a party's parts: the heading, and for each
// line the room above it and its label.
type signLayout struct {
	head           float64
	spaces, labels []float64
}

// merge makes l as tall as o in every part.
func (l *signLayout) merge(o signLayout) {
	l.head = max(l.head, o.head)
	for len(l.spaces) < len(o.spaces) {
		l.spaces, l.labels = append(l.spaces, 0), append(l.labels, 0)
	}
	for i := range o.spaces {
		l.spaces[i] = max(l.spaces[i], o.spaces[i])
		l.labels[i] = max(l.labels[i], o.labels[i])
	}
}

func (l signLayout) height() float64 {
	h := l.head
	for i := range l.spaces {
		h += l.spaces[i] + 0.8 + l.labels[i] + 1
	}
	return h
}

// partyLayout measures one signer in width w.
func (r *renderer) partyLayout(pt doc.Party, w float64) signLayout {
	r.setFont(bold, bodySize)
	l := signLayout{head: float64(len(r.lines(strings.TrimSpace(pt.Heading), w, false))) * bodyLine}
	for _, ln := range pt.Lines {
		r.setFont(regular, bodySize)
		values := r.lines(strings.TrimSpace(ln.Value), w, false)
		l.spaces = append(l.spaces, max(signSpace, float64(len(values))*bodyLine+2))
		r.setFont(regular, signLabel)
		l.labels = append(l.labels, float64(len(r.lines(ln.Label, w, false)))*signLabelLn)
	}
	return l
}

// party draws one signer at (x, y) in width w with the row's layout.
func (r *renderer) party(pt doc.Party, x, y, w float64, lay signLayout) {
	r.setFont(bold, bodySize)
	r.color(accent)
	for i, l := range r.lines(strings.TrimSpace(pt.Heading), w, false) {
		r.textLine(x, y+float64(i)*bodyLine, bodyLine, l)
	}
	y += lay.head
	for k, ln := range pt.Lines {
		r.setFont(regular, bodySize)
		values := r.lines(strings.TrimSpace(ln.Value), w, false)
		space := lay.spaces[k]
		r.color(textColor)
		for i, v := range values {
			r.textLine(x, y+space-1-float64(len(values)-i)*bodyLine, bodyLine, v)
		}
		r.drawColor(textColor)
		r.p.SetLineWidth(0.25)
		r.p.Line(x, y+space, x+w, y+space)
		y += space + 0.8
		r.setFont(regular, signLabel)
		r.color(muted)
		for i, l := range r.lines(ln.Label, w, false) {
			r.textLine(x, y+float64(i)*signLabelLn, signLabelLn, l)
		}
		y += lay.labels[k] + 1
	}
}
