package pdf

import (
	"math"
	"strconv"
	"strings"
)

// Page geometry in millimetres (A4 portrait).
const (
	pageW    = 210.0
	pageH    = 297.0
	marginX  = 20.0
	pageTop  = 22.0       // content starts here; the running header sits above
	pageEnd  = pageH - 22 // content must end above this; the footer sits below
	contentW = pageW - 2*marginX
	ptToMM   = 25.4 / 72
)

// Type sizes in points with their line heights in millimetres.
const (
	bodySize   = 10.0
	bodyLine   = 5.0
	smallSize  = 8.0
	tableSize  = 9.0
	tableLine  = 4.5
	titleSize  = 20.0
	titleLine  = 9.0
	subSize    = 12.0
	subLine    = 6.0
	blockGap   = 3.0 // space after a paragraph, list, table …
	headerBase = 13.0
	footerBase = pageH - 12
)

type rgb struct{ r, g, b int }

// One accent colour (dark blue) for headings and header rules; the rest is
// near-black text and light greys.
var (
	accent    = rgb{31, 58, 95}
	textColor = rgb{33, 33, 33}
	muted     = rgb{100, 100, 100}
	ruleColor = rgb{205, 210, 218}
	shade     = rgb{232, 237, 244}
	noteShade = rgb{243, 246, 250}
	watermark = rgb{150, 150, 150}
)

// setFont selects a font. gofpdf writes a font operator for every call,
// even of the font in use; measuring a table's cells selected the same
// font seven times a row, half the size of a long report's pages. The
// call is skipped when this page already has the font (fontPage: gofpdf
// sets the font again itself on each new page).
func (r *renderer) setFont(style fontStyle, size float64) {
	if page := r.p.PageNo(); page > 0 && page == r.fontPage && style == r.style && size == r.size {
		return
	}
	r.style, r.size, r.fontPage = style, size, r.p.PageNo()
	useFont(r.p, style)
	r.p.SetFont(family, string(style), size)
}

// keepFont remembers the current font; the returned func restores the
// renderer's record of it. Header and footer run inside gofpdf's AddPage,
// which restores the font itself, so only the record needs resetting.
func (r *renderer) keepFont() func() {
	style, size := r.style, r.size
	return func() { r.style, r.size = style, size }
}

func (r *renderer) color(c rgb)     { r.p.SetTextColor(c.r, c.g, c.b) }
func (r *renderer) fillColor(c rgb) { r.p.SetFillColor(c.r, c.g, c.b) }
func (r *renderer) drawColor(c rgb) { r.p.SetDrawColor(c.r, c.g, c.b) }

// clean prepares s for the current font; see cleanText.
func (r *renderer) clean(s string, keepNewlines bool) string {
	return cleanText(s, r.cov[r.style], keepNewlines)
}

// lines cleans and wraps s to width w in the current font; a phone number
// stays on one line (keepPhones).
func (r *renderer) lines(s string, w float64, keepNewlines bool) []string {
	return wrap(r.clean(keepPhones(s), keepNewlines), w, r.p.GetStringWidth)
}

// textLine draws one line whose box starts at top y and is lineH high; the
// capitals are centred in the box.
func (r *renderer) textLine(x, y, lineH float64, s string) {
	if s == "" {
		return
	}
	r.p.Text(x, y+lineH/2+0.36*r.size*ptToMM, visualOrder(s))
}

// atTop reports whether nothing has been drawn on the current page yet.
func (r *renderer) atTop() bool { return r.y <= pageTop+0.01 }

// ensure starts a new page unless h millimetres still fit on this one. A
// fresh page is never left for another: what is taller than a page is
// drawn across pages by its drawer.
func (r *renderer) ensure(h float64) bool {
	if r.y+h <= pageEnd || r.atTop() {
		return false
	}
	r.newPage()
	return true
}

func (r *renderer) newPage() {
	r.p.AddPage()
	r.y = pageTop
}

// header draws the running header on every page after the first.
func (r *renderer) header() {
	defer r.keepFont()()
	// The diagonal watermark does not read back as a word (text extraction
	// scatters rotated letters), so drafts also say so in the header.
	stampW := 0.0
	if stamp := strings.TrimSpace(r.d.Watermark); stamp != "" {
		r.setFont(bold, smallSize)
		r.color(accent)
		stamp = r.clean(stamp, false)
		stampW = r.p.GetStringWidth(stamp)
		r.p.Text(pageW-marginX-stampW, headerBase, stamp)
	}
	text := strings.TrimSpace(r.d.Header)
	if r.p.PageNo() == 1 || text == "" {
		return
	}
	r.setFont(regular, smallSize)
	r.color(muted)
	r.p.Text(marginX, headerBase, truncate(r.clean(text, false), contentW-stampW-8, r.p.GetStringWidth))
	r.drawColor(ruleColor)
	r.p.SetLineWidth(0.2)
	r.p.Line(marginX, headerBase+2.5, pageW-marginX, headerBase+2.5)
}

// footer draws the footer text and the page label on every page, and the
// watermark over the finished page (light and translucent, so the text
// under it stays readable and shaded boxes do not hide it).
func (r *renderer) footer() {
	defer r.keepFont()()
	r.setFont(regular, smallSize)
	r.color(muted)
	label := pageLabel(r.d.PageLabel, r.p.PageNo())
	label = r.clean(label, false)
	// The total is not known yet ({nb} is replaced when the file is
	// written); measure with the page number in its place, which has as
	// many digits as the total on the last pages.
	labelW := r.p.GetStringWidth(strings.Replace(label, "{nb}", strconv.Itoa(r.p.PageNo()), 1))
	r.p.Text(pageW-marginX-labelW, footerBase, label)
	if text := strings.TrimSpace(r.d.Footer); text != "" {
		room := contentW - labelW - 8
		r.p.Text(marginX, footerBase, truncate(r.clean(text, false), room, r.p.GetStringWidth))
	}
	r.watermark()
}

// pageLabel fills the page number into format's first %d and the page-total
// alias {nb} into its second ("Sivu %d / %d" -> "Sivu 3 / {nb}").
func pageLabel(format string, page int) string {
	if format == "" {
		format = "%d / %d"
	}
	parts := strings.SplitN(format, "%d", 3)
	for i := range parts {
		parts[i] = strings.ReplaceAll(parts[i], "%%", "%")
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return parts[0] + strconv.Itoa(page) + parts[1]
	default:
		return parts[0] + strconv.Itoa(page) + parts[1] + "{nb}" + parts[2]
	}
}

// watermark draws d.Watermark big, grey and diagonal across the page.
func (r *renderer) watermark() {
	text := strings.TrimSpace(r.d.Watermark)
	if text == "" {
		return
	}
	p := r.p
	r.setFont(bold, 10)
	text = r.clean(text, false)
	w10 := p.GetStringWidth(text)
	if w10 == 0 {
		return
	}
	// As big as fits along the diagonal, at most 90 pt.
	size := math.Min(90, 10*170/w10)
	r.setFont(bold, size)
	w := p.GetStringWidth(text)
	cx, cy := pageW/2, pageH/2
	p.SetAlpha(0.22, "Normal")
	r.color(watermark)
	p.TransformBegin()
	p.TransformRotate(45, cx, cy)
	p.Text(cx-w/2, cy+0.36*size*ptToMM, text)
	p.TransformEnd()
	p.SetAlpha(1, "Normal")
}

// titleBlock draws the title and subtitle at the top of the first page.
func (r *renderer) titleBlock() {
	if t := strings.TrimSpace(r.d.Title); t != "" {
		r.setFont(bold, titleSize)
		r.color(accent)
		for _, l := range r.lines(t, contentW, false) {
			r.ensure(titleLine)
			r.textLine(marginX, r.y, titleLine, l)
			r.y += titleLine
		}
	}
	if s := strings.TrimSpace(r.d.Subtitle); s != "" {
		r.setFont(regular, subSize)
		r.color(muted)
		r.y += 1
		for _, l := range r.lines(s, contentW, false) {
			r.ensure(subLine)
			r.textLine(marginX, r.y, subLine, l)
			r.y += subLine
		}
	}
	if !r.atTop() {
		r.y += 3
		r.drawColor(accent)
		r.p.SetLineWidth(0.5)
		r.p.Line(marginX, r.y, pageW-marginX, r.y)
		r.y += 7
	}
}
