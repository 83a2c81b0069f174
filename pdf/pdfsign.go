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
// returns the height used.
func (r *renderer) signRows(s doc.Signature, draw bool) float64 {
	cols := signColumns(len(s.Parties))
	w := (contentW - signGap*float64(cols-1)) / float64(cols)
	total := 0.0
	for i := 0; i < len(s.Parties); i += cols {
		row := s.Parties[i:min(i+cols, len(s.Parties))]
		h := 0.0
		for _, p := range row {
			h = max(h, r.party(p, 0, 0, w, false))
		}
		if draw {
			r.ensure(h)
			for j, p := range row {
				r.party(p, marginX+float64(j)*(w+signGap), r.y, w, true)
			}
			r.y += h + signRowGap
		}
		total += h + signRowGap
	}
	return total
}

// party lays out one signer at (x, y) in width w and returns its height.
func (r *renderer) party(pt doc.Party, x, y, w float64, draw bool) float64 {
	top := y
	r.setFont(bold, bodySize)
	r.color(accent)
	for _, l := range r.lines(strings.TrimSpace(pt.Heading), w, false) {
		if draw {
			r.textLine(x, y, bodyLine, l)
		}
		y += bodyLine
	}
	for _, ln := range pt.Lines {
		r.setFont(regular, bodySize)
		values := r.lines(strings.TrimSpace(ln.Value), w, false)
		space := max(signSpace, float64(len(values))*bodyLine+2)
		if draw {
			r.color(textColor)
			for i, v := range values {
				r.textLine(x, y+space-1-float64(len(values)-i)*bodyLine, bodyLine, v)
			}
			r.drawColor(textColor)
			r.p.SetLineWidth(0.25)
			r.p.Line(x, y+space, x+w, y+space)
		}
		y += space + 0.8
		r.setFont(regular, signLabel)
		for _, l := range r.lines(ln.Label, w, false) {
			if draw {
				r.color(muted)
				r.textLine(x, y, signLabelLn, l)
			}
			y += signLabelLn
		}
		y += 1
	}
	return y - top
}
