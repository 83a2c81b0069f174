package audit

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// extractPDF returns the text of a PDF, page by page, one line per
// paragraph or line of print. It reads the text layer only: a scanned
// notice with no text gives ErrNoText from Extract.
//
// The file structure, streams and font encodings (including the ToUnicode
// maps of embedded TrueType fonts, which gofpdf and office programs write)
// are read by github.com/ledongthuc/pdf (BSD licence, pure Go, a kept fork
// of rsc.io/pdf). Its own plain-text walker breaks a line at every text
// object and ignores positions, which splits Word's lines and glues
// LaTeX's words; pageLines below follows the glyph positions instead,
// and joinWrapped and joinHyphens put back together the paragraphs and
// words that the layout broke at line ends. The library panics on some
// damaged files: the panic becomes an error here.
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
	var pages []pdfPage
	size := 0
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() || p.V.Key("Contents").Kind() == pdf.Null {
			continue
		}
		ls, n := pageLines(p)
		size += n
		if size > maxTextSize {
			return "", ErrTooLarge
		}
		pages = append(pages, newPDFPage(ls, mediaBox(p)))
	}
	kept := dropFurniture(pages)
	right := rightEdge(kept)
	var out strings.Builder
	for _, ls := range kept {
		out.WriteString(joinWrapped(rebuildTables(ls), right))
		out.WriteByte('\n')
	}
	return joinHyphens(out.String()), nil
}

// mediaBox is a page's MediaBox, which it may inherit from its parents
// (ISO 32000-1, 7.7.3.4).
func mediaBox(p pdf.Page) pdf.Value {
	v := p.V
	for i := 0; i < 32 && !v.IsNull(); i++ { // a damaged file may loop
		if b := v.Key("MediaBox"); !b.IsNull() {
			return b
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

var digits = lazy(`\d+`)

// pdfPage is the lines of one page, with the page's height: its box's
// bottom and top y, in user space units.
type pdfPage struct {
	lines       []pdfLine
	bottom, top float64
}

// newPDFPage is the page of lines ls whose MediaBox is box; a page
// without a usable box is as high as its text.
func newPDFPage(ls []pdfLine, box pdf.Value) pdfPage {
	p := pdfPage{lines: ls}
	if box.Len() == 4 && box.Index(3).Float64() != box.Index(1).Float64() {
		y0, y1 := box.Index(1).Float64(), box.Index(3).Float64()
		p.bottom, p.top = min(y0, y1), max(y0, y1)
		return p
	}
	for i, l := range ls {
		if i == 0 || l.y < p.bottom {
			p.bottom = l.y
		}
		if i == 0 || l.y > p.top {
			p.top = l.y
		}
	}
	return p
}

// marginShare is how much of the page's height, at its top and at its
// bottom, counts as the margin where running headers and footers stand:
// 8 % is 67 points of A4, below a body text's usual 2–2.5 cm margin and
// above the 1–1.5 cm where word processors put their headers.
const marginShare = 0.08

// margin reports whether line i of p stands in the page's top or bottom
// margin, or is its topmost or bottommost line.
func (p *pdfPage) margin(i int) bool {
	y := p.lines[i].y
	h := (p.top - p.bottom) * marginShare
	if y >= p.top-h || y <= p.bottom+h {
		return true
	}
	hi, lo := true, true
	for j := range p.lines {
		if j != i && strings.TrimSpace(string(p.lines[j].text)) != "" {
			hi = hi && p.lines[j].y < y
			lo = lo && p.lines[j].y > y
		}
	}
	return hi || lo
}

// pageNumber is a page's number as headers and footers write it ("sivu
// 2", "s. 2 / 5", "Sida 1 av 2", "Page 3 of 8", "2 (5)", "- 2 -", "2"),
// with whatever the line says before it (the company's name, the
// notice's title) in group 1.
var pageNumber = lazy(`(?i)^(.*?)[\s·•|,–—-]*(?:\b(?:sivu|sida|page|s\.|p\.)\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:/|\(|av|of|kautta)\s*\d{1,3}\)?)?\s*[-–—]?$`)

// pageNumberWord is a word that says a page number follows.
var pageNumberWord = lazy(`(?i)(?:^|[\s·•|,–—-])(?:sivu|sida|page|s\.|p\.)\s*\d{1,3}\b`)

// dateInLine is a date written as d.m.yyyy: a header that carries the
// notice's date keeps it.
var dateInLine = lazy(`\b\d{1,2}\.\d{1,2}\.\d{4}\b`)

// dropFurniture returns the lines of the pages without their running
// headers and footers: the lines in a page's margin that are a page
// number or end with one ("Yritys Oy · Tietosuojaseloste · sivu 2"),
// and those that (with their numbers masked) stand at the same height
// on three pages or more and on most pages. They would otherwise land in
// the middle of whatever section crosses a page. A header line that
// carries a date is kept once, on the first page, without its page
// number: it may be the only place that dates the notice.
func dropFurniture(pages []pdfPage) [][]pdfLine {
	count := map[string]int{}
	for i := range pages {
		seen := map[string]bool{}
		for j := range pages[i].lines {
			if k := furnitureKey(&pages[i].lines[j]); pages[i].margin(j) && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	kept := make([][]pdfLine, len(pages))
	dated := false
	for i := range pages {
		for j, l := range pages[i].lines {
			s := strings.TrimSpace(string(l.text))
			repeated := len(pages) >= 3 && count[furnitureKey(&l)] >= 3 && count[furnitureKey(&l)]*2 > len(pages)
			numbered := isPageNumber(s)
			if !pages[i].margin(j) || !repeated && !numbered {
				kept[i] = append(kept[i], l)
				continue
			}
			if dateInLine.MatchString(s) && !dated {
				dated = true
				if numbered {
					l.text = []byte(strings.TrimSpace(pageNumber.FindStringSubmatch(s)[1]))
				}
				kept[i] = append(kept[i], l)
			}
		}
	}
	return kept
}

// isPageNumber reports whether s is a page number, alone or after the
// words of a running header or footer. A line that only ends with a
// number is one when the number stands alone or the line says "sivu",
// "page" … before it: "Kirjanpitoaineisto säilytetään 6" is no footer.
func isPageNumber(s string) bool {
	m := pageNumber.FindStringSubmatch(s)
	return m != nil && (strings.TrimSpace(m[1]) == "" || pageNumberWord.MatchString(s) || pageOfPages.MatchString(s))
}

// pageOfPages is a page number with the number of pages: "2 (5)", "2/5".
var pageOfPages = lazy(`\d{1,3}\s*(?:/\s*\d{1,3}|\(\s*\d{1,3}\s*\))$`)

// furnitureKey is what a running header or footer keeps from page to
// page: its text with the numbers masked, and its height on the page.
func furnitureKey(l *pdfLine) string {
	return fmt.Sprintf("%s@%.0f", digits.ReplaceAllString(strings.TrimSpace(string(l.text)), "#"), l.y/2)
}

// textState follows where the next glyphs go, on the page (in default
// user space, y up). It keeps the graphics state's transformation matrix
// (cm, saved by q and restored by Q) and the text matrices (Tm, Td, TD,
// T*), as PDF places glyphs (ISO 32000-1, 8.3 and 9.4.2): reportlab and
// the browsers' print to PDF put each line in its own q … cm … Q with the
// same text matrix, and only the product of the two says where it goes.
type textState struct {
	lines        []pdfLine
	size         int // bytes of text taken so far
	font         *pdfFont
	fontSize     float64  // Tf, text space units
	leading      float64  // TL, text space units
	charSpace    float64  // Tc, text space units added after each glyph
	wordSpace    float64  // Tw, text space units added after each space (code 32) of a simple font
	hscale       float64  // Tz as a fraction (1 = 100 %)
	ctm          matrix   // current transformation matrix: user space to the page
	saved        []matrix // the CTMs that q saved
	tm, tlm      matrix   // text matrix and text line matrix: text space to user space
	lastX, lastY float64  // where the previous shown text ended, on the page
}

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul is m × n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// translate is the matrix that moves by (tx, ty) and then applies m.
func (m matrix) translate(tx, ty float64) matrix {
	return matrix{1, 0, 0, 1, tx, ty}.mul(m)
}

// maxSaved bounds the q nesting that a damaged file can ask for.
const maxSaved = 64

// pdfLine is one line of print: its text, where it starts and ends on the
// page (x0, x1), its baseline y, its font size em (all in user space
// units), and whether it holds a gap wider than a word space many times
// over, as the cells of a table row do.
type pdfLine struct {
	text      []byte
	x0, x1, y float64
	em        float64
	table     bool
	segs      []pdfSeg // the pieces of text apart by such gaps; one for a line without
	words     []pdfSeg // where the text goes on after a gap of a word space or more (x0, at)
}

// pdfSeg is a piece of a line's text, text[at:end], that starts at x0
// and ends at x1 on the page.
type pdfSeg struct {
	x0, x1  float64
	at, end int
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

// pageLines returns the lines of one page and the bytes of their text.
func pageLines(p pdf.Page) ([]pdfLine, int) {
	fonts := map[string]*pdfFont{}
	for _, name := range p.Fonts() {
		fonts[name] = newPDFFont(p.Font(name))
	}
	st := &textState{fontSize: 10, hscale: 1, ctm: identity, tm: identity, tlm: identity}
	if unclosedHex(contentBytes(p.V.Key("Contents"))) {
		return nil, 0 // the library's reader would loop for ever
	}
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		st.op(op, args, fonts)
	})
	return st.lines, st.size
}

// contentBytes returns the bytes of a page's content: one stream or an
// array of them, read as one (ISO 32000-1, 7.7.3.3).
func contentBytes(v pdf.Value) []byte {
	var rd io.Reader
	if v.Kind() == pdf.Array {
		rs := make([]io.Reader, 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			rs = append(rs, v.Index(i).Reader())
		}
		rd = io.MultiReader(rs...)
	} else {
		rd = v.Reader()
	}
	b, _ := io.ReadAll(io.LimitReader(rd, maxZipEntry))
	return b
}

// unclosedHex reports whether content ends inside a hex string ("<4A"
// and no ">"): the library's lexer reads such a string on past the end
// of the stream for ever, so a damaged page would hang the program.
// Literal strings and comments are skipped over.
func unclosedHex(content []byte) bool {
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case '%':
			for i < len(content) && content[i] != '\n' && content[i] != '\r' {
				i++
			}
		case '(':
			i = literalEnd(content, i)
		case '<':
			if i+1 < len(content) && content[i+1] == '<' {
				i++
				continue
			}
			j := bytes.IndexByte(content[i+1:], '>')
			if j < 0 {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// literalEnd returns the index of the ")" that closes the literal string
// opening at content[i], or the end of content.
func literalEnd(content []byte, i int) int {
	depth := 0
	for ; i < len(content); i++ {
		switch content[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return i
}

func (st *textState) op(op string, args []pdf.Value, fonts map[string]*pdfFont) {
	num := func(i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	switch op {
	case "q", "Q", "cm":
		st.graphicsOp(op, args)
	case "BT":
		st.tm, st.tlm = identity, identity // Tc, Tw, Tz and TL last across text objects
	case "Tf":
		st.font = nil
		if len(args) == 2 {
			st.font = fonts[args[0].Name()]
			st.fontSize = math.Abs(num(1))
		}
	case "TL":
		st.leading = num(0)
	case "Tc":
		st.charSpace = num(0)
	case "Tw":
		st.wordSpace = num(0)
	case "Tz":
		st.hscale = math.Abs(num(0)) / 100
	case "Td", "TD":
		if op == "TD" {
			st.leading = -num(1)
		}
		st.moveTo(num(0), num(1))
	case "Tm":
		if len(args) == 6 {
			st.tm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			st.tlm = st.tm
		}
	case "T*":
		st.moveTo(0, -st.leading)
	default:
		st.showOp(op, args)
	}
}

// graphicsOp follows q, Q and cm: the CTM saved, restored, and changed.
func (st *textState) graphicsOp(op string, args []pdf.Value) {
	switch op {
	case "q":
		if len(st.saved) < maxSaved {
			st.saved = append(st.saved, st.ctm)
		}
	case "Q":
		if n := len(st.saved); n > 0 {
			st.ctm, st.saved = st.saved[n-1], st.saved[:n-1]
		}
	case "cm":
		if len(args) == 6 {
			var m matrix
			for i := range m {
				m[i] = args[i].Float64()
			}
			st.ctm = m.mul(st.ctm)
		}
	}
}

// moveTo starts a new text line at (tx, ty) from the start of the
// current one, in text space units.
func (st *textState) moveTo(tx, ty float64) {
	st.tlm = st.tlm.translate(tx, ty)
	st.tm = st.tlm
}

// showOp runs the operators that show text.
func (st *textState) showOp(op string, args []pdf.Value) {
	switch {
	case op == "\"" && len(args) == 3:
		st.wordSpace, st.charSpace = args[0].Float64(), args[1].Float64()
		fallthrough
	case op == "'" && len(args) > 0:
		st.moveTo(0, -st.leading)
		st.show(args[len(args)-1].RawString())
	case op == "Tj" && len(args) == 1:
		st.show(args[0].RawString())
	case op == "TJ" && len(args) == 1:
		st.showArray(args[0])
	}
}

// showArray shows a TJ array; its numbers move the next glyph left (in
// thousandths of an em): a small one is kerning inside a word, a large
// move right is how some PDF writers draw a space (show tells them apart
// by the gap they leave).
func (st *textState) showArray(v pdf.Value) {
	for i := 0; i < v.Len(); i++ {
		x := v.Index(i)
		if x.Kind() == pdf.String {
			st.show(x.RawString())
			continue
		}
		st.tm = st.tm.translate(-x.Float64()/1000*st.fontSize*st.hscale, 0)
	}
}

// show writes raw (in the current font's encoding) at the current
// position: a new line when the baseline moved, a space when the text
// starts clearly right of where the previous text ended. Where text ends
// comes from the glyph widths with the character and word spacing, as
// PDF draws it (ISO 32000-1, 9.4.4): the gap left by a kerning move or
// by a line that a justified paragraph widened is no word space.
func (st *textState) show(raw string) {
	s := raw
	if st.font != nil && st.font.enc != nil {
		s = st.font.enc.Decode(raw)
	}
	s = dropControls(strings.ToValidUTF8(s, ""))
	m := st.tm.mul(st.ctm)
	xs, ys := math.Hypot(m[0], m[1]), math.Hypot(m[2], m[3])
	em := st.fontSize * st.hscale * xs // one em on the page
	if em == 0 {
		em = 10
	}
	n := utf8.RuneCountInString(s)
	if st.charSpace >= st.fontSize*0.2 && n > 1 {
		// Character spacing of a fifth of an em or more is how some
		// writers (Ghostscript) draw the space between two words of a
		// short string: "(tt)" with 2.5 Tc is "t t".
		s = strings.Join(strings.Split(s, ""), " ")
	}
	st.place(s, m[4], m[5], em, st.fontSize*ys)
	// A simple font gives its glyph widths; for the others estimate half
	// an em a glyph, enough to tell a new word from a continued one.
	w, ok := st.font.width(raw)
	if !ok {
		w = float64(n) * 0.5
	}
	spaces := 0.0
	if st.font == nil || st.font.simple {
		spaces = float64(strings.Count(raw, " "))
	}
	st.tm = st.tm.translate((w*st.fontSize+st.charSpace*float64(n)+st.wordSpace*spaces)*st.hscale, 0)
	end := st.tm.mul(st.ctm)
	st.lastX, st.lastY = end[4], end[5]
	if l := st.cur(); l != nil {
		l.x1 = max(l.x1, st.lastX)
		l.segs[len(l.segs)-1].x1 = max(l.segs[len(l.segs)-1].x1, st.lastX)
	}
}

// dropControls leaves out the control characters that an unmapped glyph
// or a gap in a font's ToUnicode map decodes to (U+007F, U+0000…): they
// are no text. A tab or a line end drawn as a glyph is a space.
func dropControls(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// place adds s to the current line, or starts a new line when the
// baseline moved (by more than a third of the font size, size), with a
// space before it when it starts clearly right of where the text before
// it ended. (x, y) is where s starts on the page; em is its font's em.
func (st *textState) place(s string, x, y, em, size float64) {
	l := st.cur()
	switch {
	case l == nil || math.Abs(y-st.lastY) > size*0.3+0.01:
		st.lines = append(st.lines, pdfLine{x0: x, x1: x, y: y, em: em, segs: []pdfSeg{{x0: x, x1: x}}})
		l = &st.lines[len(st.lines)-1]
	case x > st.lastX+em*0.2 && !strings.HasPrefix(s, " "):
		s = " " + s
		if x > st.lastX+em*1.5 {
			l.newSeg(x)
		}
		l.words = append(l.words, pdfSeg{x0: x, at: len(l.text) + 1})
	}
	if st.size+len(s) > maxTextSize {
		st.size = maxTextSize + 1
		return
	}
	st.size += len(s)
	l.text = append(l.text, s...)
	l.segs[len(l.segs)-1].end = len(l.text)
}

// newSeg starts a new segment of l at x, after a gap that no word space
// makes. A bullet or a list's number set apart from its item's text is
// no cell of its own: the item's text goes on in the bullet's segment.
func (l *pdfLine) newSeg(x float64) {
	last := &l.segs[len(l.segs)-1]
	head := strings.TrimSpace(string(l.text[min(last.at, len(l.text)):]))
	if head == "" || listMark.MatchString(head) {
		return
	}
	l.table = true
	l.segs = append(l.segs, pdfSeg{x0: x, x1: x, at: len(l.text) + 1})
}

// listMark is a bullet or a list item's number or letter alone.
var listMark = lazy(`^(?:[-–—•·*▪◦●○■□➢►✓]|\(?(?:\d{1,2}|[a-z])[.)])$`)

// cur is the line being written, or nil before the first.
func (st *textState) cur() *pdfLine {
	if len(st.lines) == 0 {
		return nil
	}
	return &st.lines[len(st.lines)-1]
}

// rightEdge is where the longest lines of the body text end: the right
// margin of a justified paragraph. Table rows do not count (a wide table
// may stand out of the text column).
func rightEdge(pages [][]pdfLine) float64 {
	right := 0.0
	for _, ls := range pages {
		for i := range ls {
			if !ls[i].table {
				right = max(right, ls[i].x1)
			}
		}
	}
	return right
}

// sentenceMark ends a line that ends a sentence or introduces a list.
const sentenceMark = ".:;!?"

// joinWrapped returns the text of a page's lines, with the lines of a
// paragraph that the layout wrapped joined into one (as a DOCX or a web
// page holds them): a line joins the next when the next one's first word
// would not have fitted before the right margin, the next one follows at
// the paragraph's line spacing, in the same size, near the same left edge,
// and is no new list item. A line that ends a sentence stays a line end,
// and so does one ending with a hyphen (joinHyphens decides those).
func joinWrapped(ls []pdfLine, right float64) string {
	lead := usualLeading(ls)
	var b strings.Builder
	for i := range ls {
		a := &ls[i]
		s := strings.TrimSpace(string(a.text))
		if s == "" {
			continue
		}
		b.WriteString(s)
		if i+1 < len(ls) && wrapped(a, &ls[i+1], s, right, lead) {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	return b.String()
}

// wrapped reports whether line a (whose text is s) was wrapped onto b.
func wrapped(a, b *pdfLine, s string, right, lead float64) bool {
	next := strings.TrimSpace(string(b.text))
	dy := a.y - b.y
	if next == "" || a.table || b.table || strings.ContainsAny(lastRune(s), sentenceMark) || strings.HasSuffix(s, "-") ||
		bullet.MatchString(next) || dy <= 0 || dy > lead*1.2+0.01 || dy > a.em*1.8 || math.Abs(a.em-b.em) > 0.5 ||
		b.x0 < a.x0-3*a.em || b.x0 > a.x0+3*a.em {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	runes := utf8.RuneCountInString(next)
	wordW := (b.x1 - b.x0) * float64(utf8.RuneCountInString(word)) / float64(max(runes, 1))
	return a.x1+a.em*0.25+wordW > right
}

// usualLeading is the most common distance between the baselines of two
// lines that follow each other on the page: the line spacing inside a
// paragraph (the space between paragraphs is larger).
func usualLeading(ls []pdfLine) float64 {
	count := map[float64]int{}
	best, n := 0.0, 0
	for i := 1; i < len(ls); i++ {
		dy := math.Round((ls[i-1].y-ls[i].y)*2) / 2
		if dy <= 0 {
			continue
		}
		count[dy]++
		if c := count[dy]; c > n || c == n && dy < best {
			best, n = dy, c
		}
	}
	return best
}

// conjunctions follow a hyphen that stands for a shared part of two
// compound words ("etu- ja sukunimi", "för- och efternamn"): such a
// hyphen is no hyphenation.
var conjunctions = set("ja", "tai", "sekä", "eli", "että", "och", "eller", "samt", "and", "or", "to")

// joinHyphens joins the words that a PDF hyphenated at a line end, as
// pdftotext does: "pankkitilinu-" and "merot" is "pankkitilinumerot". The
// hyphen goes only when the next line starts with a small letter that is
// no conjunction ("etu-" and "ja sukunimi" keep theirs) and the text
// nowhere writes the word with that hyphen ("Kanta-" and "palveluihin"
// stay "Kanta-palveluihin" when the notice writes it so elsewhere); before
// a capital or a digit the hyphen is a compound's ("Etelä-" and "Suomi" is
// "Etelä-Suomi"). A page break between the two lines is skipped over.
func joinHyphens(text string) string {
	ls := strings.Split(text, "\n")
	hyphenated := map[string]bool{}
	for _, w := range hyphenWord.FindAllString(strings.ToLower(text), -1) {
		hyphenated[w] = true
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(ls); i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		l := ls[i]
		for {
			j := i + 1
			for j < len(ls) && strings.TrimSpace(ls[j]) == "" && j-i < 3 {
				j++
			}
			if !endsWithHyphen(l) || j >= len(ls) || ls[j] == "" || bullet.MatchString(ls[j]) {
				break
			}
			keep, space := hyphenJoin(lastWord(l), ls[j], hyphenated)
			if !keep {
				l = l[:len(l)-1]
			}
			b.WriteString(l)
			if space {
				b.WriteByte(' ')
			}
			l, i = ls[j], j
		}
		b.WriteString(l)
	}
	return b.String()
}

// hyphenWord is a word with a hyphen inside it.
var hyphenWord = lazy(`\pL+-\pL+`)

// endsWithHyphen reports whether l ends with a letter and a hyphen.
func endsWithHyphen(l string) bool {
	if !strings.HasSuffix(l, "-") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l[:len(l)-1])
	return unicode.IsLetter(r)
}

// lastWord is the last word of l, after a space, bracket or quote.
func lastWord(l string) string { return l[strings.LastIndexAny(l, " (\"'/")+1:] }

// hyphenJoin decides how head (a word ending with a hyphen at a line end)
// joins the next line: whether the hyphen stays, and whether a space
// follows it. hyphenated holds the hyphenated words of the text, in
// small letters.
func hyphenJoin(head, next string, hyphenated map[string]bool) (keep, space bool) {
	word, _, _ := strings.Cut(next, " ")
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case conjunctions[strings.ToLower(strings.TrimRight(word, ",.;:"))]:
		return true, true
	case !unicode.IsLower(r):
		return true, false
	}
	tail := strings.TrimRight(word, ",.;:!?)\"'")
	return hyphenated[strings.ToLower(head+tail)], false
}

// identityRange is the one-line ToUnicode map gofpdf writes for its UTF-8
// fonts: every two-byte code is its own UTF-16 code unit. The PDF rules
// let a range differ in its last byte only, and the reader follows them,
// so "–" (U+2013) would read back as U+0013; the codes are decoded here as
// UTF-16 instead.
var identityRange = lazy(`<0000>\s*<[Ff]{4}>\s*<0000>`)

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
