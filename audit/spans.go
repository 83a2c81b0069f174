package audit

import "strings"

// span is a sentence of the text with its byte offsets; footer marks a
// sentence of a web page's site footer (newDoc), which may name the
// site's tools but states no fact of the controller.
type span struct {
	s          string
	start, end int
	footer     bool
}

// spans returns every sentence of the text, with paragraphs wrapped by a
// PDF joined first, then those of the site's footer. Joining puts a space
// where the newline was, so the offsets stay those of the text.
func (d *doc) spans() []span {
	if d.spanCache != nil {
		return d.spanCache
	}
	out := lineSpans(nil, d.lines, false)
	out = lineSpans(out, d.footer, true)
	d.spanCache = out
	return out
}

// lineSpans appends the sentences of ls to out.
func lineSpans(out []span, ls []line, footer bool) []span {
	for _, l := range reflow(ls) {
		rest, off := l.s, l.start
		for _, s := range sentences(l.s) {
			i := strings.Index(rest, s)
			if i < 0 {
				continue
			}
			out = append(out, span{s: s, start: off + i, end: off + i + len(s), footer: footer})
			rest, off = rest[i+len(s):], off+i+len(s)
		}
	}
	return out
}

// inTopics reports whether offset i lies in a section on one of the topics.
func (d *doc) inTopics(i int, ts ...topic) bool {
	for _, s := range d.sections {
		if len(s.content) == 0 {
			continue
		}
		last := s.content[len(s.content)-1]
		if i >= d.lines[s.head].start && i <= last.start+len(last.s) {
			for _, t := range ts {
				if s.topic == t {
					return true
				}
			}
		}
	}
	return false
}

// withFooter is flat followed by the site footer's text (newDoc): for
// the rules that look for a tool or service the site uses anywhere on
// the page. Its offsets past len(flat) are no offsets of the text.
func (d *doc) withFooter() string {
	if len(d.footer) == 0 {
		return d.flat
	}
	var b strings.Builder
	b.WriteString(d.flat)
	for _, l := range d.footer {
		b.WriteString(" " + l.s)
	}
	return b.String()
}
