package audit

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// extractPDF returns the text of a PDF, page by page, one line per line of
// print. It reads the text layer only: a scanned notice with no text gives
// ErrNoText from Extract.
//
// The file structure, streams and font encodings (including the ToUnicode
// maps of embedded TrueType fonts, which gofpdf and office programs write)
// are read by github.com/ledongthuc/pdf (BSD licence, pure Go, a kept fork
// of rsc.io/pdf). Its own plain-text walker breaks a line at every text
// object and ignores positions, which splits Word's lines and glues
// LaTeX's words; pageText below follows the text position instead. The
// library panics on some damaged files: the panic becomes an error here.
func extractPDF(b []byte) (text string, err error) {
	defer func() {
		if p := recover(); p != nil {
			text, err = "", fmt.Errorf("damaged PDF: %v", p)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", err
	}
	var pages []string
	size := 0
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() || p.V.Key("Contents").Kind() == pdf.Null {
			continue
		}
		var out limitedBuilder
		pageText(p, &out)
		size += out.Len()
		if out.over || size > maxTextSize {
			return "", ErrTooLarge
		}
		pages = append(pages, out.String())
	}
	return dropFurniture(pages), nil
}

var digits = regexp.MustCompile(`\d+`)

// dropFurniture joins the pages, leaving out the running headers and
// footers: among the first and last three lines of each page, those that
// (with their numbers masked) come back on most pages ("Sivu 3 / 7", the
// company's name in the header, a DRAFT mark). They would otherwise land
// in the middle of whatever section crosses a page.
func dropFurniture(pages []string) string {
	split := make([][]string, len(pages))
	count := map[string]int{}
	for i, p := range pages {
		split[i] = nonEmptyLines(p)
		seen := map[string]bool{}
		for j, l := range split[i] {
			if k := furnitureKey(l); edge(j, len(split[i])) && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	var b strings.Builder
	for _, ls := range split {
		for j, l := range ls {
			if len(pages) >= 3 && edge(j, len(ls)) && count[furnitureKey(l)]*2 > len(pages) {
				continue
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// edge reports whether line j of n is among a page's first or last three.
func edge(j, n int) bool { return j < 3 || j >= n-3 }

func furnitureKey(l string) string { return digits.ReplaceAllString(l, "#") }

func nonEmptyLines(p string) []string {
	var out []string
	for _, l := range strings.Split(p, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// textState follows where the next glyphs go, in user space. Only the
// translation and scale of the text matrix count (notices are not set at
// an angle): enough to tell a new line from a new word.
type textState struct {
	out          *limitedBuilder
	font         *pdfFont
	size         float64 // font size, text space units
	leading      float64 // TL, text space units
	charSpace    float64 // Tc, text space units added after each glyph
	sx, sy       float64 // scale of the text matrix
	lineX, lineY float64 // start of the current line (the text line matrix)
	x, y         float64 // where the next glyph goes
	lastX, lastY float64 // where the previous shown text ended
	started      bool
}

// pdfFont is a page's font: how its codes decode, and the widths of its
// codes: one byte each for a simple font, two for a Type0 font with an
// Identity encoding (its CIDs' widths come from the W array).
type pdfFont struct {
	enc    pdf.TextEncoding
	f      pdf.Font
	simple bool
	cid    map[int]float64 // Type0: width of each CID listed, thousandths of an em
	dw     float64         // Type0: the default width
}

// maxCIDRange bounds a "first last width" run of a W array, so that a
// damaged file cannot ask for a map of millions of entries.
const maxCIDRange = 1 << 16

// newPDFFont reads a font's encoding and widths.
func newPDFFont(f pdf.Font) *pdfFont {
	pf := &pdfFont{f: f, simple: f.V.Key("Subtype").Name() != "Type0"}
	if identityUnicode(f) {
		pf.enc = utf16Encoding{}
	} else {
		pf.enc = f.Encoder()
	}
	if pf.simple || !strings.HasPrefix(f.V.Key("Encoding").Name(), "Identity") {
		return pf
	}
	desc := f.V.Key("DescendantFonts").Index(0)
	pf.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		pf.dw = dw.Float64()
	}
	pf.cid = map[int]float64{}
	w := desc.Key("W")
	for i := 0; i+1 < w.Len(); {
		c, next := int(w.Index(i).Int64()), w.Index(i+1)
		if next.Kind() == pdf.Array { // c [w1 w2 …]
			for j := 0; j < next.Len() && j < maxCIDRange; j++ {
				pf.cid[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		last := int(next.Int64()) // c last w
		for k := c; k <= last && k-c < maxCIDRange && i+2 < w.Len(); k++ {
			pf.cid[k] = w.Index(i + 2).Float64()
		}
		i += 3
	}
	return pf
}

// width returns the width of raw in text space units per unit of font
// size, or false when the font gives no widths.
func (f *pdfFont) width(raw string) (float64, bool) {
	if f == nil {
		return 0, false
	}
	w := 0.0
	switch {
	case f.simple:
		for i := 0; i < len(raw); i++ {
			w += f.f.Width(int(raw[i]))
		}
	case f.cid != nil:
		for i := 0; i+1 < len(raw); i += 2 {
			c := int(raw[i])<<8 | int(raw[i+1])
			if cw, ok := f.cid[c]; ok {
				w += cw
			} else {
				w += f.dw
			}
		}
	}
	return w / 1000, w > 0
}

// pageText writes the text of one page to out.
func pageText(p pdf.Page, out *limitedBuilder) {
	fonts := map[string]*pdfFont{}
	for _, name := range p.Fonts() {
		fonts[name] = newPDFFont(p.Font(name))
	}
	st := &textState{out: out, size: 10, sx: 1, sy: 1}
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		st.op(op, args, fonts)
	})
	out.add("\n")
}

func (st *textState) op(op string, args []pdf.Value, fonts map[string]*pdfFont) {
	num := func(i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	switch op {
	case "BT":
		st.sx, st.sy = 1, 1 // Tc and TL last across text objects
		st.moveTo(0, 0)
	case "Tf":
		st.font = nil
		if len(args) == 2 {
			st.font = fonts[args[0].Name()]
			st.size = math.Abs(num(1))
		}
	case "TL":
		st.leading = num(0)
	case "Tc":
		st.charSpace = num(0)
	case "Td", "TD":
		if op == "TD" {
			st.leading = -num(1)
		}
		st.moveTo(st.lineX+num(0)*st.sx, st.lineY+num(1)*st.sy)
	case "Tm":
		st.sx, st.sy = scale(num(0)), scale(num(3))
		st.moveTo(num(4), num(5))
	case "T*":
		st.moveTo(st.lineX, st.lineY-st.leading*st.sy)
	default:
		st.showOp(op, args)
	}
}

// scale is a matrix entry as a scale; a zero (a rotated matrix) counts
// as one.
func scale(v float64) float64 {
	if v == 0 {
		return 1
	}
	return math.Abs(v)
}

// moveTo starts a new text line at (x, y).
func (st *textState) moveTo(x, y float64) {
	st.lineX, st.lineY = x, y
	st.x, st.y = x, y
}

// showOp runs the operators that show text.
func (st *textState) showOp(op string, args []pdf.Value) {
	switch {
	case (op == "'" || op == "\"") && len(args) > 0:
		st.moveTo(st.lineX, st.lineY-st.leading*st.sy)
		st.show(args[len(args)-1].RawString())
	case op == "Tj" && len(args) == 1:
		st.show(args[0].RawString())
	case op == "TJ" && len(args) == 1:
		st.showArray(args[0])
	}
}

// showArray shows a TJ array; its numbers move the next glyph left (in
// thousandths of an em), and a large move right is how many PDF writers
// draw a space.
func (st *textState) showArray(v pdf.Value) {
	for i := 0; i < v.Len(); i++ {
		x := v.Index(i)
		if x.Kind() == pdf.String {
			st.show(x.RawString())
			continue
		}
		st.x -= x.Float64() / 1000 * st.size * st.sx
	}
}

// show writes raw (in the current font's encoding) at the current
// position: a new line when the baseline moved, a space when the text
// starts clearly right of where the previous text ended.
func (st *textState) show(raw string) {
	s := raw
	if st.font != nil && st.font.enc != nil {
		s = st.font.enc.Decode(raw)
	}
	s = strings.ToValidUTF8(s, "")
	em := st.size * st.sx // one em on the page
	if em == 0 {
		em = 10
	}
	n := utf8.RuneCountInString(s)
	gap := st.charSpace * st.sx
	if gap >= em*0.2 && n > 1 {
		// Character spacing of a fifth of an em or more is how some
		// writers (Ghostscript) draw the space between two words of a
		// short string: "(tt)" with 2.5 Tc is "t t".
		s = strings.Join(strings.Split(s, ""), " ")
	}
	switch {
	case !st.started:
		st.started = true
	case math.Abs(st.y-st.lastY) > st.size*st.sy*0.3+0.01:
		st.out.add("\n")
	case st.x > st.lastX+em*0.2 && !strings.HasPrefix(s, " "):
		st.out.add(" ")
	}
	st.out.add(s)
	// A simple font gives its glyph widths; for the others estimate half
	// an em a glyph, enough to tell a new word from a continued one.
	w, ok := st.font.width(raw)
	if !ok {
		w = float64(n) * 0.5
	}
	st.x += w*em + gap*float64(n)
	st.lastX, st.lastY = st.x, st.y
}

// identityRange is the one-line ToUnicode map gofpdf writes for its UTF-8
// fonts: every two-byte code is its own UTF-16 code unit. The PDF rules
// let a range differ in its last byte only, and the reader follows them,
// so "–" (U+2013) would read back as U+0013; the codes are decoded here as
// UTF-16 instead.
var identityRange = regexp.MustCompile(`<0000>\s*<[Ff]{4}>\s*<0000>`)

// identityUnicode reports whether f is a Type0 font whose ToUnicode map
// is that identity range.
func identityUnicode(f pdf.Font) bool {
	tu := f.V.Key("ToUnicode")
	if f.V.Key("Subtype").Name() != "Type0" || tu.Kind() != pdf.Stream {
		return false
	}
	rc := tu.Reader()
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, 4096))
	return err == nil && bytes.Contains(b, []byte("beginbfrange")) && identityRange.Match(b) &&
		bytes.Count(b, []byte("beginbfrange")) == 1 && !bytes.Contains(b, []byte("beginbfchar"))
}

// utf16Encoding decodes two-byte codes as UTF-16 (big-endian).
type utf16Encoding struct{}

func (utf16Encoding) Decode(raw string) string {
	u := make([]uint16, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return string(utf16.Decode(u))
}
